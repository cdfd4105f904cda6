// Accuracy on the shared labelled identifier list, with the scorer's rule:
// "-" means no category; otherwise some category is the expected id or a child of it.
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { loadTaxonomy } from "../../src/taxonomy/index.js";

const NAMES = fileURLToPath(new URL("../../../shared/corpus/names.tsv", import.meta.url));

describe("names.tsv", () => {
  it.skipIf(!existsSync(NAMES))("classifies at least 95% of the labelled names right", () => {
    const tax = loadTaxonomy();
    const misses: string[] = [];
    let total = 0;
    for (const line of readFileSync(NAMES, "utf8").split(/\r?\n/)) {
      if (!line.trim()) continue;
      const [name, expected] = line.split("\t");
      total++;
      const got = tax.classify(name).categories;
      const ok = expected === "-" ? got.length === 0 : got.some((c) => c === expected || c.startsWith(`${expected}.`));
      if (!ok) misses.push(`${name}: expected ${expected}, got [${got.join(", ")}]`);
    }
    const accuracy = (total - misses.length) / total;
    expect(total).toBeGreaterThan(0);
    expect(accuracy, misses.join("\n")).toBeGreaterThanOrEqual(0.95);
  });
});
