// Catalogue integrity: ids, fixtures, hosts, regions, packages and patterns.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { builtinModules } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { BUILTIN_GUARDS, GUARD_FLAG_PATTERN, GUARD_NAME_PATTERN, HTTP_CLIENTS, SANITIZER_NAME_PATTERN, SANITIZERS, SDKS, SINKS } from "../../src/catalog/index.js";
import { readLabels } from "../helpers/labels.js";
import { PLATFORM_PACKAGES, PLATFORM_SOURCES } from "../../src/sources/platform.js";
import { EXIT_CALLS } from "../../src/catalog/exits.js";
import { CENTRAL_STORES, CLASS_STORES, DEFINED_STORES, FORM_MODELS, STORE_CREATORS, KEYED_STORES, MEMO_HOOKS, PERSISTED_STORES, QUERY_HOOKS, STATE_ATOMS, STATE_CLASSES, STATE_HOOKS, STATE_TREES, VALUE_HOLDERS, WRAPPERS } from "../../src/catalog/state.js";
import { JOB_QUEUES } from "../../src/catalog/queues.js";
import { OBSERVABLES, REACTIONS } from "../../src/catalog/observables.js";
import { GRAPHQL_SERVERS } from "../../src/catalog/graphql-servers.js";
import { SERVICE_SCHEMAS } from "../../src/catalog/service-schemas.js";
import { SCHEMA_INPUT_BUILDERS, VALIDATOR_MIDDLEWARES } from "../../src/catalog/schemas.js";
import { INJECTED_SERVICES } from "../../src/catalog/injected.js";
import { applyImportMap, packageSpecifier, readImportMaps } from "../../src/project/deno.js";
import { SCHEMA_LIBRARIES } from "../../src/catalog/schemas.js";
import { KEY_VALUE_CACHES } from "../../src/catalog/caches.js";
import { AUTO_IMPORT_DIRS, AUTO_IMPORTS } from "../../src/catalog/auto-imports.js";
import { TYPED_CALLBACKS, TYPED_FUNCTION_TYPES } from "../../src/catalog/typed-callbacks.js";
import { ACTION_CONSUMERS, ACTION_MATCHERS, REDUX_STORES, THUNK_CREATORS } from "../../src/catalog/actions.js";
import { TABLE_SCHEMAS } from "../../src/catalog/tables.js";
import { HANDLER_CHAINS } from "../../src/catalog/handler-chains.js";
import { FRAMEWORK_HANDLES } from "../../src/catalog/handles.js";
import { INSTANCE_MAKERS, OBJECT_HELPERS } from "../../src/catalog/object-helpers.js";
import { CONFIG_READERS } from "../../src/catalog/config-readers.js";
import { FILLERS } from "../../src/catalog/fillers.js";
import { VALUE_GENERATORS } from "../../src/catalog/generators.js";
import { TUPLE_RESULTS } from "../../src/catalog/tuple-results.js";
import { YES_NO_RESULTS } from "../../src/catalog/yes-no-results.js";
import { MODULE_APP_PROPERTIES } from "../../src/catalog/injected.js";

const FIXTURES = fileURLToPath(new URL("../../fixtures/catalog/", import.meta.url));
const GUARD_FIXTURE = path.join(FIXTURES, "builtin-guards");
const REGIONS = new Set(["cn", "us", "eu", "overseas"]);
const HOST_GLOB = /^(\*\.)?[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+$/;
// npm names, Node's built-ins, and Quick Apps' platform modules (`@system.fetch`, `@service.pay`).
const NPM_NAME = /^(node:[a-z_/]+|@(system|service)\.[a-z]+|(@[a-z0-9][a-z0-9._~-]*\/)?[a-z0-9][a-z0-9._~-]*(\/[a-z0-9._~-]+)*(\/\*)?)$/;
/** An AdonisJS 5 IoC container alias, imported like a package (`@ioc:Adonis/Core/Logger`). */
const IOC_ALIAS = /^@ioc:Adonis(\/[A-Z][A-Za-z]*)+$/;
const GLOBAL_PATH = /^[A-Za-z_$][\w$]*(\.[A-Za-z_$][\w$]*)*$/;
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]));

interface AnyEntry {
  id: string;
  packages?: string[];
  globals?: string[];
  hosts?: string[];
  methods?: string[];
  ignoreMethods?: string[];
  description: string;
}
const fixtureEntries: AnyEntry[] = [...SINKS, ...HTTP_CLIENTS, ...SANITIZERS];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory() && e.name !== "node_modules") out.push(...sourceFiles(p));
    else if (e.isFile() && /\.(c|m)?(t|j)sx?$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(p);
  }
  return out;
}

/** Package name of a bare import specifier (`@scope/pkg/sub` → `@scope/pkg`). */
function packageOf(spec: string): string {
  const parts = spec.split("/");
  return spec.startsWith("@") ? parts.slice(0, 2).join("/") : parts[0];
}

function importsOf(text: string): string[] {
  const specs: string[] = [];
  for (const m of text.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\brequire\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm)) specs.push(m[1]);
  return specs;
}

