// Routes that name their handler as a controller and a method name, as
// AdonisJS 6 does: `router.post('/members', [MembersController, 'store'])`,
// the controller imported, or loaded lazily (`const MembersController = () =>
// import('#controllers/members_controller')`, the form its generators write).
// The method is the route's handler: it runs under the route's middleware,
// as an inline handler would.
//
// Adonis also takes a route's or a group's middleware chained after it
// (`router.post(…).use(middleware.auth())`, `router.group(() => {…}).prefix('/x').use([…])`),
// which an Express router's `.use` after a route does not mean: the packages
// whose routers read it so are listed here.
import { ts } from "../typescript.cjs";
import { propName, type FileIndex } from "./file-index.js";
import { resolveExport, resolveName, resolveSpec, type ModuleLookup } from "./resolve.js";

/** Packages whose router's route and group objects take middleware by a `.use(…)` chained after them. */
export const TRAILING_MIDDLEWARE_ROUTERS = ["@adonisjs/core"];

/**
 * Actions whose checks follow the handler and run before it (Qwik City's `routeAction$(handler, zod$(…),
 * requireConsent)`, `globalAction$`, `routeLoader$`): package → functions.
 */
export const TRAILING_VALIDATOR_ACTIONS: Readonly<Record<string, readonly string[]>> = {
  "@builder.io/qwik-city": ["routeAction$", "globalAction$", "routeLoader$"],
  "@qwik.dev/router": ["routeAction$", "globalAction$", "routeLoader$"],
};

/**
 * API declarations that take their middleware as arguments wrapped in a call, before the handler (Midway
 * hooks' `Api(Post('/api/x'), Middleware(requireConsent), handler)`): package → the declaring functions and
 * the wrappers whose arguments are middleware run before the handler.
 */
export const MIDDLEWARE_ARG_APIS: Readonly<Record<string, { functions: readonly string[]; middleware: readonly string[] }>> = {
  "@midwayjs/hooks": { functions: ["Api"], middleware: ["Middleware"] },
};

/** The method a `[Controller, 'method']` handler names, when the controller is a class of the project. */
export function controllerAction(engine: ModuleLookup, file: FileIndex, e: ts.Expression): ts.MethodDeclaration | undefined {
  if (!ts.isArrayLiteralExpression(e) || e.elements.length !== 2) return undefined;
  const [ctrl, method] = e.elements;
  if (!ts.isStringLiteralLike(method)) return undefined;
  const cls = controllerClass(engine, file, ctrl);
  return cls?.members.find((x): x is ts.MethodDeclaration => ts.isMethodDeclaration(x) && !!x.body && propName(x.name) === method.text);
}

function controllerClass(engine: ModuleLookup, file: FileIndex, e: ts.Expression): ts.ClassLikeDeclaration | undefined {
  if (isFunction(e)) return lazyImportClass(engine, file, e);
  if (!ts.isIdentifier(e)) return undefined;
  const r = resolveName(engine, file, e.text);
  if (r?.kind !== "decl") return undefined;
  if (ts.isClassDeclaration(r.node)) return r.node;
  if (ts.isVariableDeclaration(r.node) && r.node.initializer && isFunction(r.node.initializer)) return lazyImportClass(engine, r.file, r.node.initializer);
  return undefined;
}

function isFunction(e: ts.Node): e is ts.ArrowFunction | ts.FunctionExpression {
  return ts.isArrowFunction(e) || ts.isFunctionExpression(e);
}

/** `() => import('#controllers/x')`: the class the imported module exports by default. */
function lazyImportClass(engine: ModuleLookup, file: FileIndex, fn: ts.ArrowFunction | ts.FunctionExpression): ts.ClassLikeDeclaration | undefined {
  let body: ts.Node = fn.body;
  if (ts.isBlock(body)) {
    const ret = body.statements.length === 1 ? body.statements[0] : undefined;
    if (!ret || !ts.isReturnStatement(ret) || !ret.expression) return undefined;
    body = ret.expression;
  }
  while (ts.isParenthesizedExpression(body) || ts.isAwaitExpression(body)) body = body.expression;
  const spec = dynamicImportSpec(body);
  if (spec === undefined) return undefined;
  const m = resolveSpec(engine, spec, file);
  if (m?.kind !== "module") return undefined;
  const r = resolveExport(engine, m.file, "default");
  return r?.kind === "decl" && ts.isClassDeclaration(r.node) ? r.node : undefined;
}

/** The specifier of `import('x')`, when it is a literal. */
function dynamicImportSpec(e: ts.Node): string | undefined {
  if (!ts.isCallExpression(e) || e.expression.kind !== ts.SyntaxKind.ImportKeyword) return undefined;
  const a = e.arguments[0];
  return a && ts.isStringLiteralLike(a) ? a.text : undefined;
}
