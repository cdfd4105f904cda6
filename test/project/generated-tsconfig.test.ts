// A framework's generated tsconfig that was never generated: its default aliases stand in.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { missingGeneratedAliases } from "../../src/project/generated-tsconfig.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-gen-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("missingGeneratedAliases", () => {
  it("gives SvelteKit's $lib when .svelte-kit/tsconfig.json is missing", () => {
    expect(missingGeneratedAliases("./.svelte-kit/tsconfig.json", tmp)).toEqual({ $lib: [path.join(tmp, "src/lib")], "$lib/*": [path.join(tmp, "src/lib/*")] });
  });

  it("gives Nuxt's ~ and @ (the root in Nuxt 3, app/ in Nuxt 4) and ~~ / @@ (the root)", () => {
    const n3 = missingGeneratedAliases(["./.nuxt/tsconfig.json"], tmp)!;
    expect(n3["~/*"]).toEqual([path.join(tmp, "*")]);
    expect(n3["@@/*"]).toEqual([path.join(tmp, "*")]);
    const n4dir = path.join(tmp, "n4");
    fs.mkdirSync(path.join(n4dir, "app/pages"), { recursive: true });
    const n4 = missingGeneratedAliases("./.nuxt/tsconfig.json", n4dir)!;
    expect(n4["@/*"]).toEqual([path.join(n4dir, "app/*")]);
    expect(n4["~~/*"]).toEqual([path.join(n4dir, "*")]);
  });

  it("gives the Nuxt root's aliases to server/tsconfig.json, which extends ../.nuxt/tsconfig.server.json", () => {
    const server = missingGeneratedAliases("../.nuxt/tsconfig.server.json", path.join(tmp, "server"))!;
    expect(server["~~/*"]).toEqual([path.join(tmp, "*")]);
    expect(server["~/*"]).toEqual([path.join(tmp, "*")]);
    expect(missingGeneratedAliases("./.nuxt/tsconfig.app.json", tmp)?.["@@"]).toEqual([tmp]);
    expect(missingGeneratedAliases("./.nuxt/tsconfig.other.json", tmp)).toBeUndefined();
  });

  it("leaves a generated tsconfig that exists, and any other extends, alone", () => {
    const built = path.join(tmp, "built");
    fs.mkdirSync(path.join(built, ".svelte-kit"), { recursive: true });
    fs.writeFileSync(path.join(built, ".svelte-kit/tsconfig.json"), "{}");
    expect(missingGeneratedAliases("./.svelte-kit/tsconfig.json", built)).toBeUndefined();
    expect(missingGeneratedAliases("@tsconfig/node20/tsconfig.json", tmp)).toBeUndefined();
    expect(missingGeneratedAliases(undefined, tmp)).toBeUndefined();
  });
});
