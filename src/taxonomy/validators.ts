// Checksums and range tests for value patterns. A regex alone flags every
// 18-digit number or 13-digit timestamp; these keep matchValue to strings that
// really have the structure of the identifier.
import { isIPv6 } from "node:net";

const RESIDENT_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const RESIDENT_CHECK = "10X98765432";
/** First two digits of GB/T 2260 province-level codes (71 Taiwan, 81 Hong Kong, 82 Macao, 83 Taiwan residents' permits). */
const PROVINCES = new Set([11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83]);

/** GB 11643 check character (ISO 7064 MOD 11-2) of the first 17 digits. */
export function residentIdCheckDigit(first17: string): string {
  if (!/^[0-9]{17}$/.test(first17)) throw new RangeError("need exactly 17 digits");
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (first17.charCodeAt(i) - 48) * RESIDENT_WEIGHTS[i];
  return RESIDENT_CHECK[sum % 11];
}

function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return d <= days[m - 1];
}

/**
 * An 18-character mainland resident ID: a province-level region code, a real
 * birth date between 1900 and today, and the right GB 11643 check character.
 */
export function isValidResidentId(id: string, today: Date = new Date()): boolean {
  if (!/^[0-9]{17}[0-9Xx]$/.test(id)) return false;
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return false;
  const y = Number(id.slice(6, 10));
  const m = Number(id.slice(10, 12));
  const d = Number(id.slice(12, 14));
  if (y < 1900 || !isRealDate(y, m, d)) return false;
  if (Date.UTC(y, m - 1, d) > today.getTime()) return false;
  return residentIdCheckDigit(id.slice(0, 17)) === id[17].toUpperCase();
}

/** Luhn (mod 10) check over a string of digits; false for anything else. */
export function luhn(digits: string): boolean {
  if (!/^[0-9]{2,}$/.test(digits)) return false;
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let n = digits.charCodeAt(i) - 48;
    if (double) {
      n *= 2;
      if (n > 9) n -= 9;
    }
    sum += n;
    double = !double;
  }
  return sum % 10 === 0;
}

/** The Luhn check digit to append to `payload`. */
export function luhnCheckDigit(payload: string): string {
  if (!/^[0-9]+$/.test(payload)) throw new RangeError("need digits");
  for (let d = 0; d <= 9; d++) if (luhn(payload + d)) return String(d);
  throw new Error("unreachable");
}

/** Issuer prefixes and lengths of the card schemes seen in China and abroad. */
const CARD_SCHEMES: Array<{ prefix: (d: string) => boolean; lengths: [number, number] }> = [
  { prefix: (d) => d.startsWith("62"), lengths: [16, 19] }, // UnionPay
  { prefix: (d) => d.startsWith("60"), lengths: [16, 19] }, // older mainland debit cards, Discover 6011
  { prefix: (d) => d.startsWith("4"), lengths: [13, 19] }, // Visa
  { prefix: (d) => between(d, 2, 51, 55) || between(d, 4, 2221, 2720), lengths: [16, 16] }, // Mastercard
  { prefix: (d) => d.startsWith("34") || d.startsWith("37"), lengths: [15, 15] }, // American Express
  { prefix: (d) => between(d, 4, 3528, 3589), lengths: [16, 19] }, // JCB
  { prefix: (d) => between(d, 3, 644, 649) || d.startsWith("65"), lengths: [16, 19] }, // Discover
  { prefix: (d) => between(d, 3, 300, 305) || between(d, 2, 36, 36) || between(d, 2, 38, 39), lengths: [14, 19] }, // Diners Club
  { prefix: (d) => d.startsWith("50") || between(d, 2, 56, 58) || d.startsWith("63") || d.startsWith("67"), lengths: [12, 19] }, // Maestro
];

function between(d: string, len: number, lo: number, hi: number): boolean {
  const n = Number(d.slice(0, len));
  return n >= lo && n <= hi;
}

/** A bank card number (spaces and dashes allowed): a known issuer prefix and length, and a valid Luhn digit. */
export function isValidBankCard(value: string): boolean {
  const digits = value.replace(/[ -]/g, "");
  if (!/^[0-9]{12,19}$/.test(digits)) return false;
  if (/^(\d)\1+$/.test(digits)) return false;
  const scheme = CARD_SCHEMES.find((s) => s.prefix(digits));
  if (!scheme || digits.length < scheme.lengths[0] || digits.length > scheme.lengths[1]) return false;
  return luhn(digits);
}

/** GSMA reporting-body prefixes of a type allocation code (first two IMEI digits). */
const IMEI_BODIES = new Set(["01", "10", "30", "33", "35", "44", "45", "49", "50", "51", "52", "53", "54", "86", "91", "98", "99"]);

/** A 15-digit IMEI with a known reporting body and a valid Luhn digit. */
export function isValidImei(value: string): boolean {
  return /^[0-9]{15}$/.test(value) && IMEI_BODIES.has(value.slice(0, 2)) && luhn(value);
}

