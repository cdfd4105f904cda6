// Next.js middleware: `middleware.ts` (`proxy.ts` from Next 16) beside `app/` or `pages/` runs before every
// request whose path its `config.matcher` matches (every path when it has none). A consent check there
// that answers early (`if (!hasConsent(…)) return NextResponse.json(…, { status: 451 })`) guards the route
// handlers and pages it matches, as an Express `app.use(requireConsent)` guards the routes after it.
// This file knows the file conventions; the engine asks the middleware's analysis which guards hold
// where it lets a request through.
import { redosProblem } from "../taxonomy/redos.js";
import { ts } from "../typescript.cjs";
import { hasModifier, propName } from "./file-index.js";

const MIDDLEWARE_FILES = ["middleware", "proxy"];
const MIDDLEWARE_EXTS = [".ts", ".js", ".mts", ".mjs", ".tsx", ".jsx"];
/** `NextResponse` calls that let the request go on to its route. */
export const PASS_CALLS = new Set(["NextResponse.next", "NextResponse.rewrite"]);

/** A route or page file's URL path and the directory its middleware sits in, or undefined when it is neither. */
export function nextRoute(path: string): { base: string; url: string } | undefined {
  const p = path.replace(/\\/g, "/");
  const m = /^(.*)\/(app|pages)\/(.*)$/.exec(p);
  if (!m) return undefined;
  const [, base, kind, rest] = m;
  if (rest.includes("/node_modules/")) return undefined;
  const segs = rest.split("/");
  const file = segs.pop()!.replace(/\.(ts|tsx|js|jsx|mts|mjs)$/, "");
  if (kind === "app") {
    if (file !== "route" && file !== "page") return undefined;
  } else if (file !== "index") segs.push(file);
  const parts = segs
    // Route groups `(shop)` and parallel-route slots `@modal` are not part of the URL.
    .filter((s) => !(s.startsWith("(") && s.endsWith(")")) && !s.startsWith("@"))
    // A dynamic segment matches any value: one that no literal pattern part will equal by accident.
    .map((s) => (s.startsWith("[") ? "_pitrace_segment_" : s));
  return { base, url: `/${parts.join("/")}` };
}

/** The middleware file candidates for a base directory, most usual first. */
export function middlewarePaths(base: string): string[] {
  return MIDDLEWARE_FILES.flatMap((n) => MIDDLEWARE_EXTS.map((e) => `${base}/${n}${e}`));
}

/** The function a middleware file runs: `export function middleware`, `export function proxy` or the default export. */
export function middlewareFunction(sf: ts.SourceFile): ts.SignatureDeclaration | undefined {
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.body && isExported(st) && (isDefault(st) || MIDDLEWARE_FILES.includes(st.name?.text ?? ""))) return st;
    if (ts.isVariableStatement(st) && isExported(st))
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name) && MIDDLEWARE_FILES.includes(d.name.text) && d.initializer && (ts.isArrowFunction(d.initializer) || ts.isFunctionExpression(d.initializer))) return d.initializer;
    if (ts.isExportAssignment(st) && (ts.isArrowFunction(st.expression) || ts.isFunctionExpression(st.expression))) return st.expression;
  }
  return undefined;
}

/**
 * The paths the middleware's `export const config = { matcher }` names, as regular expressions; undefined
 * when it names none (it then runs for every path), and [] when the matcher is not something we can read
 * (then no route is assumed guarded).
 */
export function middlewareMatcher(sf: ts.SourceFile): RegExp[] | undefined {
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st) || !isExported(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || d.name.text !== "config" || !d.initializer || !ts.isObjectLiteralExpression(d.initializer)) continue;
      const prop = d.initializer.properties.find((p) => ts.isPropertyAssignment(p) && propName(p.name) === "matcher");
      if (!prop || !ts.isPropertyAssignment(prop)) return undefined;
      const items = ts.isArrayLiteralExpression(prop.initializer) ? [...prop.initializer.elements] : [prop.initializer];
      const out: RegExp[] = [];
      for (const item of items) {
        const source = matcherSource(item);
        const re = source === undefined ? undefined : matcherRegExp(source);
        if (!re) return [];
        out.push(re);
      }
      return out;
    }
  }
  return undefined;
}

function matcherSource(e: ts.Expression): string | undefined {
  if (ts.isStringLiteralLike(e)) return e.text;
  if (ts.isObjectLiteralExpression(e)) {
    const src = e.properties.find((p) => ts.isPropertyAssignment(p) && propName(p.name) === "source");
    return src && ts.isPropertyAssignment(src) && ts.isStringLiteralLike(src.initializer) ? src.initializer.text : undefined;
  }
  return undefined;
}

/**
 * A Next.js matcher (path-to-regexp syntax) as a regular expression: `/:name` one segment, `/:name?` an
 * optional one, `/:name*` any number, `/:name+` at least one; `(…)` groups are regular expressions.
 */
export function matcherRegExp(pattern: string): RegExp | undefined {
  let out = "";
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "/" && pattern[i + 1] === ":") {
      const m = /^:([A-Za-z0-9_]+)([*+?]?)/.exec(pattern.slice(i + 1));
      if (!m) return undefined;
      const mod = m[2];
      out += mod === "*" ? "(?:/[^/]+)*" : mod === "+" ? "(?:/[^/]+)+" : mod === "?" ? "(?:/[^/]+)?" : "/[^/]+";
      i += 1 + m[0].length;
    } else if (ch === "(") {
      // A raw group: copy it to its matching parenthesis.
      let depth = 0;
      let j = i;
      for (; j < pattern.length; j++) {
        if (pattern[j] === "\\") j++;
        else if (pattern[j] === "(") depth++;
        else if (pattern[j] === ")" && --depth === 0) break;
      }
      if (depth !== 0) return undefined;
      out += pattern.slice(i, j + 1);
      i = j + 1;
    } else {
      out += /[.*+?^${}|[\]\\]/.test(ch) ? `\\${ch}` : ch;
      i++;
    }
  }
  // The pattern comes from the scanned code: one that could backtrack catastrophically is not run.
  const source = `^${out}/?$`;
  if (redosProblem(source)) return undefined;
  try {
    return new RegExp(source);
  } catch {
    return undefined;
  }
}

/** A function a route or page file exports (a handler such as `export async function POST`, or the page). */
export function isExportedEntry(node: ts.Node): boolean {
  if (ts.isFunctionDeclaration(node)) return isExported(node);
  if (!ts.isArrowFunction(node) && !ts.isFunctionExpression(node)) return false;
  const parent = node.parent;
  if (ts.isExportAssignment(parent)) return true;
  return ts.isVariableDeclaration(parent) && ts.isVariableDeclarationList(parent.parent) && ts.isVariableStatement(parent.parent.parent) && isExported(parent.parent.parent);
}

function isExported(n: ts.Node): boolean {
  return hasModifier(n, ts.SyntaxKind.ExportKeyword);
}

function isDefault(n: ts.Node): boolean {
  return hasModifier(n, ts.SyntaxKind.DefaultKeyword);
}
