// One walk over a file's top level: imports, exports, top-level declarations
// and the analysis units (top-level functions, class members, the module body).
import { ts } from "../typescript.cjs";

export type ImportBinding =
  | { kind: "named"; spec: string; name: string } // import { name as local } / import local (name = "default")
  | { kind: "namespace"; spec: string }; // import * as local / const local = require(spec)

export type ExportTarget = { kind: "local"; name: string } | { kind: "reexport"; spec: string; name: string } | { kind: "namespace"; spec: string };

export interface FileIndex {
  path: string;
  /** Relative to the scan root, `/` separators. */
  rel: string;
  sf: ts.SourceFile;
  imports: Map<string, ImportBinding>;
  /** Top-level declarations by name (functions, classes, variables, enums, interfaces, type aliases). */
  locals: Map<string, ts.Node>;
  /**
   * Names declared both as a value and as a type (`export const Body = Type.Object({…}); export type Body =
   * Static<typeof Body>`): the value's declaration, which `locals` keeps only when it comes last.
   */
  valueLocals: Map<string, ts.Node>;
  exports: Map<string, ExportTarget>;
  starExports: string[];
  /** `module.exports = expr` (CommonJS). */
  cjsExport?: ts.Expression;
  /** `exports.x = …` / `module.exports.x = …`. */
  cjsNamed: Map<string, ts.Expression>;
  /**
   * Classes that declare `implements X`, and object literals declared as an X (`const r: X = { … }`), by
   * interface name, for method resolution on interfaces.
   */
  implementers: Map<string, Array<ts.ClassLikeDeclaration | ts.ObjectLiteralExpression>>;
  /**
   * Members the project adds to a library's interfaces, by member name: `declare module 'fastify' { interface
   * FastifyRequest { member?: Member } }`, `declare global { namespace Express { interface Request { staff?: Staff } } }`.
   */
  augments: Map<string, ts.TypeNode[]>;
  /**
   * Types the file declares for the whole program, by their dotted name: those of a declaration file with no
   * import or export (`declare namespace API { type MemberForm = … }` in Ant Design Pro's typings.d.ts is
   * `API.MemberForm`), and those in a module's `declare global { … }`.
   */
  globalTypes: Map<string, ts.Node>;
  isDeclaration: boolean;
  /**
   * A browser script (a .js file with no import, export or require): its top-level variables are globals
   * every other script sees (`var CRM = window.CRM || {}` in one file, `CRM.util.maskPhone(…)` in the next).
   */
  isScript: boolean;
}

export function isFunctionLike(n: ts.Node): n is ts.SignatureDeclaration & { body?: ts.Node } {
  // A switch on the kind: this runs on every node of every file.
  switch (n.kind) {
    case ts.SyntaxKind.FunctionDeclaration:
    case ts.SyntaxKind.FunctionExpression:
    case ts.SyntaxKind.ArrowFunction:
    case ts.SyntaxKind.MethodDeclaration:
    case ts.SyntaxKind.Constructor:
    case ts.SyntaxKind.GetAccessor:
    case ts.SyntaxKind.SetAccessor:
      return true;
    default:
      return false;
  }
}

/** Whether a declaration carries this modifier (`export`, `default`, `static`, `declare`). */
export function hasModifier(n: ts.Node, kind: ts.SyntaxKind): boolean {
  return ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === kind);
}

/** The text of a property or binding name that is written out (identifier, string or number literal). */
export function propName(n: ts.PropertyName | ts.BindingName): string | undefined {
  if (ts.isIdentifier(n) || ts.isStringLiteralLike(n) || ts.isNumericLiteral(n) || ts.isPrivateIdentifier(n)) return n.text;
  return undefined;
}

/** An expression without the parentheses and type-only wrappers around it (`(x as T)!`, `x satisfies T`). */
export function skipWrappers(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  return e;
}

