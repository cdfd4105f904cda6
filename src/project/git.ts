// Files changed since a git ref, for PR scans: what `git diff <ref>...`
// shows (changes since the merge base) plus uncommitted and untracked files.
// git runs through execFile (no shell); the ref is passed as one argument.
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { PitraceInputError } from "../model/errors.js";

const MAX_OUTPUT = 256 * 1024 * 1024;

/** Absolute paths under `root` of files that exist and changed since the merge base with `ref`. */
export async function changedFilesSince(root: string, ref: string): Promise<string[]> {
  const absRoot = path.resolve(root);
  const where = `--changed-since ${JSON.stringify(ref)}`;
  // A ref starting with "-" would be read by git as an option.
  if (ref.trim() === "" || ref.startsWith("-")) throw new PitraceInputError(`${where}: not a valid git ref`);

  if (!fs.existsSync(absRoot)) throw new PitraceInputError(`${where}: directory not found: ${absRoot}`, { file: absRoot });
  const inRepo = await git(absRoot, ["rev-parse", "--is-inside-work-tree"]);
  if (!inRepo.ok || inRepo.stdout.trim() !== "true") {
    throw new PitraceInputError(`${where}: ${absRoot} is not inside a git work tree${detail(inRepo)}`, { file: absRoot });
  }
  const commit = await git(absRoot, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  if (!commit.ok) throw new PitraceInputError(`${where}: unknown git ref (no commit by that name in ${absRoot})`);
  const base = await git(absRoot, ["merge-base", commit.stdout.trim(), "HEAD"]);
  if (!base.ok) {
    throw new PitraceInputError(
      `${where}: no merge base with HEAD${detail(base)}; in a shallow CI clone, fetch more history (e.g. fetch-depth: 0)`,
    );
  }

  // The scanned repository's filter drivers are commands git would run on its files during the diff:
  // never run code from the scanned repository. Every configured filter is replaced by a no-op.
  const filters = await git(absRoot, ["config", "-z", "--get-regexp", "^filter\\."]);
  const neutral: string[] = [];
  for (const entry of filters.ok ? filters.stdout.split("\0") : []) {
    const m = /^filter\.(.+)\.(clean|smudge|process|required)\n/.exec(entry);
    if (!m) continue;
    neutral.push("-c", `filter.${m[1]}.clean=cat`, "-c", `filter.${m[1]}.smudge=cat`, "-c", `filter.${m[1]}.process=cat`, "-c", `filter.${m[1]}.required=false`);
  }
  // `--relative` keeps only paths under root, relative to it; -z avoids quoting of non-ASCII names.
  const diff = await git(absRoot, [...neutral, "diff", "--name-only", "--relative", "-z", "--no-renames", "--diff-filter=d", base.stdout.trim(), "--"]);
  if (!diff.ok) throw new PitraceInputError(`${where}: git diff failed${detail(diff)}`);
  const untracked = await git(absRoot, ["ls-files", "--others", "--exclude-standard", "-z", "--", "."]);
  if (!untracked.ok) throw new PitraceInputError(`${where}: git ls-files failed${detail(untracked)}`);

  const rel = new Set([...split(diff.stdout), ...split(untracked.stdout)]);
  return [...rel].map((p) => path.resolve(absRoot, p)).sort();
}

interface GitResult {
  ok: boolean;
  stdout: string;
  stderr: string;
}

function git(cwd: string, args: string[]): Promise<GitResult> {
  // core.fsmonitor could name a hook program: never start one from a scan.
  const full = ["-c", "core.fsmonitor=false", "-c", "core.quotepath=off", ...args];
  return new Promise((resolve, reject) => {
    execFile("git", full, { cwd, maxBuffer: MAX_OUTPUT, encoding: "utf8", windowsHide: true }, (err, stdout, stderr) => {
      if (err && (err as NodeJS.ErrnoException).code === "ENOENT") {
        reject(new PitraceInputError("--changed-since: git is not installed or not on PATH"));
        return;
      }
      resolve({ ok: !err, stdout, stderr });
    });
  });
}

function detail(r: GitResult): string {
  const first = r.stderr.split("\n").find((l) => l.trim());
  return first ? ` (${first.trim().replace(/^fatal:\s*/, "")})` : "";
}

function split(z: string): string[] {
  return z.split("\0").filter(Boolean);
}
