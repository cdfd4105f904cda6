// Contractor categories are checked against the taxonomy in use: a typo is an
// input error naming the file, line and entry, not a silent mismatch.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createSession, PitraceInputError, scan } from "../../src/index.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-taxcheck-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function project(name: string, config: string, extra: Record<string, string> = {}): string {
  const root = path.join(tmp, name);
  fs.mkdirSync(path.join(root, "src"), { recursive: true });
  fs.writeFileSync(path.join(root, "src", "a.ts"), "export const a = 1;\n");
  fs.writeFileSync(path.join(root, "pitrace.config.yaml"), config);
  for (const [f, text] of Object.entries(extra)) fs.writeFileSync(path.join(root, f), text);
  return root;
}

describe("contractor categories", () => {
  it("an unknown id is an input error with file, line and a suggestion", async () => {
    const root = project("typo", "region: cn\ncontractors:\n  - name: Mailer\n    hosts: [mail.example.com]\n    categories: [contact.email]\n  - name: Sms\n    hosts: [sms.example.com]\n    categories:\n      - identity.name\n      - contact.phnoe\n");
    const err = await scan({ root }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PitraceInputError);
    const e = err as PitraceInputError;
    expect(e.file).toBe(path.join(root, "pitrace.config.yaml"));
    expect(e.line).toBe(10);
    expect(e.message).toBe('contractors[1].categories[1]: unknown taxonomy id "contact.phnoe" (did you mean "contact.phone"?) in contractor "Sms"');
    expect(() => createSession({ root })).toThrow(PitraceInputError);
  });

  it("ids, prefixes of ids and ids a user taxonomy adds are accepted", async () => {
    const base = "contractors:\n  - name: Crm\n    hosts: [crm.example.com]\n    categories: [contact, identity.name, minor]\n";
    await expect(scan({ root: project("ok", base) })).resolves.toBeTruthy();
    const custom = "contractors:\n  - name: Loyalty\n    hosts: [loyalty.example.com]\n    categories: [custom.loyalty]\ntaxonomy: ./taxonomy.yaml\n";
    const userTaxonomy = "categories:\n  custom.loyalty:\n    label: Loyalty card\n    sensitive: false\n    legalBasis: [PIPL Art. 4]\n    patterns: [loyalty card no]\n";
    await expect(scan({ root: project("user-taxonomy", custom, { "taxonomy.yaml": userTaxonomy }) })).resolves.toBeTruthy();
    // Without the user taxonomy the same id is unknown.
    await expect(scan({ root: project("no-user-taxonomy", custom.replace("taxonomy: ./taxonomy.yaml\n", "")) })).rejects.toThrow(/unknown taxonomy id "custom\.loyalty"/);
  });

  it("a config given as an object is checked too (no file to name)", async () => {
    const root = project("object", "");
    const config = { firstParty: { hosts: [] }, contractors: [{ name: "X", packages: ["x"], hosts: [], basis: "consent" as const, categories: ["helth"] }], consent: { guards: [] }, sanitizers: [], exclude: [] };
    await expect(scan({ root, config })).rejects.toThrow(/contractors\[0\]\.categories\[0\]: unknown taxonomy id "helth" \(did you mean "health"\?\)/);
  });
});
