// Helpers every reporter shares: deterministic ordering, counts, code frames.
// Pure: the only input besides the result is the `readFile` callback.

import {
  RULE_IDS,
  type Finding,
  type Location,
  type RuleId,
  type ScanDiagnostic,
  type Severity,
} from "../model/finding.js";
import { compareStrings } from "../model/order.js";

export const SEVERITIES: readonly Severity[] = ["error", "warning", "note"];

export { compareStrings };

export function compareLocations(a: Location, b: Location): number {
  return (
    compareStrings(a.file, b.file) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.endLine ?? a.line) - (b.endLine ?? b.line) ||
    (a.endColumn ?? a.column) - (b.endColumn ?? b.column)
  );
}

const RULE_ORDER = new Map<RuleId, number>(RULE_IDS.map((id, i) => [id, i]));

export function compareFindings(a: Finding, b: Finding): number {
  return (
    compareLocations(a.location, b.location) ||
    (RULE_ORDER.get(a.ruleId) ?? 99) - (RULE_ORDER.get(b.ruleId) ?? 99) ||
    compareStrings(a.fingerprint, b.fingerprint) ||
    compareStrings(a.message, b.message)
  );
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(compareFindings);
}

export function compareDiagnostics(a: ScanDiagnostic, b: ScanDiagnostic): number {
  if (a.location && b.location) {
    const byLoc = compareLocations(a.location, b.location);
    if (byLoc) return byLoc;
  } else if (a.location || b.location) {
    return a.location ? 1 : -1; // file-less diagnostics first
  }
  return compareStrings(a.code, b.code) || compareStrings(a.message, b.message);
}

export function sortDiagnostics(diagnostics: readonly ScanDiagnostic[]): ScanDiagnostic[] {
  return [...diagnostics].sort(compareDiagnostics);
}

/** Findings grouped by sink file, files in order, findings sorted inside. */
export function groupByFile(findings: readonly Finding[]): Array<[string, Finding[]]> {
  const groups = new Map<string, Finding[]>();
  for (const f of sortFindings(findings)) {
    const list = groups.get(f.location.file);
    if (list) list.push(f);
    else groups.set(f.location.file, [f]);
  }
  return [...groups];
}

export interface Counts {
  total: number;
  bySeverity: Record<Severity, number>;
  /** Rules that fired, in CONTRACT order. */
  byRule: Array<[RuleId, number]>;
  /** Recipients that findings name, most findings first. */
  byRecipient: Array<{ recipient: string; count: number; rules: RuleId[]; categories: string[] }>;
  files: number;
  baseline: { new: number; unchanged: number } | undefined;
}

export function countFindings(findings: readonly Finding[]): Counts {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, note: 0 };
  const byRule = new Map<RuleId, number>();
  const byRecipient = new Map<string, { count: number; rules: Set<RuleId>; categories: Set<string> }>();
  const files = new Set<string>();
  let baselineNew = 0;
  let baselineUnchanged = 0;
  let baselineSeen = false;
  for (const f of findings) {
    bySeverity[f.severity]++;
    byRule.set(f.ruleId, (byRule.get(f.ruleId) ?? 0) + 1);
    files.add(f.location.file);
    if (f.recipient !== undefined) {
      let r = byRecipient.get(f.recipient);
      if (!r) byRecipient.set(f.recipient, (r = { count: 0, rules: new Set(), categories: new Set() }));
      r.count++;
      r.rules.add(f.ruleId);
      for (const c of f.categories) r.categories.add(c);
    }
    if (f.baselineState) {
      baselineSeen = true;
      if (f.baselineState === "new") baselineNew++;
      else baselineUnchanged++;
    }
  }
  return {
    total: findings.length,
    bySeverity,
    byRule: RULE_IDS.filter((id) => byRule.has(id)).map((id) => [id, byRule.get(id) ?? 0]),
    byRecipient: [...byRecipient]
      .map(([recipient, r]) => ({
        recipient,
        count: r.count,
        rules: RULE_IDS.filter((id) => r.rules.has(id)),
        categories: [...r.categories].sort(compareStrings),
      }))
      .sort((a, b) => b.count - a.count || compareStrings(a.recipient, b.recipient)),
    files: files.size,
    baseline: baselineSeen ? { new: baselineNew, unchanged: baselineUnchanged } : undefined,
  };
}

