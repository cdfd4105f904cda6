// Routers mounted behind guard middleware: `app.use("/marketing", requireConsent, marketingRouter)` runs
// every route of `marketingRouter` behind `requireConsent`, wherever those routes are declared. Found
// syntactically, once per engine, in the files that call `.use(`.
import { ts } from "../typescript.cjs";
import { isFunctionLike } from "./file-index.js";

/** One `.use(…)` that mounts a router given by name, with the middleware written before it. */
export interface RouterMount {
  router: ts.Identifier;
  middleware: ts.Expression[];
}

export function findMounts(sf: ts.SourceFile): RouterMount[] {
  if (!sf.text.includes(".use(")) return [];
  const out: RouterMount[] = [];
  const visit = (n: ts.Node): void => {
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "use" && n.arguments.length >= 2) {
      const last = n.arguments[n.arguments.length - 1];
      const before = n.arguments.slice(0, -1).filter((a) => !isMountPath(a));
      if (ts.isIdentifier(last) && before.every((a) => !isFunctionLike(a))) out.push({ router: last, middleware: before.flatMap(spreadArray) });
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

/** The path a `.use(…)` mounts at (`"/reports"`, a template, a regular expression). */
export function isMountPath(e: ts.Expression): boolean {
  return ts.isStringLiteralLike(e) || ts.isTemplateExpression(e) || ts.isRegularExpressionLiteral(e);
}

/** `[auth, requireConsent]` written as one argument counts as its elements. */
function spreadArray(e: ts.Expression): ts.Expression[] {
  return ts.isArrayLiteralExpression(e) ? e.elements.filter((x): x is ts.Expression => !ts.isSpreadElement(x) && !ts.isOmittedExpression(x)) : [e];
}
