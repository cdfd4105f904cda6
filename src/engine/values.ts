// Abstract values of the flow engine. A value knows the PI it carries (taint
// atoms, each with the steps it went through), its known fields (for field
// sensitivity: logging user.id is not logging user.email), what constant
// string it is (to resolve URLs), what library object or project function it
// refers to (to recognise sinks and resolve calls), and whether a truthy value
// proves a consent guard.
import type { ts } from "ts-morph";
import type { GuardInfo } from "../model/finding.js";

/** A step a flow passed through, kept as a node until the report is built. */
export interface StepRef {
  node: ts.Node;
  message: string;
}

/** PI that entered at a known place (a source record). */
export interface SourceAtom {
  kind: "src";
  id: number;
}
/** Symbolic: "whatever the caller passes as parameter `index` of `unit`, at `path`". index -1 is `this`. */
export interface ParamAtom {
  kind: "param";
  unit: number;
  index: number;
  path: readonly string[];
  /** Fields taken out by a rest pattern (`const { email, ...rest } = user`). */
  omit?: readonly string[];
}
/** Lazy: "the PI fields of the declared type `node`, at `path`": expanded only when used whole at a sink. */
export interface TypeAtom {
  kind: "type";
  node: ts.TypeNode;
  path: readonly string[];
  /** Values read through a child's record carry `minor`. */
  minor: boolean;
  omit?: readonly string[];
}
export type Atom = SourceAtom | ParamAtom | TypeAtom;

export interface TaintEntry {
  atom: Atom;
  /** Steps after the source, oldest first. */
  via: readonly StepRef[];
  /**
   * Computed by arithmetic from the source (`(Date.now() - bornAt) / YEAR`): only a source that is a quantity
   * (a date, a position, a reading, an amount, a score; see isQuantitySource) is still there. A number
   * computed from an identifier or a phone number is not about it.
   */
  quantity?: true;
}

/** The same entries, as computed by arithmetic from their sources. */
export function asQuantity(taint: ReadonlyMap<string, TaintEntry>): Map<string, TaintEntry> {
  const out = new Map<string, TaintEntry>();
  for (const [k, e] of taint) out.set(k, e.quantity ? e : { ...e, quantity: true });
  return out;
}

/** Categories whose values are quantities that arithmetic keeps the meaning of (an age is a birth date's). */
const QUANTITY_CATEGORY = /^(identity\.birth_date|location(\..*)?|health|financial\.transaction|activity\.service_log|employment_education|biometric)$/;

/** Whether a source of these categories survives arithmetic (see TaintEntry.quantity). */
export function isQuantitySource(categories: readonly string[]): boolean {
  return categories.some((c) => QUANTITY_CATEGORY.test(c));
}

/** Partial knowledge of a string: a known prefix, complete when the whole string is known. */
export interface Str {
  prefix: string;
  complete: boolean;
}

export type Ref =
  /** `baseParam`: an instance whose base URL is the unit's parameter at that index (`axios.create({ baseURL })` in a factory function), set by each caller. */
  /** `urlParam`: a chained request (`net.request({ url })`) opened with that unit's parameter as its URL, set by each caller. */
  /** `declared`: an instance known only by a declared type (`ws: WebSocket`), not made where we can see. */
  | { k: "pkg"; pkg: string; path: readonly string[]; sub?: string; url?: Str; base?: Str; baseParam?: number; urlParam?: { unit: number; index: number; prefix: string }; declared?: boolean }
  | { k: "global"; path: readonly string[]; url?: Str; base?: Str }
  | { k: "fn"; fn: FunctionValue }
  | { k: "class"; decl: ts.ClassLikeDeclaration }
  | { k: "inst"; decl: ts.ClassLikeDeclaration }
  /** An object made by `new` on an ES5 constructor function (see prototypes.ts). */
  | { k: "proto"; ctor: ts.FunctionDeclaration | ts.FunctionExpression }
  | { k: "module"; file: string }
  | { k: "sanitized"; by: string };

