// Which expressions prove consent: configured guards, built-in names and
// consent-management platforms.
import { ts } from "../typescript.cjs";
import type { BuiltinGuardEntry } from "../model/catalog.js";
import type { GuardConfig } from "../model/config.js";
import type { GuardInfo } from "../model/finding.js";
import { isFunctionLike } from "./file-index.js";

/** redux-saga effects whose result is what the function they are given returns. */
const SAGA_RUNS = new Set(["call", "select"]);
const STRIP_ROOTS = new Set(["this", "window", "globalThis", "self", "global"]);

/**
 * `yield x` with a value: in a generator a library runs (MobX's and MobX-State-Tree's `flow`, co, redux-saga),
 * what comes back is what `x` resolves to, as `await x` is.
 */
export function isYieldOf(e: ts.Expression): e is ts.YieldExpression & { expression: ts.Expression } {
  return ts.isYieldExpression(e) && !!e.expression && !e.asteriskToken;
}

/** Dotted path of an expression: `this.consent.has(x)` → ["consent","has"]; calls in the middle become "()". */
export function exprPath(e: ts.Expression, max = 8): string[] | undefined {
  const out: string[] = [];
  let cur: ts.Expression = e;
  for (let i = 0; i < max; i++) {
    while (ts.isParenthesizedExpression(cur) || ts.isNonNullExpression(cur) || ts.isAwaitExpression(cur) || ts.isAsExpression(cur) || isYieldOf(cur))
      cur = cur.expression;
    if (ts.isPropertyAccessExpression(cur)) {
      out.unshift(cur.name.text);
      cur = cur.expression;
    } else if (ts.isElementAccessExpression(cur)) {
      // `consents['analytics']` names a member; `consents[1]` or `consents[id]` reads one of them.
      if (ts.isStringLiteralLike(cur.argumentExpression)) out.unshift(cur.argumentExpression.text);
      cur = cur.expression;
    } else if (ts.isCallExpression(cur)) {
      out.unshift("()");
      cur = cur.expression;
    } else if (ts.isIdentifier(cur)) {
      out.unshift(cur.text);
      break;
    } else if (cur.kind === ts.SyntaxKind.ThisKeyword) {
      out.unshift("this");
      break;
    } else return undefined;
  }
  while (out.length > 1 && STRIP_ROOTS.has(out[0])) out.shift();
  return out;
}

export class GuardMatcher {
  private readonly configured: Array<{ segs: string[]; info: GuardConfig }>;
  private readonly builtinPaths: Array<{ segs: string[]; entry: BuiltinGuardEntry }>;
  private readonly builtinPatterns: Array<{ re: RegExp; entry: BuiltinGuardEntry }>;

  constructor(config: readonly GuardConfig[], builtins: readonly BuiltinGuardEntry[]) {
    this.configured = config.map((g) => ({ segs: g.name.split(".").filter((s) => s && !STRIP_ROOTS.has(s)), info: g }));
    this.builtinPaths = builtins.filter((b) => b.path).map((b) => ({ segs: b.path!.split(".").filter((s) => s && !STRIP_ROOTS.has(s)), entry: b }));
    this.builtinPatterns = builtins.filter((b) => b.namePattern).map((b) => ({ re: new RegExp(b.namePattern!, "i"), entry: b }));
  }

  get names(): string[] {
    return this.configured.map((c) => c.info.name);
  }

  /** The guard a dotted path names, if any. */
  matchPath(path: readonly string[]): GuardInfo | undefined {
    const segs = path.filter((s) => s !== "()");
    if (segs.length === 0) return undefined;
    for (const c of this.configured) if (tailMatches(segs, c.segs)) return { name: c.info.name, separate: c.info.separate };
    for (const b of this.builtinPaths) if (containsRun(segs, b.segs)) return { name: b.entry.path!, separate: b.entry.separate };
    const last = segs[segs.length - 1];
    for (const b of this.builtinPatterns) if (b.re.test(last)) return { name: last, separate: b.entry.separate };
    return undefined;
  }

