// `npm run bench`: pitrace against `tsc --noEmit` on generated projects.
//
//   node bench/run.mjs [--sizes 10k,100k,1M] [--runs N] [--seed S] [--keep]
//   node bench/run.mjs --dir <project>          time an existing project instead
//   node bench/run.mjs --sizes 100k --packages 2  a monorepo of independent packages
//                                                 (tsc: each package's tsconfig, one after the other)
//   node bench/run.mjs --skip-rescan             leave out the re-scans with --cache (below)
//
// For each project, in the same run and one after the other (never in
// parallel): pitrace (`node bin/pitrace.js scan <dir> --format json --output
// <tmp> --fail-on none`) and `node node_modules/typescript/bin/tsc --noEmit -p
// <dir>`. Wall time is measured around the child; peak RSS per child as
// described in bench/lib/measure.mjs. With --runs N each figure is the median.
// Prints the table and pitrace's phase timings (stats.timings of the JSON
// report), writes bench/out/results.md and bench/out/results.json. Exit code 0
// unless a child crashed (signal, or pitrace exiting non-zero).
//
// Then the re-scans with `--cache` (issue #7: ≤ 10% of a cold scan): a first
// scan that fills a fresh cache, a re-scan of the unchanged tree, and a
// re-scan after one file was edited (a function logging an e-mail appended to
// one source file; in a monorepo, a file of the last package), each as a
// ratio of the cold scan without the cache measured above.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { performance } from "node:perf_hooks";
import { generateProject, parseSize } from "./generate.mjs";
import { gnuTime, measureNode, rssMethod } from "./lib/measure.mjs";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
// PITRACE_BENCH_CLI=<script> times another build of the CLI (e.g. an installed one).
const PITRACE = process.env.PITRACE_BENCH_CLI ? path.resolve(process.env.PITRACE_BENCH_CLI) : path.join(ROOT, "bin", "pitrace.js");
const TSC = path.join(ROOT, "node_modules", "typescript", "bin", "tsc");
const OUT_DIR = path.join(ROOT, "bench", "out");

const TARGET_TIME_RATIO = 0.5;
const TARGET_MEM_RATIO = 1.0;
const TARGET_SCALING = 11;
const TARGET_RESCAN_RATIO = 0.1;

const log = (s = "") => process.stderr.write(`${s}\n`);

function usage(message) {
  if (message) log(`bench: ${message}`);
  log("usage: node bench/run.mjs [--sizes 10k,100k,1M] [--packages N] [--runs N] [--seed S] [--keep] [--skip-rescan] [--dir <project>]");
  process.exit(2);
}

function parseCli() {
  let parsed;
  try {
    parsed = parseArgs({
      options: {
        sizes: { type: "string", default: "10k,100k,1M" },
        dir: { type: "string" },
        runs: { type: "string", default: "1" },
        packages: { type: "string", default: "1" },
        seed: { type: "string", default: "1" },
        keep: { type: "boolean", default: false },
        "skip-rescan": { type: "boolean", default: false },
        help: { type: "boolean", short: "h", default: false },
      },
    }).values;
  } catch (e) {
    usage(e.message);
  }
  if (parsed.help) usage();
  const runs = Number(parsed.runs);
  if (!Number.isInteger(runs) || runs < 1) usage(`--runs must be a positive integer, got ${parsed.runs}`);
  const packages = Number(parsed.packages);
  if (!Number.isInteger(packages) || packages < 1) usage(`--packages must be a positive integer, got ${parsed.packages}`);
  const seed = Number(parsed.seed);
  if (!Number.isFinite(seed)) usage(`--seed must be a number, got ${parsed.seed}`);
  let sizes = [];
  if (!parsed.dir) {
    try {
      sizes = parsed.sizes.split(",").filter(Boolean).map((s) => ({ label: s.trim(), lines: parseSize(s) }));
    } catch (e) {
      usage(e.message);
    }
  }
  return { sizes, dir: parsed.dir ? path.resolve(parsed.dir) : undefined, runs, seed, keep: parsed.keep, packages, rescan: !parsed["skip-rescan"] };
}

// ---------------------------------------------------------------------------