/** A project function as a value: a top-level unit, or a nested function with the scope it closes over. */
export interface FunctionValue {
  node: ts.SignatureDeclaration;
  unit?: number;
  scope?: unknown;
  guards?: readonly GuardInfo[];
}

export interface Val {
  taint?: ReadonlyMap<string, TaintEntry>;
  fields?: ReadonlyMap<string, Val>;
  /** Fields are exhaustive (an object literal without spreads of unknown values). */
  closed?: boolean;
  /**
   * Joined from a value with known fields and one whose fields are unknown (`found ?? { userId: "anon" }`,
   * an object replaced in one branch): a known field may also hold whatever the other value had there.
   */
  partial?: boolean;
  str?: Str;
  ref?: Ref;
  /** Produced by a sanitizer, a literal or a test: a PI-like name bound to it is not a source. */
  clean?: boolean;
  /**
   * Clean but for what a function was given (`return value ?? fallback` over `process.env[name]`): clean where
   * its callers pass nothing or clean values for those parameters (see the interpreter's substitute).
   */
  cleanButParams?: true;
  /** The process's environment, or a configuration reader's setting (CONFIG_READERS): what it holds, read by any key, is the app's own. */
  fromConfig?: true;
  /** A truthy value proves these guards (const ok = await hasConsent(u)). */
  guards?: readonly GuardInfo[];
  /** Read through a child's record: PI read from it also carries `minor`. */
  minor?: boolean;
  /** Names that say what the value stands for (binding, type), used for `name` and child detection. */
  owner?: string;
  /** A constant a function chose for what it was given (`ageBand(age)`): the key it is kept under says what it is. */
  picked?: true;
}

export const EMPTY: Val = Object.freeze({});
export const CLEAN: Val = Object.freeze({ clean: true });
export const MAX_PATH = 4;
/** How many parts of other units' parameters a value may hold and still be read part by part (see extendAtoms). */
const FOREIGN_BAG = 4;

// Type atoms are keyed by a number per type node rather than by its position and file name: keys are
// built on every property read (extendAtoms), and a file path in each made them long to build and hash.
const typeNodeIds = new WeakMap<ts.Node, number>();
let nextTypeNodeId = 0;

function typeNodeId(node: ts.Node): number {
  let id = typeNodeIds.get(node);
  if (id === undefined) typeNodeIds.set(node, (id = nextTypeNodeId++));
  return id;
}

export function atomKey(a: Atom): string {
  switch (a.kind) {
    case "src":
      return `s${a.id}`;
    case "param":
      return `p${a.unit}:${a.index}:${a.path.join(".")}${a.omit ? `-${a.omit.join(",")}` : ""}`;
    case "type":
      return `t${typeNodeId(a.node)}:${a.path.join(".")}:${a.minor ? 1 : 0}${a.omit ? `-${a.omit.join(",")}` : ""}`;
  }
}


export function mergeTaint(
  a: ReadonlyMap<string, TaintEntry> | undefined,
  b: ReadonlyMap<string, TaintEntry> | undefined,
): ReadonlyMap<string, TaintEntry> | undefined {
  if (!a || a.size === 0) return b && b.size ? b : undefined;
  if (!b || b.size === 0) return a;
  let out: Map<string, TaintEntry> | undefined;
  for (const [k, e] of b) {
    if (a.has(k)) continue;
    out ??= new Map(a);
    out.set(k, e);
  }
  return out ?? a;
}

function mergeFields(a: ReadonlyMap<string, Val> | undefined, b: ReadonlyMap<string, Val> | undefined, depth: number) {
  if (!a || a.size === 0) return b && b.size ? b : undefined;
  if (!b || b.size === 0) return a;
  const out = new Map(a);
  for (const [k, v] of b) out.set(k, out.has(k) ? join(out.get(k)!, v, depth + 1) : v);
  return out;
}

