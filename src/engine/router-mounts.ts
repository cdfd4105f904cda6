// Routers mounted behind guard middleware: `app.use("/marketing", requireConsent, marketingRouter)` runs
// every route of `marketingRouter` behind `requireConsent`, wherever those routes are declared. Found
// syntactically, once per engine, in the files that call `.use(` or `.route(`; so is middleware registered for
// the routes under a path.
import { ts } from "../typescript.cjs";
import { isFunctionLike } from "./file-index.js";

/** One `.use(…)` (or Hono's `.route(…)`) that mounts a router given by name, with the middleware written before it. */
export interface RouterMount {
  router: ts.Identifier;
  middleware: ts.Expression[];
  /** The path it is mounted at, when written as a string (`app.route('/api/member', member)`). */
  prefix?: string;
  /** The receiver it is mounted on (`app`), and where. */
  parent?: string;
  pos: number;
}

/**
 * Middleware registered for the routes under a path (`app.use('/api/member/coach/*', requireConsent('coach'))`,
 * `router.use('/owners', consentGuard)`): it runs before every route of the receiver, or of a router mounted
 * on it, whose path the pattern matches and that is registered after it.
 */
export interface PathMiddleware {
  receiver: string;
  pattern: string;
  middleware: ts.Expression[];
  pos: number;
}

export function hasMountCalls(text: string): boolean {
  return text.includes(".use(") || text.includes(".route(");
}

/** The mounts and the path-scoped middleware of a file, in one walk. */
export function findRouting(sf: ts.SourceFile): { mounts: RouterMount[]; pathMiddleware: PathMiddleware[] } {
  const mounts: RouterMount[] = [];
  const pathMiddleware: PathMiddleware[] = [];
  if (!hasMountCalls(sf.text)) return { mounts, pathMiddleware };
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.arguments.length >= 2) {
      const method = n.expression.name.text;
      const first = n.arguments[0];
      const prefix = ts.isStringLiteralLike(first) ? first.text : undefined;
      const parent = n.expression.expression.getText();
      const last = routerOf(n.arguments[n.arguments.length - 1]);
      if (method === "use") {
        const before = n.arguments.slice(0, -1).filter((a) => !isMountPath(a));
        if (last && before.every((a) => !isFunctionLike(a))) mounts.push({ router: last, middleware: before.flatMap(spreadArray), prefix, parent, pos: n.getStart() });
        const rest = n.arguments.slice(1);
        if (prefix !== undefined && rest.every((a) => !isFunctionLike(a))) pathMiddleware.push({ receiver: parent, pattern: prefix, middleware: rest.flatMap(spreadArray), pos: n.getStart() });
      } else if (method === "route" && n.arguments.length === 2 && prefix !== undefined && last) {
        mounts.push({ router: last, middleware: [], prefix, parent, pos: n.getStart() });
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { mounts, pathMiddleware };
}

/** `router`, or koa-router's `router.routes()` / `router.middleware()`. */
function routerOf(e: ts.Expression): ts.Identifier | undefined {
  if (ts.isIdentifier(e)) return e;
  if (ts.isCallExpression(e) && e.arguments.length === 0 && ts.isPropertyAccessExpression(e.expression) && /^(routes|middleware)$/.test(e.expression.name.text) && ts.isIdentifier(e.expression.expression))
    return e.expression.expression;
  return undefined;
}

/**
 * Whether a middleware path covers a route's path: Hono's and Express's wildcards (`/api/*`), parameters
 * (`/users/:id`), and a plain prefix that ends at a segment (`/admin` covers `/admin/users`).
 */
export function pathCovers(pattern: string, path: string): boolean {
  const norm = (p: string) => (p.length > 1 ? p.replace(/\/+$/, "") : p);
  const body = norm(pattern)
    .split("/")
    .map((seg) => (seg === "*" ? ".*" : seg.startsWith(":") ? "[^/]+" : seg.replace(/[.+?^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*")))
    .join("/");
  return new RegExp(`^${body}(/.*)?$`).test(norm(path));
}

/** A mount's prefix and a route's path, joined with one slash. */
export function joinPaths(prefix: string, path: string): string {
  return `${prefix.replace(/\/+$/, "")}/${path.replace(/^\/+/, "")}`;
}

/** The path a `.use(…)` mounts at (`"/reports"`, a template, a regular expression). */
export function isMountPath(e: ts.Expression): boolean {
  return ts.isStringLiteralLike(e) || ts.isTemplateExpression(e) || ts.isRegularExpressionLiteral(e);
}

/** `[auth, requireConsent]` written as one argument counts as its elements. */
function spreadArray(e: ts.Expression): ts.Expression[] {
  return ts.isArrayLiteralExpression(e) ? e.elements.filter((x): x is ts.Expression => !ts.isSpreadElement(x) && !ts.isOmittedExpression(x)) : [e];
}
