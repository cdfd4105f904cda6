// The plain-data result of a scan: what the JSON report renders and what the
// SARIF, text, markdown and HTML reporters read. Nothing here holds AST nodes.

export const RULE_IDS = [
  "pi-to-log",
  "missing-consent",
  "missing-separate-consent",
  "unlisted-recipient",
  "pi-in-client-storage",
  "cross-border-transfer",
] as const;
export type RuleId = (typeof RULE_IDS)[number];

export type Severity = "error" | "warning" | "note";
export const SEVERITY_ORDER: Record<Severity, number> = { note: 1, warning: 2, error: 3 };

export type SinkKind = "log" | "http" | "sdk" | "storage";

/** A place in the scanned project; `file` is relative to the scan root with `/` separators. */
export interface Location {
  file: string;
  /** 1-based line. */
  line: number;
  /** 1-based column. */
  column: number;
  endLine?: number;
  endColumn?: number;
}

/** One step of a flow, from where PI enters to the sink. */
export interface FlowStep {
  location: Location;
  /** What happens here, e.g. "customer.email is read (contact.email)". */
  message: string;
}

export interface GuardInfo {
  /** Guard name as configured or built in, e.g. "hasConsent". */
  name: string;
  separate: boolean;
  /** The purpose argument when the guard call has a literal one ('analytics'). */
  purpose?: string;
}

export interface Finding {
  ruleId: RuleId;
  severity: Severity;
  /** What flows where, why it matters and what to do. */
  message: string;
  /** The sink call. */
  location: Location;
  /** Every taxonomy id the flow carries (for unlisted-recipient: those not allowed; for missing-separate-consent: the sensitive ones). */
  categories: string[];
  sinkKind: SinkKind;
  /** Package name, host or catalogue id (third parties only). */
  recipient?: string;
  /** The catalogue entry or API that was matched, e.g. "winston", "fetch", "@segment/analytics-node". */
  sink: string;
  /** Guards that protect the sink. */
  guards: GuardInfo[];
  /** The source step is first, the sink step last. */
  flow: FlowStep[];
  /** Stable id: survives unrelated line moves; identical between full and diff scans. */
  fingerprint: string;
  /** Set when a baseline is applied. */
  baselineState?: "new" | "unchanged";
}

/** Where PI enters or is held. */
export interface SourceRecord {
  location: Location;
  name: string;
  categories: string[];
  /** How it was recognised: "identifier", "property", "type", "request", "platform-api", "value". */
  kind: string;
}

export interface RecipientRecord {
  /** Package, host or catalogue id. */
  id: string;
  kind: "sdk" | "http";
  /** Contractor name when declared. */
  contractor?: string;
  region?: string;
  categories: string[];
  /** Files and lines of the sinks that reach it. */
  sinks: Location[];
}

/** Something the user should know that is not a rule finding: a file that did not parse, an unused suppression. */
export interface ScanDiagnostic {
  severity: Severity;
  code:
    | "parse-error"
    | "file-skipped"
    | "file-too-large"
    | "file-timeout"
    | "unused-suppression"
    | "suppression-without-reason"
    | "depth-limit"
    | "unresolved-project"
    | "stale-baseline-entry"
    | "cache-error"
    | "internal";
  message: string;
  location?: Location;
}

export interface ScanTimings {
  load: number;
  parse: number;
  index: number;
  flows: number;
  policies: number;
  total: number;
}

export interface ScanResult {
  version: 1;
  root: string;
  findings: Finding[];
  sources: SourceRecord[];
  recipients: RecipientRecord[];
  diagnostics: ScanDiagnostic[];
  stats: {
    files: number;
    lines: number;
    timings: ScanTimings;
    /** Set for a scan with a cache: analysis groups, and how many of them were reused from it unchanged. */
    cache?: { groups: number; reused: number };
  };
  /** Set for a diff scan (`changedSince`): the files whose flows were reported. */
  scope?: { changedSince: string; files: string[] };
}
