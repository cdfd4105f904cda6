// Give the scan's garbage back before the report is rendered (the CLI), and
// between the groups of a split scan analysed one after the other in one
// thread (pool/split-scan.ts: without it, each group's trees were still on the
// heap when the next group parsed, and ten 100k-line groups peaked at 1.1 GB).
//
// When scan() returns, the parsed trees and the engine's values (most of the
// heap: ~250 MB at 100k lines) are garbage, but V8 has had no reason to run a
// full collection yet, so rendering and writing the report would grow the
// heap, and the process's peak memory, on top of them. One full collection
// here costs little (the live set is just the result: ~30 ms at 100k lines)
// and keeps the peak at what the analysis itself needed. Node offers no API
// for it without --expose-gc, which a `#!/usr/bin/env node` launcher cannot
// pass portably; the flag only installs `gc` in contexts created after it is
// set, so it is switched on for one new context and off again.
import v8 from "node:v8";
import vm from "node:vm";

export function releaseMemory(): void {
  try {
    v8.setFlagsFromString("--expose-gc");
    const gc = vm.runInNewContext("gc") as (() => void) | undefined;
    v8.setFlagsFromString("--no-expose-gc");
    gc?.();
  } catch {
    // Only an optimisation: a runtime without the flag keeps the memory a little longer.
  }
}
