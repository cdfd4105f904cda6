// A validated copy of the built-in taxonomy as JSON, written at build time.
//
// Parsing pi-taxonomy.yaml and validating it (schema, regex safety) costs
// ~120 ms on every run, a few per cent of a 100k-line scan, and gives the
// same answer every time. The build writes the validated data next to the
// compiled loader with the SHA-256 of the YAML it came from; a run reads the
// YAML's bytes, and uses the snapshot only when the hash matches, so an
// edited pi-taxonomy.yaml is never shadowed by a stale snapshot (it is then
// parsed and validated as usual). Under vitest (src/) there is no snapshot.
import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { ParsedTaxonomyFile } from "./read-yaml.js";
import type { TaxonomyFile } from "./schema.js";

const FORMAT = 1;

export const BUILTIN_SNAPSHOT_FILE = fileURLToPath(new URL("./builtin-taxonomy.json", import.meta.url));

interface Snapshot {
  format: number;
  sha256: string;
  data: TaxonomyFile;
}

function sha256(text: string): string {
  return createHash("sha256").update(text).digest("hex");
}

/** The snapshot's data when it was made from exactly this YAML text; undefined when missing, stale or unreadable. */
export function readSnapshot(yamlFile: string, yamlText: string, snapshotFile = BUILTIN_SNAPSHOT_FILE): ParsedTaxonomyFile | undefined {
  let snap: Snapshot;
  try {
    snap = JSON.parse(readFileSync(snapshotFile, "utf8")) as Snapshot;
  } catch {
    return undefined;
  }
  if (snap?.format !== FORMAT || snap.sha256 !== sha256(yamlText) || typeof snap.data !== "object" || snap.data === null) return undefined;
  // Line numbers only serve error messages, and a snapshot is only written from a file without errors.
  return { file: yamlFile, data: snap.data, lineAt: () => undefined };
}

/** Write the snapshot of a file that has been read and validated. */
export function writeSnapshot(parsed: ParsedTaxonomyFile, yamlText: string, snapshotFile = BUILTIN_SNAPSHOT_FILE): void {
  const snap: Snapshot = { format: FORMAT, sha256: sha256(yamlText), data: parsed.data };
  writeFileSync(snapshotFile, `${JSON.stringify(snap)}\n`);
}
