// The results of the groups of a split scan, put together as one scan over
// all of them would have reported them. Groups own disjoint files, and every
// per-file order the engine and the policies produce is kept (stable sorts),
// so the merged report is the one-engine report.
import type { RecipientRecord, ScanDiagnostic, ScanResult, ScanTimings } from "../model/finding.js";
import { compareStrings } from "../model/order.js";
import { compareFindings, normaliseCategories } from "../policy/evaluate.js";
import { orderDiagnostics, orderSources } from "../scan.js";

export function mergeResults(root: string, parts: readonly ScanResult[], extraDiagnostics: readonly ScanDiagnostic[], timings: Pick<ScanTimings, "load" | "total">): ScanResult {
  const sum = (pick: (t: ScanTimings) => number) => parts.reduce((n, p) => n + pick(p.stats.timings), 0);
  return {
    version: 1,
    root,
    findings: parts.flatMap((p) => p.findings).sort(compareFindings),
    sources: orderSources(parts.flatMap((p) => p.sources)),
    recipients: mergeRecipients(parts.flatMap((p) => p.recipients)),
    diagnostics: orderDiagnostics([...extraDiagnostics, ...parts.flatMap((p) => p.diagnostics)]),
    stats: {
      files: parts.reduce((n, p) => n + p.stats.files, 0),
      lines: parts.reduce((n, p) => n + p.stats.lines, 0),
      // Each phase summed over the groups (they may have run at the same time); total is the wall time.
      timings: {
        load: Math.round(timings.load),
        parse: sum((t) => t.parse),
        index: sum((t) => t.index),
        flows: sum((t) => t.flows),
        policies: sum((t) => t.policies),
        total: Math.round(timings.total),
      },
    },
  };
}

/** One record per recipient: categories joined, sinks in file order (as one scan lists them). */
function mergeRecipients(all: readonly RecipientRecord[]): RecipientRecord[] {
  const by = new Map<string, RecipientRecord>();
  for (const r of all) {
    const prev = by.get(r.id);
    if (!prev) {
      by.set(r.id, { ...r, categories: [...r.categories], sinks: [...r.sinks] });
      continue;
    }
    prev.categories = normaliseCategories([...prev.categories, ...r.categories]);
    prev.sinks.push(...r.sinks);
  }
  for (const r of by.values()) r.sinks.sort((a, b) => compareStrings(a.file, b.file) || a.line - b.line || a.column - b.column);
  return [...by.values()].sort((a, b) => compareStrings(a.id, b.id));
}