export function plural(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** "2 errors, 1 warning" (only the non-zero ones; "no findings" when all are zero). */
export function severitySummary(counts: Counts): string {
  const parts = SEVERITIES.filter((s) => counts.bySeverity[s] > 0).map((s) => plural(counts.bySeverity[s], s));
  return parts.length ? parts.join(", ") : "no findings";
}

export function formatLocation(loc: Location): string {
  return `${loc.file}:${loc.line}`;
}

/** Sorted unique categories of all findings. */
export function uniqueSorted(values: Iterable<string>): string[] {
  return [...new Set(values)].sort(compareStrings);
}

// ---------------------------------------------------------------------------
// Code frames

export interface FrameLine {
  /** 1-based line number. */
  number: number;
  text: string;
  /** The sink line(s). */
  target: boolean;
}

export interface CodeFrame {
  lines: FrameLine[];
  /** Where to underline on the first target line: 0-based offsets into its (possibly truncated) text. */
  marker?: { start: number; end: number };
}

const MAX_FRAME_LINE = 160;

/**
 * The sink line with `context` lines either side, or undefined when the file
 * cannot be read or the line is out of range. Long (minified) lines are cut
 * around the column.
 */
export function codeFrame(
  readFile: ((relPath: string) => string | undefined) | undefined,
  loc: Location,
  context = 1,
): CodeFrame | undefined {
  if (!readFile) return undefined;
  let text: string | undefined;
  try {
    text = readFile(loc.file);
  } catch {
    return undefined;
  }
  if (text === undefined) return undefined;
  const all = text.split(/\r\n|\r|\n/);
  if (loc.line < 1 || loc.line > all.length) return undefined;
  const first = Math.max(1, loc.line - context);
  const last = Math.min(all.length, loc.line + context);
  const lines: FrameLine[] = [];
  let marker: CodeFrame["marker"];
  for (let n = first; n <= last; n++) {
    const raw = all[n - 1].replace(/\s+$/, "");
    if (n === loc.line) {
      const startCol = Math.max(0, loc.column - 1);
      const endCol =
        loc.endLine === undefined || loc.endLine === loc.line
          ? Math.max(startCol + 1, (loc.endColumn ?? raw.length + 1) - 1)
          : raw.length;
      const cut = clip(raw, startCol);
      const start = Math.min(Math.max(0, startCol - cut.offset), cut.text.length);
      const end = Math.min(Math.max(start + 1, endCol - cut.offset), cut.text.length);
      lines.push({ number: n, text: cut.text, target: true });
      if (start < cut.text.length) marker = { start, end: Math.max(end, start + 1) };
    } else {
      lines.push({ number: n, text: clip(raw, 0).text, target: false });
    }
  }
  return { lines, marker };
}

function clip(line: string, focus: number): { text: string; offset: number } {
  if (line.length <= MAX_FRAME_LINE) return { text: line, offset: 0 };
  if (focus < MAX_FRAME_LINE - 20) return { text: line.slice(0, MAX_FRAME_LINE - 1) + "…", offset: 0 };
  const offset = focus - 40;
  return { text: "…" + line.slice(offset, offset + MAX_FRAME_LINE - 2) + "…", offset: offset - 1 };
}

/** Terminal columns a string takes (East Asian wide characters take two). */
export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += ch === "\t" ? 1 : isWide(ch.codePointAt(0) ?? 0) ? 2 : 1;
  return w;
}

function isWide(cp: number): boolean {
  return (
    (cp >= 0x1100 && cp <= 0x115f) ||
    (cp >= 0x2e80 && cp <= 0xa4cf && cp !== 0x303f) ||
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0xf900 && cp <= 0xfaff) ||
    (cp >= 0xfe30 && cp <= 0xfe4f) ||
    (cp >= 0xff00 && cp <= 0xff60) ||
    (cp >= 0xffe0 && cp <= 0xffe6) ||
    (cp >= 0x1f300 && cp <= 0x1faff) ||
    (cp >= 0x20000 && cp <= 0x3fffd)
  );
}
