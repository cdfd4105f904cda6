// docs/ci.md: the workflows users copy must parse, have the steps that make
// the gate work, and use only flags the CLI has. The main scan command is run
// as the workflow runs it.

import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "yaml";
import { cleanupTemps, copyProject, DEMO_SHOP, ensureBuilt, REPO, runCli } from "./helpers.js";

const DOC = fs.readFileSync(path.join(REPO, "docs", "ci.md"), "utf8");

/** Fenced code blocks of a language (also indented ones, inside list items). */
function blocks(lang: string): string[] {
  const out: string[] = [];
  const re = new RegExp(`^( *)\`\`\`${lang}\\n([\\s\\S]*?)^\\1\`\`\`$`, "gm");
  for (const m of DOC.matchAll(re)) out.push(m[2].replace(new RegExp(`^${m[1]}`, "gm"), ""));
  return out;
}

interface Step {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  "continue-on-error"?: boolean;
}
interface Workflow {
  name?: string;
  on: unknown;
  permissions?: Record<string, string>;
  jobs: Record<string, { "runs-on": string; steps: Step[] }>;
}

const yamlDocs = blocks("yaml").map((text) => ({ text, data: parse(text) as unknown }));
const workflows = yamlDocs
  .map((d) => d.data)
  .filter((d): d is Workflow => !!d && typeof d === "object" && "jobs" in d && "on" in d);
const stepsOf = (w: Workflow) => Object.values(w.jobs).flatMap((j) => j.steps);
const uses = (steps: Step[], action: string) => steps.find((s) => s.uses?.startsWith(`${action}@`));
const runs = (steps: Step[], needle: string) => steps.find((s) => s.run?.includes(needle));

const MAIN_SCAN = "npx pitrace scan . --format sarif --output pitrace.sarif --fail-on error";

afterAll(cleanupTemps);

