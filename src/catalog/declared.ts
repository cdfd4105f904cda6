// SDK sinks the project itself declares: a package listed under a contractor's
// `packages` in pitrace.config.yaml is, by that declaration, a third party the
// app sends data to. When the built-in catalogue does not know the package
// (a regional SDK, a React Native wrapper, an in-house client of a partner),
// any call into it that is given PI is an SDK sink, as for catalogued SDKs;
// set-up calls given no PI stay silent.
import type { HttpClientEntry, SinkEntry } from "../model/catalog.js";
import type { PitraceConfig } from "../model/config.js";

/** A declared name or glob ("@sentry/*") that covers, or is covered by, a catalogue package: the catalogue decides there. */
function overlaps(declared: string, listed: string): boolean {
  const under = (glob: string, name: string) => glob.endsWith("/*") && name.startsWith(glob.slice(0, -1));
  return declared === listed || under(declared, listed) || under(listed, declared);
}

function known(pkg: string, entries: ReadonlyArray<{ packages?: string[] }>): boolean {
  return entries.some((e) => e.packages?.some((p) => overlaps(pkg, p)));
}

export function declaredSdkSinks(config: PitraceConfig, sinks: readonly SinkEntry[], http: readonly HttpClientEntry[]): SinkEntry[] {
  const out: SinkEntry[] = [];
  const seen = new Set<string>();
  for (const c of config.contractors) {
    for (const pkg of c.packages ?? []) {
      if (seen.has(pkg) || known(pkg, sinks) || known(pkg, http)) continue;
      seen.add(pkg);
      out.push({
        id: pkg,
        kind: "sdk",
        vendor: c.name,
        packages: [pkg],
        region: c.region,
        description: `Declared in pitrace.config.yaml: contractor "${c.name}" receives data through ${pkg}.`,
      });
    }
  }
  return out;
}
