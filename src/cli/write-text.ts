// Writing a report file. `writeFileSync` of a whole report turns it into one
// UTF-8 buffer first, which for a 1M-line monorepo's 87 MB JSON report added
// 220 MB to the process's peak memory. Here the text, or the parts a JSON
// reporter yields (report/json-parts.ts), go out in slices of 1M characters.
import fs from "node:fs";

const SLICE = 1 << 20;

/** The file could not be written (as opposed to the report failing to render, which is not the file's fault). */
export class WriteError extends Error {
  constructor(readonly reason: unknown) {
    super(reason instanceof Error ? reason.message : String(reason));
    this.name = "WriteError";
  }
}

export function writeTextParts(file: string, parts: Iterable<string>, slice = SLICE): void {
  const fd = io(() => fs.openSync(file, "w"));
  try {
    // Small parts are gathered and joined up to a slice; a part as large as a slice goes out in slices.
    let gathered: string[] = [];
    let size = 0;
    const flush = () => {
      if (gathered.length) writeAll(fd, gathered.join(""));
      gathered = [];
      size = 0;
    };
    for (const part of parts) {
      if (part.length >= slice) {
        flush();
        writeSlices(fd, part, slice);
        continue;
      }
      gathered.push(part);
      size += part.length;
      if (size >= slice) flush();
    }
    flush();
  } finally {
    io(() => fs.closeSync(fd));
  }
}

function writeSlices(fd: number, text: string, slice: number): void {
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + slice, text.length);
    // Never split a surrogate pair between two slices (each half would be written as U+FFFD).
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - 1 > i && last >= 0xd800 && last <= 0xdbff) end--;
    writeAll(fd, text.slice(i, end));
    i = end;
  }
}

/** All of `text`, however many writes the file takes (a pipe or a full device may take less than asked). */
function writeAll(fd: number, text: string): void {
  const buf = Buffer.from(text, "utf8");
  for (let off = 0; off < buf.length; ) off += io(() => fs.writeSync(fd, buf, off, buf.length - off));
}

function io<T>(op: () => T): T {
  try {
    return op();
  } catch (e) {
    throw new WriteError(e);
  }
}
