// Project discovery: which files to scan, grouped into units (one program
// each). Steps: walk the tree → set aside files nobody should scan (with a
// reason) → read every tsconfig/jsconfig and the ones they reference → give
// each file to the nearest config that includes it, or else to the nearest
// package or tsconfig directory, or else to the root.
import fs from "node:fs";
import path from "node:path";
import type { ts } from "ts-morph";
import type { PitraceConfig } from "../model/config.js";
import { PitraceInputError } from "../model/errors.js";
import { skipReason } from "./file-kind.js";
import { ignorePatterns, SOURCE_PATTERNS, walk, walkSync, type Walk } from "./list-files.js";
import { parseTsconfig, synthesizedOptions, type ParsedTsconfig } from "./tsconfig.js";
import type { DiscoveredProjects, ProjectUnit, SkippedFile } from "./types.js";
import { localPackages } from "./local-packages.js";
import { readImportMaps } from "./deno.js";
import { toolAliases } from "./generated-tsconfig.js";
import { readJson, workspacePackageDirs, workspacePackageDirsSync } from "./workspaces.js";

const CONFIG_NAMES = ["tsconfig.json", "jsconfig.json"];
const CONFIG_PATTERNS = CONFIG_NAMES.map((n) => `**/${n}`);
const INSPECT_BATCH = 500;
const JS_FILE = /\.([cm]?jsx?|vue)$/;

interface Group {
  dir: string;
  tsconfig?: ParsedTsconfig;
  files: string[];
}

export async function discoverProjects(root: string, config: PitraceConfig): Promise<DiscoveredProjects> {
  const absRoot = path.resolve(root);
  assertDirectory(absRoot);
  const ignore = ignorePatterns(config.exclude);
  const [all, packageDirs] = await Promise.all([walk(absRoot, [...SOURCE_PATTERNS, ...CONFIG_PATTERNS], ignore), workspacePackageDirs(absRoot, ignore)]);
  const { sources, configFiles } = partition(all);
  const reasons: (string | undefined)[] = [];
  for (let i = 0; i < sources.files.length; i += INSPECT_BATCH) {
    reasons.push(...sources.files.slice(i, i + INSPECT_BATCH).map((f) => skipReason(f)));
    // Let timers and progress callbacks run between batches.
    await new Promise((resolve) => setImmediate(resolve));
  }
  return build(absRoot, { sources, configFiles, packageDirs, reasons });
}

/** The same discovery, synchronously, for editor sessions that cannot await. */
export function discoverProjectsSync(root: string, config: PitraceConfig): DiscoveredProjects {
  const absRoot = path.resolve(root);
  assertDirectory(absRoot);
  const ignore = ignorePatterns(config.exclude);
  const { sources, configFiles } = partition(walkSync(absRoot, [...SOURCE_PATTERNS, ...CONFIG_PATTERNS], ignore));
  const packageDirs = workspacePackageDirsSync(absRoot, ignore);
  const reasons = sources.files.map((f) => skipReason(f));
  return build(absRoot, { sources, configFiles, packageDirs, reasons });
}

/** One walk finds both; split it into source files and project configs. */
function partition(all: Walk): { sources: Walk; configFiles: string[] } {
  const isConfig = (f: string) => CONFIG_NAMES.includes(path.basename(f));
  return {
    sources: { files: all.files.filter((f) => !isConfig(f)), unreadableDirs: all.unreadableDirs },
    configFiles: all.files.filter(isConfig),
  };
}

interface Found {
  sources: Walk;
  configFiles: string[];
  packageDirs: string[];
  /** Per source file: why it is skipped, or undefined. */
  reasons: (string | undefined)[];
}

function build(root: string, found: Found): DiscoveredProjects {
  const { sources, configFiles, packageDirs, reasons } = found;
  const skipped: SkippedFile[] = sources.unreadableDirs
    .filter((d, i, all) => all.findIndex((o) => o.dir === d.dir) === i)
    .map(({ dir, code }) => ({ file: dir, reason: `unreadable directory (${code})` }));
  const scannable = new Set<string>();
  sources.files.forEach((file, i) => {
    const reason = reasons[i];
    if (reason) skipped.push({ file, reason });
    else scannable.add(file);
  });
  const tsconfigs = readTsconfigs(root, preferTsconfig(configFiles));
  const groups = assign(root, scannable, tsconfigs, packageDirs);
  const units = groups.map(toUnit);
  const importMaps = readImportMaps([root, ...packageDirs, ...units.map((u) => u.dir)], skipped);
  return {
    root,
    units: nameUnits(root, units),
    skipped: skipped.sort((a, b) => compare(a.file, b.file)),
    packages: localPackages([...packageDirs, ...units.map((u) => u.dir)]),
    importMaps: importMaps.length ? importMaps : undefined,
  };
}

/** Each discovered file's project: absolute path → index into `units`. */
export function unitIndex(units: readonly ProjectUnit[]): Map<string, number> {
  const unitOf = new Map<string, number>();
  units.forEach((u, i) => u.files.forEach((f) => unitOf.set(f, i)));
  return unitOf;
}

function assertDirectory(root: string): void {
  let stat: fs.Stats;
  try {
    stat = fs.statSync(root);
  } catch {
    throw new PitraceInputError(`directory not found: ${root}`, { file: root });
  }
  if (!stat.isDirectory()) throw new PitraceInputError(`not a directory: ${root}`, { file: root });
}

/** In a directory with both, tsc and editors use tsconfig.json. */
function preferTsconfig(configs: string[]): string[] {
  const set = new Set(configs);
  return configs.filter((c) => !(path.basename(c) === "jsconfig.json" && set.has(path.join(path.dirname(c), "tsconfig.json"))));
}

