import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { applyImportMap, importMapFor, mappedFile, packageSpecifier, readImportMaps } from "../../src/project/deno.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-deno-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("Deno specifiers", () => {
  it.each([
    ["npm:dayjs@1.11.10", "dayjs"],
    ["npm:dayjs@1.11.10/plugin/utc", "dayjs/plugin/utc"],
    ["npm:@sentry/deno@8.1.0", "@sentry/deno"],
    ["jsr:@std/log@0.224.9", "@std/log"],
    ["jsr:@std/log", "@std/log"],
    ["https://deno.land/std@0.203.0/log/mod.ts", "@std/log/mod.ts"],
    ["https://deno.land/std/http/server.ts", "@std/http/server.ts"],
    ["https://deno.land/x/oak@v12.6.1/mod.ts", "oak/mod.ts"],
    ["https://esm.sh/axios@1.6.8", "axios"],
    ["https://esm.sh/v135/@sentry/browser@8.0.0?target=deno", "@sentry/browser"],
    ["https://cdn.jsdelivr.net/npm/crypto-js@4.2.0/sha256.js", "crypto-js/sha256.js"],
    ["https://cdn.skypack.dev/mixpanel-browser", "mixpanel-browser"],
    ["axios", "axios"],
    ["./util.ts", "./util.ts"],
  ])("%s → %s", (spec, bare) => {
    expect(packageSpecifier(spec)).toBe(bare);
  });

  it("a URL of no registry it knows names no package", () => {
    expect(packageSpecifier("https://example.com/lib/logger.ts")).toBeUndefined();
  });

  it("an import map maps exact keys and the longest matching prefix", () => {
    const map = { dir, imports: { oak: "https://deno.land/x/oak@v12.6.1/mod.ts", "std/": "https://deno.land/std@0.203.0/", "std/log/": "jsr:/@std/log@0.224/" } };
    expect(applyImportMap(map, "oak")).toBe("https://deno.land/x/oak@v12.6.1/mod.ts");
    expect(applyImportMap(map, "std/http/server.ts")).toBe("https://deno.land/std@0.203.0/http/server.ts");
    expect(packageSpecifier(applyImportMap(map, "std/log/mod.ts"))).toBe("@std/log/mod.ts");
    expect(applyImportMap(map, "dayjs")).toBe("dayjs");
    expect(applyImportMap(undefined, "oak")).toBe("oak");
  });

  it("reads deno.jsonc with comments and trailing commas, and the import map file it names", () => {
    const app = path.join(dir, "app");
    fs.mkdirSync(path.join(app, "sub"), { recursive: true });
    fs.writeFileSync(path.join(app, "deno.jsonc"), '{\n  // the map\n  "importMap": "./import_map.json",\n  "imports": { "@/": "./src/", /* own */ "x": "npm:x@1", },\n}\n');
    fs.writeFileSync(path.join(app, "import_map.json"), JSON.stringify({ imports: { x: "npm:other@2", "std/": "https://deno.land/std@0.203.0/" } }));
    fs.writeFileSync(path.join(app, "sub", "deno.json"), JSON.stringify({ imports: { y: "npm:y@3" } }));
    const maps = readImportMaps([app, path.join(app, "sub"), path.join(dir, "none")]);
    expect(maps.map((m) => path.relative(dir, m.dir))).toEqual([path.join("app", "sub"), "app"]);
    const top = importMapFor(maps, path.join(app, "src", "main.ts"));
    expect(top?.imports).toEqual({ x: "npm:x@1", "std/": "https://deno.land/std@0.203.0/", "@/": "./src/" });
    expect(importMapFor(maps, path.join(app, "sub", "a.ts"))?.imports).toEqual({ y: "npm:y@3" });
    expect(mappedFile(top, "@/db/repo.ts")).toBe(path.join(app, "src", "db", "repo.ts"));
    expect(mappedFile(top, "x")).toBeUndefined();
  });

  it("a deno.json that is not JSON, or names a missing import map, maps nothing and says why", () => {
    const bad = path.join(dir, "bad");
    const missing = path.join(dir, "missing");
    fs.mkdirSync(bad);
    fs.mkdirSync(missing);
    fs.writeFileSync(path.join(bad, "deno.json"), "{ imports: ");
    fs.writeFileSync(path.join(missing, "deno.json"), JSON.stringify({ importMap: "./nowhere.json" }));
    const problems: Array<{ file: string; reason: string }> = [];
    expect(readImportMaps([bad, missing], problems)).toEqual([]);
    expect(problems.map((p) => path.relative(dir, p.file))).toEqual([path.join("bad", "deno.json"), path.join("missing", "nowhere.json")]);
    expect(problems[0].reason).toMatch(/^it is not valid JSON \(.+\), so its import map was not used$/);
    expect(problems[1].reason).toMatch(/^it cannot be read \(ENOENT\), so its import map was not used$/);
  });
});