/** What a top-level `const` of the identifier's file is initialised with (`export const feedbackPath = 'feedback'`), wrappers skipped. */
export function fileConstant(id: ts.Identifier): ts.Expression | undefined {
  for (const st of id.getSourceFile().statements) {
    if (!ts.isVariableStatement(st) || !(st.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === id.text) return d.initializer && skipWrappers(d.initializer);
  }
  return undefined;
}

/** The value given to a named property of an object literal (`{ name: value }`), if it is written that way. */
export function initializerOf(o: ts.ObjectLiteralExpression, name: string): ts.Expression | undefined {
  for (const p of o.properties) if (ts.isPropertyAssignment(p) && propName(p.name) === name) return p.initializer;
  return undefined;
}

function requireSpec(e: ts.Expression | undefined): string | undefined {
  if (e && ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "require" && e.arguments.length === 1) {
    const a = e.arguments[0];
    if (ts.isStringLiteralLike(a)) return a.text;
  }
  return undefined;
}

/** `require('egg').Service`: one export of a required module, as a named import would bind it. */
function requiredMember(e: ts.Expression | undefined): { spec: string; name: string } | undefined {
  if (!e || !ts.isPropertyAccessExpression(e)) return undefined;
  const spec = requireSpec(e.expression);
  return spec === undefined ? undefined : { spec, name: e.name.text };
}

function moduleExportsTarget(left: ts.Expression): { whole: boolean; name?: string } | undefined {
  // module.exports = …, module.exports.x = …, exports.x = …
  if (ts.isPropertyAccessExpression(left)) {
    const obj = left.expression;
    if (ts.isIdentifier(obj) && obj.text === "module" && left.name.text === "exports") return { whole: true };
    if (ts.isIdentifier(obj) && obj.text === "exports") return { whole: false, name: left.name.text };
    if (ts.isPropertyAccessExpression(obj) && ts.isIdentifier(obj.expression) && obj.expression.text === "module" && obj.name.text === "exports")
      return { whole: false, name: left.name.text };
  }
  return undefined;
}

export function indexFile(path: string, rel: string, sf: ts.SourceFile): FileIndex {
  const idx: FileIndex = {
    path,
    rel,
    sf,
    imports: new Map(),
    locals: new Map(),
    valueLocals: new Map(),
    exports: new Map(),
    starExports: [],
    cjsNamed: new Map(),
    implementers: new Map(),
    augments: new Map(),
    globalTypes: new Map(),
    isDeclaration: sf.isDeclarationFile,
    isScript: false,
  };
  const exported = (n: ts.Node) => hasModifier(n, ts.SyntaxKind.ExportKeyword);
  const isDefault = (n: ts.Node) => hasModifier(n, ts.SyntaxKind.DefaultKeyword);

  const visitStatement = (st: ts.Statement) => {
    if (ts.isImportDeclaration(st) && ts.isStringLiteralLike(st.moduleSpecifier)) {
      const spec = st.moduleSpecifier.text;
      const clause = st.importClause;
      if (!clause) return;
      if (clause.name) idx.imports.set(clause.name.text, { kind: "named", spec, name: "default" });
      const nb = clause.namedBindings;
      if (nb && ts.isNamespaceImport(nb)) idx.imports.set(nb.name.text, { kind: "namespace", spec });
      else if (nb) for (const el of nb.elements) idx.imports.set(el.name.text, { kind: "named", spec, name: (el.propertyName ?? el.name).text });
      return;
    }
    if (ts.isImportEqualsDeclaration(st) && ts.isExternalModuleReference(st.moduleReference) && ts.isStringLiteralLike(st.moduleReference.expression)) {
      idx.imports.set(st.name.text, { kind: "namespace", spec: st.moduleReference.expression.text });
      return;
    }
    if (ts.isExportDeclaration(st)) {
      const spec = st.moduleSpecifier && ts.isStringLiteralLike(st.moduleSpecifier) ? st.moduleSpecifier.text : undefined;
      if (!st.exportClause) {
        if (spec) idx.starExports.push(spec);
      } else if (ts.isNamespaceExport(st.exportClause)) {
        if (spec) idx.exports.set(st.exportClause.name.text, { kind: "namespace", spec });
      } else {
        for (const el of st.exportClause.elements) {
          const local = (el.propertyName ?? el.name).text;
          idx.exports.set(el.name.text, spec ? { kind: "reexport", spec, name: local } : { kind: "local", name: local });
        }
      }
      return;
    }
    if (ts.isExportAssignment(st)) {
      if (ts.isIdentifier(st.expression)) idx.exports.set("default", { kind: "local", name: st.expression.text });
      else {
        idx.locals.set("default", st);
        idx.exports.set("default", { kind: "local", name: "default" });
      }
      if (st.isExportEquals) idx.cjsExport = st.expression;
      return;
    }
    if (ts.isFunctionDeclaration(st) || ts.isClassDeclaration(st)) {
      const name = st.name?.text ?? "default";
      idx.locals.set(name, st);
      if (exported(st)) idx.exports.set(isDefault(st) ? "default" : name, { kind: "local", name });
      if (ts.isClassDeclaration(st)) recordImplementers(idx, st);
      return;
    }
    if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isEnumDeclaration(st)) {
      const before = idx.locals.get(st.name.text);
      if (before && ts.isVariableDeclaration(before) && !ts.isEnumDeclaration(st)) idx.valueLocals.set(st.name.text, before);
      idx.locals.set(st.name.text, st);
      if (exported(st)) idx.exports.set(st.name.text, { kind: "local", name: st.name.text });
      return;
    }
    if (ts.isModuleDeclaration(st)) {
      // declare module 'x' { … } / namespaces: index their statements too (types for .d.ts shims).
      if (st.body && ts.isModuleBlock(st.body)) st.body.statements.forEach(visitStatement);
      recordAugments(idx, st);
      return;
    }
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const spec = requireSpec(d.initializer);
        const member = requiredMember(d.initializer);
        if (ts.isIdentifier(d.name)) {
          recordLiteralImplementer(idx, d);
          const before = idx.locals.get(d.name.text);
          if (before && (ts.isInterfaceDeclaration(before) || ts.isTypeAliasDeclaration(before))) idx.valueLocals.set(d.name.text, d);
          idx.locals.set(d.name.text, d);
          if (spec) idx.imports.set(d.name.text, { kind: "namespace", spec });
          else if (member) idx.imports.set(d.name.text, { kind: "named", spec: member.spec, name: member.name });
          if (exported(st)) idx.exports.set(d.name.text, { kind: "local", name: d.name.text });
        } else {
          for (const el of bindingNames(d.name)) {
            idx.locals.set(el.name, el.node);
            if (spec && el.prop) idx.imports.set(el.name, { kind: "named", spec, name: el.prop });
            if (exported(st)) idx.exports.set(el.name, { kind: "local", name: el.name });
          }
        }
      }
      return;
    }
    if (ts.isExpressionStatement(st) && ts.isBinaryExpression(st.expression) && st.expression.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
      const t = moduleExportsTarget(st.expression.left);
      if (t?.whole) {
        idx.cjsExport = st.expression.right;
        if (ts.isObjectLiteralExpression(st.expression.right))
          for (const p of st.expression.right.properties) {
            if (ts.isShorthandPropertyAssignment(p)) idx.cjsNamed.set(p.name.text, p.name);
            else if ((ts.isPropertyAssignment(p) || ts.isMethodDeclaration(p)) && p.name && ts.isIdentifier(p.name))
              idx.cjsNamed.set(p.name.text, ts.isPropertyAssignment(p) ? p.initializer : (p as unknown as ts.Expression));
          }
      } else if (t?.name) idx.cjsNamed.set(t.name, st.expression.right);
    }
  };
  sf.statements.forEach(visitStatement);
  recordGlobalTypes(idx, sf);
  if (/\.[cm]?jsx?$/.test(path)) recordJsDocTypedefs(idx, sf);
  idx.isScript =
    /\.jsx?$/.test(path) && !sf.isDeclarationFile && idx.imports.size === 0 && idx.exports.size === 0 && idx.starExports.length === 0 && !idx.cjsExport && idx.cjsNamed.size === 0 && !/\bexport\b|\bimport\b|\brequire\s*\(/.test(sf.text);
  return idx;
}

