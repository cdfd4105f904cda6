// The pipeline in one screen: config → taxonomy → projects → parse → engine
// (index, flows) → policies → suppressions → result. Plain data out; no
// printing, no process.exit.
import path from "node:path";
import { ts } from "./typescript.cjs";
import type { ProgressEvent, ScanPhase } from "./api-types.js";
import { BUILTIN_GUARDS, HTTP_CLIENTS, SANITIZERS, SINKS } from "./catalog/index.js";
import { declaredSdkSinks } from "./catalog/declared.js";
import { checkConfigCategories, loadConfig } from "./config/index.js";
import { Engine, type Catalog, type ChannelLog, type EngineOptions } from "./engine/engine.js";
import type { PitraceConfig } from "./model/config.js";
import type { ScanDiagnostic, ScanResult, SourceRecord } from "./model/finding.js";
import { compareStrings } from "./model/order.js";
import type { Taxonomy } from "./model/taxonomy.js";
import { evaluate, locationOf } from "./policy/evaluate.js";
import { applySuppressions, parseSuppressions } from "./policy/suppress.js";
import { discoverProjectsSync, readSourceFile, unitIndex, type DiscoveredProjects } from "./project/index.js";
import { createModuleResolver } from "./project/module-resolver.js";
import { isSfc, rememberFileText, sfcScript } from "./project/sfc.js";
import { applyImportMap, importMapFor, packageSpecifier } from "./project/deno.js";
import { PLATFORM_SOURCES } from "./sources/platform.js";
import { loadTaxonomy } from "./taxonomy/index.js";

export const CATALOG: Catalog = { sinks: SINKS, http: HTTP_CLIENTS, sanitizers: SANITIZERS, guards: BUILTIN_GUARDS, platform: PLATFORM_SOURCES };

/** The catalogue plus the SDK packages this config declares and the catalogue does not know (catalog/declared.ts). */
export function catalogFor(config: PitraceConfig): Catalog {
  const declared = declaredSdkSinks(config, CATALOG.sinks, CATALOG.http);
  return declared.length ? { ...CATALOG, sinks: [...CATALOG.sinks, ...declared] } : CATALOG;
}

/** Everything a scan needs that does not depend on file contents. */
export interface Prepared {
  root: string;
  config: PitraceConfig;
  taxonomy: Taxonomy;
  projects: DiscoveredProjects;
  /** Absolute path → index of its project unit. */
  unitOf: Map<string, number>;
}

export function resolveConfig(root: string, config: PitraceConfig | string | undefined): PitraceConfig {
  if (config && typeof config === "object") return config;
  return loadConfig(root, typeof config === "string" ? path.resolve(config) : undefined);
}

/**
 * Config, taxonomy and projects. Discovery walks the tree synchronously even for `scan()`: on a local
 * disk that takes half the time of the callback-driven walk (~50 vs ~95 ms at 1,000 files), and the
 * scan that follows is synchronous CPU work anyway.
 */
export function prepareSync(rootIn: string, configIn: PitraceConfig | string | undefined): Prepared {
  const root = path.resolve(rootIn);
  const config = resolveConfig(root, configIn);
  const taxonomy = loadTaxonomy({ userFile: config.taxonomy });
  checkConfigCategories(config, taxonomy);
  const projects = discoverProjectsSync(root, config);
  return { root, config, taxonomy, projects, unitOf: unitIndex(projects.units) };
}

/** The same, for callers that await (scan(), tests). */
export async function prepare(rootIn: string, configIn: PitraceConfig | string | undefined): Promise<Prepared> {
  return prepareSync(rootIn, configIn);
}

const PARSE_BUDGET_MS = 10_000;

export function scriptKindFor(file: string): ts.ScriptKind {
  const ext = path.extname(file).toLowerCase();
  if (ext === ".tsx") return ts.ScriptKind.TSX;
  if (ext === ".jsx") return ts.ScriptKind.JSX;
  if (ext === ".js" || ext === ".mjs" || ext === ".cjs") return ts.ScriptKind.JS;
  return ts.ScriptKind.TS;
}

