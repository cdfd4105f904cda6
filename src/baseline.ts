// Baselines: a readable JSON file of known findings (rule, file, fingerprint,
// a note) so a legacy repository can turn the gate on today.
import fs from "node:fs";
import type { Finding, ScanDiagnostic, ScanResult } from "./model/finding.js";
import { PitraceInputError } from "./model/errors.js";

export interface BaselineEntry {
  ruleId: string;
  file: string;
  fingerprint: string;
  /** Human note: the line and message when it was written. */
  note?: string;
}
export interface BaselineFile {
  version: 1;
  tool: "pitrace";
  findings: BaselineEntry[];
}

export function readBaseline(file: string): BaselineFile {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    throw new PitraceInputError(`cannot read baseline: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file });
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (e) {
    // V8 quotes the offending text, newlines and all: keep the message on one line.
    throw new PitraceInputError(`baseline is not valid JSON: ${(e as Error).message.replace(/\s+/g, " ")}`, { file });
  }
  const d = data as { findings?: unknown };
  // `rule` is accepted for `ruleId`: a hand-edited baseline should not break the gate.
  const entries = Array.isArray(d?.findings) ? (d.findings as Array<Partial<BaselineEntry> & { rule?: unknown }>) : undefined;
  const bad = entries?.findIndex((x) => !x || typeof x !== "object" || typeof x.fingerprint !== "string" || typeof (x.ruleId ?? x.rule) !== "string");
  if (!entries || bad === undefined || bad >= 0)
    throw new PitraceInputError(`baseline must be { "version": 1, "findings": [{ "ruleId", "file", "fingerprint", "note" }] }${entries && bad !== undefined && bad >= 0 ? `; findings[${bad}] has no ruleId or fingerprint` : ""}`, { file });
  return {
    version: 1,
    tool: "pitrace",
    findings: entries.map((x) => ({ ruleId: String(x.ruleId ?? x.rule), file: typeof x.file === "string" ? x.file : "", fingerprint: String(x.fingerprint), ...(typeof x.note === "string" ? { note: x.note } : {}) })),
  };
}

export function baselineOf(findings: readonly Finding[]): BaselineFile {
  return {
    version: 1,
    tool: "pitrace",
    findings: findings.map((f) => ({ ruleId: f.ruleId, file: f.location.file, fingerprint: f.fingerprint, note: `line ${f.location.line}: ${f.categories.join(", ")}${f.recipient ? ` → ${f.recipient}` : ""}` })),
  };
}

export function writeBaseline(file: string, findings: readonly Finding[]): void {
  try {
    fs.writeFileSync(file, `${JSON.stringify(baselineOf(findings), null, 2)}\n`);
  } catch (e) {
    throw new PitraceInputError(`cannot write baseline: ${(e as NodeJS.ErrnoException).code ?? String(e)}`, { file });
  }
}

export interface ApplyBaselineOptions {
  /**
   * Whether the scan saw every finding of this file, so that a baseline entry
   * for it that matches nothing is stale. A partial scan (`--changed-since`)
   * keeps only the findings that touch changed files: entries for the other
   * files are not stale, just out of view. Default: every file is covered.
   */
  covers?: (file: string) => boolean;
}

/** Marks findings new or unchanged; reports baseline entries that no longer match anything. */
export function applyBaseline(result: ScanResult, baseline: BaselineFile, options: ApplyBaselineOptions = {}): ScanResult {
  const known = new Set(baseline.findings.map((b) => `${b.ruleId}|${b.fingerprint}`));
  const present = new Set<string>();
  const findings = result.findings.map((f) => {
    const key = `${f.ruleId}|${f.fingerprint}`;
    present.add(key);
    return { ...f, baselineState: known.has(key) ? ("unchanged" as const) : ("new" as const) };
  });
  const covers = options.covers ?? (() => true);
  const stale: ScanDiagnostic[] = baseline.findings
    .filter((b) => !present.has(`${b.ruleId}|${b.fingerprint}`) && covers(b.file))
    .map((b) => ({ severity: "note", code: "stale-baseline-entry", message: `baseline entry ${b.ruleId} in ${b.file || "(no file)"} (${b.note ?? b.fingerprint}) matches no finding any more; remove it`, ...(b.file ? { location: { file: b.file, line: 1, column: 1 } } : {}) }));
  return { ...result, findings, diagnostics: [...result.diagnostics, ...stale] };
}
