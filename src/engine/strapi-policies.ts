// Strapi (v4) route policies: a route in src/api/<api>/routes/*.js names its
// controller action (`handler: 'booking.partnerShare'` or
// `'api::guest.guest.rsvp'`) and the policies that run before it
// (`config: { policies: ['global::hasUserConsent'] }`); a core router gives
// them per core action (`createCoreRouter('api::booking.booking', { config:
// { create: { policies: [...] } } })`). A policy named as a configured guard
// guards the action, as route middleware does. Actions are the methods of a
// controller (`createCoreController(uid, ({ strapi }) => ({ async create(ctx) {…} }))`
// or `module.exports = {…}`) in src/api/<api>/controllers/<controller>.js.
import { ts } from "../typescript.cjs";
import { fileConstant, initializerOf, propName } from "./file-index.js";
import { returnedObject } from "./persisted-stores.js";

export interface StrapiAction {
  /** The API's directory (…/src/api/<api>). */
  apiDir: string;
  api: string;
  controller: string;
  action: string;
}

/** The controller action a unit is, when it is one. */
export function strapiAction(path: string, fn: ts.Node): StrapiAction | undefined {
  const m = /^(.*\/src\/api\/([^/]+))\/controllers\/([^/]+)\.(?:c|m)?[jt]s$/.exec(path);
  if (!m) return undefined;
  const member = ts.isMethodDeclaration(fn) ? fn : fn.parent && ts.isPropertyAssignment(fn.parent) && fn.parent.initializer === fn ? fn.parent : undefined;
  if (!member || !ts.isObjectLiteralExpression(member.parent)) return undefined;
  const action = propName(member.name);
  return action === undefined ? undefined : { apiDir: m[1], api: m[2], controller: m[3], action };
}

