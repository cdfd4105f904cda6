// A monorepo scanned as independent groups of projects, each analysed once, in
// a pool of worker threads sized to the cores (tinypool), with the memory of a
// group released when it is done.
//
// Groups never change a result. Projects that import one another go in one
// group (project/components.ts), so flows across packages are traced as in a
// single analysis. What joins files without an import (a global one script
// sets and another reads, an interface whose implementers are looked up by
// name, a framework's file conventions) is only known once analysed: each
// group reports the names it asked for and gave (Engine's ChannelLog), and
// groups where one asked for what another gave are merged and analysed again,
// until none does.
//
// With a cache (`--cache`, src/cache/), a group whose key (everything its
// analysis reads) is stored is not analysed again: its stored result, and the
// names it asked for and gave, stand in for a fresh analysis. A scan with a
// cache goes this way even for one project (one group).
import os from "node:os";
import path from "node:path";
import { MessageChannel } from "node:worker_threads";
import type { ProgressEvent } from "../api-types.js";
import { groupKey, scanSalt, skipDigest, textDigest, type FileFacts } from "../cache/keys.js";
import type { ScanCache } from "../cache/store.js";
import type { ScanDiagnostic, ScanResult } from "../model/finding.js";
import { fileSpecifiers, Groups, importGroups } from "../project/components.js";
import { isSfc } from "../project/sfc.js";
import { createModuleResolver } from "../project/module-resolver.js";
import { readSourceFile } from "../project/index.js";
import { releaseMemory } from "../release-memory.js";
import { relPath, skippedDiagnostics, type Prepared } from "../scan.js";
import { analyseGroup, type GroupResult, type GroupTask } from "./group-task.js";
import { mergeResults } from "./merge.js";

export interface SplitOptions {
  /** Worker threads; 1 analyses the groups one after the other in this thread. Default: see threadsFor. */
  workers?: number;
  onProgress?: (e: ProgressEvent) => void;
  signal?: AbortSignal;
  /** When the scan started (its load phase), for the timings. */
  started: number;
  /** Reuse the stored results of unchanged groups, and store the others. */
  cache?: ScanCache;
}

export interface SplitScan {
  result: ScanResult;
  /** The groups analysed in the end (project names), and how many rounds of merging it took. */
  groups: string[][];
  rounds: number;
  /** Whether worker threads ran the groups. */
  threads: boolean;
}

/**
 * The scan in groups, or undefined when the projects form one group and there is no cache (the caller
 * then scans them as one).
 */
