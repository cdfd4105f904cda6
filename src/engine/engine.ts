// The flow engine: indexes files, interprets every unit (module body, top-level
// function, class member) over abstract values, and iterates until function
// summaries, module variables and class fields stop changing. Then it resolves
// what each sink receives from its callers (top-down) and which guards hold on
// entry to each function (greatest fixpoint over call sites).
import { ts } from "../typescript.cjs";
import { AUTO_IMPORT_DIRS } from "../catalog/auto-imports.js";
import type { BuiltinGuardEntry, HttpClientEntry, SanitizerEntry, SinkEntry } from "../model/catalog.js";
import type { PitraceConfig } from "../model/config.js";
import type { GuardInfo, SinkKind } from "../model/finding.js";
import type { Taxonomy } from "../model/taxonomy.js";
import type { PlatformSourceEntry } from "../sources/platform.js";
import { APP_CONFIG_KEY, EGG_HELPER_KEY, eggConventionFile, eggConventionKey, eggConventionKeys, isEggHelperPath } from "./conventions.js";
import { collectUnits, indexFile, type FileIndex } from "./file-index.js";
import { GuardMatcher, intersectGuards, unionGuards } from "./guards.js";
import { isExportedEntry, middlewareFunction, middlewareMatcher, middlewarePaths, nextRoute } from "./nextjs.js";
import { policiesFor, policyMap, sailsAction } from "./sails-policies.js";
import { angularRoutes, controllerName, resolvedGuardCalls } from "./angular-di.js";
import { strapiAction, strapiPolicies, strapiServiceMethod } from "./strapi-policies.js";
import { freshMiddlewareHandlers, freshMiddlewarePaths, isFreshRouteHandler } from "./fresh.js";
import { beforeHookOf } from "./thinkjs.js";
import { resolveName } from "./resolve.js";
import { findRouting, hasMountCalls, joinPaths, pathCovers, type PathMiddleware } from "./router-mounts.js";
import { Frame, isLiteralDefault } from "./interpret.js";
import { isCataloguedPackage } from "./sink-match.js";
import { expandType, libraryTypeAt, typeAtomCanExpand, typeDeclAt, typeOwnerAt } from "./type-expand.js";
import { accumulate, asQuantity, atomKey, EMPTY, fieldAt, flatten, isPlaceholder, isQuantitySource, join, newAcc, selectPath, signature, withMinor, withoutFields, type Acc, type ParamAtom, type Ref, type SourcePartOf, type StepRef, type Str, type TaintEntry, type TypeAtom, type Val } from "./values.js";
import { mainKinds, sourcePart } from "./source-parts.js";
import { tokenize } from "../taxonomy/tokenize.js";
import { contextualParams } from "./contextual-types.js";

export interface Catalog {
  sinks: readonly SinkEntry[];
  http: readonly HttpClientEntry[];
  sanitizers: readonly SanitizerEntry[];
  guards: readonly BuiltinGuardEntry[];
  platform: readonly PlatformSourceEntry[];
}

export interface EngineOptions {
  taxonomy: Taxonomy;
  config: PitraceConfig;
  catalog: Catalog;
  /** Resolves an import specifier to a project file (absolute path), or undefined for packages. */
  resolveModule(spec: string, fromFile: string): string | undefined;
  /**
   * The bare package specifier an import stands for, after the project's import map (Deno's deno.json),
   * or undefined for a URL of no registry we know. Without it, `npm:`/`jsr:`/registry URLs are still read.
   */
  packageSpecifier?(spec: string, fromFile: string): string | undefined;
  /** Maximum nesting depth before a construct is skipped with a diagnostic. */
  maxDepth?: number;
  /** Record who depends on what, so that `updateFile` can re-analyse only what an edit affects (editor sessions). */
  incremental?: boolean;
  /** A unit whose own analysis takes longer than this is reported (it is still analysed in full). */
  unitBudgetMs?: number;
  /** Set when this engine sees only part of a project's files (one group of a split scan): see ChannelLog. */
  channels?: ChannelLog;
}

/**
 * The names an analysis asked for and gave, that join files without an import: globals scripts share
 * (`cell:%global#CRM`), interfaces whose implementers are looked up by name (`impl:Repo`), files found by
 * convention (`egg:app/service/user`, `file:<path>` for a Next.js middleware or an import resolved outside
 * the engine's files). A scan split into groups (src/pool/) checks that no group asked for a name another
 * group gives; when one did, the two are analysed together, so the split never changes a result.
 */
export interface ChannelLog {
  asks: Set<string>;
  provides: Set<string>;
}

export interface EngineDiagnostic {
  node: ts.Node;
  message: string;
  code: "depth-limit" | "file-timeout";
}

const UNIT_BUDGET_MS = 2_000;
/** First words of a function's name that say the data it gives is the application's own (see ownDataName). */
const OWN_NAME_HEADS = new Set(["app", "platform", "system", "sys", "server", "official"]);
/** Verbs a function's name may start with before the data it gives (see ownDataName). */
const FETCH_VERBS = new Set(["get", "fetch", "load", "read", "refresh", "obtain", "ensure", "request", "acquire", "resolve"]);
/** The last word of a name that refers to one record (an id or a number), in English, pinyin or Chinese. */
const RECORD_REFERENCE = /^(?:id|ids|no|nos|number|num)$|hao$|号$/;

export interface SourceInfo {
  id: number;
  node: ts.Node;
  name: string;
  categories: string[];
  kind: "identifier" | "property" | "parameter" | "type" | "request" | "platform-api" | "value";
  /** Set for a source that stands for a parameter's name: dropped when every caller passes a clean value. */
  /** A source that stands for what callers pass as parameter `index` (at `path`), refuted where that is clean. */
  paramOf?: { unit: number; index: number; path?: readonly string[] };
}

export interface Recipient {
  id: string;
  kind: "sdk" | "http";
  hosts: string[];
  region?: string;
  vendor?: string;
  pkg?: string;
  /** An SDK reached through its global: the packages of its catalogue entry (a contractor may be declared by one). */
  packages?: string[];
  unresolved?: string;
  firstParty?: boolean;
}

/** What each AUTO_IMPORT_DIRS folder of the project exports, by name (the first file wins). */
function dirAutoImports(files: ReadonlyMap<string, FileIndex>): Map<string, FileIndex> {
  const out = new Map<string, FileIndex>();
  const paths = [...files.keys()];
  for (const entry of AUTO_IMPORT_DIRS) {
    const roots = paths.filter((p) => entry.markers.some((m) => p.endsWith(`/${m}`))).map((p) => p.slice(0, p.lastIndexOf("/") + 1));
    for (const root of roots)
      for (const [p, fi] of files) {
        if (!p.startsWith(root)) continue;
        const rest = p.slice(root.length);
        const dir = rest.slice(0, rest.lastIndexOf("/"));
        if (!entry.dirs.includes(dir)) continue;
        for (const name of fi.exports.keys()) if (name !== "default" && !out.has(name)) out.set(name, fi);
      }
  }
  return out;
}

export interface SinkHit {
  unit: number;
  node: ts.Node;
  kind: SinkKind;
  sink: string;
  recipient?: Recipient;
  /** The URL is (a known prefix plus) parameter `index` of the unit: resolved from its call sites. */
  urlParam?: { index: number; prefix: string };
  taint: Map<string, TaintEntry>;
  guards: GuardInfo[];
  /** Guards a test proved false where the sink is (`if (!hasConsent(u))`): they do not hold, whatever the callers checked. */
  refuted?: readonly string[];
  /** Recorded while running a never-called closure on its own (see UnitResult.closureCalls). */
  flushOf?: ts.Node;
}

export interface CallSite {
  caller: number;
  callee: number;
  args: Val[];
  thisVal?: Val;
  guards: GuardInfo[];
  /** As SinkHit.refuted, for the callee's sinks. */
  refuted?: readonly string[];
  node: ts.Node;
  /** Recorded while running a never-called closure on its own (see UnitResult.closureCalls). */
  flushOf?: ts.Node;
}

export interface UnitInfo {
  id: number;
  node: ts.Node;
  file: FileIndex;
  name: string;
  /** Guards that hold on entry by construction (decorators). */
  declaredGuards: GuardInfo[];
  /** Set when its file was edited: the unit was replaced by a new one. */
  dead?: boolean;
}

/** A call a unit makes through one of its parameters (a callback it was given). */
export interface ParamCall {
  index: number;
  /** Members read from the parameter before the call (`log.info(…)` on a parameter `log`: ["info"]); empty when the parameter itself is called. */
  path: readonly string[];
  args: Val[];
  guards: GuardInfo[];
  node: ts.Node;
}

