// Matching a recipient to the declared contractors and finding its region.
import type { SinkEntry } from "../model/catalog.js";
import type { ContractorConfig, PitraceConfig } from "../model/config.js";
import type { Taxonomy } from "../model/taxonomy.js";
import type { Recipient } from "../engine/engine.js";
import { hostMatches, packageMatches } from "../engine/urls.js";

export function findContractor(config: PitraceConfig, r: Recipient): ContractorConfig | undefined {
  // By package first, over every contractor: an SDK's catalogued hosts are all its vendor's (every Firebase
  // product's `*.googleapis.com`), so a contractor declared for one of them by host is not the one declared
  // for the package the call is made through (`firebase/analytics`).
  for (const c of config.contractors) {
    if (r.pkg && c.packages.some((g) => packageMatches(g, r.pkg!))) return c;
    if (r.packages?.some((p) => c.packages.some((g) => packageMatches(g, p)))) return c;
  }
  return config.contractors.find((c) => r.hosts.some((h) => c.hosts.some((g) => hostMatches(g, h))));
}

/**
 * Categories the contractor is not declared for: a declared prefix covers its children, and a declared
 * category covers those its values already say (the taxonomy's `coveredBy`: an address names its city).
 */
export function undeclaredCategories(c: ContractorConfig | undefined, cats: readonly string[], taxonomy: Pick<Taxonomy, "coveredBy">): string[] {
  if (!c) return [...cats];
  const declared = c.categories;
  if (!declared) return [];
  const listed = (cat: string) => declared.some((a) => cat === a || cat.startsWith(`${a}.`));
  return cats.filter((cat) => !listed(cat) && !taxonomy.coveredBy(cat).some(listed));
}

/** The recipient's data region: its contractor entry, else the catalogue (by package or host). */
export function regionOf(c: ContractorConfig | undefined, r: Recipient, sinks: readonly SinkEntry[]): string | undefined {
  if (c?.region) return c.region;
  if (r.region) return r.region;
  if (r.kind === "http" && r.hosts.length) {
    for (const e of sinks) if (e.region && e.hosts?.some((g) => r.hosts.some((h) => hostMatches(g, h)))) return e.region;
  }
  return undefined;
}

/** `overseas` differs from `cn`; two named regions differ when their names do. */
export function differentRegion(configRegion: string, recipientRegion: string): boolean {
  return configRegion.toLowerCase() !== recipientRegion.toLowerCase();
}
