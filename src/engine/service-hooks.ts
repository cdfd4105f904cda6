// Feathers services: hooks registered for a service run before its methods.
//   app.use('leads', new LeadService())
//   app.service('leads').hooks({ before: { create: [requireConsent('enrichment')] }, around: { all: [authenticate('jwt')] } })
// A consent check among a method's `before` or `around` hooks (its own or `all`) guards that method, as
// middleware before a route handler does. This finds, syntactically, the hook expressions per method and the
// class of the service registered under the same path in the same file; the engine decides which hooks are
// guards and records the framework's call of each method under them.
import { ts } from "../typescript.cjs";
import { fileConstant, propName } from "./file-index.js";

const PHASES = new Set(["before", "around"]);

export interface ServiceHooks {
  /** The `new X(…)` registered under the service's path. */
  service: ts.Expression;
  /** Hook expressions per method name; "all" applies to every method. */
  hooks: Map<string, ts.Expression[]>;
}

/** `<x>.service('<path>').hooks({ … })`: the hooks per method and the service registered at that path. */
export function serviceHooks(c: ts.CallExpression): ServiceHooks | undefined {
  const callee = c.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "hooks") return undefined;
  const arg = c.arguments[0];
  const target = callee.expression;
  if (!arg || !ts.isObjectLiteralExpression(arg) || !ts.isCallExpression(target)) return undefined;
  const svc = target.expression;
  const path = target.arguments[0] && pathText(target.arguments[0]);
  if (!ts.isPropertyAccessExpression(svc) || svc.name.text !== "service" || path === undefined) return undefined;
  const service = registeredService(c.getSourceFile(), path);
  if (!service) return undefined;
  const hooks = new Map<string, ts.Expression[]>();
  for (const phase of arg.properties) {
    if (!ts.isPropertyAssignment(phase) || !PHASES.has(propName(phase.name) ?? "") || !ts.isObjectLiteralExpression(phase.initializer)) continue;
    for (const m of phase.initializer.properties) {
      const method = ts.isPropertyAssignment(m) ? propName(m.name) : undefined;
      if (!method || !ts.isPropertyAssignment(m)) continue;
      const list = ts.isArrayLiteralExpression(m.initializer) ? m.initializer.elements.filter((e) => !ts.isSpreadElement(e)) : [m.initializer];
      hooks.set(method, [...(hooks.get(method) ?? []), ...list]);
    }
  }
  return hooks.size ? { service, hooks } : undefined;
}

/** The `new X(…)` of a `<app>.use('<path>', new X(…))` in the file. */
function registeredService(sf: ts.SourceFile, path: string): ts.Expression | undefined {
  let found: ts.Expression | undefined;
  const visit = (n: ts.Node): void => {
    if (found) return;
    if (ts.isCallExpression(n) && ts.isPropertyAccessExpression(n.expression) && n.expression.name.text === "use") {
      const [p, s] = n.arguments;
      if (p && s && ts.isNewExpression(s) && pathText(p) === path) {
        found = s;
        return;
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/** A service's path: a string, or a constant of the file holding one (`export const feedbackPath = 'feedback'`, as Feathers' generator writes). */
function pathText(e: ts.Expression): string | undefined {
  if (ts.isStringLiteralLike(e)) return e.text;
  const held = ts.isIdentifier(e) ? fileConstant(e) : undefined;
  return held && ts.isStringLiteralLike(held) ? held.text : undefined;
}
