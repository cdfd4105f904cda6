// Resolving the recipient host of an HTTP request from partial string knowledge.
import picomatch from "picomatch";
import type { Str } from "./values.js";

export type UrlVerdict =
  | { kind: "relative" }
  | { kind: "host"; host: string }
  | { kind: "unresolved"; hint: string };

const SCHEME_HOST = /^(?:[a-z][a-z0-9+.-]*:)?\/\/(?:[^@/?#]*@)?(\[[^\]]+\]|[^/?#:]+)([/?#:]|$)/i;

/** A host name that is complete as written: dotted labels ending in an alphabetic top-level label, or localhost. */
const WHOLE_HOST = /^(?:(?:[a-z0-9-]+\.)+[a-z]{2,63}|localhost)$/i;

/** What a URL string (possibly only a known prefix) says about its host. */
export function classifyUrl(url: Str | undefined): UrlVerdict {
  if (!url || url.prefix === "") return { kind: "unresolved", hint: url ? "the URL is built at run time" : "the URL is not a constant" };
  const p = url.prefix.trim();
  if (p.startsWith("/") && !p.startsWith("//")) return { kind: "relative" };
  if (/^\.{1,2}\//.test(p) || (/^[\w-]+(\/|\?|$)/.test(p) && !p.includes(":") && !/^[\w-]+\.[\w.-]+(\/|$)/.test(p))) return { kind: "relative" };
  const m = SCHEME_HOST.exec(p);
  // A known prefix that ends right after a whole host name (`API_BASE + path` with API_BASE =
  // "https://api.example.cn") names that host: code does not build host names by appending to an origin.
  // One that ends inside a name (`"https://api." + region`) does not.
  if (m && (m[2] !== "" || url.complete || (m[1].length <= 253 && WHOLE_HOST.test(m[1])))) return { kind: "host", host: m[1].toLowerCase().replace(/^\[|\]$/g, "") };
  return { kind: "unresolved", hint: `only "${p.slice(0, 40)}" of the URL is known` };
}

export function isLocalHost(host: string): boolean {
  return host === "localhost" || host.endsWith(".localhost") || host === "127.0.0.1" || host === "::1" || host === "0.0.0.0" || /^127\./.test(host);
}

const matcherCache = new Map<string, (s: string) => boolean>();
/** Host glob match: "*.example.cn" matches "a.example.cn" (and "a.b.example.cn"); a plain host also matches itself only. */
export function hostMatches(glob: string, host: string): boolean {
  let m = matcherCache.get(glob);
  if (!m) {
    const g = glob.toLowerCase();
    const re = picomatch.makeRe(g.replace(/^\*\./, "**."), { dot: true, nocase: true });
    m = (s: string) => s === g || re.test(s) || (g.startsWith("*.") && s.endsWith(g.slice(1)));
    matcherCache.set(glob, m);
  }
  return m(host.toLowerCase());
}

const pkgCache = new Map<string, (s: string) => boolean>();
export function packageMatches(glob: string, pkg: string): boolean {
  let m = pkgCache.get(glob);
  if (!m) {
    const re = picomatch.makeRe(glob, { dot: true });
    m = (s: string) => s === glob || re.test(s);
    pkgCache.set(glob, m);
  }
  return m(pkg);
}

/** Concatenate two partial strings. */
export function concatStr(a: Str | undefined, b: Str | undefined): Str | undefined {
  if (!a) return undefined;
  if (!a.complete) return a;
  if (!b) return { prefix: a.prefix, complete: false };
  return { prefix: a.prefix + b.prefix, complete: b.complete };
}

/** Resolve `url` against a base (axios baseURL, ky prefixUrl, new URL(path, base)). */
export function resolveAgainst(base: Str | undefined, url: Str | undefined): Str | undefined {
  if (url && /^[a-z][a-z0-9+.-]*:\/\//i.test(url.prefix)) return url;
  if (!base) return url;
  if (!url) return { prefix: base.prefix, complete: false };
  // The clients join the two with one slash (`prefixUrl: 'https://poll.kuaidi100.com'` and `'poll'`).
  if (base.complete && url.prefix && !/^[?#]/.test(url.prefix)) return { prefix: `${base.prefix.replace(/\/+$/, "")}/${url.prefix.replace(/^\/+/, "")}`, complete: url.complete };
  return concatStr(base, url);
}