describe("catalogue integrity", () => {
  it("integrity: ids are unique, kebab-case, and every family is populated", () => {
    const ids = [...fixtureEntries, ...BUILTIN_GUARDS].map((e) => e.id);
    const dupes = ids.filter((id, i) => ids.indexOf(id) !== i);
    expect(dupes).toEqual([]);
    for (const id of ids) expect(id, id).toMatch(ID);
    expect(SDKS.length).toBeGreaterThanOrEqual(60);
    expect(SINKS.filter((s) => s.kind === "log").length).toBeGreaterThanOrEqual(12);
    expect(SINKS.filter((s) => s.kind === "storage").length).toBeGreaterThanOrEqual(8);
    expect(HTTP_CLIENTS.length).toBeGreaterThanOrEqual(15);
  });

  it("integrity: every sink, HTTP client and sanitizer has a labelled fixture project", async () => {
    const problems: string[] = [];
    for (const e of fixtureEntries) {
      const dir = path.join(FIXTURES, e.id);
      if (!existsSync(dir) || !statSync(dir).isDirectory()) {
        problems.push(`${e.id}: no fixtures/catalog/${e.id}/`);
        continue;
      }
      // A Deno project declares its dependencies in the specifiers and the import map of its deno.json.
      if (!existsSync(path.join(dir, "package.json")) && !readImportMaps([dir]).length) problems.push(`${e.id}: no package.json or deno.json imports`);
      const labels = await readLabels(dir);
      if (labels.expected.length === 0) problems.push(`${e.id}: no "// expect:" label`);
      const isHttpOrSanitizer = HTTP_CLIENTS.some((h) => h.id === e.id) || SANITIZERS.some((s) => s.id === e.id);
      if (isHttpOrSanitizer && labels.none.size === 0) problems.push(`${e.id}: no "// expect-none" counterpart`);
      for (const x of labels.expected) if (x.cats.length === 0) problems.push(`${e.id}: ${x.file}:${x.line} ${x.rule} lists no category`);
    }
    expect(problems).toEqual([]);
  });

  it("integrity: each fixture exercises its entry and lists the packages it imports", () => {
    const problems: string[] = [];
    for (const e of fixtureEntries) {
      const dir = path.join(FIXTURES, e.id);
      if (!existsSync(dir)) continue;
      const [denoMap] = readImportMaps([dir]);
      const pkg = denoMap ? {} : (JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) as { dependencies?: Record<string, string> });
      const deps = new Set(Object.keys(pkg.dependencies ?? {}));
      const texts = sourceFiles(dir).map((f) => readFileSync(f, "utf8"));
      const written = texts.flatMap(importsOf);
      // Deno: what each specifier names, through the import map (a local folder's entry is the project's own).
      const specs = denoMap ? written.flatMap((s) => (applyImportMap(denoMap, s).startsWith(".") ? [] : [packageSpecifier(applyImportMap(denoMap, s)) ?? s])) : written;
      // A Meteor app lists its Meteor packages (`meteor/http`) in .meteor/packages.
      const meteorFile = path.join(dir, ".meteor", "packages");
      const meteorPackages = new Set(existsSync(meteorFile) ? readFileSync(meteorFile, "utf8").split("\n").map((l) => l.replace(/#.*/, "").trim().split("@")[0]).filter(Boolean) : []);
      // A Quick App declares the system modules it uses (`@system.fetch`) as features in src/manifest.json.
      const manifestFile = path.join(dir, "src", "manifest.json");
      const features = new Set(existsSync(manifestFile) ? ((JSON.parse(readFileSync(manifestFile, "utf8")) as { features?: Array<{ name: string }> }).features ?? []).map((f) => f.name) : []);
      for (const spec of specs) {
        if (denoMap) continue;
        if (/^@(system|service)\./.test(spec)) {
          if (!features.has(spec.slice(1))) problems.push(`${e.id}: imports ${spec} but src/manifest.json does not declare the feature ${spec.slice(1)}`);
          continue;
        }
        // AdonisJS 5's IoC aliases (`@ioc:Adonis/Core/Logger`) are bound by the framework's providers.
        if (spec.startsWith("@ioc:Adonis/")) {
          if (![...deps].some((d) => d.startsWith("@adonisjs/"))) problems.push(`${e.id}: imports ${spec} but package.json lists no @adonisjs package`);
          continue;
        }
        if (spec.startsWith("meteor/")) {
          if (!meteorPackages.has(spec.slice(7))) problems.push(`${e.id}: imports ${spec} but .meteor/packages does not list ${spec.slice(7)}`);
          continue;
        }
        if (spec.startsWith(".") || BUILTINS.has(spec) || BUILTINS.has(packageOf(spec))) continue;
        if (!deps.has(packageOf(spec))) problems.push(`${e.id}: imports ${spec} but package.json does not list ${packageOf(spec)}`);
      }
      const all = texts.join("\n").replace(/\b(window|globalThis|self)\./g, "");
      const usesPackage = (e.packages ?? []).some((p) => specs.some((s) => s === p || s.startsWith(`${p}/`) || (p.endsWith("/*") && s.startsWith(p.slice(0, -1)))));
      const usesGlobal = (e.globals ?? []).some((g) => new RegExp(`(^|[^\\w$.])${g.replace(/[.$]/g, (c) => `\\${c}`)}\\b`, "m").test(all));
      const usesHost = (e.hosts ?? []).some((h) => !h.startsWith("*") && all.includes(h));
      const byName = "namePattern" in e && typeof (e as { namePattern?: string }).namePattern === "string";
      // A package a framework module installs on the app (`this.$axios` of @nuxtjs/axios), read as that property.
      const byAppProperty = MODULE_APP_PROPERTIES.some((m) => Object.entries(m.properties).some(([prop, p]) => (e.packages ?? []).includes(p) && all.includes(`.${prop}.`)));
      if (!usesPackage && !usesGlobal && !usesHost && !byName && !byAppProperty) problems.push(`${e.id}: the fixture uses none of the entry's packages, globals or hosts`);
      const via = "via" in e ? ((e as { via?: string[] }).via ?? []) : [];
      // Called on an object of the package (`cloud.logger()`) or imported and called by name (`useContext<Context>()`).
      if (via.length && !via.some((v) => new RegExp(`(^|[^\\w$])${v}[<(]`, "m").test(all))) problems.push(`${e.id}: the fixture calls none of the members its methods are reached through (${via.join(", ")})`);
      const under = "under" in e ? ((e as { under?: string[] }).under ?? []) : [];
      // Read as a property (`log.info`), or given as a container's registration key (`resolve(Keys.LOGGER)`).
      if (under.length && !under.some((u) => all.includes(`${u}.`) || all.includes(`.${u})`))) problems.push(`${e.id}: the fixture reads none of the members its methods are called on (${under.join(", ")})`);
    }
    expect(problems).toEqual([]);
  });

  it("integrity: hosts are host globs, regions come from a fixed set, packages and globals are well formed", () => {
    const problems: string[] = [];
    for (const e of [...SINKS, ...HTTP_CLIENTS] as Array<AnyEntry & { region?: string }>) {
      for (const h of e.hosts ?? []) if (!HOST_GLOB.test(h)) problems.push(`${e.id}: host "${h}"`);
      if (e.region !== undefined && !REGIONS.has(e.region)) problems.push(`${e.id}: region "${e.region}"`);
      for (const p of e.packages ?? []) if (!NPM_NAME.test(p) && !IOC_ALIAS.test(p)) problems.push(`${e.id}: package "${p}"`);
      for (const g of e.globals ?? []) if (!GLOBAL_PATH.test(g)) problems.push(`${e.id}: global "${g}"`);
      const both = (e.methods ?? []).filter((m) => (e.ignoreMethods ?? []).includes(m));
      if (both.length) problems.push(`${e.id}: ${both.join(", ")} both in methods and ignoreMethods`);
      if (e.description.trim().length < 20) problems.push(`${e.id}: description too short`);
    }
    for (const s of SANITIZERS) {
      for (const p of s.packages ?? []) if (!NPM_NAME.test(p)) problems.push(`${s.id}: package "${p}"`);
      for (const g of s.globals ?? []) if (!GLOBAL_PATH.test(g)) problems.push(`${s.id}: global "${g}"`);
      if (!s.packages && !s.globals && !s.namePattern) problems.push(`${s.id}: matches nothing`);
    }
    expect(problems).toEqual([]);
  });

  it("integrity: SDK entries name a vendor and a way to match them", () => {
    for (const s of SDKS) {
      expect(s.kind, s.id).toBe("sdk");
      expect(s.vendor, s.id).toBeTruthy();
      expect((s.packages?.length ?? 0) + (s.globals?.length ?? 0) + (s.hosts?.length ?? 0), s.id).toBeGreaterThan(0);
      // A global-only SDK is reported by its first host, which must be a concrete host.
      if (!s.packages?.length && s.globals?.length && s.hosts?.length) expect(s.hosts[0], s.id).not.toMatch(/\*/);
    }
    for (const s of SINKS) expect(["log", "sdk", "storage"], s.id).toContain(s.kind);
    for (const h of HTTP_CLIENTS) {
      expect(h.kind, h.id).toBe("http");
      // A client sends through its methods, or only through what its instances make (RTK Query's
      // fetchBaseQuery: the hooks of the API slices built on it, see src/engine/rtk-query.ts), or through
      // every method of the stubs it constructs (gRPC, whose method names are the service's own).
      expect(h.methods.length + (h.instanceFactories?.length ?? 0) + (h.constructedVia?.length ?? 0), h.id).toBeGreaterThan(0);
      expect(h.urlArg, h.id).toBeGreaterThanOrEqual(0);
      expect((h.packages?.length ?? 0) + (h.globals?.length ?? 0), h.id).toBeGreaterThan(0);
    }
  });

  it("integrity: the sanitizer name pattern compiles and separates masking helpers from encoders", () => {
    const re = new RegExp(SANITIZER_NAME_PATTERN, "i");
    for (const name of ["maskPhone", "redactEmail", "tuominShoujihao", "anonymizeIp", "anonymiseIp", "desensitizeIdCard", "pseudonymizeUserId", "hashEmail", "encryptMobile", "obfuscateName", "scrubPii", "sha256Hex", "md5"])
      expect(re.test(name), name).toBe(true);
    for (const name of ["encodeURIComponent", "encodeURI", "encode", "encodeBase64", "btoa", "escape", "sanitizeHtml", "trim", "toLowerCase", "JSON.stringify", "formatPhone", "decrypt"])
      expect(re.test(name), name).toBe(false);
    for (const s of SANITIZERS) if (s.namePattern) expect(() => new RegExp(s.namePattern!, "i"), s.id).not.toThrow();
  });

  it("integrity: built-in guard patterns match consent checks and nothing that says consent is missing", () => {
    const names = new RegExp(GUARD_NAME_PATTERN, "i");
    const flags = new RegExp(GUARD_FLAG_PATTERN, "i");
    const isGuard = (n: string) => names.test(n) || flags.test(n);
    for (const n of ["hasConsent", "isConsented", "consentGiven", "hasUserConsent", "checkConsent", "requireConsent", "ensureConsent", "hasMarketingConsent", "getConsent", "isOptedIn", "hasOptedIn", "optedIn", "userConsented"])
      expect(isGuard(n), n).toBe(true);
    for (const n of ["hasNoConsent", "isMissingConsent", "hasRevokedConsent", "consentDenied", "noConsentGiven", "isConsentBannerVisible", "isConsentRequired", "setConsent", "withdrawConsent", "showConsentDialog", "isOptedOut", "canTrack"])
      expect(isGuard(n), n).toBe(false);
    for (const g of BUILTIN_GUARDS) {
      expect(g.separate, g.id).toBe(false);
      expect(Boolean(g.path) !== Boolean(g.namePattern), `${g.id}: exactly one of path / namePattern`).toBe(true);
      if (g.namePattern) expect(() => new RegExp(g.namePattern!, "i"), g.id).not.toThrow();
      if (g.path) expect(g.path, g.id).toMatch(GLOBAL_PATH);
    }
  });

  it("integrity: every built-in guard has a fixture file in fixtures/catalog/builtin-guards", async () => {
    const missing = BUILTIN_GUARDS.filter((g) => !existsSync(path.join(GUARD_FIXTURE, "src", `${g.id}.ts`))).map((g) => g.id);
    expect(missing).toEqual([]);
    const labels = await readLabels(GUARD_FIXTURE);
    const labelled = new Set(labels.expected.map((x) => x.file));
    for (const g of BUILTIN_GUARDS) expect(labelled.has(`src/${g.id}.ts`), g.id).toBe(true);
  });
});

/** All source text of a scenario fixture (flows/<name>), to check that catalogue entries are exercised there. */
function scenarioText(name: string, sub = "src"): string {
  const dir = fileURLToPath(new URL(`../../fixtures/flows/${name}/${sub}/`, import.meta.url));
  return sourceFiles(dir)
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");
}

describe("platform sources", () => {
  const text = scenarioText("platform-sources");

  it.each(PLATFORM_SOURCES.map((e) => [e.description, e] as const))("%s: exercised by fixtures/flows/platform-sources", (_d, entry) => {
    // The scenario test checks the labels; here every entry must have a line that calls one of its APIs,
    // as a global or as a platform package's named export (`Device.getId(` for Capacitor.Device.getId).
    const spellings = (g: string) => {
      const [head, ...rest] = g.split(".");
      const out = rest.length > 1 && Object.values(PLATFORM_PACKAGES).includes(head) ? [g, rest.join(".")] : [g];
      // A module imported by default under its own last name (`import device from "@system.device"` is quickapp.device).
      for (const v of Object.values(PLATFORM_PACKAGES)) if (v.includes(".") && g.startsWith(`${v}.`)) out.push(`${v.split(".").pop()}.${g.slice(v.length + 1)}`);
      return out;
    };
    // A property source is read, not called, on a namespace the file names as it likes (`Device.modelName`
    // of `import * as Device from "expo-device"`).
    const read = (g: string) => {
      const [head, ...rest] = g.split(".");
      const member = rest.join(".").replace(/\./g, "\\.");
      return Object.values(PLATFORM_PACKAGES).includes(head) ? new RegExp(`[\\w$]+\\.${member}\\b`).test(text) : text.includes(g);
    };
    const used = entry.via.includes("property") ? entry.globals.some(read) : entry.globals.some((g) => spellings(g).some((s) => text.includes(`${s}(`)));
    expect(used).toBe(true);
  });

  it("maps platform packages to globals the entries use", () => {
    for (const global of Object.values(PLATFORM_PACKAGES)) expect(PLATFORM_SOURCES.some((e) => e.globals.some((g) => g.startsWith(`${global}.`)))).toBe(true);
  });
});

describe("state hooks", () => {
  const text = scenarioText("ui-state");

  it.each(STATE_HOOKS.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/ui-state", (_id, entry) => {
    expect(entry.pairs.some((name) => text.includes(`${name}(`) || text.includes(`${name}<`))).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});

describe("observable state classes", () => {
  const text = scenarioText("class-component-state");

  it.each(STATE_CLASSES.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/class-component-state", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    for (const c of entry.constructorCalls) expect(entry.id + ": " + c + " " + text.includes(`${c}(this`)).toBe(entry.id + ": " + c + " true");
    for (const d of entry.fieldDecorators) expect(text).toContain(`@${d} `);
    for (const f of entry.fieldInitializers ?? []) expect(text).toContain(`= ${f}(`);
    expect(entry.id).toMatch(ID);
  });
});

describe("keyed stores", () => {
  const text = scenarioText("classes");

  it.each(KEYED_STORES.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/classes", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(text).toContain(`${entry.type}<`);
    for (const g of entry.getters) expect(text).toContain(`.${g}('`);
    expect(entry.id).toMatch(ID);
  });
});

describe("memo hooks", () => {
  const text = scenarioText("ui-state");

  it.each(MEMO_HOOKS.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/ui-state", (_id, entry) => {
    for (const h of [...entry.results, ...entry.callbacks]) expect(text).toContain(`${h}(`);
    expect(entry.id).toMatch(ID);
  });
});

