// Every catalogue fixture, scanned as a project: the findings must be exactly
// the labelled ones (CONTRACT §7), by file, line and rule, with the labelled
// categories.
import { readdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scan } from "../../src/index.js";
import { compareFindings, readLabels } from "../helpers/labels.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/catalog/", import.meta.url));
const dirs = readdirSync(FIXTURES, { withFileTypes: true })
  .filter((e) => e.isDirectory())
  .map((e) => e.name)
  .sort();

describe("catalogue fixtures", () => {
  it.each(dirs)("%s: findings match the labels", async (name) => {
    const root = path.join(FIXTURES, name);
    const labels = await readLabels(root);
    const result = await scan({ root });
    const { missing, unexpected, categoryMisses } = compareFindings(labels, result.findings);
    expect({ missing, unexpected, categoryMisses }).toEqual({ missing: [], unexpected: [], categoryMisses: [] });
  });
});
