// AMD modules (RequireJS, the module format of many older browser apps):
// `define(['jquery', 'app/api'], function ($, api) { … return { book } })`
// names its dependencies by module id and is given them, in order, as its
// factory's parameters; what the factory returns is the module. The engine
// keeps each file's module in a shared cell (`%amd#<path>`), so a factory's
// `api.book(form)` is a call of the function another file's factory returned,
// and a dependency that is no file of the project is the package of that name
// (`$` of 'jquery' is jQuery, whose `$.ajax` the catalogue knows).
import path from "node:path";
import { ts } from "../typescript.cjs";

/** `define(…)`, and `require([…], cb)` / `requirejs([…], cb)`, which load modules without defining one. */
const AMD_FUNCTIONS = new Set(["define", "require", "requirejs"]);
/** Dependencies RequireJS gives itself (CommonJS sugar), not modules: given nothing. */
const SPECIAL_IDS = new Set(["require", "exports", "module"]);
/** How far up from a file a module id is looked for (RequireJS resolves ids against a baseUrl above the file). */
const MAX_LEVELS = 12;

export interface AmdCall {
  kind: "define" | "require";
  deps: string[];
  /** The argument that is the factory or callback (a function, or for `define` the module object itself). */
  factoryIndex: number;
}

/** The AMD call `c` is, when it is one: `define([id,] [deps,] factory)` or `require(deps, callback)`. */
export function amdCall(c: ts.CallExpression): AmdCall | undefined {
  const callee = c.expression;
  if (!ts.isIdentifier(callee) || !AMD_FUNCTIONS.has(callee.text)) return undefined;
  const args = c.arguments;
  let i = 0;
  if (callee.text === "define" && args[i] && ts.isStringLiteralLike(args[i])) i++;
  let deps: string[] = [];
  const list = args[i];
  if (list && ts.isArrayLiteralExpression(list)) {
    if (!list.elements.every(ts.isStringLiteralLike)) return undefined;
    deps = list.elements.map((e) => (e as ts.StringLiteralLike).text);
    i++;
  } else if (callee.text !== "define") return undefined;
  const factory = args[i];
  if (!factory || (callee.text === "define" && i !== args.length - 1)) return undefined;
  if (callee.text !== "define" && !isFunctionExpression(factory)) return undefined;
  return { kind: callee.text === "define" ? "define" : "require", deps, factoryIndex: i };
}

function isFunctionExpression(e: ts.Expression): boolean {
  return ts.isFunctionExpression(e) || ts.isArrowFunction(e);
}

/** The module id a factory's parameter `index` is given, when `fn` is the factory of an AMD call. */
export function amdFactoryDep(fn: ts.Node, index: number): string | undefined {
  const c = fn.parent;
  if (!c || !ts.isCallExpression(c)) return undefined;
  const amd = amdCall(c);
  if (!amd || c.arguments[amd.factoryIndex] !== fn) return undefined;
  return amd.deps[index];
}

/** Whether a module id names no module (RequireJS's own `require`/`exports`/`module`, a loader plugin's `text!x`). */
export function isPseudoModule(id: string): boolean {
  return SPECIAL_IDS.has(id) || id.includes("!");
}

/**
 * The files a module id may be, nearest first: relative to the file for `./x` and `../x`, else under each
 * directory above it (RequireJS's baseUrl is one of them: `app/api` from js/app/form.js is js/app/api.js).
 */
export function amdCandidates(fromFile: string, id: string): string[] {
  const withExt = (p: string) => (/\.[cm]?[jt]s$/.test(p) ? [p] : [`${p}.js`, `${p}.ts`]);
  const dir = path.dirname(fromFile);
  if (id.startsWith("./") || id.startsWith("../")) return withExt(path.resolve(dir, id));
  if (path.isAbsolute(id) || /^[a-z]+:/i.test(id)) return [];
  const out: string[] = [];
  let d = dir;
  for (let level = 0; level < MAX_LEVELS; level++) {
    out.push(...withExt(path.join(d, id)));
    const up = path.dirname(d);
    if (up === d) break;
    d = up;
  }
  return out;
}

/** The shared cell of a file's AMD module. */
export function amdCell(file: string): string {
  return `%amd#${file}`;
}
