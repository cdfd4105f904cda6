// Name resolution across files without the type checker: imports, exports,
// re-exports and CommonJS, through the per-file index.
import { ts } from "../typescript.cjs";
import type { FileIndex } from "./file-index.js";
import type { Ref } from "./values.js";
import { packageSpecifier } from "../project/deno.js";

export type Resolved =
  | { kind: "decl"; node: ts.Node; file: FileIndex; name: string }
  | { kind: "expr"; expr: ts.Expression; file: FileIndex }
  | { kind: "pkg"; pkg: string; spec: string; path: string[] }
  | { kind: "module"; file: FileIndex };

export interface ModuleLookup {
  files: ReadonlyMap<string, FileIndex>;
  opts: { resolveModule(spec: string, fromFile: string): string | undefined; packageSpecifier?(spec: string, fromFile: string): string | undefined };
  /** Told of every project file a resolution looks into (the engine records who depends on which file). */
  touch?(file: string): void;
}

/** npm package name of a bare specifier: "@scope/name/sub" → "@scope/name", "node:crypto" → "crypto". */
export function packageName(spec: string): string | undefined {
  if (spec.startsWith(".") || spec.startsWith("/")) return undefined;
  const s = spec.startsWith("node:") ? spec.slice(5) : spec;
  const parts = s.split("/");
  return s.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

export function resolveSpec(engine: ModuleLookup, spec: string, from: FileIndex): Resolved | undefined {
  const target = engine.opts.resolveModule(spec, from.path);
  if (target) {
    const f = engine.files.get(target);
    if (f) {
      engine.touch?.(target);
      return { kind: "module", file: f };
    }
  }
  // Deno's `npm:dayjs@1`, `jsr:@std/log`, registry URLs and import-mapped names: the package they stand for.
  const bare = engine.opts.packageSpecifier ? engine.opts.packageSpecifier(spec, from.path) : packageSpecifier(spec);
  const pkg = bare === undefined ? undefined : packageName(bare);
  if (pkg && bare) return { kind: "pkg", pkg, spec: bare.startsWith("node:") ? bare.slice(5) : bare, path: [] };
  return undefined;
}

/** What a top-level name of `file` refers to: its own declaration, or an import. */
export function resolveName(engine: ModuleLookup, file: FileIndex, name: string, depth = 0): Resolved | undefined {
  if (depth > 12) return undefined;
  const imp = file.imports.get(name);
  if (imp) {
    const m = resolveSpec(engine, imp.spec, file);
    if (!m) return undefined;
    if (imp.kind === "namespace") return m;
    if (m.kind === "pkg") return { ...m, path: [imp.name] };
    if (m.kind === "module") return resolveExport(engine, m.file, imp.name, depth + 1);
    return undefined;
  }
  const local = file.locals.get(name);
  if (local) return { kind: "decl", node: local, file, name };
  return undefined;
}

/** What `file` exports under `name`, following re-exports, barrels and CommonJS. */
export function resolveExport(engine: ModuleLookup, file: FileIndex, name: string, depth = 0): Resolved | undefined {
  if (depth > 12) return undefined;
  const ex = file.exports.get(name);
  if (ex) {
    if (ex.kind === "local") return resolveName(engine, file, ex.name, depth + 1);
    const m = resolveSpec(engine, ex.spec, file);
    if (!m) return undefined;
    if (ex.kind === "namespace") return m;
    if (m.kind === "pkg") return { ...m, path: [ex.name] };
    if (m.kind === "module") return resolveExport(engine, m.file, ex.name, depth + 1);
  }
  const cjs = file.cjsNamed.get(name);
  if (cjs) return { kind: "expr", expr: cjs, file };
  if (name === "default" && file.cjsExport) return { kind: "expr", expr: file.cjsExport, file };
  for (const spec of file.starExports) {
    const m = resolveSpec(engine, spec, file);
    if (m?.kind === "module") {
      const r = resolveExport(engine, m.file, name, depth + 1);
      if (r) return r;
    }
  }
  // A file without ES exports used through require(): its top-level names.
  if (file.exports.size === 0 && !file.cjsExport && file.cjsNamed.size === 0) return resolveName(engine, file, name, depth + 1);
  return undefined;
}

/** `ns.a.B` (a type name or an expression) → ["ns", "a", "B"]; undefined for anything else. */
export function dottedName(n: ts.EntityName | ts.Expression): string[] | undefined {
  if (ts.isIdentifier(n)) return [n.text];
  const [left, right] = ts.isQualifiedName(n) ? [n.left, n.right] : ts.isPropertyAccessExpression(n) ? [n.expression, n.name] : [];
  const head = left && dottedName(left);
  return head && right && ts.isIdentifier(right) ? [...head, right.text] : undefined;
}

/** What a dotted name in a file refers to when its first name is imported from a package. */
export function libraryRef(engine: ModuleLookup, file: FileIndex, names: readonly string[]): Extract<Ref, { k: "pkg" }> | undefined {
  const r = resolveName(engine, file, names[0]);
  return r?.kind === "pkg" ? { k: "pkg", pkg: r.pkg, path: [...r.path, ...names.slice(1)], sub: r.spec } : undefined;
}

/** The project class a class extends (`class extends Base` with `const Base = require('./base.js')`), if it is one. */
export function baseClassOf(engine: ModuleLookup & { fileOf(n: ts.Node): FileIndex | undefined }, cls: ts.ClassLikeDeclaration): ts.ClassLikeDeclaration | undefined {
  const ext = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
  const f = ext && ts.isIdentifier(ext.expression) ? engine.fileOf(cls) : undefined;
  if (!f || !ext || !ts.isIdentifier(ext.expression)) return undefined;
  let r = resolveName(engine, f, ext.expression.text);
  if (r?.kind === "module") r = resolveExport(engine, r.file, "default");
  if (r?.kind === "expr") {
    let e: ts.Expression = r.expr;
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    return ts.isClassExpression(e) ? e : undefined;
  }
  return r?.kind === "decl" && ts.isClassLike(r.node) ? r.node : undefined;
}
