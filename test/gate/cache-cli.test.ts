// `pitrace scan --cache` as a CI job uses it: the second run of an unchanged
// tree reuses the analysis and prints the same report; a bad location is exit 2.
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupTemps, copyProject, DEMO_SHOP, ensureBuilt, reportWithoutStats as withoutStats, gitInit, runCli, tempDir, writeFiles } from "./helpers.js";

beforeAll(ensureBuilt);
afterAll(cleanupTemps);


describe("scan --cache", () => {
  it("writes .pitrace-cache in a project without node_modules, and a second run reuses it with the same report and exit code", async () => {
    const dir = copyProject(DEMO_SHOP, "cache");
    const first = await runCli(["scan", dir, "--cache", "--format", "json"]);
    expect(first.code).toBe(1);
    expect(fs.existsSync(path.join(dir, ".pitrace-cache", "v1", "groups"))).toBe(true);
    expect(JSON.parse(first.stdout).stats.cache).toEqual({ groups: 1, reused: 0 });
    const second = await runCli(["scan", dir, "--cache", "--format", "json"]);
    expect(second.code).toBe(1);
    expect(JSON.parse(second.stdout).stats.cache).toEqual({ groups: 1, reused: 1 });
    expect(withoutStats(second.stdout)).toEqual(withoutStats(first.stdout));
    // Without --cache the report is the same too.
    const plain = await runCli(["scan", dir, "--format", "json"]);
    expect(withoutStats(plain.stdout)).toEqual(withoutStats(first.stdout));
  });

  it("uses node_modules/.cache/pitrace when the project has node_modules, and --cache-location when given", async () => {
    const dir = copyProject(DEMO_SHOP, "cache-nm");
    fs.mkdirSync(path.join(dir, "node_modules"));
    expect((await runCli(["scan", dir, "--cache", "--fail-on", "none"])).code).toBe(0);
    expect(fs.existsSync(path.join(dir, "node_modules", ".cache", "pitrace", "v1"))).toBe(true);
    const elsewhere = path.join(tempDir("cache-loc"), "c");
    const run = await runCli(["scan", dir, "--cache-location", elsewhere, "--format", "json", "--fail-on", "none"]);
    expect(run.code).toBe(0);
    expect(fs.existsSync(path.join(elsewhere, "v1", "groups"))).toBe(true);
  });

  it("a change after the cache was written is in the report", async () => {
    const dir = copyProject(DEMO_SHOP, "cache-edit");
    await runCli(["scan", dir, "--cache", "--fail-on", "none"]);
    writeFiles(dir, { "src/leak.ts": "export function leak(email: string) {\n  console.log(email);\n}\n" });
    const run = await runCli(["scan", dir, "--cache", "--format", "json", "--fail-on", "none"]);
    const report = JSON.parse(run.stdout) as { findings: { location: { file: string } }[]; stats: { cache: unknown } };
    expect(report.findings.some((f) => f.location.file === "src/leak.ts")).toBe(true);
    expect(report.stats.cache).toEqual({ groups: 1, reused: 0 });
  });

  it("two scans sharing one cache at the same time both report in full, and leave a cache the next scan reuses", async () => {
    const dir = copyProject(DEMO_SHOP, "cache-concurrent");
    const cache = path.join(tempDir("cache-shared"), "c");
    const plain = withoutStats((await runCli(["scan", dir, "--format", "json", "--fail-on", "none"])).stdout);
    const runs = await Promise.all([1, 2, 3].map(() => runCli(["scan", dir, "--cache-location", cache, "--format", "json", "--fail-on", "none"])));
    for (const r of runs) {
      expect(r.code).toBe(0);
      expect(withoutStats(r.stdout)).toEqual(plain);
    }
    const after = await runCli(["scan", dir, "--cache-location", cache, "--format", "json", "--fail-on", "none"]);
    expect(JSON.parse(after.stdout).stats.cache).toEqual({ groups: 1, reused: 1 });
    expect(withoutStats(after.stdout)).toEqual(plain);
    expect(fs.readdirSync(path.join(cache, "v1", "groups")).filter((n) => n.includes(".tmp-"))).toEqual([]);
  });

  it("with --changed-since, the reused analysis is narrowed to the changed files as a fresh one is, ", async () => {
    const dir = copyProject(DEMO_SHOP, "cache-diff");
    gitInit(dir);
    // The default location, in the tree and not ignored by git: its files are untracked.
    await runCli(["scan", dir, "--cache", "--fail-on", "none"]);
    writeFiles(dir, { "src/leak.ts": "export function leak(email: string) {\n  console.log(email);\n}\n" });
    await runCli(["scan", dir, "--cache", "--fail-on", "none"]);
    const cached = await runCli(["scan", dir, "--cache", "--changed-since", "HEAD", "--format", "json", "--fail-on", "none"]);
    const report = JSON.parse(cached.stdout) as { findings: { location: { file: string } }[]; stats: { cache: unknown } };
    expect(report.stats.cache).toEqual({ groups: 1, reused: 1 });
    expect(report.findings.length).toBeGreaterThan(0);
    expect(new Set(report.findings.map((f) => f.location.file))).toEqual(new Set(["src/leak.ts"]));
    fs.rmSync(path.join(dir, ".pitrace-cache"), { recursive: true });
    const fresh = await runCli(["scan", dir, "--changed-since", "HEAD", "--format", "json", "--fail-on", "none"]);
    expect(withoutStats(cached.stdout)).toEqual(withoutStats(fresh.stdout));
  });

  it("a cache location that is a file, or empty, is exit 2 with one line naming it", async () => {
    const file = path.join(tempDir("cache-file"), "not-a-dir");
    fs.writeFileSync(file, "");
    const run = await runCli(["scan", DEMO_SHOP, "--cache-location", file]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(file);
    expect(run.stderr).toMatch(/cache directory/);
    const empty = await runCli(["scan", DEMO_SHOP, "--cache-location", ""]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/--cache-location: empty value/);
  });
});
