// src/typescript.cjs loads ts-morph's compiler through V8's code cache, kept
// next to it. A missing, corrupt or foreign cache must never change what is
// loaded, only how fast.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const REPO = path.resolve(import.meta.dirname, "../..");
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-tsload-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

beforeAll(() => {
  // A copy of the loader with its own directory (so its own cache) that resolves our ts-morph.
  fs.copyFileSync(path.join(REPO, "src", "typescript.cjs"), path.join(dir, "typescript.cjs"));
  fs.symlinkSync(path.join(REPO, "node_modules"), path.join(dir, "node_modules"), "dir");
});

const caches = () => fs.readdirSync(dir).filter((f) => f.endsWith(".v8cache"));

function load(): { how: string; version: string; kinds: number; parsed: number } {
  const script = `const m = require(${JSON.stringify(path.join(dir, "typescript.cjs"))});
const sf = m.ts.createSourceFile("a.ts", "const user = { email: 'a@b.c' }; send(user.email);", m.ts.ScriptTarget.Latest, true);
console.log(JSON.stringify({ how: m.loadedWith, version: m.ts.version, kinds: Object.keys(m.ts.SyntaxKind).length, parsed: sf.statements.length }));`;
  const r = spawnSync(process.execPath, ["-e", script], { encoding: "utf8", timeout: 60_000 });
  expect(r.stderr).toBe("");
  return JSON.parse(r.stdout);
}

describe("loading the compiler", () => {
  it("compiles and writes the cache once, then uses it", () => {
    const first = load();
    expect(first.how).toBe("compiled");
    expect(caches()).toHaveLength(1);
    const second = load();
    expect(second).toEqual({ ...first, how: "code-cache" });
    expect(second.parsed).toBe(2);
  });

  it("ignores a corrupt cache and replaces it", () => {
    const [cache] = caches();
    const good = load();
    fs.writeFileSync(path.join(dir, cache), Buffer.alloc(4096, 7));
    expect(load()).toEqual({ ...good, how: "compiled" });
    expect(load()).toEqual(good);
  });

  it("drops caches made for another compiler file or V8", () => {
    fs.writeFileSync(path.join(dir, ".typescript-other-v8.v8cache"), "stale");
    const [cache] = caches().filter((f) => !f.includes("other"));
    fs.rmSync(path.join(dir, cache));
    load();
    expect(caches()).toEqual([cache]);
  });

  it("still loads when the cache cannot be written", () => {
    if (process.getuid?.() === 0) return; // root writes anyway
    for (const f of caches()) fs.rmSync(path.join(dir, f));
    fs.chmodSync(dir, 0o555);
    try {
      expect(load().how).toBe("compiled");
      expect(caches()).toEqual([]);
    } finally {
      fs.chmodSync(dir, 0o755);
    }
  });
});