export interface UnitResult {
  ret: Val;
  sinks: SinkHit[];
  calls: CallSite[];
  paramCalls: ParamCall[];
  retSig: string;
  /** Guards that hold wherever the unit lets a request through (a Next.js middleware), when it does. */
  passGuards?: GuardInfo[];
  /**
   * Calls this unit made of other units' closures. A closure its own unit never calls is run there on its
   * own, with no arguments and that unit's guards, in case something out of sight calls it; once units we
   * see call it, that run is under the guards every one of those calls is under.
   */
  closureCalls?: ClosureCall[];
}

/** A call of a closure another unit made (a factory's `return { push }`), and the guards it is under. */
export interface ClosureCall {
  closure: ts.Node;
  guards: GuardInfo[];
}

export interface ResolvedSink {
  hit: SinkHit;
  file: FileIndex;
  /** Source id → steps (source … sink). */
  flows: Map<number, StepRef[]>;
  guards: GuardInfo[];
}

const MAX_ROUNDS = 12;

/** The prefix of key-value caches' cells (see Frame.keyValueCache). */
export const KV_CELL = "%kv#";

/** Cells every file can reach without an import: script globals and the mini-program's App (`%…`). */
function isSharedCell(key: string): boolean {
  return key.charCodeAt(0) === 37;
}

/** What a replaced unit or source points at instead of the old text's nodes (which it must not keep alive). */
const GONE_SF = ts.createSourceFile("<replaced>", "", ts.ScriptTarget.Latest, true);
const GONE_FILE = indexFile("<replaced>", "<replaced>", GONE_SF);
/** No augmentation of a member: one shared empty list. */
const NO_TYPES: readonly ts.TypeNode[] = [];

export class Engine {
  readonly files = new Map<string, FileIndex>();
  readonly units: UnitInfo[] = [];
  readonly unitByNode = new Map<ts.Node, number>();
  readonly results: Array<UnitResult | undefined> = [];
  readonly sources: SourceInfo[] = [];
  /** Source ids by node, then by what else tells two sources at one node apart (sourceKey). */
  private readonly sourceKeys = new Map<ts.Node, Map<string, number>>();
  /** Source ids by the file their node is in (path → ids), to forget an edited file's sources. */
  private readonly sourcesByFile = new Map<string, number[]>();
  readonly cells = new Map<string, Val>();
  private readonly cellSigs = new Map<string, string>();
  private readonly cellReaders = new Map<string, Set<number>>();
  private readonly callers = new Map<number, Set<number>>();
  private readonly cellInit = new Set<string>();
  private dirty = new Set<number>();
  readonly guards: GuardMatcher;
  /** Diagnostics by the unit whose analysis raised them (-1: outside any unit), replaced when it is re-analysed. */
  private readonly unitDiagnostics = new Map<number, EngineDiagnostic[]>();
  /** The longest own analysis time of each unit over its budget (ms), kept across re-runs. */
  private readonly slowUnits = new Map<number, number>();
  /** Time spent in callees analysed on demand, per level of `stack` (subtracted from the caller's own time). */
  private readonly nestedMs: number[] = [];
  private readonly typeCache = new Map<string, TaintEntry[]>();
  private readonly typeLive = new Map<string, { answer: boolean; files: string[] }>();
  private readonly typeLibraries = new Map<string, { answer: Extract<Ref, { k: "pkg" }> | undefined; files: string[] }>();
  private readonly typeOwners = new Map<string, { answer: string | undefined; files: string[] }>();
  private readonly typeDecls = new Map<string, { answer: ts.ClassDeclaration | ts.InterfaceDeclaration | undefined; files: string[] }>();
  /** Router declarations → the guards their mounts put in front of them, built on first use. */
  private mounts:
    | {
        names: Set<string>;
        guards: Map<ts.Node, GuardInfo[]>;
        at: Map<ts.Node, Array<{ file: FileIndex; parent: string; prefix: string; pos: number }>>;
        /** Path-scoped middleware by file path. */
        paths: Map<string, PathMiddleware[]>;
      }
    | undefined;
  /** Units that asked for mount guards (incremental mode): re-run when a file with `.use(` changes. */
  private readonly mountReaders = new Set<number>();
  /** While set, the files `touch` is told of are also listed here. */
  private touchLog: string[] | undefined;
  private readonly classifyCache = new Map<string, string[]>();
  private readonly ownRecordCache = new Map<string, boolean>();
  private readonly ownRecordOwnerCache = new Map<string, boolean>();
  private readonly ownNameCache = new Map<string, boolean>();
  /** Library classes named by a declared type or by the top of a class chain (null: none), per node. */
  libraryTypes = new WeakMap<ts.Node, object | null>();
  /**
   * The parameters an inline callback is given by the function type its callee declares for it
   * (`subscribe(listener: Listener)` with `type Listener = (draft: Draft | null) => void`), per callback.
   */
  callbackParams = new WeakMap<ts.Node, readonly ts.ParameterDeclaration[]>();
  /** The parameters a function of an object literal takes from the literal's declared type (contextual-types.ts), per function. */
  private contextualParamsMemo = new WeakMap<ts.Node, readonly ts.ParameterDeclaration[] | null>();
  /** Units being analysed, innermost last (callees are analysed on demand inside their callers). */
  private readonly stack: number[] = [];
  private readonly fileUnits = new Map<string, number[]>();
  /** Units analysed so far (a measure of how much an update re-did). */
  analysed = 0;

  // Which sources each unit's last analysis registered: the inventory lists those, not what an
  // earlier round of the fixpoint met on the way.
  private readonly unitSources = new Map<number, Set<number>>();
  private readonly sourceOwners: number[] = [];
  // Dependency records, kept only when incremental: who looked into which file, asked for which
  // interface's implementers, and wrote which cell.
  private readonly fileReaders = new Map<string, Set<number>>();
  /** Every file's `augments`, merged (null until asked). */
  private allAugments: Map<string, ts.TypeNode[]> | undefined;
  private allGlobalTypes: Map<string, { node: ts.Node; file: FileIndex }> | undefined;
  /** Names a framework auto-imports from project folders (AUTO_IMPORT_DIRS), by the file exporting them. */
  private dirImports: Map<string, FileIndex> | undefined;
  /** Readers of names looked up in every file: `impl:<interface>`, `aug:<member>` (the channel keys). */
  private readonly nameReaders = new Map<string, Set<number>>();
  private readonly cellWriters = new Map<string, Set<number>>();
  private readonly unitCells = new Map<number, Set<string>>();
  /** Units to re-run although their summary is still valid (they write a cell that was reset). */
  private readonly forced = new Set<number>();

  constructor(readonly opts: EngineOptions) {
    this.guards = new GuardMatcher(opts.config.consent.guards, opts.catalog.guards);
  }

  get taxonomy(): Taxonomy {
    return this.opts.taxonomy;
  }

  addFile(path: string, rel: string, sf: ts.SourceFile): FileIndex {
    const fi = indexFile(path, rel, sf);
    const old = this.files.get(path);
    this.dirImports = undefined;
    if (fi.augments.size || old?.augments.size) this.allAugments = undefined;
    if (fi.globalTypes.size || old?.globalTypes.size) this.allGlobalTypes = undefined;
    this.files.set(path, fi);
    const ch = this.opts.channels;
    if (ch) {
      for (const name of fi.implementers.keys()) ch.provides.add(`impl:${name}`);
      for (const name of fi.augments.keys()) ch.provides.add(`aug:${name}`);
      for (const name of fi.globalTypes.keys()) ch.provides.add(`gtype:${name}`);
      if (AUTO_IMPORT_DIRS.some((e) => e.dirs.some((d) => fi.rel.includes(`${d}/`)))) for (const name of fi.exports.keys()) ch.provides.add(`autoimport:${name}`);
      if (!fi.isDeclaration) for (const key of eggConventionKeys(fi.rel)) ch.provides.add(`egg:${key}`);
    }
    const ids: number[] = [];
    if (!fi.isDeclaration) {
      for (const node of collectUnits(sf)) {
        const id = this.units.length;
        this.units.push({ id, node, file: fi, name: unitName(node), declaredGuards: [] });
        this.unitByNode.set(node, id);
        this.results.push(undefined);
        this.dirty.add(id);
        ids.push(id);
      }
    }
    this.fileUnits.set(path, ids);
    return fi;
  }