const SOURCE_RE = /\.(?:ts|tsx|mts|cts|js|jsx|mjs|cjs)$/;
const SKIP_DIRS = new Set(["node_modules", ".git", "dist", "build", "coverage", "out", ".next"]);

/** Physical lines and files of TS/JS sources under dir (node_modules, dist, … skipped). */
function countSourceLines(dir) {
  let lines = 0;
  let files = 0;
  const stack = [dir];
  while (stack.length > 0) {
    const d = stack.pop();
    for (const ent of fs.readdirSync(d, { withFileTypes: true })) {
      if (ent.isDirectory()) {
        if (!SKIP_DIRS.has(ent.name)) stack.push(path.join(d, ent.name));
      } else if (ent.isFile() && SOURCE_RE.test(ent.name)) {
        const buf = fs.readFileSync(path.join(d, ent.name));
        let n = 0;
        for (let i = 0; i < buf.length; i++) if (buf[i] === 10) n++;
        if (buf.length > 0 && buf[buf.length - 1] !== 10) n++;
        lines += n;
        files++;
      }
    }
  }
  return { lines, files };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const mb = (kb) => (kb == null ? null : kb / 1024);
const fmt = (x, digits = 2) => (x == null || !Number.isFinite(x) ? "n/a" : x.toFixed(digits));
const fmtInt = (x) => (x == null || !Number.isFinite(x) ? "n/a" : Math.round(x).toLocaleString("en-US"));

function findTimings(report) {
  const t = report?.stats?.timings ?? report?.result?.stats?.timings;
  return t && typeof t === "object" ? t : null;
}

async function versions() {
  const tscVersion = JSON.parse(fs.readFileSync(path.join(ROOT, "node_modules", "typescript", "package.json"), "utf8")).version;
  let tsMorphTs;
  try {
    const m = await import("ts-morph");
    tsMorphTs = m.ts.version;
  } catch (e) {
    tsMorphTs = `unavailable (${e.message})`;
  }
  let pitraceVersion = "n/a";
  try {
    pitraceVersion = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")).version;
  } catch {
    // keep n/a
  }
  return { tsc: tscVersion, tsMorphTs, pitrace: pitraceVersion };
}

function machine() {
  const cpus = os.cpus();
  return {
    cores: cpus.length,
    cpu: cpus[0]?.model?.trim() ?? "unknown",
    memGB: os.totalmem() / 1024 ** 3,
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadavg: os.loadavg(),
  };
}

// ---------------------------------------------------------------------------

let crashed = false;

function describeFailure(name, r) {
  const why = r.signal ? `killed by ${r.signal}` : `exit code ${r.code}`;
  const tail = (r.stderr.trim() || r.stdout.trim()).split("\n").slice(-15).join("\n");
  return `${name} ${why}${tail ? `\n${tail}` : ""}`;
}

async function runPitrace(dir, reportFile, extra = []) {
  fs.rmSync(reportFile, { force: true });
  const r = await measureNode([PITRACE, "scan", dir, "--format", "json", "--output", reportFile, "--fail-on", "none", ...extra], { cwd: ROOT });
  let report = null;
  if (r.code === 0 && !r.signal) {
    try {
      report = JSON.parse(fs.readFileSync(reportFile, "utf8"));
    } catch (e) {
      log(`  pitrace: could not read the JSON report: ${e.message}`);
    }
  } else {
    crashed = true;
    log(`  ${describeFailure("pitrace", r)}`);
  }
  return { ...r, report };
}

/**
 * A monorepo of generated packages: `packages/p1` … `packages/pN` with `lines / N` lines each (seeds
 * seed … seed+N-1), a root package.json declaring them as workspaces, and the packages' (identical)
 * pitrace.config.yaml at the root, where pitrace reads it. The packages import nothing from one another.
 */
function generateMonorepo(dir, lines, packages, seed) {
  const out = { lines: 0, files: 0, tsconfigs: [] };
  for (let i = 0; i < packages; i++) {
    const pkg = path.join(dir, "packages", `p${i + 1}`);
    const info = generateProject(pkg, Math.round(lines / packages), seed + i);
    out.lines += info.lines;
    out.files += info.files;
    out.tsconfigs.push(pkg);
  }
  fs.writeFileSync(path.join(dir, "package.json"), `${JSON.stringify({ name: "bench-monorepo", private: true, workspaces: ["packages/*"] }, null, 2)}\n`);
  fs.copyFileSync(path.join(out.tsconfigs[0], "pitrace.config.yaml"), path.join(dir, "pitrace.config.yaml"));
  return out;
}

/** tsc over several projects one after the other, as a CI job would: times and CPU summed, the largest peak. */
async function runTscEach(dirs, expectClean) {
  const all = [];
  for (const d of dirs) all.push(await runTsc(d, expectClean));
  return {
    ...all.at(-1),
    wallMs: all.reduce((n, r) => n + r.wallMs, 0),
    cpuSeconds: all.every((r) => r.cpuSeconds != null) ? all.reduce((n, r) => n + r.cpuSeconds, 0) : null,
    peakKB: Math.max(...all.map((r) => r.peakKB)),
    errors: all.reduce((n, r) => n + r.errors, 0),
    signal: all.find((r) => r.signal)?.signal ?? null,
  };
}

async function runTsc(dir, expectClean) {
  const r = await measureNode([TSC, "--noEmit", "-p", dir], { cwd: ROOT });
  let errors = 0;
  if (r.signal) {
    crashed = true;
    log(`  ${describeFailure("tsc", r)}`);
  } else if (r.code !== 0) {
    errors = (r.stdout.match(/error TS\d+/g) ?? []).length || 1;
    const msg = `tsc reported errors (exit ${r.code}); its time still counts, but ${expectClean ? "the generated project should type-check: this is a generator bug" : "check the project"}`;
    log(`  warning: ${msg}\n${r.stdout.split("\n").slice(0, 10).join("\n")}`);
  }
  return { ...r, errors };
}

async function benchProject({ label, dir, lines, files, genSeconds, runs, expectClean, tmp, tscDirs }) {
  const reportFile = path.join(tmp, `report-${label}.json`);
  const p = [];
  const t = [];
  for (let i = 0; i < runs; i++) {
    // Alternate the order so neither tool always runs on a warmer cache.
    const order = i % 2 === 0 ? ["pitrace", "tsc"] : ["tsc", "pitrace"];
    for (const which of order) {
      if (which === "pitrace") {
        log(`  [${label}] run ${i + 1}/${runs}: pitrace scan …`);
        const r = await runPitrace(dir, reportFile);
        log(`    ${fmt(r.wallMs / 1000)} s (cpu ${fmt(r.cpuSeconds)} s), ${fmt(mb(r.peakKB), 0)} MB`);
        p.push(r);
      } else {
        log(`  [${label}] run ${i + 1}/${runs}: tsc --noEmit …`);
        const r = tscDirs ? await runTscEach(tscDirs, expectClean) : await runTsc(dir, expectClean);
        log(`    ${fmt(r.wallMs / 1000)} s (cpu ${fmt(r.cpuSeconds)} s), ${fmt(mb(r.peakKB), 0)} MB${r.errors ? ` (${r.errors} errors)` : ""}`);
        t.push(r);
      }
    }
  }
  const ok = p.filter((r) => r.code === 0 && !r.signal);
  const last = ok.at(-1);
  const timingsRuns = ok.map((r) => findTimings(r.report)).filter(Boolean);
  const timings = {};
  for (const key of new Set(timingsRuns.flatMap((x) => Object.keys(x)))) {
    const vals = timingsRuns.map((x) => x[key]).filter((v) => typeof v === "number");
    if (vals.length) timings[key] = median(vals);
  }
  const row = {
    label,
    dir,
    lines,
    files,
    genSeconds,
    runs,
    pitrace: {
      ok: ok.length === runs,
      seconds: ok.length ? median(ok.map((r) => r.wallMs / 1000)) : null,
      peakMB: ok.length ? median(ok.map((r) => mb(r.peakKB))) : null,
      cpuSeconds: ok.length && ok.every((r) => r.cpuSeconds != null) ? median(ok.map((r) => r.cpuSeconds)) : null,
      processes: Math.max(0, ...ok.map((r) => r.processes)),
      allSeconds: p.map((r) => r.wallMs / 1000),
      allPeakMB: p.map((r) => mb(r.peakKB)),
      reportedLines: last?.report?.stats?.lines ?? null,
      reportedFiles: last?.report?.stats?.files ?? null,
      findings: Array.isArray(last?.report?.findings) ? last.report.findings.length : null,
      timings: Object.keys(timings).length ? timings : null,
    },
    tsc: {
      ok: t.every((r) => !r.signal),
      errors: t.at(-1)?.errors ?? 0,
      seconds: median(t.map((r) => r.wallMs / 1000)),
      peakMB: median(t.map((r) => mb(r.peakKB))),
      cpuSeconds: t.every((r) => r.cpuSeconds != null) ? median(t.map((r) => r.cpuSeconds)) : null,
      processes: Math.max(0, ...t.map((r) => r.processes)),
      allSeconds: t.map((r) => r.wallMs / 1000),
      allPeakMB: t.map((r) => mb(r.peakKB)),
    },
  };
  row.timeRatio = row.pitrace.seconds != null ? row.pitrace.seconds / row.tsc.seconds : null;
  row.memRatio = row.pitrace.peakMB != null ? row.pitrace.peakMB / row.tsc.peakMB : null;
  row.cpuRatio = row.pitrace.cpuSeconds != null && row.tsc.cpuSeconds ? row.pitrace.cpuSeconds / row.tsc.cpuSeconds : null;
  row.linesPerSecond = row.pitrace.seconds != null ? lines / row.pitrace.seconds : null;
  row.tscLinesPerSecond = lines / row.tsc.seconds;
  return row;
}

/** The source file a re-scan edits: the first one, by path, of the last package (or of the project). */
function fileToEdit(dir) {
  const packages = path.join(dir, "packages");
  let base = dir;
  if (fs.existsSync(packages)) base = path.join(packages, fs.readdirSync(packages).sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))).at(-1));
  const files = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      if (e.isDirectory() && !SKIP_DIRS.has(e.name)) walk(path.join(d, e.name));
      else if (e.isFile() && /\.ts$/.test(e.name) && !e.name.endsWith(".d.ts")) files.push(path.join(d, e.name));
    }
  };
  walk(path.join(base, "src"));
  return files.sort()[0];
}

