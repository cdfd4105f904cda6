// loadTaxonomy: reads the built-in pi-taxonomy.yaml (and a user file), and
// assembles the Taxonomy the engine uses.
import { fileURLToPath } from "node:url";
import type { CategoryInfo, Classification, ClassifyContext, Taxonomy, ValueMatch } from "../model/taxonomy.js";
import { Classifier } from "./classify.js";
import { buildLexicon } from "./lexicon.js";
import { mergeTaxonomies, validateFile, type MergedTaxonomy } from "./merge.js";
import { readTaxonomyFile } from "./read-yaml.js";
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

  constructor(merged: MergedTaxonomy) {
    this.classifier = new Classifier(buildLexicon(merged));
    this.values = new ValueMatcher(merged);
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
  const base = readTaxonomyFile(opts.builtinFile ?? BUILTIN_TAXONOMY_FILE);
  validateFile(base);
  const user = opts.userFile ? readTaxonomyFile(opts.userFile) : undefined;
  if (user) validateFile(user);
  const tax = new LoadedTaxonomy(mergeTaxonomies(base, user));
  if (plain) builtinCache = tax;
  return tax;
}
