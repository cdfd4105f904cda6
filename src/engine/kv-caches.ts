// Which catalogued key-value cache (KEY_VALUE_CACHES) a library call is made on.
import { KEY_VALUE_CACHES, type KeyValueCacheEntry } from "../catalog/caches.js";
import { pkgListed, type CalleeRef } from "./sink-match.js";

export function keyValueCacheOf(ref: CalleeRef): KeyValueCacheEntry | undefined {
  const head = ref.path[0];
  for (const e of KEY_VALUE_CACHES) {
    if (ref.k === "global" ? !!e.globals?.includes(head) : pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg) && (!e.members || ref.path.some((seg) => e.members!.includes(seg)))) return e;
  }
  return undefined;
}
