// Compiles the merged taxonomy into lookup tables for the classifier: every
// pattern becomes the concatenation of its tokens ("phone number" →
// "phonenumber"), so matching a span of a name's tokens is one Map lookup and
// works whatever the name's word boundaries are ("phoneNumber", "phone_number",
// "phonenumber", "ShouJiHao"). Placeholders are expanded here, once.
import type { MergedTaxonomy } from "./merge.js";
import { tokenize } from "./tokenize.js";

export interface Hit {
  category: string;
  /** The pattern as written in the taxonomy. */
  pattern: string;
  source: "word" | "pinyin" | "chinese";
  /** Tokens of the pattern that are literal (not placeholders): more is more specific. */
  literal: number;
  /** `^pattern`: only at the start of a name (after owner words). */
  anchored: boolean;
  /** Order of the category in the taxonomy, for stable output. */
  order: number;
}

export interface Exclusion {
  category: string;
  phrase: string;
}

export interface Lexicon {
  keys: Map<string, Hit[]>;
  maxKeyLength: number;
  excludes: Map<string, Exclusion[]>;
  /** Chinese keys, longest first. */
  chinese: Array<{ key: string; category: string; order: number }>;
  keep: Map<string, Set<string>>;
  factFlags: Set<string>;
  collections: Set<string>;
  transparent: Set<string>;
  metadata: Set<string>;
  app: Set<string>;
  /** Words of `app` that, qualified (`claimJob`), name a unit of work carrying someone's data instead. */
  task: Set<string>;
  /** Words of appPrefixes naming where records are kept: with a record suffix, a stored record (databaseEntity). */
  storage: Set<string>;
  /** Words of appPrefixes naming a record of the app's or an organisation's own: data read through it is its own (see ownRecordOwners). */
  ownRecord: Set<string>;
  /** Words of appPrefixes naming an organisation with people of its own: a person word after one makes a name that person's (see peopleHolders). */
  peopleHolders: Set<string>;
  /** Animals and things whose attributes read like a person's (a pet's age, a car's owner-less mileage): see thingOwners. */
  thing: Set<string>;
  /** People named by the thing they keep (`petOwner`, `carDriver`): a person's again. */
  keeper: Set<string>;
  flag: Set<string>;
  verb: Set<string>;
  derived: Set<string>;
  ownerNames: Set<string>;
  /** Words of state that may precede an anchored pattern (see `stateModifiers` in pi-taxonomy.yaml). */
  state: Set<string>;
  person: Set<string>;
  minor: Set<string>;
  record: Set<string>;
  ownerSuffixes: Set<string>;
  /** Words never split into others, even where glued words are split by force (see `compoundWords`). */
  compound: Set<string>;
  chineseMetadata: string[];
  chineseCounts: Set<string>;
  /** Chinese words that make a key a child's data (孩子姓名). */
  chineseMinor: string[];
  /** Chinese words before a key that make it an organisation's own (机构地址, 公司电话). */
  chineseOwn: string[];
  /** Words a glued lowercase token may be split into ("userphone" → user, phone). */
  segVocab: Set<string>;
}

/** A word list as concatenated token keys ("no reply" → "noreply"). */
function keySet(words: readonly string[], withPlurals = false): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const k = tokenize(w).join("");
    if (!k) continue;
    out.add(k);
    if (withPlurals) for (const p of plurals(k)) out.add(p);
  }
  return out;
}

/** English plural forms of a key, so "phones", "addresses", "histories" match. */
export function plurals(key: string): string[] {
  if (key.length < 3 || /[^a-z]$/.test(key)) return [];
  if (/(s|x|z|ch|sh)$/.test(key)) return [`${key}es`];
  if (/[^aeiou]y$/.test(key)) return [`${key.slice(0, -1)}ies`];
  return [`${key}s`];
}

/** Expand {person}/{minor}/{record} into every combination of token lists. */
function expand(pattern: string, vocab: Record<string, string[][]>): Array<{ tokens: string[]; literal: number }> {
  let acc: Array<{ tokens: string[]; literal: number }> = [{ tokens: [], literal: 0 }];
  for (const part of pattern.split(/(\{[a-z]+\})/)) {
    if (!part.trim()) continue;
    const options = vocab[part];
    if (options) acc = acc.flatMap((a) => options.map((o) => ({ tokens: [...a.tokens, ...o], literal: a.literal })));
    else {
      const t = tokenize(part);
      acc = acc.map((a) => ({ tokens: [...a.tokens, ...t], literal: a.literal + t.length }));
    }
  }
  return acc.filter((a) => a.tokens.length > 0);
}