/** Whether a value's known fields, counted through every level, number more than `limit`. */
export function largerThan(v: Val, limit: number): boolean {
  let left = limit;
  const visit = (x: Val, depth: number): boolean => {
    if (!x.fields || depth > 8) return false;
    left -= x.fields.size;
    if (left < 0) return true;
    for (const f of x.fields.values()) if (visit(f, depth + 1)) return true;
    return false;
  };
  return visit(v, 0);
}

/**
 * A value whose shape grew past `limit` fields is kept as what it carries, without its shape. Code that
 * nests a value in itself on every turn of a loop (`s0 = [s0, s1]` in a generated parser) would otherwise
 * build shapes that grow each time and make every join of them slower.
 */
export function bounded(v: Val, limit = MAX_SHAPE): Val {
  if (!largerThan(v, limit)) return v;
  const taint = flatten(v);
  return { taint: taint.size ? taint : undefined, minor: v.minor, owner: v.owner };
}

const MAX_SHAPE = 256;

/** Least upper bound of two values (what a variable may hold after either branch). */
export function join(a: Val, b: Val, depth = 0): Val {
  if (a === b || b === EMPTY) return a;
  if (a === EMPTY) return b;
  if (depth > 6) return { taint: mergeTaint(a.taint, b.taint) };
  const out = joinFields(a, b, depth);
  return depth === 0 && out.fields ? bounded(out) : out;
}

/**
 * Either string: keep what one side knows, but never claim the whole value is that constant. An empty
 * prefix says nothing of a URL's host (`fallback = ""`, `url || ""`, a string we know nothing of), as a
 * side with no string does not: the other side's prefix is kept.
 */
function joinStr(a: Str | undefined, b: Str | undefined): Str | undefined {
  if (a && b && a.prefix === b.prefix && a.complete === b.complete) return a;
  if (a && b && a.prefix === "" && b.prefix) return { prefix: b.prefix, complete: false };
  if (a && b && b.prefix === "" && a.prefix) return { prefix: a.prefix, complete: false };
  if (a || b) return { prefix: (a ?? b)!.prefix, complete: false };
  return undefined;
}

/** Whether `v` is clean, or carries nothing but parameter atoms, or is clean but for them. */
function cleanButParams(v: Val): boolean {
  if (v.clean || v.cleanButParams) return true;
  if (v.fields?.size || v.ref || !v.taint?.size) return false;
  for (const e of v.taint.values()) if (e.atom.kind !== "param") return false;
  return true;
}

function joinFields(a: Val, b: Val, depth: number): Val {
  return {
    taint: mergeTaint(a.taint, b.taint),
    fields: mergeFields(a.fields, b.fields, depth),
    closed: a.closed && b.closed,
    partial: a.partial || b.partial || (!!b.fields?.size && unknownObject(a)) || (!!a.fields?.size && unknownObject(b)) || undefined,
    str: joinStr(a.str, b.str),
    ref: pickRef(a.ref, b.ref),
    clean: a.clean && b.clean,
    cleanButParams: !(a.clean && b.clean) && cleanButParams(a) && cleanButParams(b) ? true : undefined,
    guards: a.guards && b.guards ? a.guards.filter((g) => b.guards!.some((h) => h.name === g.name)) : undefined,
    minor: a.minor || b.minor,
    owner: a.owner ?? b.owner,
  };
}

/**
 * A value that may be an object whose fields we do not know: not a literal, a function, a class or a known
 * shape, and not only a declared type (`{…} as const`, `const x: T = {…}` describe the literal they join).
 */
function unknownObject(v: Val): boolean {
  if (v.fields?.size || v.closed || v.clean || v.str) return false;
  if (v.ref) return v.ref.k === "pkg" || v.ref.k === "global";
  if (!v.taint?.size) return true;
  for (const e of v.taint.values()) if (e.atom.kind !== "type") return true;
  return false;
}

/**
 * What a value that may be either refers to: the project's own function, class or object over a library's
 * or a global's name for it (`var setCookie = CRM.util.setCookie` read before and after the script that
 * defines it ran), so that the result does not depend on which was seen first.
 */
