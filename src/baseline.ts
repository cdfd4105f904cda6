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
    throw new PitraceInputError(`baseline is not valid JSON: ${(e as Error).message}`, { file });
  }
  const d = data as Partial<BaselineFile>;
  if (!d || typeof d !== "object" || !Array.isArray(d.findings) || d.findings.some((x) => !x || typeof x.fingerprint !== "string" || typeof x.ruleId !== "string"))
    throw new PitraceInputError("baseline must be { version: 1, findings: [{ ruleId, file, fingerprint }] }", { file });
  return { version: 1, tool: "pitrace", findings: d.findings as BaselineEntry[] };
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

/** Marks findings new or unchanged; reports baseline entries that no longer match anything. */
export function applyBaseline(result: ScanResult, baseline: BaselineFile): ScanResult {
  const known = new Set(baseline.findings.map((b) => `${b.ruleId}|${b.fingerprint}`));
  const present = new Set<string>();
  const findings = result.findings.map((f) => {
    const key = `${f.ruleId}|${f.fingerprint}`;
    present.add(key);
    return { ...f, baselineState: known.has(key) ? ("unchanged" as const) : ("new" as const) };
  });
  const stale: ScanDiagnostic[] = baseline.findings
    .filter((b) => !present.has(`${b.ruleId}|${b.fingerprint}`))
    .map((b) => ({ severity: "note", code: "stale-baseline-entry", message: `baseline entry ${b.ruleId} in ${b.file} (${b.note ?? b.fingerprint}) matches no finding any more; remove it`, location: { file: b.file, line: 1, column: 1 } }));
  return { ...result, findings, diagnostics: [...result.diagnostics, ...stale] };
}
