// Matching a callee (a package or global reference) against the catalogue.
import type { HttpClientEntry, SanitizerEntry, SinkEntry } from "../model/catalog.js";
import type { Catalog } from "./engine.js";
import type { Ref } from "./values.js";
import { packageMatches } from "./urls.js";

export type CalleeRef = Extract<Ref, { k: "pkg" } | { k: "global" }>;

/** Final member name of a reference path; "()" when the root itself (or an instance) is called. */
export function finalMember(ref: CalleeRef): string {
  const path = ref.path;
  if (ref.k === "global") return path.length <= 1 ? "()" : path[path.length - 1];
  for (let i = path.length - 1; i >= 0; i--) {
    const seg = path[i];
    if (seg === "()" || seg === "new") return "()";
    if (i === 0 && (seg === "default" || seg === "*")) return "()";
    // A named import called directly (`generateText(…)` from "ai") is that member.
    if (i === 0) return seg;
    return seg;
  }
  return "()";
}

/** Whether a package (or the module specifier it was imported by, `zustand/middleware`) is one of a catalogue entry's. */
export function pkgListed(list: readonly string[] | undefined, pkg: string, spec: string): boolean {
  if (!list) return false;
  // Other globs (`@nativescript/firebase-*`, declared for a contractor) as the configuration's own matching reads them.
  return list.some((p) => p === pkg || p === spec || spec.startsWith(`${p}/`) || (p.endsWith("/*") && pkg.startsWith(p.slice(0, -1))) || (p.includes("*") && !p.endsWith("/*") && (packageMatches(p, pkg) || packageMatches(p, spec))));
}

/** For globals: the member after the matched prefix, "()" when the whole path is the entry. */
function globalMember(path: readonly string[], globals: readonly string[] | undefined): string | undefined {
  if (!globals) return undefined;
  const dotted = path.filter((s) => s !== "()" && s !== "new").join(".");
  let best: string | undefined;
  for (const g of globals) {
    if (dotted === g) return "()";
    if (dotted.startsWith(`${g}.`)) {
      const rest = dotted.slice(g.length + 1).split(".");
      best = rest[rest.length - 1];
    }
  }
  return best;
}

function methodAllowed(entry: { methods?: readonly string[]; ignoreMethods?: readonly string[] }, member: string, wholeName: string | undefined): boolean {
  if (entry.ignoreMethods?.includes(member)) return false;
  if (!entry.methods) return true;
  return entry.methods.includes(member) || (member === "()" && wholeName !== undefined && entry.methods.includes(wholeName));
}

/** The first segment of every catalogued global, per catalogue (asked for every unknown name the engine meets). */
const globalHeads = new WeakMap<Catalog, Set<string>>();

/** A global some sink or HTTP client entry is reached through (`gtag`, `wx`, `_hmt`). */
export function isCataloguedGlobal(catalog: Catalog, name: string): boolean {
  let heads = globalHeads.get(catalog);
  if (!heads) {
    heads = new Set([...catalog.sinks, ...catalog.http].flatMap((e) => (e.globals ?? []).map((g) => g.split(".")[0])));
    globalHeads.set(catalog, heads);
  }
  return heads.has(name);
}

/** A package some sink or HTTP client entry names: its classes' instances are worth tracking by declared type. */
export function isCataloguedPackage(catalog: Catalog, pkg: string, spec: string): boolean {
  return catalog.sinks.some((e) => pkgListed(e.packages, pkg, spec)) || catalog.http.some((e) => pkgListed(e.packages, pkg, spec));
}

export interface SinkMatch {
  entry: SinkEntry;
  member: string;
}
export interface HttpMatch {
  entry: HttpClientEntry;
  member: string;
}

export function matchSink(catalog: Catalog, ref: CalleeRef, pkgSpec?: string): SinkMatch | undefined {
  for (const entry of catalog.sinks) {
    if (entry.assignment || onBuilder(entry, ref.path)) continue;
    if (ref.k === "pkg") {
      if (isNativeModule(entry, ref)) return { entry, member: finalMember(ref) };
      if (!pkgListed(entry.packages, ref.pkg, pkgSpec ?? ref.pkg)) continue;
      if (entry.via && !ref.path.some((seg, i) => entry.via!.includes(seg) && ref.path[i + 1] === "()")) continue;
      if (entry.under && !entry.under.includes(holderOf(ref.path))) continue;
      if (entry.exceptProducts && isExceptedProduct(entry.exceptProducts, ref, pkgSpec ?? ref.pkg)) continue;
      const member = finalMember(ref);
      if (methodAllowed(entry, member, undefined)) return { entry, member };
    } else {
      const member = globalMember(ref.path, entry.globals);
      if (member === undefined) continue;
      const whole = ref.path[ref.path.length - 1];
      if (methodAllowed(entry, member, whole)) return { entry, member };
    }
  }
  return undefined;
}

/**
 * The member a method is called on (SinkEntry.under): `log` of `log.info`, also when it is an instance of
 * that member (a value typed as the package's `Logger`, or made by `new Logger()`: `Logger`, `new`, `info`).
 */
function holderOf(path: readonly string[]): string {
  const n = path.length;
  return (path[n - 2] === "new" ? path[n - 3] : path[n - 2]) ?? "";
}

/** A call into one of the vendor's own-backend products: by sub-package, or by the root's first member. */
function isExceptedProduct(products: readonly string[], ref: CalleeRef & { k: "pkg" }, spec: string): boolean {
  const first = ref.path[0] === "default" ? ref.path[1] : ref.path[0];
  return products.some((p) => (p.includes("/") ? spec === p || spec.startsWith(`${p}/`) : first === p));
}

