// Each rule page's examples are scanned for real: the `ts flagged` block must
// produce at least one finding of that rule, the `ts fixed` block none of it.
// Each block is written to a fresh temp project as src/example.ts, with the
// page's `yaml config` block (if any) as pitrace.config.yaml.

import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../src/index.js";
import { RULE_IDS, type Finding, type RuleId } from "../../src/model/finding.js";
import { readRuleDoc } from "./rule-doc-blocks.js";

const tempDirs: string[] = [];
afterAll(() => {
  for (const dir of tempDirs) rmSync(dir, { recursive: true, force: true });
});

function project(code: string, config: string | undefined): string {
  const root = mkdtempSync(join(tmpdir(), "pitrace-doc-"));
  tempDirs.push(root);
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "src", "example.ts"), code, "utf8");
  if (config !== undefined) writeFileSync(join(root, "pitrace.config.yaml"), config, "utf8");
  return root;
}

function describeFindings(findings: Finding[]): string {
  return JSON.stringify(findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line} [${f.categories.join(",")}]`));
}

async function findingsOf(rule: RuleId, code: string, config: string | undefined): Promise<{ mine: Finding[]; all: Finding[] }> {
  const result = await scan({ root: project(code, config) });
  return { mine: result.findings.filter((f) => f.ruleId === rule), all: result.findings };
}

describe.each(RULE_IDS.map((id) => [id]))("docs/rules/%s.md examples", (rule) => {
  const doc = readRuleDoc(rule);

  it("has flagged and fixed examples", () => {
    expect(doc.flagged.length).toBeGreaterThan(0);
    expect(doc.fixed.length).toBeGreaterThan(0);
  });

  doc.flagged.forEach((code, i) => {
    it(`flagged example ${i + 1} yields ${rule}`, async () => {
      const { mine, all } = await findingsOf(rule, code, doc.config);
      expect(mine.length, `findings: ${describeFindings(all)}`).toBeGreaterThan(0);
      expect(mine.every((f) => f.location.file === "src/example.ts")).toBe(true);
    });
  });

  doc.fixed.forEach((code, i) => {
    it(`fixed example ${i + 1} yields no ${rule}`, async () => {
      const { mine, all } = await findingsOf(rule, code, doc.config);
      expect(mine, `findings: ${describeFindings(all)}`).toEqual([]);
    });
  });
});
