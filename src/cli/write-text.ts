// Writing a report. Rendering a whole report into one string and then one
// UTF-8 buffer added, for a 1M-line monorepo's 87 MB JSON report, 390 MB to
// the process's peak memory. Here the text, or the parts a JSON reporter
// yields (report/json-parts.ts), go out in slices of about 1M characters, to
// a file or to standard output.
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
    for (const text of slices(parts, slice)) writeAll(fd, text);
  } finally {
    io(() => fs.closeSync(fd));
  }
}

/**
 * The parts to a stream (standard output), in slices, ending with a newline. The stream's own
 * `error` handler deals with a reader that went away; a synchronous stream (a file, a pipe or a
 * terminal on Linux) holds no more than one slice at a time.
 */
export function writeStreamParts(stream: Pick<NodeJS.WritableStream, "write">, parts: Iterable<string>, slice = SLICE): void {
  let last = "";
  for (const text of slices(parts, slice)) {
    stream.write(text);
    last = text;
  }
  if (!last.endsWith("\n")) stream.write("\n");
}

/** The parts joined, cut into texts of about `slice` characters: small parts are gathered, large ones cut. */
function* slices(parts: Iterable<string>, slice: number): Generator<string> {
  let gathered: string[] = [];
  let size = 0;
  for (const part of parts) {
    if (part.length >= slice) {
      if (gathered.length) yield gathered.join("");
      gathered = [];
      size = 0;
      yield* cut(part, slice);
      continue;
    }
    if (!part) continue;
    gathered.push(part);
    size += part.length;
    if (size >= slice) {
      yield gathered.join("");
      gathered = [];
      size = 0;
    }
  }
  if (gathered.length) yield gathered.join("");
}

function* cut(text: string, slice: number): Generator<string> {
  for (let i = 0; i < text.length; ) {
    let end = Math.min(i + slice, text.length);
    // Never split a surrogate pair between two slices (each half would be written as U+FFFD).
    const last = text.charCodeAt(end - 1);
    if (end < text.length && end - 1 > i && last >= 0xd800 && last <= 0xdbff) end--;
    yield text.slice(i, end);
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
