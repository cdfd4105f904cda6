import { describe, expect, it } from "vitest";
import { constantMailDomains, mailContent, smtpRelay } from "../../src/engine/mail.js";
import { join, type Ref, type Val } from "../../src/engine/values.js";

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

describe("SMTP relay of a transport", () => {
  it("is the host of { host } or of an smtp(s) URL, lower-cased; unknown when configured at run time", () => {
    expect(smtpRelay(opts({ host: str("SMTPDM.aliyun.com"), port: { clean: true } }))).toBe("smtpdm.aliyun.com");
    expect(smtpRelay(str("smtps://user%40x.example:pw@smtp.mail.example:465"))).toBe("smtp.mail.example");
    expect(smtpRelay(str("smtp://smtp.mail.example"))).toBe("smtp.mail.example");
    expect(smtpRelay(opts({ host: { str: { prefix: "smtp.", complete: false } } }))).toBeUndefined();
    expect(smtpRelay(opts({ host: { taint: new Map() } }))).toBeUndefined();
    expect(smtpRelay(str("direct"))).toBeUndefined();
  });

  it("an injected transport's relay survives a join with its bare declared type, in either order", () => {
    const declared: Val = { ref: { k: "pkg", pkg: "nodemailer", path: ["Transporter", "new"] } as Ref };
    const created: Val = { ref: { k: "pkg", pkg: "nodemailer", path: ["default", "createTransport", "()"], base: { prefix: "https://smtp.mail.example/", complete: false } } as Ref };
    for (const v of [join(declared, created), join(created, declared)]) expect((v.ref as { base?: unknown }).base).toEqual({ prefix: "https://smtp.mail.example/", complete: false });
  });
});
