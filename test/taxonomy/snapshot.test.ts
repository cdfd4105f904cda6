// The built-in taxonomy's build-time snapshot (src/taxonomy/snapshot.ts): used
// only when it was made from the very same YAML text, and then equal to
// parsing and validating that YAML.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ensureBuilt } from "../helpers/build.js";
import { BUILTIN_TAXONOMY_FILE } from "../../src/taxonomy/index.js";
import { readTaxonomyFile } from "../../src/taxonomy/read-yaml.js";
import { readSnapshot } from "../../src/taxonomy/snapshot.js";
import { writeBuiltinSnapshot } from "../../src/taxonomy/taxonomy.js";

const dir = mkdtempSync(path.join(tmpdir(), "pitrace-snapshot-"));
const yamlText = readFileSync(BUILTIN_TAXONOMY_FILE, "utf8");

describe("taxonomy snapshot", () => {
  const snap = path.join(dir, "builtin.json");
  writeBuiltinSnapshot(BUILTIN_TAXONOMY_FILE, snap);

  it("gives the data that parsing and validating the YAML gives", () => {
    const fromSnapshot = readSnapshot(BUILTIN_TAXONOMY_FILE, yamlText, snap);
    expect(fromSnapshot).toBeDefined();
    expect(fromSnapshot!.data).toEqual(readTaxonomyFile(BUILTIN_TAXONOMY_FILE).data);
    expect(fromSnapshot!.file).toBe(BUILTIN_TAXONOMY_FILE);
  });

  it("is ignored once the YAML differs by one character", () => {
    const edited = yamlText.replace("pinyin:", "pinyin: ").replace(/\n$/, "\n ");
    expect(edited).not.toBe(yamlText);
    expect(readSnapshot(BUILTIN_TAXONOMY_FILE, edited, snap)).toBeUndefined();
  });

  it("is ignored when missing, corrupt or of another format", () => {
    expect(readSnapshot(BUILTIN_TAXONOMY_FILE, yamlText, path.join(dir, "missing.json"))).toBeUndefined();
    const corrupt = path.join(dir, "corrupt.json");
    writeFileSync(corrupt, readFileSync(snap, "utf8").slice(0, 100));
    expect(readSnapshot(BUILTIN_TAXONOMY_FILE, yamlText, corrupt)).toBeUndefined();
    const other = path.join(dir, "other.json");
    writeFileSync(other, JSON.stringify({ ...JSON.parse(readFileSync(snap, "utf8")), format: 999 }));
    expect(readSnapshot(BUILTIN_TAXONOMY_FILE, yamlText, other)).toBeUndefined();
  });

  it("is written by the build, for the YAML that ships", () => {
    ensureBuilt();
    const built = path.resolve(import.meta.dirname, "../../dist/taxonomy/builtin-taxonomy.json");
    expect(readSnapshot(BUILTIN_TAXONOMY_FILE, yamlText, built)).toBeDefined();
  });
});
