// Runs one child process and measures its wall time and peak memory.
//
// Peak memory = the kernel's high-water mark of the child's resident set
// (getrusage ru_maxrss, what `/usr/bin/time -f %M` prints). Two ways to get it
// (both also give the child's CPU time, user + sys):
//
//  1. GNU time (preferred): `/usr/bin/time -f %M -o <file> node …`. time
//     waits for the child with wait4() and prints ru_maxrss: exact, covers the
//     whole life of the process including worker threads, adds nothing to the
//     child's own memory.
//  2. Fallback, for Node children only: `node --import rss-preload.mjs …`,
//     which writes process.resourceUsage().maxRSS (the same counter, read by
//     the child itself) on exit.
//
// ru_maxrss is per process. In case the measured program forks worker
// *processes*, a sampler also walks the child's process tree every 50 ms
// and sums VmRSS over it (Linux /proc). The reported peak is the larger of the
// two, and `processes` tells how many ran at once at most.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { clearInterval, setInterval } from "node:timers";
import { fileURLToPath } from "node:url";

const PRELOAD = path.join(path.dirname(fileURLToPath(import.meta.url)), "rss-preload.mjs");
const TAIL = 16 * 1024;

let gnuTimeCache;
/** Path of a working GNU time, or null. */
export function gnuTime() {
  if (gnuTimeCache !== undefined) return gnuTimeCache;
  gnuTimeCache = null;
  if (process.env.PITRACE_BENCH_NO_GNU_TIME) return null; // to compare the two methods
  for (const candidate of ["/usr/bin/time", "/bin/time"]) {
    if (!fs.existsSync(candidate)) continue;
    const out = path.join(os.tmpdir(), `pitrace-bench-timecheck-${process.pid}`);
    const r = spawnSync(candidate, ["-f", "%M", "-o", out, process.execPath, "-e", "0"], { stdio: "ignore" });
    try {
      const kb = Number(fs.readFileSync(out, "utf8").trim().split("\n").pop());
      if (r.status === 0 && kb > 1000) {
        gnuTimeCache = candidate;
        break;
      }
    } catch {
      // not GNU time (BSD/busybox time have no -f/-o)
    } finally {
      fs.rmSync(out, { force: true });
    }
  }
  return gnuTimeCache;
}

export function rssMethod() {
  return gnuTime()
    ? `GNU time (${gnuTime()} -f "%U %S %M"): ru_maxrss of the child from wait4()`
    : "node --import bench/lib/rss-preload.mjs: process.resourceUsage().maxRSS written at exit";
}

function signalName(n) {
  const entry = Object.entries(os.constants.signals).find(([, v]) => v === n);
  return entry ? entry[0] : `signal ${n}`;
}

function readRssKB(pid) {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) : 0;
  } catch {
    return 0;
  }
}

function childrenOf(pid) {
  const out = [];
  try {
    for (const tid of fs.readdirSync(`/proc/${pid}/task`)) {
      const text = fs.readFileSync(`/proc/${pid}/task/${tid}/children`, "utf8").trim();
      if (text) for (const c of text.split(/\s+/)) out.push(Number(c));
    }
  } catch {
    // process gone
  }
  return out;
}

/** Sums VmRSS over the descendants of `rootPid` (not rootPid itself when `skipRoot`). */
function sampleTree(rootPid, skipRoot) {
  let kb = 0;
  let count = 0;
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop();
    if (!(skipRoot && pid === rootPid)) {
      const rss = readRssKB(pid);
      if (rss > 0) {
        kb += rss;
        count++;
      }
    }
    stack.push(...childrenOf(pid));
  }
  return { kb, count };
}

/**
 * Runs `node <args…>` (args start with the script) and resolves to
 * { wallMs, cpuSeconds (user + sys), peakKB, ruMaxRssKB, sampledPeakKB, processes,
 * code, signal, stdout, stderr }.
 */
export function measureNode(args, { cwd, env } = {}) {
  const time = gnuTime();
  const rssFile = path.join(os.tmpdir(), `pitrace-bench-rss-${process.pid}-${Math.random().toString(36).slice(2)}`);
  let cmd;
  let argv;
  const childEnv = { ...process.env, ...env };
  if (time) {
    cmd = time;
    argv = ["-f", "%U %S %M", "-o", rssFile, process.execPath, ...args];
  } else {
    cmd = process.execPath;
    argv = ["--import", PRELOAD, ...args];
    childEnv.PITRACE_BENCH_RSS_FILE = rssFile;
  }
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd, argv, { cwd, env: childEnv, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d) => {
      stdout = (stdout + d).slice(-TAIL);
    });
    child.stderr.on("data", (d) => {
      stderr = (stderr + d).slice(-TAIL);
    });
    let sampledPeakKB = 0;
    let processes = 0;
    const canSample = process.platform === "linux" && fs.existsSync("/proc/self/task");
    const sampler = canSample
      ? setInterval(() => {
          const s = sampleTree(child.pid, Boolean(time));
          if (s.kb > sampledPeakKB) sampledPeakKB = s.kb;
          if (s.count > processes) processes = s.count;
        }, 50)
      : null;
    child.on("error", (e) => {
      if (sampler) clearInterval(sampler);
      reject(e);
    });
    child.on("close", (code, signal) => {
      const wallMs = performance.now() - t0;
      if (sampler) clearInterval(sampler);
      let ruMaxRssKB = null;
      let cpuSeconds = null;
      try {
        // GNU time writes "Command exited with non-zero status N" or
        // "Command terminated by signal N" before %M.
        const text = fs.readFileSync(rssFile, "utf8").trim();
        const [user, sys, kb] = text.split("\n").pop().trim().split(/\s+/).map(Number);
        if (Number.isFinite(kb) && kb > 0) ruMaxRssKB = kb;
        if (Number.isFinite(user) && Number.isFinite(sys)) cpuSeconds = user + sys;
        const killed = /terminated by signal (\d+)/.exec(text);
        if (killed && !signal) signal = signalName(Number(killed[1]));
      } catch {
        // missing: the child was killed before writing it
      }
      fs.rmSync(rssFile, { force: true });
      const peakKB = Math.max(ruMaxRssKB ?? 0, sampledPeakKB) || null;
      resolve({ wallMs, cpuSeconds, peakKB, ruMaxRssKB, sampledPeakKB, processes, code, signal, stdout, stderr });
    });
  });
}
