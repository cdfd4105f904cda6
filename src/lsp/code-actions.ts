// Quick fixes where the fix is mechanical: a suppression comment to fill in,
// or wrapping the PI-carrying expression in the first configured sanitizer.
import { CodeActionKind, type CodeAction, type Diagnostic, type TextEdit } from "vscode-languageserver/node.js";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Finding } from "../model/finding.js";
import { accessChainAt, eolOf, lineAt, rangeOf } from "./text.js";

const IGNORE_LINE = /^(\s*\/\/\s*pitrace-ignore\s+)([^:]*?)(\s*:.*)?$/;

/** `// pitrace-ignore RULE: ` above the sink, or RULE added to an ignore comment already there. */
export function ignoreAction(doc: TextDocument, diagnostic: Diagnostic, finding: Finding): CodeAction | undefined {
  const sinkLine = finding.location.line - 1;
  const above = sinkLine > 0 ? lineAt(doc, sinkLine - 1) : "";
  const existing = IGNORE_LINE.exec(above);
  let edit: TextEdit;
  if (existing) {
    const rules = existing[2];
    if (rules.split(/[\s,]+/).includes(finding.ruleId)) return undefined; // already there: the reason is what is missing
    const at = existing[1].length + rules.length;
    edit = { range: rangeOf(sinkLine - 1, at, at), newText: rules.trim() ? `, ${finding.ruleId}` : finding.ruleId };
  } else {
    const indent = /^\s*/.exec(lineAt(doc, sinkLine))?.[0] ?? "";
    edit = { range: rangeOf(sinkLine, 0, 0), newText: `${indent}// pitrace-ignore ${finding.ruleId}: ${eolOf(doc)}` };
  }
  return {
    title: `Ignore ${finding.ruleId} here (pitrace-ignore, then write the reason)`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    edit: { changes: { [doc.uri]: [edit] } },
  };
}

/**
 * Wrap the value that carries PI into the sink in `sanitizer(…)`. Only when
 * the flow's last step before the sink is on the sink line and is an
 * identifier or property access there; otherwise there is nothing mechanical.
 */
export function sanitizeAction(
  doc: TextDocument,
  diagnostic: Diagnostic,
  finding: Finding,
  sanitizer: string,
): CodeAction | undefined {
  if (finding.flow.length < 2) return undefined;
  const step = finding.flow[finding.flow.length - 2].location;
  if (step.file !== finding.location.file || step.line !== finding.location.line) return undefined;
  const line = step.line - 1;
  const text = lineAt(doc, line);
  const column = step.column - 1;
  let span: { start: number; end: number } | undefined;
  if (step.endColumn !== undefined && (step.endLine ?? step.line) === step.line && !/\??\.\s*$/.test(text.slice(0, column))) {
    span = { start: column, end: step.endColumn - 1 };
    if (!/^[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*(\s*\??\.\s*[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*)*$/u.test(text.slice(span.start, span.end))) {
      span = undefined;
    }
  }
  span ??= accessChainAt(text, column);
  if (!span || span.end <= span.start) return undefined;
  if (text.slice(0, span.start).trimEnd().endsWith(`${sanitizer}(`)) return undefined;
  const expr = text.slice(span.start, span.end);
  return {
    title: `Wrap ${expr} in ${sanitizer}()`,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred: true,
    edit: {
      changes: {
        [doc.uri]: [
          { range: rangeOf(line, span.start, span.start), newText: `${sanitizer}(` },
          { range: rangeOf(line, span.end, span.end), newText: ")" },
        ],
      },
    },
  };
}
