// Issue #8, usage errors: every bad invocation exits 2 with one line on
// stderr naming what is wrong (and the file), never a stack trace.
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BIN, ensureBuilt, LEAK, makeTree, oneLine, REPO, runCli, runMain, STACK_TRACE } from "./helpers.js";

let project: string;
beforeAll(() => {
  ensureBuilt();
  project = makeTree({ "src/register.ts": LEAK });
});

/**
 * Most cases run main() in-process (node start-up costs ~1 s of CPU per
 * spawn); `spawn: true` goes through bin/pitrace.js for end-to-end coverage.
 */
async function usageError(args: string[], mentions: (string | RegExp)[] = [], opts: { spawn?: boolean } = {}): Promise<string> {
  const r = opts.spawn ? await runCli(args, { cwd: project }) : await runMain(args, project);
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.code, r.stderr).toBe(2);
  const line = oneLine(r.stderr);
  for (const m of mentions) expect(line).toMatch(m);
  return line;
}

describe("scan: usage errors exit 2 with one line", () => {
  it("a missing directory is named", async () => {
    await usageError(["scan", "no/such/dir"], ["no/such/dir", /no such directory/], { spawn: true });
  });

  it("a file given as the directory", async () => {
    await usageError(["scan", "src/register.ts"], ["src/register.ts", /not a directory/]);
  });

  it("an empty directory argument is not silently the current directory", async () => {
    await usageError(["scan", ""], [/empty/]);
  });

  it("an unknown flag", async () => {
    await usageError(["scan", ".", "--frobnicate"], ["--frobnicate"], { spawn: true });
  });

  it("an unknown command", async () => {
    await usageError(["scna", "."], ["scna"]);
  });

  it("no command at all is a usage error", async () => {
    const r = await runCli([], { cwd: project });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage: pitrace/);
    expect(r.stderr).not.toMatch(STACK_TRACE);
  });

  it("help and version still exit 0", async () => {
    for (const args of [["--help"], ["scan", "--help"], ["help", "scan"], ["--version"]]) {
      const r = await runMain(args, project);
      expect(r.code, args.join(" ")).toBe(0);
    }
    expect((await runCli(["--version"])).code).toBe(0);
  });

  it("a bad --format value", async () => {
    await usageError(["scan", ".", "--format", "xml"], ["xml", /text, json, sarif, markdown, html/], { spawn: true });
  });

  it("a bad --fail-on value", async () => {
    await usageError(["scan", ".", "--fail-on", "critical"], ["critical", /error, warning, note, none/]);
  });

  it("a flag missing its value", async () => {
    await usageError(["scan", ".", "--format"], ["--format"]);
    await usageError(["scan", ".", "--config"], ["--config"]);
  });

  it("too many arguments", async () => {
    await usageError(["scan", ".", "other"], [/too many arguments/]);
  });

  it("--config pointing to a missing file", async () => {
    await usageError(["scan", ".", "--config", "nope.yaml"], ["nope.yaml", /not found/]);
  });

  it("--config pointing to a directory", async () => {
    await usageError(["scan", ".", "--config", "src"], ["src", /directory/]);
  });

  it.each(["--config", "--output", "--baseline", "--write-baseline", "--changed-since"])("%s with an empty value", async (flag) => {
    await usageError(["scan", ".", flag, ""], [flag, /empty/]);
  });

  it("--output in a directory that does not exist fails before scanning", async () => {
    await usageError(["scan", ".", "--output", "no/such/dir/report.txt"], ["no/such/dir/report.txt", /does not exist/]);
  });

  it("--output that is a directory", async () => {
    await usageError(["scan", ".", "--output", "src"], ["src", /directory/]);
  });

  it("--output under a regular file", async () => {
    await usageError(["scan", ".", "--output", "src/register.ts/report.txt"], ["src/register.ts/report.txt", /not a directory/]);
  });

  it("--output in a read-only directory", async () => {
    const ro = makeTree({ "keep.txt": "" });
    fs.chmodSync(ro, 0o555);
    try {
      // root ignores permissions: there the write simply succeeds.
      let writable = false;
      try {
        fs.accessSync(ro, fs.constants.W_OK);
        writable = true;
      } catch {
        /* expected for ordinary users */
      }
      const r = await runMain(["scan", ".", "--output", path.join(ro, "report.txt")], project);
      expect(r.stderr).not.toMatch(STACK_TRACE);
      if (writable) expect(r.code).toBe(0);
      else {
        expect(r.code).toBe(2);
        expect(oneLine(r.stderr)).toMatch(/report\.txt.*EACCES/);
      }
    } finally {
      fs.chmodSync(ro, 0o755);
    }
  });

  it("--write-baseline in a missing directory", async () => {
    await usageError(["scan", ".", "--write-baseline", "nowhere/base.json"], ["nowhere/base.json", /does not exist/]);
  });

  it("a baseline file that does not exist", async () => {
    await usageError(["scan", ".", "--baseline", "missing-baseline.json"], ["missing-baseline.json", /ENOENT/]);
  });

  it("a baseline that is not JSON", async () => {
    fs.writeFileSync(path.join(project, "bad-baseline.json"), "{ this is not json");
    await usageError(["scan", ".", "--baseline", "bad-baseline.json"], ["bad-baseline.json", /not valid JSON/], { spawn: true });
  });

  it("a baseline of the wrong shape", async () => {
    for (const [name, body] of [
      ["shape1.json", "[]"],
      ["shape2.json", '{"findings": [1, 2]}'],
      ["shape3.json", '{"findings": [{"ruleId": 3, "fingerprint": "x"}]}'],
      ["shape4.json", "null"],
    ]) {
      fs.writeFileSync(path.join(project, name), body);
      await usageError(["scan", ".", "--baseline", name], [name, /baseline must be/]);
    }
  });

  it("a binary baseline file", async () => {
    fs.writeFileSync(path.join(project, "bin-baseline.json"), Buffer.from([0, 1, 2, 0xff, 0xfe, 0]));
    await usageError(["scan", ".", "--baseline", "bin-baseline.json"], ["bin-baseline.json"]);
  });

  it("--changed-since with an option-looking or unknown ref", async () => {
    await usageError(["scan", ".", "--changed-since=-x"], [/not a valid git ref/]);
    await usageError(["scan", ".", "--changed-since", "no-such-ref-anywhere"], ["no-such-ref-anywhere"]);
  });

  it("a valid invocation still works and finds the flow", async () => {
    const r = await runCli(["scan", ".", "--format", "json", "--fail-on", "warning"], { cwd: project });
    expect(r.code, r.stderr).toBe(1);
    const out = JSON.parse(r.stdout) as { findings: { ruleId: string; location: { file: string; line: number } }[] };
    expect(out.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`)).toEqual(["pi-to-log src/register.ts:2"]);
  });
});

describe("other commands", () => {
  it("classify without names, with an empty or missing --taxonomy", async () => {
    await usageError(["classify"], [/name/]);
    await usageError(["classify", "email", "--taxonomy", ""], ["--taxonomy", /empty/]);
    await usageError(["classify", "email", "--taxonomy", "nope.yaml"], ["nope.yaml"]);
  });

  it("init on a missing directory, and over an existing config without --force", async () => {
    await usageError(["init", "no/such/dir"], ["no/such/dir"]);
    const dir = makeTree({ "pitrace.config.yaml": "region: cn\n" });
    await usageError(["init", dir], ["pitrace.config.yaml", /--force/]);
    expect(fs.readFileSync(path.join(dir, "pitrace.config.yaml"), "utf8")).toBe("region: cn\n");
  });

  it("lsp without --stdio", async () => {
    await usageError(["lsp"], ["--stdio"]);
  });
});

describe("pathological input through the CLI", () => {
  it("a file too deeply nested for the parser: the scan ends without a stack trace, naming the file if it fails", async () => {
    const deep = `export function f(user: { email: string }) {\n  const x = ${"(\n".repeat(5000)}user.email${")\n".repeat(5000)};\n  console.log(x);\n}\n`;
    const dir = makeTree({ "ok.ts": LEAK, "deep.ts": deep });
    const r = await runCli(["scan", ".", "--fail-on", "warning"], { cwd: dir });
    expect(r.stderr).not.toMatch(STACK_TRACE);
    // Until the engine copes (see pending-engine.test.ts) the CLI names the file; after, the scan reports the flow.
    if (r.code === 2) expect(oneLine(r.stderr)).toMatch(/deep\.ts: .*nested too deeply/);
    else expect(r.code).toBe(1);
  });
});

describe("output streams", () => {
  it("a reader closing stdout early (pitrace scan | head) is no crash and no stack trace", async () => {
    const big = makeTree(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`f${i}.ts`, LEAK])));
    const child = spawn(process.execPath, [BIN, "scan", big, "--format", "json"], { cwd: REPO, env: { ...process.env, CI: "true" }, stdio: ["ignore", "pipe", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    // Hang up before the report is written, like `| head -c 0`.
    child.stdout.destroy();
    const code = await new Promise<number | null>((resolve) => child.on("close", (c) => resolve(c)));
    expect(stderr).not.toMatch(STACK_TRACE);
    expect([0, 1]).toContain(code);
  });
});