function pickRef(a: Ref | undefined, b: Ref | undefined): Ref | undefined {
  if (!a) return b;
  if (!b) return a;
  const named = (r: Ref) => r.k === "global" || r.k === "pkg";
  // Of two library objects, the one that knows where it sends (an injected client's baseURL or relay,
  // next to the bare declared type of the field it was stored in), whichever was seen first.
  const knows = (r: Ref) => (r.k === "pkg" && !!(r.base || r.url)) || (r.k === "global" && !!r.url);
  if (named(a) && named(b)) return knows(b) && !knows(a) ? b : a;
  return named(a) && b.k !== "module" && b.k !== "sanitized" ? b : a;
}

/**
 * The value of `c ? a : b`, `a || b` or `a ?? b`. A side we know nothing of (EMPTY: a call we cannot follow,
 * a field of an unknown object) is unknown data there, not the absence of a value: so the result is not the
 * other side's constant or clean value (`file ? await read(file) : ''` may be the file's content), and a
 * known object on the other side may have other fields.
 */
export function either(a: Val, b: Val): Val {
  if ((a === EMPTY) === (b === EMPTY)) return join(a, b);
  const known = a === EMPTY ? b : a;
  return {
    ...known,
    clean: undefined,
    str: known.str && { prefix: known.str.prefix, complete: false },
    partial: known.partial || (known.fields?.size ? true : undefined),
  };
}

export function joinAll(vals: readonly Val[]): Val {
  let out: Val = EMPTY;
  for (const v of vals) out = join(out, v);
  return out;
}

/** Extends symbolic atoms by a property read: param(u,i,p) → param(u,i,p+name). */
/**
 * The symbolic atoms of `taint` one field further down (`name`). `canExpand` drops typed atoms that can no
 * longer expand to any PI (see typeAtomCanExpand), keyed by the new atom's key.
 */
export function extendAtoms(
  taint: ReadonlyMap<string, TaintEntry> | undefined,
  name: string,
  minor: boolean,
  canExpand?: (atom: TypeAtom, key: string) => boolean,
  sourcePart?: SourcePartOf,
  ownUnit?: number,
): Map<string, TaintEntry> | undefined {
  if (!taint) return undefined;
  let out: Map<string, TaintEntry> | undefined;
  // Other units' parameters, when a value holds many of their parts at once: a bag of everything a record
  // held (what JSON.parse gives back of a stored draft), read by name.
  let foreign = 0;
  if (ownUnit !== undefined) for (const e of taint.values()) if (e.atom.kind === "param" && e.atom.unit !== ownUnit && e.atom.path.length) foreign++;
  for (const e of taint.values()) {
    const a = e.atom;
    if (a.kind === "src") {
      const id = sourcePart?.(a.id, name);
      if (id !== undefined) (out ??= new Map()).set(`s${id}`, { atom: { kind: "src", id }, via: e.via });
      // An element of a source (`allergies` mapped in a helper given it) is what the source is, as the
      // interpreter's own element reads keep it.
      else if (name === "[]") (out ??= new Map()).set(atomKey(a), e);
      continue;
    }
    if (a.path.length === 0 && a.omit?.includes(name)) continue;
    // A part of another unit's parameter in such a bag (`p1:0:elderName` with the draft's other parts, read
    // back from storage) stands for that part: a member of the bag is not read from each of them, so a value
    // going round a store and back (a constructor's argument saved, restored and passed to it again) does not
    // grow every path by every name each round.
    const foreignPart = a.kind === "param" && foreign > FOREIGN_BAG && a.unit !== ownUnit && a.path.length > 0;
    const path = a.path.length >= MAX_PATH || foreignPart ? a.path : [...a.path, name];
    const atom: Atom = a.kind === "param" ? { ...a, path, omit: undefined } : { ...a, path, minor: a.minor || minor, omit: undefined };
    const key = atomKey(atom);
    if (atom.kind === "type" && canExpand && !canExpand(atom, key)) continue;
    out ??= new Map();
    out.set(key, { atom, via: e.via });
  }
  return out;
}

