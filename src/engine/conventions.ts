// Framework conventions that bind a name to a project file without an import.
//
// Egg.js loads app/service/<a>/<b>.(js|ts) and exposes an instance of the
// class it exports as ctx.service.a.b (and app.service…) in controllers,
// services and middleware; app/controller/<name> likewise as
// app.controller.<name> in the router. Following these names lets flows and
// guards cross from a controller into the services it calls.
import type { FileIndex } from "./file-index.js";

const SERVICE_DIRS: Readonly<Record<string, string>> = { service: "app/service", controller: "app/controller" };

/** Project files by their path relative to the root, without extension (built once per file set). */
const byStem = new WeakMap<ReadonlyMap<string, FileIndex>, Map<string, FileIndex>>();

function stems(files: ReadonlyMap<string, FileIndex>): Map<string, FileIndex> {
  let m = byStem.get(files);
  if (!m) {
    m = new Map();
    for (const f of files.values()) if (!f.isDeclaration) m.set(f.rel.replace(/\.(c|m)?(t|j)sx?$/, ""), f);
    byStem.set(files, m);
  }
  return m;
}

/**
 * For an egg reference path (`[…, "ctx", "service", "partner"]`), the file it names by convention, or
 * undefined when the path is not under ctx/app .service/.controller or no such file exists.
 */
export function eggConventionFile(files: ReadonlyMap<string, FileIndex>, path: readonly string[]): FileIndex | undefined {
  for (let i = path.length - 2; i >= 1; i--) {
    const dir = SERVICE_DIRS[path[i]];
    if (!dir || (path[i - 1] !== "ctx" && path[i - 1] !== "app")) continue;
    const rest = path.slice(i + 1);
    if (rest.length === 0) return undefined;
    const all = stems(files);
    // The project may sit below the scan root (a monorepo package): match the end of the path.
    const want = `${dir}/${rest.join("/")}`;
    for (const [stem, f] of all) if (stem === want || stem.endsWith(`/${want}`)) return f;
    return undefined;
  }
  return undefined;
}

/** Egg's router file (app/router.js, app/router/*.js), whose exported function egg calls with the application. */
export function isEggRouterFile(rel: string): boolean {
  return /(^|\/)app\/router(\/[^/]+)?\.(c|m)?(t|j)s$/.test(rel);
}
