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
  exports: Map<string, ExportTarget>;
  starExports: string[];
  /** `module.exports = expr` (CommonJS). */
  cjsExport?: ts.Expression;
  /** `exports.x = …` / `module.exports.x = …`. */
  cjsNamed: Map<string, ts.Expression>;
  /** Classes that declare `implements X` by interface name, for method resolution on interfaces. */
  implementers: Map<string, ts.ClassLikeDeclaration[]>;
  isDeclaration: boolean;
}

export function isFunctionLike(n: ts.Node): n is ts.SignatureDeclaration & { body?: ts.Node } {
  return (
    ts.isFunctionDeclaration(n) ||
    ts.isFunctionExpression(n) ||
    ts.isArrowFunction(n) ||
    ts.isMethodDeclaration(n) ||
    ts.isConstructorDeclaration(n) ||
    ts.isGetAccessorDeclaration(n) ||
    ts.isSetAccessorDeclaration(n)
  );
}

function requireSpec(e: ts.Expression | undefined): string | undefined {
  if (e && ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "require" && e.arguments.length === 1) {
    const a = e.arguments[0];
    if (ts.isStringLiteralLike(a)) return a.text;
  }
  return undefined;
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
    exports: new Map(),
    starExports: [],
    cjsNamed: new Map(),
    implementers: new Map(),
    isDeclaration: sf.isDeclarationFile,
  };
  const exported = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  const isDefault = (n: ts.Node) => ts.canHaveModifiers(n) && (ts.getModifiers(n) ?? []).some((m) => m.kind === ts.SyntaxKind.DefaultKeyword);

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
      idx.locals.set(st.name.text, st);
      if (exported(st)) idx.exports.set(st.name.text, { kind: "local", name: st.name.text });
      return;
    }
    if (ts.isModuleDeclaration(st)) {
      // declare module 'x' { … } / namespaces: index their statements too (types for .d.ts shims).
      if (st.body && ts.isModuleBlock(st.body)) st.body.statements.forEach(visitStatement);
      return;
    }
    if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations) {
        const spec = requireSpec(d.initializer);
        if (ts.isIdentifier(d.name)) {
          idx.locals.set(d.name.text, d);
          if (spec) idx.imports.set(d.name.text, { kind: "namespace", spec });
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
  return idx;
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
  for (const el of p.elements) {
    if (ts.isOmittedExpression(el)) continue;
    if (ts.isIdentifier(el.name)) {
      const prop = el.propertyName && (ts.isIdentifier(el.propertyName) || ts.isStringLiteralLike(el.propertyName)) ? el.propertyName.text : el.name.text;
      out.push({ name: el.name.text, prop, node: el });
    } else bindingNames(el.name, out);
  }
  return out;
}

/** The analysis units of a file: the module body, then every function not nested in another function. */
export function collectUnits(sf: ts.SourceFile): ts.Node[] {
  const units: ts.Node[] = [sf];
  // An explicit stack: generated code nests deeper than the call stack allows.
  const stack: Array<[ts.Node, boolean]> = [];
  const push = (n: ts.Node, inside: boolean) => {
    const kids: ts.Node[] = [];
    ts.forEachChild(n, (c) => {
      kids.push(c);
    });
    for (let i = kids.length - 1; i >= 0; i--) stack.push([kids[i], inside]);
  };
  push(sf, false);
  while (stack.length) {
    const [n, insideFunction] = stack.pop()!;
    if (isFunctionLike(n)) {
      const member = ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n) || ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n);
      const classMember = member && n.parent && ts.isClassLike(n.parent);
      const isCallback = n.parent && (ts.isCallExpression(n.parent) || ts.isNewExpression(n.parent)) && n.parent.expression !== n;
      const classFieldFn = n.parent && ts.isPropertyDeclaration(n.parent) && ts.isClassLike(n.parent.parent);
      if ((n as { body?: ts.Node }).body && (classMember || classFieldFn || (!insideFunction && !isCallback))) units.push(n);
      push(n, true);
      continue;
    }
    push(n, insideFunction);
  }
  return units.sort((a, b) => a.pos - b.pos || a.end - b.end);
}
