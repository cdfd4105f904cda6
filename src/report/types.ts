// Options every reporter takes. Kept apart from index.ts so reporters do not
// import the registry that imports them.

import type { ScanResult } from "../model/finding.js";

export type ReportFormat = "text" | "json" | "sarif" | "markdown" | "html";

export interface ReportOptions {
  /** pitrace's own version (SARIF `tool.driver.version`, report footers). */
  toolVersion: string;
  /** ANSI colours in the text report. */
  color?: boolean;
  /** Reads a scanned file by its root-relative path, for code frames; undefined when unreadable. */
  readFile?: (relPath: string) => string | undefined;
}

export type Reporter = (result: ScanResult, options: ReportOptions) => string;
