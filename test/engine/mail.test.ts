import { describe, expect, it } from "vitest";
import { constantMailDomains, mailContent } from "../../src/engine/mail.js";
import type { Val } from "../../src/engine/values.js";

const str = (s: string): Val => ({ str: { prefix: s, complete: true } });
const opts = (fields: Record<string, Val>): Val => ({ fields: new Map(Object.entries(fields)) });

describe("mail recipients", () => {
  it("takes the domains of constant addresses in to, cc and bcc, with display names and lists", () => {
    const o = opts({ to: str('"Lab" <orders@Lab.example>, desk@b.example'), cc: { fields: new Map([["0", str("x@c.example")]]) }, from: str("me@own.example") });
    expect(constantMailDomains(o).sort()).toEqual(["b.example", "c.example", "lab.example"]);
  });

  it("ignores addresses only known at run time", () => {
    expect(constantMailDomains(opts({ to: { taint: new Map() } }))).toEqual([]);
  });

  it("leaves the constant header addresses out of the content", () => {
    const c = mailContent(opts({ to: str("a@b.example"), text: { taint: new Map() } }))!;
    expect([...c.fields!.keys()]).toEqual(["text"]);
  });
});
