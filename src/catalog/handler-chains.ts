// Handlers a file exports as a chain (Cloudflare Pages Functions: `export const onRequestPost = [requireConsent,
// handler]`): the platform runs each function in turn, each calling `next()` for the following one, so a
// guard in the chain runs before the handlers after it.
export interface HandlerChainEntry {
  id: string;
  /** Names of the exports that may be chains (a regular expression over the whole name). */
  exportPattern: string;
  description: string;
}

export const HANDLER_CHAINS: HandlerChainEntry[] = [
  {
    id: "cloudflare-pages-functions",
    exportPattern: "^onRequest(Get|Post|Put|Patch|Delete|Head|Options)?$",
    description: "Cloudflare Pages Functions: `export const onRequest = [a, b]` (or onRequestGet/Post/…) runs a, then b when a calls context.next(); also in _middleware.js.",
  },
];
