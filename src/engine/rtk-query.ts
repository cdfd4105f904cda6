// RTK Query: an API slice made by createApi({ baseQuery: fetchBaseQuery({ baseUrl }), endpoints }) sends its
// requests when the hooks it generates are used:
//   const [enrollPolicy] = insurerApi.useEnrollPolicyMutation();  enrollPolicy(insured)   → a request now
//   insurerApi.useGetMemberQuery(memberId)                                               → a request now
//   const [load] = api.useLazySearchQuery();  load(args)                                 → a request now
//   store.dispatch(api.endpoints.enrollPolicy.initiate(insured))                          → a request now
// The request goes to the base URL of the API's fetchBaseQuery (the endpoint's own path does not change the
// host) and carries what the trigger, hook or initiate was given.

export const RTK_QUERY_PACKAGES = new Set(["@reduxjs/toolkit/query", "@reduxjs/toolkit/query/react"]);

export type RtkCall =
  /** `createApi(options)`: the API slice. */
  | { kind: "api" }
  /** A hook, initiate or trigger that sends at once. */
  | { kind: "send" }
  /** A mutation or lazy-query hook: it hands out a trigger that sends when called. */
  | { kind: "trigger" };

/** What a call on a value of `@reduxjs/toolkit/query` (by its path from the package) does, if anything. */
export function rtkCall(path: readonly string[], name: string): RtkCall | undefined {
  if (name === "createApi" && !path.includes("()")) return { kind: "api" };
  const at = path.indexOf("createApi");
  if (at < 0 || path[at + 1] !== "()") return undefined;
  const rest = path.slice(at + 2);
  if (rest[rest.length - 1] === "%trigger") return { kind: "send" };
  if (rest.length !== 1 && !(rest.length === 3 && rest[0] === "endpoints" && name === "initiate")) return undefined;
  if (name === "initiate") return { kind: "send" };
  if (/^use\w+Mutation$/.test(name) || /^useLazy\w+Query$/.test(name)) return { kind: "trigger" };
  if (/^use\w+Query$/.test(name)) return { kind: "send" };
  return undefined;
}
