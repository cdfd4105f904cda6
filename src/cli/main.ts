// The command line: parse arguments, call the library, render, set the exit
// code. Thin on purpose: everything else lives in the library.
import fs from "node:fs";
import path from "node:path";
import { Command, CommanderError, Option } from "commander";
import { applyBaseline, classifyNames, PitraceInputError, readBaseline, scan, writeBaseline, type ProgressEvent, type ReportFormat, type ScanResult } from "../index.js";
import { SEVERITY_ORDER, type Severity } from "../model/finding.js";
import { starterConfig } from "../init.js";
import { findGuardCandidates } from "../guard-candidates.js";
import { renderReportParts } from "../report/index.js";
import { ProgressLine } from "./progress.js";
import { WriteError, writeStreamParts, writeTextParts } from "./write-text.js";
import { releaseMemory } from "../release-memory.js";
import { VERSION } from "../version.js";

class ExitError extends Error {
  constructor(
    message: string,
    readonly code: number,
  ) {
    super(message);
  }
}

const err = (s: string) => process.stderr.write(`${s}\n`);

export async function main(argv: string[]): Promise<number> {
  const debug = argv.includes("--debug");
  quietOnClosedPipes();
  let exitCode = 0;
  const program = new Command()
    .name("pitrace")
    .description("Finds where personal information flows in TS/JS code and which flows break PIPL / MIIT Order 24 rules.")
    .version(VERSION)
    .option("--debug", "print stack traces for internal errors")
    .exitOverride()
    .configureOutput({
      writeErr: (s) => process.stderr.write(s),
      writeOut: (s) => process.stdout.write(s),
      // Usage errors are one line (CONTRACT §1): fold commander's "(Did you mean …?)" onto it.
      outputError: (s, write) => write(`pitrace: ${s.trim().replace(/\s*\n\s*/g, " ")}\n`),
    })
    .showSuggestionAfterError(true);

  program
    .command("scan")
    .description("scan a project")
    .argument("[dir]", "project directory", ".")
    .option("--config <file>", "config file (default: <dir>/pitrace.config.yaml when present)")
    .addOption(new Option("--format <format>", "report format").choices(["text", "json", "sarif", "markdown", "html"]).default("text"))
    .option("--output <file>", "write the report there instead of stdout")
    .addOption(new Option("--fail-on <level>", "exit 1 when any finding is at or above this level").choices(["error", "warning", "note", "none"]).default("error"))
    .option("--baseline <file>", "findings whose fingerprint is listed there do not count")
    .option("--write-baseline <file>", "write the current findings' fingerprints")
    .option("--changed-since <ref>", "only findings whose flow touches a file changed since the git ref")
    .option("--cache", "keep an on-disk cache, and skip the analysis of what did not change since it was written")
    .option("--cache-location <dir>", "the cache directory (implies --cache; default: <dir>/node_modules/.cache/pitrace, or <dir>/.pitrace-cache without node_modules)")
    .option("--workers <n>", "worker threads for a monorepo's independent groups of projects (default: one per two cores, when worth starting)")
    .action(async (dir: string, o: ScanFlags) => {
      exitCode = await runScan(dir, o);
    });

  program
    .command("classify")
    .description("how the taxonomy classifies identifiers, and why")
    .argument("<name...>", "identifiers, property names or keys")
    .option("--json", "print JSON")
    .option("--taxonomy <file>", "a taxonomy file that extends the built-in one")
    .action((names: string[], o: { json?: boolean; taxonomy?: string }) => {
      nonEmpty("--taxonomy", o.taxonomy);
      const out = classifyNames(names, { taxonomyFile: o.taxonomy ? path.resolve(o.taxonomy) : undefined });
      if (o.json) process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
      else for (const c of out) process.stdout.write(`${c.name}: ${c.categories.length ? c.categories.join(", ") : "not personal information"}\n  ${c.reason}\n`);
    });

  program
    .command("init")
    .description("write a starter pitrace.config.yaml from what a scan discovers")
    .argument("[dir]", "project directory", ".")
    .option("--force", "overwrite an existing pitrace.config.yaml")
    .action(async (dir: string, o: { force?: boolean }) => {
      const root = checkDir(dir);
      const target = path.join(root, "pitrace.config.yaml");
      if (fs.existsSync(target) && !o.force) throw new ExitError(`${target}: already exists; use --force to overwrite it`, 2);
      const result = await scan({ root, config: { firstParty: { hosts: [] }, contractors: [], consent: { guards: [] }, sanitizers: [], exclude: [] } });
      const text = starterConfig(result, findGuardCandidates(result.root));
      writeOut(target, [text]);
      err(`pitrace: wrote ${path.relative(process.cwd(), target) || target} (${result.recipients.length} recipients, ${result.sources.length} sources found)`);
    });

  program
    .command("lsp")
    .description("language server: diagnostics for open files")
    .requiredOption("--stdio", "talk LSP over stdin/stdout")
    // Language clients (vscode-languageclient among them) pass the editor's pid; the server does not need it.
    .option("--clientProcessId <pid>", "the editor's process id (accepted for LSP clients; unused)")
    .action(async () => {
      const { startLanguageServer } = await import("../lsp/server.js");
      startLanguageServer();
      exitCode = -1;
    });

  try {
    await program.parseAsync(argv, { from: "user" });
    return exitCode === -1 ? await new Promise<number>(() => undefined) : exitCode;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === "commander.helpDisplayed" || e.code === "commander.version") return 0;
      // `pitrace` with no command prints the help as an error (exitCode 1): a usage error.
      if (e.code === "commander.help") return e.exitCode === 0 ? 0 : 2;
      return 2; // commander already printed a one-line error
    }
    if (e instanceof PitraceInputError) {
      err(`pitrace: ${e.format()}`);
      return 2;
    }
    if (e instanceof ExitError) {
      err(`pitrace: ${e.message}`);
      return e.code;
    }
    err(`pitrace: internal error: ${e instanceof Error ? e.message : String(e)}${debug ? "" : " (run with --debug for details)"}`);
    if (debug && e instanceof Error && e.stack) err(e.stack);
    return 2;
  }
}