const EDIT = "\nexport function benchEditedLeak(user: { email: string }): void {\n  console.log(user.email);\n}\n";

async function benchRescan({ label, dir, tmp, cold }) {
  const cache = path.join(tmp, `cache-${label}`);
  const reportFile = path.join(tmp, `rescan-${label}.json`);
  const step = async (name) => {
    log(`  [${label}] ${name} …`);
    const r = await runPitrace(dir, reportFile, ["--cache-location", cache]);
    const c = r.report?.stats?.cache;
    log(`    ${fmt(r.wallMs / 1000)} s, ${fmt(mb(r.peakKB), 0)} MB${c ? `, ${c.reused} of ${c.groups} analyses reused` : ""}`);
    return { seconds: r.wallMs / 1000, peakMB: mb(r.peakKB), cache: c ?? null, findings: r.report?.findings?.length ?? null, ratio: cold ? r.wallMs / 1000 / cold : null };
  };
  fs.rmSync(cache, { recursive: true, force: true });
  const fill = await step("scan --cache (empty cache)");
  const unchanged = await step("re-scan, nothing changed");
  const file = fileToEdit(dir);
  const before = fs.readFileSync(file, "utf8");
  fs.appendFileSync(file, EDIT);
  let edited;
  try {
    edited = await step(`re-scan, ${path.relative(dir, file)} edited`);
  } finally {
    fs.writeFileSync(file, before);
    fs.rmSync(cache, { recursive: true, force: true });
  }
  return { label, cold, fill, unchanged, edited, editedFile: path.relative(dir, file) };
}