  /**
   * Replace the text of a file already in the engine (incremental mode). Its units are replaced by new
   * ones, and every unit whose result could depend on the old ones is reset: callers of a reset unit,
   * readers of a cell a reset unit wrote, units that resolved names into the file or asked for an
   * interface's implementers it declares. Other writers of a reset cell run again to re-contribute.
   * Call `solve()` afterwards; only the reset units (and any whose summary then changes) are analysed.
   */
  updateFile(path: string, rel: string, sf: ts.SourceFile): void {
    if (!this.opts.incremental) throw new Error("updateFile needs an engine created with { incremental: true }");
    const old = this.files.get(path);
    const oldUnits = this.fileUnits.get(path) ?? [];
    const reset = new Set<number>();
    const cells = new Set<string>();
    const rerun = new Set<number>();
    // Close over dependents: a reset unit's callers, and the readers of every cell it wrote.
    const expand = (seeds: Iterable<number>) => {
      const work: number[] = [];
      const add = (u: number) => {
        if (!reset.has(u)) {
          reset.add(u);
          work.push(u);
        }
      };
      for (const u of seeds) add(u);
      while (work.length) {
        const u = work.pop()!;
        for (const c of this.callers.get(u) ?? []) add(c);
        for (const key of this.unitCells.get(u) ?? []) {
          if (cells.has(key)) continue;
          cells.add(key);
          for (const r of this.cellReaders.get(key) ?? []) add(r);
          for (const w of this.cellWriters.get(key) ?? []) rerun.add(w);
        }
      }
    };
    const namesOf = (f: FileIndex | undefined) =>
      f ? [...[...f.implementers.keys()].map((n) => `impl:${n}`), ...[...f.augments.keys()].map((n) => `aug:${n}`), ...[...f.globalTypes.keys()].map((n) => `gtype:${n}`)] : [];
    const readersOf = (keys: Iterable<string>) => [...keys].flatMap((k) => [...(this.nameReaders.get(k) ?? [])]);
    const mountsMayChange = (!!old && hasMountCalls(old.sf.text)) || hasMountCalls(sf.text);
    expand([...oldUnits, ...(this.fileReaders.get(path) ?? []), ...readersOf(namesOf(old)), ...(mountsMayChange ? this.mountReaders : [])]);
    for (const id of oldUnits) this.retire(id);
    const oldSources = this.forgetSourcesIn(path);
    const fi = this.addFile(path, rel, sf);
    expand(readersOf(namesOf(fi)));
    for (const key of cells) {
      this.cells.delete(key);
      this.cellSigs.delete(key);
      this.cellInit.delete(key);
      this.cellWriters.delete(key);
    }
    this.typeCache.clear();
    this.typeLive.clear();
    this.typeLibraries.clear();
    // A type's library may be found through another file's alias (`type Logger = typeof logger`).
    this.libraryTypes = new WeakMap();
    this.callbackParams = new WeakMap();
    this.contextualParamsMemo = new WeakMap();
    this.typeOwners.clear();
    this.typeDecls.clear();
    this.mounts = undefined;
    for (const id of reset) {
      if (this.units[id].dead) continue;
      this.forgetAnalysis(id);
      this.slowUnits.delete(id);
      this.results[id] = undefined;
      this.dirty.add(id);
    }
    for (const id of rerun) {
      if (reset.has(id) || this.units[id].dead) continue;
      const wrote = this.unitCells.get(id);
      this.forgetAnalysis(id);
      // What it wrote stays in its cells until it runs again: keep the record of them, so that another edit
      // before then (the unit retired with its file) still clears them. Otherwise a cell keyed by a place
      // in an edited file could keep a function of an old text, and a later analysis would run it.
      if (wrote) {
        this.unitCells.set(id, wrote);
        for (const key of wrote) {
          let w = this.cellWriters.get(key);
          if (!w) this.cellWriters.set(key, (w = new Set()));
          w.add(id);
        }
      }
      this.forced.add(id);
      this.dirty.add(id);
    }
    // Nothing live refers to the old text's sources any more: let its syntax tree go.
    for (const id of oldSources) if (this.sourceOwners[id] === 0) this.sources[id] = { ...this.sources[id], node: GONE_SF, paramOf: undefined };
  }

  /** A unit of an edited file: gone for good (a tombstone that keeps no node of the old text alive). */
  private retire(id: number): void {
    const u = this.units[id];
    this.units[id] = { id, node: GONE_SF, file: GONE_FILE, name: u.name, declaredGuards: [], dead: true };
    this.unitByNode.delete(u.node);
    this.forgetAnalysis(id);
    this.slowUnits.delete(id);
    this.results[id] = undefined;
    this.callers.delete(id);
    this.dirty.delete(id);
  }

  /** Drop what a unit's last analysis registered: sources, diagnostics, cell writes and lookups. */
  private forgetAnalysis(id: number): void {
    for (const s of this.unitSources.get(id) ?? []) this.sourceOwners[s]--;
    this.unitSources.delete(id);
    this.unitDiagnostics.delete(id);
    for (const key of this.unitCells.get(id) ?? []) this.cellWriters.get(key)?.delete(id);
    this.unitCells.delete(id);
  }

  /** Sources keyed by places in an edited file must not be found again for the new text. */
  private forgetSourcesIn(path: string): number[] {
    const ids = this.sourcesByFile.get(path) ?? [];
    this.sourcesByFile.delete(path);
    for (const id of ids) this.sourceKeys.delete(this.sources[id].node);
    return ids;
  }

  private sourceKey(s: Omit<SourceInfo, "id" | "node">): string {
    return `${s.kind}:${s.name}:${s.categories.join(",")}:${s.paramOf ? `${s.paramOf.unit}.${s.paramOf.index}.${s.paramOf.path?.join(".") ?? ""}` : ""}`;
  }

  /** Sources the last analysis of some live unit registered. */
  liveSources(): SourceInfo[] {
    return this.sources.filter((s) => this.sourceOwners[s.id] > 0);
  }

  /** Constructs skipped and units over their time budget, in source order. */
  get diagnostics(): EngineDiagnostic[] {
    const out = [...this.unitDiagnostics.values()].flat();
    const budget = this.opts.unitBudgetMs ?? UNIT_BUDGET_MS;
    for (const [id, ms] of this.slowUnits) {
      const u = this.units[id];
      out.push({ node: u.node, code: "file-timeout", message: `${u.file.rel}: analysing ${u.name} took ${(ms / 1000).toFixed(1)} s (budget ${budget / 1000} s); it was analysed in full, but consider excluding the file` });
    }
    const where = (d: EngineDiagnostic) => d.node.getSourceFile().fileName;
    return out.sort((a, b) => (where(a) < where(b) ? -1 : where(a) > where(b) ? 1 : a.node.pos - b.node.pos || (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)));
  }

  /** Whether every category of source `id` is a collection (see Taxonomy.isCollection): its parts are that PI too. */
  collectionSource(id: number): boolean {
    const src = this.sources[id];
    const cats = src?.categories;
    if (!cats?.length || !cats.every((c) => c === "minor" || this.taxonomy.isCollection(c)) || !cats.some((c) => c !== "minor")) return false;
    // One record's reference (`transactionId`, `jiaoyihao`'s 交易号) names a single record, not the set.
    return !RECORD_REFERENCE.test(tokenize(src.name).at(-1) ?? "");
  }

  /** Of these categories, the ones a boolean can state (the taxonomy's factFlags: health, minor …). */
  factsOnly(categories: readonly string[]): string[] {
    return categories.filter((c) => this.taxonomy.isFactFlag(c));
  }

  /** A construct skipped by the analysis (reported as a warning). */
  diagnostic(node: ts.Node, message: string): void {
    const unit = this.stack.at(-1) ?? -1;
    let l = this.unitDiagnostics.get(unit);
    if (!l) this.unitDiagnostics.set(unit, (l = []));
    if (!l.some((d) => d.node === node && d.message === message)) l.push({ node, message, code: "depth-limit" });
  }

  /** A resolution looked into `file`: the unit being analysed depends on its text. */
  touch(file: string): void {
    if (!this.opts.incremental) return;
    this.touchLog?.push(file);
    const unit = this.stack.at(-1);
    if (unit === undefined) return;
    let s = this.fileReaders.get(file);
    if (!s) this.fileReaders.set(file, (s = new Set()));
    s.add(unit);
  }

  /** Classes of any file that implement an interface of this name, and object literals declared as one. */
  implementersOf(name: string, reader: number): Array<ts.ClassLikeDeclaration | ts.ObjectLiteralExpression> {
    this.readName(`impl:${name}`, reader);
    const out: Array<ts.ClassLikeDeclaration | ts.ObjectLiteralExpression> = [];
    for (const fi of this.files.values()) out.push(...(fi.implementers.get(name) ?? []));
    return out;
  }

  /** The types the project gives a member of a library's interfaces by augmenting them (file-index.ts). */
  augmentsOf(name: string, reader: number): readonly ts.TypeNode[] {
    this.readName(`aug:${name}`, reader);
    if (!this.allAugments) {
      // Asked on every read of a member we know nothing of: merged once, again after a file changes.
      this.allAugments = new Map();
      for (const fi of this.files.values()) for (const [k, types] of fi.augments) this.allAugments.set(k, [...(this.allAugments.get(k) ?? []), ...types]);
    }
    return this.allAugments.get(name) ?? NO_TYPES;
  }