/** Everything a value carries when it is used whole (logged, sent, stored). */
export function flatten(v: Val, out = new Map<string, TaintEntry>(), depth = 0): Map<string, TaintEntry> {
  if (v.taint) for (const [k, e] of v.taint) if (!out.has(k)) out.set(k, e);
  if (v.fields && depth < 8) for (const f of v.fields.values()) flatten(f, out, depth + 1);
  return out;
}


/** Everything a list of values (a call's arguments) carries when used whole. */
export function flattenAll(vals: readonly Val[]): Map<string, TaintEntry> {
  const out = new Map<string, TaintEntry>();
  for (const v of vals) flatten(v, out);
  return out;
}

/** Categories plus `minor` (PI read through a child's record). */
export function withMinor(cats: string[]): string[] {
  return cats.includes("minor") ? cats : [...cats, "minor"];
}

/** The source a part (`name`) of a value from source `id` carries, if any (see source-parts.ts). */
export type SourcePartOf = (id: number, name: string) => number | undefined;

/**
 * The value at `path` inside `v`: known fields, else the symbolic atoms extended by the path, and of the
 * sources it carries what their parts carry (`sourcePart`; without it, a source's parts carry nothing).
 */
/** An empty string, array or object literal: what state holds before the code fills it in. */
export function isPlaceholder(v: Val): boolean {
  if (v.taint?.size || v.ref) return false;
  if (v.str) return v.str.complete && v.str.prefix === "";
  return !!v.closed && !v.fields?.size;
}

/** The field a value has written out at `path`, if any. */
export function fieldAt(v: Val | undefined, path: readonly string[]): Val | undefined {
  let cur = v;
  for (const seg of path) cur = cur?.fields?.get(seg);
  return cur;
}

export function selectPath(v: Val | undefined, path: readonly string[], canExpand?: (atom: TypeAtom, key: string) => boolean, sourcePart?: SourcePartOf): Val | undefined {
  let cur = v;
  for (const written of path) {
    // A member read by the key a parameter gives, where that key is not known: any element.
    const seg = written.startsWith(PARAM_KEY) ? "[]" : written;
    if (!cur) return undefined;
    const f = cur.fields?.get(seg) ?? (seg === "[]" ? anyField(cur) : undefined);
    if (f) cur = f;
    else if (cur.closed) return undefined;
    else {
      const taint = extendAtoms(cur.taint, seg, false, canExpand, sourcePart);
      cur = taint?.size ? { taint } : undefined;
    }
  }
  return cur;
}

/**
 * A path segment for a member read by the key parameter `index` of the unit gives (`w[k]` in `pick(w, k)`):
 * `${PARAM_KEY}${index}`. A caller that passes a constant key reads that member (see the interpreter's
 * substitute); elsewhere it is any element.
 */
export const PARAM_KEY = "%key:";

/**
 * An element of a record used as a collection (`Object.values(o).map(…)`, `Object.entries(o)` in a
 * function given an object literal): any of its fields.
 */
export function anyField(v: Val): Val | undefined {
  if (!v.fields?.size || v.fields.has("[]")) return undefined;
  let out: Val = EMPTY;
  for (const [k, f] of v.fields) if (!k.startsWith("%")) out = join(out, f);
  return out === EMPTY ? undefined : out;
}

export function withStep(taint: ReadonlyMap<string, TaintEntry>, step: StepRef): Map<string, TaintEntry> {
  const out = new Map<string, TaintEntry>();
  // Keeps `quantity`: a number computed from a parameter is still only a number once the caller's value is put in.
  for (const [k, e] of taint) out.set(k, { ...e, via: e.via.length < 12 ? [...e.via, step] : e.via });
  return out;
}


const sigCache = new WeakMap<Val, string>();

function hashString(str: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < str.length; i++) h = Math.imul(h ^ str.charCodeAt(i), 16777619) >>> 0;
  return h;
}