function rescanTable(rescans) {
  const head = ["size", "cold s (no cache)", "first scan with --cache s", "re-scan, unchanged s", "ratio", "re-scan, one file edited s", "ratio", "analyses reused after the edit"];
  const body = rescans.map((r) => [
    r.label,
    fmt(r.cold),
    fmt(r.fill.seconds),
    fmt(r.unchanged.seconds),
    fmt(r.unchanged.ratio),
    fmt(r.edited.seconds),
    fmt(r.edited.ratio),
    r.edited.cache ? `${r.edited.cache.reused} of ${r.edited.cache.groups}` : "n/a",
  ]);
  return { head, body };
}

function rescanTargets(rescans) {
  return rescans.map((r) => {
    const met = (x) => (x != null && x <= TARGET_RESCAN_RATIO ? "MET" : "MISSED");
    return `${r.label} re-scan with --cache: unchanged ${fmt(r.unchanged.ratio)}, one file edited ${fmt(r.edited.ratio)} of the cold scan (target ≤ ${TARGET_RESCAN_RATIO}) ${met(r.unchanged.ratio)} / ${met(r.edited.ratio)}`;
  });
}

// ---------------------------------------------------------------------------
// Rendering

function mainTable(rows) {
  const head = ["size", "lines", "files", "pitrace s", "tsc s", "time ratio", "pitrace MB", "tsc MB", "memory ratio", "pitrace lines/s", "tsc lines/s", "pitrace cpu s", "tsc cpu s", "cpu ratio"];
  const body = rows.map((r) => [
    r.label,
    fmtInt(r.lines),
    fmtInt(r.files),
    fmt(r.pitrace.seconds),
    fmt(r.tsc.seconds) + (r.tsc.errors ? "*" : ""),
    fmt(r.timeRatio),
    fmt(r.pitrace.peakMB, 0) + (r.pitrace.processes > 1 ? "†" : ""),
    fmt(r.tsc.peakMB, 0),
    fmt(r.memRatio),
    fmtInt(r.linesPerSecond),
    fmtInt(r.tscLinesPerSecond),
    fmt(r.pitrace.cpuSeconds),
    fmt(r.tsc.cpuSeconds),
    fmt(r.cpuRatio),
  ]);
  return { head, body };
}

