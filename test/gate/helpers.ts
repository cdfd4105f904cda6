// Shared helpers of the CI-gate tests: they drive the real command line
// (`node bin/pitrace.js`) on throw-away copies of projects, as a CI job would.

import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const BIN = path.join(REPO, "bin", "pitrace.js");
export const DEMO_SHOP = path.join(REPO, "fixtures", "demo-shop");
export const CORPUS = path.resolve(REPO, "..", "shared", "corpus");

export { ensureBuilt } from "../helpers/build.js";

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `node bin/pitrace.js …args` with no shell, stdin closed and CI quiet mode. */
export function runCli(args: string[], opts: { cwd?: string; timeoutMs?: number } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: opts.cwd ?? REPO,
      env: { ...process.env, CI: "true", NO_COLOR: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    const timer = setTimeout(() => child.kill("SIGKILL"), opts.timeoutMs ?? 45_000);
    child.on("error", reject);
    child.on("close", (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

const temps: string[] = [];

/** A fresh temp directory, removed by cleanupTemps(). */
export function tempDir(prefix: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pitrace-gate-${prefix}-`));
  temps.push(dir);
  return dir;
}

export function cleanupTemps(): void {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
}

/** Copies a project into a fresh temp directory (no node_modules) and returns the copy's path. */
export function copyProject(src: string, prefix: string): string {
  const dir = path.join(tempDir(prefix), path.basename(src));
  fs.cpSync(src, dir, { recursive: true, filter: (p) => path.basename(p) !== "node_modules" && path.basename(p) !== ".git" });
  return dir;
}

/** Writes files (root-relative path → text) under dir. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    const p = path.join(dir, rel);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, text);
  }
}

export function git(dir: string, ...args: string[]): string {
  const r = spawnSync("git", args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, GIT_AUTHOR_NAME: "t", GIT_AUTHOR_EMAIL: "t@example.com", GIT_COMMITTER_NAME: "t", GIT_COMMITTER_EMAIL: "t@example.com" },
  });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")} failed: ${r.stderr}`);
  return r.stdout;
}

/** git init + commit everything in dir. */
export function gitInit(dir: string): void {
  git(dir, "init", "-q", "-b", "main");
  git(dir, "add", "-A");
  git(dir, "commit", "-q", "-m", "initial");
}

export interface JsonFinding {
  ruleId: string;
  severity: "error" | "warning" | "note";
  location: { file: string; line: number; column: number };
  categories: string[];
  sinkKind: string;
  recipient?: string;
  fingerprint: string;
  baselineState?: "new" | "unchanged";
  flow: Array<{ location: { file: string; line: number }; message: string }>;
}
export interface JsonDiagnostic {
  severity: "error" | "warning" | "note";
  code: string;
  message: string;
  location?: { file: string; line: number; column: number };
}
export interface JsonReport {
  version: 1;
  findings: JsonFinding[];
  sources: unknown[];
  recipients: Array<{ id: string; categories: string[] }>;
  diagnostics: JsonDiagnostic[];
}

/**
 * One CLI run: a JSON scan of dir written with `--output` (so the exit code
 * and the report come from the same run). `--fail-on none` unless extra says.
 */
export async function scanJson(dir: string, extra: string[] = []): Promise<{ code: number | null; report: JsonReport; stdout: string; stderr: string }> {
  const out = path.join(tempDir("json"), "report.json");
  const args = ["scan", dir, "--format", "json", "--output", out, ...(extra.includes("--fail-on") ? [] : ["--fail-on", "none"]), ...extra];
  const run = await runCli(args);
  if (run.code === 2 || run.code === null || !fs.existsSync(out)) throw new Error(`pitrace ${args.join(" ")} → exit ${run.code}: ${run.stderr}`);
  return { code: run.code, report: JSON.parse(fs.readFileSync(out, "utf8")) as JsonReport, stdout: run.stdout, stderr: run.stderr };
}

/** "rule file:line" of each finding, for readable assertions. */
export function brief(findings: readonly JsonFinding[]): string[] {
  return findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`);
}

/** A fingerprint with the facts that must not change when unrelated lines move (no line number). */
export function identity(f: JsonFinding): string {
  return `${f.ruleId} ${f.location.file} ${f.recipient ?? "-"} ${f.categories.join(",")} ${f.fingerprint}`;
}

/**
 * A small project: a warning (pi-to-log) in src/users.ts, two errors
 * (missing-consent, unlisted-recipient) on one third-party call in
 * src/sync.ts, and a file with nothing personal.
 */
export const MINI: Record<string, string> = {
  "package.json": `${JSON.stringify({ name: "mini", private: true, dependencies: { pino: "^9.0.0", axios: "^1.7.0" } }, null, 2)}\n`,
  "src/types.ts": `export interface User {
  id: string;
  email: string;
  phone: string;
  fullName: string;
}
`,
  "src/log.ts": `import pino from 'pino';

export const logger = pino();
`,
  "src/users.ts": `import { logger } from './log.js';
import type { User } from './types.js';

export function welcome(user: User): void {
  logger.info(\`welcome \${user.email}\`);
}
`,
  "src/sync.ts": `import axios from 'axios';
import type { User } from './types.js';

export async function syncContact(user: User): Promise<void> {
  await axios.post('https://crm.example.com/contacts', { phone: user.phone });
}
`,
  "src/math.ts": `export function add(a: number, b: number): number {
  return a + b;
}
`,
};

/** A temp copy of MINI (with overrides) ready to scan. */
export function miniProject(prefix: string, overrides: Record<string, string> = {}): string {
  const dir = path.join(tempDir(prefix), "mini");
  writeFiles(dir, { ...MINI, ...overrides });
  return dir;
}

/** Line (1-based) of the first line of file text that contains needle. */
export function lineOf(text: string, needle: string): number {
  const i = text.split("\n").findIndex((l) => l.includes(needle));
  if (i < 0) throw new Error(`"${needle}" not found`);
  return i + 1;
}

/** A JSON report's text, parsed, without its stats (timings and cache counts differ from run to run). */
export function reportWithoutStats(json: string): unknown {
  const r = JSON.parse(json) as { stats?: unknown };
  delete r.stats;
  return r;
}
