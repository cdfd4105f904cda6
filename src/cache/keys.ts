// The keys of the scan cache. A group's result is reused only when everything
// its analysis read is the same: pitrace itself (build-id.ts), the config and
// the user taxonomy, the scan root, the day, and for each of the group's projects its
// name, tsconfig and compiler options, and each file's path, text and what
// each of its import specifiers resolves to in the tree as it is now (a file
// added elsewhere can change what `./util` means). Names that join groups
// without an import are checked after the lookup, from the asks and gives
// stored with each result (see pool/split-scan.ts), as for a fresh analysis.
import { createHash } from "node:crypto";
import fs from "node:fs";
import type { Prepared } from "../scan.js";
import { relPath } from "../scan.js";
import { readSourceFile, type ProjectUnit } from "../project/index.js";
import { buildId } from "./build-id.js";

/** What the key of a file's group says about the file. */
export interface FileFacts {
  /** Digest of its text, or of why it cannot be read. */
  hash: string;
  /** Each import specifier and the file it resolves to (relative to the root), or null for a package. */
  imports: Array<[string, string | null]>;
}

function digest(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The digest a file's key part holds for its text. */
export function textDigest(text: string): string {
  return digest(text);
}

/** …or for why it cannot be read. */
export function skipDigest(reason: string): string {
  return digest(`skip\0${reason}`);
}

/** A file the analysis did not parse, read once more: why it cannot be read, or its text (too deep to parse). */
export function unreadDigest(file: string): string {
  const read = readSourceFile(file);
  return "skip" in read ? skipDigest(read.skip) : textDigest(read.text);
}

/** The part of every key that is the same for all groups of a scan. */
export function scanSalt(prepared: Prepared): string {
  const h = createHash("sha256");
  h.update(buildId()).update("\0").update(prepared.root).update("\0").update(JSON.stringify(prepared.config)).update("\0");
  // Whether a resident ID's birth date lies in the future depends on the day (taxonomy/validators.ts): an
  // entry is reused on the UTC day it was written only.
  h.update(new Date().toISOString().slice(0, 10)).update("\0");
  // Deno import maps decide which package an import names (project/deno.ts).
  h.update(JSON.stringify(prepared.projects.importMaps ?? [])).update("\0");
  const user = prepared.config.taxonomy;
  if (user) {
    try {
      h.update(fs.readFileSync(user));
    } catch (e) {
      h.update(`unreadable ${String(e)}`);
    }
  }
  return h.digest("hex");
}

export function groupKey(salt: string, root: string, units: readonly ProjectUnit[], facts: ReadonlyMap<string, FileFacts>): string {
  const h = createHash("sha256").update(salt);
  for (const u of units) {
    h.update(JSON.stringify({ name: u.name, tsconfig: u.tsconfig && relPath(root, u.tsconfig), options: u.compilerOptions }));
    for (const f of u.files) {
      const fact = facts.get(f);
      h.update(JSON.stringify([relPath(root, f), fact?.hash ?? null, fact?.imports ?? []]));
    }
  }
  return h.digest("hex");
}
