// SARIF written by the command line (`--format sarif --output f`), the file a
// CI job uploads to GitHub code scanning (CONTRACT §5). The reporter's own
// tests cover canned results and scan(); these take the CLI path end to end.

import fs from "node:fs";
import path from "node:path";
import type * as Sarif from "sarif";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { validateSarif } from "../helpers/sarif-validate.js";
import { CORPUS, DEMO_SHOP, cleanupTemps, copyProject, ensureBuilt, miniProject, runCli, scanJson, tempDir, type JsonReport } from "./helpers.js";

const RULE_IDS = ["pi-to-log", "missing-consent", "missing-separate-consent", "unlisted-recipient", "pi-in-client-storage", "cross-border-transfer"];
const THIRD_PARTY_KINDS = new Set(["http", "sdk"]);

interface Scanned {
  name: string;
  root: string;
  sarifFile: string;
  json: JsonReport;
}

const scanned: Scanned[] = [];

async function sarifScan(name: string, root: string, extra: string[] = []): Promise<Scanned> {
  const out = path.join(tempDir("sarif-out"), `${name}.sarif`);
  const run = await runCli(["scan", root, "--format", "sarif", "--output", out, "--fail-on", "none", ...extra]);
  expect(run.code, run.stderr).toBe(0);
  expect(run.stdout).toBe(""); // the report went to the file
  const { report } = await scanJson(root, extra);
  return { name, root, sarifFile: out, json: report };
}

function sarifOf(s: Scanned): Sarif.Log {
  return JSON.parse(fs.readFileSync(s.sarifFile, "utf8")) as Sarif.Log;
}

beforeAll(async () => {
  ensureBuilt();
  const demo = copyProject(DEMO_SHOP, "sarif-demo");
  const corpusApp = copyProject(path.join(CORPUS, "express-shop"), "sarif-corpus");
  scanned.push(...(await Promise.all([sarifScan("demo-shop", demo), sarifScan("express-shop", corpusApp)])));
  // A scan with baseline states and tool notifications (unused suppression, stale baseline entry).
  const mini = miniProject("sarif-mini");
  const baseline = path.join(tempDir("sarif-baseline"), "baseline.json");
  expect((await runCli(["scan", mini, "--write-baseline", baseline, "--fail-on", "none"])).code).toBe(0);
  fs.appendFileSync(path.join(mini, "src/math.ts"), "// pitrace-ignore pi-to-log: nothing to silence here\nexport const one = 1;\n");
  fs.writeFileSync(path.join(mini, "src/sync.ts"), "export const removed = true;\n");
  fs.appendFileSync(
    path.join(mini, "src/users.ts"),
    "\nexport function farewell(user: User): void {\n  logger.warn(`bye ${user.fullName}`);\n}\n",
  );
  scanned.push(await sarifScan("mini-baselined", mini, ["--baseline", baseline]));
});

afterAll(cleanupTemps);

