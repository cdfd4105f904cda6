// Issue #8 / CONTRACT §1: the scanner never runs, requires or imports the code
// it scans; config is data only. Every file below writes a marker (and
// throws) if anything executes it; after a scan through the real binary, no
// marker may exist.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { scan } from "../../src/index.js";
import { ensureBuilt, LEAK, makeTree, runCli } from "./helpers.js";

function hostileRepo(markers: string): string {
  const m = (name: string) => JSON.stringify(path.join(markers, name));
  const js = (name: string) => `require("node:fs").writeFileSync(${m(name)}, "ran");\nthrow new Error("executed ${name}");\n`;
  const esm = (name: string) => `import fs from "node:fs";\nfs.writeFileSync(${m(name)}, "ran");\nthrow new Error("executed ${name}");\n`;
  const sh = (name: string) => `touch ${JSON.stringify(path.join(markers, name))}`;
  const root = makeTree({
    "src/leak.ts": `${esm("top-level-ts")}${LEAK}`,
    "src/main.js": js("top-level-js"),
    "src/mod.mjs": esm("top-level-mjs"),
    "src/imports.ts": `import "./main.js";\nimport "./mod.mjs";\nimport hook from "./register-hook.cjs";\nconst lazy = await import("./mod.mjs");\nrequire("./main.js");\nexport { hook, lazy };\n`,
    "src/register-hook.cjs": `${js("require-hook")}`,
    "pitrace.config.js": js("pitrace-config-js"),
    "pitrace.config.cjs": js("pitrace-config-cjs"),
    "pitrace.config.mjs": esm("pitrace-config-mjs"),
    "pitrace.config.ts": esm("pitrace-config-ts"),
    "pitrace.config.yaml": "region: cn\nsanitizers: [maskPhone]\n",
    "pi-taxonomy.js": js("taxonomy-js"),
    "package.json": JSON.stringify({
      name: "hostile",
      main: "src/main.js",
      type: "commonjs",
      workspaces: ["packages/*"],
      scripts: { preinstall: sh("preinstall"), install: sh("install"), postinstall: sh("postinstall"), prepare: sh("prepare"), pitrace: sh("script-pitrace"), test: sh("test") },
      pitrace: { require: "./src/register-hook.cjs" },
    }),
    "packages/a/package.json": JSON.stringify({ name: "a", main: "index.js", scripts: { postinstall: sh("ws-postinstall") } }),
    "packages/a/index.js": js("workspace-main"),
    "node_modules/evil/package.json": JSON.stringify({ name: "evil", main: "index.js" }),
    "node_modules/evil/index.js": js("node-module"),
    "node_modules/@types/evil/index.d.ts": "export {};\n",
    "tsconfig.json": JSON.stringify({
      compilerOptions: { allowJs: true, plugins: [{ name: "evil" }, { name: "./src/register-hook.cjs" }], types: ["evil"] },
      include: ["src", "packages"],
    }),
    "babel.config.js": js("babel-config"),
    "vite.config.ts": esm("vite-config"),
    ".eslintrc.cjs": js("eslintrc"),
  });
  return root;
}

describe("scanning never executes the scanned project", () => {
  beforeAll(() => ensureBuilt());

  it("through the CLI (scan, init, classify), no marker is written", async () => {
    const markers = makeTree({}, "pitrace-markers-");
    const root = hostileRepo(markers);
    const scanRun = await runCli(["scan", root, "--format", "json", "--fail-on", "none"], { cwd: root });
    expect(scanRun.code, scanRun.stderr).toBe(0);
    // The scan really looked at the files: the flow next to the side effect is found.
    const out = JSON.parse(scanRun.stdout) as { findings: { location: { file: string } }[] };
    expect(out.findings.map((f) => f.location.file)).toContain("src/leak.ts");
    const initDir = hostileRepo(markers);
    fs.rmSync(path.join(initDir, "pitrace.config.yaml"));
    const initRun = await runCli(["init", initDir], { cwd: initDir });
    expect(initRun.code, initRun.stderr).toBe(0);
    const classifyRun = await runCli(["classify", "email"], { cwd: root });
    expect(classifyRun.code).toBe(0);
    expect(fs.readdirSync(markers)).toEqual([]);
  });

  it("through the library, no marker is written", async () => {
    const markers = makeTree({}, "pitrace-markers-");
    const root = hostileRepo(markers);
    const r = await scan({ root });
    expect(r.findings.some((f) => f.location.file === "src/leak.ts")).toBe(true);
    expect(fs.readdirSync(markers)).toEqual([]);
  });
});