/**
 * `pitrace scan | head` closes stdout early: that is the reader's choice, not
 * an error worth a stack trace. Other stream errors end the run with exit 2.
 */
let pipeGuardInstalled = false;
function quietOnClosedPipes(): void {
  if (pipeGuardInstalled) return;
  pipeGuardInstalled = true;
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") return;
      if (stream !== process.stderr) err(`pitrace: cannot write output: ${e.code ?? e.message}`);
      process.exitCode = 2;
    });
  }
}

/** An option given an empty value (`--output ""`) would silently mean "not given". */
function nonEmpty(option: string, value: string | undefined): void {
  if (value !== undefined && value.trim() === "") throw new ExitError(`${option}: empty value; give a file or directory name`, 2);
}

/**
 * Fails before the scan (not after minutes of work) when `file` cannot be
 * written: its directory is missing or not a directory, or it is a directory.
 */
function checkWritable(option: string, file: string): void {
  const abs = path.resolve(file);
  const dir = path.dirname(abs);
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(dir);
  } catch {
    throw new ExitError(`${file}: cannot write ${option}: the directory ${dir} does not exist`, 2);
  }
  if (!st.isDirectory()) throw new ExitError(`${file}: cannot write ${option}: ${dir} is not a directory`, 2);
  try {
    if (fs.statSync(abs).isDirectory()) throw new ExitError(`${file}: cannot write ${option}: it is a directory`, 2);
  } catch (e) {
    if (e instanceof ExitError) throw e;
  }
  try {
    fs.accessSync(fs.existsSync(abs) ? abs : dir, fs.constants.W_OK);
  } catch (e) {
    throw new ExitError(`${file}: cannot write ${option} (${(e as NodeJS.ErrnoException).code ?? String(e)})`, 2);
  }
}

function checkDir(dir: string): string {
  if (dir.trim() === "") throw new ExitError(`"${dir}": empty directory name`, 2);
  const root = path.resolve(dir);
  let st: fs.Stats;
  try {
    st = fs.statSync(root);
  } catch {
    throw new ExitError(`${dir}: no such directory`, 2);
  }
  if (!st.isDirectory()) throw new ExitError(`${dir}: not a directory`, 2);
  return root;
}

function writeOut(file: string, parts: Iterable<string>): void {
  try {
    writeTextParts(file, parts);
  } catch (e) {
    // A report that fails to render is an internal error, not a file that cannot be written.
    if (!(e instanceof WriteError)) throw e;
    throw new ExitError(`${file}: cannot write (${(e.reason as NodeJS.ErrnoException).code ?? e.message})`, 2);
  }
}

