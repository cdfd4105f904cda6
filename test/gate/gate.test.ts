// The CI gate: `--fail-on` exit codes and the `--write-baseline` /
// `--baseline` round trip a legacy repository uses to turn the gate on today.

import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brief, cleanupTemps, ensureBuilt, gitInit, lineOf, MINI, miniProject, runCli, scanJson, tempDir, type JsonReport } from "./helpers.js";

beforeAll(ensureBuilt);
afterAll(cleanupTemps);

/** Exit codes of `scan dir --fail-on <level>` (and of no --fail-on at all, as "default"). */
async function exitCodes(dir: string, levels: ReadonlyArray<string>): Promise<Record<string, number | null>> {
  const runs = await Promise.all(levels.map((l) => runCli(["scan", dir, ...(l === "default" ? [] : ["--fail-on", l])])));
  return Object.fromEntries(levels.map((l, i) => [l, runs[i].code]));
}

describe("--fail-on", () => {
  it("exits 1 when a finding is at or above the level, 0 otherwise, and 0 for none", async () => {
    // errors (missing-consent, unlisted-recipient) and a warning (pi-to-log)
    const mixed = miniProject("failon-mixed");
    // only the pi-to-log warning
    const warningOnly = miniProject("failon-warning", { "src/sync.ts": "export const nothing = 0;\n" });
    // nothing personal flows anywhere
    const clean = miniProject("failon-clean", { "src/sync.ts": "export const nothing = 0;\n", "src/users.ts": "export const none = 1;\n" });
    // Each level both passes and fails somewhere; sequential groups, as the machine may be small.
    expect(await exitCodes(warningOnly, ["error", "warning", "note", "none"])).toEqual({ error: 0, warning: 1, note: 1, none: 0 });
    expect(await exitCodes(mixed, ["error", "none", "default"])).toEqual({ error: 1, none: 0, default: 1 });
    expect(await exitCodes(clean, ["note"])).toEqual({ note: 0 });
  });

  it("rejects an unknown level with exit 2", async () => {
    const run = await runCli(["scan", miniProject("failon-bad"), "--fail-on", "critical"]);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/critical/);
  });
});

