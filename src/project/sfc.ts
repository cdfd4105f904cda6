// Vue single-file components (`.vue`: Vue 2 and 3, uni-app and mpvue pages). The analysis reads their
// <script> and <script setup> blocks as one module. Everything else (the template, styles, custom blocks)
// is blanked character for character with line breaks kept, so a position in the script text is the same
// position in the file: findings, suppression comments, SARIF regions and editor diagnostics need no
// mapping back. The template itself is not analysed: what it binds is filled where the analysis cannot
// see, as for any UI input.
import { ts } from "../typescript.cjs";

export const SFC_EXTENSIONS = ["vue"] as const;

const SFC_FILE = /\.vue$/i;
const SCRIPT_OPEN = /<script\b([^>]*)>/gi;
const SCRIPT_CLOSE = /<\/script\s*>/gi;
const LANG = /\blang\s*=\s*["']?([a-z]+)/i;

export function isSfc(file: string): boolean {
  return SFC_FILE.test(file);
}

export interface SfcScript {
  /** The file's text with everything outside its script blocks blanked (same length, same lines). */
  text: string;
  kind: ts.ScriptKind;
}

export function sfcScript(source: string): SfcScript {
  const keep: Array<[number, number]> = [];
  const langs = new Set<string>();
  SCRIPT_OPEN.lastIndex = 0;
  for (let open = SCRIPT_OPEN.exec(source); open; open = SCRIPT_OPEN.exec(source)) {
    const start = open.index + open[0].length;
    // A self-closing or src-only block (`<script src="./page.js" />`) has no body here.
    if (open[0].endsWith("/>")) continue;
    SCRIPT_CLOSE.lastIndex = start;
    const close = SCRIPT_CLOSE.exec(source);
    const end = close ? close.index : source.length;
    keep.push([start, end]);
    langs.add(LANG.exec(open[1])?.[1]?.toLowerCase() ?? "js");
    SCRIPT_OPEN.lastIndex = close ? close.index + close[0].length : source.length;
  }
  let text = "";
  let at = 0;
  for (const [start, end] of keep) {
    text += blank(source.slice(at, start)) + source.slice(start, end);
    at = end;
  }
  text += blank(source.slice(at));
  return { text, kind: scriptKind(langs) };
}

/** Both blocks are one module: TypeScript if either is, with JSX if either has it. */
function scriptKind(langs: ReadonlySet<string>): ts.ScriptKind {
  const typed = langs.has("ts") || langs.has("tsx");
  const jsx = langs.has("tsx") || langs.has("jsx");
  return typed ? (jsx ? ts.ScriptKind.TSX : ts.ScriptKind.TS) : jsx ? ts.ScriptKind.JSX : ts.ScriptKind.JS;
}

function blank(s: string): string {
  return s.replace(/[^\n\r]/g, " ");
}

/** The text of the file a source file was parsed from, for a component whose parsed text is only its scripts. */
const fileTexts = new WeakMap<ts.SourceFile, string>();

export function rememberFileText(sf: ts.SourceFile, text: string): ts.SourceFile {
  if (text !== sf.text) fileTexts.set(sf, text);
  return sf;
}

/** What the file held when it was parsed (its digest keys caches, an editor's buffer is compared with it). */
export function fileText(sf: ts.SourceFile): string {
  return fileTexts.get(sf) ?? sf.text;
}
