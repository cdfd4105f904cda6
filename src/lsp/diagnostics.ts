// Findings → LSP diagnostics. The engine knows nothing of LSP; this is the edge.
import {
  DiagnosticSeverity,
  DiagnosticTag,
  type Diagnostic,
  type DiagnosticRelatedInformation,
  type Range,
} from "vscode-languageserver/node.js";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Finding, Location, ScanDiagnostic, Severity } from "../model/finding.js";
import { locationUri } from "./paths.js";
import { accessChainAt, expressionEnd, lineAt } from "./text.js";

export const DIAGNOSTIC_SOURCE = "pitrace";

export function ruleDocUrl(ruleId: string): string {
  return `https://github.com/pitrace/pitrace/blob/main/docs/rules/${ruleId}.md`;
}

/** What a pitrace diagnostic carries back to us in code-action requests. */
export interface DiagnosticData {
  fingerprint: string;
}

const SEVERITY: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  note: DiagnosticSeverity.Information,
};

export function toSeverity(severity: Severity): DiagnosticSeverity {
  return SEVERITY[severity] ?? DiagnosticSeverity.Information;
}

/**
 * The range of a sink location in the open document: 1-based → 0-based; with
 * no end column, to the end of the sink's expression on its line.
 */
export function sinkRange(loc: Location, doc: TextDocument | undefined): Range {
  const line = Math.max(0, loc.line - 1);
  const character = Math.max(0, loc.column - 1);
  if (loc.endLine !== undefined && loc.endColumn !== undefined) {
    return { start: { line, character }, end: { line: Math.max(line, loc.endLine - 1), character: Math.max(0, loc.endColumn - 1) } };
  }
  const endLine = Math.max(line, (loc.endLine ?? loc.line) - 1);
  if (!doc) return { start: { line, character }, end: { line: endLine, character } };
  const text = lineAt(doc, endLine);
  const end = endLine === line ? expressionEnd(text, character) : expressionEnd(text, text.length - text.trimStart().length);
  return { start: { line, character }, end: { line: endLine, character: Math.max(endLine === line ? character : 0, end) } };
}

/** The range of a flow step: its own end when given, else the access chain there, else a point. */
export function stepRange(loc: Location, doc: TextDocument | undefined): Range {
  const line = Math.max(0, loc.line - 1);
  const character = Math.max(0, loc.column - 1);
  if (loc.endColumn !== undefined) {
    return { start: { line, character }, end: { line: Math.max(line, (loc.endLine ?? loc.line) - 1), character: Math.max(0, loc.endColumn - 1) } };
  }
  const chain = doc ? accessChainAt(lineAt(doc, line), character) : undefined;
  if (chain) return { start: { line, character: chain.start }, end: { line, character: chain.end } };
  return { start: { line, character }, end: { line, character } };
}

export interface ConvertContext {
  root: string;
  /** The document the diagnostics are for. */
  doc: TextDocument;
  /** Open documents by root-relative path, to size flow steps in other files. */
  docFor(file: string): TextDocument | undefined;
}

export function findingToDiagnostic(finding: Finding, ctx: ConvertContext): Diagnostic {
  const relatedInformation: DiagnosticRelatedInformation[] = finding.flow.map((step, i) => ({
    location: { uri: locationUri(ctx.root, step.location.file), range: stepRange(step.location, ctx.docFor(step.location.file)) },
    message: `${i === 0 ? "source" : i === finding.flow.length - 1 ? "sink" : `step ${i + 1}`}: ${step.message}`,
  }));
  const data: DiagnosticData = { fingerprint: finding.fingerprint };
  return {
    range: sinkRange(finding.location, ctx.doc),
    severity: toSeverity(finding.severity),
    code: finding.ruleId,
    codeDescription: { href: ruleDocUrl(finding.ruleId) },
    source: DIAGNOSTIC_SOURCE,
    message: finding.message,
    relatedInformation,
    data,
  };
}

/** Parse errors, suppressions without a reason, unused suppressions… for one file. */
export function scanDiagnosticToDiagnostic(d: ScanDiagnostic & { location: Location }, doc: TextDocument): Diagnostic {
  const line = Math.max(0, d.location.line - 1);
  const character = Math.max(0, d.location.column - 1);
  const text = lineAt(doc, line);
  const range: Range =
    d.location.endColumn !== undefined
      ? sinkRange(d.location, doc)
      : { start: { line, character }, end: { line, character: Math.max(character, text.trimEnd().length) } };
  return {
    range,
    severity: toSeverity(d.severity),
    code: d.code,
    source: DIAGNOSTIC_SOURCE,
    message: d.message,
    tags: d.code === "unused-suppression" ? [DiagnosticTag.Unnecessary] : undefined,
  };
}
