// Maps a path into the parsed config (["contractors", 0, "hosts", 1]) back to
// the YAML node it came from, so every error can name its line.
import { isAlias, isMap, isScalar, isSeq, type Document, type LineCounter, type Node, type Pair } from "yaml";

export interface YamlSource {
  doc: Document.Parsed;
  lines: LineCounter;
}

/**
 * Line (1-based) of the value at `path`, or of the key `key` inside it when
 * given. When the path runs into something the file does not have (a missing
 * required key), the nearest enclosing node's line is used.
 */
export function lineOf(src: YamlSource, path: readonly PropertyKey[], key?: string): number {
  let node: unknown = src.doc.contents;
  let offset = rangeStart(node) ?? 0;
  for (const seg of path) {
    node = deref(src, node);
    const next = step(node, seg);
    if (!next) break;
    node = next.node;
    offset = next.offset;
  }
  if (key !== undefined) {
    const pair = findPair(deref(src, node), key);
    const at = pair && rangeStart(pair.key);
    if (at !== undefined) offset = at;
  }
  return src.lines.linePos(offset).line;
}

/** Line of the first alias (`*name`) in the document, for alias-bomb errors. */
export function firstAliasLine(src: YamlSource): number {
  let found: number | undefined;
  const visit = (n: unknown): void => {
    if (found !== undefined || !n) return;
    if (isAlias(n)) found = rangeStart(n);
    else if (isMap(n)) for (const p of n.items) { visit(p.key); visit(p.value); }
    else if (isSeq(n)) for (const item of n.items) visit(item);
  };
  visit(src.doc.contents);
  return src.lines.linePos(found ?? 0).line;
}

function step(node: unknown, seg: PropertyKey): { node: unknown; offset: number } | undefined {
  if (isMap(node)) {
    const pair = findPair(node, String(seg));
    if (!pair) return undefined;
    // `key:` with nothing after it: the empty value's range is not helpful, the key's is.
    const value = pair.value;
    const emptyValue = value === null || (isScalar(value) && value.value === null && !value.source);
    const offset = (emptyValue ? undefined : rangeStart(value)) ?? rangeStart(pair.key);
    return offset === undefined ? undefined : { node: value, offset };
  }
  if (isSeq(node) && typeof seg === "number") {
    const item = node.items[seg];
    const offset = rangeStart(item);
    return offset === undefined ? undefined : { node: item, offset };
  }
  return undefined;
}

function findPair(node: unknown, key: string): Pair | undefined {
  if (!isMap(node)) return undefined;
  return node.items.find((p) => keyText(p.key) === key) as Pair | undefined;
}

function keyText(key: unknown): string {
  if (isScalar(key)) return String(key.value);
  return String(key);
}

function deref(src: YamlSource, node: unknown): unknown {
  return isAlias(node) ? node.resolve(src.doc) : node;
}

function rangeStart(node: unknown): number | undefined {
  const range = (node as Node | null | undefined)?.range;
  return range ? range[0] : undefined;
}
