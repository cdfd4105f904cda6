// `--changed-since <ref>` for pull requests: only findings whose flow (source,
// steps or sink) touches a file changed since the ref, with the same
// fingerprints a full scan gives them.

import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupTemps, CORPUS, ensureBuilt, git, gitInit, runCli, scanJson, tempDir, type JsonFinding } from "./helpers.js";

beforeAll(ensureBuilt);
afterAll(cleanupTemps);

const touches = (f: JsonFinding, files: ReadonlySet<string>) => files.has(f.location.file) || f.flow.some((s) => files.has(s.location.file));
const keys = (findings: readonly JsonFinding[]) => findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line} ${f.fingerprint}`).sort();

describe("--changed-since", () => {
  // A monorepo: the scanned project is packages/shop, not the repository root.
  let repo: string;
  let shop: string;
  let full: JsonFinding[];
  const CHANGED = "src/routes/account.ts";

  beforeAll(async () => {
    repo = path.join(tempDir("changed"), "repo");
    shop = path.join(repo, "packages", "shop");
    fs.cpSync(path.join(CORPUS, "express-shop"), shop, { recursive: true });
    fs.mkdirSync(path.join(repo, "docs"));
    fs.writeFileSync(path.join(repo, "docs", "README.md"), "# docs\n");
    gitInit(repo);
    git(repo, "checkout", "-q", "-b", "feature");
    // One committed change on the branch, in a file a cross-file flow passes through.
    fs.appendFileSync(path.join(shop, CHANGED), "\nexport const ACCOUNT_ROUTES_VERSION = 2;\n");
    git(repo, "commit", "-q", "-am", "touch account routes");
    // A change outside the scanned project does not count.
    fs.appendFileSync(path.join(repo, "docs", "README.md"), "more\n");
    full = (await scanJson(shop)).report.findings;
  });

  it("keeps exactly the findings whose flow touches a changed file, with the full scan's fingerprints", async () => {
    const { code, report } = await scanJson(shop, ["--changed-since", "main", "--fail-on", "error"]);
    const expected = full.filter((f) => touches(f, new Set([CHANGED])));
    // the change matters to findings in other files too (their flow starts in account.ts)
    expect(expected.some((f) => f.location.file !== CHANGED)).toBe(true);
    expect(expected.length).toBeLessThan(full.length);
    expect(keys(report.findings)).toEqual(keys(expected));
    expect(code).toBe(report.findings.some((f) => f.severity === "error") ? 1 : 0);
  });

  it("counts uncommitted and untracked files as changed", async () => {
    fs.appendFileSync(path.join(shop, "src/services/mailer.ts"), "\n// reviewed\n");
    fs.writeFileSync(
      path.join(shop, "src/services/audit.ts"),
      "import { logger } from '../logger.js';\n\nexport function audit(user: { email: string }): void {\n  logger.info(`audit ${user.email}`);\n}\n",
    );
    try {
      const { report } = await scanJson(shop, ["--changed-since", "HEAD"]);
      const files = [...new Set(report.findings.map((f) => f.location.file))].sort();
      expect(files).toEqual(["src/services/audit.ts", "src/services/mailer.ts"]);
      const mailer = full.filter((f) => f.location.file === "src/services/mailer.ts");
      expect(keys(report.findings.filter((f) => f.location.file === "src/services/mailer.ts"))).toEqual(keys(mailer));
    } finally {
      git(repo, "checkout", "-q", "--", "packages/shop/src/services/mailer.ts");
      fs.rmSync(path.join(shop, "src/services/audit.ts"));
    }
  });

  it("reports nothing when nothing changed since the ref", async () => {
    const { code, report } = await scanJson(shop, ["--changed-since", "HEAD", "--fail-on", "note"]);
    expect(report.findings).toEqual([]);
    expect(code).toBe(0);
  });

  it("rejects a ref that does not exist, and a directory outside git, with exit 2 and one line", async () => {
    const outside = tempDir("changed-nogit");
    fs.writeFileSync(path.join(outside, "a.ts"), "export const a = 1;\n");
    const [bad, nogit] = await Promise.all([
      runCli(["scan", shop, "--changed-since", "no-such-branch"]),
      runCli(["scan", outside, "--changed-since", "HEAD"]),
    ]);
    for (const run of [bad, nogit]) {
      expect(run.code, run.stderr).toBe(2);
      expect(run.stdout).toBe("");
      expect(run.stderr.trim().split("\n"), run.stderr).toHaveLength(1);
    }
    expect(bad.stderr).toMatch(/no-such-branch/);
    expect(nogit.stderr).toMatch(/git/);
  });
});
