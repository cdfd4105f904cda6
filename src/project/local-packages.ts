// Packages of the scanned tree, by name, so that one package importing
// another by name (`import { track } from "@acme/shared"`) resolves to the
// other's files when node_modules is not installed, as CI checkouts and our
// scans usually have it. A manifest names its entry point for the build
// output (`main: "dist/index.js"`); the sources sit next to it (`src/`), so
// the resolver also tries the entry with its build directory swapped for
// `src/`, then `src/index` and `index`.
import path from "node:path";
import type { LocalPackage } from "./types.js";
import { readJson } from "./workspaces.js";

const ENTRY_FIELDS = ["source", "types", "typings", "module", "main"] as const;
/** Conditions of an `exports` map, most source-like first. */
const CONDITIONS = ["source", "types", "import", "module", "default", "require", "node"];

export function localPackages(dirs: readonly string[]): LocalPackage[] {
  const byName = new Map<string, LocalPackage>();
  const ambiguous = new Set<string>();
  for (const dir of [...new Set(dirs)].sort()) {
    const pkg = readJson(path.join(dir, "package.json"));
    if (typeof pkg !== "object" || pkg === null) continue;
    const manifest = pkg as Record<string, unknown>;
    const name = manifest.name;
    if (typeof name !== "string" || !name.trim()) continue;
    // Two packages of one name (a fixture copy, an example): which one an import means is unknown.
    if (byName.has(name)) ambiguous.add(name);
    byName.set(name, { name, dir, entries: entriesOf(manifest) });
  }
  return [...byName.values()].filter((p) => !ambiguous.has(p.name));
}

function entriesOf(manifest: Record<string, unknown>): string[] {
  const out: string[] = [];
  for (const f of ENTRY_FIELDS) if (typeof manifest[f] === "string") out.push(manifest[f] as string);
  out.push(...exportTargets(manifest.exports));
  return [...new Set(out)];
}

/** The targets of `exports` for the package itself ("." or the whole map), in condition order. */
function exportTargets(exp: unknown): string[] {
  if (typeof exp === "string") return [exp];
  if (Array.isArray(exp)) return exp.flatMap(exportTargets);
  if (typeof exp !== "object" || exp === null) return [];
  const map = exp as Record<string, unknown>;
  if ("." in map) return exportTargets(map["."]);
  if (Object.keys(map).some((k) => k.startsWith("."))) return [];
  return CONDITIONS.flatMap((c) => exportTargets(map[c]));
}

/**
 * The candidate paths (without extension guessing) for `spec` in one of these packages: its entries
 * (and their build directories swapped for src/), src/index, index; for a subpath, the subpath under the
 * package and under src/. Undefined when no package is named by the specifier.
 */
export function packageCandidates(packages: readonly LocalPackage[], spec: string): string[] | undefined {
  let best: LocalPackage | undefined;
  for (const p of packages) if ((spec === p.name || spec.startsWith(`${p.name}/`)) && (!best || p.name.length > best.name.length)) best = p;
  if (!best) return undefined;
  const dir = best.dir;
  if (spec.length > best.name.length) {
    const sub = spec.slice(best.name.length + 1);
    return [path.join(dir, sub), path.join(dir, "src", sub)];
  }
  const out: string[] = [];
  for (const e of best.entries) {
    out.push(path.join(dir, e));
    const swapped = e.replace(/^(\.\/)?(dist|lib|build|out|es|esm|cjs)\//, "src/");
    if (swapped !== e) out.push(path.join(dir, swapped.replace(/\.d\.ts$/, ".ts")));
  }
  out.push(path.join(dir, "src", "index"), path.join(dir, "index"));
  return out;
}