// Each test scans its own copy: they can run side by side.
describe.concurrent("baseline round trip", () => {
  let dir: string;
  let baseline: string;
  let initial: JsonReport;

  beforeAll(async () => {
    dir = miniProject("baseline");
    baseline = path.join(tempDir("baseline-file"), "pitrace-baseline.json");
    const run = await runCli(["scan", dir, "--write-baseline", baseline, "--fail-on", "none"]);
    expect(run.code, run.stderr).toBe(0);
    initial = (await scanJson(dir)).report;
  });

  it("writes a readable JSON file: rule, file, fingerprint and a note per finding", async () => {
    const text = fs.readFileSync(baseline, "utf8");
    expect(text).toMatch(/\n {2}"/); // indented, one key per line: reviewable in a diff
    const data = JSON.parse(text) as { version: number; findings: Array<Record<string, unknown>> };
    expect(data.version).toBe(1);
    expect(data.findings).toHaveLength(initial.findings.length);
    expect(data.findings.map((e) => `${String(e.ruleId)} ${String(e.file)} ${String(e.fingerprint)}`).sort()).toEqual(initial.findings.map((f) => `${f.ruleId} ${f.location.file} ${f.fingerprint}`).sort());
    for (const e of data.findings) {
      expect(typeof e.fingerprint).toBe("string");
      expect(e.file).toMatch(/^src\/[\w.]+$/);
      expect(typeof e.note === "string" && e.note.length > 0).toBe(true);
    }
  });

  it("a baselined scan exits 0 at every level and marks every result unchanged", async () => {
    const { code, report } = await scanJson(dir, ["--baseline", baseline, "--fail-on", "note"]);
    expect(code).toBe(0);
    expect(report.findings.length).toBe(3);
    expect(report.findings.map((f) => f.baselineState)).toEqual(["unchanged", "unchanged", "unchanged"]);
    expect(report.diagnostics.filter((d) => d.code === "stale-baseline-entry")).toEqual([]);
  });

  it("a new flow in a file makes the baselined scan fail with exactly that result new", async () => {
    const copy = miniProject("baseline-new");
    const users = `${MINI["src/users.ts"]}
export function farewell(user: User): void {
  logger.warn(\`goodbye \${user.fullName}\`);
}
`;
    fs.writeFileSync(path.join(copy, "src/users.ts"), users);
    const [{ code, report }, def] = await Promise.all([scanJson(copy, ["--baseline", baseline, "--fail-on", "warning"]), runCli(["scan", copy, "--baseline", baseline])]);
    expect(code).toBe(1);
    // the new finding is a warning: the default gate (error) still passes
    expect(def.code).toBe(0);
    const fresh = report.findings.filter((f) => f.baselineState === "new");
    expect(brief(fresh)).toEqual([`pi-to-log src/users.ts:${lineOf(users, "goodbye")}`]);
    expect(report.findings.filter((f) => f.baselineState === "unchanged")).toHaveLength(3);
  });

  it("a new third-party call fails the default gate with its two new results", async () => {
    const copy = miniProject("baseline-new-http");
    const sync = `${MINI["src/sync.ts"]}
export async function syncName(user: User): Promise<void> {
  await axios.post('https://crm.example.com/names', { name: user.fullName });
}
`;
    fs.writeFileSync(path.join(copy, "src/sync.ts"), sync);
    const { code, report } = await scanJson(copy, ["--baseline", baseline, "--fail-on", "error"]);
    expect(code).toBe(1);
    const line = lineOf(sync, "/names");
    expect(brief(report.findings.filter((f) => f.baselineState === "new"))).toEqual([`missing-consent src/sync.ts:${line}`, `unlisted-recipient src/sync.ts:${line}`]);
  });

  it("a new flow of the same shape above a known one is the one reported new", async () => {
    // Same function, same logger call, same category: only the line and the text differ.
    const copy = miniProject("baseline-same-shape");
    const users = MINI["src/users.ts"].replace("  logger.info(`welcome", "  logger.info(`hello ${user.email}`);\n  logger.info(`welcome");
    fs.writeFileSync(path.join(copy, "src/users.ts"), users);
    const { report } = await scanJson(copy, ["--baseline", baseline]);
    expect(brief(report.findings.filter((f) => f.baselineState === "new"))).toEqual([`pi-to-log src/users.ts:${lineOf(users, "hello")}`]);
  });

  it("a baseline entry whose flow was removed is reported as stale, and does not fail the gate", async () => {
    const copy = miniProject("baseline-stale", { "src/sync.ts": "export const removed = true;\n" });
    const [{ code, report }, text] = await Promise.all([scanJson(copy, ["--baseline", baseline, "--fail-on", "note"]), runCli(["scan", copy, "--baseline", baseline])]);
    expect(code).toBe(0);
    expect(text.stdout).toMatch(/stale-baseline-entry/);
    const stale = report.diagnostics.filter((d) => d.code === "stale-baseline-entry");
    expect(stale.map((d) => d.severity)).toEqual(["note", "note"]);
    expect(stale.map((d) => d.message).join("\n")).toMatch(/missing-consent in src\/sync\.ts/);
    expect(stale.map((d) => d.message).join("\n")).toMatch(/unlisted-recipient in src\/sync\.ts/);
    expect(stale.every((d) => d.location?.file === "src/sync.ts")).toBe(true);
  });

  it("a --changed-since scan does not call entries of unchanged files stale", async () => {
    const copy = miniProject("baseline-changed");
    gitInit(copy);
    fs.appendFileSync(path.join(copy, "src/math.ts"), "export const two = 2;\n");
    const { report } = await scanJson(copy, ["--baseline", baseline, "--changed-since", "HEAD"]);
    expect(report.findings).toEqual([]);
    expect(report.diagnostics.filter((d) => d.code === "stale-baseline-entry").map((d) => d.message)).toEqual([]);
  });

  it("accepts a hand-written entry that says rule instead of ruleId", async () => {
    const data = JSON.parse(fs.readFileSync(baseline, "utf8")) as { findings: Array<Record<string, unknown>> };
    const edited = path.join(tempDir("baseline-edited"), "b.json");
    fs.writeFileSync(edited, JSON.stringify({ version: 1, findings: data.findings.map(({ ruleId, ...rest }) => ({ rule: ruleId, ...rest })) }));
    const { code, report } = await scanJson(dir, ["--baseline", edited, "--fail-on", "note"]);
    expect(code).toBe(0);
    expect(report.findings.every((f) => f.baselineState === "unchanged")).toBe(true);
  });

  it("an unreadable or malformed baseline is exit 2 with one line naming the file", async () => {
    const bad = path.join(tempDir("baseline-bad"), "broken.json");
    fs.writeFileSync(bad, '{ "findings": [ { "ruleId": "pi-to-log" } ] }');
    const notJson = path.join(path.dirname(bad), "not-json.json");
    fs.writeFileSync(notJson, "findings:\n  - nope\n");
    const missing = path.join(path.dirname(bad), "missing.json");
    for (const file of [bad, notJson, missing]) {
      const run = await runCli(["scan", dir, "--baseline", file]);
      expect(run.code, file).toBe(2);
      expect(run.stderr.trim().split("\n"), file).toHaveLength(1);
      expect(run.stderr, file).toContain(path.basename(file));
    }
  });
});
