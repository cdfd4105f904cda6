import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tokenize } from "../../src/taxonomy/index.js";

describe("tokenize", () => {
  it.each([
    ["phoneNumber", ["phone", "number"]],
    ["PhoneNumber", ["phone", "number"]],
    ["phone_number", ["phone", "number"]],
    ["phone-number", ["phone", "number"]],
    ["PHONE_NUMBER", ["phone", "number"]],
    ["user.phone", ["user", "phone"]],
    ["isUnder14", ["is", "under", "14"]],
    ["addressLine1", ["address", "line", "1"]],
    ["HTMLParser", ["html", "parser"]],
    ["XMLHttpRequest", ["xml", "http", "request"]],
    ["userIP", ["user", "ip"]],
    ["IPv6Enabled", ["i", "pv", "6", "enabled"]],
    ["x-forwarded-for", ["x", "forwarded", "for"]],
    ["真实姓名", ["真实姓名"]],
    ["row['手机号']", ["row", "手机号"]],
    ["ip地址", ["ip", "地址"]],
    ["jhr_shoujihao", ["jhr", "shoujihao"]],
    ["__proto__", ["proto"]],
    ["", []],
    ["---", []],
  ])("%s → %j", (name, tokens) => {
    expect(tokenize(name)).toEqual(tokens);
  });

  it("never throws; tokens are lowercase and non-empty", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 60 }), (s) => {
        for (const t of tokenize(s)) {
          expect(t.length).toBeGreaterThan(0);
          expect(t).toBe(t.toLowerCase());
        }
      }),
      { numRuns: 500 },
    );
  });

  it("joining the tokens and tokenizing again gives the same tokens", () => {
    const ch = fc.constantFrom(..."abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.$ 手机号姓名éÉ".split(""));
    fc.assert(
      fc.property(fc.string({ unit: ch, maxLength: 40 }), (s) => {
        const tokens = tokenize(s);
        expect(tokenize(tokens.join("_"))).toEqual(tokens);
        expect(tokenize(tokens.join("."))).toEqual(tokens);
      }),
      { numRuns: 500 },
    );
  });
});