export function parseFile(file: string, text: string): ts.SourceFile {
  // ParseForTypeInfo: the JSDoc of JavaScript files, whose types it declares (`@param {Profile} p`,
  // `@typedef`); a TypeScript file's JSDoc says nothing we read, and building it costs parse time.
  const sfc = isSfc(file) ? sfcScript(text) : undefined;
  const sf = ts.createSourceFile(file, sfc?.text ?? text, { languageVersion: ts.ScriptTarget.Latest, jsDocParsingMode: ts.JSDocParsingMode.ParseForTypeInfo }, true, sfc?.kind ?? scriptKindFor(file));
  return sfc ? rememberFileText(sf, text) : sf;
}

export function relPath(root: string, file: string): string {
  return path.relative(root, file).split(path.sep).join("/");
}

/** Parse diagnostics TypeScript keeps on the source file (not in its public typings). */
function parseErrors(sf: ts.SourceFile): readonly ts.DiagnosticWithLocation[] {
  return (sf as unknown as { parseDiagnostics?: ts.DiagnosticWithLocation[] }).parseDiagnostics ?? [];
}

export interface AnalyseInput {
  prepared: Prepared;
  /** Parsed files (absolute path → source file). */
  files: Map<string, ts.SourceFile>;
  diagnostics: ScanDiagnostic[];
  onProgress?: (e: ProgressEvent) => void;
  signal?: AbortSignal;
  timings: { load: number; parse: number };
  /** Set when the files are one group of a split scan (src/pool/). */
  partial?: PartialEngine;
}

/** An engine over one group of a split scan: where it logs what it asks for and gives, and every file discovery found. */
export interface PartialEngine {
  channels: ChannelLog;
  discovered: ReadonlySet<string>;
  /**
   * When set, every import the engine resolved (`<from>\0<spec>`), with what it resolved to among the
   * group's files and among all discovered files: the scan cache checks them again before it reuses the
   * group's result (src/cache/), since they are exactly the resolutions the result depends on.
   */
  resolutions?: Map<string, Resolution>;
}

/** One import the engine resolved: from, specifier, target among the group's files, target among all files. */
export type Resolution = [from: string, spec: string, inGroup: string | undefined, anywhere: string | undefined];

/**
 * An engine over these files, resolving imports the way each file's project does. With `partial`, the
 * files are one group of a split scan: an import that resolves only to a discovered file outside them
 * is logged as asked for (`file:<path>`), so the split can be undone for it (src/pool/).
 */
export function createEngine(prepared: Prepared, files: ReadonlyMap<string, ts.SourceFile>, options: Pick<EngineOptions, "incremental" | "unitBudgetMs"> = {}, partial?: PartialEngine): Engine {
  const { root, config, taxonomy, projects, unitOf } = prepared;
  const inFiles = createModuleResolver(root, projects, unitOf, (f) => files.has(f));
  let resolveModule = inFiles;
  if (partial) {
    const anywhere = createModuleResolver(root, projects, unitOf, (f) => partial.discovered.has(f));
    resolveModule = (spec, from) => {
      const r = inFiles(spec, from);
      const elsewhere = r === undefined ? anywhere(spec, from) : r;
      partial.resolutions?.set(`${from}\0${spec}`, [from, spec, r, elsewhere]);
      if (r !== undefined) return r;
      if (elsewhere !== undefined) partial.channels.asks.add(`file:${elsewhere}`);
      return undefined;
    };
  }
  const maps = projects.importMaps ?? [];
  const packageSpec = (spec: string, from: string) => packageSpecifier(maps.length ? applyImportMap(importMapFor(maps, from), spec) : spec);
  return new Engine({ taxonomy, config, catalog: catalogFor(config), resolveModule, packageSpecifier: packageSpec, ...options, channels: partial?.channels });
}

