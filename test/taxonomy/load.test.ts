import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PitraceInputError } from "../../src/model/errors.js";
import { BUILTIN_TAXONOMY_FILE, loadTaxonomy, redosProblem } from "../../src/taxonomy/index.js";

const dir = mkdtempSync(join(tmpdir(), "pitrace-taxonomy-"));
let n = 0;
function userFile(text: string): string {
  const file = join(dir, `user-${n++}.yaml`);
  writeFileSync(file, text);
  return file;
}

function loadError(text: string): PitraceInputError {
  const file = userFile(text);
  try {
    loadTaxonomy({ userFile: file });
  } catch (err) {
    expect(err).toBeInstanceOf(PitraceInputError);
    const e = err as PitraceInputError;
    expect(e.file).toBe(file);
    expect(e.format()).toContain(`${file}:${e.line}: `);
    return e;
  }
  throw new Error("expected loadTaxonomy to throw");
}

describe("loadTaxonomy", () => {
  it("finds the built-in file at the package root", () => {
    expect(BUILTIN_TAXONOMY_FILE.endsWith("pi-taxonomy.yaml")).toBe(true);
    expect(loadTaxonomy()).toBe(loadTaxonomy());
  });

  it("a user file extends a built-in entry", () => {
    const tax = loadTaxonomy({ userFile: userFile("categories:\n  contact.phone:\n    patterns: [hotline]\n    chinese: [热线]\n") });
    expect(tax.classify("hotline").categories).toEqual(["contact.phone"]);
    expect(tax.classify("热线").categories).toEqual(["contact.phone"]);
    expect(tax.classify("shoujihao").categories).toEqual(["contact.phone"]);
    expect(loadTaxonomy().classify("hotline").categories).toEqual([]);
  });

  it("collections: built in for record sets, and a user file can mark or unmark a category", () => {
    const builtin = loadTaxonomy();
    for (const id of ["location.trajectory", "social.contacts", "financial.transaction", "activity.browsing", "activity.service_log"]) expect(builtin.isCollection(id), id).toBe(true);
    for (const id of ["identity.name", "financial.bank_card", "location.precise", "contact.address"]) expect(builtin.isCollection(id), id).toBe(false);
    const tax = loadTaxonomy({ userFile: userFile("categories:\n  health:\n    collection: true\n  social.contacts:\n    collection: false\n") });
    expect(tax.isCollection("health")).toBe(true);
    expect(tax.isCollection("social.contacts")).toBe(false);
    expect(tax.isCollection("location.trajectory")).toBe(true);
    expect(loadError("categories:\n  health:\n    collection: yes please\n").message).toContain("collection");
  });

  it("coveredBy: a city is said by an address or a position, and a user file can add to it", () => {
    const builtin = loadTaxonomy();
    expect([...builtin.coveredBy("location.coarse")].sort()).toEqual(["contact.address", "location.precise", "location.trajectory"]);
    expect(builtin.coveredBy("contact.phone")).toEqual([]);
    const tax = loadTaxonomy({ userFile: userFile("categories:\n  identity.gender:\n    coveredBy: [identity.national_id]\n") });
    expect(tax.coveredBy("identity.gender")).toEqual(["identity.national_id"]);
    expect(tax.coveredBy("location.coarse")).toContain("contact.address");
  });

  it("a user file overrides scalars and can replace or drop entries", () => {
    const tax = loadTaxonomy({
      userFile: userFile(
        [
          "categories:",
          "  contact.phone:",
          "    sensitive: true",
          "  contact.email:",
          "    replace: true",
          "    patterns: [inbox]",
          "  belief.religion:",
          "    disabled: true",
        ].join("\n"),
      ),
    });
    expect(tax.isSensitive("contact.phone")).toBe(true);
    expect(tax.category("contact.phone")?.label).toBe("Phone number");
    expect(tax.classify("inbox").categories).toEqual(["contact.email"]);
    expect(tax.classify("email").categories).toEqual([]);
    expect(tax.category("belief.religion")).toBeUndefined();
    expect(tax.classify("zongjiao").categories).toEqual([]);
  });

  it("a user file adds categories with value patterns and vocabulary", () => {
    const tax = loadTaxonomy({
      userFile: userFile(
        [
          "vocabulary:",
          "  personOwners: [passenger2]",
          "categories:",
          "  custom.loyalty:",
          "    label: Mileage card",
          "    sensitive: false",
          "    legalBasis: [PIPL Art. 4]",
          "    patterns: [mileage card no, '{person} loyalty']",
          "    values:",
          "      - id: loyalty-card",
          "        regex: 'LC-[0-9]{8}'",
          "  contact.address.street:",
          "    label: Street",
          "    patterns: [street line]",
        ].join("\n"),
      ),
    });
    expect(tax.classify("mileageCardNo").categories).toEqual(["custom.loyalty"]);
    expect(tax.classify("customerLoyalty").categories).toEqual(["custom.loyalty"]);
    expect(tax.classify("streetLine").categories).toEqual(["contact.address.street"]);
    expect(tax.matchValue("card LC-12345678")).toEqual({ category: "custom.loyalty", pattern: "loyalty-card" });
    expect(tax.isPersonOwner("passenger2")).toBe(true);
  });
});

