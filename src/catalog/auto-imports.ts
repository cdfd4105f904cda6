// Names frameworks put in scope without an import: Nuxt auto-imports Vue's and
// Pinia's APIs in every component, composable and store, and Vite apps do the
// same with unplugin-auto-import (uni-app and many Vue 3 templates ship it).
// A call of one of these names that the file neither declares nor imports, and
// that no script of the project defines, is that package's.
export interface AutoImportEntry {
  id: string;
  package: string;
  names: string[];
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
];

/** The package a name is auto-imported from, if any. */
export function autoImportedFrom(name: string): string | undefined {
  for (const e of AUTO_IMPORTS) if (e.names.includes(name)) return e.package;
  return undefined;
}
