// pitrace's public library API (CONTRACT §6). Nothing internal is exported.
export { scan } from "./scan-project.js";
export { createSession } from "./session.js";
export { applyBaseline, baselineOf, readBaseline, writeBaseline, type BaselineEntry, type BaselineFile } from "./baseline.js";
export { renderReport, REPORT_FORMATS, type ReportFormat, type ReportOptions } from "./report/index.js";
export { classifyNames } from "./classify.js";
export { loadConfig } from "./config/index.js";
export { PitraceInputError } from "./model/errors.js";
export { RULE_IDS } from "./model/finding.js";
export type { ProgressEvent, ScanOptions, ScanPhase, Session, SessionOptions } from "./api-types.js";
export type { ContractorConfig, GuardConfig, PitraceConfig } from "./model/config.js";
export type {
  Finding,
  FlowStep,
  GuardInfo,
  Location,
  RecipientRecord,
  RuleId,
  ScanDiagnostic,
  ScanResult,
  Severity,
  SinkKind,
  SourceRecord,
} from "./model/finding.js";
export type { Classification } from "./model/taxonomy.js";
