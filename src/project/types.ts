import type { ImportMap } from "./deno.js";
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

/**
 * A package of the scanned tree that other packages may import by name (a monorepo's workspace
 * package): without node_modules installed, `import … from "@acme/shared"` still resolves to its files.
 */
export interface LocalPackage {
  name: string;
  /** Absolute directory of its package.json. */
  dir: string;
  /** Its manifest's entry points, most source-like first (`source`, `types`, `module`, `main`, `exports`). */
  entries: string[];
}

export interface DiscoveredProjects {
  root: string;
  units: ProjectUnit[];
  skipped: SkippedFile[];
  /** Packages by name, for imports between them (absent: none). */
  packages?: LocalPackage[];
  /** Deno import maps (deno.json `imports`), nearest directory first (absent or empty: none). */
  importMaps?: ImportMap[];
}
