// Walking the scanned tree: source files and project files, minus
// dependencies, build output, .gitignore'd paths and config `exclude`.
// Symlinked directories are never entered (no loops, no escaping the root).
import fs from "node:fs";
import path from "node:path";
import { globby, globbySync, type Options } from "globby";
import { IGNORED_DIRS, SOURCE_GLOB } from "./file-kind.js";

export interface Walk {
  files: string[];
  /** Directories that could not be read: reported, not silently dropped. */
  unreadableDirs: { dir: string; code: string }[];
}

/**
 * Hidden files and directories are tool state and build output (.git, .next, .cache), except the
 * server-only and client-only module folders of Remix / React Router (`app/.server/`, `app/.client/`),
 * which are source.
 */
const SOURCE_DOT_DIRS = "server|client";
const HIDDEN = [`**/.!(${SOURCE_DOT_DIRS})`, `**/.!(${SOURCE_DOT_DIRS})/**`];

/** globby/fast-glob ignore patterns for the built-in skips plus config `exclude`. */
export function ignorePatterns(exclude: readonly string[]): string[] {
  // One brace pattern instead of one per directory: each ignore pattern is
  // matched against every entry, so their number dominates the walk's cost.
  const dirs = `{${IGNORED_DIRS.join(",")}}`;
  const builtIn = [`**/${dirs}`, `**/${dirs}/**`, ...HIDDEN];
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
  const found = await globby(patterns, globOptions(root, ignore, unreadableDirs));
  return { files: found.map((f) => path.resolve(f)).sort(), unreadableDirs };
}

/** The same walk, synchronously (editor sessions start without awaiting). */
export function walkSync(root: string, patterns: string[], ignore: string[]): Walk {
  const unreadableDirs: Walk["unreadableDirs"] = [];
  const found = globbySync(patterns, globOptions(root, ignore, unreadableDirs));
  return { files: found.map((f) => path.resolve(f)).sort(), unreadableDirs };
}

function globOptions(root: string, ignore: string[], unreadableDirs: Walk["unreadableDirs"]): Options {
  const note = (dir: string, err: NodeJS.ErrnoException | null) => {
    if (err && err.code !== "ENOENT" && err.code !== "ENOTDIR") unreadableDirs.push({ dir: path.resolve(dir), code: err.code ?? "error" });
  };
  // fast-glob swallows unreadable directories when suppressErrors is on;
  // wrapped readdirs let us see them.
  const readdir = ((dir: string, options: unknown, cb: (err: NodeJS.ErrnoException | null, entries: unknown) => void) => {
    fs.readdir(dir, options as { withFileTypes: true }, (err, entries) => {
      note(dir, err);
      cb(err, entries);
    });
  }) as unknown as typeof fs.readdir;
  const readdirSync = ((dir: string, options: unknown) => {
    try {
      return fs.readdirSync(dir, options as { withFileTypes: true });
    } catch (err) {
      note(dir, err as NodeJS.ErrnoException);
      throw err;
    }
  }) as unknown as typeof fs.readdirSync;
  return {
    cwd: root,
    absolute: true,
    onlyFiles: true,
    dot: true,
    followSymbolicLinks: false,
    gitignore: true,
    ignore,
    suppressErrors: true,
    fs: { ...fs, readdir, readdirSync },
  };
}

export const SOURCE_PATTERNS = [SOURCE_GLOB];