describe("docs/ci.md", () => {
  it("every yaml block parses", () => {
    expect(yamlDocs.length).toBeGreaterThanOrEqual(4);
    for (const d of yamlDocs) expect(d.data, d.text).toBeTruthy();
  });

  it("has a code-scanning workflow: checkout, Node 20, the scan, then upload-sarif even when the gate fails", () => {
    const main = workflows.find((w) => stepsOf(w).some((s) => s.uses?.startsWith("github/codeql-action/upload-sarif@")));
    expect(main, "a workflow that uploads SARIF").toBeDefined();
    if (!main) return;
    expect(main.permissions?.["security-events"]).toBe("write");
    const steps = stepsOf(main);
    expect(uses(steps, "actions/checkout")).toBeDefined();
    expect(String(uses(steps, "actions/setup-node")?.with?.["node-version"])).toBe("20");
    const scan = runs(steps, "npx pitrace scan");
    expect(scan?.run?.trim()).toBe(MAIN_SCAN);
    // The scan step must fail the job: no continue-on-error swallowing exit 1.
    expect(scan?.["continue-on-error"]).toBeUndefined();
    const upload = uses(steps, "github/codeql-action/upload-sarif");
    expect(upload?.uses).toBe("github/codeql-action/upload-sarif@v3");
    expect(upload?.if).toMatch(/^(\$\{\{\s*)?always\(\)(\s*\}\})?$/);
    expect(upload?.with?.sarif_file).toBe("pitrace.sarif");
    expect(steps.indexOf(upload as Step)).toBeGreaterThan(steps.indexOf(scan as Step));
    expect(steps.indexOf(scan as Step)).toBeGreaterThan(steps.indexOf(uses(steps, "actions/checkout") as Step));
  });

  it("has a pull-request comment workflow with the full history, markdown and --changed-since the base branch", () => {
    const pr = workflows.find((w) => stepsOf(w).some((s) => s.run?.includes("--format markdown")));
    expect(pr, "a workflow that renders markdown").toBeDefined();
    if (!pr) return;
    expect(JSON.stringify(pr.on)).toContain("pull_request");
    expect(pr.permissions?.["pull-requests"]).toBe("write");
    const steps = stepsOf(pr);
    expect(uses(steps, "actions/checkout")?.with?.["fetch-depth"]).toBe(0);
    expect(String(uses(steps, "actions/setup-node")?.with?.["node-version"])).toBe("20");
    const scan = runs(steps, "--format markdown");
    expect(scan?.run).toContain("--changed-since origin/${{ github.base_ref }}");
    expect(scan?.run).toMatch(/--output (\S+\.md)/);
    const comment = steps.find((s) => s !== scan && steps.indexOf(s) > steps.indexOf(scan as Step) && (s.uses || s.run) && s.if?.includes("always()"));
    expect(comment, "a comment step that runs even when the gate fails").toBeDefined();
    // when the scan step swallows its exit code, a later step must fail the job
    if (scan?.["continue-on-error"]) expect(steps.some((s) => s.if?.includes(`steps.${scan.id}.outcome`) && s.run?.includes("exit 1"))).toBe(true);
  });

  it("has a baseline workflow: --write-baseline once, --baseline in CI", () => {
    expect(DOC).toMatch(/npx pitrace scan \. --write-baseline (\S+)/);
    const written = /--write-baseline (\S+)/.exec(DOC)?.[1];
    const gate = blocks("yaml").find((b) => b.includes(`--baseline ${written}`));
    expect(gate, "a yaml step that scans with the written baseline").toBeDefined();
    expect(DOC).toMatch(/baselineState/);
    expect(DOC).toMatch(/stale-baseline-entry/);
  });

  it("has a GitLab CI job that keeps its reports as artifacts and explains the exit codes", () => {
    const jobs = yamlDocs
      .map((d) => d.data)
      .filter((d): d is Record<string, { script?: string[]; artifacts?: { when?: string; paths?: string[] }; image?: string }> => !!d && typeof d === "object" && !("jobs" in d))
      .flatMap((d) => Object.values(d))
      .filter((j) => j && typeof j === "object" && Array.isArray(j.script));
    const gate = jobs.find((j) => j.script?.some((l) => l.includes("npx pitrace scan") && l.includes("--fail-on error")));
    expect(gate, "a GitLab job that runs the gate").toBeDefined();
    expect(gate?.image).toMatch(/^node:20/);
    expect(gate?.artifacts?.when).toBe("always");
    const outputs = (gate?.script ?? []).flatMap((l) => /--output (\S+)/.exec(l)?.[1] ?? []);
    expect(outputs.length).toBeGreaterThan(0);
    for (const o of outputs) expect(gate?.artifacts?.paths).toContain(o);
    for (const code of ["`0`", "`1`", "`2`"]) expect(DOC).toContain(`| ${code} |`);
  });

  describe("commands", () => {
    beforeAll(ensureBuilt);

    it("use only flags and values the CLI has", async () => {
      const help = await runCli(["scan", "--help"]);
      expect(help.code).toBe(0);
      const commands = [...DOC.matchAll(/npx (?:--yes )?pitrace(?:@\S+)? (scan[^\n`"]*)/g)].map((m) => m[1]);
      expect(commands.length).toBeGreaterThanOrEqual(6);
      for (const c of commands) {
        for (const flag of c.match(/--[a-z-]+/g) ?? []) expect(help.stdout, `${flag} in "${c}"`).toContain(flag);
        const format = /--format (\S+)/.exec(c)?.[1];
        if (format) expect(["text", "json", "sarif", "markdown", "html"], c).toContain(format);
        const failOn = /--fail-on (\S+)/.exec(c)?.[1];
        if (failOn) expect(["error", "warning", "note", "none"], c).toContain(failOn);
      }
    });

    it("the code-scanning step fails on findings and still leaves the SARIF; the example baseline is one pitrace reads", async () => {
      const dir = copyProject(DEMO_SHOP, "ci-docs");
      const example = blocks("json").find((b) => b.includes('"fingerprint"'));
      expect(example, "an example baseline").toBeDefined();
      const baseline = path.join(path.dirname(dir), "example-baseline.json");
      fs.writeFileSync(baseline, example ?? "");
      const [run, withBaseline] = await Promise.all([
        runCli(MAIN_SCAN.split(" ").slice(2), { cwd: dir }),
        runCli(["scan", ".", "--baseline", baseline, "--format", "json", "--fail-on", "none"], { cwd: dir }),
      ]);
      expect(run.code, run.stderr).toBe(1);
      const sarif = JSON.parse(fs.readFileSync(path.join(dir, "pitrace.sarif"), "utf8")) as { runs: Array<{ results: unknown[] }> };
      expect(sarif.runs[0].results.length).toBeGreaterThan(0);
      // The example is demo-shop's real pi-to-log entry: it matches, nothing is stale.
      expect(withBaseline.code, withBaseline.stderr).toBe(0);
      const report = JSON.parse(withBaseline.stdout) as { findings: Array<{ ruleId: string; baselineState?: string }>; diagnostics: Array<{ code: string }> };
      expect(report.findings.filter((f) => f.baselineState === "unchanged").map((f) => f.ruleId)).toEqual(["pi-to-log"]);
      expect(report.diagnostics.filter((d) => d.code === "stale-baseline-entry")).toEqual([]);
    });
  });
});
