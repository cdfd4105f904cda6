// The resolved configuration the engine consumes. src/config/ validates
// pitrace.config.yaml against its schema and produces exactly this shape.

export type ContractorBasis = "consent" | "contract" | "entrusted";

export interface ContractorConfig {
  name: string;
  /** npm names or globs ("@sentry/*"). */
  packages: string[];
  /** Host globs ("*.ingest.sentry.io"). */
  hosts: string[];
  /** Allowed categories; a prefix covers its children. Undefined = all. */
  categories?: string[];
  region?: string;
  basis: ContractorBasis;
}

export interface GuardConfig {
  /** Identifier or dotted path; "consentManager.has" also matches this.consentManager.has(…). */
  name: string;
  separate: boolean;
}

export interface PitraceConfig {
  /** Absolute path of the file it was read from, when any. */
  file?: string;
  region?: string;
  firstParty: { hosts: string[] };
  contractors: ContractorConfig[];
  consent: { guards: GuardConfig[] };
  sanitizers: string[];
  /** Absolute path of a user taxonomy that extends or overrides the built-in one. */
  taxonomy?: string;
  exclude: string[];
}

export const DEFAULT_CONFIG: PitraceConfig = {
  firstParty: { hosts: [] },
  contractors: [],
  consent: { guards: [] },
  sanitizers: [],
  exclude: [],
};
