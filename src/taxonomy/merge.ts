// Checks what the schema cannot (placeholders, regexes, completeness) and
// merges a user taxonomy over the built-in one, by category id.
import { PitraceInputError } from "../model/errors.js";
import { formatKeyPath, type ParsedTaxonomyFile } from "./read-yaml.js";
import { redosProblem, RegexSyntaxError } from "./redos.js";
import type { ValueCheck, VocabularyKey } from "./schema.js";
import { tokenize } from "./tokenize.js";

export const PLACEHOLDERS = ["{person}", "{minor}", "{record}"] as const;

export interface MergedValue {
  id: string;
  regex: string;
  flags: string;
  check?: ValueCheck;
}

export interface MergedCategory {
  id: string;
  label: string;
  sensitive: boolean;
  legalBasis: string[];
  patterns: string[];
  pinyin: string[];
  chinese: string[];
  exclude: string[];
  keepSuffixes: string[];
  factFlags: boolean;
  collection: boolean;
  coveredBy: string[];
  values: MergedValue[];
}

export type MergedVocabulary = Record<VocabularyKey, string[]>;

export interface MergedTaxonomy {
  vocabulary: MergedVocabulary;
  /** In file order: the built-in entries first, then new user entries. */
  categories: Map<string, MergedCategory>;
}

const VOCAB_KEYS: VocabularyKey[] = [
  "personOwners",
  "minorOwners",
  "recordWords",
  "ownerSuffixes",
  "transparent",
  "metadataSuffixes",
  "appPrefixes",
  "taskOwners",
  "ownRecordOwners",
  "peopleHolders",
  "storageOwners",
  "thingOwners",
  "thingKeepers",
  "flagPrefixes",
  "verbPrefixes",
  "derivedMarkers",
  "ownerNames",
  "stateModifiers",
  "chineseMetadata",
  "chineseCounts",
  "chineseMinorOwners",
  "chineseOwnOwners",
  "compoundWords",
];

type ListField = "patterns" | "pinyin" | "chinese" | "exclude" | "keepSuffixes" | "legalBasis" | "coveredBy";

function fail(p: ParsedTaxonomyFile, path: PropertyKey[], message: string): never {
  throw new PitraceInputError(`${formatKeyPath(path)}: ${message}`, { file: p.file, line: p.lineAt(path) });
}

/** Validate what zod cannot: pattern syntax, placeholders, regexes (compiles, no catastrophic backtracking). */
export function validateFile(p: ParsedTaxonomyFile): void {
  for (const [id, entry] of Object.entries(p.data.categories ?? {})) {
    for (const field of ["patterns", "pinyin", "exclude", "keepSuffixes"] as const) {
      (entry[field] ?? []).forEach((pattern, i) => {
        const path = ["categories", id, field, i];
        const body = pattern.startsWith("^") ? pattern.slice(1) : pattern;
        for (const m of body.matchAll(/\{[^}]*\}/g)) {
          if (field !== "patterns" || !(PLACEHOLDERS as readonly string[]).includes(m[0]))
            fail(p, path, `unknown placeholder ${m[0]} (allowed in patterns: ${PLACEHOLDERS.join(", ")})`);
        }
        if (tokenize(body.replace(/\{[^}]*\}/g, " ")).length === 0 && !/\{/.test(body)) fail(p, path, `"${pattern}" has no letters or digits to match`);
      });
    }
    (entry.chinese ?? []).forEach((key, i) => {
      if (!/\p{Script=Han}/u.test(key)) fail(p, ["categories", id, "chinese", i], `"${key}" has no Chinese characters (put it under patterns or pinyin)`);
    });
    (entry.values ?? []).forEach((v, i) => {
      const path = ["categories", id, "values", i, "regex"];
      try {
        new RegExp(v.regex, `g${v.flags ?? ""}`);
      } catch (err) {
        fail(p, path, `invalid regex: ${(err as Error).message}`);
      }
      let problem: string | undefined;
      try {
        problem = redosProblem(v.regex);
      } catch (err) {
        if (err instanceof RegexSyntaxError) fail(p, path, `invalid regex: ${err.message}`);
        throw err;
      }
      if (problem) fail(p, path, `regex may backtrack catastrophically: ${problem}; rewrite it without nested or overlapping quantifiers`);
    });
  }
}

/** Merge `user` over `base`: vocabulary lists and category lists extend (or are replaced with `replace: true`), scalars override. */
export function mergeTaxonomies(base: ParsedTaxonomyFile, user?: ParsedTaxonomyFile): MergedTaxonomy {
  const vocabulary = {} as MergedVocabulary;
  for (const k of VOCAB_KEYS) vocabulary[k] = [...(base.data.vocabulary?.[k] ?? []), ...(user?.data.vocabulary?.[k] ?? [])];

  const categories = new Map<string, MergedCategory>();
  const apply = (p: ParsedTaxonomyFile, isUser: boolean): void => {
    for (const [id, e] of Object.entries(p.data.categories ?? {})) {
      if (e.disabled) {
        categories.delete(id);
        continue;
      }
      const prev = categories.get(id);
      if (!prev && !e.label) fail(p, ["categories", id], `a new category needs a label`);
      if (!prev && !isUser && (e.sensitive === undefined || !e.legalBasis?.length))
        fail(p, ["categories", id], `a built-in category needs sensitive and legalBasis`);
      const replace = e.replace === true;
      const list = (field: ListField): string[] => [...(replace || !prev ? [] : prev[field]), ...(e[field] ?? [])];
      const values: MergedValue[] = [
        ...(replace || !prev ? [] : prev.values.filter((v) => !(e.values ?? []).some((n) => n.id === v.id))),
        ...(e.values ?? []).map((v) => ({ id: v.id, regex: v.regex, flags: v.flags ?? "", check: v.check })),
      ];
      categories.set(id, {
        id,
        label: e.label ?? prev?.label ?? id,
        sensitive: e.sensitive ?? prev?.sensitive ?? false,
        legalBasis: list("legalBasis"),
        patterns: list("patterns"),
        pinyin: list("pinyin"),
        chinese: list("chinese"),
        exclude: list("exclude"),
        keepSuffixes: list("keepSuffixes"),
        factFlags: e.factFlags ?? prev?.factFlags ?? false,
        collection: e.collection ?? prev?.collection ?? false,
        coveredBy: list("coveredBy"),
        values,
      });
    }
  };
  apply(base, false);
  if (user) apply(user, true);
  for (const p of user ? [base, user] : [base])
    for (const [id, e] of Object.entries(p.data.categories ?? {}))
      for (const c of e.coveredBy ?? []) if (!categories.has(c)) fail(p, ["categories", id, "coveredBy"], `"${c}" is not a category`);
  return { vocabulary, categories };
}
