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
