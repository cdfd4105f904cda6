// Preloaded with `node --import <this file>` when GNU time is not available:
// on exit, writes the process's peak resident set size (getrusage ru_maxrss,
// in KiB; the same number GNU time's %M prints) to $PITRACE_BENCH_RSS_FILE,
// after the user and system CPU seconds, like GNU time's "%U %S %M".
import fs from "node:fs";

const target = process.env.PITRACE_BENCH_RSS_FILE;
if (target) {
  // Children of the measured process must not overwrite the figure.
  delete process.env.PITRACE_BENCH_RSS_FILE;
  process.on("exit", () => {
    try {
      const u = process.resourceUsage();
      fs.writeFileSync(target, `${u.userCPUTime / 1e6} ${u.systemCPUTime / 1e6} ${u.maxRSS}\n`);
    } catch {
      // The measurement is lost; the bench reports it as missing.
    }
  });
}
