// AngularJS 1.x dependency injection of the project's own services. A module
// registers them by name (`angular.module('hr').factory('Payroll', ['$http',
// function ($http) { return { pay } }])`, `.service('Notify', fn)`,
// `.constant('API', {…})`, `.value(…)`), and every injectable function
// (controller, factory, service, run block, directive …) is given them by the
// names it asks for: the strings of its array annotation
// (`['$scope', 'Payroll', function ($s, pay) {…}]`), its `$inject` list, or
// its parameters' own names. The engine keeps each registration in a shared
// cell (`%angularjs#Payroll`), so a controller's `Payroll.pay(emp)` is a call
// of the factory's function, across files, and guards and data flow through it.
// The `$`-services of AngularJS itself are catalog/injected.ts's.
import { ts } from "../typescript.cjs";

/** Module methods that register a named value; what each registers is worked out by the engine. */
export const REGISTERING_METHODS = new Set(["factory", "service", "constant", "value"]);

/** Module methods whose function argument is injected (by its annotation or parameter names). */
const INJECTABLE_METHODS = new Set(["controller", "factory", "service", "directive", "component", "filter", "run", "config", "provider", "decorator", "animation"]);

/** The shared cell of a registered name. */
export function angularCell(name: string): string {
  return `%angularjs#${name}`;
}

/** `angular.module(…)` or a value made from it, as a library reference's path shows it. */
export function isAngularModulePath(pkgOrGlobal: string, path: readonly string[]): boolean {
  return pkgOrGlobal === "angular" && path.includes("module");
}

/** The function an injectable argument holds: itself, or the last element of its array annotation. */
export function injectableFunction(arg: ts.Expression | undefined): ts.Expression | undefined {
  if (!arg) return undefined;
  return ts.isArrayLiteralExpression(arg) ? arg.elements[arg.elements.length - 1] : arg;
}

/**
 * The name the injector gives parameter `index` of `fn`, when `fn` is an AngularJS injectable: the string
 * at that place of its array annotation or `$inject` list, else the parameter's own name when `fn` is
 * registered directly with a module method (`.controller('Ctrl', function (Payroll) {…})`) or by a name
 * the file registers (`.controller('Ctrl', Ctrl)`).
 */
export function injectionName(fn: ts.Node, index: number): string | undefined {
  const parent = fn.parent;
  if (!parent) return undefined;
  if (ts.isArrayLiteralExpression(parent)) {
    const els = parent.elements;
    if (els[els.length - 1] !== fn || els.length < 2) return undefined;
    const e = els[index];
    return e !== fn && e && ts.isStringLiteralLike(e) && els.slice(0, -1).every(ts.isStringLiteralLike) ? e.text : undefined;
  }
  const params = (fn as ts.SignatureDeclaration).parameters;
  const own = params?.[index] && ts.isIdentifier(params[index].name) ? params[index].name.text : undefined;
  if (ts.isCallExpression(parent) && parent.arguments.includes(fn as ts.Expression)) return isInjectingCall(parent) ? own : undefined;
  // A named function or class constructor: its `$inject` list, else its name registered in this file.
  const name = ts.isConstructorDeclaration(fn) ? fn.parent.name?.text : declaredName(fn);
  if (name === undefined) return undefined;
  const idx = fileInjections(fn.getSourceFile());
  const list = idx.lists.get(name);
  if (list) return list[index];
  return idx.registered.has(name) ? own : undefined;
}

function isInjectingCall(c: ts.CallExpression): boolean {
  return ts.isPropertyAccessExpression(c.expression) && INJECTABLE_METHODS.has(c.expression.name.text);
}

function declaredName(fn: ts.Node): string | undefined {
  if (ts.isFunctionDeclaration(fn)) return fn.name?.text;
  if (ts.isFunctionExpression(fn) && fn.parent && ts.isVariableDeclaration(fn.parent) && ts.isIdentifier(fn.parent.name)) return fn.parent.name.text;
  return undefined;
}

interface FileInjections {
  /** `Ctrl.$inject = ['$http', 'Payroll']` and `static $inject = […]`, by the function's or class's name. */
  lists: Map<string, string[]>;
  /** Names passed to injecting module methods (`.controller('Ctrl', Ctrl)`). */
  registered: Set<string>;
}

