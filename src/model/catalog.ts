// Catalogue entry shapes: sinks, sanitizers and built-in consent guards are
// data (src/catalog/), not code. Each entry has a fixture under
// fixtures/catalog/ that proves it.

import type { SinkKind } from "./finding.js";

/**
 * A sink reached through an npm package or a global.
 *
 * Matching: a call whose callee value comes from one of `packages` (any
 * export, any depth: `import x from 'pkg'; x.a().b(c)`, `require('pkg')`,
 * `new X()` of a package class, and subpath imports `pkg/sub`) or whose callee
 * path starts with one of `globals` (dotted, `window.`/`globalThis.`/`self.`
 * stripped: `console`, `localStorage.setItem`, `_hmt.push`, `wx.setStorageSync`).
 * For packages every call that is given PI is a sink unless its final member
 * name is in `ignoreMethods`, or `methods` is set and does not list it.
 */
export interface SinkEntry {
  /** Stable id used in reports when no package applies, e.g. "console", "gtag". */
  id: string;
  kind: SinkKind;
  packages?: string[];
  globals?: string[];
  /** Only calls whose final member name is listed (e.g. ["setItem"]); undefined = any call. */
  methods?: string[];
  /** Calls that carry nothing out (feature-flag reads, local helpers). */
  ignoreMethods?: string[];
  /** Argument positions that carry data to the sink; undefined = all. */
  dataArgs?: number[];
  /** Third parties: hosts the SDK sends to (first one is the recipient id for globals). */
  hosts?: string[];
  /** Default data region of the vendor when known: "cn", "us", "eu", "overseas", … */
  region?: string;
  /** Vendor name for messages and `pitrace init`. */
  vendor?: string;
  /**
   * Classes whose instances only collect data for a later call (`new Identify().set("email", e)` then
   * `identify(ident)`): their methods send nothing; the instance carries what it was given.
   */
  builders?: string[];
  /** Assignment sinks: the entry matches `<global> = value` (document.cookie). */
  assignment?: boolean;
  /**
   * Members of the package whose result the entry's methods are called on, when only those are the sink
   * (wx-server-sdk's `cloud.logger()`: its `info` writes a log, other objects of the package are not loggers).
   */
  via?: string[];
  /**
   * Members of the package, read as properties, that the entry's methods are called on when only those are
   * the sink (`log` of @temporalio/workflow: `log.info(…)` writes the workflow's log; `proxyActivities` does not).
   */
  under?: string[];
  /**
   * React Native bridges to the vendor's native SDK, named on `NativeModules` from react-native
   * (`NativeModules.UMAnalyticsModule.onEventObject(…)`): every method of theirs is the entry's.
   */
  nativeModules?: string[];
  /**
   * Products of the vendor that are the app's own backend (its database, file storage, sign-in), not a
   * third party it provides data to: sub-packages (`firebase-admin/firestore`) and members of the root
   * (`admin.firestore()`), whose calls are not the entry's.
   */
  exceptProducts?: string[];
  /**
   * The member of what a listed method returns that writes to the sink when assigned: VueUse's
   * `useLocalStorage(key, initial)` gives a ref whose `.value = x` stores x.
   */
  assignedMember?: string;
  description: string;
}

/**
 * An HTTP client. The recipient is the host of the URL, resolved from
 * literals, templates, constants, config objects and instance base URLs.
 */
export interface HttpClientEntry {
  id: string;
  kind: "http";
  packages?: string[];
  globals?: string[];
  /** Final member names that send (e.g. ["get","post",…,"request"]); "()" means calling the root itself (fetch(), axios()). */
  methods: string[];
  /** Argument index holding the URL string or an options object. */
  urlArg: number;
  /** Properties of an options object that hold the URL or its parts. */
  urlProps: string[];
  /** Methods that create a configured instance (axios.create, got.extend, ky.create). */
  instanceFactories?: string[];
  /** Properties of the factory's options that hold a base URL. */
  baseProps?: string[];
  /**
   * Members of the package, read as properties, that the methods are called on when only those send
   * (`CapacitorHttp` of @capacitor/core: `CapacitorHttp.post(…)` is a request, the package's other objects are not).
   */
  under?: string[];
  /** A class-based client (a subclass of the library's class): the instance member that holds its base URL (RESTDataSource's `baseURL`). */
  baseMember?: string;
  /** The URL is given to the first call and the data to later calls on its result (superagent, http.request().write()). */
  chained?: boolean;
  /**
   * The URL argument is a function the library runs (again whenever what it reads changes) to make the URL or
   * the request's options (Angular's `httpResource(() => ({ url, params }))`).
   */
  requestFactory?: boolean;
  /** Constructor-style: `new WebSocket(url)` then `.send(data)`. */
  constructed?: boolean;
  /**
   * Packages whose instances, known only by a declared type (`ws: WebSocket` from 'ws', a socket kept in a
   * map), are a server's connections to its own clients: no URL of a third party is there to find.
   */
  declaredServerSide?: string[];
  /** Constructor-style only for classes reached through one of these names (gRPC stubs made by `loadPackageDefinition`). */
  constructedVia?: string[];
  /** The address is a bare `host:port` (gRPC targets), not a URL. */
  bareHost?: boolean;
  /**
   * What a call's type argument says of its result (`$fetch<Member>(url)`, `axios.get<Member>(url)`): the
   * result is such a value, or a response whose `data` is.
   */
  resultType?: "value" | "data";
  /** The call returns an observable that emits that result (Angular's HttpClient, NestJS's HttpService), not the result itself. */
  resultStreamed?: boolean;
  /**
   * The type argument that, when given, declares the whole result (axios's `R` of `request<T, R>(config)`,
   * which apps whose response interceptor unwraps `data` give as the record itself: `request<unknown, StaffInfo>`).
   */
  resultValueTypeArg?: number;
  description: string;
}

/** A call whose result carries no PI. */
export interface SanitizerEntry {
  id: string;
  /** Package (and optional member names) whose calls sanitise; chained calls on the result stay clean. */
  packages?: string[];
  globals?: string[];
  methods?: string[];
  /** Regex (source, case-insensitive) on the callee's final name, e.g. "^(mask|redact)". */
  namePattern?: string;
  description: string;
}

/** A built-in consent guard (config `consent.guards` adds to these). */
export interface BuiltinGuardEntry {
  id: string;
  /** Dotted path matched against the tail of a call or property path, or a regex on the final name. */
  path?: string;
  namePattern?: string;
  separate: boolean;
  description: string;
}