  /**
   * A type the program declares globally under this dotted name (`API.MemberForm`, see FileIndex.globalTypes),
   * for a type reference that no import or local declaration names.
   */
  globalType(name: string): { node: ts.Node; file: FileIndex } | undefined {
    const reader = this.stack.at(-1);
    if (reader !== undefined) this.readName(`gtype:${name}`, reader);
    else this.opts.channels?.asks.add(`gtype:${name}`);
    if (!this.allGlobalTypes) {
      this.allGlobalTypes = new Map();
      for (const fi of this.files.values()) for (const [k, node] of fi.globalTypes) if (!this.allGlobalTypes.has(k)) this.allGlobalTypes.set(k, { node, file: fi });
    }
    return this.allGlobalTypes.get(name);
  }

  private readName(key: string, reader: number): void {
    this.opts.channels?.asks.add(key);
    if (!this.opts.incremental) return;
    let s = this.nameReaders.get(key);
    if (!s) this.nameReaders.set(key, (s = new Set()));
    s.add(reader);
  }

  /** The project file a framework auto-imports `name` from (Nuxt's composables/, server/utils/), if any. */
  dirAutoImport(name: string): FileIndex | undefined {
    this.opts.channels?.asks.add(`autoimport:${name}`);
    this.dirImports ??= dirAutoImports(this.files);
    return this.dirImports.get(name);
  }

  /** The file an egg.js reference names by convention (`ctx.service.user`: app/service/user.js), if any. */
  eggConventionFile(path: readonly string[]): FileIndex | undefined {
    const key = isEggHelperPath(path) ? EGG_HELPER_KEY : eggConventionKey(path);
    if (key === undefined) return undefined;
    this.opts.channels?.asks.add(`egg:${key}`);
    return eggConventionFile(this.files, key);
  }

  /** The app's config/config.default file (egg.js's `this.config`, Midway's `@Config`), if any. */
  appConfigFile(): FileIndex | undefined {
    this.opts.channels?.asks.add(`egg:${APP_CONFIG_KEY}`);
    return eggConventionFile(this.files, APP_CONFIG_KEY);
  }

  fileOf(node: ts.Node): FileIndex | undefined {
    return this.files.get(node.getSourceFile().fileName);
  }

  /** Interpret every unit until summaries, module variables and class fields are stable. */
  solve(onRound?: (done: number, total: number) => void): void {
    let round = 0;
    while (this.dirty.size > 0 && round < MAX_ROUNDS) {
      round++;
      const batch = [...this.dirty].sort((a, b) => a - b);
      this.dirty = new Set();
      let done = 0;
      for (const id of batch) {
        if (this.units[id].dead) continue;
        if (round === 1 && this.results[id] && !this.forced.has(id)) continue; // analysed on demand already
        this.analyseUnit(id);
        onRound?.(++done, batch.length);
      }
    }
    this.forced.clear();
  }

  /** `onDemandFor`: the caller that asked for this unit's summary and receives it directly. */
  private analyseUnit(id: number, onDemandFor?: number): void {
    const unit = this.units[id];
    const frame = new Frame(this, unit);
    this.analysing.add(id);
    this.stack.push(id);
    this.nestedMs.push(0);
    const started = performance.now();
    this.analysed++;
    this.forced.delete(id);
    this.forgetAnalysis(id);
    let res: UnitResult;
    try {
      res = frame.run();
    } finally {
      this.analysing.delete(id);
      this.stack.pop();
      const took = performance.now() - started;
      const own = took - this.nestedMs.pop()!;
      if (this.nestedMs.length) this.nestedMs[this.nestedMs.length - 1] += took;
      if (own > (this.opts.unitBudgetMs ?? UNIT_BUDGET_MS) && own > (this.slowUnits.get(id) ?? 0)) this.slowUnits.set(id, own);
    }
    const prev = this.results[id];
    this.results[id] = res;
    const changed = prev && (prev.retSig !== res.retSig || prev.paramCalls.length !== res.paramCalls.length);
    if (changed) for (const c of this.callers.get(id) ?? []) this.dirty.add(c);
    // Callers that read the summary before it existed (recursion) run again; the one that asked for it has it.
    if (!prev && this.callers.has(id)) for (const c of this.callers.get(id)!) if (c !== onDemandFor) this.dirty.add(c);
  }

  private readonly analysing = new Set<number>();

  /** A caller reads a callee's summary: re-run the caller when it changes. A callee never analysed is analysed now (bottom-up on demand). */
  dependOn(caller: number, callee: number): UnitResult | undefined {
    let s = this.callers.get(callee);
    if (!s) this.callers.set(callee, (s = new Set()));
    s.add(caller);
    if (!this.results[callee] && !this.analysing.has(callee) && this.analysing.size < 64) {
      this.analyseUnit(callee, caller);
      if (!this.forced.has(callee)) this.dirty.delete(callee);
    }
    return this.results[callee];
  }

  /**
   * Guards every mount of the router `name` names in `file` puts in front of it (see router-mounts.ts), or
   * undefined when it is mounted nowhere: mounted twice, only the guards both mounts have count. Asked
   * for every method call on a name, so names no `.use(…)` mounts are answered without resolving them.
   */
  mountGuards(file: FileIndex, name: string): GuardInfo[] | undefined {
    // A mount added, changed or removed anywhere changes the answer (see updateFile).
    const unit = this.stack.at(-1);
    if (this.opts.incremental && unit !== undefined) this.mountReaders.add(unit);
    const mounts = this.routerMounts();
    if (!mounts.names.has(name)) return undefined;
    const r = resolveName(this, file, name);
    return r?.kind === "decl" ? mounts.guards.get(r.node) : undefined;
  }

  private routerMounts(): NonNullable<Engine["mounts"]> {
    if (!this.mounts) {
      this.mounts = { names: new Set(), guards: new Map(), at: new Map(), paths: new Map() };
      for (const f of this.files.values()) {
        const routing = findRouting(f.sf);
        if (routing.pathMiddleware.length) this.mounts.paths.set(f.path, routing.pathMiddleware);
        for (const m of routing.mounts) {
          const r = resolveName(this, f, m.router.text);
          if (r?.kind !== "decl") continue;
          // The routes may be declared on the router under its own name, elsewhere (`export default router`).
          this.mounts.names.add(m.router.text).add(r.name);
          if (ts.isVariableDeclaration(r.node) && ts.isIdentifier(r.node.name)) this.mounts.names.add(r.node.name.text);
          const guards = this.guards.guardsIn(m.middleware);
          const prev = this.mounts.guards.get(r.node);
          this.mounts.guards.set(r.node, prev ? intersectGuards(prev, guards) : guards);
          if (m.prefix !== undefined && m.parent) {
            const list = this.mounts.at.get(r.node) ?? [];
            list.push({ file: f, parent: m.parent, prefix: m.prefix, pos: m.pos });
            this.mounts.at.set(r.node, list);
          }
        }
      }
    }
    return this.mounts;
  }

  /**
   * Guards of path-scoped middleware in front of a route (`member.post('/coach/goals', …)`): registered before
   * it on its own receiver for a pattern its path matches, or on the receiver a router is mounted on
   * (`app.use('/api/member/coach/*', requireConsent(…))` then `app.route('/api/member', member)`), two levels up.
   * Mounted twice, only the guards both mounts have count.
   */
  pathGuards(file: FileIndex, receiver: string, path: string, pos: number, depth = 0): GuardInfo[] {
    const unit = this.stack.at(-1);
    if (this.opts.incremental && unit !== undefined) this.mountReaders.add(unit);
    const mounts = this.routerMounts();
    const before = (mounts.paths.get(file.path) ?? []).filter((m) => m.receiver === receiver && m.pos < pos && pathCovers(m.pattern, path));
    let out = this.guards.guardsIn(before.flatMap((m) => m.middleware));
    if (depth >= 2) return out;
    if (!mounts.names.has(receiver)) return out;
    const r = resolveName(this, file, receiver);
    const at = r?.kind === "decl" ? mounts.at.get(r.node) : undefined;
    let viaMounts: GuardInfo[] | undefined;
    for (const m of at ?? []) {
      const g = this.pathGuards(m.file, m.parent, joinPaths(m.prefix, path), m.pos, depth + 1);
      viaMounts = viaMounts ? intersectGuards(viaMounts, g) : g;
    }
    if (viaMounts?.length) out = unionGuards(out, viaMounts);
    return out;
  }