// A name is registered by a module method given the name as a string first (`.controller('Ctrl', Ctrl)`), or
// by `.run(RunBlock)` / `.config(Routes)`. Not any `.filter(` or `.config(`: arrays' `.filter(fn)` is in most
// files, and walking each of them cost a 100k-line scan 2% of its time.
const MAY_INJECT = /\$inject|\.(?:controller|factory|service|directive|component|filter|provider|decorator|animation)\s*\(\s*['"`]|\.(?:run|config)\s*\(\s*[\w$]/;

const indexes = new WeakMap<ts.SourceFile, FileInjections>();

function fileInjections(sf: ts.SourceFile): FileInjections {
  let idx = indexes.get(sf);
  if (idx) return idx;
  idx = { lists: new Map(), registered: new Set() };
  indexes.set(sf, idx);
  // Most files have neither: one scan of the text spares them the walk.
  if (!MAY_INJECT.test(sf.text)) return idx;
  const out = idx;
  const strings = (e: ts.Expression): string[] | undefined => (ts.isArrayLiteralExpression(e) && e.elements.every(ts.isStringLiteralLike) ? e.elements.map((s) => (s as ts.StringLiteral).text) : undefined);
  const visit = (n: ts.Node): void => {
    if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(n.left) && n.left.name.text === "$inject" && ts.isIdentifier(n.left.expression)) {
      const list = strings(n.right);
      if (list) out.lists.set(n.left.expression.text, list);
    } else if (ts.isPropertyDeclaration(n) && n.name && ts.isIdentifier(n.name) && n.name.text === "$inject" && n.initializer && ts.isClassLike(n.parent) && n.parent.name) {
      const list = strings(n.initializer);
      if (list) out.lists.set(n.parent.name.text, list);
    } else if (ts.isCallExpression(n) && isInjectingCall(n)) {
      for (const a of n.arguments) if (ts.isIdentifier(a)) out.registered.add(a.text);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return idx;
}

/** The function a `.service(name, fn)` registration constructs, when `fn` is that function. */
export function isRegisteredServiceConstructor(fn: ts.Node): boolean {
  let arg: ts.Node = fn;
  if (fn.parent && ts.isArrayLiteralExpression(fn.parent)) arg = fn.parent;
  const c = arg.parent;
  return !!c && ts.isCallExpression(c) && c.arguments[1] === arg && ts.isPropertyAccessExpression(c.expression) && c.expression.name.text === "service" && ts.isStringLiteralLike(c.arguments[0]!);
}

/** The name a controller function is registered under (`.controller('AttendanceCtrl', ['$scope', function …])`). */
export function controllerName(fn: ts.Node): string | undefined {
  let arg: ts.Node = fn;
  if (fn.parent && ts.isArrayLiteralExpression(fn.parent)) arg = fn.parent;
  const c = arg.parent;
  if (!c || !ts.isCallExpression(c) || c.arguments[1] !== arg || !ts.isPropertyAccessExpression(c.expression) || c.expression.name.text !== "controller") return undefined;
  const name = c.arguments[0];
  return name && ts.isStringLiteralLike(name) ? name.text : undefined;
}

/** One route of ngRoute or ui-router that names a controller: the functions its `resolve` runs first. */
export interface AngularRoute {
  controller: string;
  resolves: ts.Expression[];
}

const routeIndexes = new WeakMap<ts.SourceFile, AngularRoute[]>();
const MAY_ROUTE = /\.(?:when|state)\s*\(/;

/**
 * The routes a file declares: `$routeProvider.when(path, { controller: 'Ctrl', resolve: {…} })` and
 * ui-router's `$stateProvider.state(name, {…})` / `.state({ name, … })`. A route must resolve every
 * `resolve` entry before its controller runs; one that rejects (a consent check's failed promise)
 * stops the navigation.
 */
export function angularRoutes(sf: ts.SourceFile): AngularRoute[] {
  let out = routeIndexes.get(sf);
  if (out) return out;
  out = [];
  routeIndexes.set(sf, out);
  if (!MAY_ROUTE.test(sf.text)) return out;
  const found = out;
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && (n.expression.name.text === "when" || n.expression.name.text === "state")) {
      for (const a of n.arguments) if (ts.isObjectLiteralExpression(a)) found.push(...routeOf(a));
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function routeOf(o: ts.ObjectLiteralExpression): AngularRoute[] {
  let controller: string | undefined;
  const resolves: ts.Expression[] = [];
  for (const p of o.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    const key = p.name && (ts.isIdentifier(p.name) || ts.isStringLiteralLike(p.name)) ? p.name.text : undefined;
    // 'AttendanceCtrl as vm' names the controller and its alias.
    if (key === "controller" && ts.isStringLiteralLike(p.initializer)) controller = p.initializer.text.split(/\s+as\s+/)[0].trim();
    if (key === "resolve" && ts.isObjectLiteralExpression(p.initializer)) {
      for (const r of p.initializer.properties) {
        const fn = ts.isPropertyAssignment(r) ? injectableFunction(r.initializer) : ts.isMethodDeclaration(r) ? r : undefined;
        if (fn) resolves.push(fn as ts.Expression);
      }
    }
  }
  return controller ? [{ controller, resolves }] : [];
}

/**
 * The guard calls a resolve function's result depends on: what every `return` gives (`return
 * Consent.requireConsent('location')`, an arrow's body), and guard calls made as assertions before them.
 */
export function resolvedGuardCalls(fn: ts.Node): { returned: ts.Expression[]; asserted: ts.Expression[] } {
  const returned: ts.Expression[] = [];
  const asserted: ts.Expression[] = [];
  const body = (fn as { body?: ts.Node }).body;
  if (!body) return { returned, asserted };
  if (!ts.isBlock(body)) return { returned: [body as ts.Expression], asserted };
  const visit = (n: ts.Node): void => {
    if (ts.isFunctionLike(n)) return;
    if (ts.isReturnStatement(n) && n.expression) returned.push(n.expression);
    else if (ts.isExpressionStatement(n) && n.parent === body) asserted.push(n.expression);
    ts.forEachChild(n, visit);
  };
  ts.forEachChild(body, visit);
  return { returned, asserted };
}