/** Engine + policies over parsed files. */
export function analyse(input: AnalyseInput): ScanResult {
  const { prepared, files } = input;
  const { root } = prepared;
  const progress = (phase: ScanPhase, done: number, total: number) => input.onProgress?.({ phase, done, total });
  const t0 = performance.now();
  const engine = createEngine(prepared, files, {}, input.partial);
  let i = 0;
  for (const [file, sf] of files) {
    checkAbort(input.signal);
    engine.addFile(file, relPath(root, file), sf);
    progress("index", ++i, files.size);
  }
  const tIndex = performance.now();
  engine.solve((done, total) => {
    if (done % 200 === 0) checkAbort(input.signal);
    progress("flows", done, total);
  });
  return report(engine, input, { start: t0, indexed: tIndex });
}

/** Resolve what reaches each sink, apply policies and suppressions, and assemble the result. */
export function report(engine: Engine, input: AnalyseInput, marks: { start: number; indexed: number }): ScanResult {
  const { prepared, files } = input;
  const { root, config, taxonomy } = prepared;
  const progress = (phase: ScanPhase, done: number, total: number) => input.onProgress?.({ phase, done, total });
  const t0 = marks.start;
  const tIndex = marks.indexed;
  const sinks = engine.resolve();
  const tFlows = performance.now();
  const { findings: raw, recipients } = evaluate(sinks, { engine, config, taxonomy, sinks: engine.opts.catalog.sinks });
  const diagnostics = [...input.diagnostics];
  for (const d of engine.diagnostics) {
    const f = engine.fileOf(d.node);
    diagnostics.push({ severity: "warning", code: d.code, message: d.message, location: f ? locationOf(d.node, f) : undefined });
  }
  // Suppressions, read from the files that hold findings.
  const suppressions = [];
  for (const [file, sf] of files) {
    if (!sf.text.includes("pitrace-ignore")) continue;
    const parsed = parseSuppressions(relPath(root, file), sf.text);
    suppressions.push(...parsed.list);
    diagnostics.push(...parsed.diagnostics);
  }
  const { kept, diagnostics: supDiag } = applySuppressions(raw, suppressions);
  diagnostics.push(...supDiag);
  const sources: SourceRecord[] = [];
  for (const s of engine.liveSources()) {
    const f = engine.fileOf(s.node);
    if (!f || s.kind === "type") continue;
    sources.push({ location: locationOf(s.node, f), name: s.name, categories: s.categories, kind: s.kind });
  }
  progress("policies", 1, 1);
  const tEnd = performance.now();
  let lines = 0;
  for (const sf of files.values()) lines += sf.getLineStarts().length;
  return {
    version: 1,
    root,
    findings: kept,
    sources: orderSources(sources),
    recipients,
    diagnostics: orderDiagnostics(diagnostics),
    stats: {
      files: files.size,
      lines,
      timings: {
        load: Math.round(input.timings.load),
        parse: Math.round(input.timings.parse),
        index: Math.round(tIndex - t0),
        flows: Math.round(tFlows - tIndex),
        policies: Math.round(tEnd - tFlows),
        total: Math.round(input.timings.load + input.timings.parse + (tEnd - t0)),
      },
    },
  };
}

/**
 * Sources in report order, one record per place and name. A total order (ties on place and name broken
 * by kind and categories): which record survives must not depend on the order the engine met them in.
 */
