// The public library API's types (CONTRACT §6). Implemented by src/scan.ts and
// src/session.ts; re-exported from src/index.ts.
import type { PitraceConfig } from "./model/config.js";
import type { Finding, ScanResult, SourceRecord } from "./model/finding.js";
import type { Classification } from "./model/taxonomy.js";

export type ScanPhase = "load" | "parse" | "index" | "flows" | "policies";

export interface ProgressEvent {
  phase: ScanPhase;
  /** Units of work done and total in this phase (files for load/parse/index). */
  done: number;
  total: number;
  /** The file being worked on, when the phase is per file. */
  file?: string;
}

export interface ScanOptions {
  /** Directory to scan. */
  root: string;
  /** A resolved config, or the path of a pitrace.config.yaml; default `<root>/pitrace.config.yaml` when present. */
  config?: PitraceConfig | string;
  onProgress?: (event: ProgressEvent) => void;
  /** Cancels the scan; the promise rejects with an AbortError. */
  signal?: AbortSignal;
  /** Only findings whose flow touches a file changed since this git ref. */
  changedSince?: string;
  /**
   * Worker threads for a monorepo whose projects fall into groups that import nothing from one another
   * (each group is analysed once, in one thread; the result is the same). Default: one per two cores,
   * when the groups hold enough code to pay for starting them; 1 analyses the groups one after the other
   * in the calling thread.
   */
  workers?: number;
  /**
   * Keep an on-disk cache and reuse it: `true` for the default directory (`<root>/node_modules/.cache/pitrace`
   * when the project has a node_modules directory, else `<root>/.pitrace-cache`), or a directory. The
   * analysis groups (see `workers`; one for a single project) whose files, config and pitrace build are
   * unchanged are not analysed again; the result is the one a scan without the cache gives.
   */
  cache?: boolean | string;
}

export interface SessionOptions {
  root: string;
  config?: PitraceConfig | string;
}

/** A long-lived analysis for editors. Every method is synchronous. */
export interface Session {
  readonly root: string;
  readonly config: PitraceConfig;
  /**
   * Replace a file's text (absolute or root-relative path). Only that file is re-parsed, and only the
   * units that can depend on it are re-analysed, on the next query.
   */
  updateFile(path: string, text: string): void;
  /** Forget a deleted file. */
  removeFile(path: string): void;
  /**
   * Whether a file belongs to the analysed projects. Files that discovery leaves out (excluded, build
   * output, outside every tsconfig) are ignored by `updateFile`; a file created after the session
   * started joins once it is on disk and discovery includes it.
   */
  includes(path: string): boolean;
  /** Current findings, for one file (by sink location) or all. */
  findings(path?: string): Finding[];
  /** PI sources, for one file or all. */
  sources(path?: string): SourceRecord[];
  /** The full current result (same shape as scan()). */
  result(): ScanResult;
  /** How the taxonomy classifies a name, and why. */
  classify(name: string): Classification;
  /** Re-read pitrace.config.yaml and the taxonomy, then re-analyse. */
  reloadConfig(config?: PitraceConfig | string): void;
  dispose(): void;
}