  /**
   * Guards a framework runs before the unit: Sails and Strapi policies, AngularJS route resolves, Fresh
   * `_middleware`, a ThinkJS controller's `__before`, or a Next.js middleware for a route handler or page it
   * matches (see nextjs.ts).
   */
  middlewareGuards(unit: UnitInfo): GuardInfo[] {
    const framework = this.sailsPolicyGuards(unit) ?? this.strapiPolicyGuards(unit.file.path, unit.node) ?? this.angularRouteGuards(unit) ?? this.freshMiddlewareGuards(unit) ?? this.beforeHookGuards(unit);
    if (framework) return framework;
    const route = nextRoute(unit.file.path);
    if (!route || !isExportedEntry(unit.node)) return [];
    for (const path of middlewarePaths(route.base)) {
      const f = this.fileAt(path);
      if (!f) continue;
      const fn = middlewareFunction(f.sf);
      const mw = fn && this.unitByNode.get(fn);
      if (mw === undefined) return [];
      const matcher = middlewareMatcher(f.sf);
      if (matcher && !matcher.some((re) => re.test(route.url))) return [];
      return this.dependOn(unit.id, mw)?.passGuards ?? [];
    }
    return [];
  }

  /** The guards a ThinkJS action runs under: those that hold wherever its controller's `__before` lets it through (thinkjs.ts). */
  private beforeHookGuards(unit: UnitInfo): GuardInfo[] | undefined {
    const hook = beforeHookOf(this, unit.node);
    const id = hook && this.unitByNode.get(hook);
    if (id === undefined) return undefined;
    return this.dependOn(unit.id, id)?.passGuards ?? [];
  }

  /**
   * The guards an AngularJS controller runs under when every route that names it (ngRoute's `when`,
   * ui-router's `state`) resolves a consent check first (angular-di.ts): a resolve that returns a guard's
   * result, or calls one as an assertion, rejects the navigation without consent. Undefined when the unit
   * is no routed controller.
   */
  private angularRouteGuards(unit: UnitInfo): GuardInfo[] | undefined {
    const name = controllerName(unit.node);
    if (name === undefined) return undefined;
    let out: GuardInfo[] | undefined;
    for (const [path, f] of this.files) {
      const routes = angularRoutes(f.sf).filter((r) => r.controller === name);
      if (!routes.length) continue;
      this.touch(path);
      for (const r of routes) {
        let g: GuardInfo[] = [];
        for (const fn of r.resolves) {
          const { returned, asserted } = resolvedGuardCalls(fn);
          const byReturn = returned.map((e) => this.guards.matchExpression(e));
          if (returned.length && byReturn.every((x) => x)) g = unionGuards(g, byReturn.reduce<GuardInfo[]>((a, x, i) => (i === 0 ? [x!] : intersectGuards(a, [x!])), []));
          g = unionGuards(g, this.guards.guardsIn(asserted));
        }
        out = out === undefined ? g : intersectGuards(out, g);
      }
    }
    return out;
  }

  /** The configured guards among the Fresh _middleware handlers that run before a route handler, when the unit is one. */
  private freshMiddlewareGuards(unit: UnitInfo): GuardInfo[] | undefined {
    if (!isFreshRouteHandler(unit.file.path, unit.node)) return undefined;
    let out: GuardInfo[] = [];
    for (const path of freshMiddlewarePaths(unit.file.path)) {
      const f = this.fileAt(path);
      if (f) out = unionGuards(out, this.guards.guardsIn(freshMiddlewareHandlers(f.sf)));
    }
    return out;
  }

  /** The configured guards among the Sails policies that run before an action, when the unit is one. */
  private sailsPolicyGuards(unit: UnitInfo): GuardInfo[] | undefined {
    if (!unit.file.path.includes("/api/controllers/")) return undefined;
    const action = sailsAction(unit.file.path, unit.node);
    if (!action) return undefined;
    const root = unit.file.path.slice(0, unit.file.path.lastIndexOf("/api/controllers/"));
    let out: GuardInfo[] = [];
    for (const ext of [".js", ".ts"]) {
      const path = `${root}/config/policies${ext}`;
      const f = this.fileAt(path);
      const map = f && policyMap(f.sf);
      if (!map) continue;
      for (const name of policiesFor(map, action)) {
        const g = this.guards.matchPath([name]);
        if (g) out = unionGuards(out, [g]);
      }
    }
    return out;
  }

  /**
   * The configured guards among the Strapi policies its routes give a controller action, when the function
   * is one (a unit, or a method of the object a createCoreController factory returns).
   */
  strapiPolicyGuards(file: string, fn: ts.Node): GuardInfo[] | undefined {
    if (!file.includes("/src/api/")) return undefined;
    const action = strapiAction(file, fn);
    if (!action) return undefined;
    // Any API's routes may name the action (`'api::guest.guest.rsvp'`).
    const apiRoot = action.apiDir.slice(0, action.apiDir.lastIndexOf("/"));
    let out: GuardInfo[] = [];
    for (const [path, f] of this.files) {
      if (!path.startsWith(`${apiRoot}/`) || !path.includes("/routes/")) continue;
      this.touch(path);
      for (const name of strapiPolicies(f.sf, action)) {
        const g = this.guards.matchPath([name]);
        if (g) out = unionGuards(out, [g]);
      }
    }
    return out;
  }

  /** The method of a Strapi service a call names by UID (`strapi.service('api::report.report').push(r)`), from any file of the app. */
  strapiService(from: string, svc: { api: string; name: string }, method: string): ts.SignatureDeclaration | undefined {
    const at = from.lastIndexOf("/src/");
    if (at < 0) return undefined;
    for (const ext of [".js", ".ts"]) {
      const path = `${from.slice(0, at)}/src/api/${svc.api}/services/${svc.name}${ext}`;
      const f = this.fileAt(path);
      const m = f && strapiServiceMethod(f.sf, method);
      if (m) return m;
    }
    return undefined;
  }

  /**
   * The file a framework's convention names by folder and name (ThinkJS's `this.service('user/info')` from a
   * file under src/: src/service/user/info.js, or in a multi-module app src/<its module>/service/… then
   * src/common/service/…), if the project has it.
   */
  conventionFile(from: string, folder: string, name: string): FileIndex | undefined {
    const at = from.lastIndexOf("/src/");
    if (at < 0 || name.includes("..")) return undefined;
    const src = from.slice(0, at + 4);
    const module = from.slice(at + 5).split("/")[0];
    for (const base of [`${src}/${folder}`, `${src}/${module}/${folder}`, `${src}/common/${folder}`]) {
      for (const ext of [".js", ".ts"]) {
        const f = this.fileAt(`${base}/${name}${ext}`);
        if (f) return f;
      }
    }
    return undefined;
  }

  /**
   * The project file at `path`, if the project has it, for a lookup by convention (a middleware, a policy map,
   * a service by name). Also when absent: the asking unit depends on the path, so a file added later in an
   * editor session re-runs it.
   */
  private fileAt(path: string): FileIndex | undefined {
    this.touch(path);
    this.opts.channels?.asks.add(`file:${path}`);
    return this.files.get(path);
  }

  readCell(key: string, reader: number, init?: () => Val): Val {
    if (this.opts.channels && isSharedCell(key)) this.opts.channels.asks.add(`cell:${key}`);
    let s = this.cellReaders.get(key);
    if (!s) this.cellReaders.set(key, (s = new Set()));
    s.add(reader);
    if (!this.cellInit.has(key) && init) {
      this.cellInit.add(key);
      // The initial value comes from the declaring module's code: its module unit is the writer.
      this.writeCell(key, init(), this.moduleUnitOf(key) ?? reader);
    }
    return this.cells.get(key) ?? EMPTY;
  }

  /** The module unit of a module-variable cell's file (`<path>#<name>`). */
  private moduleUnitOf(key: string): number | undefined {
    const file = this.files.get(key.slice(0, key.lastIndexOf("#")));
    return file ? this.unitByNode.get(file.sf) : undefined;
  }

  /** `rereadByWriter`: the writer read the cell before writing it in this run (see the interpreter's readFirst). */
  writeCell(key: string, v: Val, writer: number, rereadByWriter = false): void {
    if (this.opts.channels && isSharedCell(key)) this.opts.channels.provides.add(`cell:${key}`);
    if (this.opts.incremental) {
      let w = this.cellWriters.get(key);
      if (!w) this.cellWriters.set(key, (w = new Set()));
      w.add(writer);
      let c = this.unitCells.get(writer);
      if (!c) this.unitCells.set(writer, (c = new Set()));
      c.add(key);
    }
    const old = this.cells.get(key);
    const next = old ? join(old, v) : v;
    const sig = signature(next);
    if (this.cellSigs.get(key) === sig) return;
    this.cells.set(key, next);
    this.cellSigs.set(key, sig);
    // A unit is not re-run for its own writes, but a cache it reads before writing (`get` then `set` of the
    // same key, or a module variable checked then filled: `if (cached) return cached.token; cached = …`) is
    // read again: the first run saw it empty.
    const self = key.startsWith(KV_CELL) || rereadByWriter;
    for (const r of this.cellReaders.get(key) ?? []) {
      if (r !== writer) this.dirty.add(r);
      else if (self) {
        // Run again even where it ran on demand (see dependOn) or in the first round.
        this.dirty.add(r);
        this.forced.add(r);
      }
    }
  }

