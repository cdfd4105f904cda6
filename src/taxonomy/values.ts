// Value patterns: regexes over string literals, each confirmed by the
// checksum or range test its entry names. Compiled once per taxonomy.
import type { ValueMatch } from "../model/taxonomy.js";
import type { MergedTaxonomy } from "./merge.js";
import type { ValueCheck } from "./schema.js";
import {
  isPlausibleEmail,
  isPublicIPv4,
  isPublicIPv6,
  isValidBankCard,
  isValidCnMobile,
  isValidImei,
  isValidResidentId,
  luhn,
} from "./validators.js";

/** Longest literal prefix looked at: keeps a pathological literal from costing more than a normal one. */
export const MAX_VALUE_LENGTH = 4096;

const CHECKS: Record<ValueCheck, (s: string) => boolean> = {
  "resident-id": (s) => isValidResidentId(s),
  luhn: (s) => luhn(s.replace(/[ -]/g, "")),
  "bank-card": isValidBankCard,
  imei: isValidImei,
  "public-ipv4": isPublicIPv4,
  "public-ipv6": (s) => s.includes(":") && isPublicIPv6(s),
  email: isPlausibleEmail,
  "cn-mobile": isValidCnMobile,
};

interface CompiledValue {
  id: string;
  category: string;
  regex: RegExp;
  check?: (s: string) => boolean;
}

export class ValueMatcher {
  private readonly patterns: CompiledValue[] = [];

  constructor(tax: MergedTaxonomy) {
    for (const cat of tax.categories.values()) {
      for (const v of cat.values) {
        // Regexes were validated (syntax and backtracking) when the file was read.
        this.patterns.push({ id: v.id, category: cat.id, regex: new RegExp(v.regex, `g${v.flags}`), check: v.check ? CHECKS[v.check] : undefined });
      }
    }
  }

  match(value: string): ValueMatch | null {
    const s = value.length > MAX_VALUE_LENGTH ? value.slice(0, MAX_VALUE_LENGTH) : value;
    for (const p of this.patterns) {
      p.regex.lastIndex = 0;
      let m: RegExpExecArray | null;
      while ((m = p.regex.exec(s)) !== null) {
        if (!p.check || p.check(m[0])) return { category: p.category, pattern: p.id };
        if (m[0].length === 0) p.regex.lastIndex++;
      }
    }
    return null;
  }
}
