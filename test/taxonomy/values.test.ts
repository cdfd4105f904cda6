import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isPlausibleEmail,
  isPublicIPv4,
  isPublicIPv6,
  isValidBankCard,
  isValidCnMobile,
  isValidImei,
  isValidResidentId,
  loadTaxonomy,
  luhn,
  luhnCheckDigit,
  residentIdCheckDigit,
} from "../../src/taxonomy/index.js";

const tax = loadTaxonomy();

/** Replace the last character with every other allowed one. */
function otherChecks(valid: string, alphabet: string): string[] {
  const body = valid.slice(0, -1);
  return alphabet.split("").filter((c) => c !== valid.slice(-1).toUpperCase()).map((c) => body + c);
}

const RESIDENT_ID = "11010519491231002" + residentIdCheckDigit("11010519491231002");
const BANK_CARD = "622202123456789" + luhnCheckDigit("622202123456789");
const IMEI = "35209900176148" + luhnCheckDigit("35209900176148");

describe("validators", () => {
  it("resident ID: GB 11643 check digit and a plausible birth date", () => {
    expect(RESIDENT_ID).toBe("11010519491231002X");
    expect(isValidResidentId(RESIDENT_ID)).toBe(true);
    expect(isValidResidentId(RESIDENT_ID.toLowerCase())).toBe(true);
    for (const bad of otherChecks(RESIDENT_ID, "0123456789X")) expect(isValidResidentId(bad)).toBe(false);
    const feb30 = "11010519490230001";
    expect(isValidResidentId(feb30 + residentIdCheckDigit(feb30))).toBe(false);
    const region99 = "99010519491231002";
    expect(isValidResidentId(region99 + residentIdCheckDigit(region99))).toBe(false);
    const future = "11010530000101001";
    expect(isValidResidentId(future + residentIdCheckDigit(future))).toBe(false);
  });

  it("Luhn", () => {
    expect(luhn("79927398713")).toBe(true);
    expect(luhn("79927398710")).toBe(false);
    expect(luhn("")).toBe(false);
    expect(luhn("12a4")).toBe(false);
  });

  it("bank card: Luhn plus issuer prefix and length", () => {
    expect(isValidBankCard(BANK_CARD)).toBe(true);
    expect(isValidBankCard("4111 1111 1111 1111")).toBe(true);
    for (const bad of otherChecks(BANK_CARD, "0123456789")) expect(isValidBankCard(bad)).toBe(false);
    expect(isValidBankCard("1234567812345670")).toBe(false); // Luhn-valid, no issuer
    expect(isValidBankCard("0000000000000000")).toBe(false);
  });

  it("IMEI: 15 digits, reporting body, Luhn", () => {
    expect(isValidImei(IMEI)).toBe(true);
    for (const bad of otherChecks(IMEI, "0123456789")) expect(isValidImei(bad)).toBe(false);
  });

  it("mainland mobile", () => {
    expect(isValidCnMobile("13812345678")).toBe(true);
    expect(isValidCnMobile("+8613812345678")).toBe(true);
    expect(isValidCnMobile("12812345678")).toBe(false);
  });

  it("public IPs only", () => {
    expect(isPublicIPv4("8.8.8.8")).toBe(true);
    for (const ip of ["10.1.2.3", "127.0.0.1", "192.168.0.1", "172.16.5.4", "169.254.1.1", "192.0.2.1", "198.51.100.7", "203.0.113.9", "0.0.0.0", "224.0.0.1", "256.1.1.1", "1.2.3"])
      expect(isPublicIPv4(ip), ip).toBe(false);
    expect(isPublicIPv6("2606:4700:4700::1111")).toBe(true);
    for (const ip of ["::1", "::", "fe80::1", "fd00::1", "2001:db8::1", "ff02::1", "::ffff:192.168.1.1", "12:30:45", "::c", "::dead:beef"]) expect(isPublicIPv6(ip), ip).toBe(false);
    expect(isPublicIPv6("::ffff:8.8.8.8")).toBe(true);
  });

  it("email: not example domains or asset names", () => {
    expect(isPlausibleEmail("zhang.wei@qq.com")).toBe(true);
    expect(isPlausibleEmail("someone@example.com")).toBe(false);
    expect(isPlausibleEmail("logo@2x.png")).toBe(false);
  });
});

