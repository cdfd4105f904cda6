import type { ts } from "ts-morph";

/** One program's worth of files: a tsconfig project, or a synthesized JS/TS one. */
export interface ProjectUnit {
  name: string;
  /** Absolute path of the tsconfig/jsconfig; absent for a synthesized unit. */
  tsconfig?: string;
  compilerOptions: ts.CompilerOptions;
  /** Absolute, sorted, .d.ts included. Every discovered file is in exactly one unit. */
  files: string[];
}

/** A file a user would expect to be scanned but that is not (minified, generated, too large, …). */
export interface SkippedFile {
  /** Absolute path. */
  file: string;
  reason: string;
}

export interface DiscoveredProjects {
  root: string;
  units: ProjectUnit[];
  skipped: SkippedFile[];
}
