// Reads one taxonomy YAML file and validates it against the schema. Every
// error becomes a PitraceInputError naming the file, the line (from the YAML
// node's range through a LineCounter) and the key path.
import { readFileSync } from "node:fs";
import { isAlias, isMap, isNode, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { z } from "zod";
import { PitraceInputError } from "../model/errors.js";
import { taxonomyFileSchema, type TaxonomyFile } from "./schema.js";

/** Aliases a taxonomy file may use: enough for sharing a list, far too few for an alias bomb. */
export const MAX_ALIAS_COUNT = 50;

/** A parsed taxonomy file plus what is needed to point at its lines later. */
export interface ParsedTaxonomyFile {
  file: string;
  data: TaxonomyFile;
  /** Line of the node at a key path (or of its nearest existing parent). */
  lineAt(path: readonly PropertyKey[]): number | undefined;
}

/** `categories["contact.phone"].values[0].regex` */
export function formatKeyPath(path: readonly PropertyKey[]): string {
  let out = "";
  for (const p of path) {
    if (typeof p === "number") out += `[${p}]`;
    else {
      const s = String(p);
      if (/^[A-Za-z_$][\w$]*$/.test(s)) out += out ? `.${s}` : s;
      else out += `[${JSON.stringify(s)}]`;
    }
  }
  return out || "(top level)";
}

function locator(doc: Document, lc: LineCounter): (path: readonly PropertyKey[]) => number | undefined {
  return (path) => {
    // Walk down as far as the path exists; prefer the key's position for map
    // entries so "unknown key" and "wrong type" point at the key's line.
    let node: unknown = doc.contents;
    let offset: number | undefined = isNode(node) ? node.range?.[0] : undefined;
    for (const seg of path) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (isScalar(p.key) ? String(p.key.value) : String(p.key)) === String(seg));
        if (!pair) break;
        if (isNode(pair.key) && pair.key.range) offset = pair.key.range[0];
        node = pair.value;
      } else if (node && typeof node === "object" && "items" in node && Array.isArray((node as { items: unknown[] }).items) && typeof seg === "number") {
        const item = (node as { items: unknown[] }).items[seg];
        if (!isNode(item)) break;
        if (item.range) offset = item.range[0];
        node = item;
      } else break;
    }
    return offset === undefined ? undefined : lc.linePos(offset).line;
  };
}

function zodMessage(issue: z.core.$ZodIssue): { path: PropertyKey[]; message: string } {
  const path = [...issue.path];
  if (issue.code === "unrecognized_keys") {
    const keys = issue.keys;
    return { path: [...path, keys[0]], message: `unknown key${keys.length > 1 ? "s" : ""} ${keys.map((k) => `"${k}"`).join(", ")}` };
  }
  if (issue.code === "invalid_key") {
    const inner = issue.issues[0];
    return { path, message: `key ${inner ? inner.message : issue.message}` };
  }
  return { path, message: issue.message };
}

/** Parse and validate a taxonomy file; throws PitraceInputError with file and line. */
export function readTaxonomyFile(file: string, text?: string): ParsedTaxonomyFile {
  let source: string;
  try {
    source = text ?? readFileSync(file, "utf8");
  } catch (err) {
    throw new PitraceInputError(`cannot read taxonomy file: ${(err as Error).message}`, { file });
  }
  const lc = new LineCounter();
  let doc: ReturnType<typeof parseDocument>;
  try {
    doc = parseDocument(source, { lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  } catch (err) {
    // The YAML parser recurses: absurd nesting overflows the stack.
    if (err instanceof RangeError) throw new PitraceInputError("YAML syntax error: nested too deeply", { file, line: 1 });
    throw err;
  }
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = lc.linePos(e.pos[0]).line;
    const msg = /call stack/i.test(e.message) ? "nested too deeply" : e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    throw new PitraceInputError(`YAML syntax error: ${msg}`, { file, line });
  }
  const lineAt = locator(doc, lc);
  let raw: unknown;
  try {
    raw = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    // yaml throws a ReferenceError for alias expansion over the cap; point at the first alias.
    let line: number | undefined;
    visit(doc, {
      Alias(_key, node) {
        if (isAlias(node) && node.range) line = lc.linePos(node.range[0]).line;
        return visit.BREAK;
      },
    });
    throw new PitraceInputError(`YAML aliases expand too much (more than ${MAX_ALIAS_COUNT} aliases allowed): ${(err as Error).message}`, { file, line });
  }
  if (raw === null || raw === undefined) raw = {};
  const parsed = taxonomyFileSchema.safeParse(raw);
  if (!parsed.success) {
    const { path, message } = zodMessage(parsed.error.issues[0]);
    throw new PitraceInputError(`${formatKeyPath(path)}: ${message}`, { file, line: lineAt(path) });
  }
  return { file, data: parsed.data, lineAt };
}