export async function splitScan(prepared: Prepared, opts: SplitOptions): Promise<SplitScan | undefined> {
  const { root, projects } = prepared;
  const { cache } = opts;
  const bytes = new Map<string, number>();
  const facts = new Map<string, FileFacts>();
  let sets = importGroups(
    root,
    projects,
    (file) => {
      const read = readSourceFile(file);
      if ("skip" in read) {
        facts.set(file, { hash: skipDigest(read.skip), imports: [] });
        return undefined;
      }
      bytes.set(file, read.text.length);
      if (!cache) return fileSpecifiers(file, read.text);
      const hash = textDigest(read.text);
      facts.set(file, { hash, imports: [] });
      const specKey = specifierKey(file, hash);
      let specs = cache.specifiers(specKey);
      if (!specs) cache.setSpecifiers(specKey, (specs = fileSpecifiers(file, read.text)));
      return specs;
    },
    cache ? (file, spec, target) => facts.get(file)?.imports.push([spec, target === undefined ? null : relPath(root, target)]) : undefined,
  );
  if (sets.length < 2 && !cache) return undefined;
  const salt = cache ? scanSalt(prepared) : "";
  const tLoad = performance.now();
  const discovered = [...prepared.unitOf.keys()];
  const progress = new ProgressSum(projects.units.reduce((n, u) => n + u.files.length, 0), opts.onProgress);
  const results = new Map<string, GroupResult>();
  const keyOf = (set: number[]) => set.join(",");
  const filesOf = (set: readonly number[]) => set.flatMap((i) => projects.units[i].files);
  const cacheKeys = new Map<string, string>();
  const stored = (set: number[]) => {
    if (!cache) return undefined;
    let key = cacheKeys.get(keyOf(set));
    if (key === undefined) cacheKeys.set(keyOf(set), (key = groupKey(salt, root, set.map((i) => projects.units[i]), facts)));
    return key;
  };
  let pool: Pool | undefined;
  let poolTried = false;
  let rounds = 0;
  const sameTexts = (set: number[], r: GroupResult) => filesOf(set).every((f) => r.texts?.[relPath(root, f)] === facts.get(f)?.hash);
  try {
    for (;;) {
      rounds++;
      const todo: number[][] = [];
      for (const set of sets.filter((s) => !results.has(keyOf(s)))) {
        const key = stored(set);
        const hit = key === undefined ? undefined : cache!.readGroup(key);
        if (!hit || !stillResolves(prepared, set, hit)) {
          todo.push(set);
          continue;
        }
        results.set(keyOf(set), withoutWork(hit));
        const files = filesOf(set).length;
        progress.channel(keyOf(set))({ phase: "parse", done: files, total: files });
      }
      // The pool is started for the first round with groups to analyse, sized from all the groups as a scan
      // without the cache sizes it: a group then runs in the same kind of thread either way.
      if (todo.length && !pool && !poolTried) {
        poolTried = true;
        pool = await openPool(threadsFor(opts.workers, sets.map((set) => sumOf(filesOf(set).map((f) => bytes.get(f) ?? 0)))));
      }
      await Promise.all(
        todo.map(async (set) => {
          const task: GroupTask = { root, config: prepared.config, units: set.map((i) => projects.units[i]), discovered, packages: projects.packages, forCache: !!cache };
          const r = await run(pool, task, progress.channel(keyOf(set)), opts.signal, prepared);
          results.set(keyOf(set), r);
          const key = stored(set);
          // Stored only when the analysis read the texts the key was made from (not a file edited meanwhile).
          if (key !== undefined && sameTexts(set, r)) cache!.writeGroup(key, r);
        }),
      );
      const merged = mergeAsking(sets, sets.map((s) => results.get(keyOf(s))!));
      if (merged.length === sets.length) break;
      for (const s of sets) {
        if (merged.some((m) => keyOf(m) === keyOf(s))) continue;
        results.delete(keyOf(s));
        progress.retire(keyOf(s));
      }
      sets = merged;
    }
  } finally {
    await pool?.destroy();
  }
  const extra: ScanDiagnostic[] = skippedDiagnostics(prepared);
  if (cache) {
    cache.finish(new Set([...facts].map(([file, f]) => specifierKey(file, f.hash))));
    for (const p of cache.problems) extra.push({ severity: "warning", code: "cache-error", message: `the scan cache was not fully written (the result is not affected; the next scan may be slower): ${p}` });
  }
  const result = mergeResults(
    root,
    sets.map((s) => results.get(keyOf(s))!.result),
    extra,
    { load: tLoad - opts.started, total: performance.now() - opts.started },
  );
  if (cache) result.stats.cache = { groups: sets.length, reused: sets.filter((s) => results.get(keyOf(s))!.reused).length };
  return { result, groups: sets.map((s) => s.map((i) => projects.units[i].name)), rounds, threads: !!pool };
}

/**
 * Whether every import the stored analysis resolved still resolves to the same file, among the group's
 * files and among all discovered files. The key already holds what each import TypeScript's pre-processor
 * finds resolves to; this also covers the ones it does not see (`export * as ns from`, or imports after
 * a regular expression its token scan takes for a comment).
 */
function stillResolves(prepared: Prepared, set: readonly number[], stored: GroupResult): boolean {
  const { root, projects, unitOf } = prepared;
  const group = new Set(set.flatMap((i) => projects.units[i].files));
  const inGroup = createModuleResolver(root, projects, unitOf, (f) => group.has(f));
  const anywhere = createModuleResolver(root, projects, unitOf, (f) => unitOf.has(f));
  const rel = (f: string | undefined) => (f === undefined ? null : relPath(root, f));
  for (const [fromRel, spec, inG, any] of stored.resolutions ?? []) {
    const from = path.join(root, fromRel);
    const r = rel(inGroup(spec, from));
    if (r !== inG) return false;
    if (r === null && rel(anywhere(spec, from)) !== any) return false;
  }
  return true;
}

const NO_TIME = { load: 0, parse: 0, index: 0, flows: 0, policies: 0, total: 0 };

/** A stored group result as this scan reports it: no time was spent on it now. */
function withoutWork(g: GroupResult): GroupResult {
  return { ...g, reused: true, result: { ...g.result, stats: { ...g.result.stats, timings: NO_TIME } } };
}

/**
 * The groups after merging every group that asked for a name with the groups that gave it (in the
 * order of their first project). The same groups when no group did.
 */
