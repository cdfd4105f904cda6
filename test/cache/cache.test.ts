// The on-disk scan cache (src/cache/): a scan that reuses it must report exactly what a scan without
// it reports, whatever changed in between; and it must reuse what did not change.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { codeDigest, dependencyVersions } from "../../src/cache/build-id.js";
import { groupKey, scanSalt, type FileFacts } from "../../src/cache/keys.js";
import { defaultCacheDir, ScanCache } from "../../src/cache/store.js";
import { PitraceInputError } from "../../src/model/errors.js";
import type { ScanResult } from "../../src/model/finding.js";
import type { GroupResult } from "../../src/pool/group-task.js";
import type { ProjectUnit } from "../../src/project/index.js";
import { prepare } from "../../src/scan.js";
import { scan } from "../../src/scan-project.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const SPLIT = path.join(FIXTURES, "projects/split-groups");
const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus");

/** The result without its timings and cache counts (they differ from run to run). */
function comparable(r: ScanResult): unknown {
  return { ...r, stats: { files: r.stats.files, lines: r.stats.lines } };
}

const temps: string[] = [];
function tempDir(prefix: string): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  temps.push(d);
  return d;
}
afterEach(() => {
  vi.doUnmock("../../src/cache/build-id.js");
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

/** A copy of a fixture tree to change. */
function copyOf(src: string): string {
  const dir = path.join(tempDir("pitrace-cache-tree-"), "tree");
  fs.cpSync(src, dir, { recursive: true });
  return dir;
}

function write(root: string, rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
}

const entries = (cache: string) => fs.readdirSync(path.join(cache, "v1", "groups")).filter((n) => n.endsWith(".json"));

/** Scans with the cache and checks the result against a scan without it. */
async function cachedMatchesCold(root: string, cache: string): Promise<ScanResult> {
  const withCache = await scan({ root, cache, workers: 1 });
  expect(comparable(withCache)).toEqual(comparable(await scan({ root, workers: 1 })));
  return withCache;
}

describe("the scan cache", () => {
  const trees = [SPLIT, path.join(FIXTURES, "projects"), path.join(FIXTURES, "demo-shop"), path.join(FIXTURES, "guards"), path.join(FIXTURES, "policies"), path.join(FIXTURES, "flows"), path.join(FIXTURES, "catalog")];
  if (fs.existsSync(CORPUS)) trees.push(CORPUS);
  it.each(trees.map((t) => [path.relative(path.dirname(FIXTURES), t), t]))("%s: a cold and a warm scan report what a scan without the cache does", async (_name, root) => {
    const cache = tempDir("pitrace-cache-");
    const plain = comparable(await scan({ root, workers: 1 }));
    const cold = await scan({ root, cache, workers: 1 });
    expect(comparable(cold)).toEqual(plain);
    expect(cold.stats.cache?.reused).toBe(0);
    const warm = await scan({ root, cache, workers: 1 });
    expect(comparable(warm)).toEqual(plain);
    expect(warm.stats.cache).toEqual({ groups: cold.stats.cache!.groups, reused: cold.stats.cache!.groups });
    expect(warm.stats.timings.flows).toBe(0);
  });

  it("an edited file: its project is analysed again, and the report is the new one", async () => {
    const root = copyOf(path.join(FIXTURES, "demo-shop"));
    const cache = tempDir("pitrace-cache-");
    const before = await cachedMatchesCold(root, cache);
    const file = before.sources[0].location.file;
    fs.appendFileSync(path.join(root, file), `\nexport function leak(user: { email: string }) {\n  console.log(user.email);\n}\n`);
    const after = await cachedMatchesCold(root, cache);
    expect(after.stats.cache).toEqual({ groups: 1, reused: 0 });
    expect(after.findings.length).toBe(before.findings.length + 1);
    expect(after.findings.some((f) => f.location.file === file && f.ruleId === "pi-to-log")).toBe(true);
    // Only this scan's entry is kept.
    expect(entries(cache)).toHaveLength(1);
  });

  it("a file added or removed, a config and a user taxonomy changed: nothing stale is reused", async () => {
    const root = copyOf(path.join(FIXTURES, "demo-shop"));
    const cache = tempDir("pitrace-cache-");
    await cachedMatchesCold(root, cache);
    write(root, "src/added.ts", `export function track(phone: string) {\n  console.info(phone);\n}\n`);
    let r = await cachedMatchesCold(root, cache);
    expect(r.stats.cache?.reused).toBe(0);
    expect(r.findings.some((f) => f.location.file === "src/added.ts")).toBe(true);
    fs.rmSync(path.join(root, "src/added.ts"));
    r = await cachedMatchesCold(root, cache);
    expect(r.findings.some((f) => f.location.file === "src/added.ts")).toBe(false);

    // The config: a sanitizer named in it changes what the flows carry.
    write(root, "src/masked.ts", `function tidyUp(v: string) {\n  return v + "!";\n}\nexport function show(phone: string) {\n  console.info(tidyUp(phone));\n}\n`);
    const withScrub = await cachedMatchesCold(root, cache);
    expect(withScrub.findings.some((f) => f.location.file === "src/masked.ts")).toBe(true);
    const configFile = path.join(root, "pitrace.config.yaml");
    const config = fs.existsSync(configFile) ? fs.readFileSync(configFile, "utf8") : "";
    fs.writeFileSync(configFile, /^sanitizers:/m.test(config) ? config.replace(/^sanitizers:\s*\[/m, "sanitizers: [tidyUp, ") : `${config}\nsanitizers: [tidyUp]\n`);
    r = await cachedMatchesCold(root, cache);
    expect(r.stats.cache?.reused).toBe(0);
    expect(r.findings.some((f) => f.location.file === "src/masked.ts")).toBe(false);

    // A user taxonomy the config names: changing the file (not the config) is seen.
    write(root, "tax.yaml", "categories: {}\n");
    fs.appendFileSync(configFile, `\ntaxonomy: ./tax.yaml\n`);
    write(root, "src/hotline.ts", `export function send(hotline: string) {\n  console.info(hotline);\n}\n`);
    const untagged = await cachedMatchesCold(root, cache);
    expect(untagged.findings.some((f) => f.location.file === "src/hotline.ts")).toBe(false);
    expect((await cachedMatchesCold(root, cache)).stats.cache?.reused).toBe(1);
    write(root, "tax.yaml", "categories:\n  contact.phone:\n    patterns: [hotline]\n");
    const tagged = await cachedMatchesCold(root, cache);
    expect(tagged.stats.cache?.reused).toBe(0);
    expect(tagged.findings.some((f) => f.location.file === "src/hotline.ts")).toBe(true);
  });

  it("a monorepo: only the group of the edited package is analysed again", async () => {
    const root = copyOf(SPLIT);
    const cache = tempDir("pitrace-cache-");
    const cold = await cachedMatchesCold(root, cache);
    expect(cold.stats.cache).toEqual({ groups: 3, reused: 0 });
    fs.appendFileSync(path.join(root, "apps/admin/src/page.ts"), `\nexport function more(user: { email: string }) {\n  console.info(user.email);\n}\n`);
    const r = await cachedMatchesCold(root, cache);
    expect(r.stats.cache).toEqual({ groups: 3, reused: 2 });
    expect(r.findings.length).toBe(cold.findings.length + 1);
    // The two groups joined by the CRM global were merged from their stored asks and gives.
    expect(r.findings.map((f) => f.location.file)).toContain("legacy/crm-core/core.js");
  });

  it("a monorepo: a global one package starts to read joins it to the package that sets it, from the stored gives", async () => {
    const root = copyOf(SPLIT);
    const cache = tempDir("pitrace-cache-");
    await cachedMatchesCold(root, cache);
    // admin now calls the CRM global crm-core sets (a script, no import): its stored result cannot stand alone.
    write(root, "apps/admin/src/legacy.js", `function save() {\n  var shouji = document.getElementById("m").value;\n  CRM.report(shouji);\n}\ndocument.getElementById("s").addEventListener("click", save);\n`);
    const r = await cachedMatchesCold(root, cache);
    expect(r.findings.some((f) => f.location.file === "legacy/crm-core/core.js" && f.flow[0]?.location.file === "apps/admin/src/legacy.js")).toBe(true);
  });

  it("an import TypeScript's pre-processor does not see (export * as ns) still invalidates the entry when its target changes", async () => {
    const root = path.join(tempDir("pitrace-cache-tree-"), "mono");
    write(root, "package.json", `{ "name": "mono", "private": true, "workspaces": ["packages/*"] }`);
    write(root, "packages/a/package.json", `{ "name": "@m/a", "version": "1.0.0" }`);
    write(root, "packages/a/src/index.ts", `export * as b from "@m/b";\nimport { b } from "./index";\nexport function register(body: { idCardNo: string }): void {\n  b.audit("register", body.idCardNo);\n}\n`);
    write(root, "packages/b/package.json", `{ "name": "@m/b", "version": "1.0.0", "main": "src/index.ts" }`);
    write(root, "packages/b/src/index.ts", `export function audit(event: string, detail: unknown): void {\n  void event; void detail;\n}\n`);
    write(root, "packages/b/src/logged.ts", `export function audit(event: string, detail: unknown): void {\n  console.log(event, detail);\n}\n`);
    const cache = tempDir("pitrace-cache-");
    expect((await cachedMatchesCold(root, cache)).findings).toEqual([]);
    // Only the manifest changes: no source text, and no import the pre-processor reports.
    write(root, "packages/b/package.json", `{ "name": "@m/b", "version": "1.0.0", "main": "src/logged.ts" }`);
    const r = await cachedMatchesCold(root, cache);
    expect(r.findings.map((f) => `${f.ruleId} ${f.location.file}`)).toEqual(["pi-to-log packages/b/src/logged.ts"]);
  });

  it("a file edited while the scan reads it: the result is not stored under the old text's key", async () => {
    const root = copyOf(path.join(FIXTURES, "demo-shop"));
    const cache = tempDir("pitrace-cache-");
    const file = path.join(root, "src/orders.ts");
    const before = fs.readFileSync(file, "utf8");
    const edited = `${before}\nexport function leak(email: string) {\n  console.log(email);\n}\n`;
    let swapped = false;
    // The key is made from the text read first; the file changes before the analysis reads it.
    await scan({
      root,
      cache,
      workers: 1,
      onProgress: (e) => {
        if (e.phase === "parse" && !swapped) {
          swapped = true;
          fs.writeFileSync(file, edited);
        }
      },
    });
    expect(swapped).toBe(true);
    fs.writeFileSync(file, before);
    const r = await cachedMatchesCold(root, cache);
    expect(r.stats.cache?.reused).toBe(0);
    expect(r.findings.some((f) => f.location.file === "src/orders.ts" && f.location.line > before.split("\n").length)).toBe(false);
  });

  it("an entry that is not whole is a miss, and is written again", async () => {
    const root = path.join(FIXTURES, "demo-shop");
    const cache = tempDir("pitrace-cache-");
    await scan({ root, cache });
    const [entry] = entries(cache);
    const file = path.join(cache, "v1", "groups", entry);
    const text = fs.readFileSync(file, "utf8");
    for (const broken of [text.slice(0, text.length / 2), "[]", JSON.stringify({ ...JSON.parse(text), key: "another" })]) {
      fs.writeFileSync(file, broken);
      const r = await cachedMatchesCold(root, cache);
      expect(r.stats.cache?.reused).toBe(0);
      const rewritten = JSON.parse(fs.readFileSync(file, "utf8")) as { key: string; group: { result: ScanResult } };
      expect(rewritten.key).toBe(entry.slice(0, -5));
      expect(comparable(rewritten.group.result)).toEqual(comparable((JSON.parse(text) as { group: { result: ScanResult } }).group.result));
    }
    // A corrupt list of import specifiers is read as empty.
    fs.writeFileSync(path.join(cache, "v1", "imports.json"), "{");
    expect((await cachedMatchesCold(root, cache)).stats.cache?.reused).toBe(1);
  });

  it("another pitrace build reuses nothing", async () => {
    const root = path.join(FIXTURES, "demo-shop");
    const cache = tempDir("pitrace-cache-");
    await scan({ root, cache });
    expect((await scan({ root, cache })).stats.cache?.reused).toBe(1);
    vi.resetModules();
    vi.doMock("../../src/cache/build-id.js", () => ({ buildId: () => "another build" }));
    const other = await import("../../src/scan-project.js");
    const r = await other.scan({ root, cache });
    expect(r.stats.cache?.reused).toBe(0);
    expect(comparable(r)).toEqual(comparable(await scan({ root })));
  });

  it("the build digest covers code files, not typings, maps, JSON or the bundled compiler", () => {
    const dir = tempDir("pitrace-code-");
    write(dir, "a.js", "export const a = 1;\n");
    write(dir, "engine/b.js", "export const b = 1;\n");
    const base = codeDigest(dir);
    write(dir, "a.d.ts", "export declare const a: number;\n");
    write(dir, "a.js.map", "{}");
    write(dir, "taxonomy/builtin-taxonomy.json", "{}");
    write(dir, "typescript.cjs", "module.exports = {};\n");
    expect(codeDigest(dir)).toBe(base);
    write(dir, "engine/b.js", "export const b = 2;\n");
    expect(codeDigest(dir)).not.toBe(base);
  });

  it("a group's key changes with a file's text, with what an import resolves to, and with its project's options", () => {
    const unit: ProjectUnit = { name: "app", compilerOptions: { strict: true }, files: ["/r/a.ts", "/r/b.ts"] };
    const facts = (hash: string, target: string | null) =>
      new Map<string, FileFacts>([
        ["/r/a.ts", { hash, imports: [["./b", target]] }],
        ["/r/b.ts", { hash: "b", imports: [] }],
      ]);
    const key = groupKey("salt", "/r", [unit], facts("a", "b.ts"));
    expect(groupKey("salt", "/r", [unit], facts("a", "b.ts"))).toBe(key);
    expect(groupKey("salt", "/r", [unit], facts("a2", "b.ts"))).not.toBe(key);
    expect(groupKey("salt", "/r", [unit], facts("a", "b/index.ts"))).not.toBe(key);
    expect(groupKey("salt", "/r", [unit], facts("a", null))).not.toBe(key);
    expect(groupKey("salt", "/r", [{ ...unit, compilerOptions: { strict: false } }], facts("a", "b.ts"))).not.toBe(key);
    expect(groupKey("salt2", "/r", [unit], facts("a", "b.ts"))).not.toBe(key);
  });

  it("keeps the import specifiers of the files scanned last only", async () => {
    const root = copyOf(path.join(FIXTURES, "demo-shop"));
    const cache = tempDir("pitrace-cache-");
    await scan({ root, cache });
    const read = () => Object.keys((JSON.parse(fs.readFileSync(path.join(cache, "v1", "imports.json"), "utf8")) as { imports: object }).imports);
    const before = read();
    expect(before.length).toBeGreaterThan(0);
    const file = (await scan({ root })).sources[0].location.file;
    fs.appendFileSync(path.join(root, file), "\n// changed\n");
    await scan({ root, cache });
    const after = read();
    expect(after.length).toBe(before.length);
    expect(after.filter((h) => !before.includes(h))).toHaveLength(1);
  });

  it("a diff scan with the cache in the tree, not ignored by git: its files are no change", async () => {
    const root = copyOf(path.join(FIXTURES, "demo-shop"));
    for (const args of [["init", "-q", "-b", "main"], ["add", "-A"], ["-c", "user.name=t", "-c", "user.email=t@example.com", "commit", "-q", "-m", "initial"]]) {
      expect(spawnSync("git", args, { cwd: root }).status).toBe(0);
    }
    await scan({ root, cache: true });
    expect(fs.existsSync(path.join(root, ".pitrace-cache"))).toBe(true);
    write(root, "src/leak.ts", "export function leak(email: string) {\n  console.log(email);\n}\n");
    const r = await scan({ root, cache: true, changedSince: "HEAD" });
    expect(r.scope?.files).toEqual(["src/leak.ts"]);
    expect(r.findings.map((f) => f.location.file)).toEqual(["src/leak.ts"]);
  });

  it("a result that cannot be made into one string is a problem reported, not a crash", () => {
    const cache = new ScanCache(tempDir("pitrace-cache-"));
    // JSON.stringify throws on a BigInt, as it does on a string past V8's length limit.
    const unserialisable = { result: { stats: { lines: 1n } }, asks: [], provides: [] } as unknown as GroupResult;
    expect(() => cache.writeGroup("k", unserialisable)).not.toThrow();
    expect(cache.problems).toHaveLength(1);
    expect(cache.problems[0]).toMatch(/cannot write .*k\.json.*BigInt/);
    expect(fs.readdirSync(path.join(cache.dir, "v1", "groups"))).toEqual([]);
  });

  it("the key changes with the day (a resident ID's birth date is checked against today)", async () => {
    const prepared = await prepare(path.join(FIXTURES, "demo-shop"), undefined);
    vi.useFakeTimers({ toFake: ["Date"] });
    try {
      vi.setSystemTime(new Date("2027-03-14T23:59:00Z"));
      const before = scanSalt(prepared);
      vi.setSystemTime(new Date("2027-03-14T00:01:00Z"));
      expect(scanSalt(prepared)).toBe(before);
      vi.setSystemTime(new Date("2027-03-15T00:01:00Z"));
      expect(scanSalt(prepared)).not.toBe(before);
    } finally {
      vi.useRealTimers();
    }
  });

  it("the build digest names the installed version of each runtime dependency", () => {
    const base = tempDir("pitrace-pkg-");
    const pkg = path.join(base, "app");
    write(pkg, "package.json", JSON.stringify({ name: "x", dependencies: { alpha: "^1.0.0", beta: "^2.0.0" } }));
    write(pkg, "node_modules/alpha/package.json", JSON.stringify({ name: "alpha", version: "1.2.3" }));
    expect(dependencyVersions(pkg)).toEqual(["alpha@1.2.3", "beta@missing"]);
    // Hoisted to a node_modules above the package, as npm does for a dependency of a dependency.
    write(base, "node_modules/beta/package.json", JSON.stringify({ name: "beta", version: "2.0.1" }));
    expect(dependencyVersions(pkg)).toEqual(["alpha@1.2.3", "beta@2.0.1"]);
  });

  it("import specifiers stored by another build are not used; temporary files of a killed scan are removed once old", async () => {
    const root = path.join(FIXTURES, "demo-shop");
    const cache = tempDir("pitrace-cache-");
    await scan({ root, cache });
    const importsFile = path.join(cache, "v1", "imports.json");
    const data = JSON.parse(fs.readFileSync(importsFile, "utf8")) as { build: string; imports: Record<string, string[]> };
    // Another build's entry, with specifiers that would change the grouping if they were used.
    fs.writeFileSync(importsFile, JSON.stringify({ ...data, build: "another", imports: Object.fromEntries(Object.keys(data.imports).map((h) => [h, ["./nowhere"]])) }));
    expect(new ScanCache(cache).specifiers(Object.keys(data.imports)[0])).toBeUndefined();
    const groups = path.join(cache, "v1", "groups");
    fs.writeFileSync(path.join(groups, "old.json.tmp-1-a"), "{");
    fs.writeFileSync(path.join(groups, "new.json.tmp-2-b"), "{");
    const dayAgo = new Date(Date.now() - 25 * 3600 * 1000);
    fs.utimesSync(path.join(groups, "old.json.tmp-1-a"), dayAgo, dayAgo);
    expect((await cachedMatchesCold(root, cache)).stats.cache?.reused).toBe(1);
    expect(fs.readdirSync(groups).filter((n) => n.includes(".tmp-"))).toEqual(["new.json.tmp-2-b"]);
    expect((JSON.parse(fs.readFileSync(importsFile, "utf8")) as { build: string }).build).toBe(data.build);
  });

  it("the default directory: node_modules/.cache/pitrace when the project has node_modules, else .pitrace-cache", () => {
    const root = tempDir("pitrace-root-");
    expect(defaultCacheDir(root)).toBe(path.join(root, ".pitrace-cache"));
    fs.mkdirSync(path.join(root, "node_modules"));
    expect(defaultCacheDir(root)).toBe(path.join(root, "node_modules", ".cache", "pitrace"));
  });

  it("a location that cannot be a directory is an input error naming it", async () => {
    const file = path.join(tempDir("pitrace-cache-"), "a-file");
    fs.writeFileSync(file, "");
    expect(() => new ScanCache(file)).toThrow(PitraceInputError);
    await expect(scan({ root: path.join(FIXTURES, "demo-shop"), cache: file })).rejects.toThrow(/cannot use it as the cache directory/);
  });

  it.skipIf(process.getuid?.() === 0)("an entry that cannot be written is a warning; the result is still the full one", async () => {
    const root = path.join(FIXTURES, "demo-shop");
    const cache = tempDir("pitrace-cache-");
    new ScanCache(cache);
    fs.chmodSync(path.join(cache, "v1", "groups"), 0o500);
    try {
      const r = await scan({ root, cache });
      expect(r.diagnostics.some((d) => d.code === "cache-error" && d.message.includes("cannot write"))).toBe(true);
      expect(r.findings).toEqual((await scan({ root })).findings);
    } finally {
      fs.chmodSync(path.join(cache, "v1", "groups"), 0o700);
    }
  });
});