/**
 * JavaScript's types: `@typedef` (and `@callback`) tags in JSDoc comments declare types, which the module
 * exports (`import('./schemas').PatientProfile`, or by name in the file). Only JS files parse their JSDoc.
 */
function recordJsDocTypedefs(idx: FileIndex, sf: ts.SourceFile): void {
  for (const holder of [...sf.statements, sf.endOfFileToken]) {
    for (const doc of (holder as { jsDoc?: ts.JSDoc[] }).jsDoc ?? []) {
      for (const tag of doc.tags ?? []) {
        if (!ts.isJSDocTypedefTag(tag) || !tag.name || !ts.isIdentifier(tag.name) || idx.locals.has(tag.name.text)) continue;
        idx.locals.set(tag.name.text, tag);
        if (!idx.exports.has(tag.name.text)) idx.exports.set(tag.name.text, { kind: "local", name: tag.name.text });
      }
    }
  }
}

/** The type JSDoc declares for a parameter or variable of a JavaScript file (`@param {Profile} p`, `@type {Profile}`). */
export function jsDocTypeOf(node: ts.ParameterDeclaration | ts.VariableDeclaration): ts.TypeNode | undefined {
  if (node.type || !(node.getSourceFile().flags & ts.NodeFlags.JavaScriptFile)) return node.type;
  return ts.getJSDocType(node);
}

