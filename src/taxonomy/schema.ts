// The one schema for pi-taxonomy.yaml and for user taxonomy files. Every field
// of a category is optional here because a user file may override a single
// field of a built-in entry; completeness of the merged result is checked in
// merge.ts.
import { z } from "zod";

/** Names of the checksum / range tests implemented in validators.ts. */
export const VALUE_CHECKS = ["resident-id", "luhn", "bank-card", "imei", "public-ipv4", "public-ipv6", "email", "cn-mobile"] as const;
export type ValueCheck = (typeof VALUE_CHECKS)[number];

/** Dotted taxonomy id: `contact.phone`, `contact.address.street`, `biometric`. */
export const CATEGORY_ID = /^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$/;

const word = z.string().trim().min(1, "must not be empty").max(200, "is longer than 200 characters");
const words = z.array(word);

export const valuePatternSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "must be lowercase letters, digits and dashes"),
  regex: z.string().min(1, "must not be empty").max(1000, "is longer than 1000 characters"),
  flags: z.string().regex(/^[iu]*$/, "may only contain the flags i and u").optional(),
  check: z.enum(VALUE_CHECKS).optional(),
  description: z.string().optional(),
});

export const categorySchema = z.strictObject({
  label: z.string().min(1).optional(),
  sensitive: z.boolean().optional(),
  legalBasis: words.optional(),
  /** English words and phrases; may use {person}, {minor}, {record}; a leading ^ anchors the pattern to the start of the name. */
  patterns: words.optional(),
  /** Pinyin full names and initials. */
  pinyin: words.optional(),
  /** Chinese keys, matched inside runs of Chinese characters. */
  chinese: words.optional(),
  /** Phrases that cancel this category wherever they occur in a name. */
  exclude: words.optional(),
  /** Words that may follow a match of this category without changing what the value is. */
  keepSuffixes: words.optional(),
  /** `is…`/`has…` flags about this category are facts about the person. */
  factFlags: z.boolean().optional(),
  /** Values are collections of records (a trajectory's points, an address book's entries): every part read out of one is this category too. */
  collection: z.boolean().optional(),
  /**
   * Categories whose values already say this one (an address names its city; a precise position lies in one):
   * a recipient declared for one of them is declared for this too.
   */
  coveredBy: words.optional(),
  values: z.array(valuePatternSchema).optional(),
  /** User files: replace the built-in lists of this entry instead of extending them. */
  replace: z.boolean().optional(),
  /** User files: drop this category. */
  disabled: z.boolean().optional(),
});

export const vocabularySchema = z.strictObject({
  personOwners: words.optional(),
  minorOwners: words.optional(),
  recordWords: words.optional(),
  ownerSuffixes: words.optional(),
  transparent: words.optional(),
  metadataSuffixes: words.optional(),
  appPrefixes: words.optional(),
  taskOwners: words.optional(),
  ownRecordOwners: words.optional(),
  peopleHolders: words.optional(),
  storageOwners: words.optional(),
  thingOwners: words.optional(),
  thingKeepers: words.optional(),
  flagPrefixes: words.optional(),
  verbPrefixes: words.optional(),
  derivedMarkers: words.optional(),
  ownerNames: words.optional(),
  stateModifiers: words.optional(),
  chineseMetadata: words.optional(),
  chineseCounts: words.optional(),
  chineseMinorOwners: words.optional(),
  chineseOwnOwners: words.optional(),
  compoundWords: words.optional(),
});

export const taxonomyFileSchema = z.strictObject({
  version: z.literal(1).optional(),
  vocabulary: vocabularySchema.optional(),
  categories: z.record(z.string().regex(CATEGORY_ID, "is not a dotted lowercase taxonomy id"), categorySchema).optional(),
});

export type TaxonomyFile = z.infer<typeof taxonomyFileSchema>;
export type CategoryEntry = z.infer<typeof categorySchema>;
export type ValuePatternEntry = z.infer<typeof valuePatternSchema>;
export type Vocabulary = z.infer<typeof vocabularySchema>;
export type VocabularyKey = keyof Vocabulary;
