// Writing a report file. `writeFileSync` of a whole report turns it into one
// UTF-8 buffer first, which for a 1M-line monorepo's 87 MB JSON report added
// 220 MB to the process's peak memory. Here the text, or the parts a JSON
// reporter yields (report/json-parts.ts), go out in slices of 1M characters.
import fs from "node:fs";

const SLICE = 1 << 20;

export function writeTextParts(file: string, parts: Iterable<string>, slice = SLICE): void {
  const fd = fs.openSync(file, "w");
  try {
    let pending = "";
    for (const part of parts) {
      pending += part;
      if (pending.length >= slice) pending = flush(fd, pending, slice, false);
    }
    flush(fd, pending, slice, true);
  } finally {
    fs.closeSync(fd);
  }
}

export function writeTextInSlices(file: string, text: string, slice = SLICE): void {
  writeTextParts(file, [text], slice);
}

/** Writes whole slices of `text` (all of it when `all`) and returns what is left. */
function flush(fd: number, text: string, slice: number, all: boolean): string {
  let i = 0;
  while (text.length - i >= slice || (all && i < text.length)) {
    let end = Math.min(i + slice, text.length);
    // Never split a surrogate pair between two slices (each half would be written as U+FFFD).
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - 1 > i && last >= 0xd800 && last <= 0xdbff) end--;
    fs.writeSync(fd, text.slice(i, end));
    i = end;
  }
  return text.slice(i);
}