/** Namespaces of libraries that type their objects in the global scope (`Express.Request`). */
const LIBRARY_NAMESPACES = new Set(["Express"]);

/**
 * Members added to a library's interfaces: in `declare module '<package>'`, in `declare global` (its
 * interfaces, such as `Window`, and a library namespace's), and in a library namespace declared at the top
 * of a declaration file. Not a namespace of the project's own types (`declare namespace API`), whose
 * interfaces are reached by name.
 */
function recordAugments(idx: FileIndex, st: ts.ModuleDeclaration) {
  const body = st.body && ts.isModuleBlock(st.body) ? st.body.statements : undefined;
  if (!body) return;
  const name = st.name;
  const isGlobal = ts.isIdentifier(name) && name.text === "global";
  const ofLibrary = ts.isStringLiteral(name) ? !name.text.startsWith(".") && !name.text.includes("*") : isGlobal || LIBRARY_NAMESPACES.has(name.text);
  if (!ofLibrary) return;
  // A library namespace inside `declare global` is visited as a statement of its own.
  for (const inner of body) {
    if (!ts.isInterfaceDeclaration(inner)) continue;
    for (const m of inner.members) {
      if (!ts.isPropertySignature(m) || !m.type || !m.name) continue;
      const key = propName(m.name);
      if (key === undefined) continue;
      const list = idx.augments.get(key) ?? [];
      list.push(m.type);
      idx.augments.set(key, list);
    }
  }
}

/** See FileIndex.globalTypes. */
function recordGlobalTypes(idx: FileIndex, sf: ts.SourceFile): void {
  const visit = (statements: readonly ts.Statement[], prefix: string): void => {
    for (const st of statements) {
      if (ts.isInterfaceDeclaration(st) || ts.isTypeAliasDeclaration(st) || ts.isClassDeclaration(st) || ts.isEnumDeclaration(st)) {
        if (st.name) idx.globalTypes.set(`${prefix}${st.name.text}`, st);
      } else if (ts.isModuleDeclaration(st) && ts.isIdentifier(st.name) && st.body && ts.isModuleBlock(st.body)) {
        visit(st.body.statements, st.name.text === "global" ? prefix : `${prefix}${st.name.text}.`);
      }
    }
  };
  const globalFile = sf.isDeclarationFile && idx.imports.size === 0 && idx.exports.size === 0 && idx.starExports.length === 0;
  if (globalFile) visit(sf.statements, "");
  else for (const st of sf.statements) if (ts.isModuleDeclaration(st) && ts.isIdentifier(st.name) && st.name.text === "global" && st.body && ts.isModuleBlock(st.body)) visit(st.body.statements, "");
}

/**
 * An object literal declared as an interface (`export const sentryReporter: Reporter = { breadcrumb(…) {…} }`):
 * an implementation of it, as a class that implements it is.
 */
function recordLiteralImplementer(idx: FileIndex, d: ts.VariableDeclaration) {
  const t = d.type;
  const init = d.initializer && skipWrappers(d.initializer);
  if (!t || !init || !ts.isObjectLiteralExpression(init) || !ts.isTypeReferenceNode(t)) return;
  const name = ts.isIdentifier(t.typeName) ? t.typeName.text : t.typeName.right.text;
  const list = idx.implementers.get(name) ?? [];
  list.push(init);
  idx.implementers.set(name, list);
}

function recordImplementers(idx: FileIndex, cls: ts.ClassLikeDeclaration) {
  for (const h of cls.heritageClauses ?? [])
    for (const t of h.types) {
      const e = t.expression;
      const name = ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : undefined;
      if (!name) continue;
      const list = idx.implementers.get(name) ?? [];
      list.push(cls);
      idx.implementers.set(name, list);
    }
}

