// Checks what the config says about categories against the taxonomy in use
// (the built-in one, extended by the config's own `taxonomy:` file). A typo
// in a contractor's categories would otherwise silently never match, and turn
// every flow to that contractor into an unlisted-recipient finding.
import fs from "node:fs";
import { LineCounter, parseDocument } from "yaml";
import type { PitraceConfig } from "../model/config.js";
import { PitraceInputError } from "../model/errors.js";
import type { Taxonomy } from "../model/taxonomy.js";
import { formatPath, suggestion } from "./issues.js";
import { lineOf } from "./yaml-locate.js";

/** Throws a PitraceInputError (file and line of the entry) for a contractor category the taxonomy does not know. */
export function checkConfigCategories(config: PitraceConfig, taxonomy: Taxonomy): void {
  const ids = taxonomy.categories().map((c) => c.id);
  // An id, or a prefix of ids ("contact" covers contact.email, contact.phone …).
  const known = new Set(ids.flatMap((id) => id.split(".").map((_, i, parts) => parts.slice(0, i + 1).join("."))));
  config.contractors.forEach((c, i) => {
    (c.categories ?? []).forEach((cat, j) => {
      if (known.has(cat)) return;
      const where = ["contractors", i, "categories", j];
      throw new PitraceInputError(`${formatPath(where)}: unknown taxonomy id "${cat}"${suggestion(cat, [...known].sort())} in contractor "${c.name}"`, {
        file: config.file,
        line: config.file ? lineInFile(config.file, where) : undefined,
      });
    });
  });
}

/** Line of a value in a config file already validated once (read again: only on the error path). */
function lineInFile(file: string, where: PropertyKey[]): number | undefined {
  try {
    const lines = new LineCounter();
    const doc = parseDocument(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""), { lineCounter: lines, merge: true });
    return lineOf({ doc, lines }, where);
  } catch {
    return undefined;
  }
}
