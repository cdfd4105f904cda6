// Issue #8: hostile inputs that used to crash or misbehave: code nested too deeply to
// parse or walk, a scanned repository's git filter drivers, and deeply nested or
// unterminated YAML. Each is now reported (or neutralised) instead.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { scan, type ScanResult } from "../../src/index.js";
import { LEAK, makeTree, runMain } from "./helpers.js";

const where = (r: ScanResult) => r.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`).sort();

// Each line holds one level, so the minified-file heuristic does not skip the file.
const PARAM = "export function f(user: { email: string }, c: boolean) {\n";
const DEEP: Record<string, string> = {
  "parens-5000.ts": `${PARAM}  const x = ${"(\n".repeat(5000)}user.email${")\n".repeat(5000)};\n  console.log(x);\n}\n`,
  "arrays-5000.ts": `${PARAM}  const x = ${"[\n".repeat(5000)}user.email${"]\n".repeat(5000)};\n  console.log(x);\n}\n`,
  "objects-5000.ts": `${PARAM}  const x = ${"{ a:\n".repeat(5000)}user.email${"}\n".repeat(5000)};\n  console.log(x);\n}\n`,
  "calls-5000.ts": `${PARAM}  const x = ${"g(\n".repeat(5000)}user.email${")\n".repeat(5000)};\n  console.log(x);\n}\n`,
  "plus-chain-20000.ts": `${PARAM}  const a = user.email;\n  const x = ${Array(20_000).fill("a").join(" +\n")};\n  console.log(x);\n}\n`,
  "member-chain-20000.ts": `${PARAM}  const x = user${"\n.a".repeat(20_000)};\n  console.log(x);\n}\n`,
  "arrows-3000.ts": `${PARAM}  const g = ${"() =>\n".repeat(3000)}console.log(user.email);\n  return g;\n}\n`,
  "ifs-3000.ts": `${PARAM}${"if (c) {\n".repeat(3000)}console.log(user.email);\n${"}\n".repeat(3000)}}\n`,
};

describe("deeply nested code: the scan finishes, with a warning where it cut (src/scan.ts, src/engine/file-index.ts)", () => {
  it.each(Object.keys(DEEP))("%s", async (name) => {
    const root = makeTree({ "ok.ts": LEAK, [name]: DEEP[name] });
    const t = Date.now();
    const r = await scan({ root });
    expect(Date.now() - t, "no hang").toBeLessThan(30_000);
    expect(where(r)).toContain("pi-to-log ok.ts:2");
    expect(r.diagnostics.some((d) => d.severity === "warning" && (d.location?.file === name || d.message.includes(name)))).toBe(true);
  });

  it("through the CLI: exit by findings, not 'internal error'", async () => {
    const root = makeTree({ "ok.ts": LEAK, "parens-5000.ts": DEEP["parens-5000.ts"] });
    const r = await runMain(["scan", root, "--format", "json", "--fail-on", "warning"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
  });
});

describe("--changed-since runs no program named by the scanned repository's git config (src/project/git.ts)", () => {
  it("a .gitattributes filter driver is not run", async () => {
    const markers = makeTree({}, "pitrace-markers-");
    const marker = path.join(markers, "filter-ran");
    const root = makeTree({ "src/a.ts": LEAK, ".gitattributes": "*.ts filter=evil\n", "hook.sh": `#!/bin/sh\ntouch ${JSON.stringify(marker)}\ncat\n` });
    fs.chmodSync(path.join(root, "hook.sh"), 0o755);
    const git = (...args: string[]) => execFileSync("git", ["-c", "user.email=t@example.com", "-c", "user.name=t", ...args], { cwd: root, stdio: "pipe" });
    git("init", "-q", ".");
    git("add", "src/a.ts", ".gitattributes");
    git("commit", "-qm", "init");
    git("config", "filter.evil.clean", path.join(root, "hook.sh"));
    git("config", "filter.evil.smudge", path.join(root, "hook.sh"));
    fs.appendFileSync(path.join(root, "src/a.ts"), "// changed\n");
    await scan({ root, changedSince: "HEAD" });
    expect(fs.existsSync(marker)).toBe(false);
  });
});

describe("YAML errors name a line that exists (src/config/load.ts, src/taxonomy/read-yaml.ts)", () => {
  it("an unterminated flow sequence on the last line points at that line, not one past the end", async () => {
    const root = makeTree({ "a.ts": LEAK, "pitrace.config.yaml": "region: cn\nfirstParty:\n  hosts: [api.example.cn\n" });
    const r = await runMain(["scan", root]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("pitrace.config.yaml:3:");
  });

  it("deeply nested YAML says so, instead of 'Maximum call stack size exceeded'", async () => {
    const root = makeTree({ "a.ts": LEAK, "pitrace.config.yaml": `exclude: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n` });
    const r = await runMain(["scan", root]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toMatch(/call stack/);
  });
});