describe("query hooks", () => {
  const text = scenarioText("ui-state");

  it.each(QUERY_HOOKS.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/ui-state", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.functions.some((f) => text.includes(`${f}(`))).toBe(true);
    if (entry.fnOption) expect(text).toContain(`${entry.fnOption}:`);
    expect(entry.id).toMatch(ID);
  });
});

describe("wrappers", () => {
  const text = scenarioText("ui-state");

  it.each(WRAPPERS.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/ui-state", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.functions.some((f) => text.includes(`${f}(`))).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});

describe("persisted stores", () => {
  const text = scenarioText("persisted-stores");

  it.each(PERSISTED_STORES.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/persisted-stores", (_id, entry) => {
    for (const p of entry.packages) expect(text).toContain(`from '${p}'`);
    for (const f of entry.functions) expect(text).toContain(`${f}(`);
    if (entry.option) expect(text).toContain(`${entry.option}:`);
    for (const o of [entry.selectOption, ...(entry.pathOptions ?? []), ...(entry.omitOptions ?? [])]) if (o) expect(text).toContain(`${o}:`);
    for (const f of [...(entry.storeFactories ?? []), ...(entry.stateFeatures ?? [])]) expect(`${f}: ${text.includes(`${f}(`) || text.includes(`${f}<`)}`).toBe(`${f}: true`);
    if (entry.form === "argument") expect(entry.storeFactories?.length && entry.stateFeatures?.length).toBeTruthy();
    expect(entry.id).toMatch(ID);
  });
});

describe("value holders", () => {
  const text = scenarioText("value-holders");

  it.each(VALUE_HOLDERS.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/value-holders", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect([...entry.factories.map((f) => `${f}(`), ...entry.factories.map((f) => `${f}<`), ...entry.classes.map((c) => `new ${c}`)].some((x) => text.includes(x))).toBe(true);
    for (const m of [...entry.setters, ...entry.updaters, ...entry.subscribers, ...entry.getters]) expect(entry.id + ": " + m + " " + text.includes(`.${m}(`)).toBe(entry.id + ": " + m + " true");
    for (const r of entry.readers) expect(text).toContain(`${r}(`);
    expect(entry.id).toMatch(ID);
  });
});

describe("class stores", () => {
  const text = scenarioText("class-stores");

  it.each(CLASS_STORES.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/class-stores", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.classes.some((c) => text.includes(`extends ${c}<`))).toBe(true);
    for (const m of [...entry.setters, ...entry.updaters, ...entry.selectors, ...entry.getters, ...entry.effects]) expect(`${entry.id}: ${m} ${text.includes(`this.${m}(`) || text.includes(`this.${m}<`)}`).toBe(`${entry.id}: ${m} true`);
    for (const m of entry.stateStreams) expect(text).toContain(`this.${m}`);
    expect(entry.id).toMatch(ID);
  });
});

describe("store creators", () => {
  const text = scenarioText("created-stores");

  it.each(STORE_CREATORS.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/created-stores", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.functions.filter((f) => text.includes(`${f}<`) || text.includes(`${f}(`)).length).toBeGreaterThanOrEqual(2);
    expect(entry.middleware.some((m) => text.includes(`${m}(`))).toBe(true);
    for (const m of [...entry.getters, ...entry.setters, ...entry.subscribers]) expect(`${entry.id}: ${m} ${text.includes(`.${m}(`)}`).toBe(`${entry.id}: ${m} true`);
    expect(entry.id).toMatch(ID);
  });
});

describe("exit calls", () => {
  const dir = fileURLToPath(new URL("../../fixtures/guards/exit-calls/", import.meta.url));
  const text = sourceFiles(dir)
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");

  it.each(EXIT_CALLS.map((e) => [e.id, e] as const))("%s: exercised by fixtures/guards/exit-calls", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.functions.some((f) => new RegExp(`\\b${f}\\(`).test(text))).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});

describe("defined stores", () => {
  const text = scenarioText("defined-stores");

  it.each(DEFINED_STORES.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/defined-stores", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.functions.some((f) => text.includes(`${f}(`))).toBe(true);
    for (const o of [entry.stateOption, entry.gettersOption, entry.actionsOption]) expect(`${entry.id}: ${o} ${text.includes(`${o}:`)}`).toBe(`${entry.id}: ${o} true`);
    for (const m of [...entry.subscribers, ...entry.actionListeners, ...entry.patchers, ...entry.refsHelpers]) expect(`${entry.id}: ${m} ${text.includes(`${m}(`)}`).toBe(`${entry.id}: ${m} true`);
    expect(text.includes(`.${entry.stateProperty}`)).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});

describe("state atoms", () => {
  const text = scenarioText("state-atoms");

  it.each(STATE_ATOMS.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/state-atoms", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect([...Object.keys(entry.factories), ...entry.optionFactories].some((f) => text.includes(`${f}(`) || text.includes(`${f}<`))).toBe(true);
    for (const h of [...entry.valueHooks, ...entry.setterHooks, ...entry.pairHooks]) expect(`${entry.id}: ${h} ${text.includes(`${h}(`)}`).toBe(`${entry.id}: ${h} true`);
    // Stored atoms write to a storage sink of the catalogue, which has its own fixture.
    if (entry.storedFactories.length) expect(SINKS.some((s) => s.id === entry.storageSink && s.kind === "storage")).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});

describe("central stores", () => {
  const text = scenarioText("central-stores");

  it.each(CENTRAL_STORES.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/central-stores", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect([...entry.factories.map((f) => `${f}(`), ...entry.classes.map((c) => `new Vuex.${c}(`)].some((x) => text.includes(x))).toBe(true);
    for (const m of [".commit(", ".getters", ".state."]) expect(`${entry.id}: ${m} ${text.includes(m)}`).toBe(`${entry.id}: ${m} true`);
    expect(entry.id).toMatch(ID);
  });
});

describe("state trees", () => {
  const text = scenarioText("state-trees");

  it.each(STATE_TREES.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/state-trees", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    for (const m of entry.models) expect(text).toContain(`types.${m}(`);
    for (const m of [...entry.memberBlocks, ...entry.groupBlocks, ...entry.propBlocks, ...entry.creators]) expect(`${entry.id}: ${m} ${text.includes(`.${m}(`)}`).toBe(`${entry.id}: ${m} true`);
    for (const t of ["maybe", "late", "array", "compose"]) expect(text).toContain(`types.${t}(`);
    expect(entry.id).toMatch(ID);
  });
});

describe("job queues", () => {
  const text = scenarioText("job-queues");

  it.each(JOB_QUEUES.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/job-queues", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    for (const m of [...entry.adders, ...entry.processors]) expect(entry.id + ": " + m + " " + text.includes(`.${m}(`)).toBe(entry.id + ": " + m + " true");
    if (entry.processorArg !== undefined) expect(entry.classes.some((c) => text.includes(`new ${c}(`))).toBe(true);
    if (entry.jobEvents.length) expect(entry.jobEvents.some((e) => text.includes(`.on('${e}'`))).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});

describe("observable pipelines", () => {
  const text = scenarioText("observables");

  it.each(OBSERVABLES.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/observables", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    // At least one of each kind the entry lists, in use.
    for (const names of [entry.ofArgs, entry.ofContents, entry.readers, entry.mappers, entry.observers, entry.passThrough])
      if (names.length) expect(entry.id + ": " + names.join("|") + " " + names.some((n) => text.includes(`${n}(`))).toBe(entry.id + ": " + names.join("|") + " true");
    expect(entry.id).toMatch(ID);
  });
});

describe("reactions", () => {
  const text = scenarioText("observables");

  it.each(REACTIONS.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/observables", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.functions.some((f) => text.includes(`${f}(() =>`))).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});

describe("GraphQL servers", () => {
  const text = scenarioText("graphql-servers");

  it.each(GRAPHQL_SERVERS.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/graphql-servers", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    // A plugin is registered with its options (`app.register(mercurius, {…})`); a maker is called.
    if (entry.plugin) expect(entry.packages.some((p) => text.includes(`register(${p}, {`))).toBe(true);
    else expect(entry.makers.some((m) => text.includes(`${m}(`))).toBe(true);
    for (const f of Object.keys(entry.contextOptions)) expect(entry.id + ": " + f + " " + text.includes(`${f}(`)).toBe(entry.id + ": " + f + " true");
    expect(entry.id).toMatch(ID);
  });
});

describe("service schemas", () => {
  // Each framework's schema is exercised by the fixture of its logger (fixtures/catalog/<id>-logger).
  it.each(SERVICE_SCHEMAS.map((e) => [e.id, e] as const))("%s: exercised by the fixture of its logger", (id, entry) => {
    const dir = fileURLToPath(new URL(`../../fixtures/catalog/${id}-logger/`, import.meta.url));
    const text = sourceFiles(dir).map((f) => readFileSync(f, "utf8")).join("\n");
    expect(text).toContain(`require('${entry.package}')`);
    for (const k of entry.keys) expect(text).toMatch(new RegExp(`^\\s+${k}:`, "m"));
    expect(entry.anyOf.some((k) => new RegExp(`^\\s+${k}:`, "m").test(text))).toBe(true);
    for (const m of Object.keys(entry.thisMembers)) expect(text).toMatch(new RegExp(`(this|broker)\\.${m}\\b`));
    expect(entry.id).toMatch(ID);
  });
});

describe("injected services", () => {
  // Each injected name is a parameter of a fixture of the framework's catalogue entries (fixtures/catalog/<id>-*).
  it.each(INJECTED_SERVICES.map((e) => [e.id, e] as const))("%s: every name injected in its fixtures", (id, entry) => {
    const root = fileURLToPath(new URL("../../fixtures/catalog/", import.meta.url));
    const text = readdirSync(root)
      .filter((d) => d.startsWith(`${id}-`))
      .flatMap((d) => sourceFiles(path.join(root, d)))
      .map((f) => readFileSync(f, "utf8"))
      .join("\n");
    for (const name of Object.keys(entry.names)) expect(`${id}: ${name} ${text.includes(`'${name}'`) || text.includes(`(${name}`) || text.includes(`, ${name}`)}`).toBe(`${id}: ${name} true`);
    expect(entry.id).toMatch(ID);
  });
});

describe("schema input builders", () => {
  const text = scenarioText("runtime-schemas");

  it.each(SCHEMA_INPUT_BUILDERS.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/runtime-schemas", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.inputs.some((m) => text.includes(`.${m}(`))).toBe(true);
    expect(entry.handlers.some((m) => text.includes(`.${m}(`))).toBe(true);
    expect(text).toContain(`{ ${entry.field} }`);
    expect(entry.id).toMatch(ID);
  });
});

describe("validator middleware", () => {
  const text = scenarioText("runtime-schemas");

  it.each(VALIDATOR_MIDDLEWARES.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/runtime-schemas", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.factories.some((f) => text.includes(`${f}('json', `))).toBe(true);
    expect(text).toContain(`.req.${entry.accessor}('json')`);
    expect(entry.id).toMatch(ID);
  });
});

describe("schema libraries", () => {
  const text = scenarioText("runtime-schemas");

  it.each(SCHEMA_LIBRARIES.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/runtime-schemas", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.objects.some((o) => text.includes(`.${o}(`))).toBe(true);
    // Each library's way of handing over validated data: a validator, or (TypeBox) a framework's route options.
    const readers = [...entry.validators, ...Object.keys(entry.wrapped)].map((m) => `.${m}(`);
    expect(readers.length ? readers.some((r) => text.includes(r)) : text.includes("{ body: ")).toBe(true);
    // A type inferred from a schema, and a pick and an omit of one, in one of their forms.
    if (entry.inferTypes?.length) expect(entry.inferTypes.some((t) => text.includes(`${t}<typeof `))).toBe(true);
    for (const m of [...(entry.pickers ?? []).slice(0, 1), ...(entry.omitters ?? []).slice(0, 1)]) expect(`${entry.id}: ${m} ${text.includes(`.${m}(`)}`).toBe(`${entry.id}: ${m} true`);
    expect(entry.id).toMatch(ID);
  });
});

describe("form models", () => {
  const text = scenarioText("ui-state");

  it.each(FORM_MODELS.map((e) => [e.id, e] as const))("%s: exercised by fixtures/flows/ui-state", (_id, entry) => {
    expect(entry.factories.some((name) => text.includes(`.${name}(`))).toBe(true);
    expect(entry.classes.some((name) => text.includes(`new ${name}(`))).toBe(true);
    for (const p of [...entry.values, ...entry.changes]) expect(text).toContain(`.${p}`);
    for (const m of entry.valueMethods) expect(text).toContain(`.${m}()`);
    expect(entry.id).toMatch(ID);
  });
});

describe("key-value caches", () => {
  const text = `${scenarioText("keyed-lookups")}\n${scenarioText("egg-conventions", "app")}`;

  it.each(KEY_VALUE_CACHES.map((e) => [e.id, e] as const))("%s: written and read back in fixtures/flows/keyed-lookups or egg-conventions", (_id, entry) => {
    const reached = (entry.packages ?? []).some((p) => text.includes(`from '${p}'`) || text.includes(`require('${p}')`)) || (entry.globals ?? []).some((g) => text.includes(`${g}.`));
    expect(reached).toBe(true);
    expect(Object.keys(entry.writes).some((w) => text.includes(`.${w}(`))).toBe(true);
    expect(entry.reads.some((r) => text.includes(`.${r}(`))).toBe(true);
    for (const m of entry.members ?? []) expect(text).toContain(`.${m}.`);
    expect(entry.id).toMatch(ID);
  });
});

describe("auto-imports", () => {
  const text = `${scenarioText("nuxt-alias", "composables")}\n${scenarioText("nuxt-alias", "stores")}`;
  // A framework's global object (ThinkJS's `think`) is used by its members.
  const namespaces = scenarioText("thinkjs-conventions");

  it.each(AUTO_IMPORTS.map((e) => [e.id, e] as const))("%s: a name used without an import in fixtures/flows (nuxt-alias, thinkjs-conventions)", (_id, entry) => {
    const used = entry.namespace ? namespaces : text;
    expect(used).not.toContain(`from '${entry.package}'`);
    const call = entry.namespace ? (n: string) => new RegExp(`(^|[^\\w.$])${n}\\.\\w+\\(`, "m") : (n: string) => new RegExp(`(^|[^\\w.$])${n}(<[^>]*>)?\\(`, "m");
    expect(entry.names.some((n) => call(n).test(used))).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});

/** Whether a fixture text imports one of these packages, or uses the global a framework makes of one (`think.`). */
function importsOrUsesGlobal(text: string, packages: readonly string[]): boolean {
  if (packages.some((p) => text.includes(`from '${p}'`))) return true;
  return AUTO_IMPORTS.some((a) => a.namespace && packages.includes(a.package) && a.names.some((n) => text.includes(`${n}.`)));
}

describe("typed callbacks", () => {
  const text = scenarioText("typed-callbacks");

  it.each(TYPED_CALLBACKS.map((e) => [e.id, e] as const))("%s: called with type arguments and a callback in fixtures/flows/typed-callbacks", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    // Under its own name or an alias: `useMutation as useLegacyMutation`.
    const names = entry.functions.flatMap((f) => [f, ...[...text.matchAll(new RegExp(`\\b${f} as (\\w+)`, "g"))].map((m) => m[1])]);
    expect(names.some((n) => new RegExp(`\\b${n}<[^>]+>\\(`).test(text))).toBe(true);
    for (const site of entry.callbacks.filter((s) => s.property).slice(0, 1)) expect(text).toContain(`${site.property}: `);
    expect(entry.id).toMatch(ID);
  });
});

describe("typed function types", () => {
  const text = scenarioText("typed-callbacks");

  it.each(TYPED_FUNCTION_TYPES.map((e) => [e.id, e] as const))("%s: a function bound to a name declared with it in fixtures/flows/typed-callbacks", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.types.some((t) => new RegExp(`: ${t}<\\w+> = (async )?\\(`).test(text))).toBe(true);
    expect(Object.keys(entry.params).length).toBeGreaterThan(0);
    expect(entry.id).toMatch(ID);
  });
});

describe("handler chains", () => {
  const dir = fileURLToPath(new URL("../../fixtures/guards/pages-function-chains/functions/", import.meta.url));
  const text = sourceFiles(dir)
    .map((f) => readFileSync(f, "utf8"))
    .join("\n");

  it.each(HANDLER_CHAINS.map((e) => [e.id, e] as const))("%s: a guarded and an unguarded chain in fixtures/guards/pages-function-chains", (_id, entry) => {
    const chains = [...text.matchAll(/export const (\w+) = \[([^\]]*)\]/g)].filter((m) => new RegExp(entry.exportPattern).test(m[1]));
    expect(chains.some((m) => m[2].includes("requireConsent"))).toBe(true);
    expect(chains.some((m) => !m[2].includes("requireConsent"))).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});

describe("redux stores", () => {
  const text = scenarioText("redux-store");

  it.each(REDUX_STORES.map((e) => [e.id, e] as const))("%s: sliced, combined, stored and read in fixtures/flows/redux-store", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    for (const f of [...entry.sliceFactories, ...entry.storeFactories, ...entry.combiners]) expect(`${entry.id}: ${f} ${text.includes(`${f}(`)}`).toBe(`${entry.id}: ${f} true`);
    expect(text).toContain(`${entry.stateOption}`);
    expect(text).toContain(`.${entry.reducerMember}`);
    expect(text).toContain(`${entry.reducersOption}: {`);
    expect(text).toContain(`.${entry.actionsMember}`);
    expect(entry.getters.some((g) => text.includes(`.${g}()`))).toBe(true);
    expect(entry.selectorHooks.hooks.some((h) => text.includes(`${h}.withTypes`) || text.includes(`${h}(`))).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});

describe("auto-imported project folders", () => {
  const root = fileURLToPath(new URL("../../fixtures/flows/nuxt-auto-imports/", import.meta.url));

  it.each(AUTO_IMPORT_DIRS.map((e) => [e.id, e] as const))("%s: a marker and two of its folders in fixtures/flows/nuxt-auto-imports", (_id, entry) => {
    expect(entry.markers.some((m) => existsSync(path.join(root, m)))).toBe(true);
    expect(entry.dirs.filter((d) => existsSync(path.join(root, d))).length).toBeGreaterThanOrEqual(2);
    expect(entry.id).toMatch(ID);
  });
});

describe("table schemas", () => {
  const text = scenarioText("table-schemas");

  it.each(TABLE_SCHEMAS.map((e) => [e.id, e] as const))("%s: tables defined and queried in fixtures/flows/table-schemas", (_id, entry) => {
    expect(entry.definitionPackages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.clientPackages.some((p) => text.includes(`from '${p}`))).toBe(true);
    expect(entry.definers.some((f) => text.includes(`${f}(`))).toBe(true);
    for (const m of [...entry.sources.slice(0, 2), ...entry.selections.filter((m) => m !== "selectDistinct")]) expect(`${entry.id}: ${m} ${text.includes(`.${m}(`)}`).toBe(`${entry.id}: ${m} true`);
    if (entry.relational) expect(text).toContain(`.${entry.relational.root}.`);
    expect(entry.id).toMatch(ID);
  });
});

describe("thunk creators, action matchers and consumers", () => {
  const text = scenarioText("thunk-actions");

  it.each(THUNK_CREATORS.map((e) => [e.id, e] as const))("%s: made with and without type arguments in fixtures/flows/thunk-actions", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.functions.some((f) => text.includes(`${f}(`) && new RegExp(`\\b${f}<[^>]+>\\(`).test(text))).toBe(true);
    for (const outcome of Object.keys(entry.outcomes)) expect(`${entry.id}: .${outcome} ${text.includes(`.${outcome}`)}`).toBe(`${entry.id}: .${outcome} true`);
    expect(entry.id).toMatch(ID);
  });
  it.each(ACTION_MATCHERS.map((e) => [e.id, e] as const))("%s: matches in fixtures/flows/thunk-actions", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.functions.some((f) => text.includes(`${f}(`))).toBe(true);
    expect(entry.id).toMatch(ID);
  });
  it.each(ACTION_CONSUMERS.map((e) => [e.id, e] as const))("%s: hands actions over in fixtures/flows/thunk-actions", (_id, entry) => {
    for (const k of [...(entry.options?.creators ?? []), ...(entry.options?.callbacks ?? [])]) expect(text).toContain(`${k}: `);
    for (const m of entry.method?.names ?? []) expect(`${entry.id}: ${m} ${text.includes(`.${m}(`)}`).toBe(`${entry.id}: ${m} true`);
    expect(entry.id).toMatch(ID);
  });
});

describe("framework handles", () => {
  const text = scenarioText("framework-handles");

  it.each(FRAMEWORK_HANDLES.map((e) => [e.id, e] as const))("%s: made in fixtures/flows/framework-handles and passed on", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    expect(entry.functions.some((f) => new RegExp(`\\b${f}\\(`).test(text))).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});

describe("object helpers", () => {
  const text = scenarioText("object-helpers");

  it.each(OBJECT_HELPERS.map((e) => [e.id, e] as const))("%s: pick, omit, get and pluck each called in fixtures/flows/object-helpers", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`))).toBe(true);
    for (const g of entry.globals) expect(text).toContain(`${g}.pick(`);
    for (const list of [entry.pick, entry.omit, entry.get, entry.pluck]) expect(list.some((f) => new RegExp(`\\b${f}\\(`).test(text))).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});

describe("configuration readers", () => {
  const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../fixtures/flows/library-results/src/${name}`, import.meta.url)), "utf8");
  const text = fixture("config-readers.ts") + fixture("validated-env.ts") + scenarioText("thinkjs-conventions");

  it.each(CONFIG_READERS.map((e) => [e.id, e] as const))("%s: read in fixtures/flows (library-results/src/config-readers.ts and validated-env.ts, thinkjs-conventions)", (_id, entry) => {
    if (entry.globals) for (const g of entry.globals) expect(entry.methods.some((m) => text.includes(`${g}.${m}(`))).toBe(true);
    else expect(importsOrUsesGlobal(text, entry.packages)).toBe(true);
    expect(entry.methods.some((m) => new RegExp(`\\.${m}(<[^>]+>)?\\(`).test(text))).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});

describe("fillers", () => {
  const text = scenarioText("promises");

  it.each(FILLERS.map((e) => [e.id, e] as const))("%s: filled and read back in fixtures/flows/promises", (_id, entry) => {
    expect(entry.globals.some((g) => text.includes(`new ${g}()`))).toBe(true);
    expect(entry.methods.some((m) => text.includes(`.${m}(`))).toBe(true);
    expect(text).toContain(`.${entry.property}`);
    expect(entry.id).toMatch(ID);
  });
});

describe("value generators", () => {
  const text = scenarioText("generated-values");

  it.each(VALUE_GENERATORS.map((e) => [e.id, e] as const))("%s: stored under a PI key in fixtures/flows/generated-values", (_id, entry) => {
    const imported = entry.packages.some((p) => text.includes(`from '${p}'`) || text.includes(`from 'node:${p}'`));
    // Called by its name, or imported under another (`v4 as uuidv4`).
    const called = entry.members.some((m) => text.includes(`${m}(`) || text.includes(`${m} as `));
    expect(`${entry.id}: imported ${imported}`).toBe(`${entry.id}: imported true`);
    expect(`${entry.id}: called ${called}`).toBe(`${entry.id}: called true`);
    for (const g of entry.globals) expect(text).toContain(`${g}(`);
    expect(entry.id).toMatch(ID);
  });
});

describe("tuple results", () => {
  const text = scenarioText("tuple-results");

  it.each(TUPLE_RESULTS.map((e) => [e.id, e] as const))("%s: destructured in fixtures/flows/tuple-results", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`require('${p}')`) || text.includes(`from '${p}'`))).toBe(true);
    expect(entry.methods.filter((m) => text.includes(`.${m}(`)).length).toBeGreaterThanOrEqual(2);
    expect(entry.flags.length).toBeGreaterThan(0);
    // A framework's way to the models (egg-sequelize's `ctx.model.Member`): in the fixture of that framework.
    for (const t of entry.reachedThrough ?? []) expect(scenarioText(`${t.package}-conventions`, "app")).toMatch(new RegExp(`\\.${t.member}\\.\\w+\\.(${entry.methods.join("|")})\\(`));
    expect(entry.id).toMatch(ID);
  });
});

describe("yes/no results", () => {
  const text = scenarioText("dialog-answers");

  it.each(YES_NO_RESULTS.map((e) => [e.id, e] as const))("%s: answered in fixtures/flows/dialog-answers", (_id, entry) => {
    expect(entry.packages.some((p) => text.includes(`from '${p}'`)) || !!entry.globals?.some((g) => text.includes(`${g}.`))).toBe(true);
    expect(entry.methods.some((m) => text.includes(`.${m}(`))).toBe(true);
    // Each answer field is read out of the result, destructured or as a member.
    for (const f of entry.fields) expect(new RegExp(`[{,] ${f}[,} ]|\\.${f}\\b`).test(text)).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});

describe("instance makers", () => {
  const text = scenarioText("params-returns") + scenarioText("interface-dispatch") + scenarioText("thinkjs-conventions");

  it.each(INSTANCE_MAKERS.map((e) => [e.id, e] as const))("%s: called with a class, type or file name in fixtures/flows (params-returns, interface-dispatch, thinkjs-conventions)", (_id, entry) => {
    expect(importsOrUsesGlobal(text, entry.packages)).toBe(true);
    const byClass = entry.functions.some((f) => new RegExp(`\\b${f}\\([A-Z]\\w*,`).test(text));
    const byType = !!entry.typeArgument && entry.functions.some((f) => new RegExp(`\\.${f}<[A-Z]\\w*>\\(`).test(text));
    // A class named by its file (`this.service('user/profile')`), for every function that names one.
    const byFile = !!entry.namedFiles && Object.keys(entry.namedFiles).every((f) => new RegExp(`\\.${f}\\('[\\w/]+'\\)`).test(text));
    expect(byClass || byType || byFile).toBe(true);
    expect(entry.id).toMatch(ID);
  });
});