function phaseTable(rows) {
  const keys = [];
  for (const r of rows) for (const k of Object.keys(r.pitrace.timings ?? {})) if (!keys.includes(k)) keys.push(k);
  const phases = keys.filter((k) => k !== "total");
  const head = ["size", ...phases.map((k) => `${k} ms`), "total ms", "outside engine ms"];
  const body = rows
    .filter((r) => r.pitrace.timings)
    .map((r) => {
      const t = r.pitrace.timings;
      const total = t.total ?? phases.reduce((s, k) => s + (t[k] ?? 0), 0);
      const pct = (v) => (v == null ? "n/a" : `${fmtInt(v)} (${fmt((100 * v) / (r.pitrace.seconds * 1000), 0)}%)`);
      return [r.label, ...phases.map((k) => pct(t[k])), pct(total), pct(r.pitrace.seconds * 1000 - total)];
    });
  return { head, body };
}

function scaling(rows) {
  const a = rows.find((r) => r.lines >= 90_000 && r.lines <= 110_000);
  const b = rows.find((r) => r.lines >= 900_000 && r.lines <= 1_100_000);
  if (!a || !b || a.pitrace.seconds == null || b.pitrace.seconds == null) return null;
  const lineFactor = b.lines / a.lines;
  const time = b.pitrace.seconds / a.pitrace.seconds;
  return {
    from: a.label,
    to: b.label,
    lineFactor,
    time,
    timePer10x: (time / lineFactor) * 10,
    memory: b.pitrace.peakMB / a.pitrace.peakMB,
    tscTime: b.tsc.seconds / a.tsc.seconds,
  };
}

