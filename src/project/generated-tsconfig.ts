// SvelteKit and Nuxt generate the tsconfig a project extends (`.svelte-kit/tsconfig.json`,
// `.nuxt/tsconfig.json`) at build time, and it is what defines their import aliases (`$lib`, `~`, `@`).
// A fresh clone, or a CI checkout that never ran the dev server, has no such file, so every aliased
// import would go unresolved and cross-file flows through it would be lost. When the generated file is
// missing, we supply the framework's default aliases, as the generated file would. Build tools that alias
// `@` themselves (Vue CLI, Umi, uni-app) do so for a project with no tsconfig at all (toolAliases).
import fs from "node:fs";
import path from "node:path";
import { readJson } from "./workspaces.js";

interface GeneratedConfig {
  /** The end of the generated tsconfig's path, as written in `extends`: a folder the framework writes, then the file. */
  marker: RegExp;
  /** The aliases, for the project root (the folder that holds the generated folder). */
  aliases(root: string): Record<string, string[]>;
}

const GENERATED: GeneratedConfig[] = [
  {
    marker: /(^|\/)\.svelte-kit\/tsconfig\.json$/,
    aliases: (dir) => ({ $lib: [path.join(dir, "src/lib")], "$lib/*": [path.join(dir, "src/lib/*")] }),
  },
  {
    // The app's, and the server's (`server/tsconfig.json` extends `../.nuxt/tsconfig.server.json`); Nuxt 4
    // also writes tsconfig.app.json, tsconfig.node.json and tsconfig.shared.json. All give the same aliases.
    marker: /(^|\/)\.nuxt\/tsconfig(\.(server|app|node|shared))?\.json$/,
    aliases: nuxtAliases,
  },
];

/** Nuxt's `~` / `@` (its srcDir) and `~~` / `@@` (the root), which every Nuxt version defines itself. */
function nuxtAliases(dir: string): Record<string, string[]> {
  // Nuxt 4 keeps the application in app/ (its srcDir); Nuxt 2 and 3 at the root.
  const src = fs.existsSync(path.join(dir, "app/app.vue")) || fs.existsSync(path.join(dir, "app/pages")) ? path.join(dir, "app") : dir;
  const out: Record<string, string[]> = {};
  for (const [alias, target] of [["~", src], ["@", src], ["~~", dir], ["@@", dir]] as const) {
    out[alias] = [target];
    out[`${alias}/*`] = [path.join(target, "*")];
  }
  return out;
}

/** The aliases a missing generated tsconfig named in `extends` would have given, if any. */
export function missingGeneratedAliases(extendsField: unknown, dir: string): Record<string, string[]> | undefined {
  const list = typeof extendsField === "string" ? [extendsField] : Array.isArray(extendsField) ? extendsField.filter((x): x is string => typeof x === "string") : [];
  let out: Record<string, string[]> | undefined;
  for (const ext of list) {
    const norm = ext.replace(/\\/g, "/");
    const gen = GENERATED.find((g) => g.marker.test(norm));
    const file = path.resolve(dir, ext);
    if (!gen || fs.existsSync(file)) continue;
    out = { ...out, ...gen.aliases(path.dirname(path.dirname(file))) };
  }
  return out;
}

/**
 * Build tools that alias `@` to `src/` themselves, with no tsconfig or jsconfig to say so: Vue CLI
 * (`@vue/cli-service` sets `'@': 'src'` in its webpack config) and Umi. A project of theirs without a
 * config imports `@/utils/request` as `src/utils/request`.
 */
const SRC_ALIAS_TOOLS = ["@vue/cli-service", "umi", "@umijs/max"];

/** The `paths` a project without a tsconfig gets from its build tool's built-in aliases (Vue CLI, Umi, Nuxt), if any. */
export function toolAliases(dir: string): Record<string, string[]> | undefined {
  const pkg = readJson(path.join(dir, "package.json")) as { dependencies?: object; devDependencies?: object } | undefined;
  const uses = (t: string) => !!pkg && typeof pkg === "object" && ((!!pkg.dependencies && t in pkg.dependencies) || (!!pkg.devDependencies && t in pkg.devDependencies));
  // A Nuxt project without the tsconfig Nuxt generates (Nuxt 2 in JavaScript): Nuxt's own aliases.
  if (uses("nuxt") || uses("nuxt-edge")) return nuxtAliases(dir);
  // uni-app aliases `@` to the directory holding its pages.json and manifest.json: the project's root in an
  // HBuilderX project, src/ in one made by its CLI.
  const uni = [dir, path.join(dir, "src")].find((d) => fs.existsSync(path.join(d, "pages.json")) && fs.existsSync(path.join(d, "manifest.json")));
  if (uni) return { "@": [uni], "@/*": [path.join(uni, "*")] };
  if (!SRC_ALIAS_TOOLS.some(uses)) return undefined;
  const src = path.join(dir, "src");
  return { "@": [src], "@/*": [path.join(src, "*")] };
}
