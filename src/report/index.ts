// Reporters, chosen by format. Each is a pure function of the scan result
// and the options: no I/O except through `options.readFile`, no printing.

import type { ScanResult } from "../model/finding.js";
import { renderHtml } from "./html.js";
import { renderJson, renderJsonParts } from "./json.js";
import { renderMarkdown } from "./markdown.js";
import { renderSarif, renderSarifParts } from "./sarif.js";
import { renderText } from "./text.js";
import type { ReportFormat, ReportOptions, Reporter } from "./types.js";

export type { ReportFormat, ReportOptions, Reporter } from "./types.js";

const REPORTERS: Record<ReportFormat, Reporter> = {
  text: renderText,
  json: renderJson,
  sarif: renderSarif,
  markdown: renderMarkdown,
  html: renderHtml,
};

export const REPORT_FORMATS: ReportFormat[] = ["text", "json", "sarif", "markdown", "html"];

export function isReportFormat(value: string): value is ReportFormat {
  return Object.prototype.hasOwnProperty.call(REPORTERS, value);
}

export function renderReport(format: ReportFormat, result: ScanResult, options: ReportOptions): string {
  const reporter = REPORTERS[format];
  if (!reporter) throw new Error(`Unknown report format "${String(format)}"; expected one of ${REPORT_FORMATS.join(", ")}.`);
  return reporter(result, options);
}

/**
 * The report in parts whose concatenation is `renderReport`'s text: the JSON formats are produced piece
 * by piece (a large report is then never one string), the others whole.
 */
export function renderReportParts(format: ReportFormat, result: ScanResult, options: ReportOptions): Iterable<string> {
  if (format === "json") return renderJsonParts(result, options);
  if (format === "sarif") return renderSarifParts(result, options);
  return [renderReport(format, result, options)];
}

