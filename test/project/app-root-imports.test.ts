// App-root import paths (Meteor's `import … from '/imports/ui/analytics'`): resolved under the nearest
// directory above the importing file that has the path, never outside the scanned tree.
import { describe, expect, it } from "vitest";
import { makeTree as tree, resolverFor } from "./helpers.js";

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
