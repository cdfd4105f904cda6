// Deno Fresh: a routes/**/_middleware.ts runs before every route under its folder. Its `handler` is one
// function or an array of them (`export const handler = [requireTrackingConsent]`); a configured guard
// among them guards those routes, as route middleware does. Route handlers are the exported `handler`
// (a function, or an object of `GET` / `POST` … methods) of a file under routes/.
import { ts } from "../typescript.cjs";
import { propName, skipWrappers } from "./file-index.js";

const MIDDLEWARE_NAMES = ["_middleware.ts", "_middleware.tsx", "_middleware.js", "_middleware.jsx"];

/** The _middleware files that run before a route file (its folder's and every enclosing one's under routes/), nearest first. */
export function freshMiddlewarePaths(routeFile: string): string[] {
  const at = routeFile.lastIndexOf("/routes/");
  if (at < 0) return [];
  const root = routeFile.slice(0, at + "/routes".length);
  const out: string[] = [];
  for (let dir = routeFile.slice(0, routeFile.lastIndexOf("/")); dir.length >= root.length; dir = dir.slice(0, dir.lastIndexOf("/"))) {
    for (const n of MIDDLEWARE_NAMES) out.push(`${dir}/${n}`);
  }
  return out;
}

/** Whether a unit is a Fresh route handler: the exported `handler` function, or a method of the exported `handler` object. */
export function isFreshRouteHandler(path: string, fn: ts.Node): boolean {
  if (!path.includes("/routes/") || /\/_(middleware|app|layout|404|500)\.[jt]sx?$/.test(path)) return false;
  const member = ts.isMethodDeclaration(fn) ? fn : ts.isPropertyAssignment(fn.parent) && fn.parent.initializer === fn ? fn.parent : undefined;
  const holder = member ? member.parent : fn;
  if (member && !/^(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS)$/.test(propName(member.name) ?? "")) return false;
  let n: ts.Node | undefined = holder.parent;
  while (n && (ts.isAsExpression(n) || ts.isSatisfiesExpression(n) || ts.isParenthesizedExpression(n))) n = n.parent;
  if (ts.isFunctionDeclaration(holder)) return holder.name?.text === "handler" && !!ts.getModifiers(holder)?.some((m) => m.kind === ts.SyntaxKind.ExportKeyword);
  return !!n && ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === "handler";
}

/** The functions a _middleware file's `handler` runs: `export const handler = [a, b]` or `= a`, by expression. */
export function freshMiddlewareHandlers(sf: ts.SourceFile): ts.Expression[] {
  for (const st of sf.statements) {
    if (!ts.isVariableStatement(st)) continue;
    for (const d of st.declarationList.declarations) {
      if (!ts.isIdentifier(d.name) || d.name.text !== "handler" || !d.initializer) continue;
      const init = skipWrappers(d.initializer);
      return ts.isArrayLiteralExpression(init) ? [...init.elements] : [init];
    }
  }
  return [];
}