function targets(rows, sc) {
  const out = [];
  for (const r of rows) {
    if (!(r.lines >= 90_000)) continue;
    out.push(`${r.label}: time ratio ${fmt(r.timeRatio)} (target ≤ ${TARGET_TIME_RATIO}) ${r.timeRatio != null && r.timeRatio <= TARGET_TIME_RATIO ? "MET" : "MISSED"}; memory ratio ${fmt(r.memRatio)} (target ≤ ${TARGET_MEM_RATIO}) ${r.memRatio != null && r.memRatio <= TARGET_MEM_RATIO ? "MET" : "MISSED"}`);
  }
  if (sc) out.push(`scaling ${sc.from} → ${sc.to}: ×${fmt(sc.time)} time for ×${fmt(sc.lineFactor)} lines (×${fmt(sc.timePer10x)} per 10× lines; target ≤ ${TARGET_SCALING}) ${sc.timePer10x <= TARGET_SCALING ? "MET" : "MISSED"}`);
  return out;
}

function textTable({ head, body }) {
  const widths = head.map((h, i) => Math.max(h.length, ...body.map((row) => String(row[i]).length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c).padEnd(widths[i]) : String(c).padStart(widths[i]))).join("  ");
  return [line(head), widths.map((w) => "-".repeat(w)).join("  "), ...body.map(line)].join("\n");
}

