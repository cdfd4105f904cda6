// `scan()`, the library's entry point (CONTRACT §6): a project scanned as one
// analysis (scan.ts), or, for a monorepo whose projects fall into independent
// groups, group by group in worker threads (pool/split-scan.ts), with the
// same result; with a cache, always by groups (src/cache/). Then the diff
// scope, when asked for.
import path from "node:path";
import type { ScanOptions } from "./api-types.js";
import { defaultCacheDir, ScanCache } from "./cache/store.js";
import type { Finding, ScanDiagnostic, ScanResult } from "./model/finding.js";
import { splitScan } from "./pool/split-scan.js";
import { changedFilesSince } from "./project/index.js";
import { analyse, checkAbort, parseAll, prepare, relPath } from "./scan.js";

export async function scan(opts: ScanOptions): Promise<ScanResult> {
  const t0 = performance.now();
  opts.onProgress?.({ phase: "load", done: 0, total: 1 });
  const prepared = await prepare(opts.root, opts.config);
  checkAbort(opts.signal);
  const cache = opts.cache ? new ScanCache(typeof opts.cache === "string" ? path.resolve(opts.cache) : defaultCacheDir(prepared.root)) : undefined;
  const split =
    prepared.projects.units.length > 1 || cache ? await splitScan(prepared, { workers: opts.workers, onProgress: opts.onProgress, signal: opts.signal, started: t0, cache }) : undefined;
  const result = split?.result ?? scanWhole();
  if (opts.changedSince) {
    // The cache's own files, when it sits in the tree and git does not ignore it, are not changes to scan.
    const own = cache && relPath(prepared.root, cache.dir);
    const isOwn = (rel: string) => !!own && !own.startsWith("..") && (rel === own || rel.startsWith(`${own}/`));
    const changed = new Set((await changedFilesSince(prepared.root, opts.changedSince)).map((f) => relPath(prepared.root, f)).filter((f) => !isOwn(f)));
    result.findings = result.findings.filter((f) => touches(f, changed));
    result.scope = { changedSince: opts.changedSince, files: [...changed].sort() };
  }
  return result;

  function scanWhole(): ScanResult {
    const tLoad = performance.now();
    const diagnostics: ScanDiagnostic[] = [];
    const files = parseAll(prepared, diagnostics, opts.onProgress, opts.signal);
    const tParse = performance.now();
    return analyse({ prepared, files, diagnostics, onProgress: opts.onProgress, signal: opts.signal, timings: { load: tLoad - t0, parse: tParse - tLoad } });
  }
}

/** A finding whose flow (source, steps or sink) touches one of these files. */
export function touches(f: Finding, files: ReadonlySet<string>): boolean {
  return files.has(f.location.file) || f.flow.some((s) => files.has(s.location.file));
}
