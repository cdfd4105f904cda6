// Packages of the scanned tree imported by name, with no node_modules to find them through.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { localPackages, packageCandidates } from "../../src/project/local-packages.js";
import { resolverFor } from "./helpers.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-local-packages-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(dir, "t-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

const WORKSPACE = JSON.stringify({ name: "ws", private: true, workspaces: ["packages/*"] });


describe("local packages", () => {
  it("an import by package name resolves to the package's sources: manifest entry, dist/ mapped to src/, src/index", () => {
    const root = tree({
      "package.json": WORKSPACE,
      "packages/a/package.json": JSON.stringify({ name: "@ws/a", main: "dist/index.js", types: "dist/index.d.ts" }),
      "packages/a/src/index.ts": "export const a = 1;\n",
      "packages/a/src/util/mask.ts": "export const m = 1;\n",
      "packages/b/package.json": JSON.stringify({ name: "@ws/b", exports: { ".": { import: "./lib/main.mjs" } } }),
      "packages/b/lib/main.mjs": "export const b = 1;\n",
      "packages/c/package.json": JSON.stringify({ name: "c" }),
      "packages/c/index.js": "exports.c = 1;\n",
      "packages/app/package.json": JSON.stringify({ name: "app" }),
      "packages/app/src/main.ts": "export {};\n",
    });
    const resolve = resolverFor(root);
    expect(resolve("@ws/a", "packages/app/src/main.ts")).toBe("packages/a/src/index.ts");
    expect(resolve("@ws/a/util/mask", "packages/app/src/main.ts")).toBe("packages/a/src/util/mask.ts");
    expect(resolve("@ws/b", "packages/app/src/main.ts")).toBe("packages/b/lib/main.mjs");
    expect(resolve("c", "packages/app/src/main.ts")).toBe("packages/c/index.js");
    // A library, not a package of the tree.
    expect(resolve("axios", "packages/app/src/main.ts")).toBeUndefined();
    expect(resolve("@ws/ab", "packages/app/src/main.ts")).toBeUndefined();
  });

  it("two packages of one name are left unresolved (which one an import means is unknown)", () => {
    const root = tree({
      "one/package.json": JSON.stringify({ name: "dup", main: "index.js" }),
      "two/package.json": JSON.stringify({ name: "dup", main: "index.js" }),
      "solo/package.json": JSON.stringify({ name: "solo" }),
    });
    const pkgs = localPackages([path.join(root, "one"), path.join(root, "two"), path.join(root, "solo"), path.join(root, "missing")]);
    expect(pkgs.map((p) => p.name)).toEqual(["solo"]);
  });

  it("candidates: the entries in manifest order, each build directory also as src/, then src/index and index", () => {
    const p = { name: "@x/y", dir: "/r/y", entries: ["dist/index.d.ts", "./lib/index.js"] };
    expect(packageCandidates([p], "@x/y")).toEqual(["/r/y/dist/index.d.ts", "/r/y/src/index.ts", "/r/y/lib/index.js", "/r/y/src/index.js", "/r/y/src/index", "/r/y/index"]);
    expect(packageCandidates([p], "@x/y/deep/file")).toEqual(["/r/y/deep/file", "/r/y/src/deep/file"]);
    expect(packageCandidates([p], "@x/yz")).toBeUndefined();
  });
});
