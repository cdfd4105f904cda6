// changedFilesSince in a throwaway git repository.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { PitraceInputError } from "../../src/model/errors.js";
import { changedFilesSince } from "../../src/project/index.js";
import { makeTree } from "./helpers.js";

const ENV = {
  ...process.env,
  GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com",
  GIT_CONFIG_NOSYSTEM: "1", GIT_CONFIG_GLOBAL: "/dev/null",
};

function git(cwd: string, ...args: string[]): string {
  return execFileSync("git", ["-c", "commit.gpgsign=false", "-c", "init.defaultBranch=main", ...args], { cwd, env: ENV, encoding: "utf8" });
}
function write(root: string, rel: string, text: string): void {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
}

/**
 * main:    base ── main-only change (f.ts)
 * feature:   └── a.ts changed, c.ts deleted, 手机号.ts added
 * then, uncommitted on feature: b.ts modified, d.ts staged, e.ts untracked, x.log ignored.
 */
function repo(): string {
  const root = makeTree({
    ".gitignore": "*.log\n",
    "a.ts": "a\n", "b.ts": "b\n", "c.ts": "c\n", "sub/s.ts": "s\n", "sub/t.ts": "t\n",
  });
  git(root, "init", "-q");
  git(root, "add", ".");
  git(root, "commit", "-qm", "base");
  git(root, "checkout", "-qb", "feature");
  write(root, "a.ts", "a2\n");
  write(root, "用户/手机号.ts", "p\n");
  fs.rmSync(path.join(root, "c.ts"));
  git(root, "add", "-A");
  git(root, "commit", "-qm", "feature work");
  git(root, "checkout", "-q", "main");
  write(root, "f.ts", "f\n");
  git(root, "add", "f.ts");
  git(root, "commit", "-qm", "main moves on");
  git(root, "checkout", "-q", "feature");
  write(root, "b.ts", "b2\n");
  write(root, "d.ts", "d\n");
  git(root, "add", "d.ts");
  write(root, "e.ts", "e\n");
  write(root, "sub/t.ts", "t2\n");
  write(root, "x.log", "noise\n");
  return root;
}

describe("changedFilesSince", () => {
  test("changes since the merge base, plus uncommitted and untracked files; not main's own changes or deletions", async () => {
    const root = repo();
    const rel = (await changedFilesSince(root, "main")).map((f) => path.relative(root, f));
    expect(rel).toEqual(["a.ts", "b.ts", "d.ts", "e.ts", path.join("sub", "t.ts"), path.join("用户", "手机号.ts")].sort());
  });

  test("paths are absolute and limited to the scanned subdirectory", async () => {
    const root = repo();
    const files = await changedFilesSince(path.join(root, "sub"), "main");
    expect(files).toEqual([path.join(root, "sub", "t.ts")]);
  });

  test("a ref given as a commit id or HEAD~n works", async () => {
    const root = repo();
    const base = git(root, "rev-parse", "main~1").trim();
    expect((await changedFilesSince(root, base)).map((f) => path.relative(root, f))).toContain("a.ts");
    const clean = makeTree({ "a.ts": "a\n" });
    git(clean, "init", "-q");
    git(clean, "add", ".");
    git(clean, "commit", "-qm", "one");
    expect(await changedFilesSince(clean, "HEAD")).toEqual([]);
  });

  test("an unknown ref is an input error naming it", async () => {
    const root = repo();
    const err = await changedFilesSince(root, "origin/mian").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PitraceInputError);
    expect((err as Error).message).toMatch(/"origin\/mian".*unknown git ref/);
  });

  test("a ref that looks like an option is refused, not passed to git", async () => {
    const root = repo();
    await expect(changedFilesSince(root, "--output=/tmp/pwned")).rejects.toThrow(/"--output=\/tmp\/pwned": not a valid git ref/);
    await expect(changedFilesSince(root, "")).rejects.toBeInstanceOf(PitraceInputError);
  });

  test("outside a git repository: an input error naming the ref", async () => {
    const dir = makeTree({ "a.ts": "a\n" });
    const err = await changedFilesSince(dir, "main").catch((e: unknown) => e);
    expect(err).toBeInstanceOf(PitraceInputError);
    expect((err as Error).message).toMatch(/^--changed-since "main": .* is not inside a git work tree/);
  });
});
