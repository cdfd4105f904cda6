// Human report for the terminal: findings grouped by file, each with its flow
// and a code frame of the sink line; a summary and the diagnostics at the end.

import type { Finding, ScanResult, Severity } from "../model/finding.js";
import {
  codeFrame,
  countFindings,
  displayWidth,
  formatLocation,
  groupByFile,
  plural,
  severitySummary,
  sortDiagnostics,
} from "./common.js";
import type { ReportOptions } from "./types.js";

type Style = (s: string) => string;

interface Palette {
  bold: Style;
  dim: Style;
  file: Style;
  severity: Record<Severity, Style>;
  marker: Style;
  ok: Style;
}

const sgr = (open: number, close: number): Style => (s) => `\u001b[${open}m${s}\u001b[${close}m`;
const plain: Style = (s) => s;

const COLOR: Palette = {
  bold: sgr(1, 22),
  dim: sgr(2, 22),
  file: (s) => sgr(1, 22)(sgr(4, 24)(s)),
  severity: { error: sgr(31, 39), warning: sgr(33, 39), note: sgr(36, 39) },
  marker: sgr(31, 39),
  ok: sgr(32, 39),
};
const NO_COLOR: Palette = {
  bold: plain,
  dim: plain,
  file: plain,
  severity: { error: plain, warning: plain, note: plain },
  marker: plain,
  ok: plain,
};

const INDENT = "    ";

export function renderText(result: ScanResult, options: ReportOptions): string {
  const p = options.color ? COLOR : NO_COLOR;
  const out: string[] = [];

  for (const [file, findings] of groupByFile(result.findings)) {
    out.push(p.file(oneLine(file)));
    for (const f of findings) out.push(...renderFinding(f, p, options), "");
  }

  const counts = countFindings(result.findings);
  if (counts.total === 0) {
    out.push(p.ok("✔ No findings."));
  } else {
    const sev = counts.bySeverity.error ? "error" : counts.bySeverity.warning ? "warning" : "note";
    out.push(
      p.severity[sev](
        p.bold(`✖ ${plural(counts.total, "finding")} (${severitySummary(counts)}) in ${plural(counts.files, "file")}`),
      ),
    );
    out.push(`  ${counts.byRule.map(([rule, n]) => `${rule} ${n}`).join(" · ")}`);
    if (counts.baseline) {
      out.push(`  baseline: ${counts.baseline.new} new, ${counts.baseline.unchanged} unchanged`);
    }
  }

  const diagnostics = sortDiagnostics(result.diagnostics);
  if (diagnostics.length) {
    out.push("", p.bold(`Diagnostics (${diagnostics.length})`));
    for (const d of diagnostics) {
      const where = d.location ? `${oneLine(d.location.file)}:${d.location.line}:${d.location.column}  ` : "";
      out.push(`  ${where}${p.severity[d.severity](d.severity)}  ${p.dim(d.code)}  ${oneLine(d.message)}`);
    }
  }

  out.push(
    "",
    p.dim(
      `pitrace ${options.toolVersion}: scanned ${plural(result.stats.files, "file")}, ${plural(result.stats.lines, "line")}.`,
    ),
  );
  return out.join("\n") + "\n";
}

function renderFinding(f: Finding, p: Palette, options: ReportOptions): string[] {
  const lines: string[] = [];
  const pos = `${f.location.line}:${f.location.column}`;
  lines.push(`  ${p.dim(pos)}  ${p.severity[f.severity](f.severity)}  ${p.bold(f.ruleId)}  ${oneLine(f.message)}`);

  const field = (name: string, value: string) => lines.push(`${INDENT}${p.dim(name.padEnd(12))}${value}`);
  field("categories", f.categories.join(", ") || "-");
  if (f.recipient !== undefined) field("recipient", oneLine(f.recipient));
  field("sink", `${oneLine(f.sink)} (${f.sinkKind})`);
  if (f.guards.length) {
    field("guards", f.guards.map((g) => g.name + (g.separate ? " (separate)" : "")).join(", "));
  }
  if (f.baselineState) field("baseline", f.baselineState);

  if (f.flow.length) {
    lines.push(`${INDENT}${p.dim("flow")}`);
    const width = String(f.flow.length).length;
    f.flow.forEach((step, i) => {
      const n = `${String(i + 1).padStart(width)}.`;
      lines.push(`${INDENT}  ${p.dim(n)} ${oneLine(formatLocation(step.location))}  ${oneLine(step.message)}`);
    });
  }

  const frame = codeFrame(options.readFile, f.location);
  if (frame) {
    lines.push("");
    const gutter = Math.max(...frame.lines.map((l) => String(l.number).length));
    for (const l of frame.lines) {
      const num = String(l.number).padStart(gutter);
      const lead = l.target ? p.marker(">") : " ";
      lines.push(`${INDENT}${lead} ${p.dim(`${num} |`)}${l.text ? " " + noControl(l.text) : ""}`);
      if (l.target && frame.marker) {
        const before = l.text.slice(0, frame.marker.start).replace(/[^\t]/g, (ch) => " ".repeat(displayWidth(ch)));
        const under = "^".repeat(Math.max(1, displayWidth(l.text.slice(frame.marker.start, frame.marker.end))));
        lines.push(`${INDENT}  ${p.dim(`${" ".repeat(gutter)} |`)} ${before}${p.marker(under)}`);
      }
    }
  }
  return lines;
}

function oneLine(s: string): string {
  return noControl(s.replace(/\s*[\r\n]+\s*/g, " "));
}

/** Control characters from scanned code must not reach the terminal (escape sequences). */
function noControl(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g, "\ufffd");
}
