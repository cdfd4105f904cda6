// Walking the scanned tree: source files and project files, minus
// dependencies, build output, .gitignore'd paths and config `exclude`.
// Symlinked directories are never entered (no loops, no escaping the root).
import fs from "node:fs";
import path from "node:path";
import { globby } from "globby";
import { IGNORED_DIRS, SOURCE_GLOB } from "./file-kind.js";

export interface Walk {
  files: string[];
  /** Directories that could not be read: reported, not silently dropped. */
  unreadableDirs: { dir: string; code: string }[];
}

/** globby/fast-glob ignore patterns for the built-in skips plus config `exclude`. */
export function ignorePatterns(exclude: readonly string[]): string[] {
  const builtIn = IGNORED_DIRS.flatMap((d) => [`**/${d}`, `**/${d}/**`]);
  return [...builtIn, ...exclude.map(normalizeExclude)];
}

/** "./src/gen/" → "src/gen/**": users write paths the way they think of them. */
function normalizeExclude(pattern: string): string {
  let p = pattern.replace(/\\/g, "/").replace(/^(\.\/)+/, "");
  if (p.endsWith("/")) p += "**";
  return p;
}

export async function walk(root: string, patterns: string[], ignore: string[]): Promise<Walk> {
  const unreadableDirs: Walk["unreadableDirs"] = [];
  // fast-glob swallows unreadable directories when suppressErrors is on; a
  // wrapped readdir lets us see them.
  const readdir = ((dir: string, options: unknown, cb: (err: NodeJS.ErrnoException | null, entries: unknown) => void) => {
    fs.readdir(dir, options as { withFileTypes: true }, (err, entries) => {
      if (err && err.code !== "ENOENT" && err.code !== "ENOTDIR") unreadableDirs.push({ dir: path.resolve(dir), code: err.code ?? "error" });
      cb(err, entries);
    });
  }) as unknown as typeof fs.readdir;
  const found = await globby(patterns, {
    cwd: root,
    absolute: true,
    onlyFiles: true,
    dot: false,
    followSymbolicLinks: false,
    gitignore: true,
    ignore,
    suppressErrors: true,
    fs: { ...fs, readdir },
  });
  return { files: found.map((f) => path.resolve(f)).sort(), unreadableDirs };
}

export function walkSources(root: string, ignore: string[]): Promise<Walk> {
  return walk(root, [SOURCE_GLOB], ignore);
}
