// One group of a split scan (see split-scan.ts): parse its projects' files,
// analyse them, apply the policies, and say which names joining files without
// an import the analysis asked for and gave. Plain data in and out, so that it
// runs the same in a worker thread and in the caller's thread.
import type { MessagePort } from "node:worker_threads";
import type { ProgressEvent } from "../api-types.js";
import type { PitraceConfig } from "../model/config.js";
import type { ScanDiagnostic, ScanResult } from "../model/finding.js";
import type { Taxonomy } from "../model/taxonomy.js";
import { unitIndex, type LocalPackage, type ProjectUnit } from "../project/index.js";
import { textDigest, unreadDigest } from "../cache/keys.js";
import { analyse, parseAll, relPath, type Prepared, type Resolution } from "../scan.js";
import { fileText } from "../project/sfc.js";
import { loadTaxonomy } from "../taxonomy/index.js";

export interface GroupTask {
  root: string;
  config: PitraceConfig;
  /** The group's projects. */
  units: ProjectUnit[];
  /** Every file discovery found, in any group: an import into another group's file is told apart from a package. */
  discovered: string[];
  /** The tree's packages by name (DiscoveredProjects.packages), for imports between packages. */
  packages?: LocalPackage[];
  /** Where progress events go (a worker thread's port); none when the caller passes a callback. */
  progress?: MessagePort;
  /** Also return what the scan cache needs to check a stored result (GroupResult.resolutions and texts). */
  forCache?: boolean;
}

export interface GroupResult {
  result: ScanResult;
  asks: string[];
  provides: string[];
  /** Set on a result the scan cache gave back (not stored). */
  reused?: boolean;
  /**
   * With `forCache`: every import the engine resolved (paths relative to the root; null: none), which the
   * cache resolves again before it reuses the result, and the digest of each file's text as the analysis
   * read it (or of why it could not), which must be the text the cache key was made from.
   */
  resolutions?: Array<[from: string, spec: string, inGroup: string | null, anywhere: string | null]>;
  texts?: Record<string, string>;
}

/** Progress is sent at most this often from a group (a message per file would cost more than the parse). */
const PROGRESS_EVERY_MS = 100;

/** `taxonomy`: the one the caller loaded from the same config (in its thread), else it is loaded here. */
export function analyseGroup(task: GroupTask, onProgress?: (e: ProgressEvent) => void, signal?: AbortSignal, taxonomy?: Taxonomy): GroupResult {
  const started = performance.now();
  const { root, config, units } = task;
  const prepared: Prepared = {
    root,
    config,
    taxonomy: taxonomy ?? loadTaxonomy({ userFile: config.taxonomy }),
    projects: { root, units, skipped: [], packages: task.packages },
    unitOf: unitIndex(units),
  };
  const report = onProgress ?? throttled(task.progress);
  const diagnostics: ScanDiagnostic[] = [];
  const tLoad = performance.now();
  const files = parseAll(prepared, diagnostics, report, signal);
  const tParse = performance.now();
  const channels = { asks: new Set<string>(), provides: new Set<string>() };
  for (const u of units) for (const f of u.files) channels.provides.add(`file:${f}`);
  const resolutions = task.forCache ? new Map<string, Resolution>() : undefined;
  const result = analyse({ prepared, files, diagnostics, onProgress: report, signal, timings: { load: tLoad - started, parse: tParse - tLoad }, partial: { channels, discovered: new Set(task.discovered), resolutions } });
  task.progress?.close();
  const out: GroupResult = { result, asks: [...channels.asks], provides: [...channels.provides] };
  if (resolutions) {
    const rel = (f: string | undefined) => (f === undefined ? null : relPath(root, f));
    out.resolutions = [...resolutions.values()].map(([from, spec, inGroup, anywhere]) => [relPath(root, from), spec, rel(inGroup), rel(anywhere)]);
    out.texts = {};
    for (const u of units) for (const f of u.files) out.texts[relPath(root, f)] = files.has(f) ? textDigest(fileText(files.get(f)!)) : unreadDigest(f);
  }
  return out;
}

function throttled(port: MessagePort | undefined): ((e: ProgressEvent) => void) | undefined {
  if (!port) return undefined;
  let last = 0;
  let phase = "";
  return (e) => {
    const now = performance.now();
    // Always the first and last event of a phase, so the total and the end are known.
    if (e.phase === phase && e.done !== e.total && now - last < PROGRESS_EVERY_MS) return;
    phase = e.phase;
    last = now;
    port.postMessage({ phase: e.phase, done: e.done, total: e.total });
  };
}
