// How a scan resolves an import specifier to a project file: TypeScript's
// resolver with the options of the importing file's project, then, for a
// relative specifier it cannot place, the usual extensions tried by hand (a
// JS project without a tsconfig, `./x.js` written for `./x.ts`), and for a
// package of the scanned tree imported by name, its entry (local-packages.ts).
// Other packages stay unresolved: they are libraries, known by name to the
// catalogue.
//
// One place for it, because the flow engine and the split of a monorepo into
// independent groups (components.ts) must agree on what imports what.
import path from "node:path";
import { ts } from "../typescript.cjs";
import { packageCandidates } from "./local-packages.js";
import { importMapFor, mappedFile } from "./deno.js";
import { cachingResolutionHost } from "./resolution-host.js";
import { isSfc } from "./sfc.js";
import type { DiscoveredProjects } from "./types.js";

export type ModuleResolver = (spec: string, fromFile: string) => string | undefined;

/**
 * A memoised resolver over the files `has` admits. `unitOf` gives each file's project (its compiler
 * options); a file outside every project resolves with `allowJs` only.
 */
export function createModuleResolver(root: string, projects: DiscoveredProjects, unitOf: ReadonlyMap<string, number>, has: (file: string) => boolean): ModuleResolver {
  const caches = projects.units.map((u) => ts.createModuleResolutionCache(root, (s) => s, u.compilerOptions));
  const resolved = new Map<string, string | undefined>();
  const host = cachingResolutionHost();
  return (spec, from) => {
    const key = `${path.dirname(from)}\u0000${spec}`;
    if (resolved.has(key)) return resolved.get(key);
    const u = unitOf.get(from) ?? 0;
    const opts = projects.units[u]?.compilerOptions ?? { allowJs: true };
    // A Deno import map entry that names a file of the project (`"@/": "./src/"`).
    const mapped = projects.importMaps?.length ? mappedFile(importMapFor(projects.importMaps, from), spec) : undefined;
    if (mapped) {
      const out = guessRelative(mapped, has);
      resolved.set(key, out);
      return out;
    }
    const r = ts.resolveModuleName(spec, from, opts, host, caches[u]).resolvedModule;
    let out = r && has(r.resolvedFileName) ? r.resolvedFileName : undefined;
    if (!out && (spec.startsWith(".") || spec.startsWith("/"))) {
      out = guessRelative(path.resolve(path.dirname(from), spec), has);
      // An app-root path (Meteor's `import … from '/imports/ui/analytics'`): under the nearest directory above
      // the importing file, within the scan, that has it.
      if (!out && spec.startsWith("/") && !spec.startsWith("//")) out = underAncestor(root, from, spec, has);
    } else if (!out && isSfc(spec)) out = viaPaths(spec, opts).find(has);
    else if (!out && projects.packages?.length) {
      // Another package of the tree, imported by name with no node_modules to find it through.
      for (const c of packageCandidates(projects.packages, spec) ?? []) if ((out = guessRelative(c, has))) break;
    }
    resolved.set(key, out);
    return out;
  };
}

/** `spec` under the importing file's directory or one of its ancestors up to the scan's root. */
function underAncestor(root: string, from: string, spec: string, has: (file: string) => boolean): string | undefined {
  const top = path.resolve(root);
  for (let dir = path.dirname(from), i = 0; i < 32; i++) {
    const found = guessRelative(path.join(dir, spec), has);
    if (found) return found;
    if (dir === top || !dir.startsWith(top)) return undefined;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
  return undefined;
}

function guessRelative(base: string, has: (file: string) => boolean): string | undefined {
  const stem = base.replace(/\.(c|m)?js$/, "");
  for (const ext of [".ts", ".tsx", ".mts", ".cts", ".js", ".jsx", ".mjs", ".cjs", ".d.ts", "/index.ts", "/index.tsx", "/index.js"]) {
    if (has(stem + ext)) return stem + ext;
  }
  return has(base) ? base : undefined;
}

/**
 * Where the config's `paths` map a specifier (`@/components/Card.vue` → `src/components/Card.vue`): for
 * files TypeScript's resolver does not look for, such as Vue components imported with their extension.
 */
function viaPaths(spec: string, opts: ts.CompilerOptions): string[] {
  const base = opts.baseUrl ?? (opts as { pathsBasePath?: string }).pathsBasePath;
  if (!opts.paths || !base) return [];
  const out: string[] = [];
  for (const [pattern, targets] of Object.entries(opts.paths)) {
    const star = pattern.indexOf("*");
    const pre = star < 0 ? pattern : pattern.slice(0, star);
    const post = star < 0 ? "" : pattern.slice(star + 1);
    if (star < 0 ? spec !== pattern : !(spec.startsWith(pre) && spec.endsWith(post) && spec.length >= pre.length + post.length)) continue;
    const mid = star < 0 ? "" : spec.slice(pre.length, spec.length - post.length);
    for (const t of targets) out.push(path.resolve(base, t.replace("*", mid)));
  }
  return out;
}