function mdTable({ head, body }) {
  const sep = head.map((_, i) => (i === 0 ? "---" : "---:"));
  return [head, sep, ...body].map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

function notes(rows) {
  const n = [];
  if (rows.some((r) => r.tsc.errors)) n.push("\\* tsc reported type errors on this project; its time is still what it took.");
  if (rows.some((r) => r.pitrace.processes > 1)) n.push("† pitrace ran several processes at once; the peak is the sampled sum of their RSS.");
  return n;
}

// ---------------------------------------------------------------------------

async function main() {
  const opts = parseCli();
  if (!process.env.PITRACE_BENCH_CLI && !fs.existsSync(path.join(ROOT, "dist", "cli", "main.js"))) {
    log("bench: dist/cli/main.js is missing; run `npm run build` first.");
    process.exit(2);
  }
  if (!fs.existsSync(TSC)) {
    log(`bench: ${TSC} is missing; run \`npm ci\` first.`);
    process.exit(2);
  }
  const v = await versions();
  const m = machine();
  const started = new Date();
  log(`pitrace ${v.pitrace}; tsc TypeScript ${v.tsc}; ts-morph bundles TypeScript ${v.tsMorphTs}${v.tsc !== v.tsMorphTs ? "  (versions differ)" : ""}`);
  log(`${m.cores} cores (${m.cpu}), ${fmt(m.memGB, 1)} GB, Node ${m.node}, ${m.os}`);
  log(`peak RSS: ${rssMethod()}`);
  if (m.loadavg[0] > 0.5) log(`warning: load average ${m.loadavg.map((x) => x.toFixed(2)).join(" ")}: other work on this machine skews the figures`);

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-bench-"));
  const rows = [];
  const rescans = [];
  try {
    if (opts.dir) {
      if (!fs.existsSync(opts.dir) || !fs.statSync(opts.dir).isDirectory()) usage(`--dir ${opts.dir}: not a directory`);
      const { lines, files } = countSourceLines(opts.dir);
      log(`\n${opts.dir}: ${fmtInt(lines)} lines in ${fmtInt(files)} TS/JS files`);
      rows.push(await benchProject({ label: path.basename(opts.dir), dir: opts.dir, lines, files, genSeconds: null, runs: opts.runs, expectClean: false, tmp }));
      if (opts.rescan) rescans.push(await benchRescan({ label: rows.at(-1).label, dir: opts.dir, tmp, cold: rows.at(-1).pitrace.seconds }));
    } else {
      for (const size of opts.sizes) {
        const mono = opts.packages > 1;
        const label = mono ? `${size.label}×${opts.packages}` : size.label;
        const dir = path.join(tmp, `project-${size.label}${mono ? `-${opts.packages}-packages` : ""}`);
        log(`\n[${label}] generating ${fmtInt(size.lines)} lines${mono ? ` in ${opts.packages} packages` : ""} (seed ${opts.seed}) in ${dir} …`);
        const g0 = performance.now();
        const info = mono ? generateMonorepo(dir, size.lines, opts.packages, opts.seed) : generateProject(dir, size.lines, opts.seed);
        const genSeconds = (performance.now() - g0) / 1000;
        log(`  ${fmtInt(info.lines)} lines in ${fmtInt(info.files)} files, ${fmt(genSeconds, 1)} s`);
        rows.push(await benchProject({ label, dir, lines: info.lines, files: info.files, genSeconds, runs: opts.runs, expectClean: true, tmp, tscDirs: info.tsconfigs }));
        if (opts.rescan) rescans.push(await benchRescan({ label, dir, tmp, cold: rows.at(-1).pitrace.seconds }));
        if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    if (!opts.keep) fs.rmSync(tmp, { recursive: true, force: true });
    else log(`\nkept: ${tmp}`);
  }

  const table = mainTable(rows);
  const phases = phaseTable(rows);
  const sc = scaling(rows);
  const tg = [...targets(rows, sc), ...rescanTargets(rescans)];
  const rs = rescanTable(rescans);
  const runsNote = opts.runs > 1 ? ` (median of ${opts.runs} runs)` : "";

  const out = [];
  out.push("", `pitrace vs tsc --noEmit${runsNote}`, textTable(table), ...notes(rows));
  if (phases.body.length) out.push("", "pitrace phases (stats.timings; % of pitrace wall time)", textTable(phases));
  else out.push("", "pitrace phases: the JSON report has no stats.timings");
  if (rs.body.length) out.push("", "re-scans with --cache (ratio: of the cold scan without the cache above)", textTable(rs));
  if (sc) out.push("", `scaling ${sc.from} → ${sc.to}: lines ×${fmt(sc.lineFactor)}, pitrace time ×${fmt(sc.time)} (×${fmt(sc.timePer10x)} per 10× lines), pitrace memory ×${fmt(sc.memory)}, tsc time ×${fmt(sc.tscTime)}`);
  if (tg.length) out.push("", "targets:", ...tg.map((s) => `  ${s}`));
  process.stdout.write(`${out.join("\n")}\n`);

  const md = [
    `# pitrace bench results`,
    "",
    `${started.toISOString()} · ${m.cores} cores (${m.cpu}) · ${fmt(m.memGB, 1)} GB · Node ${m.node} · ${m.os}`,
    `pitrace ${v.pitrace} · tsc TypeScript ${v.tsc} · ts-morph's TypeScript ${v.tsMorphTs} · seed ${opts.seed}${runsNote} · load average at start ${m.loadavg.map((x) => x.toFixed(2)).join(" ")}`,
    `Peak RSS: ${rssMethod()}.`,
    "",
    mdTable(table),
    ...notes(rows).map((s) => `\n${s}`),
    "",
    phases.body.length ? `pitrace phases (stats.timings, ms; % of pitrace wall time):\n\n${mdTable(phases)}` : "pitrace phases: the JSON report has no stats.timings.",
    "",
    rs.body.length ? `Re-scans with --cache (ratio: of the cold scan without the cache):\n\n${mdTable(rs)}\n` : "",
    sc ? `Scaling ${sc.from} → ${sc.to}: lines ×${fmt(sc.lineFactor)}, pitrace time ×${fmt(sc.time)} (×${fmt(sc.timePer10x)} per 10× lines), pitrace memory ×${fmt(sc.memory)}, tsc time ×${fmt(sc.tscTime)}.` : "",
    "",
    ...(tg.length ? ["Targets:", "", ...tg.map((s) => `- ${s}`)] : []),
    "",
  ].join("\n");
  fs.mkdirSync(OUT_DIR, { recursive: true });
  fs.writeFileSync(path.join(OUT_DIR, "results.md"), md);
  fs.writeFileSync(path.join(OUT_DIR, "results.json"), `${JSON.stringify({ date: started.toISOString(), machine: m, versions: v, rssMethod: rssMethod(), gnuTime: gnuTime(), seed: opts.seed, runs: opts.runs, rows, rescans, scaling: sc }, null, 2)}\n`);
  log(`\nwrote ${path.relative(process.cwd(), path.join(OUT_DIR, "results.md"))} and results.json`);
  if (crashed) {
    log("bench: a child process crashed (see above)");
    process.exitCode = 1;
  }
}

main().catch((e) => {
  log(`bench: ${e.stack ?? e.message}`);
  process.exitCode = 1;
});