describe("SARIF from a CLI scan", () => {
  it("passes the SARIF 2.1.0 schema and the Multitool (Sarif;Gh) with no errors", async () => {
    const checks = await Promise.all(scanned.map(async (s) => ({ name: s.name, ...(await validateSarif(fs.readFileSync(s.sarifFile, "utf8"))) })));
    for (const c of checks) expect(c, c.name).toEqual({ name: c.name, schemaErrors: [], multitoolErrors: [] });
  }, 150_000);

  it("has one run by pitrace that lists every rule", () => {
    for (const s of scanned) {
      const log = sarifOf(s);
      expect(log.version).toBe("2.1.0");
      expect(log.runs).toHaveLength(1);
      expect(log.runs[0].tool.driver.name).toBe("pitrace");
      expect((log.runs[0].tool.driver.rules ?? []).map((r) => r.id).sort()).toEqual([...RULE_IDS].sort());
    }
  });

  it("reports the same findings as the JSON report of the same scan", () => {
    for (const s of scanned) {
      const results = sarifOf(s).runs[0].results ?? [];
      expect(results.length, s.name).toBeGreaterThan(0);
      const fromSarif = results.map((r) => `${r.ruleId} ${r.locations?.[0]?.physicalLocation?.artifactLocation?.uri}:${r.locations?.[0]?.physicalLocation?.region?.startLine} ${r.partialFingerprints?.["pitrace/v1"]}`);
      const fromJson = s.json.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line} ${f.fingerprint}`);
      expect(fromSarif.sort(), s.name).toEqual(fromJson.sort());
    }
  });

  it("gives every result its rule, level, message, sink location, flow, fingerprint and properties", () => {
    for (const s of scanned) {
      const run = sarifOf(s).runs[0];
      const byFingerprint = new Map(s.json.findings.map((f) => [`${f.ruleId}|${f.fingerprint}`, f]));
      for (const r of run.results ?? []) {
        const where = `${s.name}: ${JSON.stringify(r.locations?.[0])}`;
        expect(RULE_IDS, where).toContain(r.ruleId);
        expect(["error", "warning", "note"], where).toContain(r.level);
        expect(r.message.text, where).toMatch(/\S.{20,}/);

        const loc = r.locations?.[0]?.physicalLocation;
        const uri = loc?.artifactLocation?.uri ?? "";
        expect(uri, where).not.toMatch(/^[a-z]+:|^\/|\\/i); // relative, "/" separators
        const text = fs.readFileSync(path.join(s.root, decodeURIComponent(uri)), "utf8").split(/\r?\n/);
        const startLine = loc?.region?.startLine ?? 0;
        const startColumn = loc?.region?.startColumn ?? 1;
        const finding = byFingerprint.get(`${r.ruleId}|${r.partialFingerprints?.["pitrace/v1"]}`);
        expect(finding, where).toBeDefined();
        expect(startLine, where).toBe(finding?.location.line);
        // The region starts where the sink call expression starts (an identifier, `new`, `this`, …).
        expect(text[startLine - 1].slice(startColumn - 1), where).toMatch(/^[A-Za-z_$]/);

        const steps = r.codeFlows?.[0]?.threadFlows?.[0]?.locations ?? [];
        expect(steps.length, where).toBeGreaterThan(0);
        for (const step of steps) {
          expect(step.location?.physicalLocation?.artifactLocation?.uri, where).toMatch(/^[^/\\:][^\\:]*$/);
          expect(step.location?.physicalLocation?.region?.startLine, where).toBeGreaterThan(0);
          expect(step.location?.message?.text, where).toBeTruthy();
        }
        expect(steps[steps.length - 1].location?.physicalLocation?.region?.startLine, where).toBe(startLine);

        expect(r.partialFingerprints?.["pitrace/v1"], where).toMatch(/^[0-9a-f]{16,}$/);
        const props = r.properties ?? {};
        expect(Array.isArray(props.categories) && props.categories.length > 0, where).toBe(true);
        expect(["log", "http", "sdk", "storage"], where).toContain(props.sinkKind);
        if (THIRD_PARTY_KINDS.has(props.sinkKind as string)) expect(typeof props.recipient === "string" && props.recipient.length > 0, where).toBe(true);
        else expect(props.recipient, where).toBeUndefined();
      }
    }
  });

  it("covers logs, SDKs and HTTP, and third-party recipients by package and host", () => {
    const results = scanned.flatMap((s) => sarifOf(s).runs[0].results ?? []);
    const kinds = new Set(results.map((r) => r.properties?.sinkKind));
    expect([...kinds].sort()).toEqual(expect.arrayContaining(["http", "log", "sdk"]));
    const recipients = new Set(results.map((r) => r.properties?.recipient).filter(Boolean));
    expect(recipients).toContain("mixpanel");
    expect(recipients).toContain("hooks.partner-crm.com");
  });

  it("marks baseline states and carries diagnostics as tool notifications", () => {
    const mini = scanned.find((s) => s.name === "mini-baselined");
    if (!mini) throw new Error("mini scan missing");
    const run = sarifOf(mini).runs[0];
    const states = (run.results ?? []).map((r) => `${r.ruleId}:${r.locations?.[0]?.physicalLocation?.region?.startLine}:${r.baselineState}`).sort();
    expect(states).toEqual(["pi-to-log:5:unchanged", "pi-to-log:9:new"]);
    const notes = (run.invocations?.[0]?.toolExecutionNotifications ?? []).map((n) => n.descriptor?.id).sort();
    expect(notes).toEqual(["stale-baseline-entry", "stale-baseline-entry", "unused-suppression"]);
  });
});
