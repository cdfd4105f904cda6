// Framework conventions that bind a name to a project file without an import.
//
// Egg.js loads app/service/<a>/<b>.(js|ts) and exposes an instance of the
// class it exports as ctx.service.a.b (and app.service…) in controllers,
// services and middleware; app/controller/<name> likewise as
// app.controller.<name> in the router. Following these names lets flows and
// guards cross from a controller into the services it calls. Egg also merges
// config/config.default.(js|ts) into `this.config` / `app.config` (Midway.js
// injects src/config/config.default with `@Config`): where the partners'
// endpoints usually live. Its helper extension (app/extend/helper.js) is `ctx.helper`.
import type { FileIndex } from "./file-index.js";

const SERVICE_DIRS: Readonly<Record<string, string>> = { service: "app/service", controller: "app/controller" };
/** The convention key of the app's default config file (egg.js, Midway.js). */
export const APP_CONFIG_KEY = "config/config.default";

/**
 * Files under an egg app directory, by their path from `app/` on without extension ("app/service/partner"
 * → its absolute path), built once per file set. The project may sit below the scan root (a monorepo
 * package), so the key starts at the last `app/service/` or `app/controller/` in the path. Paths, not
 * indexes, are kept: an edited file gets a new index under the same path.
 */
const conventionIndex = new WeakMap<ReadonlyMap<string, FileIndex>, Map<string, string>>();

/** The convention keys a file answers to ("app/service/partner" for …/app/service/partner.ts). */
export function eggConventionKeys(rel: string): string[] {
  const stem = `/${rel.replace(/\.(c|m)?(t|j)sx?$/, "")}`;
  const out: string[] = [];
  for (const dir of Object.values(SERVICE_DIRS)) {
    const at = stem.lastIndexOf(`/${dir}/`);
    if (at >= 0) out.push(stem.slice(at + 1));
  }
  if (stem.endsWith(`/${APP_CONFIG_KEY}`)) out.push(APP_CONFIG_KEY);
  if (stem.endsWith(`/${EGG_HELPER_KEY}`)) out.push(EGG_HELPER_KEY);
  return out;
}

/** Egg's helper extension (app/extend/helper.js): the object whose methods are `ctx.helper.<name>`. */
export const EGG_HELPER_KEY = "app/extend/helper";

/** `ctx.helper` (also `this.ctx.helper`, and a controller's or service's `this.helper`… through `new`): the helper extension. */
export function isEggHelperPath(path: readonly string[]): boolean {
  const n = path.length;
  return n >= 2 && path[n - 1] === "helper" && (path[n - 2] === "ctx" || path[n - 2] === "new");
}

function indexOf(files: ReadonlyMap<string, FileIndex>): Map<string, string> {
  let m = conventionIndex.get(files);
  if (!m) {
    m = new Map();
    for (const f of files.values()) {
      if (f.isDeclaration) continue;
      for (const key of eggConventionKeys(f.rel)) m.set(key, f.path);
    }
    conventionIndex.set(files, m);
  }
  return m;
}

/**
 * For an egg reference path (`[…, "ctx", "service", "partner"]`), the convention key it names
 * ("app/service/partner"), or undefined when the path is not under ctx/app/this .service/.controller.
 */
export function eggConventionKey(path: readonly string[]): string | undefined {
  for (let i = path.length - 2; i >= 1; i--) {
    const dir = SERVICE_DIRS[path[i]];
    // `this.service` of a controller or service is ctx.service (the path of an instance of egg's class: `…new.service`).
    if (!dir || (path[i - 1] !== "ctx" && path[i - 1] !== "app" && path[i - 1] !== "new")) continue;
    const rest = path.slice(i + 1);
    return rest.length === 0 ? undefined : `${dir}/${rest.join("/")}`;
  }
  return undefined;
}

/** `this.config` in a controller or service (`…new.config`), `app.config`, `ctx.app.config`. */
export function isEggConfigPath(path: readonly string[]): boolean {
  const n = path.length;
  return n >= 2 && path[n - 1] === "config" && (path[n - 2] === "app" || path[n - 2] === "new");
}

/** The file of these files a convention key names, if any. */
export function eggConventionFile(files: ReadonlyMap<string, FileIndex>, key: string): FileIndex | undefined {
  const file = indexOf(files).get(key);
  return file === undefined ? undefined : files.get(file);
}

/** Egg's router file (app/router.js, app/router/*.js), whose exported function egg calls with the application. */
export function isEggRouterFile(rel: string): boolean {
  return /(^|\/)app\/router(\/[^/]+)?\.(c|m)?(t|j)s$/.test(rel);
}

/** An egg middleware file (app/middleware/<name>.js), whose export egg calls with (options, app) for a `(ctx, next)` function. */
export function isEggMiddlewareFile(rel: string): boolean {
  return /(^|\/)app\/middleware\/[^/]+\.(c|m)?(t|j)s$/.test(rel);
}

/** An egg schedule file (app/schedule/<name>.js), whose exported `task(ctx)` egg calls with a context. */
export function isEggScheduleFile(rel: string): boolean {
  return /(^|\/)app\/schedule\/[^/]+\.(c|m)?(t|j)s$/.test(rel);
}
