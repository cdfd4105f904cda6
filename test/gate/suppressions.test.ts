// `// pitrace-ignore RULE[, RULE…]: reason` (CONTRACT §2): on the sink line or
// the line above it silences those rules there; without a reason it does not
// count and is reported; one that silences nothing is reported as a note.

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { brief, cleanupTemps, ensureBuilt, lineOf, MINI, miniProject, scanJson, type JsonReport } from "./helpers.js";

beforeAll(ensureBuilt);
afterAll(cleanupTemps);

const CASES = `import axios from 'axios';
import { logger } from './log.js';
import type { User } from './types.js';

export function sameLine(user: User): void {
  logger.info(\`A \${user.email}\`); // pitrace-ignore pi-to-log: support needs the address
}

export function lineAbove(user: User): void {
  // pitrace-ignore pi-to-log: audited by the privacy team
  logger.info(\`B \${user.email}\`);
}

export async function oneRuleOnly(user: User): Promise<void> {
  // pitrace-ignore missing-consent: consent is collected at sign-up
  await axios.post('https://crm.example.com/c', { phone: user.phone });
}

export async function commaList(user: User): Promise<void> {
  // pitrace-ignore missing-consent, unlisted-recipient: CRM contract PRIV-7
  await axios.post('https://crm.example.com/d', { phone: user.phone });
}

export function trailingText(user: User): void {
  logger.info(\`E \${user.email}\`); // pitrace-ignore pi-to-log: ticket PRIV-12 -- expires 2026-01 (see https://wiki.example.com/x)
}

export function noReason(user: User): void {
  logger.info(\`F \${user.email}\`); // pitrace-ignore pi-to-log
}

export function emptyReason(user: User): void {
  // pitrace-ignore pi-to-log:
  logger.info(\`G \${user.email}\`);
}

export function wrongRule(user: User): void {
  logger.info(\`H \${user.email}\`); // pitrace-ignore missing-consent: not a third party anyway
}

export function twoLinesAbove(user: User): void {
  // pitrace-ignore pi-to-log: too far away to count

  logger.info(\`I \${user.email}\`);
}

export function nextLine(user: User): void {
  logger.info(\`J \${user.id}\`); // pitrace-ignore pi-to-log: the id is not secret
  logger.info(\`K \${user.phone}\`);
}

export function unused(): void {
  // pitrace-ignore pi-to-log: nothing personal is logged here
  logger.info('nothing personal');
}
`;

const at = (needle: string) => lineOf(CASES, needle);

describe("pitrace-ignore", () => {
  let report: JsonReport;

  beforeAll(async () => {
    const dir = miniProject("suppress", { "src/cases.ts": CASES, "src/users.ts": "export {};\n", "src/sync.ts": "export {};\n" });
    report = (await scanJson(dir)).report;
  });

  const findingsAt = (needle: string) => brief(report.findings.filter((f) => f.location.line === at(needle)));
  const diagnosticsAt = (line: number) => report.diagnostics.filter((d) => d.location?.file === "src/cases.ts" && d.location.line === line);

  it("on the sink line or the line above silences that rule", () => {
    expect(findingsAt("`A ")).toEqual([]);
    expect(findingsAt("`B ")).toEqual([]);
  });

  it("silences only the rules it names", () => {
    expect(findingsAt("crm.example.com/c")).toEqual([`unlisted-recipient src/cases.ts:${at("crm.example.com/c")}`]);
    expect(findingsAt("`H ")).toEqual([`pi-to-log src/cases.ts:${at("`H ")}`]);
  });

  it("takes a comma list of rules", () => {
    expect(findingsAt("crm.example.com/d")).toEqual([]);
  });

  it("allows any text after the reason", () => {
    expect(findingsAt("`E ")).toEqual([]);
  });

  it("without a reason does not count, and a diagnostic says so", () => {
    for (const [needle, commentLine] of [
      ["`F ", at("`F ")],
      ["`G ", at("`G ") - 1],
    ] as const) {
      expect(findingsAt(needle), needle).toEqual([`pi-to-log src/cases.ts:${at(needle)}`]);
      const diags = diagnosticsAt(commentLine);
      expect(diags.map((d) => d.code), needle).toEqual(["suppression-without-reason"]);
      expect(diags[0].severity).not.toBe("note");
      expect(diags[0].message).toMatch(/reason/);
      expect(diags[0].message).toMatch(/pi-to-log/);
    }
  });

  it("a trailing suppression belongs to its own line, not to the sink on the next line", () => {
    expect(findingsAt("`J ")).toEqual([]);
    expect(findingsAt("`K ")).toEqual([`pi-to-log src/cases.ts:${at("`K ")}`]);
  });

  it("two lines above the sink does not count", () => {
    expect(findingsAt("`I ")).toEqual([`pi-to-log src/cases.ts:${at("`I ")}`]);
  });

  it("one that silences nothing is reported as a note", () => {
    const unusedLines = report.diagnostics
      .filter((d) => d.code === "unused-suppression")
      .map((d) => {
        expect(d.severity).toBe("note");
        expect(d.location?.file).toBe("src/cases.ts");
        return d.location?.line;
      })
      .sort((a, b) => (a ?? 0) - (b ?? 0));
    // wrong rule, too far away, a trailing comment on a line with no PI (it does not reach the next line), nothing to silence
    expect(unusedLines).toEqual([at("`H "), at("too far away"), at("`J "), at("nothing personal is logged")].sort((a, b) => a - b));
  });

  it("used suppressions raise no diagnostic", () => {
    for (const needle of ["`A ", "support needs", "audited by", "consent is collected", "CRM contract", "`E "]) expect(diagnosticsAt(at(needle)), needle).toEqual([]);
  });

  it("a fully suppressed project passes the strictest gate with no diagnostics", async () => {
    const dir = miniProject("suppress-all", {
      "src/users.ts": MINI["src/users.ts"].replace("  logger.info(", "  // pitrace-ignore pi-to-log: the address is the login name here\n  logger.info("),
      "src/sync.ts": MINI["src/sync.ts"].replace(
        "  await axios.post(",
        "  // pitrace-ignore missing-consent, unlisted-recipient: CRM contract PRIV-7\n  await axios.post(",
      ),
    });
    const { code, report: r } = await scanJson(dir, ["--fail-on", "note"]);
    expect(r.findings).toEqual([]);
    expect(r.diagnostics).toEqual([]);
    expect(code).toBe(0);
  });
});
