import { describe, expect, it } from "vitest";
import { RULE_IDS } from "../../src/model/finding.js";
import { RULE_DOCS_BASE, RULE_LIST, RULES } from "../../src/rules/meta.js";

describe("rule metadata", () => {
  it("covers every rule, in contract order", () => {
    expect(Object.keys(RULES).sort()).toEqual([...RULE_IDS].sort());
    expect(RULE_LIST.map((r) => r.id)).toEqual([...RULE_IDS]);
  });

  it("has the default severities of the issue", () => {
    expect(Object.fromEntries(RULE_LIST.map((r) => [r.id, r.defaultSeverity]))).toEqual({
      "pi-to-log": "warning",
      "missing-consent": "error",
      "missing-separate-consent": "error",
      "unlisted-recipient": "error",
      "pi-in-client-storage": "warning",
      "cross-border-transfer": "error",
    });
  });

  it("gives each rule a PascalCase name, sentences, a legal basis and its docs page", () => {
    expect(RULE_DOCS_BASE).toBe("https://github.com/pitrace/pitrace/blob/main/docs/rules/");
    for (const rule of RULE_LIST) {
      expect(rule.name).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(rule.shortDescription).toMatch(/\.$/);
      expect(rule.fullDescription).toMatch(/\.$/);
      expect(rule.help).toContain("**Legal ground.**");
      expect(rule.help).toContain("**Fix.**");
      expect(rule.legalBasis.length).toBeGreaterThan(0);
      expect(rule.helpUri).toBe(`${RULE_DOCS_BASE}${rule.id}.md`);
    }
  });
});
