// Constructor functions and prototypes, the classes of ES5 code:
//   function Store(baseUrl) { this.baseUrl = baseUrl; }
//   Store.prototype.load = function (id) { return got(this.baseUrl + '/x/' + id); };
//   Store.prototype = { save: function () {…} };   Object.assign(Store.prototype, { … })
// `new Store(url)` makes an instance whose methods are the prototype's functions and whose `this` fields
// are shared by the constructor and those methods, as a class's are. Only declarations at the top of a
// module are followed (the methods are then analysis units); syntactic, one pass per file.
import { ts } from "../typescript.cjs";

type Fn = ts.FunctionDeclaration | ts.FunctionExpression;

interface FilePrototypes {
  /** Constructor name → method name → function. */
  methods: Map<string, Map<string, ts.SignatureDeclaration>>;
  /** A prototype method → the name of its constructor. */
  owners: Map<ts.Node, string>;
  /** Top-level constructor candidates by name. */
  ctors: Map<string, Fn>;
}

const cache = new WeakMap<ts.SourceFile, FilePrototypes>();

function isFn(n: ts.Node | undefined): n is ts.FunctionExpression | ts.ArrowFunction {
  return !!n && (ts.isFunctionExpression(n) || ts.isArrowFunction(n));
}

/** `X.prototype` → "X". */
function prototypeOf(e: ts.Expression): string | undefined {
  return ts.isPropertyAccessExpression(e) && e.name.text === "prototype" && ts.isIdentifier(e.expression) ? e.expression.text : undefined;
}

function indexFile(sf: ts.SourceFile): FilePrototypes {
  const hit = cache.get(sf);
  if (hit) return hit;
  const out: FilePrototypes = { methods: new Map(), owners: new Map(), ctors: new Map() };
  const add = (ctor: string, name: string, fn: ts.SignatureDeclaration) => {
    let m = out.methods.get(ctor);
    if (!m) out.methods.set(ctor, (m = new Map()));
    m.set(name, fn);
    out.owners.set(fn, ctor);
  };
  const addObject = (ctor: string, obj: ts.ObjectLiteralExpression) => {
    for (const p of obj.properties) {
      if (ts.isMethodDeclaration(p) && p.name && ts.isIdentifier(p.name)) add(ctor, p.name.text, p);
      else if (ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && isFn(p.initializer)) add(ctor, p.name.text, p.initializer);
    }
  };
  for (const st of sf.statements) {
    if (ts.isFunctionDeclaration(st) && st.name && st.body) out.ctors.set(st.name.text, st);
    else if (ts.isVariableStatement(st)) {
      for (const d of st.declarationList.declarations)
        if (ts.isIdentifier(d.name) && d.initializer && ts.isFunctionExpression(d.initializer)) out.ctors.set(d.name.text, d.initializer);
    } else if (ts.isExpressionStatement(st)) {
      const e = st.expression;
      if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.EqualsToken) {
        // X.prototype.m = function () {…}
        if (ts.isPropertyAccessExpression(e.left) && isFn(e.right)) {
          const ctor = prototypeOf(e.left.expression);
          if (ctor) add(ctor, e.left.name.text, e.right);
        }
        // X.prototype = { m: function () {…}, n() {…} }
        const ctor = prototypeOf(e.left);
        if (ctor && ts.isObjectLiteralExpression(e.right)) addObject(ctor, e.right);
      } else if (ts.isCallExpression(e) && e.arguments.length === 2 && ts.isObjectLiteralExpression(e.arguments[1])) {
        // Object.assign(X.prototype, { … })
        const callee = e.expression;
        const ctor = prototypeOf(e.arguments[0]);
        if (ctor && ts.isPropertyAccessExpression(callee) && callee.name.text === "assign" && ts.isIdentifier(callee.expression) && callee.expression.text === "Object") addObject(ctor, e.arguments[1]);
      }
    }
  }
  // Only functions that have a prototype, or that are named like a class and set fields on `this`, are constructors.
  for (const [name, fn] of out.ctors) if (!out.methods.has(name) && !(/^[A-Z]/.test(name) && setsThis(fn))) out.ctors.delete(name);
  cache.set(sf, out);
  return out;
}

function setsThis(fn: Fn): boolean {
  let found = false;
  const visit = (n: ts.Node): void => {
    if (found || (n !== fn && ts.isFunctionLike(n) && !ts.isArrowFunction(n))) return;
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && n.left.expression.kind === ts.SyntaxKind.ThisKeyword) found = true;
    else ts.forEachChild(n, visit);
  };
  if (fn.body) visit(fn.body);
  return found;
}

/** The constructor a function is (a top-level constructor function), or whose prototype method it is. */
export function prototypeConstructorOf(fn: ts.Node): Fn | undefined {
  const sf = fn.getSourceFile();
  const idx = indexFile(sf);
  const owner = idx.owners.get(fn);
  if (owner) return idx.ctors.get(owner);
  const name = ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn) ? constructorName(fn) : undefined;
  return name !== undefined && idx.ctors.get(name) === fn ? (fn as Fn) : undefined;
}

/** Whether `fn` is a top-level constructor function (what `new` on it makes has its prototype's methods). */
export function isConstructorFunction(fn: ts.Node): fn is Fn {
  return (ts.isFunctionDeclaration(fn) || ts.isFunctionExpression(fn)) && prototypeConstructorOf(fn) === fn;
}

/** The prototype method `name` of a constructor, if its file declares one. */
export function prototypeMethod(ctor: Fn, name: string): ts.SignatureDeclaration | undefined {
  const ctorName = constructorName(ctor);
  return ctorName === undefined ? undefined : indexFile(ctor.getSourceFile()).methods.get(ctorName)?.get(name);
}

/** How many prototype methods a constructor's file declares for it. */
export function prototypeMethodCount(ctor: Fn): number {
  const ctorName = constructorName(ctor);
  return ctorName === undefined ? 0 : (indexFile(ctor.getSourceFile()).methods.get(ctorName)?.size ?? 0);
}

/** The name a constructor function is declared under (`function X`, `var X = function`). */
export function constructorName(ctor: Fn): string | undefined {
  return ts.isFunctionDeclaration(ctor) ? ctor.name?.text : ts.isVariableDeclaration(ctor.parent) && ts.isIdentifier(ctor.parent.name) ? ctor.parent.name.text : undefined;
}
