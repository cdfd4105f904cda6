// Machine report (CONTRACT §5): the scan result as it is, versioned. The
// absolute `root` is left out so the output does not depend on the machine.

import type { ScanResult } from "../model/finding.js";
import { jsonParts } from "./json-parts.js";
import type { ReportOptions } from "./types.js";

export interface JsonReport {
  version: 1;
  findings: ScanResult["findings"];
  sources: ScanResult["sources"];
  recipients: ScanResult["recipients"];
  diagnostics: ScanResult["diagnostics"];
  stats: ScanResult["stats"];
}

export function renderJson(result: ScanResult, options: ReportOptions): string {
  return [...renderJsonParts(result, options)].join("");
}

/** The same text in parts (see json-parts.ts), for writing a large report without holding it whole. */
export function* renderJsonParts(result: ScanResult, _options: ReportOptions): Generator<string> {
  const report: JsonReport = {
    version: 1,
    findings: result.findings,
    sources: result.sources,
    recipients: result.recipients,
    diagnostics: result.diagnostics,
    stats: result.stats,
  };
  // Split down to each finding, source, recipient and diagnostic (each is stringified whole).
  yield* jsonParts(report, 2);
  yield "\n";
}
