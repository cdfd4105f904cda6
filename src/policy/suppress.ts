// `// pitrace-ignore RULE[, RULE…]: reason` on the sink line or the line above.
// A suppression without a reason does not count and is reported; one that
// silences nothing is reported as a note.
import type { Finding, RuleId, ScanDiagnostic } from "../model/finding.js";
import { RULE_IDS } from "../model/finding.js";

interface Suppression {
  file: string;
  line: number;
  rules: string[];
  reason: string;
  used: boolean;
  /** The comment is alone on its line: it may also cover the line below. A trailing comment covers only its own line. */
  standalone: boolean;
}

const PATTERN = /\/\/\s*pitrace-ignore\b([^\n]*)/;

export function parseSuppressions(file: string, text: string): { list: Suppression[]; diagnostics: ScanDiagnostic[] } {
  const list: Suppression[] = [];
  const diagnostics: ScanDiagnostic[] = [];
  const lines = text.split(/\r\n|\r|\n/);
  lines.forEach((lineText, i) => {
    const m = PATTERN.exec(lineText);
    if (!m) return;
    const rest = m[1];
    const colon = rest.indexOf(":");
    const rulePart = (colon >= 0 ? rest.slice(0, colon) : rest).trim();
    const reason = colon >= 0 ? rest.slice(colon + 1).trim() : "";
    const rules = rulePart.split(/[\s,]+/).filter(Boolean);
    const location = { file, line: i + 1, column: m.index + 1 };
    const unknown = rules.filter((r) => !(RULE_IDS as readonly string[]).includes(r));
    if (rules.length === 0 || unknown.length) {
      diagnostics.push({ severity: "warning", code: "suppression-without-reason", message: rules.length ? `pitrace-ignore names unknown rule(s) ${unknown.join(", ")}` : "pitrace-ignore names no rule; write `// pitrace-ignore RULE: reason`", location });
      return;
    }
    if (!reason) {
      diagnostics.push({ severity: "warning", code: "suppression-without-reason", message: `pitrace-ignore ${rules.join(", ")} has no reason, so it does not count; write \`// pitrace-ignore ${rules.join(", ")}: why this is acceptable\``, location });
      return;
    }
    list.push({ file, line: i + 1, rules, reason, used: false, standalone: lineText.slice(0, m.index).trim() === "" });
  });
  return { list, diagnostics };
}

/** Drops suppressed findings; reports suppressions that silenced nothing. */
export function applySuppressions(findings: Finding[], suppressions: Suppression[]): { kept: Finding[]; diagnostics: ScanDiagnostic[] } {
  const byFileLine = new Map<string, Suppression[]>();
  for (const s of suppressions) {
    const k = `${s.file}:${s.line}`;
    byFileLine.set(k, [...(byFileLine.get(k) ?? []), s]);
  }
  const kept = findings.filter((f) => {
    for (const line of [f.location.line, f.location.line - 1]) {
      const s = byFileLine.get(`${f.location.file}:${line}`)?.find((x) => x.rules.includes(f.ruleId as RuleId) && (line === f.location.line || x.standalone));
      if (s) {
        s.used = true;
        return false;
      }
    }
    return true;
  });
  const diagnostics: ScanDiagnostic[] = suppressions
    .filter((s) => !s.used)
    .map((s) => ({ severity: "note", code: "unused-suppression", message: `pitrace-ignore ${s.rules.join(", ")} silences nothing here`, location: { file: s.file, line: s.line, column: 1 } }));
  return { kept, diagnostics };
}
