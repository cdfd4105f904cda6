// Sails.js policies: config/policies.js maps actions to the policies that run
// before them (`'claims/submit': ['isLoggedIn', 'requireConsent']`, or per
// controller `PrescriptionController: { upload: 'requireConsent', '*': … }` or per folder (`'claims/*'`),
// with `'*'` for the rest). A policy named as a configured guard guards the
// action, as route middleware does. Actions are the `fn` of an actions2 file
// (api/controllers/claims/submit.js → 'claims/submit') or the methods of a
// classic controller (api/controllers/PrescriptionController.js).
import { ts } from "../typescript.cjs";
import { initializerOf, propName } from "./file-index.js";

/** The action a unit is, by the policies' keys: [identity] for an actions2 file, [controller, method] for a classic one. */
export function sailsAction(rel: string, fn: ts.Node): string[] | undefined {
  const at = rel.lastIndexOf("api/controllers/");
  if (at < 0) return undefined;
  const id = rel.slice(at + "api/controllers/".length).replace(/\.(c|m)?(j|t)s$/, "");
  // `name: async function (…) {…}` or `name(…) {…}` in `module.exports = {…}`.
  const member = ts.isMethodDeclaration(fn) ? fn : fn.parent && ts.isPropertyAssignment(fn.parent) && fn.parent.initializer === fn ? fn.parent : undefined;
  if (!member || !isModuleExportsObject(member.parent)) return undefined;
  const name = propName(member.name);
  if (name === undefined) return undefined;
  if (/Controller$/.test(id)) return [id.split("/").pop()!, name];
  return name === "fn" ? [id] : undefined;
}

function isModuleExportsObject(n: ts.Node | undefined): boolean {
  if (!n || !ts.isObjectLiteralExpression(n)) return false;
  const p = n.parent;
  return !!p && ts.isBinaryExpression(p) && p.right === n && p.operatorToken.kind === ts.SyntaxKind.EqualsToken && p.left.getText() === "module.exports";
}

/** The policy map of a config/policies.js: `module.exports.policies = {…}`. */
export function policyMap(sf: ts.SourceFile): ts.ObjectLiteralExpression | undefined {
  for (const st of sf.statements) {
    if (!ts.isExpressionStatement(st) || !ts.isBinaryExpression(st.expression)) continue;
    const { left, right } = st.expression;
    if (left.getText() === "module.exports.policies" && ts.isObjectLiteralExpression(right)) return right;
    if (left.getText() === "module.exports" && ts.isObjectLiteralExpression(right)) {
      const p = right.properties.find((x) => ts.isPropertyAssignment(x) && propName(x.name) === "policies");
      if (p && ts.isPropertyAssignment(p) && ts.isObjectLiteralExpression(p.initializer)) return p.initializer;
    }
  }
  return undefined;
}

/** The policy names that run before an action (the most specific entry that names it or a folder it is in, else `'*'`). */
export function policiesFor(map: ts.ObjectLiteralExpression, action: readonly string[]): string[] {
  const get = initializerOf;
  let entry: ts.Expression | undefined;
  if (action.length === 2) {
    const ctrl = get(map, action[0]);
    if (ctrl && ts.isObjectLiteralExpression(ctrl)) entry = get(ctrl, action[1]) ?? get(ctrl, "*");
    else entry = ctrl;
  } else {
    // The most specific key: the action itself, then the folders it is in (`'marketing/*'`), innermost first.
    entry = get(map, action[0]);
    const parts = action[0].split("/");
    for (let i = parts.length - 1; i > 0 && !entry; i--) entry = get(map, `${parts.slice(0, i).join("/")}/*`);
  }
  entry ??= get(map, "*");
  if (!entry) return [];
  const names = ts.isArrayLiteralExpression(entry) ? entry.elements : [entry];
  return names.flatMap((s) => (ts.isStringLiteralLike(s) ? [s.text] : []));
}