export function mergeAsking(sets: readonly number[][], results: readonly Pick<GroupResult, "asks" | "provides">[]): number[][] {
  const givers = new Map<string, number[]>();
  results.forEach((r, g) => {
    for (const name of r.provides) {
      let l = givers.get(name);
      if (!l) givers.set(name, (l = []));
      l.push(g);
    }
  });
  const groups = new Groups(sets.length);
  results.forEach((r, g) => {
    for (const name of r.asks) for (const giver of givers.get(name) ?? []) groups.union(g, giver);
  });
  return groups.sets().map((members) => members.flatMap((g) => sets[g]).sort((a, b) => a - b));
}

/**
 * Threads worth starting. Each costs ~0.4 s to start (it loads the compiler) and its own heap, and one
 * analysis already keeps about 1.4 cores busy (V8 compiles and collects garbage on other threads: at 50k
 * lines, 3.9 s of CPU in 2.7 s). So the default is one thread per two cores (on 2 cores: none, the groups
 * run one after the other here, which also holds only one group's trees at a time), and threads only
 * when the groups other than the largest hold enough code to win back the start-up.
 */
export function threadsFor(workers: number | undefined, groupBytes: readonly number[], cores = os.availableParallelism()): number {
  // Asked for: as many as there are groups to run at once.
  if (workers !== undefined) return Math.max(1, Math.min(Math.floor(workers), groupBytes.length));
  const wanted = Math.min(Math.floor(cores / 2), groupBytes.length);
  if (wanted < 2) return 1;
  const rest = sumOf(groupBytes) - Math.max(...groupBytes);
  return rest >= MIN_THREADED_BYTES ? wanted : 1;
}

/** ~15k lines of ordinary code: about the work one thread's start-up costs. */
const MIN_THREADED_BYTES = 512 * 1024;

type Pool = import("tinypool").Tinypool;

/**
 * Worker threads need the built worker (dist/pool/worker.js); run from the TypeScript sources (tests)
 * or with one worker, the groups are analysed in this thread, one after the other.
 */
async function openPool(threads: number): Promise<Pool | undefined> {
  const worker = new URL("./worker.js", import.meta.url);
  if (threads < 2 || !import.meta.url.endsWith(".js")) return undefined;
  const { default: Tinypool } = await import("tinypool");
  return new Tinypool({ filename: worker.href, minThreads: threads, maxThreads: threads, isolateWorkers: false, idleTimeout: 0 });
}

async function run(pool: Pool | undefined, task: GroupTask, onProgress: (e: ProgressEvent) => void, signal: AbortSignal | undefined, prepared: Prepared): Promise<GroupResult> {
  // In this thread, the taxonomy already loaded is used again, and the group's trees are let go before
  // the next group parses (the peak is then one group's, not the sum of what V8 has not collected yet).
  if (!pool) {
    const r = analyseGroup(task, onProgress, signal, prepared.taxonomy);
    releaseMemory();
    return r;
  }
  const { port1, port2 } = new MessageChannel();
  port1.on("message", onProgress);
  try {
    return (await pool.run({ ...task, progress: port2 }, { transferList: [port2], signal })) as GroupResult;
  } finally {
    port1.close();
  }
}

/** Progress of the groups summed into one stream: files parsed of all files, then units analysed. */
class ProgressSum {
  private readonly parsed = new Map<string, number>();
  private readonly flows = new Map<string, { done: number; total: number }>();
  constructor(
    private readonly files: number,
    private readonly emit: ((e: ProgressEvent) => void) | undefined,
  ) {}

  /** A group merged into another: its files are counted again under the merged group. */
  retire(group: string): void {
    this.parsed.delete(group);
    this.flows.delete(group);
  }

  channel(group: string): (e: ProgressEvent) => void {
    return (e) => {
      if (!this.emit) return;
      if (e.phase === "parse") {
        this.parsed.set(group, e.done);
        this.emit({ phase: "parse", done: sumOf(this.parsed.values()), total: this.files });
      } else if (e.phase === "flows") {
        this.flows.set(group, { done: e.done, total: e.total });
        const all = [...this.flows.values()];
        this.emit({ phase: "flows", done: sumOf(all.map((f) => f.done)), total: sumOf(all.map((f) => f.total)) });
      } else if (e.phase === "policies") this.emit(e);
    };
  }
}

function sumOf(ns: Iterable<number>): number {
  let n = 0;
  for (const x of ns) n += x;
  return n;
}

/** Where the cache keeps a file's import specifiers: by its text, and a component's apart (its template is not code). */
function specifierKey(file: string, hash: string): string {
  return isSfc(file) ? `${hash}.sfc` : hash;
}
