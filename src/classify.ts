// `pitrace classify`: how the taxonomy classifies names, and why.
import type { Classification } from "./model/taxonomy.js";
import { loadTaxonomy } from "./taxonomy/index.js";

export function classifyNames(names: readonly string[], opts: { taxonomyFile?: string } = {}): Classification[] {
  const taxonomy = loadTaxonomy({ userFile: opts.taxonomyFile });
  return names.map((name) => {
    const c = taxonomy.classify(name);
    return { name, categories: c.categories, reason: c.reason };
  });
}