/** The policy names that run before the action, from one routes file. */
export function strapiPolicies(sf: ts.SourceFile, target: StrapiAction): string[] {
  const out: string[] = [];
  const visit = (n: ts.Node) => {
    if (ts.isObjectLiteralExpression(n)) {
      const handler = stringProp(n, "handler");
      if (handler !== undefined && handlerMatches(handler, target)) out.push(...policiesOf(initializerOf(n, "config")));
    }
    // createCoreRouter('api::booking.booking', { config: { create: { policies } } })
    if (ts.isCallExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === "createCoreRouter" && n.arguments.length >= 2) {
      const uid = n.arguments[0];
      const opts = n.arguments[1];
      if (ts.isStringLiteralLike(uid) && uid.text === `api::${target.api}.${target.controller}` && ts.isObjectLiteralExpression(opts)) {
        const config = initializerOf(opts, "config");
        if (config && ts.isObjectLiteralExpression(config)) out.push(...policiesOf(initializerOf(config, target.action)));
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return out;
}

function handlerMatches(handler: string, t: StrapiAction): boolean {
  return handler === `${t.controller}.${t.action}` || handler === `api::${t.api}.${t.controller}.${t.action}`;
}

/** `{ policies: ['global::isOwner', { name: 'api::booking.hasConsent', config: {} }] }` → the policies' own names. */
function policiesOf(config: ts.Expression | undefined): string[] {
  if (!config || !ts.isObjectLiteralExpression(config)) return [];
  const list = initializerOf(config, "policies");
  if (!list || !ts.isArrayLiteralExpression(list)) return [];
  return list.elements.flatMap((e) => {
    const name = ts.isStringLiteralLike(e) ? e.text : ts.isObjectLiteralExpression(e) ? stringProp(e, "name") : undefined;
    // 'global::hasUserConsent', 'api::booking.hasUserConsent', 'plugin::users-permissions.isAuthenticated'
    if (name === undefined) return [];
    const own = name.slice(name.lastIndexOf("::") + 2).split(".").pop()!;
    // A policy named by its file (`global::require-privacy-consent`) is also the guard its camel-cased name is.
    return own.includes("-") ? [own, own.replace(/-([a-z0-9])/g, (_m, ch: string) => ch.toUpperCase())] : [own];
  });
}

function stringProp(o: ts.ObjectLiteralExpression, name: string): string | undefined {
  const v = initializerOf(o, name);
  return v && ts.isStringLiteralLike(v) ? v.text : undefined;
}

/**
 * `strapi.service('api::report.report')` (also `strapi.services['api::…']`, or the module's `const UID =
 * 'api::report.report'` passed by name): the UID of the service a call names, when it is a Strapi service lookup.
 */
export function strapiServiceUid(e: ts.Expression): { api: string; name: string } | undefined {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  let key: ts.Expression | undefined;
  let recv: ts.Expression | undefined;
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "service" && e.arguments.length === 1) {
    key = e.arguments[0];
    recv = e.expression.expression;
  } else if (ts.isElementAccessExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "services") {
    key = e.argumentExpression;
    recv = e.expression.expression;
  }
  const uid = key && moduleConstantText(key);
  if (uid === undefined || !recv || recv.getText().split(".").pop() !== "strapi") return undefined;
  const m = /^api::([\w-]+)\.([\w-]+)$/.exec(uid);
  return m ? { api: m[1], name: m[2] } : undefined;
}

/**
 * The method `method` of a service file (src/api/<api>/services/<name>.js): of the object its
 * createCoreService factory returns (`createCoreService(uid, ({ strapi }) => ({ async push(r) {…} }))`), or
 * of `module.exports = {…}` / `export default {…}`.
 */
export function strapiServiceMethod(sf: ts.SourceFile, method: string): ts.SignatureDeclaration | undefined {
  let found: ts.SignatureDeclaration | undefined;
  const inObject = (o: ts.ObjectLiteralExpression): ts.SignatureDeclaration | undefined => {
    for (const p of o.properties) {
      if (!p.name || propName(p.name) !== method) continue;
      if (ts.isMethodDeclaration(p)) return p;
      if (ts.isPropertyAssignment(p) && (ts.isFunctionExpression(p.initializer) || ts.isArrowFunction(p.initializer))) return p.initializer;
    }
    return undefined;
  };
  const visit = (n: ts.Node) => {
    if (found) return;
    if (ts.isCallExpression(n) && n.arguments.length >= 2 && /(^|\.)createCoreService$/.test(n.expression.getText())) {
      const o = returnedObject(n.arguments[1]);
      if (o) found = inObject(o);
    } else if (ts.isBinaryExpression(n) && n.operatorToken.kind === ts.SyntaxKind.EqualsToken && n.left.getText() === "module.exports" && ts.isObjectLiteralExpression(n.right)) {
      found = inObject(n.right);
    } else if (ts.isExportAssignment(n) && ts.isObjectLiteralExpression(n.expression)) {
      found = inObject(n.expression);
    }
    if (!found) ts.forEachChild(n, visit);
  };
  visit(sf);
  return found;
}

/** A string written out, or the module's `const UID = 'api::order.order'` that a lookup names. */
function moduleConstantText(e: ts.Expression): string | undefined {
  const v = ts.isIdentifier(e) ? fileConstant(e) : e;
  return v && ts.isStringLiteralLike(v) ? v.text : undefined;
}

/**
 * `strapi.plugin('sentry')`: the npm package of the Strapi plugin a call names (`@strapi/plugin-sentry`), so
 * its services' calls (`.service('sentry').sendError(err, (scope) => …)`) are that package's, as catalogued.
 */
export function strapiPluginPackage(c: ts.CallExpression): string | undefined {
  const callee = c.expression;
  if (!ts.isPropertyAccessExpression(callee) || callee.name.text !== "plugin" || c.arguments.length !== 1) return undefined;
  const key = c.arguments[0];
  if (!ts.isStringLiteralLike(key) || !/^[a-z][\w-]*$/.test(key.text) || callee.expression.getText().split(".").pop() !== "strapi") return undefined;
  return `@strapi/plugin-${key.text}`;
}