describe("matchValue", () => {
  it.each([
    [RESIDENT_ID, "identity.national_id", "cn-resident-id"],
    [`身份证: ${RESIDENT_ID}`, "identity.national_id", "cn-resident-id"],
    ["13812345678", "contact.phone", "cn-mobile"],
    ["+86 13812345678", "contact.phone", "cn-mobile"],
    ["zhang.wei@qq.com", "contact.email", "email"],
    ["mailto:zhang.wei@qq.com", "contact.email", "email"],
    ["docs at https://x.cn/a, write to li.na@163.com", "contact.email", "email"],
    ["https://3f9a1c7e5b2d4a60@o451234.ingest.sentry.io/6612345", null, null],
    ["ftp://deploy:secret@files.acme.cn/releases", null, null],
    [BANK_CARD, "financial.bank_card", "bank-card"],
    ["6222 0212 3456 7890".slice(0, 15) + " " + "0", null, null],
    [IMEI, "device.identifier", "imei"],
    ["client 8.8.8.8 connected", "network.ip", "ipv4"],
    ["2606:4700:4700::1111", "network.ip", "ipv6"],
  ])("%s → %s", (value, category, pattern) => {
    const m = tax.matchValue(value);
    if (category === null) expect(m === null || (m.category !== "financial.bank_card" && m.category !== "contact.email")).toBe(true);
    else expect(m).toEqual({ category, pattern });
  });

  it.each([
    [RESIDENT_ID.slice(0, 17) + "1"],
    ["1700000000000"], // a 13-digit millisecond timestamp is not a phone number
    ["12345678901234"],
    ["213812345678"],
    [BANK_CARD.slice(0, -1) + String((Number(BANK_CARD.slice(-1)) + 1) % 10)],
    [IMEI.slice(0, -1) + String((Number(IMEI.slice(-1)) + 1) % 10)],
    ["192.168.1.20"],
    ["version 1.2.3.4.5"],
    ["fe80::1"],
    ["someone@example.com"],
    ["hello world"],
  ])("%s → null", (value) => {
    expect(tax.matchValue(value)).toBeNull();
  });
});

describe("validators: properties", () => {
  const digits = (min: number, max: number) => fc.string({ unit: fc.constantFrom(..."0123456789".split("")), minLength: min, maxLength: max });

  it("never throw on random digit strings", () => {
    fc.assert(
      fc.property(digits(0, 25), (s) => {
        isValidResidentId(s);
        isValidResidentId(s + "X");
        luhn(s);
        isValidBankCard(s);
        isValidImei(s);
        isValidCnMobile(s);
        tax.matchValue(s);
      }),
      { numRuns: 1000 },
    );
  });

  const provinces = [11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65];
  const residentBody = fc
    .tuple(fc.constantFrom(...provinces), digits(4, 4), fc.date({ min: new Date("1900-01-01T00:00:00Z"), max: new Date("2020-12-31T00:00:00Z"), noInvalidDate: true }), digits(3, 3))
    .map(([p, area, d, seq]) => `${p}${area}${d.toISOString().slice(0, 10).replace(/-/g, "")}${seq}`);

  it("a resident ID with the right check digit validates, with any other it does not", () => {
    fc.assert(
      fc.property(residentBody, (body) => {
        const check = residentIdCheckDigit(body);
        expect(isValidResidentId(body + check)).toBe(true);
        for (const c of "0123456789X") if (c !== check) expect(isValidResidentId(body + c)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it("a bank card with the right Luhn digit validates, with any other it does not", () => {
    fc.assert(
      fc.property(fc.constantFrom<[string, number]>(["62", 16], ["62", 19], ["4", 16], ["51", 16], ["60", 17], ["37", 15]), digits(18, 18), ([prefix, length], rest) => {
        const payload = (prefix + rest).slice(0, length - 1);
        const check = luhnCheckDigit(payload);
        expect(isValidBankCard(payload + check) || /^(\d)\1+$/.test(payload + check)).toBe(true);
        for (const c of "0123456789") if (c !== check) expect(isValidBankCard(payload + c)).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
