// Hover on an identifier, property name or key: how the taxonomy classifies it.
import { MarkupKind, type Hover, type Position } from "vscode-languageserver/node.js";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Classification } from "../model/taxonomy.js";
import { lineAt, rangeOf, wordAt } from "./text.js";

export function piHover(doc: TextDocument, position: Position, classify: (name: string) => Classification): Hover | null {
  const word = wordAt(lineAt(doc, position.line), position.character);
  if (!word) return null;
  const c = classify(word.word);
  if (c.categories.length === 0) return null;
  const cats = c.categories.map((id) => `\`${id}\``).join(", ");
  const value = [
    `**pitrace** · \`${word.word}\` is personal information: ${cats}`,
    "",
    `*Why:* ${escapeMarkdown(c.reason)}`,
  ].join("\n");
  return { contents: { kind: MarkupKind.Markdown, value }, range: rangeOf(position.line, word.start, word.end) };
}

function escapeMarkdown(text: string): string {
  return text.replace(/([\\*_[\]<>])/g, "\\$1");
}