/** A method called on one of the entry's React Native bridges (`NativeModules.UMAnalyticsModule.onEvent(…)`). */
function isNativeModule(entry: SinkEntry, ref: CalleeRef & { k: "pkg" }): boolean {
  return !!entry.nativeModules && ref.pkg === "react-native" && ref.path.length >= 3 && ref.path[0] === "NativeModules" && entry.nativeModules.includes(ref.path[1]) && !ref.path.includes("()");
}

/** A method of an instance of one of the entry's builder classes (`new Identify().set(…)`). */
function onBuilder(entry: SinkEntry, path: readonly string[]): boolean {
  if (!entry.builders) return false;
  for (let i = 0; i + 1 < path.length; i++) if (path[i + 1] === "new" && entry.builders.includes(path[i])) return true;
  return false;
}

/** An assignment to the member of a listed method's result that writes (`useLocalStorage(k, v).value = x`). */
export function matchAssignedMember(catalog: Catalog, pkg: string, path: readonly string[]): SinkEntry | undefined {
  const n = path.length;
  if (n < 3 || path[n - 2] !== "()") return undefined;
  for (const entry of catalog.sinks)
    if (entry.assignedMember === path[n - 1] && entry.packages?.includes(pkg) && entry.methods?.includes(path[n - 3])) return entry;
  return undefined;
}

export function matchAssignmentSink(catalog: Catalog, path: readonly string[]): SinkEntry | undefined {
  const dotted = path.join(".");
  for (const entry of catalog.sinks) {
    if (!entry.globals) continue;
    if (entry.assignment && entry.globals.includes(dotted)) return entry;
    // `localStorage.key = value` writes storage like setItem does.
    if (entry.kind === "storage" && !entry.assignment && path.length === 2 && entry.globals.includes(path[0]) && (entry.methods ?? []).includes("setItem")) return entry;
  }
  return undefined;
}

/** Members of an HTTP client's root that make no request (axios's, request's, got's helpers). */
const CLIENT_HELPERS = /^(all|spread|is[A-Z]\w*|Cancel|CancelToken|toFormData|formToJSON|getAdapter|mergeConfig|interceptors|jar|cookie|defaults|HTTPError|RequestError|TimeoutError)$/;

export function matchHttp(catalog: Catalog, ref: CalleeRef, pkgSpec?: string): HttpMatch | undefined {
  for (const entry of catalog.http) {
    if (ref.k === "pkg") {
      if (!pkgListed(entry.packages, ref.pkg, pkgSpec ?? ref.pkg)) continue;
      if (entry.under && !entry.under.includes(holderOf(ref.path))) continue;
      const member = finalMember(ref);
      // A directly called import (`ofetch(url)`, `request(url)` from undici) is the client's root call or that method.
      // A CommonJS root has an empty path, so `require('axios').create(…)` looks the same: an instance factory
      // or a helper of the client's (`axios.isCancel`, `request.jar`) is not a request.
      const direct = ref.path.length === 1 && member === ref.path[0] && !entry.instanceFactories?.includes(member) && !CLIENT_HELPERS.test(member);
      // What an instance factory made, called itself (`const useApi = createFetch({ baseUrl }); useApi(path)`).
      const n = ref.path.length;
      if (n >= 2 && ref.path[n - 1] === "()" && entry.instanceFactories?.includes(ref.path[n - 2])) return { entry, member: "()" };
      if (entry.methods.includes(member) || (direct && entry.methods.includes("()"))) return { entry, member: direct && !entry.methods.includes(member) ? "()" : member };
    } else {
      let member = globalMember(ref.path, entry.globals);
      if (member === undefined) continue;
      // An instance a global's factory made, called itself (`const api = $fetch.create({ baseURL }); api(url)`).
      const n = ref.path.length;
      if (n > 2 && ref.path[n - 1] === "()" && entry.instanceFactories?.includes(ref.path[n - 2])) member = "()";
      if (entry.methods.includes(member) || (member === "()" && entry.methods.includes(ref.path[ref.path.length - 1]))) return { entry, member };
    }
  }
  return undefined;
}

export function httpEntryFor(catalog: Catalog, ref: CalleeRef): HttpClientEntry | undefined {
  for (const entry of catalog.http) {
    if (ref.k === "pkg" && pkgListed(entry.packages, ref.pkg, ref.pkg)) return entry;
    if (ref.k === "global" && entry.globals?.some((g) => g.split(".")[0] === ref.path[0])) return entry;
  }
  return undefined;
}

const compiled = new WeakMap<SanitizerEntry, RegExp>();
const HAS_PREDICATE = /^has[A-Z0-9_]/;
export function matchSanitizer(catalog: Catalog, ref: CalleeRef | undefined, finalName: string, configured: readonly string[]): string | undefined {
  if (finalName && configured.includes(finalName)) return finalName;
  for (const s of catalog.sanitizers) {
    if (ref && ref.k === "pkg" && pkgListed(s.packages, ref.pkg, ref.pkg)) {
      const member = finalMember(ref);
      if (!s.methods || s.methods.includes(member) || ref.path.some((p) => s.methods!.includes(p))) return s.id;
    }
    if (ref && ref.k === "global" && s.globals) {
      const dotted = ref.path.join(".");
      if (s.globals.some((g) => dotted === g || dotted.startsWith(`${g}.`))) return s.id;
    }
    if (s.namePattern && finalName) {
      let re = compiled.get(s);
      if (!re) compiled.set(s, (re = new RegExp(s.namePattern, "i")));
      // The pattern is case-insensitive, so `hash` also reads `hasHealthConsent`: a has… predicate is no sanitizer.
      if (re.test(finalName) && !HAS_PREDICATE.test(finalName)) return s.id;
    }
  }
  return undefined;
}
