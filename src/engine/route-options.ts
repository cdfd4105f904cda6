// Route declarations that put the handler and what runs before it in one object:
//   Hapi:    server.route({ path, options: { pre: [{ method: requireConsent }], ext: { onPreHandler: { method: g } }, handler } }),
//            or a top-level handler beside options.pre
//   Fastify: fastify.route({ url, preHandler: [authenticate, requireConsent], handler })
//   h3 / Nitro: defineEventHandler({ onRequest: [requireConsent], handler })
// A hook there that stops the request (throws, or answers early) guards the handler, as middleware
// before it does. This finds the hook expressions; the engine decides which of them are guards.
import { ts } from "../typescript.cjs";
import { propName } from "./file-index.js";

/** Fastify's lifecycle hooks that run before the handler and can stop it. */
export const FASTIFY_HOOKS = new Set(["onRequest", "preParsing", "preValidation", "preHandler"]);
/** Hooks a route's options (or a group's) run before its handler: Fastify's, and Elysia's `beforeHandle`. */
export const ROUTE_HOOK_KEYS = new Set([...FASTIFY_HOOKS, "beforeHandle"]);
/** Hapi's request lifecycle extension points before the handler. */
const HAPI_EXT = new Set(["onRequest", "onPreAuth", "onCredentials", "onPostAuth", "onPreHandler"]);

function elements(e: ts.Expression): ts.Expression[] {
  return ts.isArrayLiteralExpression(e) ? e.elements.flatMap((x) => (ts.isSpreadElement(x) ? [] : elements(x))) : [e];
}

/** `{ method: fn, assign: "x" }` → fn; anything else is the hook itself. */
function hookMethod(e: ts.Expression): ts.Expression | undefined {
  if (!ts.isObjectLiteralExpression(e)) return e;
  const m = e.properties.find((p) => ts.isPropertyAssignment(p) && propName(p.name) === "method");
  return m && ts.isPropertyAssignment(m) ? m.initializer : undefined;
}

/** The hooks declared beside `handler` (the function `fn`) that run before it. */
export function routeOptionHooks(fn: ts.Node): ts.Expression[] {
  // Written as a method (`defineEventHandler({ onRequest: [requireConsent], async handler(event) {…} })` of h3/Nitro).
  if (ts.isMethodDeclaration(fn) && propName(fn.name) === "handler" && ts.isObjectLiteralExpression(fn.parent)) return hooksIn(fn.parent, true);
  const prop = fn.parent;
  if (!prop || !ts.isPropertyAssignment(prop) || prop.initializer !== fn || propName(prop.name) !== "handler" || !ts.isObjectLiteralExpression(prop.parent)) return [];
  return hooksIn(prop.parent, true);
}

/** Hooks in a route object; `nested`: also in its `options` (or Hapi 16's `config`) beside a top-level handler. */
function hooksIn(route: ts.ObjectLiteralExpression, nested: boolean): ts.Expression[] {
  const out: ts.Expression[] = [];
  for (const p of route.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    const key = propName(p.name);
    if (nested && (key === "options" || key === "config") && ts.isObjectLiteralExpression(p.initializer)) {
      out.push(...hooksIn(p.initializer, false));
      continue;
    }
    if (key === "pre" || (key !== undefined && ROUTE_HOOK_KEYS.has(key))) {
      for (const h of elements(p.initializer)) {
        const m = hookMethod(h);
        if (m) out.push(m);
      }
    } else if (key === "ext" && ts.isObjectLiteralExpression(p.initializer)) {
      for (const x of p.initializer.properties) {
        if (!ts.isPropertyAssignment(x) || !HAPI_EXT.has(propName(x.name) ?? "")) continue;
        for (const h of elements(x.initializer)) {
          const m = hookMethod(h);
          if (m) out.push(m);
        }
      }
    }
  }
  return out;
}
