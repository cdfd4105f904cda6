// Markdown report for a pull-request comment (GitHub-flavoured): a summary
// table by rule and by recipient, then each finding with its flow. Long
// lists fold into <details>; the comment stays under GitHub's size limit.

import type { Finding, ScanResult, Severity } from "../model/finding.js";
import { RULES } from "../rules/meta.js";
import { countFindings, groupByFile, plural, severitySummary, sortDiagnostics, type Counts } from "./common.js";
import type { ReportOptions } from "./types.js";

/** Flows longer than this fold into <details>. */
const FLOW_OPEN_MAX = 3;
/** Findings shown in full; the rest are listed one line each. */
const FULL_FINDINGS_MAX = 50;
/** GitHub rejects comments over 65,536 characters; full findings stop well before. */
const FULL_FINDINGS_CHARS = 45_000;
/** Recipients / diagnostics shown before folding. */
const LIST_OPEN_MAX = 10;

const ICON: Record<Severity, string> = { error: "🔴", warning: "🟠", note: "🔵" };

export function renderMarkdown(result: ScanResult, options: ReportOptions): string {
  const counts = countFindings(result.findings);
  const out: string[] = [];

  if (counts.total === 0) {
    out.push(
      `### pitrace: no findings`,
      "",
      `No personal-information flows break a rule in ${plural(result.stats.files, "scanned file")}.`,
    );
    out.push(...diagnosticsSection(result));
    out.push("", footer(options));
    return out.join("\n") + "\n";
  }

  out.push(`### pitrace: ${plural(counts.total, "finding")}`, "");
  out.push(
    `**${severitySummary(counts)}** in ${plural(counts.files, "file")}` +
      (counts.baseline ? ` · ${counts.baseline.new} new, ${counts.baseline.unchanged} unchanged since the baseline` : "") +
      ` · ${plural(result.stats.files, "file")} scanned`,
  );
  out.push("", ...ruleTable(result, counts));
  if (counts.byRecipient.length) out.push("", ...recipientTable(counts));

  out.push("", "#### Findings");
  let shown = 0;
  let chars = 0;
  const rest: Finding[] = [];
  for (const [, findings] of groupByFile(result.findings)) {
    for (const f of findings) {
      const block = findingBlock(f);
      const size = block.reduce((n, l) => n + l.length + 1, 1);
      if (!rest.length && shown < FULL_FINDINGS_MAX && chars + size <= FULL_FINDINGS_CHARS) {
        out.push("", ...block);
        shown++;
        chars += size;
      } else {
        rest.push(f);
      }
    }
  }
  if (rest.length) {
    out.push("", `<details><summary>${plural(rest.length, "more finding")}</summary>`, "");
    for (const f of rest) {
      out.push(`- ${ICON[f.severity]} ${f.severity} **${f.ruleId}** ${code(`${f.location.file}:${f.location.line}`)}`);
    }
    out.push("", "</details>");
  }

  out.push(...diagnosticsSection(result));
  out.push("", footer(options));
  return out.join("\n") + "\n";
}

function ruleTable(result: ScanResult, counts: Counts): string[] {
  const rows = ["| Rule | Findings | Severity |", "| --- | ---: | --- |"];
  for (const [rule, n] of counts.byRule) {
    const bySeverity = countFindings(result.findings.filter((f) => f.ruleId === rule));
    rows.push(`| [${rule}](${RULES[rule].helpUri}) | ${n} | ${severitySummary(bySeverity)} |`);
  }
  return rows;
}

function recipientTable(counts: Counts): string[] {
  const rows = ["| Recipient | Findings | Rules | Categories |", "| --- | ---: | --- | --- |"];
  const line = (r: Counts["byRecipient"][number]) =>
    `| ${code(r.recipient, true)} | ${r.count} | ${r.rules.join(", ")} | ${r.categories.map((c) => code(c, true)).join(", ")} |`;
  if (counts.byRecipient.length <= LIST_OPEN_MAX) return [...rows, ...counts.byRecipient.map(line)];
  return [
    `<details><summary>${plural(counts.byRecipient.length, "recipient")}</summary>`,
    "",
    ...rows,
    ...counts.byRecipient.map(line),
    "",
    "</details>",
  ];
}

function findingBlock(f: Finding): string[] {
  const meta = RULES[f.ruleId];
  const lines: string[] = [];
  const baseline = f.baselineState ? ` · _${f.baselineState}_` : "";
  lines.push(
    `${ICON[f.severity]} **${f.severity}** · [${f.ruleId}](${meta.helpUri}) · ${code(`${f.location.file}:${f.location.line}`)}${baseline}`,
  );
  lines.push("", `> ${prose(f.message)}`);
  const facts = [`categories: ${f.categories.map((c) => code(c)).join(", ") || "none"}`];
  if (f.recipient !== undefined) facts.push(`recipient: ${code(f.recipient)}`);
  if (f.guards.length) facts.push(`guards: ${f.guards.map((g) => code(g.name)).join(", ")}`);
  lines.push("", facts.join(" · "));
  if (f.flow.length) {
    const steps = f.flow.map(
      (s, i) => `${i + 1}. ${code(`${s.location.file}:${s.location.line}`)} ${prose(s.message)}`,
    );
    if (f.flow.length <= FLOW_OPEN_MAX) {
      lines.push("", ...steps);
    } else {
      lines.push("", `<details><summary>Flow (${f.flow.length} steps)</summary>`, "", ...steps, "", "</details>");
    }
  }
  return lines;
}

function diagnosticsSection(result: ScanResult): string[] {
  const diagnostics = sortDiagnostics(result.diagnostics);
  if (!diagnostics.length) return [];
  const items = diagnostics.map((d) => {
    const where = d.location ? `${code(`${d.location.file}:${d.location.line}`)} ` : "";
    return `- ${d.severity} ${code(d.code)} ${where}${prose(d.message)}`;
  });
  return ["", `<details><summary>${plural(diagnostics.length, "diagnostic")}</summary>`, "", ...items, "", "</details>"];
}

function footer(options: ReportOptions): string {
  return `<sub>pitrace ${text(options.toolVersion)} · [rules](https://github.com/pitrace/pitrace/tree/main/docs/rules)</sub>`;
}

/** Inline code that survives backticks and HTML in the value; in a table cell, pipes too. */
function code(s: string, inTable = false): string {
  const oneLine = s.replace(/\r?\n/g, " ");
  const value = inTable ? oneLine.replace(/\|/g, "\\|") : oneLine;
  const longest = Math.max(0, ...(value.match(/`+/g) ?? []).map((m) => m.length));
  const fence = "`".repeat(longest + 1);
  const pad = value.startsWith("`") || value.endsWith("`") ? " " : "";
  return `${fence}${pad}${value}${pad}${fence}`;
}

/** Text where `backticked` spans (as the engine writes names) become inline code; the rest is plain. */
function prose(s: string): string {
  return s
    .split(/`([^`\r\n]+)`/)
    .map((part, i) => (i % 2 ? code(part) : text(part)))
    .join("");
}

/** Plain text: no markup, no HTML, one line. */
function text(s: string): string {
  return s
    .replace(/\s*\r?\n\s*/g, " ")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/([\\`*_[\]#|~])/g, "\\$1")
    .replace(/@(?=[A-Za-z0-9])/g, "&#64;"); // no accidental @-mentions of users or teams
}
