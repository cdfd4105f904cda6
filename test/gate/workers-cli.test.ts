// `pitrace scan --workers <n>`: worker threads for a monorepo's independent groups. The report is the same
// with any number; a value that is not a positive whole number is exit 2 with one line.
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupTemps, ensureBuilt, reportWithoutStats as withoutStats, REPO, runCli } from "./helpers.js";

beforeAll(ensureBuilt);
afterAll(cleanupTemps);

const SPLIT = path.join(REPO, "fixtures", "projects", "split-groups");

describe("scan --workers", () => {
  it("gives the same report in one thread and in worker threads", async () => {
    const [one, two] = await Promise.all(["1", "2"].map((n) => runCli(["scan", SPLIT, "--workers", n, "--format", "json", "--fail-on", "none"])));
    expect(one.code).toBe(0);
    expect(two.code).toBe(0);
    expect(withoutStats(two.stdout)).toEqual(withoutStats(one.stdout));
    expect((JSON.parse(one.stdout) as { findings: unknown[] }).findings.length).toBeGreaterThan(0);
  });

  it.each(["0", "-1", "1.5", "two", " "])("--workers %j is exit 2 with one line", async (value) => {
    const run = await runCli(["scan", SPLIT, "--workers", value]);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toMatch(/--workers/);
  });
});
