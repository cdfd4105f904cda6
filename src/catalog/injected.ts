// Services a framework injects by parameter name: AngularJS 1.x hands a
// controller, service or run block `$http`, `$log`, `$window`, `$cookies` …
// by the names of its parameters (`['$http', function ($http) {…}]`). A
// parameter with one of these names is that service: a global path the
// catalogue's HTTP clients, loggers and client storage know.
export interface InjectedServiceEntry {
  id: string;
  /** Parameter name → the global path it stands for (`$window` is the global object: `[]`). */
  names: Readonly<Record<string, readonly string[]>>;
  description: string;
}

export const INJECTED_SERVICES: InjectedServiceEntry[] = [
  {
    id: "angularjs",
    names: {
      $http: ["$http"],
      $log: ["$log"],
      // The global object itself, as `window` is.
      $window: [],
      $cookies: ["$cookies"],
      $resource: ["$resource"],
    },
    description: "AngularJS 1.x dependency injection by parameter name: $http, $log, $window (its localStorage and sessionStorage), $cookies and $resource.",
  },
];

/** The global path an injected parameter of this name stands for, if any. */
export function injectedService(name: string): readonly string[] | undefined {
  for (const e of INJECTED_SERVICES) if (Object.hasOwn(e.names, name)) return e.names[name];
  return undefined;
}

/**
 * App-wide helpers a framework module installs with no code of the project's to see (Nuxt 2's
 * @nuxtjs/axios puts `$axios` on the app, its store and every component): a read of one on the app
 * instance is that package's object.
 */
export interface ModuleAppPropertyEntry {
  id: string;
  /** Property name → the package whose object it is. */
  properties: Readonly<Record<string, string>>;
  /** Members the plugin puts on the framework's own object (`Vue.http` of vue-resource): framework package → member → the package whose object it is. */
  frameworkMembers?: Readonly<Record<string, Readonly<Record<string, string>>>>;
  description: string;
}

export const MODULE_APP_PROPERTIES: ModuleAppPropertyEntry[] = [
  {
    id: "nuxt-axios",
    properties: { $axios: "@nuxtjs/axios" },
    description: "Nuxt 2's axios module: `this.$axios` in Vuex store actions, components and pages (the http catalogue's nuxt-axios entry).",
  },
  {
    id: "vue-resource",
    properties: { $http: "vue-resource" },
    frameworkMembers: { vue: { http: "vue-resource" } },
    description: "vue-resource, installed with Vue.use(VueResource): `this.$http` in components and `Vue.http` (the http catalogue's vue-resource entry).",
  },
];

/** The package whose object an app property a module installs is, if any. */
export function moduleAppProperty(name: string): string | undefined {
  for (const e of MODULE_APP_PROPERTIES) if (Object.hasOwn(e.properties, name)) return e.properties[name];
  return undefined;
}

/** The package whose object a plugin put on a framework's own object is (`Vue.http`), if any. */
export function frameworkMember(framework: string, name: string): string | undefined {
  for (const e of MODULE_APP_PROPERTIES) {
    const members = e.frameworkMembers?.[framework];
    if (members && Object.hasOwn(members, name)) return members[name];
  }
  return undefined;
}
