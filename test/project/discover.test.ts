// Discovery over committed fixture mini-repos (fixtures/projects/<case>).
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadConfig } from "../../src/config/index.js";
import { DEFAULT_CONFIG } from "../../src/model/config.js";
import { discoverProjects, discoverProjectsSync } from "../../src/project/index.js";
import { ts } from "ts-morph";
import { allFiles, summary } from "./helpers.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/projects");
const fixture = (name: string) => path.join(FIXTURES, name);
const discover = (name: string) => discoverProjects(fixture(name), loadConfig(fixture(name)));

describe("discoverProjects", () => {
  test("single tsconfig project: files outside `include` still join its unit", async () => {
    const result = await discover("single");
    expect(result.root).toBe(fixture("single"));
    expect(summary(result)).toEqual({
      units: [
        {
          name: "single-app",
          tsconfig: "tsconfig.json",
          files: ["scripts/seed.js", "src/components/Form.tsx", "src/env.d.ts", "src/index.ts"],
        },
      ],
      skipped: [],
    });
    const options = result.units[0].compilerOptions;
    expect(options.strict).toBe(true);
    expect(options.jsx).toBe(ts.JsxEmit.ReactJSX);
    // seed.js is outside `include`: the unit must accept JS for it.
    expect(options.allowJs).toBe(true);
    expect(options.checkJs).toBe(false);
  });

  test("references: one unit per referenced project, extends followed, empty solution config dropped", async () => {
    const result = await discover("refs");
    expect(summary(result).units).toEqual([
      { name: "@refs/core", tsconfig: "packages/core/tsconfig.json", files: ["packages/core/src/user.ts"] },
      { name: "@refs/web", tsconfig: "packages/web/tsconfig.json", files: ["packages/web/src/app.ts"] },
      { name: "tools/tsconfig.tools.json", tsconfig: "tools/tsconfig.tools.json", files: ["tools/release.js"] },
    ]);
    const core = result.units[0].compilerOptions;
    expect(core.composite).toBe(true);
    expect(core.strict).toBe(true);
    expect(core.target).toBe(ts.ScriptTarget.ES2022);
  });

  test("npm workspaces: a unit per package, with or without a tsconfig", async () => {
    const result = await discover("npm-ws");
    expect(summary(result).units).toEqual([
      // A package the workspace globs leave out falls back to the root.
      { name: "npm-ws-root", tsconfig: undefined, files: ["packages/ignored/index.js"] },
      { name: "@ws/api", tsconfig: "packages/api/tsconfig.json", files: ["packages/api/src/server.ts"] },
      { name: "@ws/legacy", tsconfig: undefined, files: ["packages/legacy/lib/index.js"] },
    ]);
    expect(result.units[1].compilerOptions.strict).toBe(true);
    expect(result.units[2].compilerOptions).toMatchObject({ allowJs: true, checkJs: false, jsx: ts.JsxEmit.Preserve });
  });

  test("yarn workspaces in the object form", async () => {
    expect(summary(await discover("yarn-ws")).units).toEqual([{ name: "site", tsconfig: undefined, files: ["apps/site/src/main.jsx"] }]);
  });

  test("pnpm workspace (turbo layout), tsconfig extending a package that is not installed", async () => {
    const result = await discover("pnpm-ws");
    expect(summary(result).units).toEqual([
      { name: "web", tsconfig: "apps/web/tsconfig.json", files: ["apps/web/src/page.tsx"] },
      { name: "util", tsconfig: undefined, files: ["libs/util/index.mjs"] },
    ]);
    expect(result.units[0].compilerOptions.jsx).toBe(ts.JsxEmit.Preserve);
  });

  test("JS-only project: a synthesized unit; minified and generated files skipped with a reason", async () => {
    const result = await discover("js-only");
    expect(summary(result)).toEqual({
      units: [{ name: "js-only", tsconfig: undefined, files: ["src/index.js", "src/legacy.cjs", "src/util.mjs", "src/view.jsx"] }],
      skipped: [
        { file: "src/api.generated.js", reason: 'generated (header says "@generated")' },
        { file: "vendor/jquery.min.js", reason: "minified (file name ends in .min.js)" },
      ],
    });
    expect(result.units[0].compilerOptions).toMatchObject({ allowJs: true, checkJs: false, jsx: ts.JsxEmit.Preserve });
  });

  test("overlapping tsconfigs: the nearest one wins", async () => {
    const result = await discover("nested");
    expect(summary(result).units).toEqual([
      { name: "tsconfig.json", tsconfig: "tsconfig.json", files: ["src/root.ts"] },
      { name: "packages/inner/tsconfig.json", tsconfig: "packages/inner/tsconfig.json", files: ["packages/inner/src/inner.ts"] },
    ]);
    expect(result.units[1].compilerOptions.strict).toBe(false);
  });

  test(".gitignore and config `exclude` (with ./ and trailing /) are honoured", async () => {
    const result = await discover("filters");
    expect(summary(result).units).toEqual([{ name: ".", tsconfig: undefined, files: ["src/app.ts"] }]);
    // Without the config's exclude, only .gitignore applies.
    const bare = await discoverProjects(fixture("filters"), DEFAULT_CONFIG);
    expect(summary(bare).units[0].files).toEqual(["src/app.test.ts", "src/app.ts", "src/generated/schema.ts"]);
  });

  test.each(["single", "refs", "npm-ws", "yarn-ws", "pnpm-ws", "js-only", "nested", "filters"])(
    "%s: every file in exactly one unit; the sync variant agrees",
    async (name) => {
      const result = await discover(name);
      const files = allFiles(result);
      expect(files.length).toBeGreaterThan(0);
      for (const f of files) expect(path.isAbsolute(f)).toBe(true);
      for (const unit of result.units) expect(unit.files).toEqual([...unit.files].sort());
      expect(discoverProjectsSync(fixture(name), loadConfig(fixture(name)))).toEqual(result);
    },
  );

  test.each(["express-shop", "flows-basics", "koa-edu", "next-saas", "survey-web"])("corpus app %s is one tsconfig unit", async (app) => {
    const root = path.resolve(import.meta.dirname, "../../../shared/corpus", app);
    const result = await discoverProjects(root, loadConfig(root));
    expect(result.units).toHaveLength(1);
    expect(result.units[0].tsconfig).toBe(path.join(root, "tsconfig.json"));
    expect(result.units[0].files.length).toBeGreaterThan(3);
    expect(result.skipped).toEqual([]);
  });
});