/** Names bound by a destructuring pattern, with the property each reads. */
export function bindingNames(p: ts.BindingName, out: Array<{ name: string; prop?: string; node: ts.Node }> = []) {
  if (ts.isIdentifier(p)) {
    out.push({ name: p.text, node: p });
    return out;
  }
  const isArray = ts.isArrayBindingPattern(p);
  p.elements.forEach((el, i) => {
    if (ts.isOmittedExpression(el)) return;
    if (ts.isIdentifier(el.name)) {
      // An array pattern takes its elements by position (`const [form, setForm] = createStore(…)`).
      const prop = isArray ? (el.dotDotDotToken ? "[]" : String(i)) : el.propertyName && (ts.isIdentifier(el.propertyName) || ts.isStringLiteralLike(el.propertyName)) ? el.propertyName.text : el.name.text;
      out.push({ name: el.name.text, prop, node: el });
    } else bindingNames(el.name, out);
  });
  return out;
}

/** The analysis units of a file: the module body, then every function not nested in another function. */
function isImmediatelyInvoked(n: ts.Node): boolean {
  if (!ts.isFunctionExpression(n) && !ts.isArrowFunction(n)) return false;
  let e: ts.Node = n;
  while (e.parent && ts.isParenthesizedExpression(e.parent)) e = e.parent;
  return !!e.parent && ts.isCallExpression(e.parent) && e.parent.expression === e;
}

export function collectUnits(sf: ts.SourceFile): ts.Node[] {
  const units: ts.Node[] = [sf];
  // An explicit stack (generated code nests deeper than the call stack allows), as two parallel arrays so
  // that a node costs no allocation; visiting order does not matter, units are sorted by position below.
  const nodes: ts.Node[] = [];
  const inside: boolean[] = [];
  let insideFunction = false;
  const classAt: number[] = [];
  for (let i = sf.text.indexOf("class"); i !== -1; i = sf.text.indexOf("class", i + 5)) classAt.push(i);
  const mentionsClass = (from: number, to: number) => {
    let lo = 0;
    let hi = classAt.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (classAt[mid] < from) lo = mid + 1;
      else hi = mid;
    }
    return lo < classAt.length && classAt[lo] < to;
  };
  const push = (c: ts.Node) => {
    // Tokens, identifiers, literals and type syntax hold no function bodies: not worth a visit.
    const k = c.kind;
    if (k < ts.SyntaxKind.FirstNode || (k >= ts.SyntaxKind.FirstTypeNode && k <= ts.SyntaxKind.LastTypeNode)) return;
    if (k === ts.SyntaxKind.InterfaceDeclaration || k === ts.SyntaxKind.TypeAliasDeclaration || k === ts.SyntaxKind.ImportDeclaration) return;
    nodes.push(c);
    inside.push(insideFunction);
  };
  ts.forEachChild(sf, push);
  while (nodes.length) {
    const n = nodes.pop()!;
    insideFunction = inside.pop()!;
    if (isFunctionLike(n)) {
      const member = ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n) || ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n);
      const classMember = member && n.parent && ts.isClassLike(n.parent);
      const isCallback = n.parent && (ts.isCallExpression(n.parent) || ts.isNewExpression(n.parent)) && n.parent.expression !== n;
      // An immediately invoked function (`(function ($) { … })(jQuery)`, the module pattern of older scripts)
      // runs where it is invoked, with its arguments: it is part of the module body, not a unit of its own.
      if (isImmediatelyInvoked(n)) {
        insideFunction = true;
        if (mentionsClass(n.pos, n.end)) ts.forEachChild(n, push);
        continue;
      }
      const classFieldFn = n.parent && ts.isPropertyDeclaration(n.parent) && ts.isClassLike(n.parent.parent);
      if ((n as { body?: ts.Node }).body && (classMember || classFieldFn || (!insideFunction && !isCallback))) units.push(n);
      insideFunction = true;
      // Inside a function only a class's members are units: a body whose text never says "class" is skipped.
      if (!mentionsClass(n.pos, n.end)) continue;
    }
    ts.forEachChild(n, push);
  }
  return units.sort((a, b) => a.pos - b.pos || a.end - b.end);
}
