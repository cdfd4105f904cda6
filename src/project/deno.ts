// Deno's module specifiers. A Deno project imports by URL
// (`https://deno.land/x/oak@v12.6.1/mod.ts`), from the npm and JSR registries
// (`npm:dayjs@1.11.10`, `jsr:@std/log@0.224`), and through the import map its
// deno.json declares (`"std/": "https://deno.land/std@0.203.0/"`, then
// `import * as log from "std/log/mod.ts"`). The catalogue knows libraries by
// their package names, so each specifier is mapped through the import map and
// then to the bare name it stands for: `npm:` and `jsr:` lose their prefix and
// version, deno.land's standard library is `@std/<module>` (its JSR name), a
// deno.land/x module is its name, and the npm CDNs (esm.sh, Skypack, jsDelivr,
// unpkg) give the npm package they serve. An import map entry that points at a
// file of the project (`"@/": "./src/"`) resolves to that file.
import fs from "node:fs";
import path from "node:path";

/** The `imports` of one deno.json (or the import map file it names), and the directory they are relative to. */
export interface ImportMap {
  dir: string;
  imports: Record<string, string>;
}

const CONFIG_NAMES = ["deno.json", "deno.jsonc"];

/** A deno.json (or the import map it names) that could not be read: its path and why. */
export interface ImportMapProblem {
  file: string;
  reason: string;
}

/**
 * The import maps of these directories' deno.json files, for `importMapFor`. A file that is there but
 * cannot be read or parsed is told to `problems` (Deno would refuse it too), and maps nothing.
 */
export function readImportMaps(dirs: Iterable<string>, problems: ImportMapProblem[] = []): ImportMap[] {
  const out: ImportMap[] = [];
  const seen = new Set<string>();
  for (const dir of dirs) {
    if (seen.has(dir)) continue;
    seen.add(dir);
    const map = readImportMap(dir, problems);
    if (map) out.push(map);
  }
  // Longest directory first: the nearest map wins.
  return out.sort((a, b) => b.dir.length - a.dir.length);
}

function readImportMap(dir: string, problems: ImportMapProblem[]): ImportMap | undefined {
  for (const name of CONFIG_NAMES) {
    const file = path.join(dir, name);
    const config = readJson(file, problems);
    if (!config || typeof config !== "object") continue;
    const own = (config as { imports?: unknown }).imports;
    const named = (config as { importMap?: unknown }).importMap;
    let imports: Record<string, string> = {};
    // `"importMap": "./import_map.json"`: its `imports` (deno.json's own win where both give a key).
    if (typeof named === "string") {
      const ext = readJson(path.resolve(dir, named), problems, true) as { imports?: unknown } | undefined;
      imports = { ...stringEntries(ext?.imports) };
    }
    imports = { ...imports, ...stringEntries(own) };
    return Object.keys(imports).length ? { dir, imports } : undefined;
  }
  return undefined;
}

/** A JSON or JSONC file's value; undefined when it is missing (told when `required`) or not valid JSON (told). */
function readJson(file: string, problems: ImportMapProblem[], required = false): unknown {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (required || code !== "ENOENT") problems.push({ file, reason: `it cannot be read (${code ?? String(e)}), so its import map was not used` });
    return undefined;
  }
  try {
    return JSON.parse(stripJsonComments(text));
  } catch (e) {
    problems.push({ file, reason: `it is not valid JSON (${(e as Error).message}), so its import map was not used` });
    return undefined;
  }
}

/** JSONC: line and block comments and trailing commas removed, strings left alone. */
function stripJsonComments(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
    } else out += c;
  }
  return out.replace(/,(\s*[}\]])/g, "$1");
}

function stringEntries(v: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (v && typeof v === "object") for (const [k, x] of Object.entries(v)) if (typeof x === "string") out[k] = x;
  return out;
}

/** The import map that applies to a file: the one of the nearest directory above it. */
export function importMapFor(maps: readonly ImportMap[], file: string): ImportMap | undefined {
  return maps.find((m) => file === m.dir || file.startsWith(m.dir + path.sep) || file.startsWith(`${m.dir}/`));
}

/** A specifier through an import map: an exact key, else the longest key ending in "/" it starts with. */
export function applyImportMap(map: ImportMap | undefined, spec: string): string {
  if (!map) return spec;
  const exact = map.imports[spec];
  if (exact !== undefined) return exact;
  let best: string | undefined;
  for (const key of Object.keys(map.imports)) if (key.endsWith("/") && spec.startsWith(key) && (!best || key.length > best.length)) best = key;
  return best === undefined ? spec : map.imports[best] + spec.slice(best.length);
}

/** A mapped specifier that names a file of the project (`./src/db.ts`, relative to the map's directory). */
export function mappedFile(map: ImportMap | undefined, spec: string): string | undefined {
  if (!map) return undefined;
  const to = applyImportMap(map, spec);
  if (to === spec) return undefined;
  if (to.startsWith("./") || to.startsWith("../")) return path.resolve(map.dir, to);
  if (to.startsWith("/")) return to;
  return undefined;
}

/** `name@1.2.3/sub` or `@scope/name@^1/sub` → without the version. */
function withoutVersion(s: string): string {
  const scoped = s.startsWith("@");
  const parts = s.split("/");
  const at = scoped ? 1 : 0;
  if (parts[at]) parts[at] = parts[at].replace(/@.*$/, "");
  return parts.join("/");
}

const NPM_CDNS: RegExp[] = [/^https?:\/\/esm\.sh\/(?:v\d+\/)?/, /^https?:\/\/cdn\.skypack\.dev\//, /^https?:\/\/cdn\.jsdelivr\.net\/npm\//, /^https?:\/\/unpkg\.com\//];

/**
 * The bare package specifier a Deno specifier stands for (`npm:dayjs@1.11/plugin/utc` → `dayjs/plugin/utc`,
 * `https://deno.land/std@0.203.0/log/mod.ts` → `@std/log/mod.ts`); the specifier itself when it is bare
 * already; undefined for a URL of no registry we know.
 */
export function packageSpecifier(spec: string): string | undefined {
  if (spec.startsWith("npm:")) return withoutVersion(spec.slice(4).replace(/^\//, ""));
  if (spec.startsWith("jsr:")) return withoutVersion(spec.slice(4).replace(/^\//, ""));
  if (!/^https?:\/\//.test(spec)) return spec;
  const std = /^https?:\/\/deno\.land\/std(?:@[^/]+)?\/([^/]+)(\/.*)?$/.exec(spec);
  if (std) return `@std/${std[1]}${std[2] ?? ""}`;
  const x = /^https?:\/\/deno\.land\/x\/([^/@]+)(?:@[^/]+)?(\/.*)?$/.exec(spec);
  if (x) return `${x[1]}${x[2] ?? ""}`;
  for (const re of NPM_CDNS) {
    const m = re.exec(spec);
    if (m) return withoutVersion(spec.slice(m[0].length).replace(/\?.*$/, ""));
  }
  return undefined;
}