  /** Register a PI source (deduplicated by place, kind and categories: the same id whatever the order of discovery). */
  source(node: ts.Node, name: string, categories: string[], kind: SourceInfo["kind"], paramOf?: SourceInfo["paramOf"]): number {
    const key = this.sourceKey({ name, categories, kind, paramOf });
    let atNode = this.sourceKeys.get(node);
    if (!atNode) this.sourceKeys.set(node, (atNode = new Map()));
    let id = atNode.get(key);
    if (id === undefined) {
      id = this.sources.length;
      this.sources.push({ id, node, name, categories, kind, paramOf });
      atNode.set(key, id);
      this.sourceOwners.push(0);
      const file = node.getSourceFile().fileName;
      const list = this.sourcesByFile.get(file);
      if (list) list.push(id);
      else this.sourcesByFile.set(file, [id]);
    }
    const unit = this.stack.at(-1);
    if (unit !== undefined) {
      let s = this.unitSources.get(unit);
      if (!s) this.unitSources.set(unit, (s = new Set()));
      if (!s.has(id)) {
        s.add(id);
        this.sourceOwners[id]++;
      }
    }
    return id;
  }

  /** A copy of a source that also carries `minor` (read through a child's record). */
  minorSource(id: number): number {
    const s = this.sources[id];
    if (s.categories.includes("minor")) return id;
    return this.source(s.node, s.name, [...s.categories, "minor"], s.kind, s.paramOf);
  }

  /** Taxonomy categories of a name (cached), with `minor` added when read through a child's record. */
  classify(name: string, owner?: string): string[] {
    return cached(this.classifyCache, `${name}\u0000${owner ?? ""}`, () => this.taxonomy.classify(name, owner ? { owner } : undefined).categories);
  }

  /** The declared parameters of a function written in a typed object literal (contextualParams), once per function. */
  contextualParamsOf(fn: ts.SignatureDeclaration): readonly ts.ParameterDeclaration[] | undefined {
    return cached(this.contextualParamsMemo, fn, () => contextualParams(this, fn) ?? null) ?? undefined;
  }

  /** Whether a name stands for a record of the app's or an organisation's own (Taxonomy.isOwnRecord), once per name. */
  ownRecordOwner(owner: string): boolean {
    return cached(this.ownRecordOwnerCache, owner, () => this.taxonomy.isOwnRecord(owner));
  }

  /** Whether `owner.name` is the app's or an organisation's own data (Taxonomy.isOwnRecordData), once per pair. */
  ownRecordData(name: string, owner: string): boolean {
    return cached(this.ownRecordCache, `${name}\u0000${owner}`, () => this.taxonomy.isOwnRecordData(name, owner));
  }

  /**
   * Whether a function's name, past a leading verb (`get`, `fetch`, `load` …), names the app's own data, once
   * per name: PI by its last word only, its first word saying whose, the app's (`appToken`,
   * `getPlatformAccessToken`) or an own record's (`merchantToken`; see ownRecordOwners), not a verb that happens
   * to be a prefix elsewhere (`bindPhone`).
   */
  ownDataName(name: string): boolean {
    return cached(this.ownNameCache, name, () => {
      const words = tokenize(name);
      while (words.length > 1 && FETCH_VERBS.has(words[0])) words.shift();
      const head = words[0] ?? "";
      return words.length > 1 && (OWN_NAME_HEADS.has(head) || this.taxonomy.isOwnRecordData(words.slice(1).join("_"), head)) && this.taxonomy.isOwnData(words.join("_"));
    });
  }

  /** The name of a typed value's type (`User` for a `u: User`), once per atom: the owner of its fields. */
  typeOwner(a: TypeAtom): string | undefined {
    return this.typeAnswer(this.typeOwners, typeAtomPlace(a), () => typeOwnerAt(this, a));
  }

  /** The class or interface whose methods calls on a typed value dispatch to (see typeDeclAt), once per atom. */
  typeDecl(a: TypeAtom): ts.ClassDeclaration | ts.InterfaceDeclaration | undefined {
    return this.typeAnswer(this.typeDecls, typeAtomPlace(a), () => typeDeclAt(this, a));
  }

  /**
   * The catalogued library class a typed value is declared as (see libraryTypeAt), once per atom: calls on it
   * are that library's (`ctx.logger.info(…)` with `logger: Logger` from pino).
   */
  libraryType(a: TypeAtom): Extract<Ref, { k: "pkg" }> | undefined {
    return this.typeAnswer(this.typeLibraries, typeAtomPlace(a), () => {
      const lib = libraryTypeAt(this, a);
      return lib && isCataloguedPackage(this.opts.catalog, lib.pkg, lib.sub ?? lib.pkg) ? lib : undefined;
    });
  }

  /** typeAtomCanExpand, once per atom key: asked on every property read of a typed value. A catalogued library's object is kept for its calls. */
  /**
   * What a part of a source's value carries of it when a helper reads the member of what it was given
   * (`save(addr)` reading `addr.detailInfo`): as where it is read directly (see source-parts.ts), with the
   * record's main kind as a source at the record's own place.
   */
  readonly sourcePartOf: SourcePartOf = (id, name) => {
    const src = this.sources[id];
    const part = src && sourcePart(src, name, this.collectionSource(id));
    if (part === "whole") return id;
    if (part !== "main" || this.classify(name).length) return undefined;
    return this.source(src.node, src.name, mainKinds(src), "property");
  };

  readonly typeAtomLive = (a: TypeAtom, key: string): boolean => this.typeAnswer(this.typeLive, key, () => typeAtomCanExpand(this, a) || this.libraryType(a) !== undefined);

  /**
   * A memoised answer about a declared type. It depends on the files the type's resolution looked into, for
   * every unit that asks: a hit touches them again, as the first computation did.
   */
  private typeAnswer<T>(memo: Map<string, { answer: T; files: string[] }>, key: string, compute: () => T): T {
    const hit = memo.get(key);
    if (hit) {
      for (const f of hit.files) this.touch(f);
      return hit.answer;
    }
    const files: string[] = [];
    this.touchLog = this.opts.incremental ? files : undefined;
    try {
      const answer = compute();
      memo.set(key, { answer, files });
      return answer;
    } finally {
      this.touchLog = undefined;
    }
  }

  expandTypeAtom(a: TypeAtom): TaintEntry[] {
    const key = `${a.node.getSourceFile().fileName}:${a.node.pos}:${a.path.join(".")}:${a.minor}:${a.omit?.join(",") ?? ""}`;
    let out = this.typeCache.get(key);
    if (!out) {
      out = [];
      this.typeCache.set(key, out);
      for (const leaf of expandType(this, a)) {
        const cats = a.minor || leaf.minor ? withMinor(leaf.categories) : leaf.categories;
        const id = this.source(leaf.node, leaf.name, cats, "type");
        out.push({ atom: { kind: "src", id }, via: [] });
      }
    }
    return out;
  }

  // ---- after solve: what reaches each sink, and which guards hold ----

  /** Which parameter values each unit receives from its callers (top-down fixpoint). */
  private paramIn = new Map<number, Map<number, Acc>>();
  private paramClean = new Map<string, boolean>();
  /** What each call written out passes as each parameter (`${callee}:${index}`), for members of it (see paramRefuted). */
  private paramArgs = new Map<string, Val[]>();
  private readonly pathCleanMemo = new Map<string, boolean>();
  private readonly paramSourceMemo = new Map<string, Map<number, StepRef[]>>();
  private entryGuards = new Map<number, GuardInfo[]>();

  resolve(): ResolvedSink[] {
    this.paramIn = new Map();
    this.paramClean = new Map();
    this.paramArgs = new Map();
    this.pathCleanMemo.clear();
    this.paramSourceMemo.clear();
    this.entryGuards = new Map();
    this.collectClosureSites();
    this.computeParamIn();
    this.computeEntryGuards();
    const out: ResolvedSink[] = [];
    for (const unit of this.units) {
      const res = this.results[unit.id];
      if (!res || unit.dead) continue;
      for (const hit0 of res.sinks) {
        const hit = hit0.urlParam ? this.recipientFromCallers(hit0) : hit0;
        if (!hit) continue;
        const flows = new Map<number, StepRef[]>();
        this.concretise(hit.taint, unit.id, flows, [{ node: hit.node, message: "reaches the sink" }], 0);
        if (flows.size === 0) continue;
        let guards = unionGuards(hit.guards, this.entryGuards.get(unit.id) ?? []);
        const viaClosure = hit.flushOf && this.closureGuards(hit.flushOf, this.entryGuards);
        if (viaClosure) guards = unionGuards(guards, viaClosure);
        if (hit.refuted) guards = guards.filter((g) => !hit.refuted!.includes(g.name));
        // The sink's own file: a closure of another script may have run inside this unit.
        const file = hit.node.getSourceFile().fileName === unit.file.path ? unit.file : (this.files.get(hit.node.getSourceFile().fileName) ?? unit.file);
        out.push({ hit, file, flows, guards });
      }
    }
    return out;
  }

