// A one-line progress display on a TTY: phase, files, elapsed time and ETA.
import type { ProgressEvent } from "../api-types.js";

export class ProgressLine {
  private readonly started = Date.now();
  private last = 0;
  private phaseStart = Date.now();
  private phase = "";
  constructor(private readonly out: NodeJS.WriteStream) {}

  update(e: ProgressEvent): void {
    const now = Date.now();
    if (e.phase !== this.phase) {
      this.phase = e.phase;
      this.phaseStart = now;
    }
    if (now - this.last < 100 && e.done !== e.total) return;
    this.last = now;
    const width = 24;
    const frac = e.total ? Math.min(1, e.done / e.total) : 0;
    const bar = "█".repeat(Math.round(frac * width)).padEnd(width, "░");
    const elapsed = (now - this.phaseStart) / 1000;
    const eta = frac > 0.05 && frac < 1 ? ` ETA ${Math.max(0, (elapsed / frac - elapsed)).toFixed(0)}s` : "";
    this.out.write(`\r\x1b[2Kpitrace ${e.phase.padEnd(8)} ${bar} ${e.done}/${e.total}${eta}  ${((now - this.started) / 1000).toFixed(1)}s`);
  }

  done(): void {
    this.out.write("\r\x1b[2K");
  }
}