/** Order-independent digest of a value (two 32-bit hashes): cheap change detection for the fixpoints. */
function digest(v: Val, depth: number, seed: number): number {
  let h = seed;
  if (v.taint) for (const k of v.taint.keys()) h = (h + hashString(k, 2166136261 ^ seed)) >>> 0;
  if (v.fields && depth < 6) for (const [k, f] of v.fields) h = (h + Math.imul(hashString(k, 40503 ^ seed), 31) + digest(f, depth + 1, seed)) >>> 0;
  if (v.ref) {
    const r = v.ref as { k: string; path?: readonly string[]; url?: Str; base?: Str };
    h = (h + hashString(`${r.k}:${r.path?.join(".") ?? ""}:${r.url?.prefix ?? ""}:${r.base?.prefix ?? ""}`, 7 ^ seed)) >>> 0;
  }
  if (v.str) h = (h + hashString(`${v.str.prefix}${v.str.complete ? "$" : ""}`, 11 ^ seed)) >>> 0;
  if (v.guards) for (const g of v.guards) h = (h + hashString(g.name, 13 ^ seed)) >>> 0;
  if (v.closed) h = (h + 17) >>> 0;
  if (v.partial) h = (h + 23) >>> 0;
  if (v.minor) h = (h + 19) >>> 0;
  return h;
}

/** A comparable digest of a value, to detect when a summary, a cell or a parameter value stopped changing. */
export function signature(v: Val): string {
  const hit = sigCache.get(v);
  if (hit !== undefined) return hit;
  const out = `${digest(v, 0, 1)}:${digest(v, 0, 0x9e3779b9)}`;
  sigCache.set(v, out);
  return out;
}

/** A value being accumulated in place: joining into it costs only what is new. */
export interface Acc extends Val {
  taint: Map<string, TaintEntry>;
  fields: Map<string, Acc>;
}

export function newAcc(): Acc {
  return { taint: new Map(), fields: new Map(), closed: true };
}

/** Join `v` into `acc` in place; true when anything was added. Never aliases `v`'s maps. */
export function accumulate(acc: Acc, v: Val, depth = 0): boolean {
  let changed = false;
  if (v.taint)
    for (const [k, e] of v.taint)
      if (!acc.taint.has(k)) {
        acc.taint.set(k, e);
        changed = true;
      }
  if (v.fields && depth < 6)
    for (const [k, f] of v.fields) {
      let sub = acc.fields.get(k);
      if (!sub) {
        sub = newAcc();
        acc.fields.set(k, sub);
        changed = true;
      }
      if (accumulate(sub, f, depth + 1)) changed = true;
    }
  if (acc.closed && !v.closed) {
    acc.closed = false;
    changed = true;
  }
  if (!acc.ref && v.ref) {
    acc.ref = v.ref;
    changed = true;
  }
  if (v.minor && !acc.minor) {
    acc.minor = true;
    changed = true;
  }
  if (v.clean === false || (v.clean === undefined && acc.clean)) acc.clean = false;
  return changed;
}

/** `const { a, b, ...rest } = v`: rest is v without a and b (declared types and parameters too). */
/** `v` with only the taint entries `keep` accepts (itself when it accepts them all). */
export function keepTaint(v: Val, keep: (e: TaintEntry, key: string) => boolean): Val {
  if (!v.taint?.size) return v;
  let kept: Map<string, TaintEntry> | undefined;
  for (const [k, e] of v.taint) if (keep(e, k)) (kept ??= new Map()).set(k, e);
  return kept?.size === v.taint.size ? v : { ...v, taint: kept };
}

export function withoutFields(v: Val, used: readonly string[]): Val {
  let taint: Map<string, TaintEntry> | undefined;
  for (const [k, e] of v.taint ?? []) {
    taint ??= new Map();
    if (e.atom.kind === "src") taint.set(k, e);
    else {
      const omit = [...(e.atom.omit ?? []), ...used];
      const atom = { ...e.atom, omit };
      taint.set(`${k}-${omit.join(",")}`, { atom, via: e.via });
    }
  }
  return { ...v, taint, fields: v.fields ? new Map([...v.fields].filter(([k]) => !used.includes(k))) : undefined };
}