interface ScanFlags {
  config?: string;
  format: ReportFormat;
  output?: string;
  failOn: Severity | "none";
  baseline?: string;
  writeBaseline?: string;
  changedSince?: string;
  cache?: boolean;
  cacheLocation?: string;
  workers?: string;
}

async function runScan(dir: string, o: ScanFlags): Promise<number> {
  const root = checkDir(dir);
  nonEmpty("--config", o.config);
  nonEmpty("--output", o.output);
  nonEmpty("--baseline", o.baseline);
  nonEmpty("--write-baseline", o.writeBaseline);
  nonEmpty("--cache-location", o.cacheLocation);
  const workers = o.workers === undefined ? undefined : Number(o.workers);
  if (workers !== undefined && (!/^\s*\d+\s*$/.test(o.workers!) || !Number.isSafeInteger(workers) || workers < 1)) throw new ExitError(`--workers: ${JSON.stringify(o.workers)} is not a positive whole number`, 2);
  if (o.changedSince !== undefined && o.changedSince.trim() === "") throw new ExitError(`--changed-since: empty value; give a git ref such as origin/main`, 2);
  if (o.changedSince !== undefined && o.writeBaseline) throw new ExitError("--write-baseline with --changed-since would write a partial baseline; write it from a full scan", 2);
  if (o.config && !fs.existsSync(o.config)) throw new ExitError(`${o.config}: config file not found`, 2);
  if (o.output) checkWritable("the report (--output)", o.output);
  if (o.writeBaseline) checkWritable("the baseline (--write-baseline)", o.writeBaseline);
  const baseline = o.baseline ? readBaseline(o.baseline) : undefined;
  const quiet = !process.stderr.isTTY || process.env.CI === "true" || process.env.CI === "1";
  const progress = quiet ? undefined : new ProgressLine(process.stderr);
  let result: ScanResult;
  let at: ProgressEvent | undefined;
  try {
    result = await scan({
      root,
      config: o.config,
      changedSince: o.changedSince,
      cache: o.cacheLocation ?? o.cache,
      workers,
      onProgress: (ev) => {
        if (ev.file || ev.phase !== at?.phase) at = ev;
        progress?.update(ev);
      },
    });
  } catch (e) {
    progress?.done();
    // A stack overflow on pathological code: say where, so the user can exclude the file.
    if (e instanceof RangeError && /call stack/i.test(e.message) && at) {
      const where = at.file ? `${path.relative(process.cwd(), at.file) || at.file}: ` : "";
      e.message = `${where}${e.message} (${at.phase} phase${at.file ? "; this file may be nested too deeply, add it to exclude in pitrace.config.yaml" : ""})`;
    }
    throw e;
  }
  progress?.done();
  releaseMemory();
  if (baseline) {
    // A diff scan only looked at some files: entries for the others are not stale.
    const scope = result.scope ? new Set(result.scope.files) : undefined;
    result = applyBaseline(result, baseline, scope ? { covers: (f) => scope.has(f) } : {});
  }
  if (o.writeBaseline) writeBaseline(o.writeBaseline, result.findings);
  const color = !o.output && o.format === "text" && !!process.stdout.isTTY && !process.env.NO_COLOR;
  const reportOptions = {
    toolVersion: VERSION,
    color,
    readFile: (rel: string) => {
      try {
        return fs.readFileSync(path.join(root, rel), "utf8");
      } catch {
        return undefined;
      }
    },
  };
  const parts = renderReportParts(o.format, result, reportOptions);
  if (o.output) writeOut(o.output, parts);
  else writeStreamParts(process.stdout, parts);
  if (!quiet) {
    const t = result.stats.timings;
    const c = result.stats.cache;
    const cached = c ? `; cache: ${c.reused} of ${c.groups} ${c.groups === 1 ? "analysis" : "analyses"} reused` : "";
    err(`pitrace: ${result.findings.length} findings in ${result.stats.files} files (${result.stats.lines} lines) in ${(t.total / 1000).toFixed(2)} s [load ${t.load} ms, parse ${t.parse} ms, index ${t.index} ms, flows ${t.flows} ms, policies ${t.policies} ms${cached}]`);
  }
  if (o.failOn === "none") return 0;
  const threshold = SEVERITY_ORDER[o.failOn];
  const failing = result.findings.filter((f) => f.baselineState !== "unchanged" && SEVERITY_ORDER[f.severity] >= threshold);
  return failing.length ? 1 : 0;
}
