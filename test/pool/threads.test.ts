// A split scan in worker threads (tinypool). Threads run the built worker (dist/pool/worker.js), so this
// suite drives dist/ (rebuilt when older than src/). The threads' result must be the one-thread result.
import path from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import type { ScanResult } from "../../src/model/finding.js";
import type * as SplitModule from "../../src/pool/split-scan.js";
import type * as ScanModule from "../../src/scan.js";
import type * as Api from "../../src/index.js";
import { ensureBuilt } from "../helpers/build.js";

const REPO = path.resolve(import.meta.dirname, "../..");
const SPLIT = path.join(REPO, "fixtures/projects/split-groups");
const dist = (f: string) => pathToFileURL(path.join(REPO, "dist", f)).href;

let split: typeof SplitModule;
let scanMod: typeof ScanModule;
let api: typeof Api;

beforeAll(async () => {
  ensureBuilt();
  split = await import(dist("pool/split-scan.js"));
  scanMod = await import(dist("scan.js"));
  api = await import(dist("index.js"));
});

const comparable = (r: ScanResult) => ({ ...r, stats: { files: r.stats.files, lines: r.stats.lines } });

describe("a split scan in worker threads", () => {
  it("runs the groups in threads, with the same result as one after the other", async () => {
    const prepared = await scanMod.prepare(SPLIT, undefined);
    const threaded = await split.splitScan(prepared, { workers: 2, started: performance.now() });
    const inline = await split.splitScan(prepared, { workers: 1, started: performance.now() });
    expect(threaded?.threads).toBe(true);
    expect(inline?.threads).toBe(false);
    expect(threaded!.groups).toEqual(inline!.groups);
    expect(threaded!.rounds).toBe(2);
    expect(comparable(threaded!.result)).toEqual(comparable(inline!.result));
    expect(threaded!.result.findings.length).toBe(3);
  });

  it("scan({ workers }) from the package: the same report with and without threads", async () => {
    const root = path.join(REPO, "fixtures/guards");
    const [a, b] = [await api.scan({ root, workers: 2 }), await api.scan({ root, workers: 1 })];
    expect(comparable(a)).toEqual(comparable(b));
    expect(a.findings.length).toBeGreaterThan(100);
  });

  it("an aborted threaded scan rejects", async () => {
    const ac = new AbortController();
    const p = api.scan({ root: path.join(REPO, "fixtures/flows"), workers: 2, signal: ac.signal });
    ac.abort();
    await expect(p).rejects.toThrow(/abort/i);
  });
});
