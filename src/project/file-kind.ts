// What counts as a source file, which directories are never scanned, and how
// to tell minified or generated code from code a person wrote.
import fs from "node:fs";
import { DEFAULT_MAX_BYTES, decodeSource, tooLarge, unreadable } from "./read-source.js";
import { SFC_EXTENSIONS } from "./sfc.js";

/** .d.ts/.d.mts/.d.cts are covered by .ts/.mts/.cts. */
export const SOURCE_EXTENSIONS = ["ts", "tsx", "mts", "cts", "js", "jsx", "mjs", "cjs"] as const;
/** Source files plus Vue single-file components, whose script blocks are read (see sfc.ts). */
export const SOURCE_GLOB = `**/*.{${[...SOURCE_EXTENSIONS, ...SFC_EXTENSIONS].join(",")}}`;
const SCANNED = new Set<string>([...SOURCE_EXTENSIONS, ...SFC_EXTENSIONS].map((e) => `.${e}`));

/** Whether a path has the extension of a file the scanner reads (declaration files included). */
export function hasSourceExtension(file: string): boolean {
  const dot = file.lastIndexOf(".");
  return dot >= 0 && SCANNED.has(file.slice(dot).toLowerCase());
}

/**
 * Dependencies and build output, at any depth. Dot-directories are skipped by
 * the walk anyway (as tsc's wildcards do); they are listed for clarity.
 */
export const IGNORED_DIRS = [
  "node_modules",
  "bower_components",
  "jspm_packages",
  "web_modules",
  "miniprogram_npm", // WeChat mini-program npm build output
  "unpackage", // uni-app build output
  "dist",
  "build",
  "out",
  "coverage",
  "storybook-static",
  ".git",
  ".next",
  ".nuxt",
  ".output",
  ".turbo",
  ".vercel",
  ".netlify",
  ".svelte-kit",
  ".angular",
  ".docusaurus",
  ".expo",
  ".cache",
  ".parcel-cache",
  ".vite",
  ".umi",
  ".umi-production",
  ".yarn",
  ".pnpm-store",
  ".wrangler",
  ".serverless",
];

/** Bytes of a file's start we look at to classify it. */
const HEAD_BYTES = 64 * 1024;
/** Hand-written code averages 30–60 characters a line; bundles run to thousands. */
const MINIFIED_AVG_LINE = 300;
const MINIFIED_MIN_SAMPLE = 1024;
const GENERATED_HEAD_LINES = 5;
const GENERATED_MARKER = /@generated\b|\bdo not edit\b|\bauto-?generated\b|\bautomatically generated\b/i;
const MINIFIED_NAME = /\.min\.[cm]?js$/i;
const DECLARATION_FILE = /\.d\.[cm]?ts$/i;
const COMMENT_LINE = /^\s*(\/\/|\/\*|\*|#!)/;

/**
 * Why `file` should not be scanned, or undefined when it should. Synchronous
 * on purpose: open/fstat/read/close through the libuv pool costs ~8x more per
 * file than doing it inline, and the callers batch and yield.
 */
export function skipReason(file: string, maxBytes = DEFAULT_MAX_BYTES): string | undefined {
  if (MINIFIED_NAME.test(file)) return "minified (file name ends in .min.js)";
  let head: Buffer;
  let fd: number | undefined;
  try {
    fd = fs.openSync(file, "r");
    const stat = fs.fstatSync(fd);
    if (!stat.isFile()) return "not a regular file";
    if (stat.size > maxBytes) return tooLarge(stat.size, maxBytes);
    const buf = Buffer.alloc(Math.min(HEAD_BYTES, stat.size));
    head = buf.subarray(0, fs.readSync(fd, buf, 0, buf.length, 0));
  } catch (err) {
    return unreadable(err);
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
  return headSkipReason(head, DECLARATION_FILE.test(file));
}

function headSkipReason(head: Buffer, declarations: boolean): string | undefined {
  const decoded = decodeSource(head);
  return "skip" in decoded ? decoded.skip : contentSkipReason(decoded.text, declarations);
}

/**
 * Generated or minified, judged from the start of the text. A generated declaration file (openapi-typescript's
 * `schema.d.ts`) is read all the same: it holds only types, no code to report on, and the project's code is
 * typed by them (`components['schemas']['SessionUser']`).
 */
function contentSkipReason(head: string, declarations: boolean): string | undefined {
  const lines = head.split("\n");
  for (const line of declarations ? [] : lines.slice(0, GENERATED_HEAD_LINES)) {
    const marker = COMMENT_LINE.test(line) ? GENERATED_MARKER.exec(line) : null;
    if (marker) return `generated (header says "${marker[0]}")`;
  }
  // A truncated last line would understate nothing: we divide by the lines seen.
  if (head.length >= MINIFIED_MIN_SAMPLE) {
    const avg = Math.round(head.length / lines.length);
    if (avg > MINIFIED_AVG_LINE) return `minified (average line length ${avg} characters)`;
  }
  return undefined;
}