/** A mainland mobile number, optionally with +86 / 86. */
export function isValidCnMobile(value: string): boolean {
  return /^(?:\+?86[- ]?)?1[3-9][0-9]{9}$/.test(value);
}

function v4Octets(ip: string): number[] | undefined {
  const parts = ip.split(".");
  if (parts.length !== 4) return undefined;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^(0|[1-9][0-9]{0,2})$/.test(p)) return undefined;
    const n = Number(p);
    if (n > 255) return undefined;
    out.push(n);
  }
  return out;
}

function v4Public(o: number[]): boolean {
  const [a, b, c] = o;
  if (a === 0 || a === 10 || a === 127 || a >= 224) return false; // this network, private, loopback, multicast, reserved
  if (a === 100 && b >= 64 && b <= 127) return false; // carrier-grade NAT
  if (a === 169 && b === 254) return false; // link-local
  if (a === 172 && b >= 16 && b <= 31) return false;
  if (a === 192 && b === 168) return false;
  if (a === 192 && b === 0 && (c === 0 || c === 2)) return false; // IETF protocol assignments, TEST-NET-1
  if (a === 198 && (b === 18 || b === 19)) return false; // benchmarking
  if (a === 198 && b === 51 && c === 100) return false; // TEST-NET-2
  if (a === 203 && b === 0 && c === 113) return false; // TEST-NET-3
  return true;
}

/** A dotted IPv4 address outside private, loopback, link-local, documentation and other reserved ranges. */
export function isPublicIPv4(ip: string): boolean {
  const o = v4Octets(ip);
  return o !== undefined && v4Public(o);
}

/** The eight 16-bit groups of an IPv6 address (an embedded IPv4 tail becomes two groups). */
function v6Groups(ip: string): number[] | undefined {
  if (!isIPv6(ip)) return undefined;
  let s = ip.toLowerCase();
  const v4 = /:(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (v4) {
    const o = v4Octets(v4[1]);
    if (!o) return undefined;
    s = s.slice(0, v4.index + 1) + ((o[0] << 8) | o[1]).toString(16) + ":" + ((o[2] << 8) | o[3]).toString(16);
  }
  const [head, tail] = s.includes("::") ? s.split("::") : [s, undefined];
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const fill = tail === undefined ? [] : new Array<string>(8 - h.length - t.length).fill("0");
  const groups = [...h, ...fill, ...t].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => g >= 0 && g <= 0xffff) ? groups : undefined;
}

/** An IPv6 address outside loopback, unspecified, link-local, unique-local, multicast and documentation ranges. */
export function isPublicIPv6(ip: string): boolean {
  const g = v6Groups(ip);
  if (!g) return false;
  if (g.slice(0, 7).every((x) => x === 0) && g[7] <= 1) return false; // :: and ::1
  if ((g[0] & 0xffc0) === 0xfe80) return false; // link-local
  if ((g[0] & 0xfe00) === 0xfc00) return false; // unique local
  if ((g[0] & 0xff00) === 0xff00) return false; // multicast
  if (g[0] === 0x2001 && g[1] === 0x0db8) return false; // documentation
  if (g[0] === 0x3fff && g[1] <= 0x0fff) return false; // documentation (RFC 9637)
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) {
    return v4Public([g[6] >> 8, g[6] & 0xff, g[7] >> 8, g[7] & 0xff]); // IPv4-mapped
  }
  // The rest of ::/8 is reserved; "::c" is also what a key like 'api::customer.customer' holds.
  if ((g[0] & 0xff00) === 0) return false;
  return true;
}

const RESERVED_TLDS = new Set(["test", "example", "invalid", "localhost", "local", "internal"]);
/** File extensions that look like TLDs in asset names such as logo@2x.png. */
const FILE_TLDS = new Set(["png", "jpg", "jpeg", "gif", "svg", "webp", "avif", "ico", "bmp", "js", "mjs", "cjs", "ts", "tsx", "jsx", "css", "scss", "less", "json", "map", "html", "htm", "vue", "md", "txt", "xml", "yaml", "yml", "wasm", "woff", "woff2", "ttf", "otf", "mp3", "mp4", "webm", "pdf", "zip"]);

/** An email address whose domain is not a reserved example/test domain or a file name. */
export function isPlausibleEmail(value: string): boolean {
  const at = value.lastIndexOf("@");
  if (at <= 0) return false;
  const domain = value.slice(at + 1).toLowerCase();
  const labels = domain.split(".");
  const tld = labels[labels.length - 1];
  if (labels.length < 2 || !/^[a-z]{2,24}$/.test(tld)) return false;
  if (RESERVED_TLDS.has(tld) || FILE_TLDS.has(tld)) return false;
  const sld = labels.slice(-2).join(".");
  if (["example.com", "example.net", "example.org", "example.edu"].includes(sld)) return false;
  return true;
}