describe("loadTaxonomy errors name the file, line and key", () => {
  it("YAML syntax error", () => {
    const e = loadError("categories:\n  contact.phone:\n    patterns: [a, b\n  x: 1\n");
    expect(e.message).toMatch(/YAML syntax error/);
    expect(e.line).toBeGreaterThanOrEqual(3);
  });

  it("wrong type", () => {
    const e = loadError("categories:\n  contact.phone:\n    sensitive: yes please\n");
    expect(e.line).toBe(3);
    expect(e.message).toContain('categories["contact.phone"].sensitive');
  });

  it("unknown key", () => {
    const e = loadError("categories:\n  contact.phone:\n    patterns: [a]\n    patternz: [b]\n");
    expect(e.line).toBe(4);
    expect(e.message).toContain('unknown key "patternz"');
  });

  it("unknown top-level key", () => {
    const e = loadError("version: 1\ncategorys: {}\n");
    expect(e.line).toBe(2);
  });

  it("bad category id", () => {
    const e = loadError("categories:\n  Contact Phone:\n    label: x\n");
    expect(e.line).toBe(2);
    expect(e.message).toContain("taxonomy id");
  });

  it("new category without a label", () => {
    const e = loadError("categories:\n  custom.thing:\n    patterns: [thing]\n");
    expect(e.line).toBe(2);
    expect(e.message).toContain("label");
  });

  it("coveredBy naming no category", () => {
    const e = loadError("categories:\n  location.coarse:\n    coveredBy: [contact.adress]\n");
    expect(e.line).toBe(3);
    expect(e.message).toContain('"contact.adress" is not a category');
  });

  it("unknown placeholder", () => {
    const e = loadError("categories:\n  contact.phone:\n    patterns:\n      - ok\n      - '{robot} phone'\n");
    expect(e.line).toBe(5);
    expect(e.message).toContain("{robot}");
  });

  it("invalid regex", () => {
    const e = loadError("categories:\n  contact.phone:\n    values:\n      - id: broken\n        regex: '(abc'\n");
    expect(e.line).toBe(5);
    expect(e.message).toContain('categories["contact.phone"].values[0].regex: invalid regex');
  });

  it.each(["(a+)+$", "(a|a)*b", "(\\w+\\s?)*$", "(.*,)*x", "(a|ab)+c", "((ab)*)+"])("ReDoS-prone regex %s", (re) => {
    const e = loadError(`categories:\n  contact.phone:\n    values:\n      - id: slow\n        regex: '${re}'\n`);
    expect(e.line).toBe(5);
    expect(e.message).toContain("backtrack catastrophically");
  });

  it("alias bomb", () => {
    const lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 10; i++) {
      const prev = String.fromCharCode(96 + i);
      const cur = String.fromCharCode(97 + i);
      lines.push(`${cur}: &${cur} [${new Array(9).fill(`*${prev}`).join(",")}]`);
    }
    const e = loadError(lines.join("\n") + "\n");
    expect(e.message).toMatch(/aliases/);
    expect(e.line).toBe(2);
  });

  it("missing file", () => {
    expect(() => loadTaxonomy({ userFile: join(dir, "nope.yaml") })).toThrow(PitraceInputError);
  });
});

describe("redosProblem", () => {
  it.each(["(\\.[a-z]+)*", "[0-9]{15}", "(?:[0-9][ -]?){12,18}[0-9]", "^a+b+$", "(?<![0-9])1[3-9][0-9]{9}", "[A-Za-z0-9._%+-]{0,63}@x", "(ab+)*"])("accepts %s", (re) => {
    expect(redosProblem(re)).toBeUndefined();
  });
  it.each(["(a+)+", "(a*)*", "(a|a)*", "([a-z]+\\d?)+$", "(?:\\d|[0-9a-f])+"])("flags %s", (re) => {
    expect(redosProblem(re)).toBeDefined();
  });
});