export function orderSources(list: SourceRecord[]): SourceRecord[] {
  list.sort(
    (a, b) =>
      compareStrings(a.location.file, b.location.file) ||
      a.location.line - b.location.line ||
      a.location.column - b.location.column ||
      compareStrings(a.name, b.name) ||
      compareStrings(a.kind, b.kind) ||
      compareStrings(a.categories.join(","), b.categories.join(",")),
  );
  const seen = new Set<string>();
  return list.filter((s) => {
    const k = `${s.location.file}:${s.location.line}:${s.location.column}:${s.name}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

/**
 * Diagnostics in file order (those without a place first); a stable sort, so the ones about one place
 * keep the order they were raised in: syntax, analysis, then suppressions.
 */
export function orderDiagnostics(list: ScanDiagnostic[]): ScanDiagnostic[] {
  const at = (d: ScanDiagnostic) => d.location;
  return list.sort((a, b) => {
    const la = at(a);
    const lb = at(b);
    if (!la || !lb) return (la ? 1 : 0) - (lb ? 1 : 0);
    return compareStrings(la.file, lb.file) || la.line - lb.line || la.column - lb.column;
  });
}

export function checkAbort(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw signal.reason instanceof Error ? signal.reason : new DOMException("The scan was aborted", "AbortError");
}

/** Read and parse every discovered file; unreadable and unparsable files are reported, never dropped silently. */
export function parseAll(prepared: Prepared, diagnostics: ScanDiagnostic[], onProgress?: (e: ProgressEvent) => void, signal?: AbortSignal): Map<string, ts.SourceFile> {
  const files = new Map<string, ts.SourceFile>();
  const all = prepared.projects.units.flatMap((u) => u.files);
  diagnostics.push(...skippedDiagnostics(prepared));
  let i = 0;
  for (const file of all) {
    checkAbort(signal);
    onProgress?.({ phase: "parse", done: ++i, total: all.length, file });
    const read = readSourceFile(file);
    if ("skip" in read) {
      const rel = relPath(prepared.root, file);
      diagnostics.push({ severity: "warning", code: read.skip.includes("large") ? "file-too-large" : "parse-error", message: `${rel} was not scanned: ${read.skip}`, location: { file: rel, line: 1, column: 1 } });
      continue;
    }
    const sf = parseReported(prepared.root, file, read.text, diagnostics);
    if (sf) files.set(file, sf);
  }
  return files;
}

/** Warnings for the files discovery skipped (minified, generated, binary, too large). */
export function skippedDiagnostics(prepared: Prepared): ScanDiagnostic[] {
  return prepared.projects.skipped.map((s) => {
    const rel = relPath(prepared.root, s.file);
    return { severity: "warning", code: s.reason.includes("large") ? "file-too-large" : "file-skipped", message: `${rel} was not scanned: ${s.reason}`, location: { file: rel, line: 1, column: 1 } };
  });
}

/**
 * Parse one file's text, reporting what is wrong with it: syntax errors (the rest is analysed as far as
 * it parses), a parse over its time budget, or nesting too deep to parse (then it is skipped: undefined).
 */
export function parseReported(root: string, file: string, text: string, diagnostics: ScanDiagnostic[]): ts.SourceFile | undefined {
  const rel = relPath(root, file);
  const t = performance.now();
  let sf: ts.SourceFile;
  try {
    sf = parseFile(file, text);
  } catch (e) {
    // TypeScript's parser is recursive: pathological nesting overflows the stack. Report, skip, go on.
    if (!(e instanceof RangeError)) throw e;
    diagnostics.push({ severity: "warning", code: "depth-limit", message: `${rel} was not scanned: it nests too deeply to parse (${e.message}); consider adding it to exclude`, location: { file: rel, line: 1, column: 1 } });
    return undefined;
  }
  const took = performance.now() - t;
  if (took > PARSE_BUDGET_MS)
    diagnostics.push({ severity: "warning", code: "file-timeout", message: `${rel} took ${Math.round(took / 1000)} s to parse (budget ${PARSE_BUDGET_MS / 1000} s); it was analysed, but consider excluding it`, location: { file: rel, line: 1, column: 1 } });
  const errs = parseErrors(sf);
  if (errs.length) {
    const e = errs[0];
    const lc = sf.getLineAndCharacterOfPosition(e.start);
    diagnostics.push({
      severity: "warning",
      code: "parse-error",
      message: `${rel}:${lc.line + 1}: ${ts.flattenDiagnosticMessageText(e.messageText, " ")}${errs.length > 1 ? ` (and ${errs.length - 1} more syntax errors)` : ""}; the rest of the file was analysed as far as it parses`,
      location: { file: rel, line: lc.line + 1, column: lc.character + 1 },
    });
  }
  return sf;
}
