// Every rule has a page under docs/rules/ with what the reporters link to:
// the sections, the examples, the severity and legal ground of src/rules/meta.ts.
// (rules-docs.test.ts scans the examples; this file does not need the engine.)

import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/model/finding.js";
import { RULE_DOCS_BASE, RULES } from "../../src/rules/meta.js";
import { DOCS_DIR, readRuleDoc } from "./rule-doc-blocks.js";

describe.each(RULE_IDS.map((id) => [id]))("docs/rules/%s.md", (rule) => {
  it("exists where helpUri points", () => {
    expect(existsSync(join(DOCS_DIR, `${rule}.md`))).toBe(true);
    expect(RULES[rule].helpUri).toBe(`${RULE_DOCS_BASE}${rule}.md`);
  });

  it("has the title, sections, severity, legal ground and suppression syntax", () => {
    const doc = readRuleDoc(rule);
    expect(doc.text.startsWith(`# ${rule}\n`)).toBe(true);
    for (const heading of ["## What it detects", "## Why it matters", "## Example", "## Suppressing"]) {
      expect(doc.text).toContain(heading);
    }
    expect(doc.text).toContain(`\`${RULES[rule].defaultSeverity}\``);
    expect(doc.text).toContain(`// pitrace-ignore ${rule}: `);
    for (const basis of RULES[rule].legalBasis) {
      const article = /Art\. (\d+)/.exec(basis)?.[1];
      expect(doc.text, `${basis} in ${rule}.md`).toMatch(new RegExp(`Arts?\\. [^|\\n]*\\b${article}\\b`));
    }
  });

  it("has at least one flagged and one fixed example, and at most one config block", () => {
    const doc = readRuleDoc(rule);
    expect(doc.flagged.length).toBeGreaterThan(0);
    expect(doc.fixed.length).toBeGreaterThan(0);
    expect(doc.configCount).toBeLessThanOrEqual(1);
  });
});
