// Preloaded with `node --import <this file>` when GNU time is not available:
// on exit, writes the process's peak resident set size (getrusage ru_maxrss,
// in KiB; the same number GNU time's %M prints) to $PITRACE_BENCH_RSS_FILE.
import fs from "node:fs";

const target = process.env.PITRACE_BENCH_RSS_FILE;
if (target) {
  // Children of the measured process must not overwrite the figure.
  delete process.env.PITRACE_BENCH_RSS_FILE;
  process.on("exit", () => {
    try {
      fs.writeFileSync(target, `${process.resourceUsage().maxRSS}\n`);
    } catch {
      // The measurement is lost; the bench reports it as missing.
    }
  });
}