  /** Classifies an HTTP recipient from a URL string (set by the interpreter, which knows the config). */
  classifyRecipient?: (url: Str | undefined) => Recipient | undefined;

  /**
   * A request helper (`request(url, body) → fetch(url, …)`): the URL comes from its callers. When every
   * caller passes a relative or first-party URL the sink is first party; otherwise the first third-party
   * host a caller names is the recipient; with no resolvable caller it stays unresolved.
   */
  private recipientFromCallers(hit: SinkHit, depth = 0): SinkHit | undefined {
    const p = hit.urlParam!;
    // Not the calls a closure made when run on its own with nothing, once units we see call it with their
    // URLs (`post: (path, data) => request(path, …)` called as `http.post('/api/x', …)`): those calls are theirs.
    const all = this.allCallSites();
    const sites = all.filter((c) => c.callee === hit.unit && !(c.flushOf && this.closureSites.has(c.flushOf)));
    if (!sites.length || !this.classifyRecipient) return hit;
    let thirdParty: Recipient | undefined;
    let seen = 0;
    let called: Set<number> | undefined;
    for (const c of sites) {
      const arg = c.args[p.index];
      // A caller that starts the URL with its own parameter (`get: (path, q) => request(`${path}${toQuery(q)}`)`):
      // the URL comes from its callers in turn.
      const passed = depth < 3 && arg && !arg.str?.complete && ts.isCallExpression(c.node) ? leadingParam(c.node.arguments[p.index], this.units[c.caller].node) : undefined;
      // One that only a library calls (SWR's `fetcher = (url) => request(url)`, given the keys the app's hooks
      // name): it says nothing here; the other callers decide, and with none the URL stays unresolved.
      if (passed !== undefined && !(called ??= new Set(all.map((s) => s.callee))).has(c.caller)) continue;
      seen++;
      if (passed !== undefined && !this.units[c.caller].dead) {
        const via = this.recipientFromCallers({ ...hit, unit: c.caller, urlParam: { index: passed, prefix: p.prefix + (arg!.str?.prefix ?? "") } }, depth + 1);
        if (via === undefined) continue;
        if (!via.recipient || via.recipient.unresolved) return hit;
        if (!via.recipient.firstParty) thirdParty ??= via.recipient;
        continue;
      }
      const url: Str | undefined = arg?.str ? { prefix: p.prefix + arg.str.prefix, complete: arg.str.complete } : undefined;
      const r = this.classifyRecipient(url);
      if (!r || r.unresolved) return hit;
      if (!r.firstParty) thirdParty ??= r;
    }
    if (!seen) return hit;
    return thirdParty ? { ...hit, recipient: thirdParty } : undefined;
  }

  private allCallSites(): CallSite[] {
    const out: CallSite[] = [];
    for (const r of this.results) if (r) out.push(...r.calls);
    return out;
  }

  /** Each closure some unit called from outside the unit that made it: the callers and their guards there. */
  private closureSites = new Map<ts.Node, Array<{ caller: number; guards: GuardInfo[] }>>();

  private collectClosureSites(): void {
    this.closureSites = new Map();
    this.units.forEach((u, id) => {
      if (u.dead) return;
      for (const c of this.results[id]?.closureCalls ?? []) {
        let l = this.closureSites.get(c.closure);
        if (!l) this.closureSites.set(c.closure, (l = []));
        l.push({ caller: id, guards: c.guards });
      }
    });
  }

  /**
   * The guards every call of a closure from outside its unit is under (with its caller's own), given each
   * unit's entry guards so far (null: still unknown, optimistic); undefined when no such call is seen.
   */
  private closureGuards(closure: ts.Node, state: ReadonlyMap<number, GuardInfo[] | null | undefined>): GuardInfo[] | null | undefined {
    const sites = this.closureSites.get(closure);
    if (!sites) return undefined;
    let acc: GuardInfo[] | null = null;
    for (const s of sites) {
      const g = state.get(s.caller);
      if (g === null) continue;
      const via = unionGuards(s.guards, g ?? []);
      acc = acc === null ? via : intersectGuards(acc, via);
    }
    return acc;
  }

  /**
   * Top-down: what each unit's parameters receive, accumulated in place over its call sites. A site is
   * visited again only when its caller's own parameters grew in the previous round (only then can what it
   * passes change), and an argument that mentions none of the caller's parameters is added once.
   */
  private computeParamIn(): void {
    const sites = this.allCallSites();
    // The parameters some source stands for a member of (see paramRefuted): only their arguments are kept.
    const byMember = new Set<string>();
    for (const s of this.sources) if (s?.paramOf?.path?.length) byMember.add(`${s.paramOf.unit}:${s.paramOf.index}`);
    const byCaller = new Map<number, CallSite[]>();
    for (const c of sites) {
      let l = byCaller.get(c.caller);
      if (!l) byCaller.set(c.caller, (l = []));
      l.push(c);
    }
    let work = sites;
    for (let round = 0; round < 50 && work.length; round++) {
      const grown = new Set<number>();
      for (const c of work) {
        let m = this.paramIn.get(c.callee);
        if (!m) this.paramIn.set(c.callee, (m = new Map()));
        const n = c.args.length;
        for (let i = -1; i < n; i++) {
          const a = i === -1 ? c.thisVal : c.args[i];
          if (!a) continue;
          const dependent = mentionsParams(a, c.caller, 0);
          if (round > 0 && !dependent) continue;
          let acc = m.get(i);
          if (!acc) m.set(i, (acc = newAcc()));
          if (accumulate(acc, dependent ? this.resolveVal(a, c.caller, 0) : a)) grown.add(c.callee);
          if (round === 0) {
            const key = `${c.callee}:${i}`;
            this.paramClean.set(key, (this.paramClean.get(key) ?? true) && isCleanVal(a));
            if (byMember.has(key)) {
              let l = this.paramArgs.get(key);
              if (!l) this.paramArgs.set(key, (l = []));
              l.push(a);
            }
          }
        }
        // A call that leaves out a parameter with a constant default passes that constant (`new Verifier(key)`
        // for `constructor(key, private city = '杭州市')`). Only for calls written out: a callback a library
        // calls (an escape) is given arguments we do not see.
        if (round === 0) for (const i of this.defaultedBeyond(c)) this.paramClean.set(`${c.callee}:${i}`, this.paramClean.get(`${c.callee}:${i}`) ?? true);
      }
      work = [...grown].flatMap((u) => byCaller.get(u) ?? []);
    }
  }

  /**
   * Whether every call passes a clean value as the parameter a source stands for (`${unit}:${index}`), or, for
   * a member of it (`({ location }) => …`), a clean value written out at that member (not a placeholder).
   */
  private paramRefuted(p: NonNullable<SourceInfo["paramOf"]>): boolean {
    const key = `${p.unit}:${p.index}`;
    // A member is judged by what is written out there: a clean whole (a library call's result) may still hold
    // data in its members (`holder.email` of a document a query returned).
    if (!p.path?.length) return this.paramClean.get(key) === true;
    const memoKey = `${key}:${p.path.join(".")}`;
    let r = this.pathCleanMemo.get(memoKey);
    if (r === undefined) {
      const args = this.paramArgs.get(key) ?? [];
      r = args.length > 0 && args.every((a) => {
        // A placeholder written out (`context: () => ({ openid: '' })`) is filled in later: what the name says.
        const f = fieldAt(a, p.path!);
        return f !== undefined && isCleanVal(f) && !isPlaceholder(f);
      });
      this.pathCleanMemo.set(memoKey, r);
    }
    return r;
  }

  /** The parameters a written-out call leaves to their constant defaults. */
  private defaultedBeyond(c: CallSite): number[] {
    const call = c.node;
    if (!(ts.isCallExpression(call) || ts.isNewExpression(call)) || !call.arguments || call.arguments.length !== c.args.length || call.arguments.some(ts.isSpreadElement)) return [];
    const fn = this.units[c.callee]?.node;
    if (!fn || !ts.isFunctionLike(fn)) return [];
    const params = fn.parameters.filter((p) => !(ts.isIdentifier(p.name) && p.name.text === "this"));
    const out: number[] = [];
    for (let i = c.args.length; i < params.length; i++) if (params[i].initializer && isLiteralDefault(params[i].initializer!)) out.push(i);
    return out;
  }

