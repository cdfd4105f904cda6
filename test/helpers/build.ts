// Rebuilds dist/ once when it is older than src/, for the suites that drive the
// built CLI (bin/pitrace.js). Test files run in parallel processes: a lock
// directory makes one of them build while the others wait.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");

function newestMtime(dir: string): number {
  let newest = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (!e.isFile()) continue;
    newest = Math.max(newest, fs.statSync(path.join(e.parentPath, e.name)).mtimeMs);
  }
  return newest;
}

function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Builds dist/ when any file under src/ is newer than dist/cli/main.js. Test
 * files run in parallel processes: a lock directory makes one of them build
 * while the others wait for it.
 */
export function ensureBuilt(): void {
  const built = path.join(REPO, "dist", "cli", "main.js");
  const stale = () => !fs.existsSync(built) || newestMtime(path.join(REPO, "src")) > fs.statSync(built).mtimeMs;
  const lock = path.join(os.tmpdir(), `pitrace-build-${Buffer.from(REPO).toString("hex").slice(-32)}.lock`);
  const deadline = Date.now() + 110_000;
  while (stale()) {
    try {
      fs.mkdirSync(lock);
    } catch {
      // Someone else is building; a lock older than two minutes is abandoned.
      const held = fs.statSync(lock, { throwIfNoEntry: false });
      if (held && Date.now() - held.mtimeMs > 120_000) fs.rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error("timed out waiting for another test process to build dist/");
      sleepSync(250);
      continue;
    }
    try {
      if (!stale()) return;
      const tsc = path.join(REPO, "node_modules", "typescript", "bin", "tsc");
      const r = spawnSync(process.execPath, [tsc, "-p", "tsconfig.build.json"], { cwd: REPO, encoding: "utf8" });
      // Type errors elsewhere in the tree still emit JS; only a missing entry point is fatal.
      if (!fs.existsSync(built)) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
      return;
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
}
