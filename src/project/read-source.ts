// Reading one source file as text, or saying why it will not be scanned.
// Shared by discovery (which only needs the head) and the engine.
import fs from "node:fs";

export const DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
/** Where we look for NUL bytes; git uses the same 8 KB heuristic. */
const BINARY_SNIFF_BYTES = 8192;

export type SourceText = { text: string } | { skip: string };

export function readSourceFile(file: string, opts: { maxBytes?: number } = {}): SourceText {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let buf: Buffer;
  try {
    const stat = fs.statSync(file);
    if (!stat.isFile()) return { skip: "not a regular file" };
    if (stat.size > maxBytes) return { skip: tooLarge(stat.size, maxBytes) };
    buf = fs.readFileSync(file);
  } catch (err) {
    return { skip: unreadable(err) };
  }
  // The file may have grown between stat and read.
  if (buf.length > maxBytes) return { skip: tooLarge(buf.length, maxBytes) };
  return decodeSource(buf);
}

/** Text of a source buffer: BOM stripped, UTF-16 with a BOM decoded, binary refused. CRLF is kept. */
export function decodeSource(buf: Buffer): SourceText {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return { text: buf.subarray(2).toString("utf16le") };
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) {
    // swap16 needs an even length; a dangling odd byte cannot be a character anyway.
    const body = buf.subarray(2, buf.length - (buf.length % 2));
    const swapped = Buffer.from(body).swap16();
    return { text: swapped.toString("utf16le") };
  }
  if (isBinary(buf)) return { skip: "binary file (NUL bytes in the first 8 KB)" };
  const text = buf.toString("utf8");
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
}

export function isBinary(head: Buffer): boolean {
  const hasUtf16Bom = head.length >= 2 && ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff));
  return !hasUtf16Bom && head.subarray(0, BINARY_SNIFF_BYTES).includes(0);
}

export function tooLarge(size: number, maxBytes: number): string {
  return `larger than ${formatBytes(maxBytes)} (${formatBytes(size)})`;
}

export function unreadable(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return `unreadable (${e.code ?? e.message})`;
}

function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${+(n / (1024 * 1024)).toFixed(1)} MiB`;
  if (n >= 1024) return `${+(n / 1024).toFixed(1)} KiB`;
  return `${n} bytes`;
}