  /** Replace a unit's parameter atoms with what its callers pass. */
  private resolveVal(v: Val, unit: number, depth: number): Val {
    if (depth > 4) return v;
    let taint: Map<string, TaintEntry> | undefined;
    let extra: Val = EMPTY;
    for (const [k, e] of v.taint ?? []) {
      if (e.atom.kind === "param" && e.atom.unit === unit) {
        const sel = selectPath(this.paramIn.get(unit)?.get(e.atom.index), e.atom.path, this.typeAtomLive, this.sourcePartOf);
        if (sel) extra = join(extra, e.quantity ? { taint: asQuantity(flatten(sel)) } : sel);
      } else {
        taint ??= new Map();
        taint.set(k, e);
      }
    }
    const fields = v.fields ? new Map([...v.fields].map(([k, f]) => [k, this.resolveVal(f, unit, depth + 1)])) : undefined;
    return join({ ...v, taint, fields }, extra);
  }

  /** Turn a sink's taint into concrete sources with their steps. */
  private concretise(taint: ReadonlyMap<string, TaintEntry>, unit: number, out: Map<number, StepRef[]>, tail: StepRef[], depth: number): void {
    for (const e of taint.values()) {
      const a = e.atom;
      // A number computed from a source keeps only a source that is a quantity (see TaintEntry.quantity).
      const kept = (id: number) => !e.quantity || isQuantitySource(this.sources[id].categories);
      if (a.kind === "src") {
        const src = this.sources[a.id];
        if (src.paramOf && this.paramRefuted(src.paramOf)) continue;
        if (!out.has(a.id) && kept(a.id)) out.set(a.id, [...e.via, ...tail]);
      } else if (a.kind === "type") {
        for (const t of this.expandTypeAtom(a)) {
          const id = (t.atom as { id: number }).id;
          if (!out.has(id) && kept(id)) out.set(id, [...e.via, ...tail]);
        }
      } else if (depth < 6) {
        for (const [id, steps] of this.paramSources(a as ParamAtom, depth + 1)) if (!out.has(id) && kept(id)) out.set(id, [...steps, ...e.via, ...tail]);
      }
    }
  }

  /**
   * The sources a parameter atom stands for, with the steps from each (before the caller's own), once per
   * atom and depth in a resolve: a helper that every function calls, and that calls helpers in turn
   * (semver's compare under gt, lt, eq …), would otherwise be expanded once per path through its callers.
   */
  private paramSources(p: ParamAtom, depth: number): Map<number, StepRef[]> {
    const key = `${atomKey(p)}\u0000${depth}`;
    let found = this.paramSourceMemo.get(key);
    if (found) return found;
    found = new Map();
    this.paramSourceMemo.set(key, found);
    let incoming = selectPath(this.paramIn.get(p.unit)?.get(p.index), p.path, this.typeAtomLive, this.sourcePartOf);
    // `const { healthNotes, ...rest } = stay`: the caller's value without those fields, declared or known.
    if (incoming && p.omit?.length) incoming = withoutFields(incoming, p.omit);
    if (incoming) this.concretise(flatten(incoming), p.unit, found, [], depth);
    return found;
  }

  /**
   * Form (e): a function is guarded when it has call sites and every one is guarded. A greatest fixpoint:
   * every function with callers starts at TOP (unknown, optimistic) and only descends; a unit is looked at
   * again only when one of its callers changed.
   */
  private computeEntryGuards(): void {
    const sites = this.allCallSites();
    const byCallee = new Map<number, CallSite[]>();
    const callees = new Map<number, Set<number>>();
    for (const c of sites) {
      const l = byCallee.get(c.callee) ?? [];
      l.push(c);
      byCallee.set(c.callee, l);
      let s = callees.get(c.caller);
      if (!s) callees.set(c.caller, (s = new Set()));
      s.add(c.callee);
      // A call made by a closure run on its own also depends on the units that call that closure.
      for (const site of c.flushOf ? (this.closureSites.get(c.flushOf) ?? []) : []) {
        let t = callees.get(site.caller);
        if (!t) callees.set(site.caller, (t = new Set()));
        t.add(c.callee);
      }
    }
    const TOP: GuardInfo[] | null = null;
    const state = new Map<number, GuardInfo[] | null>();
    for (const u of this.units) if (!u.dead) state.set(u.id, byCallee.has(u.id) ? TOP : u.declaredGuards);
    let work = [...byCallee.keys()].sort((a, b) => a - b);
    for (let round = 0; round < 50 && work.length; round++) {
      const next = new Set<number>();
      for (const id of work) {
        const u = this.units[id];
        let acc: GuardInfo[] | null = null;
        for (const c of byCallee.get(id)!) {
          const callerGuards = state.get(c.caller);
          // A caller still at TOP (unknown) is optimistic: greatest fixpoint.
          if (callerGuards === null) continue;
          let viaCaller = unionGuards(c.guards, callerGuards ?? []);
          const viaClosure = c.flushOf && this.closureGuards(c.flushOf, state);
          if (viaClosure === null) continue;
          if (viaClosure) viaCaller = unionGuards(viaCaller, viaClosure);
          if (c.refuted) viaCaller = viaCaller.filter((g) => !c.refuted!.includes(g.name));
          acc = acc === null ? viaCaller : intersectGuards(acc, viaCaller);
        }
        if (acc === null) continue;
        const updated = unionGuards(u.declaredGuards, acc);
        const old = state.get(id);
        if (old === null || old === undefined || old.length !== updated.length || old.some((g, i) => g.name !== updated[i].name)) {
          state.set(id, updated);
          for (const callee of callees.get(id) ?? []) next.add(callee);
        }
      }
      work = [...next].sort((a, b) => a - b);
    }
    for (const [id, g] of state) this.entryGuards.set(id, g ?? []);
  }
}

/** The parameter of `fn` an expression starts with (`path`, `` `${path}?${q}` ``, `path + q`), by its index. */
function leadingParam(e: ts.Expression | undefined, fn: ts.Node): number | undefined {
  while (e && (ts.isParenthesizedExpression(e) || (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken))) e = ts.isParenthesizedExpression(e) ? e.expression : e.left;
  if (e && ts.isTemplateExpression(e) && e.head.text === "") e = e.templateSpans[0]?.expression;
  if (!e || !ts.isIdentifier(e) || !ts.isFunctionLike(fn)) return undefined;
  const name = e.text;
  const i = fn.parameters.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === name);
  return i >= 0 ? i : undefined;
}

/** Whether a value holds a parameter atom of `unit` (to the depth resolveVal substitutes). */
function mentionsParams(v: Val, unit: number, depth: number): boolean {
  if (depth > 4) return false;
  if (v.taint) for (const e of v.taint.values()) if (e.atom.kind === "param" && e.atom.unit === unit) return true;
  if (v.fields) for (const f of v.fields.values()) if (mentionsParams(f, unit, depth + 1)) return true;
  return false;
}

function isCleanVal(v: Val): boolean {
  return !!v.clean && flatten(v).size === 0;
}


function unitName(node: ts.Node): string {
  if (ts.isSourceFile(node)) return "<module>";
  const n = node as ts.Node & { name?: ts.Node };
  if (n.name && (ts.isIdentifier(n.name) || ts.isStringLiteralLike(n.name) || ts.isPrivateIdentifier(n.name))) {
    const cls = ts.isClassLike(node.parent) && node.parent.name ? `${node.parent.name.text}.` : "";
    return cls + n.name.text;
  }
  if (ts.isConstructorDeclaration(node)) return `${ts.isClassLike(node.parent) && node.parent.name ? node.parent.name.text : "class"}.constructor`;
  const p = node.parent;
  if (p && ts.isVariableDeclaration(p) && ts.isIdentifier(p.name)) return p.name.text;
  if (p && (ts.isPropertyAssignment(p) || ts.isPropertyDeclaration(p)) && ts.isIdentifier(p.name)) return p.name.text;
  return "<anonymous>";
}

/** Where a typed value's declared type is read, at its path: the memo key of answers about it. */
function typeAtomPlace(a: TypeAtom): string {
  return `${a.node.getSourceFile().fileName}:${a.node.pos}:${a.path.join(".")}`;
}

/** A cache's value for `key`, computed once (a value the computation gives is never `undefined`). */
function cached<K, V>(cache: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, compute: () => V): V {
  let v = cache.get(key);
  if (v === undefined) {
    v = compute();
    cache.set(key, v);
  }
  return v;
}