export function buildLexicon(tax: MergedTaxonomy): Lexicon {
  const v = tax.vocabulary;
  const tokLists = (words: string[]): string[][] => words.map((w) => tokenize(w)).filter((t) => t.length > 0);
  const placeholderVocab: Record<string, string[][]> = {
    "{person}": tokLists(v.personOwners),
    "{minor}": tokLists(v.minorOwners),
    "{record}": tokLists(v.recordWords),
  };

  const keys = new Map<string, Hit[]>();
  const excludes = new Map<string, Exclusion[]>();
  const chinese: Lexicon["chinese"] = [];
  const keep = new Map<string, Set<string>>();
  const factFlags = new Set<string>();
  const collections = new Set<string>();
  const segVocab = new Set<string>();
  let maxKeyLength = 0;

  const addKey = (key: string, hit: Hit): void => {
    const list = keys.get(key) ?? [];
    const same = list.find((h) => h.category === hit.category);
    if (same) {
      if (hit.literal > same.literal) Object.assign(same, hit);
    } else list.push(hit);
    keys.set(key, list);
    maxKeyLength = Math.max(maxKeyLength, key.length);
  };

  let order = 0;
  for (const cat of tax.categories.values()) {
    order++;
    keep.set(cat.id, keySet(cat.keepSuffixes));
    if (cat.factFlags) factFlags.add(cat.id);
    if (cat.collection) collections.add(cat.id);
    const sources: Array<[string[], Hit["source"]]> = [
      [cat.patterns, "word"],
      [cat.pinyin, "pinyin"],
    ];
    for (const [list, source] of sources) {
      for (const raw of list) {
        const anchored = raw.startsWith("^");
        const pattern = anchored ? raw.slice(1) : raw;
        const literalOnly = !pattern.includes("{");
        for (const e of expand(pattern, placeholderVocab)) {
          const key = e.tokens.join("");
          const hit: Hit = { category: cat.id, pattern: raw, source, literal: e.literal, anchored, order };
          addKey(key, hit);
          // Plurals only for literal patterns: "{person}s" forms are not names.
          if (literalOnly && !anchored && source === "word") for (const p of plurals(key)) addKey(p, hit);
          if (literalOnly) for (const t of e.tokens) if (/^[a-z0-9]+$/.test(t)) segVocab.add(t);
          if (literalOnly && /^[a-z]+$/.test(key)) segVocab.add(key);
        }
      }
    }
    for (const phrase of cat.exclude) {
      const key = tokenize(phrase).join("");
      if (!key) continue;
      const list = excludes.get(key) ?? [];
      list.push({ category: cat.id, phrase });
      excludes.set(key, list);
      maxKeyLength = Math.max(maxKeyLength, key.length);
    }
    for (const key of cat.chinese) chinese.push({ key, category: cat.id, order });
  }
  chinese.sort((a, b) => b.key.length - a.key.length || a.order - b.order);

  const sets = {
    transparent: keySet(v.transparent),
    metadata: keySet(v.metadataSuffixes, true),
    app: keySet(v.appPrefixes),
    task: keySet(v.taskOwners, true),
    ownRecord: keySet(v.ownRecordOwners, true),
    peopleHolders: keySet(v.peopleHolders, true),
    storage: keySet(v.storageOwners, true),
    thing: keySet(v.thingOwners, true),
    keeper: keySet(v.thingKeepers, true),
    flag: keySet(v.flagPrefixes),
    verb: keySet(v.verbPrefixes),
    derived: keySet(v.derivedMarkers),
    ownerNames: keySet(v.ownerNames),
    state: keySet(v.stateModifiers),
    person: keySet(v.personOwners, true),
    minor: keySet(v.minorOwners, true),
    record: keySet(v.recordWords),
    ownerSuffixes: keySet([...v.ownerSuffixes, ...v.recordWords, ...v.transparent]),
    compound: keySet(v.compoundWords),
  };
  for (const list of [v.transparent, v.metadataSuffixes, v.appPrefixes, v.thingOwners, v.thingKeepers, v.personOwners, v.minorOwners, v.recordWords, v.derivedMarkers, v.flagPrefixes, v.stateModifiers, v.compoundWords]) {
    for (const w of list) for (const t of tokenize(w)) if (/^[a-z]+$/.test(t)) segVocab.add(t);
  }
  return { keys, maxKeyLength, excludes, chinese, keep, factFlags, collections, ...sets, chineseMetadata: v.chineseMetadata, chineseCounts: new Set(v.chineseCounts), chineseMinor: v.chineseMinorOwners, chineseOwn: v.chineseOwnOwners, segVocab };
}
