// Persisted stores (catalog/state.ts PERSISTED_STORES): where a call declares
// that a store's state is written to client storage, and the syntax that says
// what the state is and which part of it is kept. The engine evaluates what
// these nodes hold (interpret.ts, persistedStore).
import { ts } from "../typescript.cjs";
import { PERSISTED_STORES, type PersistedStoreEntry } from "../catalog/state.js";
import { fileConstant, propName, skipWrappers as skip } from "./file-index.js";
import { pkgListed } from "./sink-match.js";

export interface PersistedStoreSite {
  entry: PersistedStoreEntry;
  /** Where the finding is reported: the wrapper call, or the option's property. */
  site: ts.Node;
  /** The function that makes the store's state (zustand's creator; pinia's `state` or setup function), or an expression naming it. */
  maker?: ts.Node;
  /** The options object (for the select, path and omit options). */
  options?: ts.ObjectLiteralExpression;
  /** The state's declared type, when the code gives one. */
  stateType?: ts.TypeNode;
}

/** The catalogue entry for a call of `name` from this module specifier, if it is a persisted store's declaration. */
export function persistedStoreEntry(pkg: string, spec: string, name: string): PersistedStoreEntry | undefined {
  return PERSISTED_STORES.find((e) => e.functions.includes(name) && pkgListed(e.packages, pkg, spec));
}

/** What a call of the entry's function declares, or undefined when it persists nothing. */
export function persistedStoreSite(entry: PersistedStoreEntry, c: ts.CallExpression): PersistedStoreSite | undefined {
  if (entry.form === "argument") return argumentSite(entry, c);
  return entry.form === "wrapper" ? wrapperSite(entry, c) : optionSite(entry, c);
}

/** `persistState(store, options)`: the store (an expression naming it) is the maker, resolved by the engine (storeFactoryState). */
function argumentSite(entry: PersistedStoreEntry, c: ts.CallExpression): PersistedStoreSite | undefined {
  const [store, opts] = c.arguments.map(skip);
  if (!store) return undefined;
  return { entry, site: c, maker: store, options: opts && ts.isObjectLiteralExpression(opts) ? opts : undefined };
}

/**
 * The state a store factory's call declares (`createStore({ name }, withProps<Session>(EMPTY), withEntities<Child>())`):
 * each state feature's type argument, and its initial value when written out (an object literal, or a
 * variable of the file holding one).
 */
export function storeFactoryState(entry: PersistedStoreEntry, made: ts.Expression): { types: ts.TypeNode[]; initial?: ts.ObjectLiteralExpression } | undefined {
  const call = skip(made);
  if (!ts.isCallExpression(call) || !entry.storeFactories?.includes(calleeName(call.expression) ?? "")) return undefined;
  const types: ts.TypeNode[] = [];
  let initial: ts.ObjectLiteralExpression | undefined;
  for (const a of call.arguments.map(skip)) {
    if (!ts.isCallExpression(a) || !entry.stateFeatures?.includes(calleeName(a.expression) ?? "")) continue;
    if (a.typeArguments?.[0]) types.push(a.typeArguments[0]);
    const first = a.arguments[0] && skip(a.arguments[0]);
    if (first && ts.isObjectLiteralExpression(first)) initial ??= first;
    else if (first && ts.isIdentifier(first)) {
      const held = fileConstant(first);
      if (held && ts.isObjectLiteralExpression(held)) initial ??= held;
    }
  }
  return { types, initial };
}

function calleeName(e: ts.Expression): string | undefined {
  return ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) ? e.name.text : undefined;
}


/** `persist(creator, options)`, typed by its own type argument, the `create<T>()(…)` around it, or the creator's declared `StateCreator<T>`. */
function wrapperSite(entry: PersistedStoreEntry, c: ts.CallExpression): PersistedStoreSite {
  const [maker, opts] = c.arguments;
  let stateType = c.typeArguments?.[0];
  const outer = c.parent;
  if (!stateType && ts.isCallExpression(outer) && outer.arguments.includes(c)) {
    const creator = outer.expression;
    stateType = outer.typeArguments?.[0] ?? (ts.isCallExpression(creator) ? creator.typeArguments?.[0] : undefined);
  }
  return { entry, site: c, maker, options: opts && ts.isObjectLiteralExpression(skip(opts)) ? (skip(opts) as ts.ObjectLiteralExpression) : undefined, stateType };
}

/** `defineStore(id, { state, persist })`, `defineStore({ id, state, persist })` or `defineStore(id, setup, { persist })`. */
function optionSite(entry: PersistedStoreEntry, c: ts.CallExpression): PersistedStoreSite | undefined {
  const args = c.arguments.map(skip);
  const setup = args.find((a) => ts.isArrowFunction(a) || ts.isFunctionExpression(a));
  for (const o of args.filter(ts.isObjectLiteralExpression)) {
    const prop = property(o, entry.option ?? "");
    if (!prop) continue;
    const value = ts.isPropertyAssignment(prop) ? skip(prop.initializer) : undefined;
    if (value?.kind === ts.SyntaxKind.FalseKeyword) return undefined;
    const options = value && ts.isObjectLiteralExpression(value) ? value : undefined;
    if (setup) return { entry, site: prop, maker: setup, options };
    // An options store: `state: (): UserState => ({ … })` or `state() { return { … } }`.
    const state = property(o, "state");
    const maker = state && ts.isPropertyAssignment(state) ? skip(state.initializer) : state && ts.isMethodDeclaration(state) ? state : undefined;
    const stateType = maker && (ts.isArrowFunction(maker) || ts.isFunctionExpression(maker) || ts.isMethodDeclaration(maker)) ? maker.type : undefined;
    return { entry, site: prop, maker, options, stateType };
  }
  return undefined;
}

/** The object literal a function that makes a store's state returns, when it is written out. */
export function returnedObject(fn: ts.Node | undefined): ts.ObjectLiteralExpression | undefined {
  if (!fn || !(ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) || ts.isFunctionDeclaration(fn) || ts.isMethodDeclaration(fn))) return undefined;
  const body = fn.body;
  if (!body) return undefined;
  if (!ts.isBlock(body)) {
    const e = skip(body);
    return ts.isObjectLiteralExpression(e) ? e : undefined;
  }
  for (let i = body.statements.length - 1; i >= 0; i--) {
    const st = body.statements[i];
    if (ts.isReturnStatement(st) && st.expression) {
      const e = skip(st.expression);
      return ts.isObjectLiteralExpression(e) ? e : undefined;
    }
  }
  return undefined;
}

/** The string literals of an array option (`paths: ['token', 'profile.memberId']`), or undefined when it is not written out. */
export function pathList(options: ts.ObjectLiteralExpression | undefined, names: readonly string[] | undefined): string[][] | undefined {
  if (!options || !names) return undefined;
  for (const n of names) {
    const p = property(options, n);
    const v = p && ts.isPropertyAssignment(p) ? skip(p.initializer) : undefined;
    if (!v || !ts.isArrayLiteralExpression(v)) continue;
    const out: string[][] = [];
    for (const el of v.elements) if (ts.isStringLiteralLike(el)) out.push(el.text.split("."));
    return out;
  }
  return undefined;
}

export function property(o: ts.ObjectLiteralExpression, name: string): ts.ObjectLiteralElementLike | undefined {
  return o.properties.find((p) => p.name !== undefined && propName(p.name as ts.PropertyName) === name);
}

