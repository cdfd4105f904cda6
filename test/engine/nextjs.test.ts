import { describe, expect, it } from "vitest";
import { ts } from "../../src/typescript.cjs";
import { isExportedEntry, matcherRegExp, middlewareFunction, middlewareMatcher, nextRoute } from "../../src/engine/nextjs.js";

const parse = (text: string) => ts.createSourceFile("middleware.ts", text, ts.ScriptTarget.Latest, true);

describe("Next.js routes", () => {
  it.each([
    ["/p/app/api/leads/route.ts", "/p", "/api/leads"],
    ["/p/src/app/(shop)/cart/[id]/page.tsx", "/p/src", "/cart/_pitrace_segment_"],
    ["/p/app/@modal/login/page.tsx", "/p", "/login"],
    ["/p/pages/api/sync.ts", "/p", "/api/sync"],
    ["/p/pages/api/users/index.js", "/p", "/api/users"],
  ])("%s is %s + %s", (path, base, url) => {
    expect(nextRoute(path)).toEqual({ base, url });
  });

  it.each(["/p/app/api/leads/helpers.ts", "/p/src/lib/app.ts", "/p/app/layout.tsx"])("%s is not a route", (path) => {
    expect(nextRoute(path)).toBeUndefined();
  });
});

describe("Next.js matchers", () => {
  it.each([
    ["/api/partners/:path*", "/api/partners", true],
    ["/api/partners/:path*", "/api/partners/a/b", true],
    ["/api/partners/:path*", "/api/partnership", false],
    ["/api/:section", "/api/leads", true],
    ["/api/:section", "/api/leads/1", false],
    ["/api/:rest+", "/api", false],
    ["/account/:tab?", "/account", true],
    ["/((?!_next/static|favicon.ico).*)", "/api/leads", true],
    ["/((?!api).*)", "/api/leads", false],
  ])("%s on %s: %s", (pattern, url, hit) => {
    expect(matcherRegExp(pattern)!.test(url)).toBe(hit);
  });

  it("does not run a matcher that could backtrack catastrophically", () => {
    expect(matcherRegExp("/((a+)+)b")).toBeUndefined();
  });

  it("reads string, array and { source } matchers; none means every path; an unreadable one guards nothing", () => {
    expect(middlewareMatcher(parse("export const config = { matcher: '/api/:p*' };"))!.map(String)).toHaveLength(1);
    expect(middlewareMatcher(parse("export const config = { matcher: [{ source: '/a' }, '/b'] };"))).toHaveLength(2);
    expect(middlewareMatcher(parse("export function middleware() {}"))).toBeUndefined();
    expect(middlewareMatcher(parse("export const config = { matcher: PATHS };"))).toEqual([]);
    expect(middlewareMatcher(parse("export const config = { matcher: ['/a', '/b('] };"))).toEqual([]);
  });

  it("finds the middleware function by name or as the default export", () => {
    expect(middlewareFunction(parse("export function middleware(req) {}"))).toBeDefined();
    expect(middlewareFunction(parse("export const proxy = async (req) => {};"))).toBeDefined();
    expect(middlewareFunction(parse("export default function (req) {}"))).toBeDefined();
    expect(middlewareFunction(parse("function middleware(req) {}"))).toBeUndefined();
  });

  it("treats exported functions of a route file as entries, not its helpers", () => {
    const sf = parse("export async function POST() {}\nfunction helper() {}\nexport const GET = () => 1;");
    const [post, helper, get] = sf.statements;
    expect(isExportedEntry(post)).toBe(true);
    expect(isExportedEntry(helper)).toBe(false);
    expect(isExportedEntry((get as ts.VariableStatement).declarationList.declarations[0].initializer!)).toBe(true);
  });
});
