// Small text helpers over a document's lines: the engine gives 1-based
// positions, sometimes without an end; these find a sensible end.
import type { Range } from "vscode-languageserver/node.js";
import type { TextDocument } from "vscode-languageserver-textdocument";

/** The text of a 0-based line, without its line break ("" past the end). */
export function lineAt(doc: TextDocument, line: number): string {
  if (line < 0 || line >= doc.lineCount) return "";
  const text = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } });
  return text.replace(/\r?\n$/, "");
}

/** The line break the document uses. */
export function eolOf(doc: TextDocument): string {
  return doc.getText().includes("\r\n") ? "\r\n" : "\n";
}

/**
 * End column (0-based, exclusive) of the expression that starts at `start` on
 * this line: the call's closing parenthesis, else the line without its
 * trailing `;`, comment or spaces.
 */
export function expressionEnd(line: string, start: number): number {
  let depth = 0;
  let quote: string | undefined;
  let closedAt = -1;
  for (let i = Math.max(0, start); i < line.length; i++) {
    const c = line[i];
    if (quote) {
      if (c === "\\") i++;
      else if (c === quote) quote = undefined;
      continue;
    }
    if (closedAt >= 0) {
      // A closed call continues only through `.x`, `?.x`, `(…)` or `[…]`.
      if (c === " " || c === "\t") continue;
      if (c === "." || c === "?" || c === "(" || c === "[") closedAt = -1;
      else return closedAt;
    }
    if (c === '"' || c === "'" || c === "`") quote = c;
    else if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      depth--;
      if (depth < 0) return trimEnd(line, i);
      if (depth === 0 && c === ")") closedAt = i + 1;
    } else if (depth === 0 && (c === ";" || (c === "/" && line[i + 1] === "/"))) {
      return trimEnd(line, i);
    }
  }
  return closedAt >= 0 ? closedAt : trimEnd(line, line.length);
}

function trimEnd(line: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(line[e - 1])) e--;
  return e;
}

const WORD = /[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*/gu;

/** The identifier (or Chinese key) under a 0-based character, with its columns. */
export function wordAt(line: string, character: number): { word: string; start: number; end: number } | undefined {
  for (const m of line.matchAll(WORD)) {
    const start = m.index;
    const end = start + m[0].length;
    if (character >= start && character <= end) return { word: m[0], start, end };
    if (start > character) break;
  }
  return undefined;
}

const SEGMENT = String.raw`[\p{ID_Start}$_][\p{ID_Continue}$\u200c\u200d]*`;
const CHAIN = new RegExp(String.raw`(?<![\p{ID_Continue}$.])${SEGMENT}(?:\s*\??\.\s*${SEGMENT})*`, "gu");

/**
 * The identifier or property access (`user.email`, `req.body?.phone`) that
 * covers a 0-based character; a trailing method name (`.toLowerCase(`) is left
 * out so the result is a value, not a function.
 */
export function accessChainAt(line: string, character: number): { start: number; end: number } | undefined {
  for (const m of line.matchAll(CHAIN)) {
    const start = m.index;
    let end = start + m[0].length;
    if (character < start) break;
    if (character >= end) continue;
    if (/^\s*\(/.test(line.slice(end))) {
      // Drop the called method, but never the part under the cursor.
      const lastDot = m[0].lastIndexOf(".");
      if (lastDot < 0) return undefined;
      const cut = start + m[0].slice(0, lastDot).replace(/\s*\?$/, "").replace(/\s+$/, "").length;
      if (cut <= character) return undefined;
      end = cut;
    }
    return { start, end };
  }
  return undefined;
}

export function rangeOf(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}
