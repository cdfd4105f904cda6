// Shared helpers for the robustness suite: temp trees, running the built CLI,
// and a one-time rebuild of dist/ when it is older than src/.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(REPO, "bin", "pitrace.js");

const temps: string[] = [];
afterAll(() => {
  for (const dir of temps.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

/** A temp directory with these files (relative path → content); removed after the file's tests. */
export function makeTree(files: Record<string, string | Buffer> = {}, prefix = "pitrace-robust-"): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), prefix)));
  temps.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

/** A file with one unmasked PI → log flow: every tree that should still be scanned gets one. */
export const LEAK = `export function register(user: { email: string }) {\n  console.log(user.email);\n}\n`;

export { ensureBuilt } from "../helpers/build.js";

export interface CliRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/pitrace.js …args` (no shell, stdin closed, CI quiet mode). */
export function runCli(args: string[], opts: { cwd?: string; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? REPO,
      env: { ...process.env, CI: "true", NO_COLOR: "1", ...opts.env },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 30_000);
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      resolve({ code, signal, stdout, stderr });
    });
  });
}

/** A V8/Node stack frame line ("    at fn (file:1:2)") or Node's uncaught-error banner. */
export const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|\(native\)|<anonymous>\)?)$|^node:internal|Unhandled 'error' event|^Node\.js v\d+/m;

/** The stderr of a usage/input error: exactly one non-empty line, no stack. */
export function oneLine(stderr: string): string {
  const lines = stderr.split("\n").filter((l) => l.trim() !== "");
  if (lines.length !== 1) throw new Error(`expected one line on stderr, got ${lines.length}:\n${stderr}`);
  return lines[0];
}

/**
 * Runs the CLI's main() in this process (no build, no node start-up: fast
 * enough for property tests), capturing what it writes. Not concurrent-safe.
 */
export async function runMain(args: string[], cwd?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const { main } = await import("../../src/cli/main.js");
  let stdout = "";
  let stderr = "";
  const out = process.stdout.write;
  const errw = process.stderr.write;
  const before = process.cwd();
  process.stdout.write = ((chunk: string | Uint8Array) => {
    stdout += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    stderr += typeof chunk === "string" ? chunk : Buffer.from(chunk).toString("utf8");
    return true;
  }) as typeof process.stderr.write;
  const ci = process.env.CI;
  process.env.CI = "true";
  try {
    if (cwd) process.chdir(cwd);
    const code = await main(args);
    return { code, stdout, stderr };
  } finally {
    process.stdout.write = out;
    process.stderr.write = errw;
    process.chdir(before);
    if (ci === undefined) delete process.env.CI;
    else process.env.CI = ci;
  }
}
