// A local name bound to a member path of another (`const { logger } = context`, `const log = req.log`), read
// from the code: a path-style sink (`context.logger.info`) is still that sink called through the alias.
import { ts } from "../typescript.cjs";
import { exprPath } from "./guards.js";
import { propName } from "./file-index.js";

/**
 * The member path `name` was bound to where it is declared in scope at `from`, if it was bound so: the
 * nearest declaration of the name wins (a parameter of that name shadows any outer one).
 */
export function localAliasPath(from: ts.Node, name: string): string[] | undefined {
  for (let n: ts.Node | undefined = from.parent; n; n = n.parent) {
    if (ts.isFunctionLike(n) && n.parameters.some((p) => declares(p.name, name))) return undefined;
    if (!ts.isBlock(n) && !ts.isSourceFile(n) && !ts.isModuleBlock(n) && !ts.isCaseClause(n) && !ts.isDefaultClause(n)) continue;
    for (const st of n.statements) {
      if (!ts.isVariableStatement(st)) continue;
      for (const d of st.declarationList.declarations) {
        if (!declares(d.name, name)) continue;
        const init = d.initializer && exprPath(d.initializer);
        if (!init || init.includes("()")) return undefined;
        if (ts.isIdentifier(d.name)) return init;
        const el = ts.isObjectBindingPattern(d.name) ? d.name.elements.find((e) => ts.isIdentifier(e.name) && e.name.text === name && !e.dotDotDotToken) : undefined;
        const key = el && (el.propertyName ? propName(el.propertyName) : name);
        return key ? [...init, key] : undefined;
      }
    }
  }
  return undefined;
}

function declares(b: ts.BindingName, name: string): boolean {
  if (ts.isIdentifier(b)) return b.text === name;
  return b.elements.some((e) => !ts.isOmittedExpression(e) && declares(e.name, name));
}

/**
 * The receiver of the call a `function` (not an arrow) is given to directly, with that call's method name:
 * Fastify calls a route handler or hook with `this` bound to the instance it was registered on
 * (`app.post('/x', async function (req) { this.log.info(…) })`). Undefined when `from` is in no such function.
 */
export function handlerThisReceiver(from: ts.Node): { method: string; path: string[] } | undefined {
  let n: ts.Node | undefined = from.parent;
  while (n && !(ts.isFunctionLike(n) && !ts.isArrowFunction(n))) n = n.parent;
  if (!n || !ts.isFunctionExpression(n)) return undefined;
  const call = n.parent;
  if (!ts.isCallExpression(call) || !call.arguments.includes(n as ts.FunctionExpression) || !ts.isPropertyAccessExpression(call.expression)) return undefined;
  const path = exprPath(call.expression.expression);
  return path && !path.includes("()") ? { method: call.expression.name.text, path } : undefined;
}

/** Whether an expression's chain of member reads starts at `this`. */
export function readsFromThis(e: ts.Expression): boolean {
  let cur = e;
  while (ts.isPropertyAccessExpression(cur) || ts.isElementAccessExpression(cur) || ts.isParenthesizedExpression(cur) || ts.isNonNullExpression(cur)) cur = cur.expression;
  return cur.kind === ts.SyntaxKind.ThisKeyword;
}
