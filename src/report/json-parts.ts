// `JSON.stringify(value, null, 2)` in parts, so that a large report can be
// written without ever holding it as one string (a 1M-line monorepo's JSON
// report is 87 MB of text, held as two-byte characters once one message has
// an en dash: ~170 MB at the very end of a scan). Objects and arrays are
// split down to `depth` levels; below that, each value is stringified whole
// (split no deeper than needed: tiny parts cost more than the text they save).
// The parts joined are exactly what JSON.stringify gives.

export function* jsonParts(value: unknown, depth: number, indent = ""): Generator<string> {
  if (depth <= 0 || value === null || typeof value !== "object" || typeof (value as { toJSON?: unknown }).toJSON === "function") {
    const text = JSON.stringify(value, null, 2);
    yield indent ? text.replace(/\n/g, `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield "[]";
      return;
    }
    yield "[";
    for (let i = 0; i < value.length; i++) {
      yield `${i ? "," : ""}\n${inner}`;
      const v: unknown = value[i];
      // As in JSON.stringify: what JSON cannot hold is null in an array.
      if (v === undefined || typeof v === "function" || typeof v === "symbol") yield "null";
      else yield* jsonParts(v, depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  let first = true;
  for (const [key, v] of Object.entries(value)) {
    // …and a property that holds it is left out of an object.
    if (v === undefined || typeof v === "function" || typeof v === "symbol") continue;
    yield `${first ? "{" : ","}\n${inner}${JSON.stringify(key)}: `;
    first = false;
    yield* jsonParts(v, depth - 1, inner);
  }
  yield first ? "{}" : `\n${indent}}`;
}
