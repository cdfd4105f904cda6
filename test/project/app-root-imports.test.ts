// App-root import paths (Meteor's `import … from '/imports/ui/analytics'`): resolved under the nearest
// directory above the importing file that has the path, never outside the scanned tree.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { discoverProjectsSync, unitIndex } from "../../src/project/index.js";
import { createModuleResolver } from "../../src/project/module-resolver.js";
import { DEFAULT_CONFIG } from "../../src/model/config.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-app-root-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function tree(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(dir, "t-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  return root;
}

function resolverFor(root: string) {
  const projects = discoverProjectsSync(root, DEFAULT_CONFIG);
  const unitOf = unitIndex(projects.units);
  const resolve = createModuleResolver(root, projects, unitOf, (f) => unitOf.has(f));
  return (spec: string, from: string) => {
    const r = resolve(spec, path.join(root, from));
    return r && path.relative(root, r).split(path.sep).join("/");
  };
}

describe("app-root import paths", () => {
  it("resolve under the app's root, from any depth, with the usual extensions and index files", () => {
    const root = tree({
      "package.json": JSON.stringify({ name: "app", private: true }),
      ".meteor/packages": "meteor-base\n",
      "client/main.js": "import { a } from '/imports/ui/analytics';\n",
      "imports/ui/analytics.js": "export const a = 1;\n",
      "imports/api/deep/nested/x.js": "import { b } from '/imports/api';\n",
      "imports/api/index.js": "export const b = 1;\n",
    });
    const resolve = resolverFor(root);
    expect(resolve("/imports/ui/analytics", "client/main.js")).toBe("imports/ui/analytics.js");
    expect(resolve("/imports/api", "imports/api/deep/nested/x.js")).toBe("imports/api/index.js");
  });

  it("a path no directory of the tree has stays unresolved, and a relative one is not looked for above", () => {
    const root = tree({
      "package.json": JSON.stringify({ name: "app", private: true }),
      "client/main.js": "import x from '/nowhere/x';\n",
      "imports/ui/y.js": "export const y = 1;\n",
    });
    const resolve = resolverFor(root);
    expect(resolve("/nowhere/x", "client/main.js")).toBeUndefined();
    expect(resolve("./ui/y", "client/main.js")).toBeUndefined();
  });
});
