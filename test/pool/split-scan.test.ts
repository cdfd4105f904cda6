// A monorepo scanned in groups (src/pool/split-scan.ts), run from the sources: the groups are analysed
// one after the other in this thread (threads.test.ts runs them in worker threads, from dist/). The
// split must never change a result: every tree here is also scanned as one analysis and compared.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { ProgressEvent } from "../../src/api-types.js";
import type { ScanResult } from "../../src/model/finding.js";
import { mergeAsking, splitScan, threadsFor } from "../../src/pool/split-scan.js";
import { analyse, parseAll, prepare } from "../../src/scan.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const SPLIT = path.join(FIXTURES, "projects/split-groups");
const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus");

/** The result without its timings (they differ from run to run). */
function comparable(r: ScanResult): unknown {
  return { ...r, stats: { files: r.stats.files, lines: r.stats.lines } };
}

async function wholeScan(root: string): Promise<ScanResult> {
  const prepared = await prepare(root, undefined);
  const diagnostics: ScanResult["diagnostics"] = [];
  const files = parseAll(prepared, diagnostics);
  return analyse({ prepared, files, diagnostics, timings: { load: 0, parse: 0 } });
}

const oneLine = (r: ScanResult) => r.findings.map((f) => `${f.location.file}:${f.location.line} ${f.ruleId} ${f.categories.join(",")} from ${f.flow[0]?.location.file}:${f.flow[0]?.location.line}`);

describe("a monorepo scanned in groups", () => {
  it("groups packages that import each other by name, and those that share a script global", async () => {
    const prepared = await prepare(SPLIT, undefined);
    const events: ProgressEvent[] = [];
    const split = await splitScan(prepared, { workers: 1, started: performance.now(), onProgress: (e) => events.push(e) });
    expect(split).toBeDefined();
    // crm-page reads the CRM global crm-core sets: not seen by imports, so a second round merges them.
    expect(split!.groups).toEqual([["admin"], ["crm-core", "crm-page"], ["@acme/api", "@acme/shared"]]);
    expect(split!.rounds).toBe(2);
    expect(split!.threads).toBe(false);
    expect(oneLine(split!.result)).toEqual([
      "apps/admin/src/page.ts:3 pi-to-log contact.phone from apps/admin/src/page.ts:3",
      "legacy/crm-core/core.js:4 pi-to-log contact.phone from legacy/crm-page/page.js:2",
      // @acme/shared is imported by name with no node_modules: its manifest's dist/ entry maps to src/.
      "packages/shared/src/index.ts:4 pi-to-log identity.national_id from packages/api/src/routes.ts:9",
    ]);
    // Progress adds up over the groups, and the merged group's files are not counted twice.
    const parse = events.filter((e) => e.phase === "parse");
    expect(parse.at(-1)).toEqual({ phase: "parse", done: 5, total: 5 });
    expect(parse.every((e) => e.done <= e.total)).toBe(true);
  });

  const trees = [SPLIT, path.join(FIXTURES, "projects"), path.join(FIXTURES, "guards"), path.join(FIXTURES, "policies"), path.join(FIXTURES, "flows"), path.join(FIXTURES, "catalog")];
  if (fs.existsSync(CORPUS)) trees.push(CORPUS);
  it.each(trees.map((t) => [path.relative(path.dirname(FIXTURES), t), t]))("%s: the same report as one analysis", async (_name, root) => {
    const prepared = await prepare(root, undefined);
    const split = await splitScan(prepared, { workers: 1, started: performance.now() });
    expect(split, "more than one group").toBeDefined();
    expect(split!.groups.length).toBeGreaterThan(1);
    expect(comparable(split!.result)).toEqual(comparable(await wholeScan(root)));
  });

  it("a tree whose projects all import one another is left to the one analysis", async () => {
    expect(await splitScan(await prepare(path.join(FIXTURES, "demo-shop"), undefined), { workers: 1, started: 0 })).toBeUndefined();
  });

  it("an aborted split scan rejects", async () => {
    const prepared = await prepare(SPLIT, undefined);
    const ac = new AbortController();
    ac.abort();
    await expect(splitScan(prepared, { workers: 1, started: 0, signal: ac.signal })).rejects.toThrow(/abort/i);
  });
});

describe("mergeAsking", () => {
  const r = (asks: string[], provides: string[]) => ({ asks, provides });
  it("merges a group that asked for a name with every group that gave it, and nothing else", () => {
    const sets = [[0], [1, 2], [3], [4]];
    const merged = mergeAsking(sets, [
      r(["cell:%global#CRM"], ["file:/a.ts"]),
      r([], ["cell:%global#CRM", "impl:Repo"]),
      r(["impl:Repo", "file:/a.ts"], []),
      r(["cell:%global#Other"], ["egg:app/service/user"]),
    ]);
    expect(merged).toEqual([[0, 1, 2, 3], [4]]);
  });
  it("a name a group both asks for and gives itself, or that nobody gives, merges nothing", () => {
    const sets = [[0], [1]];
    expect(mergeAsking(sets, [r(["cell:%global#A"], ["cell:%global#A"]), r(["impl:Nobody"], [])])).toEqual([[0], [1]]);
  });
});

describe("threadsFor", () => {
  const MB = 1024 * 1024;
  it("by default: none on 2 cores, one per two cores above, and none for little code", () => {
    expect(threadsFor(undefined, [10 * MB, 10 * MB], 2)).toBe(1);
    expect(threadsFor(undefined, [10 * MB, 10 * MB, 10 * MB, 10 * MB, 10 * MB], 8)).toBe(4);
    expect(threadsFor(undefined, [10 * MB, 10 * MB], 8)).toBe(2);
    expect(threadsFor(undefined, [10 * MB, 100 * 1024, 100 * 1024], 8)).toBe(1);
  });
  it("asked for: as many as there are groups", () => {
    expect(threadsFor(2, [10, 10, 10], 2)).toBe(2);
    expect(threadsFor(8, [10, 10], 2)).toBe(2);
    expect(threadsFor(0, [10, 10], 2)).toBe(1);
  });
});
