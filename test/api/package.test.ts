// The library as a consumer gets it: `import … from "pitrace"` through the
// package's exports map and types, from a separate project (CONTRACT §6).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt } from "../helpers/build.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const DEMO = path.join(REPO, "fixtures", "demo-shop");
const consumer = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-consumer-"));
afterAll(() => fs.rmSync(consumer, { recursive: true, force: true }));

beforeAll(() => {
  ensureBuilt();
  // As `npm install pitrace` would lay it out: node_modules/pitrace is the package root.
  fs.mkdirSync(path.join(consumer, "node_modules"), { recursive: true });
  fs.symlinkSync(REPO, path.join(consumer, "node_modules", "pitrace"), "dir");
  // A TypeScript consumer of a Node library has Node's types.
  fs.mkdirSync(path.join(consumer, "node_modules", "@types"));
  fs.symlinkSync(path.join(REPO, "node_modules", "@types", "node"), path.join(consumer, "node_modules", "@types", "node"), "dir");
  fs.writeFileSync(path.join(consumer, "package.json"), JSON.stringify({ name: "consumer", private: true, type: "module" }));
  fs.cpSync(DEMO, path.join(consumer, "app"), { recursive: true });
}, 120_000);

function node(file: string): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [file], { cwd: consumer, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe("the pitrace package", () => {
  it("exports the public API by name, and nothing internal", () => {
    fs.writeFileSync(path.join(consumer, "exports.mjs"), 'const m = await import("pitrace");\nconsole.log(JSON.stringify(Object.keys(m).sort()));\n');
    const r = node("exports.mjs");
    expect(r.err).toBe("");
    expect(JSON.parse(r.out)).toEqual(["PitraceInputError", "REPORT_FORMATS", "RULE_IDS", "applyBaseline", "baselineOf", "classifyNames", "createSession", "loadConfig", "readBaseline", "renderReport", "scan", "writeBaseline"]);
  });

  it("runs on ts-morph's own TypeScript (loaded without the rest of ts-morph)", () => {
    const fromPackage = createRequire(path.join(REPO, "package.json"));
    const { ts } = fromPackage("./dist/typescript.cjs") as { ts: typeof import("ts-morph").ts };
    const morph = fromPackage("ts-morph") as typeof import("ts-morph");
    // The same file, loaded through V8's code cache: the same API, not the same objects.
    expect(ts.version).toBe(morph.ts.version);
    expect(ts.SyntaxKind).toEqual(morph.ts.SyntaxKind);
    const names = (o: object) => Object.keys(o).filter((k) => k !== "default").sort();
    expect(names(ts)).toEqual(names(morph.ts));
  });

  it("scans, reports progress, and keeps an editor session", () => {
    fs.writeFileSync(
      path.join(consumer, "use.mjs"),
      [
        'import { scan, createSession, renderReport } from "pitrace";',
        'import fs from "node:fs";',
        "const phases = new Set();",
        'const result = await scan({ root: "app", onProgress: (e) => phases.add(e.phase) });',
        'const session = createSession({ root: "app" });',
        'const before = session.findings("src/orders.ts").length;',
        'const text = fs.readFileSync("app/src/orders.ts", "utf8").replace(/^.*hooks\\.partner-crm\\.com.*$/m, "");',
        'session.updateFile("src/orders.ts", text);',
        'const after = session.findings("src/orders.ts").length;',
        "session.dispose();",
        'const sarif = JSON.parse(renderReport("sarif", result, { toolVersion: "0.0.0-test" }));',
        "console.log(JSON.stringify({ findings: result.findings.length, phases: [...phases].sort(), before, after, sarif: sarif.version }));",
      ].join("\n"),
    );
    const r = node("use.mjs");
    expect(r.err).toBe("");
    const out = JSON.parse(r.out) as { findings: number; phases: string[]; before: number; after: number; sarif: string };
    expect(out.findings).toBeGreaterThan(0);
    expect(out.phases).toEqual(expect.arrayContaining(["load", "parse", "flows", "policies"]));
    expect(out.before).toBe(out.findings);
    expect(out.after).toBeLessThan(out.before);
    expect(out.sarif).toBe("2.1.0");
  });

  it("type-checks a strict TypeScript consumer against the published types", () => {
    fs.writeFileSync(
      path.join(consumer, "use.ts"),
      [
        'import { createSession, scan, PitraceInputError, type Finding, type ScanResult, type Session } from "pitrace";',
        "export async function count(root: string): Promise<number> {",
        "  const result: ScanResult = await scan({ root, signal: AbortSignal.timeout(60_000) });",
        "  const session: Session = createSession({ root });",
        '  const mine: Finding[] = session.findings("src/a.ts");',
        "  session.dispose();",
        "  return result.findings.filter((f) => f.severity === \"error\").length + mine.length;",
        "}",
        "export const isInputError = (e: unknown): boolean => e instanceof PitraceInputError && typeof e.line !== \"string\";",
        "// @ts-expect-error: findings() takes a path, not a number",
        "export const wrong = (s: Session) => s.findings(42);",
      ].join("\n"),
    );
    fs.writeFileSync(path.join(consumer, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true, module: "nodenext", moduleResolution: "nodenext", target: "es2022", noEmit: true, skipLibCheck: false, types: ["node"] }, files: ["use.ts"] }));
    const tsc = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
    const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.json"], { cwd: consumer, encoding: "utf8", timeout: 120_000 });
    expect(r.stdout + r.stderr).toBe("");
    expect(r.status).toBe(0);
  }, 120_000);
});
