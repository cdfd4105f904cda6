// What the engine asks of the taxonomy. src/taxonomy/ implements it from
// pi-taxonomy.yaml (plus a user file).

export interface CategoryInfo {
  id: string;
  /** Human label, e.g. "Mobile phone number". */
  label: string;
  sensitive: boolean;
  /** Legal basis, e.g. ["MIIT Order 24 Art. 4", "PIPL Art. 28", "GB/T 35273-2020 App. A"]. */
  legalBasis: string[];
}

export interface Classification {
  name: string;
  /** Taxonomy ids; empty when the name is not personal information. */
  categories: string[];
  /** Why: the pattern that matched or the exclusion that applied. */
  reason: string;
}

/** Context that can change the verdict for a bare word like `name`. */
export interface ClassifyContext {
  /** The receiver or owner, e.g. "customer" for customer.name, or a type name like "Student". */
  owner?: string;
}

export interface ValueMatch {
  category: string;
  /** Pattern id, e.g. "cn-resident-id". */
  pattern: string;
}

export interface Taxonomy {
  /** Classify an identifier, property name, header name or Chinese key. */
  classify(name: string, context?: ClassifyContext): Classification;
  /** True when a name stands for a child (student, xuesheng, child, kid, Student type …). */
  isMinorOwner(name: string): boolean;
  /** True when a name stands for a person whose bare `name` is identity.name (user, customer, member, patient …). */
  isPersonOwner(name: string): boolean;
  /** Whether a name says whose a value is: a person's, a child's, or the application's own (clinic, merchant). */
  isKnownOwner(name: string): boolean;
  /** Whether a name holds the application's or an organisation's own contact data (`SUPPORT_MOBILE`, a hospital's `dutyPhone`). */
  isOwnData(name: string, owner?: string): boolean;
  /** Whether `owner.name` is the app's or an organisation's own data whatever the record holds (`clinic.address`, `cfg.token`; ownRecordOwners). */
  isOwnRecordData(name: string, owner: string): boolean;
  /** Whether a name stands for a record of the app's or an organisation's own (`clinic`, `cfg`; ownRecordOwners). */
  isOwnRecord(owner: string): boolean;
  /** Whether a name that says no PI starts with a word of the application's own (`adminSig`, `serverToken`). */
  isAppNamed(name: string): boolean;
  /** Whether a name says its value is masked, hashed or encrypted (sfzhEnc, maskedPhone, emailHash). */
  isDerivedName(name: string): boolean;
  /** Match a string literal against the value patterns (with checksums). */
  matchValue(value: string): ValueMatch | null;
  category(id: string): CategoryInfo | undefined;
  categories(): CategoryInfo[];
  /** True when the id or one of its ancestors is sensitive. */
  isSensitive(id: string): boolean;
  /** True when a flag (a boolean, `hasX`) can state a fact of this category (`factFlags`: health, minor …). */
  isFactFlag(id: string): boolean;
  /** True when values of this category are collections of records whose every part is that category (`collection`: trajectory, contacts …). */
  isCollection(id: string): boolean;
  /** The categories whose values already say this one (`coveredBy`: an address names its city). */
  coveredBy(id: string): readonly string[];
}
