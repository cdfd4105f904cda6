// Names frameworks put in scope without an import: Nuxt auto-imports Vue's and
// Pinia's APIs in every component, composable and store, and Vite apps do the
// same with unplugin-auto-import (uni-app and many Vue 3 templates ship it).
// A call of one of these names that the file neither declares nor imports, and
// that no script of the project defines, is that package's.
export interface AutoImportEntry {
  id: string;
  package: string;
  names: string[];
  /** The name is the package's root object (ThinkJS's global `think`), not one of its exports. */
  namespace?: true;
  description: string;
}

export const AUTO_IMPORTS: AutoImportEntry[] = [
  {
    id: "vue",
    package: "vue",
    names: ["ref", "shallowRef", "reactive", "shallowReactive", "computed", "readonly", "watch", "watchEffect", "toRef", "toRefs", "toRaw", "unref", "isRef", "provide", "inject"],
    description: "Vue's reactivity and injection APIs, auto-imported by Nuxt and by unplugin-auto-import's vue preset.",
  },
  {
    id: "nuxt",
    package: "nuxt/app",
    names: ["useState"],
    description: "Nuxt's own composables auto-imported from #app (useState; useFetch and $fetch are catalogued as HTTP clients).",
  },
  {
    id: "pinia",
    package: "pinia",
    names: ["defineStore", "storeToRefs"],
    description: "Pinia's defineStore and storeToRefs, auto-imported by @pinia/nuxt and by unplugin-auto-import's pinia preset.",
  },
  {
    id: "thinkjs",
    package: "thinkjs",
    names: ["think"],
    namespace: true,
    description: "ThinkJS 3 puts its framework object on the global `think` in every file: think.Controller / think.Service to extend, think.logger, think.fetch (think-fetch), think.config, think.service(name) and think.model(name).",
  },
];

/**
 * Project folders whose files' exports a framework puts in scope everywhere, found by the framework's config
 * file next to them: Nuxt's composables/ and utils/ (and Pinia's stores/ with @pinia/nuxt) in the app, and
 * Nitro's server/utils/ in server routes. Only the files directly in the folder count, as in Nuxt.
 */
export interface AutoImportDirEntry {
  id: string;
  /** Config files that mark the framework's root. */
  markers: string[];
  /** Folders under that root. */
  dirs: string[];
  description: string;
}

export const AUTO_IMPORT_DIRS: AutoImportDirEntry[] = [
  {
    id: "nuxt",
    markers: ["nuxt.config.ts", "nuxt.config.js", "nuxt.config.mjs"],
    dirs: ["composables", "utils", "stores", "server/utils", "app/composables", "app/utils", "app/stores"],
    description: "Nuxt 3/4: exports of composables/, utils/ and stores/ are auto-imported in the app, those of server/utils/ in server routes and middleware.",
  },
];

/** The package a name is auto-imported from, if any, and whether it is that package's root object. */
export function autoImportedFrom(name: string): { pkg: string; namespace: boolean } | undefined {
  for (const e of AUTO_IMPORTS) if (e.names.includes(name)) return { pkg: e.package, namespace: !!e.namespace };
  return undefined;
}