/** Every found config plus, transitively, what they reference inside the root. */
function readTsconfigs(root: string, found: string[]): ParsedTsconfig[] {
  const seen = new Set<string>();
  const out: ParsedTsconfig[] = [];
  const queue = [...found];
  while (queue.length > 0) {
    const file = queue.shift() as string;
    if (seen.has(file) || !isInside(root, file) || !fs.existsSync(file)) continue;
    seen.add(file);
    const parsed = parseTsconfig(file);
    out.push(parsed);
    queue.push(...parsed.references);
  }
  return out.sort((a, b) => compare(a.configPath, b.configPath));
}

function assign(root: string, files: Set<string>, tsconfigs: ParsedTsconfig[], packageDirs: string[]): Group[] {
  const groups = new Map<string, Group>(); // by tsconfig path, or by directory for synthesized units
  const owners = new Map<string, ParsedTsconfig[]>();
  for (const tc of tsconfigs) {
    groups.set(tc.configPath, { dir: tc.dir, tsconfig: tc, files: [] });
    for (const f of tc.fileNames) if (files.has(f)) owners.set(f, [...(owners.get(f) ?? []), tc]);
  }
  // Where a file no config includes goes: its nearest package or config directory.
  const anchors = new Set<string>([root, ...packageDirs, ...tsconfigs.map((t) => t.dir).filter((d) => isInside(root, d))]);
  const localConfig = new Map<string, ParsedTsconfig>();
  for (const tc of [...tsconfigs].sort(defaultFirst)) if (!localConfig.has(tc.dir)) localConfig.set(tc.dir, tc);

  for (const file of files) {
    const claim = owners.get(file);
    if (claim) {
      nearest(file, claim, groups).files.push(file);
      continue;
    }
    const dir = nearestAnchor(file, anchors, root);
    const key = localConfig.get(dir)?.configPath ?? dir;
    if (!groups.has(key)) groups.set(key, { dir, files: [] });
    (groups.get(key) as Group).files.push(file);
  }
  return [...groups.values()].filter((g) => g.files.length > 0);
}

/** Walks up from the file: cost is the path's depth, not the number of packages. */
function nearestAnchor(file: string, anchors: Set<string>, root: string): string {
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    if (anchors.has(dir)) return dir;
    if (dir === root || path.dirname(dir) === dir) return root;
  }
}

/** Several configs include the file: the one in the nearest enclosing directory wins. */
function nearest(file: string, claim: ParsedTsconfig[], groups: Map<string, Group>): Group {
  const ranked = [...claim].sort((a, b) => {
    const da = isInside(a.dir, file) ? a.dir.length : -1;
    const db = isInside(b.dir, file) ? b.dir.length : -1;
    return db - da || defaultFirst(a, b);
  });
  return groups.get(ranked[0].configPath) as Group;
}

/** tsconfig.json before tsconfig.app.json and friends, then by path. */
function defaultFirst(a: ParsedTsconfig, b: ParsedTsconfig): number {
  const da = CONFIG_NAMES.includes(path.basename(a.configPath)) ? 0 : 1;
  const db = CONFIG_NAMES.includes(path.basename(b.configPath)) ? 0 : 1;
  return da - db || compare(a.configPath, b.configPath);
}

function toUnit(group: Group): ProjectUnit & { dir: string } {
  const files = [...group.files].sort(compare);
  if (!group.tsconfig) {
    const aliases = toolAliases(group.dir);
    // pathsBasePath: where a tsconfig's `paths` are relative to (the targets here are absolute).
    const compilerOptions = aliases ? { ...synthesizedOptions(), paths: aliases, pathsBasePath: group.dir } : synthesizedOptions();
    return { name: "", dir: group.dir, compilerOptions, files };
  }
  let options: ts.CompilerOptions = group.tsconfig.options;
  // Files outside the config's include may be JS; the program must accept them.
  if (!options.allowJs && files.some((f) => JS_FILE.test(f))) options = { ...options, allowJs: true, checkJs: options.checkJs ?? false };
  return { name: "", dir: group.dir, tsconfig: group.tsconfig.configPath, compilerOptions: options, files };
}

/**
 * A unit is named after its package when that name is unique, else by its
 * path relative to the root ("packages/api/tsconfig.build.json", or the
 * directory for a synthesized unit, "." for the root).
 */
function nameUnits(root: string, units: (ProjectUnit & { dir: string })[]): ProjectUnit[] {
  const pkgName = (dir: string): string | undefined => {
    const pkg = readJson(path.join(dir, "package.json"));
    const name = typeof pkg === "object" && pkg !== null ? (pkg as { name?: unknown }).name : undefined;
    return typeof name === "string" && name.trim() ? name : undefined;
  };
  const sorted = [...units].sort((a, b) => compare(a.dir, b.dir) || compare(a.tsconfig ?? "", b.tsconfig ?? ""));
  const pkgs = sorted.map((u) => pkgName(u.dir));
  const counts = new Map<string, number>();
  for (const p of pkgs) if (p) counts.set(p, (counts.get(p) ?? 0) + 1);
  return sorted.map(({ dir, ...unit }, i) => {
    const pkg = pkgs[i];
    const rel = toPosix(path.relative(root, unit.tsconfig ?? dir)) || ".";
    return { ...unit, name: pkg && counts.get(pkg) === 1 ? pkg : rel };
  });
}

function isInside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

function toPosix(p: string): string {
  return p.split(path.sep).join("/");
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
