// loadTaxonomy: reads the built-in pi-taxonomy.yaml (and a user file), and
// assembles the Taxonomy the engine uses.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { CategoryInfo, Classification, ClassifyContext, Taxonomy, ValueMatch } from "../model/taxonomy.js";
import { Classifier } from "./classify.js";
import { buildLexicon } from "./lexicon.js";
import { mergeTaxonomies, validateFile, type MergedTaxonomy } from "./merge.js";
import { readTaxonomyFile, type ParsedTaxonomyFile } from "./read-yaml.js";
import { readSnapshot, writeSnapshot } from "./snapshot.js";
import { ValueMatcher } from "./values.js";

export interface LoadTaxonomyOptions {
  /** A user taxonomy that extends or overrides built-in entries by id. */
  userFile?: string;
  /** Use this file instead of the built-in pi-taxonomy.yaml (tests, tooling). */
  builtinFile?: string;
}

/**
 * The built-in taxonomy sits at the package root. This module lives in
 * src/taxonomy/ (vitest) or dist/taxonomy/ (compiled), two levels below it
 * either way.
 */
export const BUILTIN_TAXONOMY_FILE = fileURLToPath(new URL("../../pi-taxonomy.yaml", import.meta.url));

class LoadedTaxonomy implements Taxonomy {
  private readonly classifier: Classifier;
  private readonly values: ValueMatcher;
  private readonly infos: Map<string, CategoryInfo>;
  private readonly covering: Map<string, readonly string[]>;

  constructor(merged: MergedTaxonomy) {
    this.classifier = new Classifier(buildLexicon(merged));
    this.values = new ValueMatcher(merged);
    this.covering = new Map([...merged.categories.values()].filter((c) => c.coveredBy.length).map((c) => [c.id, [...c.coveredBy]]));
    this.infos = new Map(
      [...merged.categories.values()].map((c) => [c.id, { id: c.id, label: c.label, sensitive: c.sensitive, legalBasis: [...c.legalBasis] }]),
    );
  }

  classify(name: string, context?: ClassifyContext): Classification {
    return this.classifier.classify(name, context);
  }
  isMinorOwner(name: string): boolean {
    return this.classifier.isMinorOwner(name);
  }
  isKnownOwner(name: string): boolean {
    return this.classifier.isKnownOwner(name);
  }
  isOwnData(name: string, owner?: string): boolean {
    return this.classifier.isOwnData(name, owner);
  }

  isOwnRecordData(name: string, owner: string): boolean {
    return this.classifier.isOwnRecordData(name, owner);
  }
  isOwnRecord(owner: string): boolean {
    return this.classifier.isOwnRecord(owner);
  }

  isAppNamed(name: string): boolean {
    return this.classifier.isAppNamed(name);
  }

  isDerivedName(name: string): boolean {
    return this.classifier.isDerivedName(name);
  }
  isPersonOwner(name: string): boolean {
    return this.classifier.isPersonOwner(name);
  }
  matchValue(value: string): ValueMatch | null {
    return this.values.match(value);
  }
  category(id: string): CategoryInfo | undefined {
    const c = this.infos.get(id);
    return c && { ...c, legalBasis: [...c.legalBasis] };
  }
  categories(): CategoryInfo[] {
    return [...this.infos.values()].map((c) => ({ ...c, legalBasis: [...c.legalBasis] }));
  }
  isFactFlag(id: string): boolean {
    return this.classifier.isFactFlag(id);
  }

  coveredBy(id: string): readonly string[] {
    return this.covering.get(id) ?? [];
  }

  isCollection(id: string): boolean {
    return this.classifier.isCollection(id);
  }
  isSensitive(id: string): boolean {
    // A child id (contact.address.street) inherits from its ancestors.
    for (let cur = id; cur; cur = cur.includes(".") ? cur.slice(0, cur.lastIndexOf(".")) : "") {
      if (this.infos.get(cur)?.sensitive) return true;
    }
    return false;
  }
}

let builtinCache: Taxonomy | undefined;

/** Load the built-in taxonomy, optionally extended by a user file. Throws PitraceInputError on bad input. */
export function loadTaxonomy(opts: LoadTaxonomyOptions = {}): Taxonomy {
  const plain = !opts.userFile && !opts.builtinFile;
  if (plain && builtinCache) return builtinCache;
  const base = opts.builtinFile ? readValidated(opts.builtinFile) : readBuiltin();
  const user = opts.userFile ? readValidated(opts.userFile) : undefined;
  const tax = new LoadedTaxonomy(mergeTaxonomies(base, user));
  if (plain) builtinCache = tax;
  return tax;
}

function readValidated(file: string, text?: string): ParsedTaxonomyFile {
  const parsed = readTaxonomyFile(file, text);
  validateFile(parsed);
  return parsed;
}

/** The built-in file: from the build's snapshot when it matches the YAML byte for byte, else parsed and validated. */
function readBuiltin(file = BUILTIN_TAXONOMY_FILE): ParsedTaxonomyFile {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return readValidated(file); // reports the file it cannot read
  }
  return readSnapshot(file, text) ?? readValidated(file, text);
}

/** Build step: validate the built-in taxonomy and write its snapshot (see snapshot.ts). */
export function writeBuiltinSnapshot(file = BUILTIN_TAXONOMY_FILE, snapshotFile?: string): void {
  const text = readFileSync(file, "utf8");
  writeSnapshot(readValidated(file, text), text, snapshotFile);
}