  private readonly cache = new WeakMap<ts.Node, GuardInfo | null>();

  /** A call, property read or identifier that proves a guard. */
  matchExpression(e: ts.Expression): GuardInfo | undefined {
    const hit = this.cache.get(e);
    if (hit !== undefined) return hit ?? undefined;
    const g = this.matchUncached(e);
    this.cache.set(e, g ?? null);
    return g;
  }

  /** The guards a list of middleware proves (a route's hooks, `.use(…)` arguments); handlers written inline are not guards. */
  guardsIn(exprs: Iterable<ts.Expression>): GuardInfo[] {
    let out: GuardInfo[] = [];
    for (const e of exprs) {
      const g = isFunctionLike(e) ? undefined : this.matchExpression(e);
      if (g) out = unionGuards(out, [g]);
    }
    return out;
  }

  private matchUncached(e: ts.Expression): GuardInfo | undefined {
    let cur = e;
    while (ts.isParenthesizedExpression(cur) || ts.isAwaitExpression(cur) || ts.isNonNullExpression(cur) || isYieldOf(cur)) cur = cur.expression;
    // redux-saga's effects `call(hasConsent, u)` and `select(selectConsent)` run the guard (a selector with
    // the store's state): what `yield` hands back is its result.
    if (ts.isCallExpression(cur) && ts.isIdentifier(cur.expression) && SAGA_RUNS.has(cur.expression.text) && cur.arguments[0] && !ts.isCallExpression(cur.arguments[0])) {
      const g = this.matchUncached(cur.arguments[0]);
      if (g) return g;
    }
    const path = exprPath(ts.isCallExpression(cur) ? cur.expression : cur);
    if (!path) return undefined;
    const g = this.matchPath(path);
    if (!g) return undefined;
    if (ts.isCallExpression(cur)) {
      const lit = cur.arguments.find((a) => ts.isStringLiteralLike(a));
      if (lit && ts.isStringLiteralLike(lit)) return { ...g, purpose: lit.text };
    }
    return g;
  }
}

function tailMatches(path: readonly string[], tail: readonly string[]): boolean {
  if (tail.length === 0 || tail.length > path.length) return false;
  for (let i = 1; i <= tail.length; i++) if (path[path.length - i] !== tail[tail.length - i]) return false;
  return true;
}

function containsRun(path: readonly string[], run: readonly string[]): boolean {
  outer: for (let i = 0; i + run.length <= path.length; i++) {
    for (let j = 0; j < run.length; j++) if (path[i + j] !== run[j]) continue outer;
    return true;
  }
  return false;
}

export function unionGuards(a: readonly GuardInfo[], b: readonly GuardInfo[]): GuardInfo[] {
  if (b.length === 0) return a as GuardInfo[];
  const out = [...a];
  for (const g of b) if (!out.some((x) => x.name === g.name)) out.push(g);
  return out;
}

/** Stand-ins for "some consent check (separate) held on every path", when the paths checked different guards. */
export const SOME_GUARD: GuardInfo = { name: "a consent check on every path", separate: false };
export const SOME_SEPARATE_GUARD: GuardInfo = { name: "a separate consent check on every path", separate: true };

/**
 * What two paths' guards have in common. Paths guarded by different checks (`hasConsent` on one,
 * `hasCreditAuth` on the other) still have consent checked on both: that is kept as a stand-in guard, so
 * a sink reached only through guarded paths is guarded, and through separately guarded paths separately.
 */
export function intersectGuards(a: readonly GuardInfo[], b: readonly GuardInfo[]): GuardInfo[] {
  const out = a.filter((g) => b.some((x) => x.name === g.name));
  const separate = (g: GuardInfo) => !!g.separate;
  if (a.some(separate) && b.some(separate) && !out.some(separate)) out.push(SOME_SEPARATE_GUARD);
  else if (a.length && b.length && out.length === 0) out.push(SOME_GUARD);
  return out;
}
