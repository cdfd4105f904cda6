// Interprets one unit (module body, function or class member) over abstract
// values: one walk of its statements, with nested functions and callbacks
// interpreted where they are invoked (or, if never invoked, once at the end
// with unknown arguments). Records the sinks it reaches with the consent guards
// that hold there, the calls it makes, and what it returns.
import { ts } from "../typescript.cjs";
import type { GuardInfo } from "../model/finding.js";
import type { CallSite, ClosureCall, Engine, ParamCall, Recipient, SinkHit, UnitInfo, UnitResult } from "./engine.js";
import { KV_CELL } from "./engine.js";
import { EXIT_CALLS } from "../catalog/exits.js";
import { CENTRAL_STORES, CLASS_STORES, DEFINED_STORES, FORM_MODELS, STORE_CREATORS, KEYED_STORES, MEMO_HOOKS, QUERY_HOOKS, STATE_ATOMS, STATE_HOOKS, STATE_TREES, VALUE_HOLDERS, WRAPPERS, type ClassStoreEntry, type StateAtomEntry, type ValueHolderEntry } from "../catalog/state.js";
import { JOB_QUEUES } from "../catalog/queues.js";
import { OBSERVABLES, REACTIONS } from "../catalog/observables.js";
import { frameworkMember, injectedService, moduleAppProperty } from "../catalog/injected.js";
import { injectedServiceName, serviceModuleCandidates } from "./ember-services.js";
import { amdCall, amdCandidates, amdCell, amdFactoryDep, isPseudoModule, type AmdCall } from "./amd.js";
import { angularCell, injectableFunction, injectionName, isAngularModulePath, isRegisteredServiceConstructor, REGISTERING_METHODS } from "./angular-di.js";
import { GRAPHQL_SERVERS } from "../catalog/graphql-servers.js";
import { SCHEMA_INPUT_BUILDERS, SCHEMA_LIBRARIES, VALIDATOR_MIDDLEWARES } from "../catalog/schemas.js";
import { inputTypeFields } from "./graphql-args.js";
import type { HttpClientEntry } from "../model/catalog.js";
import { constantMailDomains, mailContent, smtpRelay } from "./mail.js";
import { PASS_CALLS } from "./nextjs.js";
import { FASTIFY_HOOKS, ROUTE_HOOK_KEYS, routeOptionHooks } from "./route-options.js";
import { controllerAction, MIDDLEWARE_ARG_APIS, TRAILING_MIDDLEWARE_ROUTERS, TRAILING_VALIDATOR_ACTIONS } from "./controller-actions.js";
import { serviceHooks } from "./service-hooks.js";
import { navigationTarget, routeCell, routeParamsScreen } from "./navigation.js";
import { RTK_QUERY_PACKAGES, rtkCall } from "./rtk-query.js";
import { pathList, persistedStoreEntry, persistedStoreSite, storeFactoryState, property, returnedObject, type PersistedStoreSite } from "./persisted-stores.js";
import { isMountPath } from "./router-mounts.js";
import { constructorName, isConstructorFunction, prototypeConstructorOf, prototypeMethod, prototypeMethodCount } from "./prototypes.js";
import { fieldSlot, isComponentClass, optionsMethods, optionsObjectOf, optionsSpreads, optionsState, serviceBeforeHooks, serviceSchemaOf, type StateSlot } from "./options-state.js";
import { isEggConfigPath, isEggHelperPath, isEggMiddlewareFile, isEggRouterFile, isEggScheduleFile } from "./conventions.js";
import { jsDocTypeOf, bindingNames, hasModifier, initializerOf, isFunctionLike, propName, type FileIndex } from "./file-index.js";
import { exprPath, intersectGuards, isYieldOf, unionGuards } from "./guards.js";
import { baseClassOf, dottedName, libraryRef, resolveExport, resolveName, resolveSpec, type Resolved } from "./resolve.js";
import { keyValueCacheOf } from "./kv-caches.js";
import { TYPED_KEY_LOOKUPS, typedKeyOf } from "./typed-keys.js";
import { isGeneratedValue } from "./generated-values.js";
import { KEY_VALUE_CACHES } from "../catalog/caches.js";
import { handlerThisReceiver, localAliasPath, readsFromThis } from "./local-alias.js";
import { autoImportedFrom } from "../catalog/auto-imports.js";
import { TYPED_CALLBACKS } from "../catalog/typed-callbacks.js";
import { libraryFunctionParamType } from "./contextual-types.js";
import { ACTION_CONSUMERS, ACTION_MATCHERS, REDUX_STORES, THUNK_CREATORS } from "../catalog/actions.js";
import { actionOf, creatorValue, matchedActions, thunkOutcomes } from "./actions.js";
import { TABLE_SCHEMAS } from "../catalog/tables.js";
import { HANDLER_CHAINS } from "../catalog/handler-chains.js";
import { columnsLiteral, isColumnSelection, QUERY_ROWS, queryValue, SELECTED_ROW, TABLE_CELL, tableBinding, tableCell, tableValue } from "./tables.js";
import { FRAMEWORK_HANDLES } from "../catalog/handles.js";
import { INSTANCE_MAKERS, OBJECT_HELPERS } from "../catalog/object-helpers.js";
import { CONFIG_READERS } from "../catalog/config-readers.js";
import { FILLERS } from "../catalog/fillers.js";
import { TUPLE_RESULTS } from "../catalog/tuple-results.js";
import { YES_NO_RESULTS } from "../catalog/yes-no-results.js";
import { strapiPluginPackage, strapiServiceUid } from "./strapi-policies.js";
import { finalMember, httpEntryFor, matchAssignedMember, isCataloguedGlobal, isCataloguedPackage, matchAssignmentSink, matchHttp, matchSanitizer, matchSink, pkgListed, type CalleeRef } from "./sink-match.js";
import { PLATFORM_PACKAGES, type PlatformSourceEntry } from "../sources/platform.js";
import { mainKinds, sourcePart } from "./source-parts.js";
import { tokenize } from "../taxonomy/tokenize.js";
import { classifyUrl, concatStr, hostMatches, isLocalHost, resolveAgainst } from "./urls.js";
import { functionTypeParams, indexedAccessName, isBooleanType, isChoiceRecord, isModelledGeneric, isNothingType, isReadonlyType, libraryOfType, libraryTypeAt, typeName } from "./type-expand.js";
import {
  anyField,
  asQuantity,
  atomKey,
  bounded,
  CLEAN,
  EMPTY,
  either,
  extendAtoms,
  fieldAt,
  isPlaceholder,
  flatten,
  flattenAll,
  isQuantitySource,
  join,
  joinAll,
  keepTaint,
  MAX_PATH,
  mergeTaint,
  selectPath,
  PARAM_KEY,
  signature,
  withMinor,
  withoutFields,
  withStep,
  type FunctionValue,
  type Ref,
  type Str,
  type TaintEntry,
  type TypeAtom,
  type Val,
} from "./values.js";

interface Binding {
  val: Val;
  mutable: boolean;
  /** Branch depth where it was declared: an assignment at the same depth replaces the value. */
  depth?: number;
}

class Scope {
  readonly vars = new Map<string, Binding>();
  constructor(readonly parent?: Scope) {}
  lookup(name: string): Binding | undefined {
    return this.vars.get(name) ?? this.parent?.lookup(name);
  }
}

/**
 * The scope of a closure another script left on a global: detached from the run that made it, whose
 * captured values go stale when that script is analysed again. Its names resolve through its file and
 * the globals instead (module-pattern parameters are aliases of globals: `(function (CRM) {…})(window.CRM)`),
 * which readers depend on and are re-run for.
 */
const DETACHED_SCOPE = new Scope();

const GLOBAL_ROOTS = new Set(["window", "globalThis", "self", "global"]);
const CLEAN_PROPS = new Set(["length", "size", "byteLength", "constructor", "prototype"]);
/**
 * Generic types whose type argument is not a record they hand out: the containers and type operators the type
 * expansion models (isModelledGeneric), and state and stream holders of UI and event libraries.
 */
const CONTAINER_GENERICS = new Set(["Observable", "Subject", "BehaviorSubject", "EventEmitter", "Ref", "ComputedRef", "MutableRefObject", "RefObject", "Dispatch", "SetStateAction"]);
/** An Angular route's guards, run before its component is made. */
const ROUTE_GUARD_KEYS = new Set(["canActivate", "canMatch", "canLoad"]);
/** Library functions that hand out an instance of the class they are given (dependency injection). */
const DI_LOOKUPS = new Set(["inject", "get", "resolve", "getService", "useInject"]);
/** Compound assignments that compute a number (not `+=`, which also joins strings). */
const COMPOUND_ARITHMETIC = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.MinusEqualsToken,
  ts.SyntaxKind.AsteriskEqualsToken,
  ts.SyntaxKind.SlashEqualsToken,
  ts.SyntaxKind.PercentEqualsToken,
  ts.SyntaxKind.AsteriskAsteriskEqualsToken,
  ts.SyntaxKind.LessThanLessThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanEqualsToken,
  ts.SyntaxKind.AmpersandEqualsToken,
  ts.SyntaxKind.BarEqualsToken,
  ts.SyntaxKind.CaretEqualsToken,
]);
const ARITHMETIC = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.MinusToken,
  ts.SyntaxKind.AsteriskToken,
  ts.SyntaxKind.SlashToken,
  ts.SyntaxKind.PercentToken,
  ts.SyntaxKind.AsteriskAsteriskToken,
  ts.SyntaxKind.LessThanLessThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanToken,
  ts.SyntaxKind.GreaterThanGreaterThanGreaterThanToken,
  ts.SyntaxKind.AmpersandToken,
  ts.SyntaxKind.BarToken,
  ts.SyntaxKind.CaretToken,
]);

/**
 * What a route registration argument runs before the handler: the argument itself (middleware), or the
 * hooks of a route options object (`{ preHandler: [authenticate, requireConsent] }`).
 */
function routeHooks(a: ts.Expression): ts.Expression[] {
  // Express takes middleware in arrays too: `router.post("/", [authenticate, requireConsent], handler)`.
  if (ts.isArrayLiteralExpression(a)) return a.elements.flatMap((e) => (ts.isSpreadElement(e) ? [] : routeHooks(e)));
  if (!ts.isObjectLiteralExpression(a)) return [a];
  const out: ts.Expression[] = [];
  for (const p of a.properties) {
    if (!ts.isPropertyAssignment(p) || !ROUTE_HOOK_KEYS.has(propName(p.name) ?? "")) continue;
    const v = p.initializer;
    if (ts.isArrayLiteralExpression(v)) out.push(...v.elements);
    else out.push(v);
  }
  return out;
}

/**
 * Hooks a call along a route builder's chain adds for the routes made after it on the chain: `.use(guard)`,
 * Elysia's `.onBeforeHandle(guard)` and `.guard({ beforeHandle })` (with a callback, `.guard` scopes its
 * hooks to the routes made in the callback instead: they run under the call's middleware, see evalArgs).
 */
function chainHooks(method: string, args: readonly ts.Expression[]): readonly ts.Expression[] {
  if (method === "use" || method === "onBeforeHandle") return args;
  if (method === "guard" && !args.some(isFunctionLike)) return args.flatMap((a) => (ts.isObjectLiteralExpression(a) ? routeHooks(a) : []));
  return [];
}

/** A number computed at run time: carries no PI of its own, and is no constant (see binary()). */
const NUMBER: Val = Object.freeze({});
/** Math functions of one value that keep what the value is about. */
/** Math functions that bound or compare numbers: the result is one of them, or computed from them. */
const CLAMPS = new Set(["Math.max", "Math.min", "Math.abs", "Math.hypot"]);
const TIMESTAMPS = new Set(["Date.parse", "Date.UTC"]);
const ROUNDING = new Set(["Math.floor", "Math.round", "Math.ceil", "Math.trunc", "Math.abs"]);
/** The cell holding the object a mini-program registers with App({...}). */
const MINIPROGRAM_APP = "%miniprogram#App";
/** Methods that look a value up by its key (a map's, a request's headers, storage, a form's fields). */
const KEYED_GETTERS = new Set(["get", "getAll", "getItem", "header", "getHeader", "param", "query", "getStorageSync", "getFieldValue", "cookie"]);
/** A key that names a value (`x-user-id`, `user:phone`), not a route path or a sentence. */
const KEY_NAME = /^[A-Za-z_][\w.:-]*$/;
/** Methods that put an element into their receiver. */
const ADDERS = new Set(["push", "unshift", "add", "set", "append"]);
/** Wrappers whose one type argument is what an awaited call gives. */
const PROMISE_TYPES = new Set(["Promise", "PromiseLike"]);
/** RxJS streams and subjects, whose type argument is what they emit. */
const STREAM_TYPES = new Set(["Observable", "Subject", "BehaviorSubject", "ReplaySubject"]);
/** Properties that hold what their object stands for: a Vue ref's or an input element's `value`, a React ref's `current`. */
const CONTENT_PROPS = new Set(["value", "current"]);
/**
 * Last words of a name that make it a form control or a ref rather than a value (the taxonomy rightly
 * calls `phoneInput` metadata); the control's content is what the rest of the name says (`phoneInput.value`).
 */
const CONTROL_WORDS = new Set(["input", "inp", "field", "ref", "el", "element", "node", "control", "ctrl", "box", "textbox", "textarea", "picker", "editor", "selector", "select"]);
/** Library calls that count records (Mongoose, Sequelize, Prisma; TypeORM's countBy and getCount; Drizzle's $count): a number, not the records. */
/** Every key-value cache's counter methods (KeyValueCacheEntry.counters): a cheap first test on every library call. */
const KV_COUNTERS = new Set(KEY_VALUE_CACHES.flatMap((e) => e.counters ?? []));
const COUNT_METHODS = new Set(["count", "countDocuments", "estimatedDocumentCount", "countBy", "getCount", "$count"]);
const BOOL_METHODS = new Set(["includes", "startsWith", "endsWith", "test", "has", "some", "every", "isArray", "hasOwnProperty", "localeCompare", "indexOf", "lastIndexOf", "findIndex", "findLastIndex", "search", "isInteger", "isNaN", "isFinite", "exec"]);
const STRING_METHODS = new Set(["trim", "trimStart", "trimEnd", "toLowerCase", "toUpperCase", "toLocaleLowerCase", "toLocaleUpperCase", "slice", "substring", "substr", "padStart", "padEnd", "replace", "replaceAll", "split", "concat", "normalize", "charAt", "repeat", "at", "toString", "valueOf", "toFixed", "toJSON", "match", "matchAll", "join", "trimLeft", "trimRight"]);
/** redux-saga effects that run the function they are given with the arguments that follow it. */
const SAGA_CALLS = new Set(["call", "fork", "spawn"]);
const ARRAY_CALLBACK = new Set(["map", "flatMap", "filter", "find", "findLast", "forEach", "some", "every", "reduce", "reduceRight", "sort", "toSorted"]);
const ARRAY_SAME = new Set(["filter", "find", "findLast", "slice", "reverse", "toReversed", "sort", "toSorted", "flat", "values", "at", "pop", "shift", "splice", "concat", "with", "fill"]);
const CALLBACK_RUNNERS = new Set(["setTimeout", "setInterval", "setImmediate", "queueMicrotask", "requestAnimationFrame", "requestIdleCallback", "nextTick"]);
const MAX_INLINE = 4;
/** Closures inlined per unit analysis before the rest run once each (see inline). */
const INLINE_BUDGET = 5000;
const MAX_EXPR_DEPTH = 400;

export class Frame {
  private scope: Scope;
  private guards: GuardInfo[] = [];
  /** Guards a test here proved false (`if (!hasConsent(u)) { … }`): not held, whatever the callers checked. */
  private refuted: readonly string[] = [];
  private ret: Val = EMPTY;
  private readonly sinks: SinkHit[] = [];
  private readonly calls: CallSite[] = [];
  private readonly paramCalls: ParamCall[] = [];
  /** The file of the code being interpreted: the unit's, or while inlining a closure of another script, that script's. */
  private file: FileIndex;
  private thisVal: Val = EMPTY;
  /** The guards at each place the unit lets a request go on (`NextResponse.next()`, or the end of its body). */
  private readonly passPoints: GuardInfo[][] = [];
  /** Module variable cells this run read before writing them, and those it wrote (see writeModuleVariable). */
  private readonly readFirst = new Set<string>();
  private readonly writtenCells = new Set<string>();
  private readonly pending = new Set<FunctionValue>();
  private readonly invoked = new Set<ts.Node>();
  /** The never-called closure being run on its own at the end of the unit (flushPending), if any. */
  private flushOf: ts.Node | undefined;
  /** Calls of other units' closures (inlined through a value their unit returned or stored), with their guards. */
  private readonly closureCalls: ClosureCall[] = [];
  private readonly inlineStack: ts.Node[] = [];
  /** Inside a detached closure: the node its free names are looked up from in its source (see lexicalValue). */
  private lexicalFrom: ts.Node | undefined;
  /** Closures inlined so far in this unit, and whether running out of INLINE_BUDGET was reported. */
  private inlined = 0;
  private budgetReported = false;
  private readonly routerGuards = new Map<string, GuardInfo[]>();
  private depth = 0;
  /** How many conditional constructs (branches, loops, callbacks) enclose the current point. */
  private branchDepth = 0;
  private readonly isModule: boolean;
  /** When false, sinks and calls are not recorded (evaluating another module's initializer). */
  private record = true;

  constructor(
    private readonly engine: Engine,
    private readonly unit: UnitInfo,
  ) {
    this.file = unit.file;
    this.scope = new Scope();
    this.isModule = ts.isSourceFile(unit.node);
  }

  run(): UnitResult {
    const node = this.unit.node;
    if (this.isModule) this.execStatements((node as ts.SourceFile).statements);
    else {
      const fn = node as ts.SignatureDeclaration & { body?: ts.Node };
      const cls = classOf(fn);
      if (cls && !isStatic(fn)) this.thisVal = { ref: { k: "inst", decl: cls }, owner: cls.name?.text };
      else if (!cls) {
        // An AngularJS service's function is constructed by the injector (angular-di.ts), as `new` would.
        const ctor = prototypeConstructorOf(fn) ?? (ts.isFunctionExpression(fn) && isRegisteredServiceConstructor(fn) ? fn : undefined);
        this.thisVal = ctor ? { ref: { k: "proto", ctor }, owner: constructorName(ctor) } : this.componentState(fn);
      }
      this.guards = unionGuards(unionGuards(this.decoratorGuards(fn), this.engine.middlewareGuards(this.unit)), this.hookGuards(fn));
      this.unit.declaredGuards = this.guards;
      valueParameters(fn).forEach((p, i) => this.bindParam(p, i));
      if (ts.isConstructorDeclaration(fn) && cls) this.storeParameterProperties(fn, cls);
      this.execBody(fn);
    }
    this.flushPending();
    const passGuards = this.passPoints.length ? this.passPoints.reduce((a, b) => intersectGuards(a, b)) : undefined;
    return { ret: this.ret, sinks: this.sinks, calls: this.calls, paramCalls: this.paramCalls, retSig: signature(this.ret), passGuards, closureCalls: this.closureCalls.length ? this.closureCalls : undefined };
  }

  // ---------- bindings ----------

  private bindParam(p: ts.ParameterDeclaration, index: number): void {
    const param: Val = { taint: new Map([[`p${this.unit.id}:${index}:`, { atom: { kind: "param", unit: this.unit.id, index, path: [] }, via: [] }]]) };
    const declared = jsDocTypeOf(p) ?? this.contextualType(p, index);
    let atomVal: Val = declared ? join(param, this.typeVal(declared)) : param;
    // What a caller that passes nothing gets (`constructor(base = EEO_BASE)`): an endpoint, most often.
    if (p.initializer) atomVal = join(atomVal, this.eval(p.initializer));
    const eggApp = this.eggParam(this.unit.node as ts.SignatureDeclaration, index, []);
    if (eggApp) atomVal = join(eggApp, atomVal);
    // A service framework's handler context (Moleculer's `ctx`): its library object, with what the caller passes.
    const context = index === 0 ? this.serviceContext(this.unit.node) : undefined;
    if (context) atomVal = join(context, atomVal);
    const injected = this.injectedParam(p, index);
    if (injected) atomVal = injected;
    this.bindPattern(p.name, atomVal, true, "parameter", index);
  }

  /** The type a parameter written without one takes from its function's declared binding or typed object literal (contextual-types.ts). */
  private contextualType(p: ts.ParameterDeclaration, index: number): ts.TypeNode | undefined {
    if (p.type || p.dotDotDotToken) return undefined;
    const fn = p.parent;
    const at = ts.isParenthesizedExpression(fn.parent) ? fn.parent.parent : fn.parent;
    if (!ts.isObjectLiteralExpression(at) && !ts.isPropertyAssignment(at) && !ts.isVariableDeclaration(at)) return undefined;
    return this.engine.contextualParamsOf(fn)?.[index]?.type ?? (ts.isVariableDeclaration(at) ? libraryFunctionParamType(this.engine, fn, index) : undefined);
  }

  /** The context a service schema's action or event handler is given first (ServiceSchemaEntry.contextParam). */
  private serviceContext(fn: ts.Node): Val | undefined {
    if (!ts.isFunctionLike(fn) || !fn.parameters.length) return undefined;
    const service = serviceSchemaOf(fn);
    const path = service?.entry.contextParam;
    if (!path || !isHandlerOf(fn, service.schema)) return undefined;
    return { ref: { k: "pkg", pkg: service.entry.package, path, sub: service.entry.package } };
  }

  /** `this` of an options-object method: the state its component declares in `data` (see options-state.ts). */
  private componentState(fn: ts.SignatureDeclaration): Val {
    const text = this.file.sf.text;
    const at = text.indexOf("this", fn.pos);
    if (at === -1 || at >= fn.end) return EMPTY;
    const service = serviceSchemaOf(fn);
    const options = optionsObjectOf(fn);
    if (!options) return EMPTY;
    const state = optionsState(options);
    const slots = state?.slots.length ? this.slotsVal(state.slots, undefined, false) : undefined;
    const fields = new Map(slots?.fields ?? []);
    if (slots && state?.underData) fields.set("data", slots);
    // Its sibling methods (`this.bootstrap()` in App({…}), `this.send()` in a component's methods): calls of
    // them are calls of those functions, so a method only ever called under a guard is guarded (CONTRACT §2 (e)).
    for (const [name, m] of optionsMethods(service?.schema ?? options)) if (!fields.has(name)) fields.set(name, { ref: { k: "fn", fn: { node: m, unit: this.engine.unitByNode.get(m) } } });
    // Members a helper maps in (`...mapGetters('user', ['profile'])` in `computed`, `...mapActions([…])` in `methods`).
    for (const spread of optionsSpreads(options)) for (const [name, v] of this.eval(spread).fields ?? []) if (!fields.has(name) && !name.startsWith("%")) fields.set(name, v);
    // A framework's service (a Moleculer schema): the members it gives every service.
    for (const [name, path] of Object.entries(service?.entry.thisMembers ?? {}))
      if (!fields.has(name)) fields.set(name, { ref: { k: "pkg", pkg: service!.entry.package, path, sub: service!.entry.package } });
    const own: Val = fields.size ? { fields, owner: slots?.owner } : EMPTY;
    // What its methods store on `this` (`created() { this.api = axios.create(…) }`) is there for the others:
    // one cell per options object. A mini-program's App({…}): `this` is the application object every
    // getApp() returns, with what other files put in its globalData.
    const call = options.parent;
    const isApp = ts.isCallExpression(call) && ts.isIdentifier(call.expression) && call.expression.text === "App";
    const key = isApp ? MINIPROGRAM_APP : `${this.file.path}#%options@${(service?.schema ?? options).pos}`;
    const stored = this.engine.readCell(key, this.unit.id);
    return withCellOf(stored === EMPTY ? own : join(own, stored), key);
  }

  /**
   * A parameter a framework fills by name: AngularJS's own `$http`, `$log` … (catalog/injected.ts), or a
   * service, factory, constant or value the project registers (angular-di.ts), by the name the function's
   * annotation gives that place, else the parameter's own.
   */
  private injectedParam(p: ts.ParameterDeclaration, index: number): Val | undefined {
    const own = ts.isIdentifier(p.name) ? p.name.text : undefined;
    const name = injectionName(p.parent, index) ?? (own?.startsWith("$") ? own : undefined);
    if (name === undefined) return undefined;
    if (name.startsWith("$")) {
      const path = injectedService(name);
      return path ? { ref: { k: "global", path } } : undefined;
    }
    const v = this.engine.readCell(angularCell(name), this.unit.id);
    return v === EMPTY ? undefined : v;
  }

  private slotsVal(slots: readonly StateSlot[], owner: string | undefined, minor: boolean): Val {
    const fields = new Map<string, Val>();
    for (const s of slots) {
      const m = minor || this.engine.taxonomy.isMinorOwner(s.name);
      const named = this.engine.classify(s.name, owner);
      // A yes/no states a fact at most, and none in a record of choices (`choice = { health: false }` of a consent form).
      const cats = s.flag ? (isChoiceRecord(owner) ? [] : this.engine.factsOnly(named)) : named;
      let v: Val = s.slots ? this.slotsVal(s.slots, s.name, m) : EMPTY;
      if (cats.length) {
        const id = this.engine.source(s.node, s.name, m ? withMinor(cats) : cats, "property");
        v = { ...v, taint: new Map([[`s${id}`, { atom: { kind: "src", id }, via: [] }]]) };
      } else if (s.flag) {
        // A yes/no that states no fact (`choice.location` of a consent form) is not data, wherever it is copied.
        v = { ...v, clean: true };
      }
      fields.set(s.name, { ...v, owner: s.name, minor: m || undefined });
    }
    return { fields, owner };
  }

  /** typeVal of a type written in another file (its names resolve there). */
  private typeValIn(t: ts.TypeNode, file: FileIndex): Val {
    const saved = this.file;
    this.file = file;
    try {
      return this.typeVal(t);
    } finally {
      this.file = saved;
    }
  }

  private typeVal(t: ts.TypeNode): Val {
    if (ts.isTypeQueryNode(t)) {
      const lib = this.libraryInstance(t);
      return lib ? { ref: lib } : {};
    }
    if (!isStructuredType(t)) return {};
    // A platform object declared by its DOM interface (`private storage: Storage`, given localStorage or
    // sessionStorage by a factory): calls on it are the platform's.
    const written = ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) ? t.typeName.text : undefined;
    const platform = written !== undefined ? PLATFORM_INTERFACES.get(written) : undefined;
    if (platform && !resolveName(this.engine, this.file, written!)) return { ref: { k: "global", path: [...platform] } };
    const name = typeName(t) ?? indexedAccessName(t);
    const minor = name ? this.engine.taxonomy.isMinorOwner(name) : false;
    const entry: TaintEntry = { atom: { kind: "type", node: t, path: [], minor }, via: [] };
    const lib = ts.isTypeReferenceNode(t) ? this.libraryInstance(t) : undefined;
    return { taint: new Map([[atomKey(entry.atom), entry]]), owner: name, minor: minor || undefined, ref: lib };
  }

  /**
   * A value declared with a catalogued library's class as its type is an instance of it, as if made by
   * `new`: dependency injection hands services over this way (`constructor(private http: HttpService)`).
   */
  private libraryInstance(t: ts.TypeReferenceNode | ts.TypeQueryNode): Ref | undefined {
    const cache = this.engine.libraryTypes;
    const hit = cache.get(t);
    if (hit !== undefined) return (hit as Ref | null) ?? undefined;
    const ref = this.resolveLibraryInstance(t);
    cache.set(t, ref ?? null);
    return ref;
  }

  private resolveLibraryInstance(t: ts.TypeReferenceNode | ts.TypeQueryNode): Ref | undefined {
    const lib = libraryOfType(this.engine, t, this.file, 0);
    if (!lib) return undefined;
    const spec = lib.sub ?? lib.pkg;
    // A catalogued library's, or a configuration reader's (`constructor(config: ConfigService)`).
    if (!isCataloguedPackage(this.engine.opts.catalog, lib.pkg, spec) && !CONFIG_READERS.some((e) => pkgListed(e.packages, lib.pkg, spec))) return undefined;
    return { ...lib, path: [...lib.path, "new"], declared: true };
  }

  /** Bind a name or destructuring pattern; PI-like names are sources unless the value is known clean. */
  private bindPattern(name: ts.BindingName, v: Val, mutable: boolean, kind: "parameter" | "identifier" = "identifier", paramIndex?: number, from?: string): void {
    if (ts.isIdentifier(name)) {
      this.scope.vars.set(name.text, { val: this.named(name, name.text, v, kind, paramIndex, from), mutable, depth: this.branchDepth });
      return;
    }
    if (ts.isObjectBindingPattern(name)) {
      const used: string[] = [];
      for (const el of name.elements) {
        if (el.dotDotDotToken) {
          this.bindPattern(el.name, withoutFields(v, used), mutable, kind, paramIndex);
          continue;
        }
        const key = el.propertyName ? propName(el.propertyName) : ts.isIdentifier(el.name) ? el.name.text : undefined;
        if (key === undefined) {
          this.bindPattern(el.name, { taint: v.taint }, mutable, kind, paramIndex);
          continue;
        }
        used.push(key);
        let fv = this.member(v, key, el);
        if (el.initializer) fv = join(fv, this.eval(el.initializer));
        this.bindPattern(el.name, fv, mutable, kind, paramIndex, v.owner);
      }
      return;
    }
    name.elements.forEach((el, i) => {
      if (ts.isOmittedExpression(el)) return;
      let ev = v.fields?.get(String(i)) ?? this.element(v);
      if (el.dotDotDotToken) ev = v;
      if (el.initializer) ev = join(ev, this.eval(el.initializer));
      this.bindPattern(el.name, ev, mutable, kind, paramIndex);
    });
  }

  /** A binding's value plus, for a PI-like name, a source at the binding. */
  /** `from`: the owner of the object a destructuring pattern took this field from (`({ address }) => …` over clinics). */
  private named(node: ts.Node, name: string, v: Val, kind: "parameter" | "identifier", paramIndex?: number, from?: string): Val {
    const childName = !v.minor && this.engine.taxonomy.isMinorOwner(name);
    const minor = v.minor || childName;
    // A record bound to a child's name (`const kid = list[i]`) is a child's data as a whole: its PI is minor.
    // So is a record written out there (`var child = { xingming: f.xingming, sfzh: f.sfzh }`).
    const base = childName && (v.taint?.size || v.fields?.size) ? this.asMinor(v) : v;
    // A library object keeps the name it was read by; data a library call returned is what its binding says
    // (`const currentUser = (await request(…)).data`: a user, not "data").
    // So does one of a collection bound to a name that says nothing of whose it is (`clinics.map((c) => c.tel)`).
    const keepOwner = !!v.owner && ((!!v.ref && !isFieldOfCallResult(v.ref)) || (this.engine.taxonomy.isKnownOwner(v.owner) && !this.engine.taxonomy.isKnownOwner(name)));
    let out: Val = { ...base, owner: keepOwner ? v.owner : name, minor: minor || undefined };
    // A library object is not PI by its name (`const contacts = require("react-native-contacts")`), but a
    // field of what a library call returned is data (`const { model: phoneModel } = Taro.getSystemInfoSync()`).
    // A test's result bound to a name that states a fact about the person is that fact (labelling rule 2:
    // `const isUnder14 = age < 14` is minor); any other clean value is not PI by its name.
    const test = v.clean && isTestBinding(node);
    if ((v.clean && !test) || (v.ref && !isFieldOfCallResult(v.ref)) || (v.str?.complete && !v.taint)) return out;
    let cats = this.engine.classify(name, from ?? v.owner);
    // So does a class field declared a yes/no (`location = $state(false)`, `location: boolean`), whatever it is given.
    // And a parameter or variable declared boolean (`address: boolean`).
    const declaredYesNo = (ts.isParameter(node.parent) || ts.isVariableDeclaration(node.parent)) && node.parent.name === node && isBooleanType(node.parent.type);
    if (test || declaredYesNo || isBooleanFieldWrite(node) || isBooleanSlot(node)) cats = this.engine.factsOnly(cats);
    // A record written out whose keys say what it holds (`const credentials = JSON.stringify({ appId, appSecret })`):
    // its keys name it more exactly than the binding does; what its values carry, they carry anyway.
    if (cats.length && kind === "identifier" && this.spelledOutWithoutPi(node)) return out;
    if (cats.includes("network.ip")) out = this.withoutPostalAddressRead(out, node);
    if (cats.length) {
      // A name given a parameter as it is (`this.token = token` in a constructor) is that parameter's source too:
      // refuted, like the parameter's, when every call passes a constant (`new LabClient(process.env.TOKEN)`).
      const given = kind === "parameter" ? paramIndex : this.soleParamIndex(v);
      // A name bound inside a destructured parameter (`({ location }) => …`) is that member of what callers pass.
      const path = kind === "parameter" && given !== undefined ? this.paramPathOf(v, given) : undefined;
      const paramOf = given !== undefined && given >= 0 && !this.isModule ? { unit: this.unit.id, index: given, path } : undefined;
      const id = this.engine.source(node, name, minor ? withMinor(cats) : cats, kind === "parameter" ? "parameter" : "identifier", paramOf);
      out = { ...out, taint: mergeTaint(out.taint, new Map([[`s${id}`, { atom: { kind: "src", id }, via: [] }]])) };
    }
    return out;
  }

  /**
   * `v` without the postal address an `address` read in `node`'s initializer named (`const clientIp =
   * server.requestIP(req)?.address`): a binding that says it holds an IP reads a network address there.
   */
  private withoutPostalAddressRead(v: Val, node: ts.Node): Val {
    const init = ts.isVariableDeclaration(node.parent) && node.parent.name === node ? node.parent.initializer : undefined;
    if (!init) return v;
    return keepTaint(v, (e) => {
      const src = e.atom.kind === "src" ? this.engine.sources[e.atom.id] : undefined;
      const read = src?.kind === "property" && src.name === "address" && src.categories.length === 1 && src.categories[0] === "contact.address";
      return !(read && src.node.getSourceFile() === node.getSourceFile() && src.node.pos >= init.pos && src.node.end <= init.end);
    });
  }

  /**
   * Whether `node` names a variable initialised, or a field assigned (`this.credentials = { appId, appSecret }`),
   * with an object literal (or its JSON) none of whose keys is PI.
   */
  private spelledOutWithoutPi(node: ts.Node): boolean {
    const d = node.parent;
    const assigned = d && ts.isPropertyAccessExpression(d) && d.name === node && ts.isBinaryExpression(d.parent) && d.parent.left === d && d.parent.operatorToken.kind === ts.SyntaxKind.EqualsToken ? d.parent.right : undefined;
    const value = assigned ?? (d && ts.isVariableDeclaration(d) && d.name === node ? d.initializer : undefined);
    if (!value) return false;
    let init = skipParens(value);
    if (ts.isAwaitExpression(init)) init = skipParens(init.expression);
    if (ts.isCallExpression(init) && init.arguments.length >= 1 && exprPath(init.expression)?.join(".") === "JSON.stringify") init = skipParens(init.arguments[0]);
    if (!ts.isObjectLiteralExpression(init) || init.properties.length === 0) return false;
    return init.properties.every((p) => {
      if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) return false;
      const key = propName(p.name);
      return key !== undefined && this.engine.classify(key).length === 0;
    });
  }

  /** The index of this unit's parameter a value is, as it is: its atom and the parameter's own source, nothing else. */
  private soleParamIndex(v: Val): number | undefined {
    if (v.fields || !v.taint?.size) return undefined;
    let index: number | undefined;
    for (const e of v.taint.values()) {
      const a = e.atom;
      if (a.kind === "param" && a.unit === this.unit.id && a.path.length === 0 && (index === undefined || index === a.index)) index = a.index;
      else if (a.kind !== "src" || this.engine.sources[a.id].paramOf?.unit !== this.unit.id) return undefined;
    }
    return index;
  }

  /** The member path of parameter `index` a value is read from, when it is one member of it (a destructured name). */
  private paramPathOf(v: Val, index: number): readonly string[] | undefined {
    let path: readonly string[] | undefined;
    for (const e of v.taint?.values() ?? []) {
      const a = e.atom;
      if (a.kind !== "param" || a.unit !== this.unit.id || a.index !== index) continue;
      if (path !== undefined || !a.path.length) return undefined;
      path = a.path;
    }
    return path;
  }

  /** Where member `name` of a value that is this unit's parameter (or a member of it) is: that parameter and path. */
  private soleParamMember(obj: Val, name: string): { unit: number; index: number; path: readonly string[] } | undefined {
    if (this.isModule || obj.fields) return undefined;
    // What the parameter's type declares (a type atom) is no caller's value: only the parameter itself counts.
    const params = [...(obj.taint?.values() ?? [])].filter((e) => e.atom.kind !== "type");
    const a = params.length === 1 ? params[0].atom : undefined;
    return a?.kind === "param" && a.unit === this.unit.id && a.index >= 0 ? { unit: a.unit, index: a.index, path: [...a.path, name] } : undefined;
  }

  private storeParameterProperties(ctor: ts.ConstructorDeclaration, cls: ts.ClassLikeDeclaration): void {
    for (const p of ctor.parameters)
      if (ts.isIdentifier(p.name) && ts.canHaveModifiers(p) && (ts.getModifiers(p) ?? []).length > 0)
        this.engine.writeCell(fieldKey(cls, p.name.text), this.scope.lookup(p.name.text)?.val ?? EMPTY, this.unit.id);
  }

  // ---------- statements ----------

  /**
   * What a library hands back, under the type the project declares for it: the declared type says what it
   * holds, and replaces the library's reference, as a typed parameter is read. Only the parameters the
   * library was asked with may have flowed into it (`create(ctx)`): nothing of its own is known.
   */
  private declaredOver(v: Val, type: ts.TypeNode): Val {
    // A generic wrapper's `Promise<T>` says nothing: its callers' declared types do.
    if (isTypeParameterRef(type)) return v;
    // A stream declared `Observable<Profile>` emits a Profile (`profile(): Observable<Profile> { return
    // this.api.get<Profile>(…) }` over a generic wrapper of an HTTP client).
    const emitted = streamedType(type);
    if (emitted) {
      const inner = v.fields?.get(EMITS) ?? v;
      const out = this.declaredOver(inner, emitted);
      return out === inner ? v : { ...v, fields: new Map([...(v.fields ?? []), [EMITS, out]]) };
    }
    // The fields a lookup was given (`findOne({ _id: id })`) are what went in, as its parameters are: the
    // result is still the library's datum, which the declared type describes. Not so a library object we
    // model (a store, a holder: hidden fields), which the type only names.
    const modelled = !!v.fields && [...v.fields.keys()].some((k) => k.startsWith("%"));
    // Nor does a value we know nothing of (what a request's `json()` resolves to, a wrapper's generic result),
    // or know only as made from the parameters (`query<Patient>({ parameters: [{ value: userId }] })`'s rows,
    // which carry what went in): the declared type is all there is to know of what it holds.
    const own = withoutParams(v.taint);
    if (!isLibraryDatum({ ...v, taint: own, fields: modelled ? v.fields : undefined }) && !isOpaque({ ...v, taint: own })) return v;
    const typed = this.typeVal(type);
    return typed.taint ? { ...typed, taint: mergeTaint(v.taint, typed.taint) } : v;
  }

  private execBody(fn: { body?: ts.Node; type?: ts.TypeNode }): void {
    // A function declared without a body (`declare function loadAccount(sid: string): Promise<Account>`, a
    // signature in a .d.ts of our own) gives what its declared return type says.
    if (!fn.body) {
      if (fn.type) this.ret = join(this.ret, this.declaredOver(EMPTY, awaitedType(fn.type)));
      return;
    }
    if (ts.isBlock(fn.body)) {
      this.execStatements(fn.body.statements);
      // Bands written as statements (`if (age < 14) return '0-13'; if (age < 35) return '14-34'; return '35+'`).
      const compared = bandedReturns(fn.body);
      if (compared) this.ret = join(this.ret, this.bandOf(compared));
    } else this.ret = join(this.ret, this.evalReturn(fn.body as ts.Expression));
    // What a library hands back, passed on under a declared return type (`const gqlReq = (ctx): GqlRequest =>
    // GqlExecutionContext.create(ctx).getContext().req`).
    if (fn.type) this.ret = this.declaredOver(this.ret, awaitedType(fn.type));
  }

  private execStatements(list: readonly ts.Statement[]): void {
    const saved = this.guards;
    // Function declarations are hoisted.
    for (const st of list) if (ts.isFunctionDeclaration(st) && st.name && this.isLocal(st)) this.declareNested(st.name.text, st);
    for (const st of list) {
      this.exec(st);
      const after = this.guardsAfter(st);
      if (after.length) this.guards = unionGuards(this.guards, after);
    }
    // Running off the end of a unit's body lets a request through (a middleware that returns nothing).
    if (list.length && !exits(list[list.length - 1], this.file) && list === (this.unit.node as { body?: ts.Block }).body?.statements) this.passPoints.push(this.guards);
    this.guards = saved;
  }

  /** Guards that hold after a statement: early return/throw on a failed guard, or an assertion call. */
  private guardsAfter(st: ts.Statement): GuardInfo[] {
    if (ts.isIfStatement(st)) {
      const thenExits = exits(st.thenStatement, this.file);
      const elseExits = st.elseStatement ? exits(st.elseStatement, this.file) : false;
      if (thenExits && !st.elseStatement) return this.impliedWhen(st.expression, false);
      if (elseExits && !thenExits) return this.impliedWhen(st.expression, true);
      return [];
    }
    if (ts.isExpressionStatement(st)) {
      const g = this.engine.guards.matchExpression(st.expression);
      if (g && isCallish(st.expression)) return [g];
      // An assertion that throws when its condition fails: `ctx.assert(await hasConsent(u), 451)`,
      // `assert(ok)` from node:assert.
      const call = skipParens(st.expression);
      if (ts.isCallExpression(call) && call.arguments.length > 0) {
        const callee = skipParens(call.expression);
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) && !(ts.isIdentifier(callee.expression) && callee.expression.text === "console") ? callee.name.text : undefined;
        if (name === "assert" || name === "ok") return this.impliedWhen(call.arguments[0], true);
      }
    }
    return [];
  }

  private exec(st: ts.Statement): void {
    if (++this.depth > MAX_EXPR_DEPTH) {
      this.depth--;
      this.tooDeep(st);
      return;
    }
    try {
      this.execInner(st);
    } finally {
      this.depth--;
    }
  }

  private execInner(st: ts.Statement): void {
    switch (st.kind) {
      case ts.SyntaxKind.VariableStatement:
        for (const d of (st as ts.VariableStatement).declarationList.declarations) this.declare(d, (st as ts.VariableStatement).declarationList.flags);
        return;
      case ts.SyntaxKind.ExpressionStatement:
        this.eval((st as ts.ExpressionStatement).expression);
        return;
      case ts.SyntaxKind.IfStatement: {
        const s = st as ts.IfStatement;
        this.noteCheckedVariables(s.expression);
        this.eval(s.expression);
        this.underGuards(this.impliedWhen(s.expression, true), () => this.underRefuted(this.refutedWhen(s.expression, true), () => this.execScoped(s.thenStatement)));
        if (s.elseStatement) this.underGuards(this.impliedWhen(s.expression, false), () => this.underRefuted(this.refutedWhen(s.expression, false), () => this.execScoped(s.elseStatement!)));
        return;
      }
      case ts.SyntaxKind.ReturnStatement: {
        const e = (st as ts.ReturnStatement).expression;
        if (e) this.ret = join(this.ret, this.evalReturn(e));
        return;
      }
      case ts.SyntaxKind.ThrowStatement:
        this.eval((st as ts.ThrowStatement).expression);
        return;
      case ts.SyntaxKind.Block:
        this.execScoped(st);
        return;
      case ts.SyntaxKind.TryStatement: {
        const s = st as ts.TryStatement;
        this.underGuards([], () => this.execScoped(s.tryBlock));
        if (s.catchClause) {
          const saved = this.scope;
          this.scope = new Scope(saved);
          if (s.catchClause.variableDeclaration) this.bindPattern(s.catchClause.variableDeclaration.name, CLEAN, true);
          this.execStatements(s.catchClause.block.statements);
          this.scope = saved;
        }
        if (s.finallyBlock) this.execScoped(s.finallyBlock);
        return;
      }
      case ts.SyntaxKind.ForOfStatement:
      case ts.SyntaxKind.ForInStatement: {
        const s = st as ts.ForOfStatement | ts.ForInStatement;
        const coll = this.eval(s.expression);
        const item = ts.isForOfStatement(s) ? this.element(coll) : CLEAN;
        const saved = this.scope;
        this.scope = new Scope(saved);
        if (ts.isVariableDeclarationList(s.initializer)) for (const d of s.initializer.declarations) this.bindPattern(d.name, item, true);
        else this.assign(s.initializer, item);
        this.underGuards([], () => this.execScoped(s.statement));
        this.scope = saved;
        return;
      }
      case ts.SyntaxKind.ForStatement: {
        const s = st as ts.ForStatement;
        const saved = this.scope;
        this.scope = new Scope(saved);
        if (s.initializer) {
          if (ts.isVariableDeclarationList(s.initializer)) for (const d of s.initializer.declarations) this.declare(d, s.initializer.flags);
          else this.eval(s.initializer);
        }
        if (s.condition) this.eval(s.condition);
        this.underGuards([], () => {
          this.execScoped(s.statement);
          if (s.incrementor) this.eval(s.incrementor);
        });
        this.scope = saved;
        return;
      }
      case ts.SyntaxKind.WhileStatement:
      case ts.SyntaxKind.DoStatement: {
        const s = st as ts.WhileStatement | ts.DoStatement;
        this.eval(s.expression);
        this.underGuards(ts.isWhileStatement(s) ? this.impliedWhen(s.expression, true) : [], () => this.execScoped(s.statement));
        return;
      }
      case ts.SyntaxKind.SwitchStatement: {
        const s = st as ts.SwitchStatement;
        this.eval(s.expression);
        const discGuards = this.impliedWhen(s.expression, true);
        for (const clause of s.caseBlock.clauses) {
          let g: GuardInfo[] = [];
          if (ts.isCaseClause(clause)) {
            this.eval(clause.expression);
            if (s.expression.kind === ts.SyntaxKind.TrueKeyword) g = this.impliedWhen(clause.expression, true);
            else if (discGuards.length && !isFalsyLiteral(clause.expression)) g = discGuards;
          }
          this.underGuards(g, () => {
            const saved = this.scope;
            this.scope = new Scope(saved);
            this.execStatements(clause.statements);
            this.scope = saved;
          });
        }
        return;
      }
      case ts.SyntaxKind.LabeledStatement:
        this.exec((st as ts.LabeledStatement).statement);
        return;
      case ts.SyntaxKind.FunctionDeclaration: {
        const f = st as ts.FunctionDeclaration;
        if (this.isLocal(f) && f.name) this.declareNested(f.name.text, f);
        return;
      }
      case ts.SyntaxKind.ClassDeclaration: {
        const c = st as ts.ClassDeclaration;
        if (c.name && this.isLocal(c)) this.scope.vars.set(c.name.text, { val: { ref: { k: "class", decl: c } }, mutable: false });
        // Instance field initializers run with `this` the new instance (`form = this.fb.group({…})`).
        const saved = this.thisVal;
        for (const m of c.members)
          if (ts.isPropertyDeclaration(m) && m.initializer && !isFunctionLike(m.initializer)) {
            this.thisVal = isStatic(m) ? { ref: { k: "class", decl: c } } : { ref: { k: "inst", decl: c }, owner: c.name?.text };
            this.writeField(c, m, this.eval(m.initializer));
          }
        this.thisVal = saved;
        return;
      }
      case ts.SyntaxKind.ExportAssignment:
        this.eval((st as ts.ExportAssignment).expression);
        return;
      default:
        return;
    }
  }

  private execScoped(st: ts.Statement): void {
    const saved = this.scope;
    this.scope = new Scope(saved);
    if (ts.isBlock(st)) this.execStatements(st.statements);
    else this.execStatements([st]);
    this.scope = saved;
  }

  /** Run a branch: with these guards, and as conditional code for assignments. */
  private underRefuted(names: readonly string[], fn: () => void): void {
    if (!names.length) return fn();
    const saved = this.refuted;
    this.refuted = [...new Set([...saved, ...names])];
    try {
      fn();
    } finally {
      this.refuted = saved;
    }
  }

  /** What `refuted` says to a sink or call recorded here. */
  private refutedHere(): readonly string[] | undefined {
    return this.refuted.length ? this.refuted : undefined;
  }

  /**
   * Guards proven false when `e` evaluates to `truth`: `hasConsent(u)` when false, `!hasConsent(u)` when
   * true, through `&&`, `||` and comparisons with a boolean. Only a guard's own call or a variable holding
   * its result: a sink there runs without that consent even when every caller checked it before.
   */
  private refutedWhen(e: ts.Expression, truth: boolean, depth = 0): string[] {
    if (depth > 50) return [];
    while (ts.isParenthesizedExpression(e) || ts.isAwaitExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = e.expression;
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return this.refutedWhen(e.operand, !truth, depth + 1);
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      const both = (t: boolean) => [this.refutedWhen(e.left, t, depth + 1), this.refutedWhen(e.right, t, depth + 1)];
      const all = ([a, b]: string[][]) => [...new Set([...a, ...b])];
      const common = ([a, b]: string[][]) => a.filter((n) => b.includes(n));
      if (op === ts.SyntaxKind.AmpersandAmpersandToken) return truth ? all(both(true)) : common(both(false));
      if (op === ts.SyntaxKind.BarBarToken) return truth ? common(both(true)) : all(both(false));
      const eq = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
      const ne = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
      const lit = eq || ne ? (boolLiteral(e.right) ?? boolLiteral(e.left)) : undefined;
      if (lit !== undefined) return this.refutedWhen(boolLiteral(e.right) !== undefined ? e.left : e.right, (eq ? lit : !lit) === truth, depth + 1);
      return [];
    }
    if (truth) return [];
    const held = ts.isIdentifier(e) ? this.scope.lookup(e.text)?.val.guards : undefined;
    if (held?.length) return held.map((g) => g.name);
    const g = this.engine.guards.matchExpression(e);
    return g && (isCallish(e) || ts.isIdentifier(e) || ts.isPropertyAccessExpression(e)) ? [g.name] : [];
  }

  private underGuards(g: readonly GuardInfo[], fn: () => void): void {
    const saved = this.guards;
    this.guards = unionGuards(saved, g);
    this.branchDepth++;
    try {
      fn();
    } finally {
      this.guards = saved;
      this.branchDepth--;
    }
  }

  private declare(d: ts.VariableDeclaration, flags: ts.NodeFlags): void {
    let v = d.initializer ? this.eval(d.initializer) : EMPTY;
    // A configured flag read into a variable (`const trackOk = settings.adTrackOn`) holds what the flag proves,
    // as a guard call's result does. Calls prove theirs through their result already.
    const flag = d.initializer && ts.isIdentifier(d.name) && !ts.isCallExpression(skipParens(d.initializer)) ? this.engine.guards.matchExpression(d.initializer) : undefined;
    if (flag) v = { ...v, clean: true, guards: unionGuards(v.guards ?? [], [flag]) };
    // The declared type says what the variable holds over its life: kept when the initial value is only a
    // placeholder carrying nothing (`const EMPTY: AddressForm = { receiverPhone: "" }` filled in later).
    const declared = jsDocTypeOf(d);
    const typed = declared && (!d.initializer || (!v.ref && flatten(v).size === 0)) ? this.typeVal(declared) : undefined;
    const val = typed ? join(v, typed) : declared ? this.declaredOver(v, declared) : v;
    this.declaredResolverMap(d, v);
    if (this.isModule && this.depthIsTop(d)) {
      this.exportedChain(d);
      // Module-level variables are cells shared with every unit that reads or writes them.
      for (const b of bindingNames(d.name)) {
        const bv = ts.isIdentifier(d.name) ? this.named(d.name, d.name.text, val, "identifier") : this.patternMember(d.name, val, b);
        this.engine.writeCell(moduleKey(this.file, b.name), bv, this.unit.id);
      }
      return;
    }
    this.bindPattern(d.name, val, (flags & ts.NodeFlags.Const) === 0);
  }

  /**
   * An exported chain of handlers (HANDLER_CHAINS: `export const onRequestPost = [requireConsent, handler]`):
   * each function of the project's in it is called behind the guards before it.
   */
  private exportedChain(d: ts.VariableDeclaration): void {
    const init = d.initializer && skipParens(d.initializer);
    if (!init || !ts.isArrayLiteralExpression(init) || !ts.isIdentifier(d.name) || !this.record) return;
    const name = d.name.text;
    if (!CHAIN_EXPORTS.some((re) => re.test(name))) return;
    init.elements.forEach((el, i) => {
      const v = this.eval(el);
      if (v.ref?.k !== "fn" || v.ref.fn.unit === undefined) return;
      const ref = v.ref;
      this.underGuards(this.engine.guards.guardsIn(init.elements.slice(0, i)), () => this.recordCall(ref, [], undefined, el));
    });
  }

  private depthIsTop(d: ts.VariableDeclaration): boolean {
    return d.parent.parent.parent === this.file.sf;
  }

  /**
   * A declaration that lives in a scope of this frame rather than at the top of a module (where names
   * resolve through the file index): any declaration in a function, and in a module body one nested in a
   * callback or a block (`defineStore("id", () => { function save() {…} })`).
   */
  private isLocal(d: ts.Statement): boolean {
    return !this.isModule || d.parent !== this.file.sf;
  }

  private declareNested(name: string, node: ts.FunctionDeclaration): void {
    if (this.scope.vars.has(name)) return;
    const fv: FunctionValue = { node, scope: this.scope, guards: this.guards };
    this.scope.vars.set(name, { val: { ref: { k: "fn", fn: fv } }, mutable: false });
    this.pending.add(fv);
  }

  private evalReturn(e: ts.Expression): Val {
    const v = this.eval(e);
    const g = this.impliedWhen(e, true);
    return g.length ? { ...v, guards: g } : v;
  }

  // ---------- guards ----------

  /** Guards proven when `e` evaluates to `truth`. */
  impliedWhen(e: ts.Expression, truth: boolean, depth = 0): GuardInfo[] {
    if (depth > 200) return [];
    const implied = (x: ts.Expression, t: boolean) => this.impliedWhen(x, t, depth + 1);
    while (ts.isParenthesizedExpression(e) || ts.isAwaitExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e) || isYieldOf(e)) e = e.expression;
    if (ts.isPrefixUnaryExpression(e) && e.operator === ts.SyntaxKind.ExclamationToken) return implied(e.operand, !truth);
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken)
        return truth ? unionGuards(implied(e.left, true), implied(e.right, true)) : intersectGuards(implied(e.left, false), implied(e.right, false));
      if (op === ts.SyntaxKind.BarBarToken)
        return truth ? intersectGuards(implied(e.left, true), implied(e.right, true)) : unionGuards(implied(e.left, false), implied(e.right, false));
      const eq = op === ts.SyntaxKind.EqualsEqualsEqualsToken || op === ts.SyntaxKind.EqualsEqualsToken;
      const ne = op === ts.SyntaxKind.ExclamationEqualsEqualsToken || op === ts.SyntaxKind.ExclamationEqualsToken;
      if (eq || ne) {
        const lit = boolLiteral(e.right) ?? boolLiteral(e.left);
        const other = boolLiteral(e.right) !== undefined ? e.left : e.right;
        if (lit !== undefined) return implied(other, (eq ? lit : !lit) === truth);
        // `choice === 'granted'` on a consent value: only the positive comparison proves it.
        if (eq && truth) {
          const g = this.engine.guards.matchExpression(e.left) ?? this.engine.guards.matchExpression(e.right);
          if (g) return [g];
        }
      }
      // `OptanonActiveGroups.indexOf('C0002') > -1`: a membership test on a guard value.
      const relational = op === ts.SyntaxKind.GreaterThanToken || op === ts.SyntaxKind.GreaterThanEqualsToken || op === ts.SyntaxKind.LessThanToken || op === ts.SyntaxKind.LessThanEqualsToken;
      if (truth && (relational || ne)) {
        const g = this.membershipGuard(e.left) ?? this.membershipGuard(e.right);
        if (g) return [g];
      }
      return [];
    }
    if (!truth) return [];
    // A variable holding a guard's result proves what that guard proves, even when its own name also reads
    // like a consent flag (`const consented = await hasHealthConsent(u)`: separate, as the call is).
    const held = ts.isIdentifier(e) ? this.scope.lookup(e.text)?.val.guards : undefined;
    if (held?.length) return [...held];
    const g = this.engine.guards.matchExpression(e);
    if (g) return [g];
    // `OnetrustActiveGroups.includes('C0002')`: a membership test on a guard value.
    const member = this.membershipGuard(e);
    if (member) return [member];
    if (ts.isIdentifier(e)) return [];
    if (ts.isCallExpression(e)) {
      const v = this.peekCallGuards(e);
      if (v) return v;
    }
    return [];
  }

  private membershipGuard(e: ts.Expression): GuardInfo | undefined {
    while (ts.isParenthesizedExpression(e)) e = e.expression;
    if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && BOOL_METHODS.has(e.expression.name.text))
      return this.engine.guards.matchExpression(e.expression.expression);
    return undefined;
  }

  /** A call to a project function whose result proves guards (its summary says so). */
  private peekCallGuards(e: ts.CallExpression): GuardInfo[] | undefined {
    if (!ts.isIdentifier(e.expression)) return undefined;
    const b = this.scope.lookup(e.expression.text);
    const fnRef = b?.val.ref ?? this.lookupTop(e.expression.text).ref;
    if (fnRef?.k === "fn" && fnRef.fn.unit !== undefined) {
      const r = this.engine.dependOn(this.unit.id, fnRef.fn.unit);
      return r?.ret.guards ? [...r.ret.guards] : undefined;
    }
    return undefined;
  }

  private decoratorGuards(fn: ts.Node): GuardInfo[] {
    let out: GuardInfo[] = [];
    const fromDecorators = (n: ts.Node) => {
      if (!ts.canHaveDecorators(n)) return;
      for (const d of ts.getDecorators(n) ?? []) {
        const e = d.expression;
        const g = this.engine.guards.matchExpression(e);
        if (g) out = unionGuards(out, [g]);
        if (ts.isCallExpression(e))
          for (const a of e.arguments.flatMap(decoratorOptionValues)) {
            const ag = this.engine.guards.matchExpression(a);
            if (ag) out = unionGuards(out, [ag]);
          }
      }
    };
    fromDecorators(fn);
    if (fn.parent && ts.isClassLike(fn.parent)) fromDecorators(fn.parent);
    return out;
  }

  // ---------- expressions ----------

  eval(e: ts.Expression): Val {
    if (++this.depth > MAX_EXPR_DEPTH) {
      this.depth--;
      this.tooDeep(e);
      return EMPTY;
    }
    try {
      return this.evalInner(e);
    } finally {
      this.depth--;
    }
  }

  private tooDeep(n: ts.Node): void {
    if (this.record) this.engine.diagnostic(n, "expression nested too deeply; the rest of it was not analysed");
  }

  private evalInner(e: ts.Expression): Val {
    switch (e.kind) {
      case ts.SyntaxKind.Identifier:
        return this.lookup((e as ts.Identifier).text);
      case ts.SyntaxKind.StringLiteral:
      case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
        return this.literal(e as ts.StringLiteralLike);
      case ts.SyntaxKind.NumericLiteral:
      case ts.SyntaxKind.BigIntLiteral:
      case ts.SyntaxKind.TrueKeyword:
      case ts.SyntaxKind.FalseKeyword:
      case ts.SyntaxKind.NullKeyword:
      case ts.SyntaxKind.RegularExpressionLiteral:
        return CLEAN;
      case ts.SyntaxKind.ThisKeyword:
        return this.thisVal;
      case ts.SyntaxKind.TemplateExpression:
        return this.template(e as ts.TemplateExpression);
      case ts.SyntaxKind.ParenthesizedExpression:
      case ts.SyntaxKind.NonNullExpression:
      case ts.SyntaxKind.AwaitExpression:
      case ts.SyntaxKind.SatisfiesExpression:
        return this.eval((e as ts.ParenthesizedExpression).expression);
      case ts.SyntaxKind.AsExpression:
      case ts.SyntaxKind.TypeAssertionExpression: {
        const x = e as ts.AsExpression;
        const v = this.eval(x.expression);
        // A cast of a sanitized value (an app credential grant's response `as { data: { token: string } }`) is still it.
        if (v.ref?.k === "sanitized" && v.clean) return v;
        // A cast to a type that says nothing of what it holds (`import.meta.env.X as string`) keeps what is known.
        const typed = this.typeVal(x.type);
        return typed.taint || typed.ref || typed.fields ? join(v, typed) : v;
      }
      case ts.SyntaxKind.PropertyAccessExpression: {
        const x = e as ts.PropertyAccessExpression;
        // Hono's context variables read as properties (`c.var.sentry`): what a middleware's `c.set('sentry', …)` stored.
        const honoVar = this.honoVarProperty(x);
        if (honoVar) {
          const held = this.engine.readCell(honoVar, this.unit.id);
          if (held !== EMPTY) return held;
        }
        const obj = this.eval(x.expression);
        const v = this.member(obj, x.name.text, x);
        // A deployment's settings and secrets (`env.SMS_PASSWORD` of a Workers binding, `c.env.X`,
        // `import.meta.env.VITE_KEY`): configuration, never a person's data, whatever their names. Not a
        // record of the project's own that happens to be called so (`const env = getDeviceEnv()`), nor what
        // callers pass a helper's `env` parameter (a record of theirs, or a deployment's bindings: then nothing).
        if (!isEnvObject(x.expression) || v.clean || obj.fields?.has(x.name.text)) return v;
        const passed = v.taint && new Map([...v.taint].filter(([, t]) => t.atom.kind === "param" && t.atom.unit === this.unit.id));
        return passed?.size ? { taint: passed } : { ...v, taint: undefined, clean: true };
      }
      case ts.SyntaxKind.ElementAccessExpression: {
        const x = e as ts.ElementAccessExpression;
        const obj = this.eval(x.expression);
        const key = this.eval(x.argumentExpression);
        if (key.str?.complete) return this.member(obj, key.str.prefix, x);
        // Configuration read by a name given at run time (`process.env[name]` in a project's `env(name, fallback)`
        // helper, a configuration reader's `config.get('dingtalk')[robot]`): the app's own, as `process.env.X` is.
        if (obj.fromConfig) return CLEAN;
        // A parameter's member read by the key another parameter gives (`const item = w[k]` in `pick(w, k)`):
        // what callers passing a constant key read is that member (see selectParamPath).
        const byParam = this.paramKeyedElement(obj, key);
        if (byParam) return byParam;
        // A record read with a key known only at run time (`info[k]` over Object.keys(info)) gives any of its
        // fields: element() reads a record without elements so (see anyField).
        return this.element(obj);
      }
      case ts.SyntaxKind.CallExpression:
        return this.call(e as ts.CallExpression);
      case ts.SyntaxKind.NewExpression:
        return this.construct(e as ts.NewExpression);
      case ts.SyntaxKind.TaggedTemplateExpression: {
        const x = e as ts.TaggedTemplateExpression;
        this.eval(x.tag);
        return ts.isTemplateExpression(x.template) ? { taint: this.template(x.template).taint } : CLEAN;
      }
      case ts.SyntaxKind.BinaryExpression:
        return this.binary(e as ts.BinaryExpression);
      case ts.SyntaxKind.ConditionalExpression: {
        const x = e as ts.ConditionalExpression;
        if (bandThresholds(x) >= 2) return this.band(x);
        this.noteCheckedVariables(x.condition);
        this.eval(x.condition);
        let a: Val = EMPTY;
        let b: Val = EMPTY;
        this.underGuards(this.impliedWhen(x.condition, true), () => (a = this.eval(x.whenTrue)));
        this.underGuards(this.impliedWhen(x.condition, false), () => (b = this.eval(x.whenFalse)));
        const out = either(a, b);
        // `uid ? await hasConsent(uid) : false`: when the result is true, the guard's call made it.
        const proof = isFalsyLiteral(x.whenFalse) ? a.guards : isFalsyLiteral(x.whenTrue) ? b.guards : undefined;
        return proof?.length && !out.guards?.length ? { ...out, guards: proof } : out;
      }
      case ts.SyntaxKind.PrefixUnaryExpression: {
        const x = e as ts.PrefixUnaryExpression;
        const v = this.eval(x.operand);
        if (x.operator === ts.SyntaxKind.ExclamationToken) return CLEAN;
        // `-1` is a constant, `+value.toFixed(1)` of a number computed at run time is not: a PI-like name
        // bound to it (`const bmi = +(w / h ** 2).toFixed(1)`) counts, as for arithmetic.
        const known = !!v.clean || !!v.str?.complete || ts.isNumericLiteral(skipParens(x.operand));
        return { taint: v.taint, clean: known && !v.taint?.size ? true : undefined };
      }
      case ts.SyntaxKind.PostfixUnaryExpression:
        this.eval((e as ts.PostfixUnaryExpression).operand);
        return CLEAN;
      case ts.SyntaxKind.TypeOfExpression:
      case ts.SyntaxKind.DeleteExpression:
        this.eval((e as ts.TypeOfExpression).expression);
        return CLEAN;
      case ts.SyntaxKind.VoidExpression:
        this.eval((e as ts.VoidExpression).expression);
        return CLEAN;
      case ts.SyntaxKind.ObjectLiteralExpression:
        return this.object(e as ts.ObjectLiteralExpression);
      case ts.SyntaxKind.ArrayLiteralExpression:
        return this.array(e as ts.ArrayLiteralExpression);
      case ts.SyntaxKind.ArrowFunction:
      case ts.SyntaxKind.FunctionExpression:
        return this.functionValue(e as ts.ArrowFunction);
      case ts.SyntaxKind.ClassExpression:
        return { ref: { k: "class", decl: e as ts.ClassExpression } };
      case ts.SyntaxKind.SpreadElement:
        return this.eval((e as ts.SpreadElement).expression);
      case ts.SyntaxKind.YieldExpression: {
        const y = (e as ts.YieldExpression).expression;
        if (!y) return EMPTY;
        const v = this.eval(y);
        // A library object yielded (a redux-saga effect, a promise) is not what comes back: the data does.
        return v.ref && (v.ref.k === "pkg" || v.ref.k === "global") ? { taint: v.taint, minor: v.minor, ...(v.guards ? { guards: v.guards } : {}) } : v;
      }
      case ts.SyntaxKind.JsxElement:
      case ts.SyntaxKind.JsxSelfClosingElement:
      case ts.SyntaxKind.JsxFragment:
        this.jsx(e);
        return EMPTY;
      default:
        return EMPTY;
    }
  }

  private literal(e: ts.StringLiteralLike): Val {
    const text = e.text;
    const m = text.length >= 5 && text.length <= 64 ? this.engine.taxonomy.matchValue(text) : null;
    if (m && !(m.category === "contact.email" && this.ownMailbox(text)) && !literalOfOwnData(this.engine.taxonomy, e)) {
      const id = this.engine.source(e, text.length > 24 ? `${text.slice(0, 21)}…` : text, [m.category], "value");
      return { str: { prefix: text, complete: true }, taint: new Map([[`s${id}`, { atom: { kind: "src", id }, via: [] }]]) };
    }
    return { str: { prefix: text, complete: true }, clean: true };
  }

  /**
   * An address at the project's own domain (`firstParty.hosts`: talent@mail.acme.cn, ops-oncall@acme.cn) is
   * the company's mailbox, written into its code, not a person's data.
   */
  private ownMailbox(text: string): boolean {
    const domains = [...text.matchAll(/@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)/g)].map((x) => x[1]);
    const hosts = this.engine.opts.config.firstParty.hosts;
    // "*.acme.cn" names the company's subdomains, so acme.cn itself is its mail domain too.
    return domains.length > 0 && domains.every((d) => hosts.some((g) => hostMatches(g, d) || (g.startsWith("*.") && d.toLowerCase() === g.slice(2).toLowerCase())));
  }

  private template(t: ts.TemplateExpression): Val {
    let str: Str | undefined = { prefix: t.head.text, complete: true };
    let taint: ReadonlyMap<string, TaintEntry> | undefined;
    // Clean only when every part is known to be (a literal, a sanitizer's output): a computed number
    // (`${age - (age % 3)}`) is unknown, and a PI-like name bound to the string still says what it is.
    let clean = true;
    // A sanitizer's output written into text (`anon_${sha256(memberId)}`) keeps its mark: what a function
    // returns so is derived from what it was given, not a constant it picked (chosenFor).
    let sanitized: Ref | undefined;
    for (const span of t.templateSpans) {
      const v = this.eval(span.expression);
      taint = mergeTaint(taint, flatten(v));
      if (!v.clean && !v.str?.complete) clean = false;
      if (v.ref?.k === "sanitized") sanitized ??= v.ref;
      str = concatStr(concatStr(str, v.str), { prefix: span.literal.text, complete: true });
    }
    const isClean = clean && (!taint || taint.size === 0);
    return { taint, str, clean: isClean, ref: isClean ? sanitized : undefined };
  }

  private binary(e: ts.BinaryExpression): Val {
    const op = e.operatorToken.kind;
    if (op === ts.SyntaxKind.EqualsToken) {
      const v = this.eval(e.right);
      this.assign(e.left, v);
      return v;
    }
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) {
      const l = this.eval(e.left);
      let r: Val = EMPTY;
      this.underGuards(this.impliedWhen(e.left, true), () => (r = this.eval(e.right)));
      const g = this.impliedWhen(e, true);
      // `app && app.globalData.deviceId`: the left side is the result only when it is falsy ('', 0, null), which
      // holds no one's data; so the result carries what the right side does (a record tested first is not sent).
      return { ...(isRecordLike(l) ? r : join(l, r)), guards: g.length ? g : undefined };
    }
    if (op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) {
      const l = this.eval(e.left);
      let r: Val = EMPTY;
      this.underGuards(op === ts.SyntaxKind.BarBarToken ? this.impliedWhen(e.left, false) : [], () => (r = this.eval(e.right)));
      // A singleton kept on a global of the project's own (`globalThis.__segment ?? new Analytics(…)`, kept across
      // hot reloads): what the right side makes, whichever side gives it.
      if (l.ref?.k === "global" && l.ref.path.length === 1 && this.isProjectGlobalName(l.ref.path[0]) && r.ref && r.ref.k !== "global") return either({ ...l, ref: undefined }, r);
      return either(l, r);
    }
    if (op === ts.SyntaxKind.CommaToken) {
      this.eval(e.left);
      return this.eval(e.right);
    }
    if (
      op === ts.SyntaxKind.PlusEqualsToken ||
      op === ts.SyntaxKind.BarBarEqualsToken ||
      op === ts.SyntaxKind.QuestionQuestionEqualsToken ||
      op === ts.SyntaxKind.AmpersandAmpersandEqualsToken
    ) {
      const l = this.eval(e.left);
      const r = this.eval(e.right);
      const v: Val = op === ts.SyntaxKind.PlusEqualsToken ? { taint: mergeTaint(flatten(l), flatten(r)), str: concatStr(l.str, r.str) } : join(l, r);
      this.assign(e.left, v);
      return v;
    }
    const l = this.eval(e.left);
    const r = this.eval(e.right);
    if (op === ts.SyntaxKind.PlusToken) {
      const taint = mergeTaint(flatten(l), flatten(r));
      // Clean only when both sides are (constants, sanitized values): a sum or a concatenation with a value
      // computed or filled where we cannot see is no constant, so a PI name bound to it counts.
      const known = (v: Val) => !!v.clean || !!v.str?.complete;
      return { taint, str: concatStr(l.str, r.str), clean: (!taint || taint.size === 0) && known(l) && known(r) };
    }
    // `h ^= code`, `total *= rate`: the arithmetic below, assigned.
    if (COMPOUND_ARITHMETIC.has(op)) {
      const v = this.arithmetic(l, r);
      this.assign(e.left, v);
      return v;
    }
    if (op >= ts.SyntaxKind.FirstAssignment && op <= ts.SyntaxKind.LastAssignment) {
      this.assign(e.left, { taint: mergeTaint(l.taint, r.taint) });
      return CLEAN;
    }
    // Arithmetic makes a new number, no constant: a PI-like name bound to it (`const pingjunFenshu = total / n`,
    // `ageYears`) is a source. Not EMPTY, which a join treats as "nothing": `n ? total / n : 0` is a number.
    // One quantity moved or scaled by values that carry no PI (`(Date.now() - bornAt) / YEAR`, `sum / list.length`)
    // is still about what it is about: an age is a birth date's (see TaintEntry.quantity). Several together
    // (a distance between two positions, a price times a count) make a new number that carries no PI of its own.
    if (ARITHMETIC.has(op)) return this.arithmetic(l, r);
    // Comparisons, instanceof, in: a boolean carries no PI.
    return CLEAN;
  }

  private arithmetic(l: Val, r: Val): Val {
    const lt = this.withoutReferencePoints(flatten(l));
    const rt = this.withoutReferencePoints(flatten(r));
    const one = lt.size && !rt.size ? lt : rt.size && !lt.size ? rt : undefined;
    if (one) {
      const kept = new Map([...asQuantity(one)].filter(([, en]) => en.atom.kind !== "src" || isQuantitySource(this.engine.sources[en.atom.id].categories)));
      return kept.size ? { taint: kept } : NUMBER;
    }
    return NUMBER;
  }

  /**
   * Taint without the parameters of this unit that default to a reference point (`today = new Date()`, `unit
   * = 7`): callers leave them out, so `today.getTime() - Date.parse(lastPeriod)` is one quantity moved, not
   * two quantities together.
   */
  private withoutReferencePoints(t: ReadonlyMap<string, TaintEntry>): ReadonlyMap<string, TaintEntry> {
    if (!t.size) return t;
    const node = this.unit.node;
    if (!ts.isFunctionLike(node)) return t;
    const params = valueParameters(node);
    const reference = (p: ts.ParameterDeclaration | undefined) => !!p?.initializer && isReferencePoint(p.initializer);
    let out: Map<string, TaintEntry> | undefined;
    for (const [k, e] of t) {
      const a = e.atom;
      // The parameter itself, or what its declared type stands for (`today: Date`).
      const dropped =
        a.kind === "param" ? a.unit === this.unit.id && a.index >= 0 && reference(params[a.index]) : a.kind === "type" && ts.isParameter(a.node.parent) && params.includes(a.node.parent) && reference(a.node.parent);
      if (dropped) (out ??= new Map(t)).delete(k);
    }
    return out ?? t;
  }

  /**
   * Bands of one quantity (`age < 25 ? '18-24' : age < 35 ? '25-34' : '35+'`, see bandThresholds): the band is
   * about what the quantity is about, coarser (an age band is a birth date's). The compared values carry
   * nothing else into the result, whose leaves are constants.
   */
  private band(x: ts.ConditionalExpression): Val {
    const conditions: ts.BinaryExpression[] = [];
    const visit = (c: ts.ConditionalExpression): void => {
      conditions.push(skipParens(c.condition) as ts.BinaryExpression);
      for (const b of [c.whenTrue, c.whenFalse]) {
        const inner = skipParens(b);
        if (ts.isConditionalExpression(inner)) visit(inner);
      }
    };
    visit(x);
    return this.bandOf(conditions);
  }

  /** What the comparisons of a banding compare to constants: the quantities the bands are about (see band). */
  private bandOf(conditions: readonly ts.BinaryExpression[]): Val {
    let taint: Map<string, TaintEntry> | undefined;
    for (const cond of conditions) {
      const l = flatten(this.eval(cond.left));
      const r = flatten(this.eval(cond.right));
      const one = l.size && !r.size ? l : r.size && !l.size ? r : undefined;
      for (const [k, en] of one ?? []) if (en.atom.kind !== "src" || isQuantitySource(this.engine.sources[en.atom.id].categories)) (taint ??= new Map()).set(k, en);
    }
    return taint?.size ? { taint: asQuantity(taint) } : CLEAN;
  }

  /**
   * A caller's value stored under a PI key (`return { xingming: Name, sfzh: IdNum }` in a mapper of a
   * vendor's response): what the caller passes there is unknown here, and the key says what it is. Like a
   * PI-named parameter, the key is a source for the callers that pass something we cannot see, refuted at
   * a call that passes a clean value.
   */
  private keyedCallerValue(v: Val, key: string, node: ts.Node): Val {
    if (this.isModule || !v.taint?.size || v.clean) return v;
    let param: { unit: number; index: number; path: readonly string[] } | undefined;
    for (const e of v.taint.values()) {
      const a = e.atom;
      if (a.kind === "src") return v;
      if (a.kind === "param" && a.unit === this.unit.id && a.index >= 0) param ??= { unit: a.unit, index: a.index, path: a.path };
    }
    if (!param) return v;
    // A parameter declared a yes/no (`(on: boolean) => save({ preciseLocation: on })`) states a fact at most.
    const declared = param.path.length ? undefined : (this.unit.node as ts.SignatureDeclaration).parameters?.[param.index];
    const cats = declared && isBooleanType(declared.type) ? this.engine.factsOnly(this.engine.classify(key)) : this.engine.classify(key);
    if (!cats.length) return v;
    const minor = !!v.minor;
    const id = this.engine.source(node, key, minor ? withMinor(cats) : cats, "property", param);
    return { ...v, taint: mergeTaint(v.taint, new Map([[`s${id}`, { atom: { kind: "src", id }, via: [] }]])) };
  }

  /**
   * `address: clinic.yiyuanDizhi`: the read names the same kind of thing as the key, qualified by an owner
   * that makes it no person's (a hospital's address); the key says nothing more.
   */
  private qualifiedAway(init: ts.Expression, key: string): boolean {
    init = skipTypeWrappers(init);
    const name = ts.isIdentifier(init) ? init.text : ts.isPropertyAccessExpression(init) ? init.name.text : undefined;
    const toks = name ? tokenize(name) : [];
    if (toks.length < 2 || this.engine.classify(name!).length) return false;
    const keyCats = this.engine.classify(key);
    const headCats = this.engine.classify(toks[toks.length - 1]);
    return keyCats.length > 0 && headCats.length === keyCats.length && headCats.every((c) => keyCats.includes(c));
  }

  /** A value read through a name of the application's own (`usersig: this.#adminSig`): its, under any key. */
  private appNamed(init: ts.Expression): boolean {
    const name = expressionName(skipTypeWrappers(init))?.replace(/^#/, "");
    return name !== undefined && this.engine.taxonomy.isAppNamed(name);
  }

  /**
   * A field of a record of the app's or an organisation's own whose name says no PI (`location: clinic.cityCode`):
   * the organisation's, whatever key it is kept under. A field the name calls PI is left to member() (ownRecordData).
   */
  private ownRecordField(init: ts.Expression): boolean {
    init = skipTypeWrappers(init);
    if (!ts.isPropertyAccessExpression(init)) return false;
    const owner = expressionName(init.expression);
    return owner !== undefined && !this.engine.classify(init.name.text).length && this.engine.ownRecordOwner(owner);
  }

  /**
   * An expression whose value is a yes/no: a boolean constant, a negation or comparison, `a && b` / `a || b` of
   * yes/nos, a checkbox's `checked`, or a name declared boolean or holding nothing of anyone's.
   */
  private isYesNo(e: ts.Expression): boolean {
    e = skipTypeWrappers(e);
    if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || isFlagRead(e)) return true;
    if (ts.isPrefixUnaryExpression(e)) return e.operator === ts.SyntaxKind.ExclamationToken;
    if (ts.isConditionalExpression(e)) return this.isYesNo(e.whenTrue) && this.isYesNo(e.whenFalse);
    if (ts.isBinaryExpression(e)) {
      const op = e.operatorToken.kind;
      if (op === ts.SyntaxKind.AmpersandAmpersandToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken) return this.isYesNo(e.left) && this.isYesNo(e.right);
      return TEST_OPERATORS.has(op);
    }
    if (!ts.isIdentifier(e)) return false;
    return declaredBoolean(e) || !!this.scope.lookup(e.text)?.val.clean;
  }

  private object(o: ts.ObjectLiteralExpression): Val {
    const fields = new Map<string, Val>();
    let closed = true;
    let taint: ReadonlyMap<string, TaintEntry> | undefined;
    let owner: string | undefined;
    // A record of choices written out (`grants: { health: analytics && healthOpt }` of a consent form): its
    // yes/no values say what was chosen, not a fact about anyone.
    const choices = isChoiceRecord(literalName(o));
    for (const p of o.properties) {
      if (ts.isPropertyAssignment(p)) {
        const key = this.propertyKey(p.name);
        const v = this.eval(p.initializer);
        if (choices && key !== undefined && this.isYesNo(p.initializer)) {
          fields.set(key, CLEAN);
          continue;
        }
        if (key === "handler" && v.ref?.k === "fn" && v.ref.fn.unit !== undefined && !isFunctionLike(p.initializer)) this.routeTableHandler(v.ref.fn, p.initializer);
        if (key === "component" && v.ref?.k === "class") this.routedComponent(v.ref.decl, o);
        if (key === undefined) {
          closed = false;
          taint = mergeTaint(taint, flatten(v));
        } else if (namedMoreExactly(p.initializer, key) || readBySameName(p.initializer, key) || this.qualifiedAway(p.initializer, key) || this.ownRecordField(p.initializer) || this.appNamed(p.initializer)) fields.set(key, v);
        // A fresh random id (`transaction_id: randomUUID()`) holds nothing of anyone's, whatever its key.
        else if (isGeneratedValue(v.ref)) fields.set(key, { ...v, clean: true });
        // A parameter declared a yes/no (`(on: boolean) => save({ preciseLocation: on })`) states a fact at most.
        else if (isOpaque(this.withoutDeadTypes(v)) || v.picked) fields.set(key, this.opaqueMember({}, key, p.name, isFlagRead(p.initializer) || isDeclaredBooleanParam(p.initializer)));
        // Data a library call returned (`dizhi: $.trim($('#addr').val())`) is what its key says, as a binding's name would.
        else if (v.ref && isFieldOfCallResult(v.ref) && !v.clean) fields.set(key, { ...v, taint: mergeTaint(v.taint, this.opaqueMember({}, key, p.name, isFlagRead(p.initializer)).taint) });
        else if (builtHere(p.initializer)) fields.set(key, v);
        else fields.set(key, this.keyedCallerValue(v, key, p.name));
      } else if (ts.isShorthandPropertyAssignment(p)) {
        fields.set(p.name.text, this.lookup(p.name.text));
      } else if (ts.isSpreadAssignment(p)) {
        const v = this.eval(p.expression);
        // A copy of a record with more fields (`{ ...receiver, storeCode }`) is still that record.
        owner ??= v.owner;
        // A field copied from validated data that may hold more than we know there (see Val.partial) is what its
        // key says, as reading it there would be (`{ ...body.child }` of what a generic parse helper returned).
        const validated = !!v.partial && !!v.fields?.has(SCHEMA);
        if (v.fields) for (const [k, f] of v.fields) fields.set(k, validated && !k.startsWith("%") ? join(f, this.opaqueMember({ owner: v.owner, minor: v.minor }, k, p)) : f);
        if (!v.closed) {
          closed = false;
          taint = mergeTaint(taint, v.taint);
        }
      } else if (ts.isMethodDeclaration(p) || ts.isGetAccessorDeclaration(p) || ts.isSetAccessorDeclaration(p)) {
        const key = this.propertyKey(p.name);
        if (key !== undefined) fields.set(key, this.functionValue(p));
      }
    }
    if (fields.has("resolve") && fields.has("args")) this.resolverArgs(o, fields);
    return { fields, closed, taint, owner };
  }

  /**
   * A GraphQL field defined in code (graphql-js's `fields: { x: { args, resolve } }`, Nexus's and Pothos's
   * `t.field({ args, resolve })`): the server calls `resolve(parent, args, context)`, args holding the values
   * of the declared arguments, each what its name says.
   */
  private resolverArgs(o: ts.ObjectLiteralExpression, fields: ReadonlyMap<string, Val>): void {
    const resolve = fields.get("resolve")?.ref;
    const declared = initializerOf(o, "args");
    if (resolve?.k !== "fn" || !declared || !ts.isObjectLiteralExpression(declared)) return;
    const args = this.declaredArgs(declared.properties.flatMap((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? [p] : [])), undefined);
    if (!args.size) return;
    // The context the server's context function made (graphqlServer), third; Pothos's prisma fields
    // (`t.prismaField({ resolve: (query, root, args, ctx) => … })`) are handed the query first.
    const maker = ts.isCallExpression(o.parent) && ts.isPropertyAccessExpression(o.parent.expression) ? o.parent.expression.name.text : "";
    const ctx = this.engine.readCell(GRAPHQL_CONTEXT, this.unit.id);
    this.escape(resolve.fn, maker.startsWith("prisma") ? [EMPTY, EMPTY, { fields: args }, ctx] : [EMPTY, { fields: args }, ctx]);
  }

  /** Declared GraphQL arguments or input fields, each what its name says; an argument of an input type holds that type's fields. */
  private declaredArgs(props: ReadonlyArray<ts.PropertyAssignment | ts.ShorthandPropertyAssignment | ts.PropertyName>, owner: string | undefined): Map<string, Val> {
    const out = new Map<string, Val>();
    for (const p of props) {
      const name = ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? p.name : p;
      const key = this.propertyKey(name);
      if (key === undefined) continue;
      const input = ts.isPropertyAssignment(p) && owner === undefined ? inputTypeFields(this.engine, this.file, p.initializer) : undefined;
      if (input) {
        out.set(key, { fields: this.declaredArgs(input, key), owner: key });
        continue;
      }
      const cats = this.engine.classify(key, owner);
      if (!cats.length) continue;
      const minor = this.engine.taxonomy.isMinorOwner(key) || (owner !== undefined && this.engine.taxonomy.isMinorOwner(owner));
      const id = this.engine.source(name, key, minor ? withMinor(cats) : cats, "property");
      out.set(key, { taint: new Map([[`s${id}`, { atom: { kind: "src", id }, via: [] }]]), owner: key });
    }
    return out;
  }

  private propertyKey(n: ts.PropertyName): string | undefined {
    if (ts.isIdentifier(n) || ts.isStringLiteralLike(n) || ts.isNumericLiteral(n) || ts.isPrivateIdentifier(n)) return n.text;
    if (ts.isComputedPropertyName(n)) {
      const k = this.eval(n.expression);
      return k.str?.complete ? k.str.prefix : undefined;
    }
    return undefined;
  }

  private array(a: ts.ArrayLiteralExpression): Val {
    const fields = new Map<string, Val>();
    let elem: Val = EMPTY;
    a.elements.forEach((el, i) => {
      if (ts.isSpreadElement(el)) {
        const v = this.eval(el.expression);
        elem = join(elem, this.element(v));
        return;
      }
      if (ts.isOmittedExpression(el)) return;
      const v = bounded(this.eval(el));
      fields.set(String(i), v);
      elem = join(elem, v);
    });
    fields.set("[]", elem);
    return { fields, closed: true };
  }

  /** An element of an array-like value. */
  private element(v: Val): Val {
    const e = v.fields?.get("[]") ?? anyField(v);
    // An element of a list of constants (`['CN'].map((country) => …)`) is a constant: still clean.
    if (e?.clean && !v.taint?.size) return !v.minor && (e.owner || !v.owner) ? e : { ...e, minor: e.minor || v.minor, owner: e.owner ?? v.owner };
    const sym = extendAtoms(v.taint, "[]", !!v.minor, this.engine.typeAtomLive, undefined, this.unit.id);
    const self = v.taint ? new Map([...v.taint].filter(([, x]) => x.atom.kind === "src")) : undefined;
    const taint = mergeTaint(sym, self);
    // A record of known records read by a key known only at run time (`config.ding[channel]`): one of them,
    // whose fields are all known; joined with nothing, not with an object we know nothing of.
    if (e && !taint?.size) return { ...e, minor: e.minor || v.minor, owner: e.owner ?? v.owner };
    return join(e ?? EMPTY, { taint, minor: v.minor, owner: v.owner });
  }

  /** `w[k]` with `k` this unit's parameter and `w` holding parts of its parameters: those parts read by that key. */
  private paramKeyedElement(obj: Val, key: Val): Val | undefined {
    if (key.fields?.size || key.taint?.size !== 1) return undefined;
    const [only] = key.taint.values();
    const k = only.atom;
    if (k.kind !== "param" || k.unit !== this.unit.id || k.path.length || k.index < 0) return undefined;
    const own = new Map<string, TaintEntry>();
    const rest = new Map<string, TaintEntry>();
    for (const [id, e] of obj.taint ?? []) (e.atom.kind === "param" && e.atom.unit === this.unit.id ? own : rest).set(id, e);
    if (!own.size) return undefined;
    const keyed = extendAtoms(own, `${PARAM_KEY}${k.index}`, !!obj.minor, this.engine.typeAtomLive, undefined, this.unit.id);
    return join(this.element({ ...obj, taint: rest.size ? rest : undefined }), { taint: keyed, minor: obj.minor, owner: obj.owner });
  }

  /**
   * `selectPath` at a call site: a member read by a key parameter (PARAM_KEY) is the member the constant key
   * this call passes names, named by it where the value does not hold it (a library's record).
   */
  private selectParamPath(base: Val | undefined, path: readonly string[], args: readonly Val[], node: ts.Node, depth = 0): Val | undefined {
    const at = path.findIndex((s) => s.startsWith(PARAM_KEY));
    if (at < 0 || depth > 3) return selectPath(base, path, this.engine.typeAtomLive, this.engine.sourcePartOf);
    const key = args[+path[at].slice(PARAM_KEY.length)]?.str;
    if (!key?.complete) return selectPath(base, path, this.engine.typeAtomLive, this.engine.sourcePartOf);
    const head = at ? selectPath(base, path.slice(0, at), this.engine.typeAtomLive, this.engine.sourcePartOf) : base;
    if (!head) return undefined;
    const member = head.fields?.get(key.prefix) ?? (head.closed ? undefined : this.opaqueMember(head, key.prefix, node));
    return member && this.selectParamPath(member, path.slice(at + 1), args, node, depth + 1);
  }

  private functionValue(fn: ts.SignatureDeclaration): Val {
    const unit = this.engine.unitByNode.get(fn);
    const fv: FunctionValue = unit !== undefined ? { node: fn, unit } : { node: fn, scope: this.scope, guards: unionGuards(this.guards, this.hookGuards(fn)) };
    if (unit === undefined) this.pending.add(fv);
    return { ref: { k: "fn", fn: fv } };
  }

  private jsx(e: ts.Node): void {
    let depth = 0;
    const visit = (n: ts.Node) => {
      if (depth > 300) return;
      if (ts.isJsxExpression(n) && n.expression) {
        const v = this.eval(n.expression);
        if (v.ref?.k === "fn") this.escape(v.ref.fn, []);
        return;
      }
      if (ts.isJsxSpreadAttribute(n)) {
        this.eval(n.expression);
        return;
      }
      depth++;
      ts.forEachChild(n, visit);
      depth--;
    };
    visit(e);
  }

  // ---------- names ----------

  private lookup(name: string): Val {
    const b = this.scope.lookup(name);
    if (b) return b.val;
    if (this.lexicalFrom) {
      const lexical = this.lexicalValue(name, this.lexicalFrom);
      if (lexical) return lexical;
    }
    if (name === "undefined" || name === "NaN" || name === "Infinity") return CLEAN;
    const top = this.lookupTop(name);
    if (top !== EMPTY) return top;
    if (name === "arguments") return EMPTY;
    // A unit nested in a function (a class declared in an AMD factory or a closure): what that function has in scope.
    if (!this.isModule && !this.lexicalFrom && !ts.isSourceFile(this.unit.node.parent) && !GLOBAL_ROOTS.has(name)) {
      const lexical = this.lexicalValue(name, this.unit.node);
      if (lexical) return lexical;
    }
    if (GLOBAL_ROOTS.has(name)) return { ref: { k: "global", path: [] } };
    const own = this.projectGlobal(name);
    if (own) return own;
    // An export of a project folder the framework auto-imports (`logger` of Nuxt's server/utils/logger.ts).
    const dirFile = this.engine.dirAutoImport(name);
    if (dirFile && dirFile !== this.file) return this.valueOfResolved(resolveExport(this.engine, dirFile, name), name);
    // `ref`, `computed`, `defineStore` with no import: a framework's auto-import (see AUTO_IMPORTS).
    const auto = autoImportedFrom(name);
    return auto ? { ref: { k: "pkg", pkg: auto.pkg, path: auto.namespace ? [] : [name], sub: auto.pkg } } : { ref: { k: "global", path: [name] } };
  }

  /** A global name the project's own scripts may own: not the platform's, not a catalogued SDK's. */
  private isProjectGlobalName(name: string): boolean {
    return !PLATFORM_GLOBALS.has(name) && !isCataloguedGlobal(this.engine.opts.catalog, name);
  }

  /** A global that scripts of the project may set (`window.CRM`): what they put there, as a global. */
  private projectGlobal(name: string): Val | undefined {
    if (!this.isProjectGlobalName(name)) return undefined;
    const v = this.engine.readCell(globalKey(name), this.unit.id);
    return v === EMPTY ? undefined : { ...v, ref: v.ref ?? { k: "global", path: [name] } };
  }

  /** A top-level name of this file (declaration, module variable or import). */
  private lookupTop(name: string): Val {
    if (!this.file.imports.has(name) && !this.file.locals.has(name)) return EMPTY;
    const r = resolveName(this.engine, this.file, name);
    // `declare function gtag(...args: unknown[]): void`: an ambient declaration only types a global that a
    // script tag or the platform provides; when the catalogue knows that global, calls on it are its calls.
    if (r?.kind === "decl" && isAmbient(r.node) && isCataloguedGlobal(this.engine.opts.catalog, name)) return { ref: { k: "global", path: [name] } };
    return this.valueOfResolved(r, name);
  }

  private valueOfResolved(r: Resolved | undefined, name: string): Val {
    if (!r) return EMPTY;
    switch (r.kind) {
      case "pkg":
        return { ref: { k: "pkg", pkg: r.pkg, path: r.path, sub: r.spec } as Ref, owner: name };
      case "module":
        // A CommonJS module whose `module.exports = …` is a function or object: that value.
        if (r.file.cjsExport) return this.foreignExpr(r.file.cjsExport, r.file);
        return { ref: { k: "module", file: r.file.path } };
      case "expr":
        return this.foreignExpr(r.expr, r.file);
      case "decl":
        // A name that is also a type (`Body` of `type Body = Static<typeof Body>`): read as a value, the value.
        return this.valueOfDecl(r.file.valueLocals.get(r.name) ?? r.node, r.file, r.name);
    }
  }

  private valueOfDecl(node: ts.Node, file: FileIndex, name: string): Val {
    if (ts.isFunctionDeclaration(node)) {
      const unit = this.engine.unitByNode.get(node);
      return { ref: { k: "fn", fn: { node, unit } } };
    }
    if (ts.isClassDeclaration(node)) return { ref: { k: "class", decl: node } };
    if (ts.isVariableDeclaration(node) || ts.isBindingElement(node) || ts.isIdentifier(node)) {
      const decl = ts.isVariableDeclaration(node) ? node : undefined;
      const key = moduleKey(file, name);
      return this.engine.readCell(key, this.unit.id, () => this.initialValue(decl ?? node, file, name));
    }
    if (ts.isExportAssignment(node)) return this.foreignExpr(node.expression, file);
    if (ts.isEnumDeclaration(node)) return CLEAN;
    return EMPTY;
  }

  /** The initial value of another module's variable: its initializer, interpreted without recording sinks. */
  private initialValue(node: ts.Node, file: FileIndex, name: string): Val {
    const decl = ts.isVariableDeclaration(node) ? node : ts.isBindingElement(node) ? findVarDecl(node) : undefined;
    if (!decl?.initializer) return decl?.type ? this.typeVal(decl.type) : EMPTY;
    const v = this.foreignExpr(decl.initializer, file);
    if (ts.isIdentifier(decl.name)) return this.named(decl.name, name, v, "identifier");
    const b = bindingNames(decl.name).find((x) => x.name === name);
    return b ? this.patternMember(decl.name, v, b) : EMPTY;
  }

  /**
   * What a binding of a destructuring pattern holds: the field it names, or, in an array pattern, the
   * element at its place, named as a variable is (`const [email, setEmail] = createSignal('')`).
   */
  private patternMember(pattern: ts.BindingName, v: Val, b: { name: string; prop?: string; node: ts.Node }): Val {
    const m = this.member(v, b.prop ?? b.name, b.node);
    return ts.isArrayBindingPattern(pattern) && ts.isBindingElement(b.node) && ts.isIdentifier(b.node.name) ? this.named(b.node.name, b.name, m, "identifier") : m;
  }

  /**
   * A name a detached closure (DETACHED_SCOPE) closes over, read from its source: a variable or function
   * its enclosing functions declare (`var cfg = APP.config` in the module pattern's wrapper), or a parameter
   * of an enclosing function called where it is made, which is the argument there (`(function (A) {…})(window.APP)`).
   * The initializer or argument is evaluated as the closure's own names are: through its file, the
   * globals and this same lookup. Undefined when nothing encloses such a declaration.
   */
  private lexicalValue(name: string, from: ts.Node): Val | undefined {
    for (let p: ts.Node | undefined = from.parent; p && !ts.isSourceFile(p); p = p.parent) {
      if (!isFunctionLike(p)) continue;
      const fn = p as ts.SignatureDeclaration;
      const d = localDeclaration(fn, name);
      if (d && ts.isFunctionDeclaration(d)) return { ref: { k: "fn", fn: { node: d, unit: this.engine.unitByNode.get(d), scope: DETACHED_SCOPE } } };
      if (d) return d.initializer ? this.evalAside(d.initializer, d.getSourceFile(), d.initializer) : EMPTY;
      const i = fn.parameters.findIndex((x) => ts.isIdentifier(x.name) && x.name.text === name);
      if (i < 0) continue;
      // A parameter the AngularJS injector fills (`function Ledger(PARTNER, $http) { return { book } }`): what it is given.
      const injected = this.injectedParam(fn.parameters[i], i);
      if (injected) return injected;
      // A parameter of an AMD factory (`define(['app/settings'], function (settings) {…})`): that module.
      const dep = amdFactoryDep(fn, i);
      if (dep !== undefined) return this.amdModule(dep);
      let call: ts.Node = fn.parent;
      while (ts.isParenthesizedExpression(call)) call = call.parent;
      const arg = ts.isCallExpression(call) && skipParens(call.expression) === fn ? call.arguments[i] : undefined;
      return arg ? this.evalAside(arg, arg.getSourceFile(), arg) : EMPTY;
    }
    return undefined;
  }

  private foreignExpr(expr: ts.Expression, file: FileIndex): Val {
    if (isFunctionLike(expr)) {
      const unit = this.engine.unitByNode.get(expr);
      return { ref: { k: "fn", fn: { node: expr, unit } } };
    }
    return this.evalAside(expr, file.sf, undefined);
  }

  /**
   * An expression of another place evaluated in a fresh frame of its module, without recording sinks: another
   * module's initializer, or (with `lexicalFrom`) a detached closure's enclosing code, its free names read lexically.
   */
  private evalAside(expr: ts.Expression, sf: ts.SourceFile, lexicalFrom: ts.Node | undefined): Val {
    const moduleUnit = this.engine.unitByNode.get(sf);
    if (moduleUnit === undefined || this.depth > 200) return EMPTY;
    const f = new Frame(this.engine, this.engine.units[moduleUnit]);
    f.record = false;
    f.lexicalFrom = lexicalFrom;
    (f as unknown as { depth: number }).depth = this.depth + 20;
    return f.eval(expr);
  }

  // ---------- members ----------

  member(obj: Val, name: string, node: ts.Node): Val {
    // A holder's value property (`profile.value` of a Preact signal).
    const holder = obj.fields?.get(HOLDER)?.str?.prefix;
    const holding = holder !== undefined ? holderEntry(holder) : undefined;
    // A record's members are assigned in place (`store.state.user = u`): through the cell the value was read from.
    if (holding?.valueProperty === name) return holding.keyed ? this.keyedHolderValue(holder!) : this.engine.readCell(holder!, this.unit.id);
    if (obj.fields && (obj.fields.has(VUEX_STORE) || obj.fields.has(VUEX_GETTERS))) {
      const central = this.centralStoreMember(obj, name);
      if (central) return central;
    }
    // An app-wide helper a plugin installed (`Vue.prototype.$http`, `nuxtApp.provide('analytics', …)`): what it put there.
    if (name.length > 1 && name.charCodeAt(0) === 36 && this.isAppInstanceRead(obj, node)) {
      const installed = this.engine.readCell(appPropertyCell(name), this.unit.id);
      if (installed !== EMPTY) return installed;
      // One a framework module installs, with no code of ours to see (`this.$axios` of @nuxtjs/axios).
      const pkg = moduleAppProperty(name);
      if (pkg) return { ref: { k: "pkg", pkg, path: [name] } };
    }
    // One a plugin puts on the framework's own object (`Vue.http` once `Vue.use(VueResource)` has run).
    const root = obj.ref?.k === "pkg" && obj.ref.path.every((seg) => seg === "default") ? obj.ref.pkg : undefined;
    const plugged = root !== undefined ? frameworkMember(root, name) : undefined;
    if (plugged) return { ref: { k: "pkg", pkg: plugged, path: [name] } };
    // Data read through a record of the app's or an organisation's own (`clinic.address`, `cfg.token`) is its
    // own, whatever value reached the binding (a clinic registered from a request's body).
    const read = obj.owner !== undefined && this.engine.ownRecordData(name, obj.owner) ? { clean: true, owner: obj.owner } : this.memberOf(obj, name, node);
    // What a middleware or another action stored in the request's or session's state (see requestStateKey).
    const shared = ts.isPropertyAccessExpression(node) ? requestStateKey(node) : undefined;
    if (shared) return join(read, this.engine.readCell(shared, this.unit.id));
    // A screen's `route.params`: what was passed when navigating to it (see navigation.ts).
    const screen = name === "params" && ts.isPropertyAccessExpression(node) ? routeParamsScreen(this.engine, this.file, node) : undefined;
    return screen ? join(read, this.engine.readCell(routeCell(screen), this.unit.id)) : read;
  }

  private memberOf(obj: Val, name: string, node: ts.Node): Val {
    const ref = obj.ref;
    if (ref) {
      switch (ref.k) {
        case "pkg":
        case "global": {
          const next: Ref = { ...ref, path: [...ref.path, name] };
          // A platform constant read as a property (`Device.modelName` of expo-device).
          const constant = this.platformProperty(next as CalleeRef, node);
          if (constant) return constant;
          // ctx.service.partner in an egg app: an instance of the class app/service/partner.js exports.
          if (ref.k === "pkg" && ref.pkg === "egg") {
            const config = isEggConfigPath(next.path) ? this.appConfig(node) : undefined;
            if (config) return config;
            const file = this.engine.eggConventionFile(next.path);
            // The helper extension exports an object of functions, called as its methods.
            if (file && isEggHelperPath(next.path)) return this.valueOfResolved(resolveExport(this.engine, file, "default"), name);
            const inst = file && instanceOf(this.valueOfResolved(resolveExport(this.engine, file, "default"), name));
            if (inst) return inst;
          }
          // What the project's scripts put on a global of theirs (`CRM.util = { maskPhone }`).
          let known: Val | undefined;
          const g = ref.k === "global" && ref.path.length === 0 ? this.projectGlobal(name) : undefined;
          if (g) return g;
          // What the project put there: a global's fields (`CRM.util`), or an object literal typed as a
          // library's type (`export default { api: { baseUrl } } as MidwayConfig`).
          // A library call's result is data as well as an object (`schema.parse(req.body).email`), and so is
          // what a global the platform does not define holds (a native bridge's `window.AppBridge.deviceId`).
          const fromCall = ref.path.includes("()") || ref.path.includes("new") || (ref.k === "global" && ref.path.length > 0 && this.isProjectGlobalName(ref.path[0]));
          // A person's answer to a dialog (`const { confirm } = await Taro.showModal(…)`): a choice, whatever key holds it.
          if (fromCall && isYesNoAnswer(next)) return { ref: next, clean: true };
          if (ref.k === "pkg" || ref.path.length > 0) {
            const f = obj.fields?.get(name);
            known = f && (f.ref ? f : { ...f, ref: next });
            // A record a library call handed back (see handedBack) may have been filled in there (`reactive({ phone: '' })`,
            // an id the ORM set), so its field is also what its name says, but not whatever else the record held.
            if (known && !obj.partial) return fromCall ? join(known, this.opaqueMember({ owner: obj.owner, minor: obj.minor }, name, node)) : known;
          }
          // The process's environment is configuration the deployment sets, never a person's data; so are the
          // properties of a configuration library's settings object (`cfg.crm.token` of a ConfigType<…>).
          if (isProcessEnv(ref) || (ref.k === "pkg" && isSettingsObject(ref))) return { ref: next, clean: true };
          const read: Val = fromCall ? { ...this.opaqueMember(obj, name, node), ref: next } : isProcessEnv(next) ? { ref: next, fromConfig: true } : { ref: next };
          // Joined with a value whose fields we do not know (see Val.partial): either may be there.
          return known ? join(known, read) : read;
        }
        case "module": {
          const f = this.engine.files.get(ref.file);
          return f ? this.valueOfResolved(resolveExport(this.engine, f, name), name) : EMPTY;
        }
        case "class":
        case "inst": {
          let v = this.classMember(ref.decl, name, ref.k === "class", obj, node);
          if (v.clean || v.ref) return v;
          // An instance bound to a child's name (`const xuesheng = new RosterRow(row)`) holds a child's data,
          // as a record bound there does.
          if (obj.minor && ref.k === "inst") v = this.asMinor(v);
          // A field named for a record set (`this.guiji` filled with points) holds that record set.
          return this.withCollectionName(v, name, obj, node, !!obj.minor);
        }
        case "proto": {
          const m = prototypeMethod(ref.ctor, name);
          if (m) return { ref: { k: "fn", fn: { node: m, unit: this.engine.unitByNode.get(m) } }, fields: new Map([["%this", obj]]) };
          return this.engine.readCell(fieldKey(ref.ctor, name), this.unit.id);
        }
        case "sanitized":
          // Joined with data (`state.userInfo ?? decryptedCache()`): the member may be that data's.
          return obj.taint?.size || obj.fields?.size ? join({ ref, clean: true }, this.memberOf({ ...obj, ref: undefined }, name, node)) : { ref, clean: true };
        case "fn":
          return name === "call" || name === "apply" || name === "bind" ? obj : EMPTY;
      }
    }
    if (CLEAN_PROPS.has(name)) return CLEAN;
    const known = obj.fields?.get(name);
    // A getter of an object literal (`get openid() { return state.userInfo?.openid }` in a store module) is
    // called by the read.
    if (known?.ref?.k === "fn" && ts.isGetAccessorDeclaration(known.ref.fn.node)) return this.callFunction(known.ref, [], obj, node);
    const minor = obj.minor || this.engine.taxonomy.isMinorOwner(name);
    if (known) {
      const v = minor ? this.asMinor(known) : known;
      // Joined with a value whose fields we do not know: the field may also be what that one held. So is a
      // placeholder the code fills in elsewhere (`globalData: { openid: '' }`, a store's initial state).
      if (obj.partial || isPlaceholder(known)) return join(v, this.opaqueMember(obj, name, node));
      // A part of a library call's result kept under a key (`{ userId: session.user.id }`): unknown data the
      // library hands over, which the key names, as a binding's name would (`const userId = session.user.id`).
      if (isLibraryDatum(known)) return join(v, this.opaqueMember(obj, name, node));
      // PI kept under a record set's name (`trip.trajectory = points.map(…)`) is that record set too.
      return v.clean ? v : this.withCollectionName(v, name, obj, node, minor);
    }
    if (obj.closed) return EMPTY;
    return this.opaqueMember(obj, name, node);
  }

  /**
   * `v` without the declared types that can hold no one's data (a DOM element's `HTMLFormElement`, a type
   * parameter): a value typed only so (`String(new FormData(form).get(key))`) is still one we know nothing of.
   */
  private withoutDeadTypes(v: Val): Val {
    return keepTaint(v, (e, k) => e.atom.kind !== "type" || this.engine.typeAtomLive(e.atom, k));
  }

  /** `v` plus a source at `node` when it carries PI and `name` names only collection categories (see Taxonomy.isCollection). */
  private withCollectionName(v: Val, name: string, obj: Val, node: ts.Node, minor: boolean): Val {
    const cats = this.engine.classify(name, obj.owner);
    if (!cats.length || !cats.every((c) => this.engine.taxonomy.isCollection(c)) || flatten(v).size === 0) return v;
    const id = this.engine.source(node, ownerName(node) ?? name, minor ? withMinor(cats) : cats, "property");
    return { ...v, taint: mergeTaint(v.taint, new Map([[`s${id}`, { atom: { kind: "src", id }, via: [] }]])) };
  }

  /** The same value read through a child's record: its PI also carries `minor`. */
  private asMinor(v: Val, depth = 0): Val {
    if (depth > 4) return v;
    let taint: Map<string, TaintEntry> | undefined;
    for (const [k, e] of v.taint ?? []) {
      taint ??= new Map();
      if (e.atom.kind === "src") {
        const id = this.engine.minorSource(e.atom.id);
        taint.set(`s${id}`, { atom: { kind: "src", id }, via: e.via });
      } else if (e.atom.kind === "type") {
        const atom = { ...e.atom, minor: true };
        taint.set(`${k}m`, { atom, via: e.via });
      } else taint.set(k, e);
    }
    const fields = v.fields ? new Map([...v.fields].map(([k, f]) => [k, this.asMinor(f, depth + 1)])) : undefined;
    return { ...v, taint, fields, minor: true };
  }

  /** A property of a value whose fields we do not know: symbolic paths plus a source when the name is PI. */
  /** `flag`: the value is known to be a boolean, so the name can only state a fact (the taxonomy's factFlags). */
  private opaqueMember(obj: Val, name: string, node: ts.Node, flag = false): Val {
    if (CLEAN_PROPS.has(name)) return CLEAN;
    // `phone.value` is a control's content; `cachedToken.value` of a `{ value: string; expireAt: number }` is that field.
    if (CONTENT_PROPS.has(name) && ts.isPropertyAccessExpression(node) && !this.declaresField(obj, name)) return this.contentOf(obj, node);
    const minor = obj.minor || this.engine.taxonomy.isMinorOwner(name);
    let taint = extendAtoms(obj.taint, name, minor, this.engine.typeAtomLive, undefined, this.unit.id);
    // What a part of a source's value carries of it (see sourcePart): the source itself, or for an unnamed
    // part of a record of several kinds (`detailInfo` of a picked address) the record's main kind. A part of a
    // collection the taxonomy says is one record set reads it too (`trajectory.map((p) => p.lat)`).
    const all = this.classifyField(name, obj);
    for (const [k, e] of obj.taint ?? []) {
      if (e.atom.kind !== "src") continue;
      const part = sourcePart(this.engine.sources[e.atom.id], name, this.engine.collectionSource(e.atom.id));
      if (part === "whole") (taint ??= new Map()).set(k, e);
      else if (part === "main" && !all.length) {
        const main = mainKinds(this.engine.sources[e.atom.id]);
        const id = this.engine.source(node, ownerName(node) ?? name, minor ? withMinor(main) : main, "property");
        (taint ??= new Map()).set(`s${id}`, { atom: { kind: "src", id }, via: e.via });
      }
    }
    // A member the value's type declares a boolean (`saved.location` of `{ location: boolean }`) states a fact at most.
    const declared = all.length && !flag ? this.declaredField(obj, name) : undefined;
    const yesNo = flag || (!!declared && ts.isPropertySignature(declared) && isBooleanType(declared.type));
    // In a record of choices (`values.health` of PrivacyFormValues) a yes/no is a choice, not a fact.
    const cats = yesNo ? (declared && isChoiceRecord(declaringTypeName(declared)) ? [] : this.engine.factsOnly(all)) : all;
    if (cats.length) {
      // A member of what a caller passes (`({ location }) => …`): refuted at a call that passes a clean value there.
      const paramOf = this.soleParamMember(obj, name);
      const id = this.engine.source(node, ownerName(node) ?? name, minor ? withMinor(cats) : cats, "property", paramOf);
      taint ??= new Map();
      taint.set(`s${id}`, { atom: { kind: "src", id }, via: [] });
    }
    const augmented = this.augmentedMember(obj, name, minor);
    return { taint: augmented ? mergeTaint(taint, augmented) : taint, minor: minor || undefined, owner: name };
  }

  /**
   * A member the project declares on a library's interface (`req.staff` after `declare global { namespace
   * Express { interface Request { staff?: Staff } } }`): a value of the declared type, when the receiver has
   * no declared type of the project's own that could say otherwise.
   */
  private augmentedMember(obj: Val, name: string, minor: boolean): Map<string, TaintEntry> | undefined {
    const types = this.engine.augmentsOf(name, this.unit.id);
    if (!types.length) return undefined;
    for (const e of obj.taint?.values() ?? []) if (e.atom.kind === "type") return undefined;
    let out: Map<string, TaintEntry> | undefined;
    for (const t of types) {
      if (!isStructuredType(t)) continue;
      const atom: TypeAtom = { kind: "type", node: t, path: [], minor };
      (out ??= new Map()).set(atomKey(atom), { atom, via: [] });
    }
    return out;
  }

  /**
   * A field's categories, by its name and its owner: the binding it is read through, or else the declared
   * type of the value (`u.name` of a `u: User` is a person's name). The type is asked only for names whose
   * meaning depends on their owner.
   */
  private classifyField(name: string, obj: Val): string[] {
    const cats = this.engine.classify(name, obj.owner);
    // An owner the binding names itself (a clinic, a customer) decides; the type is asked only when it says nothing,
    // or when it names the same thing more exactly (`job: AppointmentReminderJob`: a queue's job, not a posting).
    if (cats.length || !obj.taint?.size || !this.engine.classify(name, "user").length) return cats;
    const bound = obj.owner !== undefined && this.engine.taxonomy.isKnownOwner(obj.owner) ? obj.owner.toLowerCase() : undefined;
    let n = 0;
    for (const e of obj.taint.values()) {
      if (++n > 8) break;
      const owner = e.atom.kind === "type" ? this.engine.typeOwner(e.atom) : undefined;
      if (!owner || owner === obj.owner || (bound !== undefined && !(owner.length > bound.length && owner.toLowerCase().endsWith(bound)))) continue;
      const byType = this.engine.classify(name, owner);
      if (byType.length) return byType;
    }
    return cats;
  }

  /**
   * `phone.value`, `phoneInput.current`: the whole content of the receiver (all it carries, not a field of
   * it), and PI when the receiver's name says so; state and form bindings are declared empty
   * (`const phone = ref("")`) and filled where we cannot see (templates, user input).
   */
  private contentOf(obj: Val, node: ts.PropertyAccessExpression): Val {
    // The content of a holder made from a yes/no (`health.value` of `ref(false)`): a yes/no.
    if (obj.clean) return CLEAN;
    const recv = skipParens(node.expression);
    const recvName = ts.isIdentifier(recv) ? recv.text : ts.isPropertyAccessExpression(recv) ? recv.name.text : lookedUpControl(recv);
    const minor = !!obj.minor || (recvName !== undefined && this.engine.taxonomy.isMinorOwner(recvName));
    let taint = obj.taint;
    const cats = recvName && !CONTENT_PROPS.has(recvName) ? this.engine.classify(controlContentName(recvName)) : [];
    if (cats.length) {
      const id = this.engine.source(node, ownerName(node) ?? recvName!, minor ? withMinor(cats) : cats, "property");
      taint = mergeTaint(taint, new Map([[`s${id}`, { atom: { kind: "src", id }, via: [] }]]));
    }
    return { taint, minor: minor || undefined, owner: recvName && !CONTENT_PROPS.has(recvName) ? recvName : obj.owner };
  }

  /** Whether the value's declared type is a record of the project's with this field (a type literal, interface or alias). */
  private declaresField(obj: Val, name: string): boolean {
    return this.declaredField(obj, name) !== undefined;
  }

  /** The member `name` of a type `obj` is declared with (a type literal's or an interface's), if one declares it. */
  private declaredField(obj: Val, name: string): ts.TypeElement | undefined {
    for (const e of obj.taint?.values() ?? []) {
      if (e.atom.kind !== "type" || e.atom.path.length) continue;
      const types: ts.TypeNode[] = [e.atom.node as ts.TypeNode];
      const named = (list: ts.NodeArray<ts.TypeElement>) => list.find((m) => m.name && propName(m.name) === name);
      for (let i = 0; i < types.length && i < 8; i++) {
        const t = types[i];
        if (ts.isUnionTypeNode(t)) types.push(...t.types);
        else if (ts.isParenthesizedTypeNode(t)) types.push(t.type);
        else if (ts.isTypeLiteralNode(t) && named(t.members)) return named(t.members);
        else if (ts.isTypeReferenceNode(t) && t.typeArguments?.length && isModelledGeneric(typeName(t) ?? "")) types.push(t.typeArguments[0]);
        else if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName)) {
          const f = this.engine.fileOf(t);
          const r = f && resolveName(this.engine, f, t.typeName.text);
          const d = r?.kind === "decl" ? r.node : undefined;
          if (d && ts.isInterfaceDeclaration(d) && named(d.members)) return named(d.members);
          if (d && ts.isTypeAliasDeclaration(d)) types.push(d.type);
        }
      }
    }
    return undefined;
  }


  private classMember(cls: ts.ClassLikeDeclaration, name: string, isStaticSide: boolean, self: Val, node?: ts.Node): Val {
    for (let c: ts.ClassLikeDeclaration | undefined = cls; c; c = this.baseClass(c)) {
      for (const m of c.members) {
        if (!m.name || propName(m.name) !== name) continue;
        if (isStatic(m) !== isStaticSide) continue;
        if (ts.isMethodDeclaration(m) || ts.isGetAccessorDeclaration(m)) {
          const unit = this.engine.unitByNode.get(m);
          const fnVal: Val = { ref: { k: "fn", fn: { node: m, unit } }, fields: new Map([["%this", self]]) };
          if (ts.isGetAccessorDeclaration(m)) return this.callFunction(fnVal.ref as Extract<Ref, { k: "fn" }>, [], self, m);
          return fnVal;
        }
        if (ts.isPropertyDeclaration(m)) {
          const v = this.engine.readCell(fieldKey(c, name), this.unit.id);
          if (m.initializer && isFunctionLike(m.initializer)) {
            const unit = this.engine.unitByNode.get(m.initializer);
            return { ref: { k: "fn", fn: { node: m.initializer, unit } }, fields: new Map([["%this", self]]) };
          }
          // A component's placeholder field stands for what its template fills in (see options-state.ts).
          const slot = !isStaticSide && isComponentClass(c) ? fieldSlot(m) : undefined;
          const state = slot ? this.slotsVal([slot], undefined, false).fields!.get(name) : undefined;
          // Midway's `@Config('fraudApi') conf`: the app's config/config.default at that key; Ember's
          // `@service storage`: the app's storage service (ember-services.ts).
          const configKey = midwayConfigKey(m);
          const injected = configKey !== undefined && node ? this.midwayConfig(configKey, node) : this.emberService(m);
          let out = joinAll([v, state ?? EMPTY, injected ?? EMPTY]);
          // A field declared with no value, which no code we see sets (or a framework's decorator fills: an
          // ORM's `@property() sfzh: string`, set by the base class from the record), is filled where we cannot
          // see: what its name says, as a library object's member is.
          if (!isStaticSide && !m.initializer && !state && !injected && node && (ts.getDecorators(m)?.length || (v === EMPTY && !assignedInClass(c, name)))) out = join(out, this.opaqueMember({ owner: self.owner, minor: self.minor }, name, node));
          return m.type ? this.withDeclaredType(out, m.type) : out;
        }
      }
      // Constructor parameter properties.
      const ctor = c.members.find(ts.isConstructorDeclaration);
      const pp = ctor?.parameters.find((p) => ts.isIdentifier(p.name) && p.name.text === name && (ts.getModifiers(p) ?? []).length > 0);
      if (pp) {
        const v = this.engine.readCell(fieldKey(c, name), this.unit.id);
        return pp.type ? this.withDeclaredType(v, pp.type) : v;
      }
    }
    if (!isStaticSide) {
      // A field the class or a class it extends sets on `this` (`this.userId = session.userId` in a base
      // controller's `__before`, read in a subclass's action).
      let v = this.engine.readCell(fieldKey(cls, name), this.unit.id);
      for (let c = this.baseClass(cls), i = 0; c && i < 10; c = this.baseClass(c), i++) v = join(v, this.engine.readCell(fieldKey(c, name), this.unit.id));
      // Inherited from a library base class (`class PartnerService extends Service` from egg: this.ctx, this.logger).
      const lib = this.libraryBase(cls);
      if (!lib) return v;
      // A library store's state stream (`this.state$` of a ComponentStore).
      const store = this.classStore(cls);
      if (store?.entry.stateStreams.includes(name)) return join(v, { fields: new Map([[EMITS, this.classStoreState(store)]]) });
      // `this.config` of an egg controller or service is the app's config (see conventions.ts).
      const config = lib.pkg === "egg" && name === "config" && node ? this.appConfig(node) : undefined;
      return join(v, config ?? { ref: { ...lib, path: [...lib.path, "new", name] } });
    }
    return EMPTY;
  }

  /**
   * A field's value joined with what its declared type says. A type that says nothing (`string`) leaves a
   * value known clean so (`this.accessToken = config.get('ROBOT_TOKEN')` read back as `accessToken: string`).
   */
  private withDeclaredType(v: Val, type: ts.TypeNode): Val {
    const typed = this.typeVal(type);
    if (v.clean && !typed.taint?.size && !typed.fields?.size && !typed.ref) return v;
    return join(v, typed);
  }

  /** The library class at the top of a project class's chain, if its chain ends in one (once per class and engine). */
  private libraryBase(cls: ts.ClassLikeDeclaration): PkgRef | undefined {
    const cache = this.engine.libraryTypes;
    const hit = cache.get(cls);
    if (hit !== undefined) return (hit as PkgRef | null) ?? undefined;
    let top = cls;
    for (let i = 0, b = this.baseClass(top); b && i < 20; i++, b = this.baseClass(top)) top = b;
    const ext = top.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
    const f = this.engine.fileOf(top);
    const names = ext && dottedName(ext);
    const lib = f && names ? (libraryRef(this.engine, f, names) ?? this.autoImportedBase(f, names)) : undefined;
    cache.set(cls, lib ?? null);
    return lib;
  }

  /** A base class a framework's global object gives (`class extends think.Controller` of ThinkJS), when nothing declares it. */
  private autoImportedBase(f: FileIndex, names: readonly string[]): PkgRef | undefined {
    const auto = names.length > 1 && !resolveName(this.engine, f, names[0]) ? autoImportedFrom(names[0]) : undefined;
    return auto?.namespace ? { k: "pkg", pkg: auto.pkg, path: names.slice(1), sub: auto.pkg } : undefined;
  }

  private findSetter(cls: ts.ClassLikeDeclaration, name: string): ts.SetAccessorDeclaration | undefined {
    for (let c: ts.ClassLikeDeclaration | undefined = cls; c; c = this.baseClass(c)) {
      const m = c.members.find((x) => ts.isSetAccessorDeclaration(x) && x.name && propName(x.name) === name);
      if (m) return m as ts.SetAccessorDeclaration;
    }
    return undefined;
  }

  private baseClass(c: ts.ClassLikeDeclaration): ts.ClassLikeDeclaration | undefined {
    return baseClassOf(this.engine, c);
  }

  private writeField(cls: ts.ClassLikeDeclaration, m: ts.PropertyDeclaration, v: Val): void {
    if (m.name && this.record) this.engine.writeCell(fieldKey(cls, propName(m.name) ?? ""), v, this.unit.id);
  }

  // ---------- assignment ----------

  private assign(target: ts.Expression | ts.ForInitializer, v: Val): void {
    while (ts.isParenthesizedExpression(target) || ts.isNonNullExpression(target)) target = target.expression;
    if (ts.isIdentifier(target)) {
      const b = this.scope.lookup(target.text);
      if (b) {
        // A variable named like PI holds it when given a value we know nothing of, as at its declaration
        // (`let openid = ''` … `openid = wxOpenid.mp`).
        const named = this.named(target, target.text, v, "identifier");
        // Same branch depth as the declaration: the old value is gone. Inside a branch or loop: either may hold.
        b.val = b.mutable && b.depth !== this.branchDepth ? join(b.val, named) : named;
        return;
      }
      if (this.file.locals.has(target.text) && this.record) this.writeModuleVariable(moduleKey(this.file, target.text), v);
      return;
    }
    if (ts.isPropertyAccessExpression(target) || ts.isElementAccessExpression(target)) {
      const key = ts.isPropertyAccessExpression(target) ? target.name.text : completeString(this.eval(target.argumentExpression));
      const objExpr = target.expression;
      const shared = requestStateKey(target);
      if (shared && this.record) this.engine.writeCell(shared, v, this.unit.id);
      if (objExpr.kind === ts.SyntaxKind.ThisKeyword) {
        const cls = classOf(this.unit.node) ?? (this.thisVal.ref?.k === "inst" ? this.thisVal.ref.decl : undefined);
        const setter = cls && key !== undefined && !ts.isSetAccessorDeclaration(this.unit.node) ? this.findSetter(cls, key) : undefined;
        if (setter) this.callFunction({ k: "fn", fn: { node: setter, unit: this.engine.unitByNode.get(setter) } }, [v], this.thisVal, target);
        // A field named like PI holds it when given a value we know nothing of, as a variable does
        // (`this.tjrShouji = route.snapshot.queryParamMap.get('tjr') ?? ''`).
        else if (cls && key !== undefined && this.record) this.engine.writeCell(fieldKey(cls, key), ts.isPropertyAccessExpression(target) ? this.named(target.name, key, v, "identifier") : v, this.unit.id);
        else if (this.thisVal.ref?.k === "proto") {
          if (key !== undefined && this.record) this.engine.writeCell(fieldKey(this.thisVal.ref.ctor, key), v, this.unit.id);
        }
        else if (!cls && key !== undefined && !this.thisVal.ref) {
          // `this` of an options-object method (a Vue or mini-program page): what this function stores on it,
          // it can read back (`this.lastCheckin = {…}; uni.setStorageSync(k, this.lastCheckin)`), and so can
          // the object's other methods, through its cell.
          const fields = new Map(this.thisVal.fields ?? []);
          fields.set(key, fields.has(key) ? join(fields.get(key)!, v) : v);
          this.thisVal = { ...this.thisVal, fields };
          const cell = fields.get(CELL_OF)?.str;
          const stored = ts.isPropertyAccessExpression(target) ? this.named(target.name, key, v, "identifier") : v;
          if (cell?.complete && this.record) this.engine.writeCell(cell.prefix, { fields: new Map([[key, stored]]) }, this.unit.id);
        }
        return;
      }
      const obj = this.eval(objExpr);
      const holder = obj.fields?.get(HOLDER)?.str?.prefix;
      if (holder !== undefined && key !== undefined && holderEntry(holder)?.valueProperty === key) {
        if (this.record) this.engine.writeCell(holder, v, this.unit.id);
        return;
      }
      if (obj.ref && (obj.ref.k === "global" || obj.ref.k === "pkg") && key !== undefined && key.startsWith("$") && isAppPrototypePath(obj.ref.path)) {
        this.installAppProperty(key, v);
        return;
      }
      if (obj.ref && (obj.ref.k === "global" || obj.ref.k === "pkg") && key !== undefined) {
        this.assignmentSink(target, [...obj.ref.path, key], v);
        const held = obj.ref.k === "pkg" ? matchAssignedMember(this.engine.opts.catalog, obj.ref.pkg, [...obj.ref.path, key]) : undefined;
        if (held) this.recordSink(target, held.kind, held.id, undefined, flatten(v));
        if (obj.ref.k === "global") this.writeProjectGlobal([...obj.ref.path, key], v);
        // A library object held in a local keeps what the code puts on it for the code to read back (a
        // React ref's `current`, filled with `ref.current = x` or `ref.current.push(x)`). Partial: a read is
        // also what the library object's own naming says (`paymentRecords.value`).
        const b = obj.ref.k === "pkg" && ts.isIdentifier(objExpr) ? this.scope.lookup(objExpr.text) : undefined;
        if (b) addField(b, key, v, true);
        return;
      }
      if (obj.ref?.k === "proto" && key !== undefined) {
        if (this.record) this.engine.writeCell(fieldKey(obj.ref.ctor, key), v, this.unit.id);
        return;
      }
      if (obj.ref?.k === "inst" && key !== undefined) {
        const setter = this.findSetter(obj.ref.decl, key);
        if (setter) this.callFunction({ k: "fn", fn: { node: setter, unit: this.engine.unitByNode.get(setter) } }, [v], obj, target);
        else if (this.record) this.engine.writeCell(fieldKey(obj.ref.decl, key), v, this.unit.id);
        return;
      }
      // A function stored where we cannot see who calls it may be called by anyone with anything; a
      // prototype method is called through its instances, which we follow.
      if (v.ref?.k === "fn" && !prototypeConstructorOf(v.ref.fn.node)) this.escape(v.ref.fn, []);
      // Into a shared object read from its cell (`getApp().globalData.currentRide = ride`, or through
      // `const app = getApp()`): every reader of the cell sees the field.
      if (key !== undefined && this.record) this.writeThroughCell(objExpr, [key], v, obj);
      if (ts.isIdentifier(objExpr)) {
        const b = this.scope.lookup(objExpr.text);
        // `result['手机号'] = match[2]` is named by its key, as `{ 手机号: match[2] }` would be.
        if (b && key === undefined) {
          // Under a key we cannot tell (`out[field.name] = field.value`): an object's fields are no longer all
          // known, and one read by name (`form.xingming`) is what its name says. An array's elements still are.
          if (b.val.closed && !b.val.fields?.has("[]")) b.val = { ...b.val, closed: false, partial: true };
          addField(b, "[]", v, false);
        } else if (b) addField(b, key!, this.keyedCallerValue(v, key!, ts.isPropertyAccessExpression(target) ? target.name : target.argumentExpression), false);
        else if (key !== undefined && this.record) {
          // A module's own variable, or another module's that this one imports (`userState.mobile = phone`
          // in a page, with `export const userState = {…}` in a store): every reader of it sees the field.
          const cell = this.moduleVariableCell(objExpr.text);
          if (cell) this.engine.writeCell(cell, { fields: new Map([[key, v]]) }, this.unit.id);
        }
      }
      return;
    }
    if (ts.isObjectLiteralExpression(target) || ts.isArrayLiteralExpression(target)) {
      // Destructuring assignment: bind what we can.
      if (ts.isObjectLiteralExpression(target))
        for (const p of target.properties) {
          if (ts.isShorthandPropertyAssignment(p)) this.assign(p.name, this.member(v, p.name.text, p));
          else if (ts.isPropertyAssignment(p)) {
            const k = this.propertyKey(p.name);
            if (k !== undefined) this.assign(p.initializer, this.member(v, k, p));
          }
        }
      else target.elements.forEach((el) => this.assign(el, this.element(v)));
    }
  }

  /** This file's module variable `name`, if it is one, read before this run writes it (see writeModuleVariable). */
  private noteReadBeforeWrite(name: string): void {
    if (!this.record || !this.file.locals.has(name) || this.scope.lookup(name)) return;
    const key = moduleKey(this.file, name);
    if (!this.writtenCells.has(key)) this.readFirst.add(key);
  }

  /**
   * This file's module variables a condition tests (`if (cached && cached.expiresAt > now)`) before this run
   * writes them: a cache checked, then filled (see writeModuleVariable).
   */
  private noteCheckedVariables(cond: ts.Expression): void {
    if (!this.record) return;
    const visit = (e: ts.Node): void => {
      if (ts.isIdentifier(e)) return this.noteReadBeforeWrite(e.text);
      if (ts.isPropertyAccessExpression(e)) return visit(e.expression);
      if (ts.isParenthesizedExpression(e) || ts.isPrefixUnaryExpression(e) || ts.isBinaryExpression(e)) ts.forEachChild(e, visit);
    };
    visit(cond);
  }

  /**
   * A module variable written by this unit. One a condition tested first (`if (cached) return cached.token;
   * cached = …`) is read again: the first run saw it before this write.
   */
  private writeModuleVariable(key: string, v: Val): void {
    this.writtenCells.add(key);
    this.engine.writeCell(key, v, this.unit.id, this.readFirst.has(key));
  }

  /** The cell of the module-level variable `name` names here: declared in this file, or imported from a project file. */
  private moduleVariableCell(name: string): string | undefined {
    if (this.file.locals.has(name)) return moduleKey(this.file, name);
    if (!this.file.imports.has(name)) return undefined;
    const r = resolveName(this.engine, this.file, name);
    return r?.kind === "decl" && (ts.isVariableDeclaration(r.node) || ts.isBindingElement(r.node)) && !isAmbient(r.node) ? moduleKey(r.file, r.name) : undefined;
  }

  /** The app's config/config.default: what it exports, or what the function of appInfo it exports returns. */
  private appConfig(node: ts.Node): Val | undefined {
    const file = this.engine.appConfigFile();
    if (!file) return undefined;
    this.engine.touch(file.path);
    const exported = this.valueOfResolved(resolveExport(this.engine, file, "default"), "config");
    return exported.ref?.k === "fn" ? this.callFunction(exported.ref, [EMPTY], undefined, node) : exported;
  }

  /** Midway's `@Config` value at a dotted key ("" for the whole config). */
  /**
   * `cls.get('passenger')` on a store typed by its contents (`ClsService<AppClsStore>`, catalog/state.ts
   * KEYED_STORES): the declared member of that name, not everything the store holds.
   */
  private keyedStoreMember(recv: Val, method: string, key: string, node: ts.Node): Val | undefined {
    const store = this.keyedStoreOf(recv);
    if (!store || !store.entry.getters.includes(method)) return undefined;
    const arg = store.type.typeArguments?.[store.entry.typeArg];
    if (!arg) return undefined;
    const atom: TypeAtom = { kind: "type", node: arg, path: [key], minor: store.minor };
    // The member is also what its name says, as a field read is (`cls.get('deviceId')` of `deviceId?: string`,
    // used where it is read, with no binding to name it).
    const named = this.opaqueMember({ minor: store.minor }, key, node).taint;
    return { taint: mergeTaint(new Map([[atomKey(atom), { atom, via: [] }]]), named), owner: key };
  }

  /** The keyed store (KEYED_STORES) a value is declared as, with its declared type. */
  private keyedStoreOf(recv: Val): { entry: (typeof KEYED_STORES)[number]; type: ts.TypeReferenceNode; minor: boolean } | undefined {
    for (const e of recv.taint?.values() ?? []) {
      const a = e.atom;
      if (a.kind !== "type" || a.path.length || !ts.isTypeReferenceNode(a.node) || !a.node.typeArguments?.length) continue;
      // Resolve the library type only for a name a keyed store has: this runs on every unknown method call.
      const written = typeName(a.node)!;
      if (!KEYED_STORES.some((s) => s.type === written || s.defaultExportNames?.includes(written))) continue;
      const lib = libraryTypeAt(this.engine, a);
      const type = lib?.path[lib.path.length - 1];
      const entry = lib && KEYED_STORES.find((s) => (s.type === type || (type === "default" && !!s.defaultExportNames)) && s.packages.includes(lib.pkg));
      if (entry) return { entry, type: a.node, minor: a.minor };
    }
    return undefined;
  }

  /** The instance of the Ember service a field is injected with, when it is and the app defines it. */
  private emberService(m: ts.PropertyDeclaration): Val | undefined {
    const name = injectedServiceName(m);
    if (name === undefined) return undefined;
    for (const path of serviceModuleCandidates(m.getSourceFile().fileName, name)) {
      this.engine.touch(path);
      const f = this.engine.files.get(path);
      if (!f) continue;
      const r = resolveExport(this.engine, f, "default");
      if (r?.kind === "decl" && ts.isClassLike(r.node)) return { ref: { k: "inst", decl: r.node }, owner: name };
    }
    return undefined;
  }

  private midwayConfig(key: string, node: ts.Node): Val | undefined {
    let v = this.appConfig(node);
    for (const part of key ? key.split(".") : []) if (v) v = this.member(v, part, node);
    return v;
  }

  /** `window.CRM = …`, `CRM.util = util`, `CRM.util.setCookie = function …`: the global's cell gains it. */
  private writeProjectGlobal(path: readonly string[], v: Val): void {
    const root = path[0];
    if (!this.record || root === undefined || path.includes("()") || !this.isProjectGlobalName(root)) return;
    let val = detachClosures(v, 0);
    for (let i = path.length - 1; i >= 1; i--) val = { fields: new Map([[path[i], val]]) };
    this.engine.writeCell(globalKey(root), val, this.unit.id);
  }

  private assignmentSink(node: ts.Node, path: readonly string[], v: Val): void {
    const entry = matchAssignmentSink(this.engine.opts.catalog, path.filter((s) => s !== "()"));
    if (!entry) return;
    this.recordSink(node, entry.kind, entry.id, undefined, flatten(v));
  }

  // ---------- calls ----------

  private call(c: ts.CallExpression): Val {
    const callee = skipParens(c.expression);
    // A Strapi service called by its UID (`strapi.service('api::report.report').pushToInsurer(report)`).
    const svc = ts.isPropertyAccessExpression(callee) ? strapiServiceUid(callee.expression) : undefined;
    const method = svc && this.engine.strapiService(this.file.path, svc, (callee as ts.PropertyAccessExpression).name.text);
    if (method) return this.callFunction({ k: "fn", fn: { node: method, unit: this.engine.unitByNode.get(method) } }, this.evalArgs(c.arguments, []), undefined, c);
    // A Strapi plugin named by its key (`strapi.plugin('sentry')`): its package, whose services the catalogue may list.
    const plugin = strapiPluginPackage(c);
    if (plugin) return { ref: { k: "pkg", pkg: plugin, path: [], sub: plugin } };
    let recv: Val | undefined;
    let fnVal: Val;
    let name = "";
    if (ts.isPropertyAccessExpression(callee)) {
      recv = this.eval(callee.expression);
      name = callee.name.text;
      fnVal = this.member(recv, name, callee);
    } else if (ts.isElementAccessExpression(callee)) {
      recv = this.eval(callee.expression);
      const k = this.eval(callee.argumentExpression);
      name = k.str?.complete ? k.str.prefix : "";
      fnVal = name ? this.member(recv, name, callee) : EMPTY;
    } else if (callee.kind === ts.SyntaxKind.SuperKeyword) {
      return this.superCall(c);
    } else {
      fnVal = this.eval(callee);
      if (ts.isIdentifier(callee)) name = callee.text;
    }
    const ref = fnVal.ref;
    // IndexedDB object stores, however the transaction was obtained.
    if (name === "objectStore" && !ref) {
      this.evalArgs(c.arguments, []);
      return { ref: { k: "global", path: ["indexedDB", "objectStore()"] } };
    }

    // require() of a package or project file.
    if (name === "require" && ref?.k === "global" && c.arguments.length === 1 && ts.isStringLiteralLike(c.arguments[0])) {
      const r = resolveSpec(this.engine, c.arguments[0].text, this.file);
      return this.valueOfResolved(r, "require");
    }

    // Middleware guards: router.post(path, requireConsent, handler).
    const guard = this.engine.guards.matchExpression(c);
    // A guard that wraps a handler (`export default withConsent(handler)`) runs it behind the check, as middleware does.
    const mw = guard ? unionGuards(this.middlewareGuards(c, callee, recv), [guard]) : this.middlewareGuards(c, callee, recv);
    const args = this.evalArgs(c.arguments, mw);
    if (ROUTE_VERBS.has(name)) {
      this.controllerActions(c, args, mw);
      this.validatedRequest(c, args);
      if (ref?.k === "fn") this.projectRouteHandlers(c, args);
    }
    this.afterValidators(args);
    this.handActions(name, args);
    const query = this.tableQuery(c, name, args, recv);
    if (query) return query;
    if (name === "hooks") this.serviceHookCalls(c);
    // Nuxt: `nuxtApp.provide('analytics', helper)` in a plugin installs `$analytics` (see installAppProperty).
    if (name === "provide" && ts.isPropertyAccessExpression(callee) && ts.isIdentifier(callee.expression) && callee.expression.text === "nuxtApp" && c.arguments[0] && ts.isStringLiteralLike(c.arguments[0])) {
      this.installAppProperty(c.arguments[0].text, args[1] ?? EMPTY);
      return EMPTY;
    }
    // A Nuxt plugin's `return { provide: { analytics } }`.
    if (name === "defineNuxtPlugin" && ref?.k === "global" && args[0]?.ref?.k === "fn") {
      const ret = this.callFunction(args[0].ref, [EMPTY], undefined, c);
      for (const [k, v] of ret.fields?.get("provide")?.fields ?? []) this.installAppProperty(k, v);
      return ret;
    }
    // AMD: `define(deps, factory)` / `require(deps, callback)` of the global loader, not a function of ours.
    const amd = ref?.k === "global" && ref.path.length === 1 ? amdCall(c) : undefined;
    if (amd) return this.amdLoad(c, amd, args);
    // Hono's context variables: what a middleware `c.set('user', u)` is what handlers' `c.get('user')` gives.
    const honoVar = (name === "set" || name === "get") && ts.isPropertyAccessExpression(callee) ? this.honoVariable(callee, c) : undefined;
    if (honoVar && name === "set") {
      if (this.record) this.engine.writeCell(honoVar, args[1] ?? EMPTY, this.unit.id);
      return EMPTY;
    }
    if (honoVar) {
      const held = this.engine.readCell(honoVar, this.unit.id);
      if (held !== EMPTY) return held;
    }
    // React Navigation: the params given to a screen are what its `route.params` holds (see navigation.ts).
    const nav = name === "navigate" || name === "push" || name === "replace" ? navigationTarget(c) : undefined;
    if (nav && this.record) this.engine.writeCell(routeCell(nav.screen), (nav.params === 1 ? args[1] : args[0]?.fields?.get("params")) ?? EMPTY, this.unit.id);

    // A state hook's setter given an updater: the updater is handed the state (`setDraft((prev) => ({ ...prev, ...patch }))`).
    if (ref?.k === "global" && ref.path[0] === STATE_SETTER) {
      const state = fnVal.fields?.get(STATE_SETTER) ?? EMPTY;
      for (const a of args) if (a.ref?.k === "fn") this.escape(a.ref.fn, [state]);
      return EMPTY;
    }
    // A promise's resolve, called in its executor or a callback made there (`res => resolve(res.data)`).
    if (ref?.k === "global" && ref.path[0] === "%resolve") {
      this.resolverFeed(fnVal, args[0] ?? EMPTY);
      return EMPTY;
    }
    const calleeRef = ref && (ref.k === "pkg" || ref.k === "global") ? (ref as CalleeRef) : undefined;
    const sanitizer = matchSanitizer(this.engine.opts.catalog, calleeRef, name, this.engine.opts.config.sanitizers);
    if (sanitizer || ref?.k === "sanitized" || (recv?.ref?.k === "sanitized")) {
      this.invokeCallbacks(args, []);
      return { clean: true, ref: { k: "sanitized", by: sanitizer ?? "sanitizer" } };
    }
    if (guard) {
      this.invokeCallbacks(args, []);
      return { clean: true, guards: [guard] };
    }

    const holderCell = fnVal.fields?.get(HOLDER)?.str?.prefix;
    const holderCall = holderCell !== undefined ? this.callHolder(holderCell, args) : undefined;
    if (holderCall) return holderCall;
    const storeFn = fnVal.fields?.get(CLASS_STORE_FN);
    if (storeFn) return this.callClassStoreFn(storeFn, args);
    // A store a creator made, called as a hook (`useDraftStore()`, `useDraftStore((s) => s.draft)`).
    const createdStore = fnVal.fields?.get(STORE_CELL)?.str?.prefix;
    if (createdStore !== undefined) return args[0]?.ref?.k === "fn" ? this.invokeCallbacks([args[0]], [this.createdStoreState(createdStore)]) : this.createdStoreState(createdStore);
    // The hook a store definition returned (`useUserStore()`): the store.
    const definedStore = fnVal.fields?.get(DEFINED_STORE)?.str?.prefix;
    if (definedStore !== undefined && ref?.k === "pkg") return this.definedStoreInstance(definedStore, ref.pkg);
    if (ref?.k === "fn") {
      // fn.call(thisArg, …) / fn.apply(thisArg, args): only on a function value, not a function or method named `call`.
      const via = recv?.ref?.k === "fn" && (name === "call" || name === "apply") ? name : undefined;
      const thisArg = via ? args[0] : (fnVal.fields?.get("%this") ?? recv);
      const realArgs = via === "call" ? args.slice(1) : via === "apply" ? [this.element(args[1] ?? EMPTY)] : args;
      if (!via) this.noteCallbackParams(ref.fn.node, c.arguments);
      const out = this.callFunction(ref, realArgs, thisArg, c);
      if (c.typeArguments?.length) return join(out, this.returnedTypeArgument(ref.fn.node, c.typeArguments));
      // An instance of the class passed, whatever the body's library call looked like (`plainToInstance(cls, …)`
      // hands back what it was given: the class).
      const inst = ts.isFunctionLike(ref.fn.node) ? this.instanceOfPassedClass(ref.fn.node, realArgs) : EMPTY;
      return inst.ref ? { ...join(out, inst), ref: inst.ref } : out;
    }
    if (ref?.k === "class") return EMPTY;
    // A container's lookup by a key that declares the type of what it gives (`ctx.get(AppBindings.LOGGER)` of a
    // `BindingKey.create<Logger>(…)`, `inject(CONFIG)` of a `new InjectionToken<Config>(…)`): that type's value.
    const typedKey = TYPED_KEY_LOOKUPS.has(name) && (c.arguments.length === 1 || c.arguments.length === 2) && !c.typeArguments ? typedKeyOf(this.engine, this.file, c.arguments[0]) : undefined;
    const keyed = typedKey ? this.typeValIn(typedKey.type, typedKey.file) : undefined;
    if (keyed && (keyed.ref || keyed.taint?.size)) return keyed;
    if (calleeRef) return this.typedData(c, name, recv, withFlags(calleeRef, name, this.callExternal(c, calleeRef, name, args, recv)));
    const pathSink = this.pathStyleSink(callee, c, args);
    if (pathSink) return pathSink;
    // Calling a callback this unit was given: callers replay it with the real function.
    // So does a method called on what this unit was given (`log.info(…)` on a logger parameter): callers replay
    // it on the library object they pass.
    // Not a builtin data method (`email.toLowerCase()`, `items.map(…)`): the value is data, not a library's object.
    const dataMethod = STRING_METHODS.has(name) || ARRAY_CALLBACK.has(name);
    const viaParam = [...(fnVal.taint?.values() ?? [])].find((e) => e.atom.kind === "param" && e.atom.unit === this.unit.id && (e.atom.path.length === 0 || !dataMethod));
    if (viaParam && this.record && viaParam.atom.kind === "param") this.paramCalls.push({ index: viaParam.atom.index, path: viaParam.atom.path, args, guards: this.guards, node: c });
    const result = this.callUnknown(c, name, recv, args);
    // Calling what we hold as data, not as a function (a signal's getter `email()`, an accessor from a state
    // hook): it gives that data.
    const held = !recv && !fnVal.ref && !viaParam && ts.isIdentifier(c.expression) ? flatten(fnVal) : undefined;
    // A signal of an NgRx signal store (`store.applicant()`): that slice, record and all.
    if (recv?.fields?.has(SIGNAL_STORE) && !fnVal.ref) return this.typedData(c, name, recv, join(result, fnVal));
    return this.typedData(c, name, recv, held?.size ? join(result, { taint: held }) : result);
  }

  /** Catalogue entries named by a path on a local value (`req.log.info(…)` on a handler's `req`). */
  private pathStyleSink(callee: ts.Expression, c: ts.CallExpression, args: Val[]): Val | undefined {
    let p = exprPath(callee);
    if (!p || p.length < 2) return undefined;
    // Most calls start with no name such an entry starts with: skip matching the whole catalogue for them.
    const roots = pathStyleRoots(this.engine.opts.catalog);
    // Through a local alias of one (`const { logger } = context; logger.info(…)`).
    const alias = roots.leaves.has(p[0]) ? localAliasPath(callee, p[0]) : undefined;
    if (alias && roots.roots.has(alias[0])) p = [...alias, ...p.slice(1)];
    // `this.log.info(…)` in a `function` handler registered on `app`: `this` is `app`.
    const bound = !alias && roots.leaves.has(p[0]) && readsFromThis(callee) ? handlerThisReceiver(callee) : undefined;
    if (bound && (ROUTE_VERBS.has(bound.method) || bound.method === "addHook") && roots.roots.has(bound.path[0])) p = [...bound.path, ...p];
    const first = p.find((x) => x !== "()" && x !== "new");
    if (first === undefined || !roots.roots.has(first)) return undefined;
    const sink = matchSink(this.engine.opts.catalog, { k: "global", path: p });
    if (!sink || !sink.entry.globals?.some((g) => g.includes("."))) return undefined;
    // Two segments only when they are the whole dotted path, called itself (Hapi's `request.log(tags, data)`).
    if (p.length === 2 && sink.member !== "()") return undefined;
    const data = flattenAll(args);
    this.recordSink(c, sink.entry.kind, sink.entry.id, sink.entry.kind === "sdk" ? this.sdkRecipient(sink.entry, { k: "global", path: p }) : undefined, data);
    // A child logger (`const log = fastify.log.child({ module })`, handed to a client's constructor) is the
    // same logger: calls on it wherever it goes match the entry by its path.
    return sink.member === "child" ? { ref: { k: "global", path: [...p, "()"] } } : EMPTY;
  }

  private superCall(c: ts.CallExpression): Val {
    const args = this.evalArgs(c.arguments, []);
    const cls = classOf(this.unit.node);
    const base = cls ? this.baseClass(cls) : undefined;
    const ctor = base?.members.find(ts.isConstructorDeclaration);
    if (ctor) {
      const unit = this.engine.unitByNode.get(ctor);
      this.callFunction({ k: "fn", fn: { node: ctor, unit } }, args, this.thisVal, c);
    }
    // A library store's initial state (`super({ draft: restoreDraft(), … })` of a ComponentStore).
    const store = !ctor && cls ? this.classStore(cls) : undefined;
    if (store && this.record) this.engine.writeCell(store.cell, args[0] ?? EMPTY, this.unit.id);
    return EMPTY;
  }

  private evalArgs(list: readonly ts.Expression[], mw: GuardInfo[]): Val[] {
    const out: Val[] = [];
    for (const a of list) {
      // A handler wrapped where it is registered (`router.post(p, requireConsent, wrap(async (req, res) => …))`,
      // asyncHandler, catchAsync): the function it wraps is made behind the middleware, and so runs under it.
      let v: Val = EMPTY;
      if (mw.length && wrapsFunction(a)) this.underGuards(mw, () => (v = this.eval(a)));
      else v = this.eval(a);
      if (mw.length && v.ref?.k === "fn") {
        // A handler registered behind guard middleware runs under those guards (inline or named).
        const fn: FunctionValue = { ...v.ref.fn, guards: unionGuards(v.ref.fn.guards ?? this.guards, mw) };
        if (fn.unit === undefined) {
          this.pending.delete(v.ref.fn);
          this.pending.add(fn);
        }
        out.push({ ...v, ref: { k: "fn", fn } });
      } else out.push(v);
    }
    return out;
  }

  /**
   * Inline callbacks given to a project function whose parameter declares their function type
   * (`draftStore.subscribe((draft) => …)` with `subscribe(listener: Listener)`): what the callback is called
   * with, where we cannot see the call (a listener kept in a set and run later), is what that type says.
   */
  private noteCallbackParams(callee: ts.Node, argNodes: readonly ts.Expression[]): void {
    if (!ts.isFunctionLike(callee)) return;
    argNodes.forEach((a, i) => {
      const arg = skipParens(a);
      if (!ts.isArrowFunction(arg) && !ts.isFunctionExpression(arg)) return;
      if (!arg.parameters.length || arg.parameters.every((p) => p.type)) return;
      const declared = callee.parameters[i]?.type;
      const file = declared && this.engine.fileOf(callee);
      const params = file ? functionTypeParams(this.engine, declared, file) : undefined;
      if (params?.length) this.engine.callbackParams.set(arg, params);
    });
  }

  /**
   * `apiFetch<StudentProfile>(url)` where `apiFetch<T>(…): Promise<T>`: the result is declared to be a
   * `StudentProfile`, although the function body only knows it as `res.json() as T`.
   */
  private returnedTypeArgument(fn: ts.SignatureDeclaration, typeArgs: readonly ts.TypeNode[], depth = 0): Val {
    const params = fn.typeParameters;
    const t = fn.type;
    if (!params) return EMPTY;
    if (!t) return depth < 3 ? this.passedTypeArgument(fn, params, typeArgs, depth) : EMPTY;
    const name = returnedTypeName(t);
    const k = name === undefined ? -1 : params.findIndex((p) => p.name.text === name);
    return k >= 0 && typeArgs[k] ? this.typeVal(typeArgs[k]) : EMPTY;
  }

  /**
   * `toDto(RegisterUserDto, body)` where `toDto<T>(cls: ClassConstructor<T>, payload): Promise<T>`: T is the
   * class the caller passes for a parameter typed as its constructor, so the result is an instance of it.
   */
  private instanceOfPassedClass(fn: ts.SignatureDeclaration, args: readonly Val[]): Val {
    const params = fn.typeParameters;
    const name = params && fn.type ? returnedTypeName(fn.type) : undefined;
    if (name === undefined || !params!.some((p) => p.name.text === name)) return EMPTY;
    // The parameter typed as T's constructor: `ClassConstructor<T>`, `Type<T>`, `new (...args: any[]) => T`.
    const i = fn.parameters.findIndex((p) => !!p.type && constructs(p.type, name));
    const cls = i >= 0 ? args[i]?.ref : undefined;
    return cls?.k === "class" ? { ref: { k: "inst", decl: cls.decl }, owner: cls.decl.name?.text } : EMPTY;
  }

  /**
   * A generic arrow without a declared result that hands its type parameter on to a generic function of the
   * project (`get: <T>(url: string) => request<T>('GET', url)`): what that function returns for it.
   */
  private passedTypeArgument(fn: ts.SignatureDeclaration, params: ts.NodeArray<ts.TypeParameterDeclaration>, typeArgs: readonly ts.TypeNode[], depth: number): Val {
    let body = ts.isArrowFunction(fn) ? fn.body : undefined;
    while (body && (ts.isParenthesizedExpression(body) || ts.isAwaitExpression(body))) body = body.expression;
    if (!body || !ts.isCallExpression(body) || !body.typeArguments?.length || !ts.isIdentifier(body.expression)) return EMPTY;
    const file = this.engine.fileOf(fn);
    const r = file ? resolveName(this.engine, file, body.expression.text) : undefined;
    if (r?.kind !== "decl" || !(ts.isFunctionDeclaration(r.node) || ts.isVariableDeclaration(r.node))) return EMPTY;
    const target = ts.isVariableDeclaration(r.node) ? r.node.initializer : r.node;
    if (!target || !(ts.isFunctionDeclaration(target) || ts.isArrowFunction(target) || ts.isFunctionExpression(target))) return EMPTY;
    // Each type argument of the inner call: one of this function's type parameters stands for what the caller gave.
    const mapped = body.typeArguments.map((a) => {
      const k = ts.isTypeReferenceNode(a) && ts.isIdentifier(a.typeName) && !a.typeArguments ? params.findIndex((p) => p.name.text === (a.typeName as ts.Identifier).text) : -1;
      return k >= 0 && typeArgs[k] ? typeArgs[k] : a;
    });
    return this.returnedTypeArgument(target, mapped, depth + 1);
  }

  /**
   * A named handler in a route object with hooks beside it (`{ options: { pre: [{ method: requireConsent }], handler:
   * fileClaim } }`): the framework calls it after them, so that is a call under their guards (form e). An inline
   * handler gets them where it is analysed (hookGuards); a route object without hooks says nothing.
   */
  private routeTableHandler(fn: FunctionValue, ref: ts.Expression): void {
    this.frameworkCall(fn.unit!, this.hookGuards(ref), fn.node);
  }

  /** The framework calls `unit` once `guards` let the request or navigation through: a call under them (form e). */
  private frameworkCall(unit: number, guards: GuardInfo[], node: ts.Node): void {
    if (guards.length && this.record) this.calls.push({ caller: this.unit.id, callee: unit, args: [], guards: unionGuards(this.guards, guards), refuted: this.refutedHere(), node, flushOf: this.flushOf });
  }

  /**
   * Feathers: the methods of a service run after the `before`/`around` hooks registered for them (see
   * service-hooks.ts), so each is called by the framework under the guards among them (form d, as middleware).
   */
  private serviceHookCalls(c: ts.CallExpression): void {
    const sh = this.record ? serviceHooks(c) : undefined;
    const cls = sh && ts.isNewExpression(sh.service) ? this.eval(sh.service.expression).ref : undefined;
    if (!sh || cls?.k !== "class") return;
    const all = sh.hooks.get("all") ?? [];
    for (const m of cls.decl.members) {
      const name = ts.isMethodDeclaration(m) && m.name ? propName(m.name) : undefined;
      const unit = name !== undefined ? this.engine.unitByNode.get(m) : undefined;
      if (unit === undefined) continue;
      this.frameworkCall(unit, this.engine.guards.guardsIn([...all, ...(sh.hooks.get(name!) ?? [])]), m);
    }
  }

  /**
   * An Angular route (`{ path, canActivate: [authGuard, consentGuard], component: ConsultPage }`): the component
   * is made, and its methods run, only once the route's guards let the navigation through.
   */
  private routedComponent(cls: ts.ClassLikeDeclaration, route: ts.ObjectLiteralExpression): void {
    if (!this.record) return;
    const hooks: ts.Expression[] = [];
    for (const p of route.properties)
      if (ts.isPropertyAssignment(p) && ROUTE_GUARD_KEYS.has(propName(p.name) ?? "") && ts.isArrayLiteralExpression(p.initializer))
        hooks.push(...p.initializer.elements.filter((e) => !ts.isSpreadElement(e)));
    const guards = hooks.length ? this.engine.guards.guardsIn(hooks) : [];
    if (!guards.length) return;
    for (const m of cls.members) {
      const unit = ts.isMethodDeclaration(m) ? this.engine.unitByNode.get(m) : undefined;
      if (unit !== undefined) this.frameworkCall(unit, guards, m);
    }
  }

  /** Guards declared beside a route handler in its route object (Hapi `pre`/`ext`, Fastify `preHandler`). */
  private hookGuards(fn: ts.Node): GuardInfo[] {
    // A service action's before-hooks name methods of the schema (`'*': 'checkConsent'`) or are functions.
    const service = serviceBeforeHooks(fn);
    const named = service.flatMap((h) => (typeof h === "string" ? [this.engine.guards.matchPath([h])].filter((g): g is GuardInfo => !!g) : []));
    const exprs = service.filter((h): h is ts.Expression => typeof h !== "string");
    return unionGuards(this.engine.guards.guardsIn([...routeOptionHooks(fn), ...exprs]), named);
  }

  /**
   * Guards added by `.use(guard)` along a builder chain the handler is registered on
   * (`protectedProcedure.use(requireConsent).input(schema).mutation(handler)` in tRPC), also through a
   * constant that holds part of the chain (`export const consentedProcedure = t.procedure.use(requireConsent)`).
   */
  private builderGuards(e: ts.Expression, depth: number): GuardInfo[] {
    let out: GuardInfo[] = [];
    for (let i = 0; i < 16; i++) {
      e = skipParens(e);
      if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
        out = unionGuards(out, this.engine.guards.guardsIn(chainHooks(e.expression.name.text, e.arguments)));
        e = e.expression.expression;
      } else if (ts.isPropertyAccessExpression(e)) e = e.expression;
      else break;
    }
    // A chain that starts at a constant: the chain in its initializer (in this file or the one it is imported from).
    if (ts.isIdentifier(e) && depth < 4 && !this.scope.lookup(e.text)) {
      const r = resolveName(this.engine, this.file, e.text);
      if (r?.kind === "decl" && ts.isVariableDeclaration(r.node) && r.node.initializer && (r.node.parent.flags & ts.NodeFlags.Const) !== 0) {
        if (r.file !== this.file) this.engine.touch(r.file.path);
        out = unionGuards(out, this.builderGuards(r.node.initializer, depth + 1));
      }
    }
    return out;
  }

  /**
   * Guards a wrapper gets by `.use(guard)` calls chained after it: `middy(handler).use(requireConsent('x'))`
   * runs the handler behind the middleware (middy, and any wrapper built the same way).
   */
  private wrapperUseGuards(c: ts.CallExpression): GuardInfo[] {
    let out: GuardInfo[] = [];
    let e: ts.Node = c;
    for (let i = 0; i < 16; i++) {
      let p = e.parent;
      while (ts.isParenthesizedExpression(p)) p = p.parent;
      if (!ts.isPropertyAccessExpression(p) || !ts.isCallExpression(p.parent) || p.parent.expression !== p) break;
      if (p.name.text === "use") out = unionGuards(out, this.engine.guards.guardsIn(p.parent.arguments.flatMap((a) => routeHooks(a))));
      e = p.parent;
    }
    return out;
  }

  /** Checks given after an action's handler that run before it (TRAILING_VALIDATOR_ACTIONS): `routeAction$(h, zod$(…), requireConsent)`. */
  private trailingValidatorGuards(c: ts.CallExpression, callee: ts.Expression): GuardInfo[] {
    const pkg = this.namedLibraryCall(c, callee, TRAILING_VALIDATOR_NAMES, (p, fn) => !!TRAILING_VALIDATOR_ACTIONS[p]?.includes(fn));
    return pkg === undefined ? [] : this.engine.guards.guardsIn(c.arguments.slice(1));
  }

  /** Middleware an API declaration is given wrapped in a call (MIDDLEWARE_ARG_APIS): `Api(Post(p), Middleware(requireConsent), h)`. */
  private middlewareArgGuards(c: ts.CallExpression, callee: ts.Expression): GuardInfo[] {
    const pkg = this.namedLibraryCall(c, callee, MIDDLEWARE_ARG_NAMES, (p, fn) => !!MIDDLEWARE_ARG_APIS[p]?.functions.includes(fn));
    const wrappers = pkg === undefined ? undefined : MIDDLEWARE_ARG_APIS[pkg].middleware;
    if (!wrappers) return [];
    const wrapped = c.arguments.flatMap((a) => (ts.isCallExpression(a) && ts.isIdentifier(a.expression) && wrappers.includes(a.expression.text) ? [...a.arguments] : []));
    return this.engine.guards.guardsIn(wrapped);
  }

  /**
   * The package of a call by a bare name of one of a catalogue's functions (`routeAction$(…)`, `Api(…)`) given
   * at least two arguments, when the name is imported from a package the catalogue lists for it. Asked of every
   * call by a bare name: only the catalogued names are resolved.
   */
  private namedLibraryCall(c: ts.CallExpression, callee: ts.Expression, names: ReadonlySet<string>, listed: (pkg: string, fn: string) => boolean): string | undefined {
    if (!ts.isIdentifier(callee) || c.arguments.length < 2 || !names.has(callee.text)) return undefined;
    const r = resolveName(this.engine, this.file, callee.text);
    return r?.kind === "pkg" && listed(r.pkg, r.path[r.path.length - 1] ?? "") ? r.pkg : undefined;
  }

  /**
   * A route registered on a router the project writes itself (`router.post('/bookings', requireConsent,
   * createBooking)` where `createRouter()` keeps the chain in an array and its dispatcher runs `chain[i](req,
   * next)`), or for a topic behind a guard: the router calls each handler for it behind the functions before it. Said here, where the
   * chain is written, because the dispatcher's call through the stored array does not name the handler.
   */
  private projectRouteHandlers(c: ts.CallExpression, args: Val[]): void {
    const first = c.arguments[0];
    if (!first || !ts.isStringLiteralLike(first) || args.length < 2) return;
    // A topic rather than a path (`reporter.post('app_error', requireConsent, send)`): only a chain with a guard in it says so.
    if (!first.text.startsWith("/") && !this.engine.guards.guardsIn(c.arguments.slice(1)).length) return;
    for (const a of args.slice(1)) if (a.ref?.k === "fn" && a.ref.fn.unit !== undefined) this.underGuards(a.ref.fn.guards ?? [], () => this.recordCall(a.ref as Extract<Ref, { k: "fn" }>, [], undefined, c));
  }

  /** `[Controller, 'method']` handlers of a route (see controller-actions.ts): the method, run under the route's middleware. */
  private controllerActions(c: ts.CallExpression, args: Val[], mw: GuardInfo[]): void {
    c.arguments.forEach((a, i) => {
      const method = controllerAction(this.engine, this.file, a);
      const unit = method && this.engine.unitByNode.get(method);
      if (unit !== undefined) args[i] = { ref: { k: "fn", fn: { node: method!, unit, guards: mw } } };
    });
  }

  /** Guards contributed by middleware arguments before a handler, or by an earlier `router.use(guard)`. */
  private middlewareGuards(c: ts.CallExpression, callee: ts.Expression, recvVal: Val | undefined): GuardInfo[] {
    if (!ts.isPropertyAccessExpression(callee)) {
      const out = unionGuards(unionGuards(this.wrapperUseGuards(c), this.trailingValidatorGuards(c, callee)), this.middlewareArgGuards(c, callee));
      // A router called as a function with a route path and a chain of handlers (page.js's
      // `page('/:id/share', requireConsent, load, show)`): a guard in the chain runs before the handlers.
      const first = c.arguments[0];
      if (!first || !ts.isStringLiteralLike(first) || !first.text.startsWith("/") || c.arguments.length < 3) return out;
      return unionGuards(out, this.engine.guards.guardsIn(c.arguments.slice(1).flatMap((a) => routeHooks(a))));
    }
    const recvPath = exprPath(callee.expression)?.join(".");
    let out: GuardInfo[] = recvPath ? (this.routerGuards.get(recvPath) ?? []) : [];
    // Adonis: a route's or a group's middleware chained after it (`router.group(() => {…}).use([…])`).
    const verb = callee.name.text;
    if ((verb === "group" || ROUTE_VERBS.has(verb)) && recvVal?.ref?.k === "pkg" && pkgListed(TRAILING_MIDDLEWARE_ROUTERS, recvVal.ref.pkg, recvVal.ref.sub ?? recvVal.ref.pkg))
      out = unionGuards(out, this.wrapperUseGuards(c));
    // A router that some `.use(…)` mounts behind guards (`app.use("/m", requireConsent, marketingRouter)`).
    const recv = skipParens(callee.expression);
    const mounted = ts.isIdentifier(recv) ? this.engine.mountGuards(this.file, recv.text) : undefined;
    if (mounted?.length) out = unionGuards(out, mounted);
    // Middleware registered for a path this route is under (`app.use('/api/member/coach/*', requireConsent(…))`).
    const first = c.arguments[0];
    if (ts.isIdentifier(recv) && first && ts.isStringLiteralLike(first) && ROUTE_VERBS.has(callee.name.text))
      out = unionGuards(out, this.engine.pathGuards(this.file, recv.text, first.text, c.getStart()));
    out = unionGuards(out, this.builderGuards(callee.expression, 0));
    const argGuards = this.engine.guards.guardsIn(c.arguments.flatMap((a) => routeHooks(a)));
    const sawGuard = argGuards.length > 0;
    out = unionGuards(out, argGuards);
    // router.use(guard) and fastify.addHook("preHandler", guard): later routes on that receiver are guarded.
    // Not `app.use("/api/classroom", requireConsent, classroomRouter)`: that guards only what is mounted there.
    const mountPath = c.arguments[0] !== undefined && isMountPath(c.arguments[0]);
    const registersForAll =
      (callee.name.text === "use" && !mountPath) ||
      callee.name.text === "onBeforeHandle" ||
      (callee.name.text === "addHook" && c.arguments[0] !== undefined && ts.isStringLiteralLike(c.arguments[0]) && FASTIFY_HOOKS.has(c.arguments[0].text));
    if (registersForAll && sawGuard && recvPath && c.arguments.every((a) => !isFunctionLike(a))) {
      this.routerGuards.set(recvPath, out);
    }
    return out;
  }

  private recordCall(ref: Extract<Ref, { k: "fn" }>, args: Val[], thisVal: Val | undefined, node: ts.Node): void {
    if (ref.fn.unit === undefined || !this.record) return;
    // A handler registered behind guards (`reporter.post(topic, requireConsent, send)` on a router of the
    // project's own) runs under them wherever the router calls it.
    this.calls.push({ caller: this.unit.id, callee: ref.fn.unit, args, thisVal, guards: unionGuards(this.guards, ref.fn.guards ?? []), refuted: this.refutedHere(), node, flushOf: this.flushOf });
  }

  callFunction(ref: Extract<Ref, { k: "fn" }>, args: Val[], thisVal: Val | undefined, node: ts.Node): Val {
    const fn = ref.fn;
    if (fn.unit !== undefined) {
      this.recordCall(ref, args, thisVal, node);
      const summary = this.engine.dependOn(this.unit.id, fn.unit);
      if (summary) this.replayParamCalls(summary, fn, args, thisVal, node);
      this.invokeCallbacks(args, []);
      if (!summary) return EMPTY;
      // What a function named for the app's own data returns (`appToken('getui')` reading a token table) is the
      // app's own, whatever it read it from.
      if (this.returnsOwnData(fn.node)) return CLEAN;
      const out = chosenFor(aboutAChild(this.substitute(summary.ret, fn.unit, args, thisVal, node, nameOf(fn.node)), args), args);
      return this.madeUnderGuards(out, fn.node);
    }
    // A closure another unit made and handed out (a factory's `return { push }`): this is one of its callers.
    const home = this.unit.node;
    const sf = fn.node.getSourceFile();
    if (this.record && (sf !== home.getSourceFile() || fn.node.pos < home.pos || fn.node.end > home.end)) this.closureCalls.push({ closure: fn.node, guards: unionGuards(this.guards, fn.guards ?? []) });
    return chosenFor(aboutAChild(this.inline(fn, args, thisVal), args), args);
  }

  /** Whether a function's name names the app's own data (Engine.ownDataName), so what it returns is the app's own. */
  private returnsOwnData(fn: ts.Node): boolean {
    const name = nameOf(fn);
    return name !== "function" && this.engine.ownDataName(name);
  }

  /**
   * A closure a factory made when called under guards (`this.funnel = hasConsent('ads') ? createFunnel(uid) : null`)
   * exists only when they held: wherever it is called later, it runs under them.
   */
  private madeUnderGuards(v: Val, maker: ts.Node): Val {
    const made = v.ref?.k === "fn" ? v.ref.fn : undefined;
    if (!made || !this.guards.length || made.node.getSourceFile() !== maker.getSourceFile() || made.node.pos < maker.pos || made.node.end > maker.end || made.node === maker) return v;
    return { ...v, ref: { k: "fn", fn: { ...made, guards: unionGuards(made.guards ?? [], this.guards) } } };
  }

  /** Writes `v` at `keys` under the cell the root of `e`'s property chain was read from, if it was read from one. */
  private writeThroughCell(e: ts.Expression, keys: string[], v: Val, obj?: Val): boolean {
    // The object itself was read from a cell (`drafts.state.note = …` of a Stencil store's state).
    const own = obj?.fields?.get(CELL_OF)?.str;
    if (own?.complete && keys.length === 1) {
      const leaf = e.parent && ts.isPropertyAccessExpression(e.parent) ? this.named(e.parent.name, keys[0], v, "identifier") : v;
      this.engine.writeCell(own.prefix, { fields: new Map([[keys[0], leaf]]) }, this.unit.id);
      return true;
    }
    let root = skipParens(e);
    const path = [...keys];
    for (let i = 0; i < 4 && ts.isPropertyAccessExpression(root); i++) {
      path.unshift(root.name.text);
      root = skipParens(root.expression);
    }
    if (!ts.isIdentifier(root) && !ts.isCallExpression(root) && root.kind !== ts.SyntaxKind.ThisKeyword) return false;
    const cell = (root.kind === ts.SyntaxKind.ThisKeyword ? this.thisVal : this.eval(root)).fields?.get(CELL_OF)?.str;
    if (!cell?.complete) return false;
    // The field keeps what its name says, as a variable given a value we know nothing of does.
    const leaf = e.parent && ts.isPropertyAccessExpression(e.parent) ? this.named(e.parent.name, keys[keys.length - 1], v, "identifier") : v;
    let nested: Val = leaf;
    for (let i = path.length - 1; i >= 0; i--) nested = { fields: new Map([[path[i], nested]]) };
    this.engine.writeCell(cell.prefix, nested, this.unit.id);
    return true;
  }

  /** Calls a callee made on what it was given (a callback, a logger's method), made again with what this caller gives. */
  private replayParamCalls(summary: UnitResult, fn: FunctionValue, args: Val[], thisVal: Val | undefined, node: ts.Node): void {
    for (const pc of summary.paramCalls) {
      const given = pc.index === -1 ? thisVal : args[pc.index];
      const target = given && pc.path.length ? this.replayedMethod(given, pc.path, pc.node) : given?.ref?.k === "fn" ? { callee: given.ref, recv: undefined } : undefined;
      if (!target) {
        // What this unit was given itself (`mid(log, x)` passing its own `log` on to `helper`): its callers
        // replay the callee's call on what they pass, as they replay this unit's own.
        if (given && this.record) this.passParamCall(pc, given, fn, args, thisVal, node);
        continue;
      }
      const cbArgs = pc.args.map((a) => this.substitute(a, fn.unit!, args, thisVal, node, nameOf(fn.node)));
      this.underGuards(pc.guards, () => {
        if (target.callee.k === "fn") this.callFunction(target.callee, cbArgs, target.recv, node);
        else if (ts.isCallExpression(pc.node)) this.callExternal(pc.node, target.callee, pc.path[pc.path.length - 1], cbArgs, target.recv);
      });
    }
  }

  /**
   * A callee's call on its parameter (`log.info(…)` in `helper(log, x)`) where this unit passed a parameter of
   * its own: a call on that parameter, for this unit's callers to replay, at the callee's call (where the sink
   * is) and under both units' guards. Once per call and parameter path, so that recursion settles.
   */
  private passParamCall(pc: ParamCall, given: Val, fn: FunctionValue, args: Val[], thisVal: Val | undefined, node: ts.Node): void {
    for (const e of given.taint?.values() ?? []) {
      const a = e.atom;
      if (a.kind !== "param" || a.unit !== this.unit.id || a.path.length + pc.path.length > MAX_PATH) continue;
      const path = [...a.path, ...pc.path];
      if (this.paramCalls.some((p) => p.node === pc.node && p.index === a.index && p.path.join(".") === path.join("."))) continue;
      const passed = pc.args.map((v) => this.substitute(v, fn.unit!, args, thisVal, node, nameOf(fn.node)));
      this.paramCalls.push({ index: a.index, path, args: passed, guards: unionGuards(this.guards, pc.guards), node: pc.node });
    }
  }

  /**
   * The method a callee called on what it was given (`log.info` on the logger a caller passes as `log`): a
   * library object's method, or a function the value holds. Only library objects and functions: a project
   * object's methods are called by the callee itself.
   */
  private replayedMethod(given: Val, path: readonly string[], node: ts.Node): { callee: CalleeRef | Extract<Ref, { k: "fn" }>; recv: Val | undefined } | undefined {
    let cur: Val | undefined = given;
    for (let i = 0; i < path.length; i++) {
      const known: Val | undefined = cur?.fields?.get(path[i]);
      if (known) {
        if (i === path.length - 1) return known.ref?.k === "fn" ? { callee: known.ref, recv: cur } : undefined;
        cur = known;
        continue;
      }
      const ref = cur?.ref;
      if (ref && (ref.k === "pkg" || ref.k === "global")) return { callee: { ...ref, path: [...ref.path, ...path.slice(i)] } as CalleeRef, recv: cur };
      // An instance of a project class the caller made (`dataSources.sms = new SmsAPI()`): its method.
      if (ref?.k === "inst" && i === path.length - 1) {
        const m = this.classMember(ref.decl, path[i], false, cur!, node);
        return m.ref?.k === "fn" ? { callee: m.ref, recv: cur } : undefined;
      }
      return undefined;
    }
    return undefined;
  }

  /** Interpret a nested function (closure) with these arguments. */
  private inline(fn: FunctionValue, args: Val[], thisVal?: Val): Val {
    const overBudget = this.inlineStack.length > 0 && this.inlined >= INLINE_BUDGET;
    // Scripts in the module pattern are closures all the way down, none a unit with a summary: a closure
    // one of them left on a global, and what it calls, may go deeper (the overall budget still holds).
    const maxDepth = fn.scope === DETACHED_SCOPE || this.lexicalFrom ? 2 * MAX_INLINE : MAX_INLINE;
    if ((this.inlineStack.length >= maxDepth || overBudget) && !this.inlineStack.includes(fn.node)) {
      if (overBudget && !this.budgetReported) {
        // Exponential inlining (a generated parser whose rules all call each other): from here on each
        // nested function runs once on its own, without its call sites' arguments. Said, not silent.
        this.budgetReported = true;
        this.engine.diagnostic(this.unit.node, `nested functions of ${this.unit.name} call each other too much to follow call by call (over ${INLINE_BUDGET} inlined calls); the rest were analysed once each, without their arguments`);
      }
      // Too deep to follow from here: it still runs once on its own at the end of the unit, under the guards
      // of every place it was cut off at (not dropped as if it had run).
      if (!this.invoked.has(fn.node)) {
        const queued = [...this.pending].find((p) => p.node === fn.node);
        if (queued) this.pending.delete(queued);
        const guards = unionGuards(this.guards, fn.guards ?? []);
        this.pending.add({ ...fn, guards: queued ? intersectGuards(queued.guards ?? [], guards) : guards });
      }
      return EMPTY;
    }
    this.invoked.add(fn.node);
    this.pending.delete(fn);
    if (this.inlineStack.includes(fn.node)) return EMPTY;
    this.inlined++;
    const savedScope = this.scope;
    const savedGuards = this.guards;
    const savedRet = this.ret;
    const savedThis = this.thisVal;
    const savedFile = this.file;
    const savedLexical = this.lexicalFrom;
    if (fn.scope === DETACHED_SCOPE) this.lexicalFrom = fn.node;
    // A closure a script left on a global (`CRM.sms.send`) runs here with its own file's names.
    const fnFile = fn.node.getSourceFile().fileName;
    if (fnFile !== savedFile.path) this.file = this.engine.files.get(fnFile) ?? savedFile;
    this.scope = new Scope((fn.scope as Scope | undefined) ?? savedScope);
    this.guards = unionGuards(savedGuards, fn.guards ?? []);
    // A controller action made by a factory (Strapi's createCoreController): the policies its routes name.
    const policies = this.engine.strapiPolicyGuards(this.file.path, fn.node);
    if (policies?.length) this.guards = unionGuards(this.guards, policies);
    this.ret = EMPTY;
    this.branchDepth++;
    if (thisVal && !ts.isArrowFunction(fn.node)) this.thisVal = thisVal;
    this.inlineStack.push(fn.node);
    try {
      valueParameters(fn.node).forEach((p, i) => {
        let v = p.dotDotDotToken ? { fields: new Map([["[]", joinAll(args.slice(i))]]) } : (args[i] ?? this.eggParam(fn.node, i, args) ?? EMPTY);
        // A service the framework injects by this name, where the caller (a library) gives nothing we know.
        const injected = !v.ref && !v.taint?.size && !v.fields?.size ? this.injectedParam(p, i) : undefined;
        if (injected) v = injected;
        const declared = jsDocTypeOf(p);
        if (declared && !args[i]?.fields) v = join(v, this.typeVal(declared));
        // Called where we cannot see with what: the function type its callee declared for it says (see noteCallbackParams).
        const contextual = !p.type && !declared && !args[i]?.taint?.size && !args[i]?.fields?.size ? (this.engine.callbackParams.get(fn.node)?.[i]?.type ?? this.contextualType(p, i)) : undefined;
        if (contextual) v = join(v, this.typeVal(contextual));
        if (p.initializer) v = join(v, this.eval(p.initializer));
        this.bindPattern(p.name, v, true);
      });
      this.execBody(fn.node as { body?: ts.Node; type?: ts.TypeNode });
      return this.ret;
    } finally {
      this.branchDepth--;
      this.inlineStack.pop();
      this.scope = savedScope;
      this.guards = savedGuards;
      this.ret = savedRet;
      this.thisVal = savedThis;
      this.file = savedFile;
      this.lexicalFrom = savedLexical;
    }
  }

  /**
   * What egg passes a parameter of a function it calls by convention: the application to the router's export
   * (first: `module.exports = (app) => { router.post(p, requireConsent, controller.policy.share) }`, whose
   * `controller.<file>.<method>` name project handlers) and to a middleware factory (second); the request's
   * context to the `(ctx, next)` function a middleware factory returns and to a schedule's `task(ctx)`. So
   * `ctx.curl`, `ctx.logger` and `ctx.service.x` there are egg's, as `this.ctx…` is in a controller.
   */
  private eggParam(fn: ts.SignatureDeclaration, index: number, args: Val[]): Val | undefined {
    if (args.length) return undefined;
    const app: Val = { ref: { k: "pkg", pkg: "egg", path: ["app"] } };
    if (index === 0 && isEggRouterFile(this.file.rel)) return isModuleExport(fn) ? app : undefined;
    const ctx: Val = { ref: { k: "pkg", pkg: "egg", path: ["Context", "new"] } };
    if (isEggMiddlewareFile(this.file.rel)) {
      if (index === 1 && isModuleExport(fn)) return app;
      const factory = index === 0 ? returnedBy(fn) : undefined;
      return factory && isModuleExport(factory) ? ctx : undefined;
    }
    if (index === 0 && isEggScheduleFile(this.file.rel) && nameOf(fn) === "task") {
      const holder = fn.parent;
      return ts.isObjectLiteralExpression(holder) && isModuleExport(holder) ? ctx : undefined;
    }
    return undefined;
  }

  /** A function value that leaves our hands (callback to a library, JSX handler): run it once with unknown arguments. */
  private escape(fn: FunctionValue, args: Val[]): Val {
    if (fn.unit !== undefined) {
      if (this.record) this.calls.push({ caller: this.unit.id, callee: fn.unit, args, guards: unionGuards(this.guards, fn.guards ?? []), refuted: this.refutedHere(), node: fn.node, flushOf: this.flushOf });
      // What it returns is what the library hands on (`rows.map(toWarehouseRow)`): its summary, put in place.
      const summary = this.engine.dependOn(this.unit.id, fn.unit);
      if (!summary) return EMPTY;
      this.replayParamCalls(summary, fn, args, undefined, fn.node);
      return this.substitute(summary.ret, fn.unit, args, undefined, fn.node, nameOf(fn.node));
    }
    if (this.invoked.has(fn.node)) return EMPTY;
    return this.inline(fn, args);
  }

  /**
   * The callbacks a library call is given whose parameters its type arguments type (TYPED_CALLBACKS), each
   * with the arguments the library calls it with as far as the types say.
   */
  private typedCallbacks(c: ts.CallExpression, ref: Extract<Ref, { k: "pkg" }>, name: string, args: readonly Val[]): Array<{ fn: FunctionValue; args: Val[] }> | undefined {
    const typeArgs = c.typeArguments;
    if (!typeArgs?.length) return undefined;
    const entry = TYPED_CALLBACKS.find((e) => callsEntryFunction(e, ref, name));
    if (!entry) return undefined;
    const out: Array<{ fn: FunctionValue; args: Val[] }> = [];
    for (const site of entry.callbacks) {
      const given = args[site.arg];
      // A function given where an options object may be (`useMutation<…>(fn)`, v3) is the first callback listed there.
      const cb = given?.ref?.k === "fn" ? (entry.callbacks.find((s) => s.arg === site.arg) === site ? given : undefined) : site.property ? given?.fields?.get(site.property) : undefined;
      if (cb?.ref?.k !== "fn") continue;
      const cbArgs: Val[] = [];
      for (const [at, p] of Object.entries(site.params)) {
        const t = typeArgs[p.typeArg];
        if (!t || isTypeParameterRef(t)) continue;
        const v = this.typeVal(t);
        while (cbArgs.length < +at) cbArgs.push(EMPTY);
        cbArgs[+at] = p.field ? { fields: new Map([[p.field, v]]) } : v;
      }
      if (cbArgs.length) out.push({ fn: cb.ref.fn, args: cbArgs });
    }
    return out;
  }

  /**
   * A table definition (TABLE_SCHEMAS: `export const nurses = pgTable('nurses', { … })`): a table of columns,
   * whose row, one field per column named by its key, is kept in a cell under the name the table is bound to.
   * Undefined when the call is none or its columns are not written out.
   */
  private tableDefinition(c: ts.CallExpression, ref: Extract<Ref, { k: "pkg" }>, name: string): Val | undefined {
    const entry = TABLE_SCHEMAS.find((e) => e.definers.includes(name) && pkgListed(e.definitionPackages, ref.pkg, ref.sub ?? ref.pkg));
    const literal = entry && columnsLiteral(c.arguments[entry.columnsArg]);
    const bound = literal && tableBinding(c);
    if (!literal || !bound) return undefined;
    const row = this.namedRow(literal, bound);
    const cell = tableCell(bound);
    if (this.record) this.engine.writeCell(cell, row, this.unit.id);
    return tableValue(cell, [...(row.fields?.keys() ?? [])]);
  }

  /** A row with one field per key of an object literal, each what its key says (read through `owner`). */
  private namedRow(o: ts.ObjectLiteralExpression, owner: string | undefined): Val {
    const minor = !!owner && this.engine.taxonomy.isMinorOwner(owner);
    const fields = new Map<string, Val>();
    for (const p of o.properties) {
      if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
      const key = propName(p.name);
      if (key !== undefined) fields.set(key, this.opaqueMember({ owner, minor: minor || undefined }, key, p.name));
    }
    return { fields, closed: true, owner, minor: minor || undefined };
  }

  /** A relational query (`db.query.nurses.findFirst()`): the table's row, or a list of them, with whatever related rows it asks for. */
  private relationalQuery(ref: Extract<Ref, { k: "pkg" }>, name: string): Val | undefined {
    for (const e of TABLE_SCHEMAS) {
      const rel = e.relational;
      if (!rel || !pkgListed(e.clientPackages, ref.pkg, ref.sub ?? ref.pkg)) continue;
      const many = rel.many.includes(name);
      if (!many && !rel.one.includes(name)) continue;
      const at = ref.path.lastIndexOf(rel.root);
      if (at < 0 || ref.path.length !== at + 3) continue;
      const row = this.engine.readCell(tableCell(ref.path[at + 1]), this.unit.id);
      if (row === EMPTY) continue;
      const loose: Val = { ...row, closed: false, partial: true };
      return many ? { fields: new Map([["[]", loose]]) } : loose;
    }
    return undefined;
  }

  /**
   * A query builder's call on a table or a query (TABLE_SCHEMAS): `from(table)` / `insert(table)` give the
   * table's rows (or those of a selection named before), a selection (`select({ id: t.id })`,
   * `returning({ … })`) rows with its keys, `get()` the first row; the builder's other methods (`where`,
   * `limit`, `values`) keep the query. Undefined for anything else, and for a query's array methods.
   */
  private tableQuery(c: ts.CallExpression, name: string, args: readonly Val[], recv: Val | undefined): Val | undefined {
    const rows = recv?.fields?.get(QUERY_ROWS);
    // Asked of every call: most have neither a query for receiver nor a table or selection first.
    if (!rows && !args[0]?.fields) return undefined;
    const selecting = isColumnSelection(args[0]) && TABLE_SCHEMAS.some((e) => e.selections.includes(name));
    if (rows) {
      if (ARRAY_CALLBACK.has(name) || name === "then" || name === "catch" || name === "finally") return undefined;
      if (selecting) return queryValue(this.selectedRow(c));
      if (TABLE_SCHEMAS.some((e) => e.firstRow.includes(name))) return rows;
      return recv;
    }
    const table = args[0]?.fields?.get(TABLE_CELL)?.str?.prefix;
    if (table !== undefined && TABLE_SCHEMAS.some((e) => e.sources.includes(name))) return queryValue(recv?.fields?.get(SELECTED_ROW) ?? this.engine.readCell(table, this.unit.id));
    if (selecting) return { fields: new Map([[SELECTED_ROW, this.selectedRow(c)]]) };
    return undefined;
  }

  /** The row a selection written out as the call's first argument names (`select({ id: t.id })`). */
  private selectedRow(c: ts.CallExpression): Val {
    const literal = columnsLiteral(c.arguments[0]);
    return literal ? this.namedRow(literal, undefined) : EMPTY;
  }

  /**
   * A Redux store built from slices (REDUX_STORES): a slice's reducer carries its `initialState`, the store
   * puts the parts together in the project's root-state cell, and `getState()` and selector hooks read it.
   * Undefined when the call is none of these.
   */
  private reduxStoreCall(c: ts.CallExpression, ref: Extract<Ref, { k: "pkg" }>, name: string, args: Val[]): Val | undefined {
    const spec = ref.sub ?? ref.pkg;
    const hooked = REDUX_STORES.find((e) => pkgListed(e.selectorHooks.packages, ref.pkg, spec) && e.selectorHooks.hooks.some((h) => ref.path.includes(h)));
    if (hooked) return name !== "withTypes" && args[0]?.ref?.k === "fn" ? this.invokeCallbacks([args[0]], [this.readRootState()]) : undefined;
    const entry = REDUX_STORES.find((e) => pkgListed(e.packages, ref.pkg, spec));
    if (!entry) return undefined;
    if (entry.sliceFactories.includes(name)) {
      const init = args[0]?.fields?.get(entry.stateOption);
      const state = init?.ref?.k === "fn" ? this.callFunction(init.ref, [], undefined, c) : (init ?? EMPTY);
      return { ref: calledRef(ref), fields: new Map([[entry.reducerMember, { fields: new Map([[SLICE_STATE, state]]) }], [entry.actionsMember, this.sliceActions(c, entry.reducersOption)]]) };
    }
    if (entry.combiners.includes(name)) return { ref: calledRef(ref), fields: new Map([[SLICE_STATE, combinedState(args[0])]]) };
    if (!entry.storeFactories.includes(name)) return undefined;
    const reducer = args[0]?.fields?.get(entry.reducerOption);
    const state = reducer?.fields?.get(SLICE_STATE) ?? combinedState(reducer);
    if (this.record && state !== EMPTY) this.engine.writeCell(REDUX_ROOT, state, this.unit.id);
    return { ref: calledRef(ref), fields: new Map(entry.getters.map((g) => [g, REDUX_GETTER])) };
  }

  /**
   * A slice's action creators (`slice.actions.added`), each creating the action its case reducer declares
   * (`added(state, action: PayloadAction<Address>)`): what a listener on it is handed.
   */
  private sliceActions(c: ts.CallExpression, option: string): Val {
    const opts = c.arguments[0] && skipParens(c.arguments[0]);
    const prop = opts && ts.isObjectLiteralExpression(opts) ? opts.properties.find((p) => p.name && propName(p.name) === option) : undefined;
    const reducers = prop && ts.isPropertyAssignment(prop) ? skipParens(prop.initializer) : undefined;
    const fields = new Map<string, Val>();
    if (!reducers || !ts.isObjectLiteralExpression(reducers)) return { fields };
    for (const p of reducers.properties) {
      const key = p.name && propName(p.name);
      const fn = ts.isMethodDeclaration(p) ? p : ts.isPropertyAssignment(p) && (ts.isArrowFunction(p.initializer) || ts.isFunctionExpression(p.initializer)) ? p.initializer : undefined;
      const declared = fn?.parameters[1]?.type;
      if (key !== undefined) fields.set(key, creatorValue(declared && !isTypeParameterRef(declared) ? this.typeVal(declared) : EMPTY));
    }
    return { fields };
  }

  /**
   * A thunk creator (THUNK_CREATORS: `createAsyncThunk<Returned, Arg>(type, payloadCreator)`): its work runs
   * with the declared argument, and each outcome's member (`thunk.fulfilled`) creates the action that carries
   * what the work returned and was given. Undefined when the call is not one.
   */
  private thunkCreatorCall(c: ts.CallExpression, ref: Extract<Ref, { k: "pkg" }>, name: string, args: Val[]): Val | undefined {
    const entry = THUNK_CREATORS.find((e) => callsEntryFunction(e, ref, name));
    const work = entry && args[entry.workArg];
    if (!entry || work?.ref?.k !== "fn") return undefined;
    const declared = (i: number): Val => {
      const t = c.typeArguments?.[i];
      return t && !isTypeParameterRef(t) ? this.typeVal(t) : EMPTY;
    };
    const arg = declared(entry.argTypeArg);
    const result = join(this.escape(work.ref.fn, [arg, reduxApi()]), declared(entry.resultTypeArg));
    this.invokeCallbacks(args.filter((a) => a !== work), [EMPTY]);
    // The thunk itself still carries what went in and came out, as any library call's result does (what
    // `dispatch(thunk(form))` gives back).
    const taint = mergeTaint(flattenAll(args), flatten(result));
    return { ref: calledRef(ref), fields: thunkOutcomes(entry, result, arg), taint: taint?.size ? taint : undefined };
  }

  /**
   * A call that hands an action creator's action to a callback (ACTION_CONSUMERS: a listener's `effect`, a
   * builder's case reducer) runs the callback with that action here, under this call's guards.
   */
  private handActions(name: string, args: readonly Val[]): void {
    for (const entry of ACTION_CONSUMERS) {
      const m = entry.method;
      const action = m?.names.includes(name) ? actionOf(args[m.creatorArg]) : undefined;
      const cb = m && args[m.callbackArg];
      if (m && action && cb?.ref?.k === "fn") this.escape(cb.ref.fn, paramAt(m.actionParam, action));
      const o = entry.options;
      if (!o) continue;
      for (const a of args) {
        if (!a.fields) continue;
        // An action we know nothing of (a slice's own action creator) still comes with the store's API.
        if (!o.creators.some((k) => a.fields!.has(k))) continue;
        const given = o.creators.map((k) => actionOf(a.fields!.get(k))).find((x) => x !== undefined) ?? EMPTY;
        for (const k of o.callbacks) {
          const effect = a.fields.get(k);
          if (effect?.ref?.k !== "fn") continue;
          const effectArgs = [...paramAt(o.actionParam, given), reduxApi()];
          this.escape(effect.ref.fn, effectArgs);
          // A top-level effect is a unit of its own, whose summary cannot see through `api.getState()` on its
          // parameter: it also runs here, with the store's API.
          if (effect.ref.fn.unit !== undefined) this.inline(effect.ref.fn, effectArgs);
        }
      }
    }
  }

  private invokeCallbacks(args: Val[], cbArgs: Val[]): Val {
    let out: Val = EMPTY;
    for (const a of args) if (a.ref?.k === "fn") out = join(out, this.escape(a.ref.fn, cbArgs));
    return out;
  }

  private flushPending(): void {
    for (let i = 0; i < 50 && this.pending.size; i++) {
      const fn = this.nextPending();
      this.pending.delete(fn);
      if (this.invoked.has(fn.node)) continue;
      // Other units may call it, through a value this unit returned or stored: the engine then gives this
      // run the guards every one of those calls is under (CONTRACT §2 (e), for closures).
      this.flushOf = fn.node;
      try {
        this.inline(fn, []);
      } finally {
        this.flushOf = undefined;
      }
    }
  }

  /**
   * The next never-invoked function to run: one that no other pending function calls by name, so that a
   * helper (`moderate`) is analysed through its caller (`send`), under the caller's guards and with its
   * arguments, rather than first on its own with neither.
   */
  private nextPending(): FunctionValue {
    const [first] = this.pending;
    if (this.pending.size === 1 || this.pending.size > 64) return first;
    const list = [...this.pending];
    for (const fn of list) {
      const name = nameOf(fn.node);
      if (!name || !list.some((o) => o !== fn && identifiersIn(o.node).has(name))) return fn;
    }
    return first;
  }

  /** A callee summary's return value with this call's arguments in place of its parameters. */
  private substitute(ret: Val, unit: number, args: Val[], thisVal: Val | undefined, node: ts.Node, fname: string, depth = 0): Val {
    if (depth > 6) return EMPTY;
    const r = ret.ref;
    if (r?.k === "pkg" && r.baseParam !== undefined) ret = { ...ret, ref: { ...r, base: (r.baseParam === -1 ? thisVal : args[r.baseParam])?.str, baseParam: undefined } };
    // Most summaries return nothing traced (void, clean or constant results): nothing to put in place.
    if (!ret.taint?.size && !ret.fields?.size) return ret;
    let taint: Map<string, TaintEntry> | undefined;
    let extra: Val = EMPTY;
    // Whether every parameter the value may be is given nothing or a clean value here (see Val.cleanButParams).
    let givenClean = !!ret.cleanButParams;
    for (const [k, e] of ret.taint ?? []) {
      const a = e.atom;
      if (a.kind === "param" && a.unit === unit) {
        const base = a.index === -1 ? thisVal : args[a.index];
        if (givenClean && !(a.index >= args.length || (base?.clean && !base.taint?.size))) givenClean = false;
        let sel = this.selectParamPath(base, a.path, args, node);
        if (sel && a.omit?.length) sel = withoutFields(sel, a.omit);
        // A number computed from the parameter is computed from what the caller passes.
        if (sel && e.quantity) sel = { taint: asQuantity(flatten(sel)) };
        if (sel) extra = join(extra, sel.taint ? { ...sel, taint: withStep(sel.taint, { node, message: `passes through ${fname}()` }) } : sel);
      } else if (a.kind === "src" && this.refutedAtSite(a.id, unit, args, node)) {
        continue;
      } else if (a.kind === "type" && knownArgForDeclared(a.node, this.engine.units[unit].node, args)) {
        // The parameter's declared type stands for what callers pass; this caller's value is known and is
        // put in place of the parameter itself (`encodeEvents([{ distinct_id: pseudonymize(id) }])`).
        continue;
      } else {
        taint ??= new Map();
        taint.set(k, e.via.length ? e : { ...e, via: [{ node, message: `returned by ${fname}()` }] });
      }
    }
    const fields = ret.fields
      ? new Map([...ret.fields].filter(([k]) => k !== "%this").map(([k, f]) => [k, this.substitute(f, unit, args, thisVal, node, fname, depth + 1)]))
      : undefined;
    if (givenClean && !taint?.size && !fields?.size && !extra.taint?.size) return join({ ...ret, taint: undefined, fields: undefined, cleanButParams: undefined, clean: true }, extra);
    return join({ ...ret, taint, fields }, extra);
  }

  /**
   * A parameter named like PI is a source of the callee's (`function build(meal, allergies = [])`), for the
   * callers that pass it something we cannot see. A call that passes a clean value, or nothing where the
   * default is a literal, refutes it for what this call returns.
   */
  private refutedAtSite(id: number, unit: number, args: readonly Val[], site: ts.Node): boolean {
    const p = this.engine.sources[id].paramOf;
    if (!p || p.unit !== unit || p.index < 0) return false;
    const written = ts.isCallExpression(site) || ts.isNewExpression(site) ? site.arguments?.[p.index] : undefined;
    const passesUndefined = written && ts.isIdentifier(written) && written.text === "undefined";
    if (written && !passesUndefined && isLiteralDefault(written)) return true;
    const arg = p.path ? fieldAt(args[p.index], p.path) : args[p.index];
    // What the caller passes is named as masked or encrypted (`decryptField(b.sfzhEnc)` to a `token` parameter):
    // it is not the PI the parameter's name says, whatever the callee makes of it.
    const writtenName = written && !p.path ? expressionName(written) : undefined;
    if (writtenName && this.engine.taxonomy.isDerivedName(writtenName)) return true;
    // A member written out as a placeholder (`context: () => ({ openid: '' })`) is filled in later: what its name says.
    if (arg && !passesUndefined) return !!arg.clean && flatten(arg).size === 0 && !(p.path && isPlaceholder(arg));
    if (p.path) return false;
    const decl = this.engine.units[unit].node;
    if (!ts.isFunctionLike(decl)) return false;
    const param = decl.parameters[p.index];
    if (!param || param.dotDotDotToken) return false;
    return !param.initializer || isLiteralDefault(param.initializer);
  }

  // ---------- library and global calls ----------

  /**
   * `angular.module(…).factory(name, fn)` and its kin (angular-di.ts): what the injector will give for
   * `name` goes to that name's shared cell: a factory's result, a service's instance, a constant's value.
   */
  private angularRegistration(c: ts.CallExpression, ref: CalleeRef, name: string, args: Val[]): boolean {
    const root = ref.k === "pkg" ? ref.pkg : ref.path[0];
    const path = ref.k === "pkg" ? ref.path : ref.path.slice(1);
    if (!REGISTERING_METHODS.has(name) || !isAngularModulePath(root ?? "", path)) return false;
    const key = c.arguments[0];
    if (!key || !ts.isStringLiteralLike(key)) return false;
    let value: Val = EMPTY;
    if (name === "constant" || name === "value") value = args[1] ?? EMPTY;
    else {
      const fnNode = injectableFunction(c.arguments[1]);
      const fn = fnNode ? this.eval(fnNode) : EMPTY;
      // Its closures read what they close over from their source, as they run (the injected constants a
      // later file registers), not from the scope of whichever run of the factory made them first.
      if (fn.ref?.k === "fn" && name === "factory") value = detachClosures(this.callFunction(fn.ref, [], undefined, c), 0);
      else if (fn.ref?.k === "fn" && (ts.isFunctionExpression(fn.ref.fn.node) || ts.isFunctionDeclaration(fn.ref.fn.node))) value = { ref: { k: "proto", ctor: fn.ref.fn.node }, owner: key.text };
      else if (fn.ref?.k === "class") value = { ref: { k: "inst", decl: fn.ref.decl }, owner: key.text };
    }
    if (this.record && value !== EMPTY) this.engine.writeCell(angularCell(key.text), value, this.unit.id);
    return true;
  }

  private callExternal(c: ts.CallExpression, ref: CalleeRef, name: string, args: Val[], recv: Val | undefined): Val {
    const catalog = this.engine.opts.catalog;
    const dotted = ref.path.join(".");
    const sub = (ref as { sub?: string }).sub;
    if (ref.k === "pkg") this.persistedStore(c, ref);
    const created = ref.k === "pkg" ? this.storeCreatorCall(c, ref, name, args, recv) : undefined;
    if (created) return created;
    const defined = ref.k === "pkg" ? this.definedStoreCall(c, ref, name, args) : undefined;
    if (defined) return defined;
    const atomic = ref.k === "pkg" ? this.stateAtom(c, ref, name, args) : undefined;
    if (atomic) return atomic;
    const central = ref.k === "pkg" ? this.centralStoreCall(c, ref, name, args, recv, "factories") : undefined;
    if (central) return central;
    const holder = this.valueHolder(c, ref, name, args, recv, "factories");
    if (holder) return holder;
    const classStore = this.classStoreCall(ref, name, args, recv);
    if (classStore) return classStore;
    const jobs = this.queueCall(c, name, args, recv);
    if (jobs) return jobs;
    const schema = this.schemaCall(c, ref, name, args, recv);
    if (schema) return schema;
    const procedure = this.schemaInputBuilder(ref, name, args, recv);
    if (procedure) return procedure;
    const validator = validatorMiddleware(ref, name, args);
    if (validator) return validator;
    const form = this.formModel(c, ref, name, "factories");
    if (form) return form;
    const formValue = recv?.fields?.get(FORM_VALUE);
    if (formValue && FORM_MODELS.some((f) => f.valueMethods.includes(name))) return formValue;
    const stream = this.observableCall(ref, name, args, recv);
    if (stream) return stream;
    if (this.graphqlServer(ref, name, args)) return { ref: calledRef(ref) };
    const table = ref.k === "pkg" ? (this.tableDefinition(c, ref, name) ?? this.relationalQuery(ref, name)) : undefined;
    if (table) return table;
    const redux = ref.k === "pkg" ? this.reduxStoreCall(c, ref, name, args) : undefined;
    if (redux) return redux;
    const thunk = ref.k === "pkg" ? this.thunkCreatorCall(c, ref, name, args) : undefined;
    if (thunk) return thunk;
    const matcher = ref.k === "pkg" ? ACTION_MATCHERS.find((e) => callsEntryFunction(e, ref, name)) : undefined;
    const matched = matcher && matchedActions(matcher, args);
    if (matched) return creatorValue(matched, { ref: calledRef(ref) });
    const typed = ref.k === "pkg" ? this.typedCallbacks(c, ref, name, args) : undefined;
    if (typed?.length && !isSwr(ref)) {
      let result: Val = EMPTY;
      for (const t of typed) result = join(result, this.escape(t.fn, t.args));
      this.invokeCallbacks(args, [EMPTY]);
      const taint = mergeTaint(flattenAll(args), flatten(result));
      return { ref: calledRef(ref), taint: taint && taint.size ? taint : undefined };
    }
    // A framework's handle (`createApp(App)`, `createRouter({ routes })`): configured by what it is given, not holding it.
    if (ref.k === "pkg" && FRAMEWORK_HANDLES.some((h) => callsEntryFunction(h, ref, name))) {
      this.invokeCallbacks(args, [EMPTY]);
      return { ref: calledRef(ref) };
    }
    const emitted = recv && this.observed(recv, name, args);
    if (emitted) return emitted;

    // A configuration reader's setting is the application's own (CONFIG_READERS), as `process.env.X` is.
    if (ref.k === "pkg" && CONFIG_READERS.some((e) => e.methods.includes(name) && pkgListed(e.packages, ref.pkg, sub ?? ref.pkg))) return { clean: true, str: lookupDefault(args), fromConfig: true };
    if (ref.k === "global" && CONFIG_READERS.some((e) => e.methods.includes(name) && e.globals?.includes(ref.path.slice(0, -1).join(".")))) return { clean: true, fromConfig: true };
    const helped = this.objectHelper(c, ref, name, args);
    if (helped) return helped;
    // `plainToInstance(RegisterDto, body)`: a RegisterDto holding the body's data (INSTANCE_MAKERS).
    const maker = ref.k === "pkg" ? INSTANCE_MAKERS.find((m) => callsEntryFunction(m, ref, name)) : undefined;
    // `this.service('sms')` of ThinkJS: the class the named file exports (INSTANCE_MAKERS' namedFiles).
    const folder = maker?.namedFiles?.[name];
    const named = folder !== undefined ? args[maker!.classArg]?.str : undefined;
    const file = named?.complete ? this.engine.conventionFile(this.file.path, folder!, named.prefix) : undefined;
    const fromFile = file && instanceOf(this.valueOfResolved(resolveExport(this.engine, file, "default"), named!.prefix));
    if (fromFile) return fromFile;
    const made = maker ? args[maker.classArg]?.ref : undefined;
    if (made?.k === "class") return { ...(args[maker!.classArg + 1] ?? EMPTY), ref: { k: "inst", decl: made.decl }, owner: made.decl.name?.text };
    // `container.get<BookingService>(TYPES.BookingService)`: what the type argument declares (its methods, through
    // the class or the interface's implementations).
    if (maker?.typeArgument && c.typeArguments?.length === 1 && !isTypeParameterRef(c.typeArguments[0])) {
      const typed = this.typeVal(c.typeArguments[0]);
      if (typed.taint?.size || typed.ref) return typed;
    }
    // Built-in data helpers.
    if (ref.k === "global") {
      const b = this.builtin(dotted, args, c);
      if (b) return b;
    }
    const platform = this.platformSource(ref, c, args);
    if (platform) return platform;
    if (this.angularRegistration(c, ref, name, args)) return { ref: calledRef(ref) };
    // Mini-programs: App({...}) in app.js registers the application object every getApp() returns.
    if (ref.k === "global" && ref.path.length === 1 && (ref.path[0] === "App" || ref.path[0] === "getApp")) {
      if (ref.path[0] === "getApp") return withCellOf(this.engine.readCell(MINIPROGRAM_APP, this.unit.id), MINIPROGRAM_APP);
      if (this.record) this.engine.writeCell(MINIPROGRAM_APP, args[0] ?? EMPTY, this.unit.id);
      return EMPTY;
    }

    if (ref.k === "pkg" && ref.pkg === "next" && PASS_CALLS.has(dotted)) this.passPoints.push(this.guards);

    // XMLHttpRequest.open(method, url): remember the URL on the object.
    if (name === "open" && recv?.ref && "url" in recv.ref && ref.path.includes("XMLHttpRequest")) {
      this.setRefUrl(c.expression, args[1]?.str);
      return EMPTY;
    }

    const http = matchHttp(catalog, ref, sub);
    const urlRef = ref as { url?: Str; base?: Str; urlParam?: { unit: number; index: number; prefix: string } };
    if (http || urlRef.url || urlRef.urlParam) {
      const entry = http?.entry ?? httpEntryFor(catalog, ref);
      // A server's connection to its own client (a ws socket known only by its declared type): no third party.
      const serverSide = entry && ref.k === "pkg" && ref.declared && !urlRef.url && pkgListed(entry.declaredServerSide, ref.pkg, sub ?? ref.pkg);
      if (entry && !serverSide) {
        // A request made by a function the library runs (`httpResource(() => ({ url, params }))`): what it makes.
        const factory = http && entry.requestFactory ? args[entry.urlArg]?.ref : undefined;
        if (factory?.k === "fn") {
          args = [...args];
          args[entry.urlArg] = this.inline(factory.fn, []);
        }
        let url: Str | undefined = urlRef.url;
        if (http && !urlRef.url) {
          const a = args[entry.urlArg];
          url = a?.str ?? this.urlFromOptions(a, entry.urlProps);
          url = resolveAgainst(urlRef.base ?? this.urlFromOptions(a, entry.baseProps ?? []) ?? this.baseMember(entry, recv), url);
        }
        // An object made from a request class with the data it sends (`new Resource(record).$save()`): the object's too.
        const data = flattenAll(urlRef.url && recv && ref.path.includes("new") ? [...args, recv] : args);
        const recipient = this.httpRecipient(url);
        // The URL a wrapper's caller gives (`netPost(url, body)` → `net.request({ url })`), found at each call
        // site; on a chained call (`.end(body)`), the one the request was opened with in this unit.
        const chainedParam = urlRef.urlParam?.unit === this.unit.id ? urlRef.urlParam : undefined;
        const urlParam = http ? this.urlParamOf(this.urlArgValue(args[entry.urlArg], entry.urlProps), urlRef.base) : chainedParam;
        this.recordSink(c, "http", entry.id, recipient, data, recipient?.unresolved ? urlParam : undefined);
        // A grant for the application itself (an OAuth client-credentials grant, as WeChat's and Baidu's token
        // endpoints take, or the app's own secret, as WeCom's and DingTalk's gettoken do) returns the
        // application's own token, not a person's (labelling rule 4); see isAppCredentialGrant.
        const personal = (k: string) => this.engine.classify(k).length > 0;
        // What the request carries that may be someone's: a source, a declared record, a whole parameter, or a
        // parameter's member named like PI (not the `opts.apiKey` a client was configured with).
        const carriesPI = () =>
          [...data.values()].some((e) => {
            if (e.atom.kind !== "param") return true;
            const name = e.atom.path.length ? e.atom.path[e.atom.path.length - 1] : this.parameterName(e.atom.unit, e.atom.index);
            return name === undefined || personal(name);
          });
        const response: Val = isAppCredentialGrant(c, args, personal, carriesPI) ? { ref: { k: "sanitized", by: "the application's own credential grant" } } : EMPTY;
        this.invokeCallbacks(args, [response]);
        if (entry.chained && (url || urlParam)) return { ref: { ...ref, path: [...ref.path, "()"], url, urlParam: urlParam && { ...urlParam, unit: this.unit.id } } as Ref };
        // The data a typed request resolves to (`$fetch<Member>(url)`, `axios.get<Member>(url)`): a Member.
        const typed = response === EMPTY && entry.resultType && c.typeArguments?.length === 1 && !isTypeParameterRef(c.typeArguments[0]) ? this.typeVal(c.typeArguments[0]) : undefined;
        const result: Val | undefined = typed?.taint ? (entry.resultType === "value" ? { ...typed, partial: true } : { fields: new Map([["data", typed]]), partial: true }) : undefined;
        // An observable of it (`http.get<Tutor>(url).subscribe((t) => …)` of Angular's HttpClient).
        if (result) return entry.resultStreamed ? { fields: new Map([[EMITS, result]]) } : result;
        // The whole result declared (`request<unknown, StaffInfo>(config)` of axios): a StaffInfo.
        const whole = entry.resultValueTypeArg !== undefined ? c.typeArguments?.[entry.resultValueTypeArg] : undefined;
        const value = response === EMPTY && whole && !isTypeParameterRef(whole) ? this.typeVal(whole) : undefined;
        if (value?.taint) return { ...value, partial: true };
        return response;
      }
    }
    // Instance factories (axios.create({ baseURL })).
    const factory = catalog.http.find((h) => h.instanceFactories?.includes(name) && (ref.k === "pkg" ? h.packages?.includes(sub ?? ref.pkg) || h.packages?.includes(ref.pkg) : ref.path.length === 2 && h.globals?.includes(ref.path[0])));
    if (factory) {
      const base = this.urlFromOptions(args[0], factory.baseProps ?? []) ?? args[0]?.str;
      // A factory of the project's that takes the base URL (`createPartnerHttp(baseURL)`): each caller's.
      const baseArg = base ? undefined : (factory.baseProps ?? []).map((p) => args[0]?.fields?.get(p)).find((v) => v !== undefined);
      const baseParam = baseArg && !this.isModule ? this.urlParamOf(baseArg, undefined)?.index : undefined;
      return { ref: { ...ref, path: [...ref.path, "()"], base, baseParam } as Ref };
    }

    // RTK Query's API slices: the hooks and triggers they generate send to the slice's base URL (see rtk-query.ts).
    const rtk = ref.k === "pkg" && RTK_QUERY_PACKAGES.has(sub ?? ref.pkg) ? rtkCall(ref.path, name) : undefined;
    if (rtk) {
      const pkgRef = ref as Extract<Ref, { k: "pkg" }>;
      if (rtk.kind === "api") {
        const baseQuery = args[0]?.fields?.get("baseQuery")?.ref;
        // A project's wrapper around a fetchBaseQuery (`baseQueryWithReauth`, which retries after a token
        // refresh): the base URL of the one it calls.
        const base = (baseQuery as { base?: Str } | undefined)?.base ?? (baseQuery?.k === "fn" ? this.wrappedBaseUrl(baseQuery.fn.node) : undefined);
        return { ref: { ...pkgRef, path: [...pkgRef.path, "()"], base } };
      }
      if (rtk.kind === "trigger") return { fields: new Map([["0", { ref: { ...pkgRef, path: [...pkgRef.path, "%trigger"] } }], ["1", EMPTY]]), closed: true };
      const data = flattenAll(args);
      this.recordSink(c, "http", "rtk-query", this.httpRecipient(pkgRef.base ?? { prefix: "", complete: false }), data);
      this.invokeCallbacks(args, [EMPTY]);
      return { ref: { ...pkgRef, path: [...pkgRef.path, "()"] } };
    }

    // SWR calls the fetcher with the key (`useSWR('/api/me', fetcher)`, `useSWRMutation('/api/login', (url, { arg }) => …)`).
    if (ref.k === "pkg" && isSwr(ref) && args[1]?.ref?.k === "fn") {
      let result = this.escape(args[1].ref.fn, [args[0] ?? EMPTY, typed?.[0]?.args[1] ?? EMPTY]);
      // `useSWR<GuardianProfile>(key, fetcher)` over a generic fetcher: `data` is what the type argument says.
      const declared = c.typeArguments?.[0];
      if (declared && !isTypeParameterRef(declared)) result = join(result, this.typeVal(declared));
      this.invokeCallbacks([args[0] ?? EMPTY, ...args.slice(2)], [EMPTY]);
      return { fields: new Map([["data", result]]), ref: { ...ref, path: [...ref.path, "()"] } };
    }

    // redux-saga's call(fn, ...args) / fork / spawn run a project function with those arguments.
    if (ref.k === "pkg" && ref.pkg === "redux-saga" && SAGA_CALLS.has(name) && args[0]?.ref?.k === "fn") {
      return this.callFunction(args[0].ref, args.slice(1), undefined, c);
    }
    // … or a library function (`call(axios.post, url, body)`), which is then the call made here.
    const effectOf = args[0]?.ref;
    if (ref.k === "pkg" && ref.pkg === "redux-saga" && SAGA_CALLS.has(name) && (effectOf?.k === "pkg" || effectOf?.k === "global") && effectOf.path.length) {
      return this.callExternal(c, effectOf, effectOf.path[effectOf.path.length - 1], args.slice(1), undefined);
    }

    // nodemailer: the message goes to the addresses it names (see mail.ts), not to a package's vendor,
    // and through the SMTP relay its transport names when that is a third party's (see mail.ts).
    if (ref.k === "pkg" && ref.pkg === "nodemailer" && name === "createTransport") {
      const relay = smtpRelay(args[0]);
      return { ref: { ...ref, path: [...ref.path, "()"], base: relay ? { prefix: `https://${relay}/`, complete: false } : undefined } as Ref };
    }
    if (ref.k === "pkg" && ref.pkg === "nodemailer" && name === "sendMail") {
      const data = flattenAll([mailContent(args[0]) ?? EMPTY, ...args.slice(1)]);
      for (const domain of constantMailDomains(args[0])) this.recordSink(c, "http", "nodemailer", this.httpRecipient({ prefix: `https://${domain}/`, complete: false }), data);
      if (ref.base) this.recordSink(c, "http", "nodemailer", this.httpRecipient(ref.base), data);
      else {
        // A relay named only by configuration, which the config says is a contractor's (`packages: [nodemailer]`):
        // every message goes through that contractor.
        const declared = matchSink(catalog, ref, sub);
        if (declared) this.recordSink(c, "sdk", "nodemailer", this.sdkRecipient(declared.entry, ref), data);
      }
      return { ref: { ...ref, path: [...ref.path, "()"] } as Ref };
    }

    const sink = matchSink(catalog, ref, sub);
    if (sink) {
      // Client storage is also a cache the code reads back (`localStorage.setItem('draft', …)`).
      if (args[0]?.str?.complete) this.keyValueCache(ref, name, args[0].str.prefix, args);
      const dataArgs = sink.entry.dataArgs ? sink.entry.dataArgs.map((i) => args[i] ?? EMPTY) : args;
      const data = flattenAll(dataArgs);
      // A native bridge (`NativeModules.UMAnalyticsModule`) is the vendor's, not react-native's.
      const viaPkg = ref.k === "pkg" && !sink.entry.nativeModules?.includes(ref.path[1] ?? "");
      const recipient = sink.entry.kind === "sdk" ? this.sdkRecipient(sink.entry, viaPkg ? ref : { k: "global", path: ref.path }) : undefined;
      this.recordSink(c, sink.entry.kind, viaPkg ? (ref as PkgRef).pkg : sink.entry.id, recipient, data);
      // An SDK hands its callbacks its own objects (`Sentry.withScope((scope) => scope.setExtra(…))`): calls on them are the SDK's.
      const own: Val = { ref: { ...ref, path: [...ref.path, "()"] } as Ref };
      this.invokeCallbacks(args, sink.entry.kind === "sdk" ? [own] : [EMPTY]);
      return own;
    }

    // Memo hooks: the made value or the callback itself, not what the dependency list holds.
    const memo = ref.k === "pkg" ? MEMO_HOOKS.find((h) => pkgListed(h.packages, ref.pkg, sub ?? ref.pkg)) : undefined;
    if (memo && args[0]?.ref?.k === "fn" && memo.results.includes(name)) return this.callFunction(args[0].ref, [], undefined, c);
    if (memo && args[0] && memo.callbacks.includes(name)) return args[0];
    // NgRx's signalStore(withState(…), withMethods(…)): an object of its state's signals and its methods.
    if (ref.k === "pkg" && name === "signalStore" && pkgListed(SIGNAL_STORE_PACKAGES, ref.pkg, sub ?? ref.pkg)) return this.signalStore(c);
    const tree = ref.k === "pkg" ? this.stateTree(c, ref, name, args, recv) : undefined;
    if (tree) return tree;
    // Data-fetching hooks: `{ data }` is what the query function resolves to.
    const query = ref.k === "pkg" ? QUERY_HOOKS.find((q) => q.functions.includes(name) && pkgListed(q.packages, ref.pkg, sub ?? ref.pkg)) : undefined;
    if (query) {
      const fn = (query.fnOption ? args[0]?.fields?.get(query.fnOption) : undefined) ?? args[query.fnArg];
      const data = fn?.ref?.k === "fn" ? this.callFunction(fn.ref, query.passesKey ? [args[0] ?? EMPTY] : [], undefined, c) : EMPTY;
      this.invokeCallbacks(args.filter((a) => a !== fn), []);
      return { fields: new Map([["data", data]]), partial: true };
    }
    // Wrappers hand back what they were given (after a name given as a string: `action('save', fn)`).
    if (ref.k === "pkg" && WRAPPERS.some((w) => w.functions.includes(name) && pkgListed(w.packages, ref.pkg, sub ?? ref.pkg))) {
      const at = c.arguments.findIndex((a) => !ts.isStringLiteralLike(a));
      if (at >= 0 && args[at]) return args[at];
    }
    // UI state hooks: [state, setState] where the state is the initial value and the declared type.
    const hook = ref.k === "pkg" ? STATE_HOOKS.find((h) => h.pairs.includes(name) && (h.packages.includes(ref.pkg) || (!!sub && h.packages.includes(sub)))) : undefined;
    if (hook) {
      const first = args[hook.initialArg ?? 0];
      const initial = first?.ref?.k === "fn" ? this.escape(first.ref.fn, []) : (first ?? EMPTY);
      const declared = c.typeArguments?.[0] ? this.typeVal(c.typeArguments[0]) : EMPTY;
      // The initial value's known fields are placeholders the setter replaces: keep what it carries, not its shape.
      const taint = flatten(initial);
      // A yes/no (`useState(false)`: a checkbox's opt-in) states a fact at most; whatever sets it, it holds no one's data.
      const initialNode = c.arguments[hook.initialArg ?? 0];
      const yesNo = !c.typeArguments?.length && !!initialNode && (initialNode.kind === ts.SyntaxKind.FalseKeyword || initialNode.kind === ts.SyntaxKind.TrueKeyword);
      const state = yesNo ? CLEAN : join(taint.size ? { taint } : EMPTY, declared);
      // A guard's result kept as state (`const [ok] = useState(hasConsent())`) still proves consent.
      const held = initial.guards?.length ? { ...state, guards: initial.guards } : state;
      // Vue's reactive(): the state itself, its fields filled where we cannot see (a form bound in a template).
      // Partial: a field the code sets is also what its name says, as for a library object (`state.lastLoginAt = Date.now()`).
      if (hook.shape === "state") return { ...held, partial: true };
      // A yes/no ref (`const health = ref(false)`: a switch of a consent form) is no one's data by its name either.
      if (hook.shape === "ref") return { fields: new Map([["value", held]]), partial: true, clean: yesNo || undefined };
      // The setter hands an updater the state (`setDraft((prev) => …)`): see STATE_SETTER in call().
      return { fields: new Map([["0", held], ["1", { ref: { k: "global", path: [STATE_SETTER] }, fields: new Map([[STATE_SETTER, held]]) }]]), closed: true };
    }
    const injected = injectedInstance(name, args);
    if (injected) return injected;
    // A library object filled in place (`form.append("phone", p)`, `params.set(…)`, `headers.append(…)`).
    if (recv && ADDERS.has(name)) this.addElement(c, name, args);
    // A platform object a method fills (`reader.readAsDataURL(file)`: `reader.result` is the file's content).
    const filler = ref.k === "global" && ref.path[1] === "new" ? FILLERS.find((f) => f.globals.includes(ref.path[0]) && f.methods.includes(name)) : undefined;
    if (filler && args[0]) this.fillLocal(c, filler.property, args[0]);
    // Unknown library call: results carry what went in (conservative), callbacks run.
    // Iterating a library's data named for what it holds (`paymentHistory.map((p) => …)` of a query's result):
    // each element is one of its records.
    const iterated = recv && ARRAY_CALLBACK.has(name) && !name.startsWith("reduce") && recv.taint?.size ? this.element(recv) : EMPTY;
    const cb = this.invokeCallbacks(args, [iterated]);
    if (BOOL_METHODS.has(name) || COUNT_METHODS.has(name) || /^(is|has|can|should)[A-Z]/.test(name)) return CLEAN;
    // A cache's counters and expiries (`redis.incr(`sms:count:${phone}`)`, `ttl(key)`): numbers about a key.
    if (KV_COUNTERS.has(name) && keyValueCacheOf(ref)?.counters?.includes(name)) return CLEAN;
    // The receiver's fields too: a library's result joined with our own data (`[{ name }].concat(jqResult)`)
    // is data whose methods (`.slice(0, 10)`) run on the library's side of the join.
    // `model.pick('id', 'patientName')` of a library's record (a Backbone model): each member what its key says.
    const picked = recv && name === "pick" ? constantKeys(args) : undefined;
    if (picked) return { fields: new Map(picked.map((k) => [k, { taint: mergeTaint(this.receiverData(recv!, k), KEY_NAME.test(k) ? this.opaqueMember({ owner: recv!.owner }, k, c).taint : undefined) }])), closed: true };
    // A lookup by key (`redis.get(`apply:cnt:${userId}`)`) gives what is stored under the key, not the key:
    // only a default it may fall back to (`config.get('X', fallback)`) is handed back.
    const lookup = !!recv && KEYED_GETTERS.has(name) && args.length <= 2 && !cb.ref;
    // A cache read back under a key written out (`redis.get(TOKEN_KEY)`): what the project stores there.
    const cached = args[0]?.str?.complete ? this.keyValueCache(ref, name, args[0].str.prefix, args) : undefined;
    if (cached?.clean) return CLEAN;
    const stored = lookup && args[0]?.str?.complete ? this.keyedStoreMember(recv!, name, args[0].str.prefix, c) : undefined;
    if (stored) return stored;
    // A typed store's other methods (`cls.getId()`, `cls.isActive()`) give none of what it holds.
    // Nor does a library function kept on an object of ours (`self.deptName = ko.computed(…)` in a view
    // model, called as `self.deptName()`): the object is where it is kept, not what it is given.
    const keptOnInstance = !!recv && (!recv.ref || recv.ref.k === "proto" || recv.ref.k === "inst");
    const fromRecv = recv && !keptOnInstance && !this.keyedStoreOf(recv) ? this.receiverData(recv, lookup && args[0]?.str?.complete ? args[0].str.prefix : undefined) : undefined;
    let taint = mergeTaint(mergeTaint(mergeTaint(flattenAll(lookup ? args.slice(1) : args), cb.taint), fromRecv), cached && flatten(cached));
    // A library's lookup by key gives what the key names (`ctx.get("x-user-id")`, `localStorage.getItem("phone")`).
    const key = lookup ? args[0]?.str : undefined;
    if (key?.complete && KEY_NAME.test(key.prefix)) taint = mergeTaint(taint, this.opaqueMember({ owner: recv!.owner }, key.prefix, c).taint);
    // A lookup with a default (`config.get('INSURER_URL', 'https://…')`) may give the default: a URL built
    // on it has the default's host.
    const out: Val = {
      ref: { ...ref, path: [...ref.path, "()"] } as Ref,
      taint: taint && taint.size ? taint : undefined,
      str: recv && KEYED_GETTERS.has(name) ? lookupDefault(args) : undefined,
      ...handedBack(args),
    };
    // Mapping a library's data (`(await Log.find().lean()).map((r) => ({ name: r.xingming }))`): its elements are what the callback built.
    // Not what the call that made the data was given (`findMany({ where: { userId } }).map((c) => c.sku.code)`).
    if (recv && (name === "map" || name === "flatMap") && cb !== EMPTY) return { ref: out.ref, fields: new Map([["[]", name === "map" ? cb : this.element(cb)]]) };
    // A library object declared for one record type (`students: Repository<Student>`, `Model<UserDoc>`) hands
    // out records of it, one or a list: what they hold is what the type declares (a Student's is a minor's).
    const record = recv && !BOOL_METHODS.has(name) ? this.declaredRecordType(recv) : undefined;
    if (record) return this.declaredRecords(out, record);
    // Given one type argument naming a record of the project's (`readBody<ReactionReport>(event)` of h3,
    // `storage.getItem<Child>(key)`, `inject<Session>()`): the result is declared to be one, where it is used as
    // a value (bound, awaited, returned). Not a piece handed straight to another call (`createStore(…,
    // withEntities<ChildProfile>())`, `props<{ user: User }>()`), whose type argument configures the whole.
    const declared = c.typeArguments?.length === 1 && usedAsValue(c) ? this.declaredResultType(c.typeArguments[0]) : undefined;
    return declared ? { ...join(out, declared), partial: true } : out;
  }

  /** A call's type argument as the value it declares, when it names a record type of the project's. */
  private declaredResultType(t: ts.TypeNode): Val | undefined {
    const named = ts.isArrayTypeNode(t) ? t.elementType : t;
    if (!ts.isTypeReferenceNode(named) || !ts.isIdentifier(named.typeName) || isTypeParameterRef(named)) return undefined;
    const r = resolveName(this.engine, this.file, named.typeName.text);
    if (r?.kind !== "decl" || !(ts.isInterfaceDeclaration(r.node) || ts.isTypeAliasDeclaration(r.node) || ts.isClassDeclaration(r.node))) return undefined;
    const v = this.typeVal(t);
    return v.taint?.size ? v : undefined;
  }

  /**
   * A utility library's object helper (OBJECT_HELPERS): `pick(obj, ['id', 'xingming'])` is an object of those
   * members of obj, `omit(obj, keys)` obj without them, `get(obj, 'a.b', fallback)` that member or the
   * fallback. Undefined when the call is none of them or names its keys in a way we cannot read.
   */
  private objectHelper(c: ts.CallExpression, ref: CalleeRef, name: string, args: Val[]): Val | undefined {
    const obj = args[0];
    if (!obj || c.arguments.length < 2) return undefined;
    const entry =
      ref.k === "pkg" ? OBJECT_HELPERS.find((e) => pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg)) : ref.path.length === 2 ? OBJECT_HELPERS.find((e) => e.globals.includes(ref.path[0])) : undefined;
    if (!entry) return undefined;
    // `_.pick`, `import { pick }`, `import pick from 'lodash/pick'` or `'lodash.pick'`.
    const names = [name, ref.path[ref.path.length - 1], ref.k === "pkg" ? (ref.sub ?? ref.pkg).split(/[/.]/).pop() : undefined];
    const is = (list: readonly string[]) => names.some((n) => n !== undefined && list.includes(n));
    const read = (parts: readonly string[]) => parts.reduce((v, p) => this.member(v, p, c), obj);
    if (is(entry.get)) {
      const parts = helperKeys(c.arguments[1], args[1], true);
      if (!parts) return undefined;
      const got = read(parts);
      return args[2] ? join(got, args[2]) : got;
    }
    if (is(entry.pluck)) {
      const parts = ts.isStringLiteralLike(c.arguments[1]) ? helperKeys(c.arguments[1], args[1], true) : undefined;
      return parts && { fields: new Map([["[]", parts.reduce((v, p) => this.member(v, p, c), this.element(obj))]]), closed: true };
    }
    const pick = is(entry.pick);
    if (!pick && !is(entry.omit)) return undefined;
    const keys: string[] = [];
    for (let i = 1; i < c.arguments.length; i++) {
      const k = helperKeys(c.arguments[i], args[i], false);
      if (!k) return undefined;
      keys.push(...k);
    }
    if (!pick) return keys.some((k) => k.includes(".")) ? undefined : withoutFields(obj, keys);
    let out: Val = { fields: new Map(), closed: true };
    for (const k of keys) {
      const parts = k.split(".");
      let v = read(parts);
      for (let i = parts.length - 1; i >= 1; i--) v = { fields: new Map([[parts[i], v]]), closed: true };
      out = join(out, { fields: new Map([[parts[0], v]]), closed: true });
    }
    return out;
  }

  /**
   * A key-value cache (KEY_VALUE_CACHES) called with a key written out: a write keeps the value in the key's
   * cell; a read gives what every write under the key kept (undefined when nothing is written there that we
   * can see, or for other calls).
   */
  private keyValueCache(ref: CalleeRef, name: string, key: string, args: readonly Val[]): Val | undefined {
    const entry = keyValueCacheOf(ref);
    if (!entry) return undefined;
    const cell = `${KV_CELL}${entry.id}:${key}`;
    const at = Object.hasOwn(entry.writes, name) ? entry.writes[name] : undefined;
    if (at !== undefined) {
      if (args[at] && this.record) this.engine.writeCell(cell, args[at], this.unit.id);
      return undefined;
    }
    if (!entry.reads.includes(name)) return undefined;
    const back = this.engine.readCell(cell, this.unit.id);
    return back === EMPTY ? undefined : back;
  }

  /**
   * Data a library or framework object parses, typed by the call (`await c.req.json<RegisterBody>()`, ky's
   * `.json<Order>()`, D1's `.first<MemberRow>()`): also what the type declares.
   */
  private typedData(c: ts.CallExpression, name: string, recv: Val | undefined, out: Val): Val {
    if (!recv || c.typeArguments?.length !== 1 || !TYPED_DATA_READERS.has(name)) return out;
    const parsed = this.typeVal(c.typeArguments[0]);
    return parsed.taint ? { ...out, taint: mergeTaint(out.taint, parsed.taint), owner: out.owner ?? parsed.owner, minor: out.minor || parsed.minor } : out;
  }

  /** A result that is one record of the declared type or a list of them. */
  private declaredRecords(out: Val, record: ts.TypeNode): Val {
    const typed = this.typeVal(record);
    return { ...out, taint: mergeTaint(out.taint, typed.taint), minor: typed.minor, owner: typed.owner, fields: new Map([["[]", typed]]), partial: true };
  }

  /** The one type argument of a library object's declared type, when it names a project type (Repository<Student>). */
  private declaredRecordType(recv: Val): ts.TypeNode | undefined {
    // A typed store (KEYED_STORES) hands out its members by key, not records of its type.
    if (this.keyedStoreOf(recv)) return undefined;
    for (const e of recv.taint?.values() ?? []) {
      const t = e.atom.kind === "type" && e.atom.path.length === 0 ? e.atom.node : undefined;
      const arg = t && ts.isTypeReferenceNode(t) && t.typeArguments?.length === 1 ? t.typeArguments[0] : undefined;
      if (!arg || !ts.isTypeReferenceNode(arg) || !ts.isIdentifier(arg.typeName)) continue;
      // The holder is a library's generic (Repository, Model, Collection), not a project type or a container
      // the engine models itself.
      const outer = (t as ts.TypeReferenceNode).typeName;
      if (!ts.isIdentifier(outer) || isModelledGeneric(outer.text) || CONTAINER_GENERICS.has(outer.text) || resolveName(this.engine, this.file, outer.text)?.kind === "decl") continue;
      const r = resolveName(this.engine, this.file, arg.typeName.text);
      if (r?.kind === "decl" && (ts.isClassDeclaration(r.node) || ts.isInterfaceDeclaration(r.node) || ts.isTypeAliasDeclaration(r.node))) return arg;
    }
    return undefined;
  }

  /** The base URL a class-based client's subclass keeps in its own field (`override baseURL = 'https://…'`). */
  private baseMember(entry: HttpClientEntry, recv: Val | undefined): Str | undefined {
    const ref = recv?.ref;
    return entry.baseMember && ref?.k === "inst" ? this.classMember(ref.decl, entry.baseMember, false, recv!).str : undefined;
  }

  /**
   * A form model built from a config object (see FORM_MODELS): its value has the config's keys, each a
   * control filled where we cannot see and so what its name says; the value may have more (controls added
   * later), so it is partial.
   */
  private formModel(n: ts.CallExpression | ts.NewExpression, ref: CalleeRef, name: string, kind: "factories" | "classes"): Val | undefined {
    if (ref.k !== "pkg") return undefined;
    const entry = FORM_MODELS.find((f) => f.packages.includes(ref.pkg) && f[kind].includes(name));
    const config = n.arguments?.[0] && skipParens(n.arguments[0]);
    if (!entry || !config || !ts.isObjectLiteralExpression(config)) return undefined;
    const controls = new Map<string, Val>();
    for (const p of config.properties) {
      const key = (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p)) && this.propertyKey(p.name);
      if (key) controls.set(key, this.opaqueMember({}, key, p.name));
    }
    const value: Val = { fields: controls, partial: true };
    const fields = new Map<string, Val>([[FORM_VALUE, value]]);
    for (const v of entry.values) fields.set(v, value);
    for (const ch of entry.changes) fields.set(ch, { fields: new Map([[EMITS, value]]) });
    return { ref: { ...ref, path: [...ref.path, kind === "classes" ? "new" : "()"] } as Ref, fields };
  }

  /**
   * A value holder (see VALUE_HOLDERS): made with its initial value, one cell per place it is made; its
   * setters and updaters write the cell, its getters, readers and subscribers' callbacks read it.
   */
  private valueHolder(n: ts.CallExpression | ts.NewExpression, ref: CalleeRef, name: string, args: Val[], recv: Val | undefined, kind: "factories" | "classes"): Val | undefined {
    const cell = recv?.fields?.get(HOLDER)?.str?.prefix;
    if (cell !== undefined) {
      const entry = holderEntry(cell);
      if (!entry) return undefined;
      if (entry.keyed) return this.keyedHolderCall(n, entry, cell, name, args);
      if (entry.setters.includes(name)) {
        if (this.record) this.engine.writeCell(cell, args[0] ?? EMPTY, this.unit.id);
        return EMPTY;
      }
      if (entry.updaters.includes(name)) {
        const fn = args[0]?.ref;
        if (fn?.k === "fn") {
          const next = this.callFunction(fn, [this.engine.readCell(cell, this.unit.id)], undefined, n);
          if (this.record) this.engine.writeCell(cell, next, this.unit.id);
        }
        return EMPTY;
      }
      if (entry.subscribers.includes(name)) {
        this.invokeCallbacks(args, [this.engine.readCell(cell, this.unit.id)]);
        return EMPTY;
      }
      if (entry.getters.includes(name)) return this.engine.readCell(cell, this.unit.id);
      if (entry.adders?.includes(name)) {
        if (this.record) this.engine.writeCell(cell, { fields: new Map([["[]", args[0] ?? EMPTY]]) }, this.unit.id);
        return EMPTY;
      }
      return undefined;
    }
    const entry =
      ref.k === "pkg" ? VALUE_HOLDERS.find((e) => pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg)) : ref.k === "global" && ref.path.length === 2 ? VALUE_HOLDERS.find((e) => e.globals?.includes(ref.path[0])) : undefined;
    if (!entry) return undefined;
    // `get(store)`
    const read = entry.readers.includes(name) ? args[0]?.fields?.get(HOLDER)?.str?.prefix : undefined;
    if (read !== undefined) return this.engine.readCell(read, this.unit.id);
    if (entry.unwrappers?.includes(name)) return this.unwrapHolders(args[0] ?? EMPTY, 0);
    const derived = kind === "factories" && entry.derivers.includes(name);
    const computed = kind === "factories" && !!entry.computeds?.includes(name) && args[0]?.ref?.k === "fn";
    if (!derived && !computed && !entry[kind].includes(name)) return undefined;
    // A cell of the file that makes the holder (not a shared `%` cell: the holder reaches its users by import).
    const key = `${this.file.path}#%holder:${entry.id}:${n.pos}`;
    const fn = args[0]?.ref;
    let initial = derived ? this.derivedValue(args[0], args[1], n) : computed && fn?.k === "fn" ? this.inline(fn.fn, []) : (args[0] ?? EMPTY);
    // `signal<Profile | null>(restore(KEY))`: a Profile, whatever the initial value says.
    if (n.typeArguments?.length) initial = join(initial, this.typeVal(n.typeArguments[0]));
    // A holder made empty (`readonly shoujihao = signal('')`, `const mobile = writable('')`) is filled where we
    // cannot see (a template's binding): it holds what the name it is kept under says.
    const kept = !derived && !computed ? holderBinding(n) : undefined;
    if (kept && isPlaceholderArg(n.arguments?.[0])) {
      const cats = this.engine.classify(kept.text);
      if (cats.length) {
        const id = this.engine.source(kept, kept.text, cats, "identifier");
        initial = join(initial, { taint: new Map([[`s${id}`, { atom: { kind: "src", id }, via: [] }]]) });
      }
    }
    if (this.record) this.engine.writeCell(key, initial, this.unit.id);
    return { ref: { ...ref, path: [...ref.path, kind === "classes" ? "new" : "()"] } as Ref, fields: new Map([[HOLDER, { str: { prefix: key, complete: true }, clean: true }]]) };
  }

  /**
   * Jotai and Recoil atoms (STATE_ATOMS): each atom's value is a cell of the file that makes it. A read
   * function runs here with a `get` that reads other atoms' cells; a hook gives the value or a setter that
   * writes the cell (through the atom's write function if it has one, and to client storage if it is kept
   * there). The `get`, `set` and setter values are references into the package with a marker path.
   */
  private stateAtom(c: ts.CallExpression, ref: PkgRef, name: string, args: Val[]): Val | undefined {
    const marker = ref.path[0];
    if (marker === ATOM_GET) return this.atomValue(args[0]);
    if (marker === ATOM_SET) return this.setAtom(c, ref.pkg, atomCellOf(args[0]), args[1]);
    if (marker === ATOM_SETTER) return this.setAtom(c, ref.pkg, { cell: ref.path[1], stored: ref.path[2] || undefined }, args[0]);
    // An atom effect's `onSet(cb)`: cb(newValue, oldValue, isReset) with what the atom holds.
    if (marker === ATOM_ON_SET) {
      const now = this.engine.readCell(ref.path[1], this.unit.id);
      return this.invokeCallbacks(args, [now, now, CLEAN]);
    }
    const entry = STATE_ATOMS.find((e) => pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg));
    if (!entry) return undefined;
    // `store.get(atom)` / `store.set(atom, value)` of a store made outside components (`getDefaultStore()`).
    if (ref.path.length === 3 && ref.path[1] === "()" && entry.stores?.includes(ref.path[0])) {
      if (name === "get") return this.atomValue(args[0]);
      if (name === "set") return this.setAtom(c, ref.pkg, atomCellOf(args[0]), args[1]);
    }
    if (entry.valueHooks.includes(name)) return this.atomValue(args[0]);
    if (entry.setterHooks.includes(name)) return atomSetter(ref.pkg, args[0]);
    if (entry.pairHooks.includes(name)) return { fields: new Map([["0", this.atomValue(args[0])], ["1", atomSetter(ref.pkg, args[0])]]), closed: true };
    const at = Object.hasOwn(entry.factories, name) ? entry.factories[name] : undefined;
    const options = entry.optionFactories.includes(name) ? (args[0] ?? EMPTY) : undefined;
    if (at === undefined && !options) return undefined;
    const cell = `${this.file.path}#%atom:${c.pos}`;
    const initial = at !== undefined ? args[at] : options?.fields?.get("default");
    const read = at !== undefined ? initial : options?.fields?.get("get");
    let value: Val = read?.ref?.k === "fn" ? this.inline(read.ref.fn, [atomGetterArg(entry, ref.pkg)]) : (initial ?? EMPTY);
    if (c.typeArguments?.length) value = join(value, this.typeVal(c.typeArguments[0]));
    const write = at !== undefined ? args[at + 1] : undefined;
    if (this.record) {
      this.engine.writeCell(cell, value, this.unit.id);
      if (write?.ref?.k === "fn") this.engine.writeCell(`${cell}:write`, { fields: new Map([[placeOf(write.ref.fn.node), detachClosures(write, 0)]]) }, this.unit.id);
    }
    const fields = new Map<string, Val>([[ATOM, { str: { prefix: cell, complete: true }, clean: true }]]);
    if (entry.storedFactories.includes(name) && entry.storageSink) fields.set(ATOM_STORED, { str: { prefix: entry.storageSink, complete: true }, clean: true });
    const atom: Val = { ref: calledRef(ref), fields };
    for (const key of options && entry.effects ? entry.effects : []) this.runAtomEffects(options?.fields?.get(key), ref.pkg, atom);
    return atom;
  }

  /** Runs an atom's effects (StateAtomEntry.effects) with `{ onSet, setSelf, trigger, node }` for that atom. */
  private runAtomEffects(list: Val | undefined, pkg: string, atom: Val): void {
    const cell = atomCellOf(atom).cell;
    if (!list?.fields || cell === undefined) return;
    const arg: Val = {
      fields: new Map<string, Val>([
        ["onSet", { ref: { k: "pkg", pkg, path: [ATOM_ON_SET, cell] } }],
        ["setSelf", atomSetter(pkg, atom)],
        ["resetSelf", CLEAN],
        ["trigger", CLEAN],
        ["node", atom],
      ]),
      closed: true,
    };
    // Each element once: by index, and the joined element (`effects: [...shared, persist]`) for those spread in.
    const ran = new Set<ts.Node>();
    for (const fx of list.fields.values()) {
      if (fx.ref?.k !== "fn" || ran.has(fx.ref.fn.node)) continue;
      ran.add(fx.ref.fn.node);
      this.inline(fx.ref.fn, [arg]);
    }
  }

  /** The value an atom holds now. */
  private atomValue(atom: Val | undefined): Val {
    const cell = atomCellOf(atom).cell;
    return cell !== undefined ? this.engine.readCell(cell, this.unit.id) : EMPTY;
  }

  /** The name of a unit's parameter, when it is a plain identifier. */
  private parameterName(unit: number, index: number): string | undefined {
    const node = this.engine.units[unit]?.node;
    const p = node && ts.isFunctionLike(node) && index >= 0 ? valueParameters(node)[index] : undefined;
    return p && ts.isIdentifier(p.name) ? p.name.text : undefined;
  }

  /** An atom set to `v` (or to what an updater makes of its value): through its write function, else into its cell and its storage. */
  private setAtom(c: ts.CallExpression, pkg: string, atom: { cell?: string; stored?: string }, v: Val | undefined): Val {
    if (atom.cell === undefined) return EMPTY;
    let next = v ?? EMPTY;
    if (next.ref?.k === "fn") next = this.inline(next.ref.fn, [this.engine.readCell(atom.cell, this.unit.id)]);
    const writes = storedFunctions(this.engine.readCell(`${atom.cell}:write`, this.unit.id));
    if (writes.length) {
      const get: Val = { ref: { k: "pkg", pkg, path: [ATOM_GET] } };
      const set: Val = { ref: { k: "pkg", pkg, path: [ATOM_SET] } };
      for (const w of writes) this.inlineStored(w.ref.fn, [get, set, next]);
      return EMPTY;
    }
    if (this.record) this.engine.writeCell(atom.cell, next, this.unit.id);
    if (atom.stored) this.recordSink(c, "storage", atom.stored, undefined, flatten(next));
    return EMPTY;
  }

  /**
   * Runs here a function kept in a cell (a store's mutation, getter or action, an atom's write function),
   * which may be written in another file: this unit then depends on that file, whose edit re-runs it.
   */
  private inlineStored(fn: FunctionValue, args: Val[]): Val {
    const file = this.engine.fileOf(fn.node);
    if (file) this.engine.touch(file.path);
    return this.inline(fn, args);
  }

  /**
   * The library store a project class extends (CLASS_STORES): the state the base class keeps is one cell per
   * store class, read with what the class's type argument declares (`extends ComponentStore<BookingState>`).
   */
  private classStore(cls: ts.ClassLikeDeclaration): { entry: ClassStoreEntry; cell: string; stateType?: ts.TypeNode } | undefined {
    const lib = this.libraryBase(cls);
    const entry = lib && CLASS_STORES.find((e) => pkgListed(e.packages, lib.pkg, lib.sub ?? lib.pkg) && e.classes.includes(lib.path[lib.path.length - 1] ?? ""));
    if (!entry) return undefined;
    let top = cls;
    for (let i = 0, b = this.baseClass(top); b && i < 20; i++, b = this.baseClass(top)) top = b;
    const ext = top.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0];
    return { entry, cell: `${this.engine.fileOf(top)?.path ?? ""}#%classstore:${top.pos}`, stateType: ext?.typeArguments?.[0] };
  }

  private classStoreState(store: { cell: string; stateType?: ts.TypeNode }): Val {
    const kept = this.engine.readCell(store.cell, this.unit.id);
    return store.stateType ? join(kept, this.typeVal(store.stateType)) : kept;
  }

  /** A library store's method called on a store of the project's (see CLASS_STORES). */
  private classStoreCall(ref: CalleeRef, name: string, args: Val[], recv: Val | undefined): Val | undefined {
    const cls = ref.k === "pkg" && ref.path[ref.path.length - 2] === "new" && recv?.ref?.k === "inst" ? recv.ref.decl : undefined;
    const store = cls && this.classStore(cls);
    if (!store) return undefined;
    const { entry } = store;
    const fn = args.find((a) => a.ref?.k === "fn");
    if (entry.setters.includes(name)) {
      if (this.record) this.engine.writeCell(store.cell, this.stateAfter(args[0], () => this.classStoreState(store)), this.unit.id);
      return EMPTY;
    }
    if (entry.getters.includes(name)) return fn ? this.invokeCallbacks([fn], [this.classStoreState(store)]) : this.classStoreState(store);
    if (entry.selectors.includes(name)) {
      const at = args.findLastIndex((a) => a.ref?.k === "fn");
      // `select({ draft: this.draft$, … })`: a stream of a record of what each stream emits.
      if (at < 0) return { fields: new Map([[EMITS, { fields: new Map([...(args[0]?.fields ?? [])].map(([k, v]) => [k, v.fields?.get(EMITS) ?? v])) }]]) };
      const inputs = at === 0 ? [this.classStoreState(store)] : args.slice(0, at).map((a) => a.fields?.get(EMITS) ?? a);
      return { fields: new Map([[EMITS, this.invokeCallbacks([args[at]], inputs)]]) };
    }
    // `this.updater((state, patch) => …)` / `this.effect((draft$) => …)`: a function for later calls.
    const kind = entry.updaters.includes(name) ? "updater" : entry.effects.includes(name) ? "effect" : undefined;
    if (!kind || !fn) return undefined;
    const made: Val = { str: { prefix: kind, complete: true }, fields: new Map([["fn", fn], ["store", recv!]]) };
    // Run once as made, as the library may (an effect on a trigger we cannot see, an updater given what its
    // parameter's type says), and again for each call we see.
    this.callClassStoreFn(made, []);
    return { ref: calledRef(ref), fields: new Map([[CLASS_STORE_FN, made]]) };
  }

  /** A function a library store made (classStoreCall), called: an updater sets the state, an effect runs on a stream of its argument. */
  private callClassStoreFn(made: Val, args: Val[]): Val {
    const fn = made.fields?.get("fn") ?? EMPTY;
    const self = made.fields?.get("store")?.ref;
    const store = self?.k === "inst" ? this.classStore(self.decl) : undefined;
    if (!store) return EMPTY;
    const arg = args[0] ?? EMPTY;
    if (made.str?.prefix === "effect") {
      this.invokeCallbacks([fn], [arg.fields?.has(EMITS) ? arg : { fields: new Map([[EMITS, arg]]) }]);
      return EMPTY;
    }
    const next = this.invokeCallbacks([fn], [this.classStoreState(store), arg]);
    if (this.record) this.engine.writeCell(store.cell, next, this.unit.id);
    return EMPTY;
  }

  /** A method of a holder of a record whose members it names first (VALUE_HOLDERS `keyed`: `store.onChange('user', cb)`). */
  private keyedHolderCall(n: ts.Node, entry: ValueHolderEntry, cell: string, name: string, args: Val[]): Val | undefined {
    const key = args[0]?.str?.complete ? args[0].str.prefix : undefined;
    const member = () => (key === undefined ? this.element(this.engine.readCell(cell, this.unit.id)) : this.member(this.keyedHolderValue(cell), key, n));
    if (entry.setters.includes(name)) {
      if (this.record) this.engine.writeCell(cell, key === undefined ? { taint: flatten(args[1] ?? EMPTY) } : { fields: new Map([[key, args[1] ?? EMPTY]]) }, this.unit.id);
      return EMPTY;
    }
    if (entry.getters.includes(name)) return member();
    if (entry.subscribers.includes(name)) {
      this.invokeCallbacks(args.slice(1), [member()]);
      return EMPTY;
    }
    return undefined;
  }

  /**
   * A keyed holder's record: filled by name where we may not see it, so each member is also what the declared
   * type and the member's name say (Val.partial), and assigned in place through its cell.
   */
  private keyedHolderValue(cell: string): Val {
    return withCellOf({ ...this.engine.readCell(cell, this.unit.id), partial: true }, cell);
  }

  /**
   * Stores made from a creator (STORE_CREATORS, zustand): the creator runs here with a `set` and a `get` that
   * write and read the store's cell (one per place it is made), its result with what the type argument
   * declares is the initial state; the store's methods, and the `set` and `get` its functions call, use the cell.
   */
  private storeCreatorCall(c: ts.CallExpression, ref: PkgRef, name: string, args: Val[], recv: Val | undefined): Val | undefined {
    const marker = ref.path[0];
    if (marker === STORE_SET || marker === STORE_GET) {
      const cell = ref.path[1] ?? "";
      if (marker === STORE_GET) return this.createdStoreState(cell);
      this.setCreatedStore(cell, args[0]);
      return EMPTY;
    }
    const held = recv?.fields?.get(STORE_CELL)?.str?.prefix;
    const entry = STORE_CREATORS.find((e) => pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg));
    if (held !== undefined && entry) {
      if (entry.getters.includes(name)) return this.createdStoreState(held);
      if (entry.setters.includes(name)) this.setCreatedStore(held, args[0]);
      else if (entry.subscribers.includes(name)) this.invokeCallbacks(args.filter((a) => a.ref?.k === "fn").slice(-1), [this.createdStoreState(held), this.createdStoreState(held)]);
      else return undefined;
      return EMPTY;
    }
    if (!entry) return undefined;
    if (entry.middleware.includes(name) && args[0]?.ref?.k === "fn") return args[0];
    // `create<T>()` then `(creator)`: the second call's callee is the first call.
    const curried = ref.path.length >= 2 && ref.path[ref.path.length - 1] === "()" && entry.functions.includes(ref.path[ref.path.length - 2]);
    if (!curried && !entry.functions.includes(name)) return undefined;
    const creator = args[0]?.ref;
    if (creator?.k !== "fn") return args.length ? undefined : { ref: calledRef(ref) };
    const cell = `${this.file.path}#%store:${c.pos}`;
    const set: Val = { ref: { k: "pkg", pkg: ref.pkg, path: [STORE_SET, cell], sub: ref.sub } };
    const get: Val = { ref: { k: "pkg", pkg: ref.pkg, path: [STORE_GET, cell], sub: ref.sub } };
    let state = this.callFunction(creator, [set, get, { fields: new Map([["setState", set], ["getState", get]]) }], undefined, c);
    const typeArg = (curried && ts.isCallExpression(c.expression) ? c.expression.typeArguments : c.typeArguments)?.[0];
    if (typeArg && !isTypeParameterRef(typeArg)) state = join(state, this.typeVal(typeArg));
    if (this.record) this.engine.writeCell(cell, state, this.unit.id);
    return { ref: calledRef(ref), fields: new Map([[STORE_CELL, { str: { prefix: cell, complete: true }, clean: true }]]) };
  }

  /**
   * Stores a definition hands out through a hook (DEFINED_STORES, Pinia). The definition runs here: its
   * state (the `state` option's result, or what a setup function returns, refs unwrapped) is a cell per
   * place it is defined, and its getters' values and actions are kept beside it. The hook gives the store
   * (see definedStoreInstance); its listeners are given the state, its patches merged into it.
   */
  private definedStoreCall(c: ts.CallExpression, ref: PkgRef, name: string, args: Val[]): Val | undefined {
    const marker = ref.path[0];
    const listener = args.filter((a) => a.ref?.k === "fn").slice(0, 1);
    if (marker === DEFINED_SUBSCRIBE) {
      this.invokeCallbacks(listener, [EMPTY, this.createdStoreState(ref.path[1] ?? "")]);
      return EMPTY;
    }
    if (marker === DEFINED_ON_ACTION) {
      const after: Val = { ref: { k: "pkg", pkg: ref.pkg, path: [DEFINED_AFTER] } };
      const action: Val = { fields: new Map([["name", CLEAN], ["store", this.definedStoreInstance(ref.path[1] ?? "", ref.pkg)], ["args", EMPTY], ["after", after], ["onError", after]]) };
      this.invokeCallbacks(listener, [action]);
      return EMPTY;
    }
    if (marker === DEFINED_AFTER) {
      this.invokeCallbacks(listener, [EMPTY]);
      return EMPTY;
    }
    if (marker === DEFINED_PATCH) {
      const cell = ref.path[1] ?? "";
      if (this.record) this.engine.writeCell(cell, this.stateAfter(args[0], () => this.createdStoreState(cell)), this.unit.id);
      return EMPTY;
    }
    const entry = DEFINED_STORES.find((e) => pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg));
    if (!entry) return undefined;
    if (entry.refsHelpers.includes(name)) return args[0]?.fields?.has(DEFINED_INSTANCE) ? args[0] : undefined;
    if (!entry.functions.includes(name) || ref.path.length !== 1) return undefined;
    // `defineStore({ id, state })`, `defineStore(id, { state })` or `defineStore(id, () => { … })`.
    const options = args[0]?.fields && !args[0].str ? args[0] : args[1];
    const cell = `${this.file.path}#%defined:${c.pos}`;
    let state: Val;
    const members = new Map<string, Val>();
    if (options?.ref?.k === "fn") {
      state = this.unwrapHolders(this.callFunction(options.ref, [], undefined, c), 0);
      for (const [k, f] of state.fields ?? []) if (f.ref?.k === "fn") members.set(k, f);
    } else if (options?.fields) {
      const make = options.fields.get(entry.stateOption);
      state = make?.ref?.k === "fn" ? this.callFunction(make.ref, [], undefined, c) : (make ?? EMPTY);
      for (const [k, g] of options.fields.get(entry.gettersOption)?.fields ?? []) if (g.ref?.k === "fn") members.set(k, this.callFunction(g.ref, [state], undefined, c));
      for (const [k, a] of options.fields.get(entry.actionsOption)?.fields ?? []) if (a.ref?.k === "fn") members.set(k, a);
    } else return undefined;
    if (this.record) {
      this.engine.writeCell(cell, state, this.unit.id);
      this.engine.writeCell(`${cell}:members`, { fields: members }, this.unit.id);
    }
    return { ref: calledRef(ref), fields: new Map([[DEFINED_STORE, { str: { prefix: cell, complete: true }, clean: true }]]) };
  }

  /** A defined store (see definedStoreCall): its state, its getters and actions, and its listener and patch members. */
  private definedStoreInstance(cell: string, pkg: string): Val {
    const entry = DEFINED_STORES.find((e) => pkgListed(e.packages, pkg, pkg));
    const state = this.createdStoreState(cell);
    const fields = new Map(state.fields ?? []);
    for (const [k, m] of this.engine.readCell(`${cell}:members`, this.unit.id).fields ?? []) fields.set(k, m);
    const member = (marker: string): Val => ({ ref: { k: "pkg", pkg, path: [marker, cell] } });
    for (const s of entry?.subscribers ?? []) fields.set(s, member(DEFINED_SUBSCRIBE));
    for (const s of entry?.actionListeners ?? []) fields.set(s, member(DEFINED_ON_ACTION));
    for (const s of entry?.patchers ?? []) fields.set(s, member(DEFINED_PATCH));
    if (entry) fields.set(entry.stateProperty, state);
    fields.set(DEFINED_INSTANCE, { str: { prefix: cell, complete: true }, clean: true });
    return { ...state, fields, partial: true };
  }

  /** A created store's state: filled by its functions and its users where we may not see, so each member is also what the type says (Val.partial). */
  /** The Redux store's state (see reduxStoreCall). */
  private readRootState(): Val {
    return this.createdStoreState(REDUX_ROOT);
  }

  private createdStoreState(cell: string): Val {
    return { ...this.engine.readCell(cell, this.unit.id), partial: true };
  }

  /** `set(partial)` / `set((state) => partial)`: merged into the store's state. */
  private setCreatedStore(cell: string, v: Val | undefined): void {
    if (this.record) this.engine.writeCell(cell, this.stateAfter(v, () => this.createdStoreState(cell)), this.unit.id);
  }

  /** What a store's setter is given: the new state, or a function of the current one (`setState((s) => …)`) that returns it. */
  private stateAfter(update: Val | undefined, current: () => Val): Val {
    return update?.ref?.k === "fn" ? this.invokeCallbacks([update], [current()]) : (update ?? EMPTY);
  }

  /** A holder called as a function (VALUE_HOLDERS `callable`): `obs()` gives its value, `obs(v)` sets it. */
  private callHolder(cell: string, args: Val[]): Val | undefined {
    const entry = holderEntry(cell);
    if (!entry?.callable) return undefined;
    if (!args.length) return this.engine.readCell(cell, this.unit.id);
    if (this.record) this.engine.writeCell(cell, args[0], this.unit.id);
    return EMPTY;
  }

  /** An object with each holder in it replaced by its value (`ko.toJS(vm)`). */
  private unwrapHolders(v: Val, depth: number): Val {
    const cell = v.fields?.get(HOLDER)?.str?.prefix;
    if (cell !== undefined) return depth < 4 ? this.unwrapHolders(this.engine.readCell(cell, this.unit.id), depth + 1) : EMPTY;
    if (!v.fields || depth >= 4) return v;
    return { ...v, ref: undefined, fields: new Map([...v.fields].map(([k, f]) => [k, this.unwrapHolders(f, depth + 1)])) };
  }

  /**
   * A central store (CENTRAL_STORES: Vuex and stores like it). Made from its options, it keeps each module's
   * state in a cell (`%vuex#state:<path>`) and each getter, mutation and action in a cell under its
   * namespaced name. `commit(type, payload)` runs the mutation here with the module's state, whose
   * assignments write the cell (CELL_OF); `dispatch` runs the action with a context whose `commit` and
   * `dispatch` do the same; `store.state` and `store.getters.x` read the cells.
   */
  private centralStoreCall(n: ts.CallExpression | ts.NewExpression, ref: PkgRef, name: string, args: Val[], recv: Val | undefined, kind: "factories" | "classes"): Val | undefined {
    const marker = ref.path[0];
    // A mapped action or mutation (`this.save(payload)` after `...mapActions('user', ['save'])`) has its type already.
    if ((marker === VUEX_COMMIT || marker === VUEX_DISPATCH) && ref.path[3] !== undefined) return this.vuexRun(marker, ref.path[1] ?? "", `${ref.path[2] ?? ""}${ref.path[3]}`, args[0]);
    if (marker === VUEX_COMMIT || marker === VUEX_DISPATCH) return this.vuexRun(marker, ref.path[1] ?? "", `${ref.path[2] ?? ""}${args[0]?.str?.complete ? args[0].str.prefix : ""}`, args[1]);
    if (recv && (name === "commit" || name === "dispatch")) {
      const stores = storeIds(recv);
      if (stores.length) {
        const type = args[0]?.str?.complete ? args[0].str.prefix : undefined;
        let out: Val = EMPTY;
        for (const store of type === undefined ? [] : stores) out = join(out, this.vuexRun(name === "commit" ? VUEX_COMMIT : VUEX_DISPATCH, store, type!, args[1]));
        return out;
      }
    }
    const entry = CENTRAL_STORES.find((e) => pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg));
    if (!entry) return undefined;
    if (kind === "factories" && entry.hooks.includes(name)) return this.engine.readCell(VUEX_STORE_CELL, this.unit.id);
    const mapper = entry.mappers && ts.isCallExpression(n) ? (Object.keys(entry.mappers) as Array<keyof typeof entry.mappers>).find((k) => entry.mappers![k] === name) : undefined;
    // A store's own helpers (`store.mapGetters([...])`, mpx) map that store; the package's map the app's store.
    if (mapper) return this.vuexMapped(n as ts.CallExpression, mapper, recv && storeIds(recv).length ? storeIds(recv) : storeIds(this.engine.readCell(VUEX_STORE_CELL, this.unit.id)), args);
    if (!entry[kind].includes(name) || !args[0]?.fields) return undefined;
    // Each store its own cells (an app may make two: a Vuex store and a mini-program's), named by where it is made.
    const id = `${this.file.path}@${n.pos}`;
    const store: Val = { ref: { ...ref, path: [...ref.path, kind === "classes" ? "new" : "()"] } as Ref, fields: new Map([[VUEX_STORE, { fields: new Map([[id, CLEAN]]) }]]) };
    if (this.record) {
      this.registerStoreModule(id, args[0], [], 0);
      this.engine.writeCell(VUEX_STORE_CELL, store, this.unit.id);
      if (entry.appProperty) this.installAppProperty(entry.appProperty, store);
    }
    return store;
  }

  /**
   * What `mapState` / `mapGetters` / `mapActions` / `mapMutations` give a component: an object of the names
   * they map (an array of names, or an object of alias: name or, for state, alias: function of the state),
   * after an optional namespace. State and getters are read now; actions and mutations run when called.
   */
  private vuexMapped(c: ts.CallExpression, kind: "state" | "getters" | "actions" | "mutations", stores: string[], args: Val[]): Val {
    const namespaced = c.arguments.length > 1 && ts.isStringLiteralLike(c.arguments[0]);
    const ns = namespaced ? (c.arguments[0] as ts.StringLiteralLike).text.replace(/\/$/, "") : "";
    const prefix = ns ? `${ns}/` : "";
    const map = c.arguments[namespaced ? 1 : 0];
    const given = args[namespaced ? 1 : 0];
    const pairs: Array<[string, string | Val]> = [];
    if (map && ts.isArrayLiteralExpression(map)) for (const el of map.elements) if (ts.isStringLiteralLike(el)) pairs.push([el.text, el.text]);
    if (map && ts.isObjectLiteralExpression(map))
      for (const p of map.properties) {
        const alias = p.name && propName(p.name);
        if (alias === undefined) continue;
        const v = ts.isPropertyAssignment(p) ? skipParens(p.initializer) : undefined;
        pairs.push([alias, v && ts.isStringLiteralLike(v) ? v.text : (given?.fields?.get(alias) ?? EMPTY)]);
      }
    const fields = new Map<string, Val>();
    for (const [alias, target] of pairs) {
      let v: Val = EMPTY;
      for (const store of stores) {
        if (kind === "actions" || kind === "mutations") {
          if (typeof target === "string") v = { ref: { k: "pkg", pkg: "vuex", path: [kind === "actions" ? VUEX_DISPATCH : VUEX_COMMIT, store, prefix, target] } };
        } else if (kind === "getters") {
          if (typeof target === "string") v = join(v, this.centralStoreMember(vuexGetters(store, prefix), target) ?? EMPTY);
        } else {
          const state = this.vuexState(store, ns ? ns.split("/") : [], 0);
          if (typeof target === "string") v = join(v, this.member(state, target, c));
          else if (target.ref?.k === "fn") v = join(v, this.callFunction(target.ref, [state, vuexGetters(store, prefix)], undefined, c));
        }
      }
      fields.set(alias, v);
    }
    return { fields };
  }

  /** A module's state, getters, mutations and actions in their cells; its modules under it (`user/setProfile` when namespaced, and by the bare name). */
  private registerStoreModule(store: string, options: Val, path: readonly string[], depth: number): void {
    if (depth > 4) return;
    const f = options.fields;
    const stateCell = vuexStateCell(store, path);
    const state = f?.get("state");
    this.engine.writeCell(stateCell, state?.ref?.k === "fn" ? this.inline(state.ref.fn, []) : (state ?? EMPTY), this.unit.id);
    const prefix = path.length ? `${path.join("/")}/` : "";
    for (const [group, cell] of [["getters", "getter"], ["mutations", "mutation"], ["actions", "action"]] as const) {
      for (const [k, v] of f?.get(group)?.fields ?? []) {
        const fn = v.ref?.k === "fn" ? v : v.fields?.get("handler");
        if (fn?.ref?.k !== "fn" || k.startsWith("%")) continue;
        const held: Val = { ...detachClosures(fn, 0), fields: new Map([[VUEX_CELL, { str: { prefix: stateCell, complete: true }, clean: true }], [VUEX_NS, { str: { prefix, complete: true }, clean: true }]]) };
        // Keyed by the function's place: two getters of one name (in two modules, by their bare name) are both kept
        // whatever order they are analysed in (a cell's join keeps one function reference only).
        const byPlace: Val = { fields: new Map([[placeOf(fn.ref.fn.node), held]]) };
        for (const key of new Set([`${prefix}${k}`, k])) this.engine.writeCell(vuexCell(store, cell, key), byPlace, this.unit.id);
      }
    }
    for (const [k, m] of f?.get("modules")?.fields ?? []) {
      if (k.startsWith("%") || !m.fields) continue;
      this.engine.writeCell(`${stateCell}#children`, { fields: new Map([[k, CLEAN]]) }, this.unit.id);
      this.registerStoreModule(store, m, [...path, k], depth + 1);
    }
  }

  /** A mutation committed or an action dispatched by its (namespaced) type. */
  private vuexRun(marker: string, store: string, type: string, payload: Val | undefined): Val {
    let out: Val = EMPTY;
    for (const held of storedFunctions(this.engine.readCell(vuexCell(store, marker === VUEX_COMMIT ? "mutation" : "action", type), this.unit.id))) out = join(out, this.vuexRunOne(marker, store, held, payload));
    return out;
  }

  private vuexRunOne(marker: string, store: string, held: Val & { ref: { k: "fn"; fn: FunctionValue } }, payload: Val | undefined): Val {
    const stateCell = held.fields?.get(VUEX_CELL)?.str?.prefix ?? vuexStateCell(store, []);
    const ns = held.fields?.get(VUEX_NS)?.str?.prefix ?? "";
    if (marker === VUEX_COMMIT) return this.inlineStored(held.ref.fn, [this.vuexLocalState(stateCell), payload ?? EMPTY]);
    const pkg = "vuex";
    const context: Val = {
      fields: new Map<string, Val>([
        ["state", this.vuexLocalState(stateCell)],
        ["rootState", this.vuexState(store, [], 0)],
        ["getters", vuexGetters(store, ns)],
        ["rootGetters", vuexGetters(store, "")],
        ["commit", { ref: { k: "pkg", pkg, path: [VUEX_COMMIT, store, ns] } }],
        ["dispatch", { ref: { k: "pkg", pkg, path: [VUEX_DISPATCH, store, ns] } }],
      ]),
    };
    return this.inlineStored(held.ref.fn, [context, payload ?? EMPTY]);
  }

  /** A module's state as a mutation or getter sees it: what its cell holds, written back through its assignments. */
  private vuexLocalState(stateCell: string): Val {
    const held = this.engine.readCell(stateCell, this.unit.id);
    return { ...held, fields: new Map([...(held.fields ?? []), [CELL_OF, { str: { prefix: stateCell, complete: true }, clean: true }]]) };
  }

  /** The whole state under a module path: its own cell and its modules'. */
  private vuexState(store: string, path: readonly string[], depth: number): Val {
    const cell = vuexStateCell(store, path);
    const own = this.engine.readCell(cell, this.unit.id);
    if (depth > 4) return own;
    const children = [...(this.engine.readCell(`${cell}#children`, this.unit.id).fields?.keys() ?? [])];
    return children.length ? join(own, { fields: new Map(children.map((k) => [k, this.vuexState(store, [...path, k], depth + 1)])) }) : own;
  }

  /** `store.state`, `store.getters`, and a getter read from them. */
  private centralStoreMember(obj: Val, name: string): Val | undefined {
    const stores = storeIds(obj);
    if (stores.length) {
      if (name === "state") return joinAll(stores.map((store) => this.vuexState(store, [], 0)));
      if (name === "getters") return joinAll(stores.map((store) => vuexGetters(store, "")));
      return undefined;
    }
    let out: Val = EMPTY;
    for (const [store, ns] of getterScopes(obj)) {
      for (const held of storedFunctions(this.engine.readCell(vuexCell(store, "getter", `${ns}${name}`), this.unit.id))) {
        const stateCell = held.fields?.get(VUEX_CELL)?.str?.prefix ?? vuexStateCell(store, []);
        const getterNs = held.fields?.get(VUEX_NS)?.str?.prefix ?? "";
        out = join(out, this.inlineStored(held.ref.fn, [this.vuexLocalState(stateCell), vuexGetters(store, getterNs), this.vuexState(store, [], 0), vuexGetters(store, "")]));
      }
    }
    return out;
  }

  /** What a derived holder holds: its function's result for the value of the holder it is made from, or their list. */
  private derivedValue(from: Val | undefined, fn: Val | undefined, n: ts.Node): Val {
    if (fn?.ref?.k !== "fn" || !from) return EMPTY;
    const valueOf = (h: Val): Val => {
      const cell = h.fields?.get(HOLDER)?.str?.prefix;
      return cell !== undefined ? this.engine.readCell(cell, this.unit.id) : EMPTY;
    };
    let input: Val;
    if (from.fields?.has(HOLDER)) input = valueOf(from);
    else {
      const items = [...(from.fields ?? [])].filter(([k]) => /^\d+$/.test(k)).map(([k, h]) => [k, valueOf(h)] as const);
      input = { fields: new Map([...items, ["[]", joinAll(items.map(([, v]) => v))]]), closed: true };
    }
    return this.callFunction(fn.ref, [input], undefined, n);
  }

  /**
   * Runtime schemas (see SCHEMA_LIBRARIES): a schema built from a shape is a value whose fields are the
   * shape's keys (no data of its own); what a validator of it returns is the data it was given, holding
   * those fields, each what its key says.
   */
  private schemaCall(c: ts.CallExpression, ref: CalleeRef, name: string, args: Val[], recv: Val | undefined): Val | undefined {
    const lib = recv?.fields?.get(SCHEMA)?.str?.prefix;
    if (lib !== undefined && recv) {
      const entry = SCHEMA_LIBRARIES.find((e) => e.id === lib);
      if (!entry) return undefined;
      // The process environment validated (`EnvSchema.safeParse(Bun.env)`): the deployment's settings, as the
      // environment's own reads are, whatever the schema's keys say (`DINGTALK_ACCESS_TOKEN`).
      const settings: Val | undefined = c.arguments[0] && isEnvironment(c.arguments[0]) ? { clean: true, fromConfig: true } : undefined;
      if (entry.validators.includes(name)) return settings ?? join(args[0] ?? EMPTY, this.validated(recv, c, undefined, 0));
      const field = Object.hasOwn(entry.wrapped, name) ? entry.wrapped[name] : undefined;
      if (field) return { fields: new Map([[field, settings ?? join(args[0] ?? EMPTY, this.validated(recv, c, undefined, 0))]]) };
      if (entry.extenders.includes(name) && args[0]) return this.schemaValue(entry.id, args[0], recv, recv.ref);
      // Refinements and modifiers (`.strict()`, `.min(2)`, `.optional()`) are still the schema.
      return recv;
    }
    if (ref.k !== "pkg") return undefined;
    const entry = SCHEMA_LIBRARIES.find((e) => pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg) && (e.objects.includes(name) || e.arrays.includes(name)));
    if (!entry) return undefined;
    // A library object, so that its methods (`.parse`, `.extend`) are the library's calls.
    const made = { ...ref, path: [...ref.path, "()"] } as Ref;
    if (entry.objects.includes(name)) return this.schemaValue(entry.id, args[0] ?? EMPTY, undefined, made);
    const element = args[0]?.fields?.has(SCHEMA) ? args[0] : LEAF_SCHEMA;
    return { ref: made, fields: new Map([[SCHEMA, schemaMark(entry.id)], ["[]", element]]), clean: true };
  }

  /**
   * A builder chain given an input schema (catalog/schemas.ts SCHEMA_INPUT_BUILDERS): the chain carries the
   * schema, and the handler it is finally given receives the data the schema validated.
   */
  private schemaInputBuilder(ref: CalleeRef, name: string, args: Val[], recv: Val | undefined): Val | undefined {
    if (ref.k !== "pkg") return undefined;
    const entry = SCHEMA_INPUT_BUILDERS.find((e) => pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg));
    if (!entry) return undefined;
    const carried = recv?.fields?.get(INPUT_SCHEMA);
    if (entry.inputs.includes(name) && args[0]?.fields?.has(SCHEMA)) {
      return { ref: calledRef(ref), fields: new Map([[INPUT_SCHEMA, carried ? join(carried, args[0]) : args[0]]]) };
    }
    if (entry.handlers.includes(name) && carried) {
      const handler = args.find((a) => a.ref?.k === "fn")?.ref as Extract<Ref, { k: "fn" }> | undefined;
      const input: Val = { fields: new Map([[entry.field, this.validated(carried, handler?.fn.node ?? this.unit.node, undefined, 0)]]) };
      for (const a of args) if (a.ref?.k === "fn") this.escape(a.ref.fn, [input]);
      return { ref: calledRef(ref) };
    }
    // Other links of the chain (`.use(mw)`, `.meta(…)`) keep the schema for the handler.
    if (carried) {
      this.invokeCallbacks(args, [EMPTY]);
      return { ref: calledRef(ref), fields: new Map([[INPUT_SCHEMA, carried]]) };
    }
    return undefined;
  }

  /** A schema of this library with the keys of `shape` (each a nested schema or a leaf), added to `base`'s. */
  private schemaValue(lib: string, shape: Val, base: Val | undefined, ref: Ref | undefined): Val {
    const fields = new Map<string, Val>(base?.fields ?? []);
    fields.set(SCHEMA, schemaMark(lib));
    for (const [k, f] of shape.fields ?? []) if (!k.startsWith("%")) fields.set(k, f.fields?.has(SCHEMA) ? f : LEAF_SCHEMA);
    return { ref, fields, clean: true };
  }

  /** The data a schema validated, made at `at`: its fields, each a source of what its key says (not closed: a schema may pass other keys through). */
  private validated(schema: Val, at: ts.Node, owner: string | undefined, depth: number): Val {
    const fields = new Map<string, Val>();
    const minor = owner !== undefined && this.engine.taxonomy.isMinorOwner(owner);
    for (const [k, f] of schema.fields ?? []) {
      if (k.startsWith("%")) continue;
      if (f.fields?.has(SCHEMA)) {
        if (depth < 6) fields.set(k, { ...this.validated(f, at, k === "[]" ? owner : k, depth + 1), owner: k === "[]" ? owner : k });
        continue;
      }
      // The elements of a list of leaves (`symptoms: z.array(z.string())`) are what the list's key says.
      const named = k === "[]" ? owner : k;
      const cats = named !== undefined && (k !== "[]" || owner !== undefined) ? (k === "[]" ? this.engine.classify(named) : this.engine.classify(k, owner)) : [];
      if (!cats.length) continue;
      const id = this.engine.source(at, named!, minor || this.engine.taxonomy.isMinorOwner(named!) ? withMinor(cats) : cats, "property");
      fields.set(k, { taint: new Map([[`s${id}`, { atom: { kind: "src", id }, via: [] }]]), owner: k, minor: minor || undefined });
    }
    return { fields, owner };
  }

  /**
   * A route whose options declare schemas for its request: the handler's context (Elysia:
   * `app.post(path, handler, { body: Signup })`) or request (Fastify: `fastify.post(path, { schema: { body:
   * Signup, querystring } }, handler)`) holds the validated body, query, params and headers.
   */
  private validatedRequest(c: ts.CallExpression, args: Val[]): void {
    const ctx = new Map<string, Val>();
    c.arguments.forEach((a, i) => {
      if (i === 0 || !ts.isObjectLiteralExpression(a)) return;
      const options = args[i];
      const parts = options?.fields?.get("schema")?.fields ?? options?.fields;
      for (const [part, key] of [["body", "body"], ["query", "query"], ["querystring", "query"], ["params", "params"], ["headers", "headers"]] as const) {
        const schema = parts?.get(part);
        if (schema?.fields?.has(SCHEMA)) ctx.set(key, this.validated(schema, a, undefined, 0));
      }
    });
    if (!ctx.size) return;
    for (const a of args) if (a.ref?.k === "fn") this.escape(a.ref.fn, [{ fields: ctx }]);
  }

  /**
   * Handlers given after validator middleware (VALIDATOR_MIDDLEWARES) in one call: their request holds each
   * target's validated data, which `c.req.valid(target)` reads (see validatedTarget).
   */
  private afterValidators(args: Val[]): void {
    if (!args.some((a) => a.fields?.has(VALIDATES))) return;
    const schemas = args.flatMap((a) => [...(a.fields?.get(VALIDATES)?.fields ?? [])]);
    for (const a of args) {
      const fn = a.ref?.k === "fn" ? a.ref.fn : undefined;
      if (!fn) continue;
      // The data enters where the handler starts.
      const req = new Map(schemas.map(([target, schema]) => [`${VALID}${target}`, this.validated(schema, fn.node, undefined, 0)]));
      this.escape(fn, [{ fields: new Map([["req", { fields: req }]]) }]);
    }
  }

  /** `c.req.valid('json')` in a file of a Hono app: the data the route's validator middleware validated for that target. */
  private validatedTarget(name: string, recv: Val, args: Val[]): Val | undefined {
    const target = args[0]?.str;
    if (!target?.complete || args.length !== 1) return undefined;
    const entry = VALIDATOR_MIDDLEWARES.find((e) => e.accessor === name);
    if (!entry || !(importsHono(this.file) || [...this.file.imports.values()].some((b) => entry.packages.includes(b.spec)))) return undefined;
    return selectPath(recv, [`${VALID}${target.prefix}`], this.engine.typeAtomLive) ?? EMPTY;
  }

  /**
   * A job queue made (see JOB_QUEUES): its cell starts with what its type argument declares, a processor
   * given here gets its jobs, and the queue carries the cell's key for its later adds and processors.
   */
  private jobQueue(n: ts.NewExpression, ref: Extract<Ref, { k: "pkg" }>, args: Val[]): Val | undefined {
    const cls = ref.path[ref.path.length - 1] ?? "default";
    const entry = JOB_QUEUES.find((e) => pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg) && e.classes.includes(cls));
    if (!entry) return undefined;
    const name = args[0]?.str?.complete ? args[0].str.prefix : undefined;
    // Shared by name (`%` cells reach other files and packages); else the place it is made.
    const key = name !== undefined ? `%queue#${entry.id}:${name}` : `${this.file.path}#%queue#${entry.id}:@${n.pos}`;
    const declared = n.typeArguments?.length ? this.typeVal(n.typeArguments[0]) : EMPTY;
    if (this.record && declared !== EMPTY) this.engine.writeCell(key, declared, this.unit.id);
    const processor = entry.processorArg !== undefined ? args[entry.processorArg] : undefined;
    if (processor?.ref?.k === "fn") this.escape(processor.ref.fn, this.jobArgs(processor.ref.fn, key));
    const fields = new Map<string, Val>([[QUEUE, { str: { prefix: key, complete: true }, clean: true }]]);
    // A typed queue's jobs are what its type declares: what is added must be one (see queueCall).
    if (declared !== EMPTY) fields.set(QUEUE_TYPED, { str: { prefix: "typed", complete: true }, clean: true });
    return { ref: { ...ref, path: [...ref.path, "new"] } as Ref, fields };
  }

  /**
   * What a processor is given: a job of the queue whose cell is `key`, `job.data` being what was added. A
   * processor that declares its job's type (`async (job: Job<ClaimJob>) => …`) already knows what it holds,
   * field by field, more exactly than the queue's cell does: it is given nothing more.
   */
  private jobArgs(fn: FunctionValue, key: string): Val[] {
    if (valueParameters(fn.node)[0]?.type) return [];
    return [{ fields: new Map([["data", this.engine.readCell(key, this.unit.id)]]) }];
  }

  /** `queue.add(data)` / `queue.process(async (job) => …)` on a queue made with jobQueue. */
  private queueCall(c: ts.CallExpression, name: string, args: Val[], recv: Val | undefined): Val | undefined {
    const key = recv?.fields?.get(QUEUE)?.str?.prefix;
    const entry = key !== undefined ? JOB_QUEUES.find((e) => key.includes(`%queue#${e.id}:`)) : undefined;
    if (key === undefined || !entry) return undefined;
    if (entry.adders.includes(name)) {
      // Into an untyped queue only: a typed one's jobs are what its type declares, which says more exactly
      // what each field holds than the values added (`depTime: order.depTime` of an order with passengers).
      const at = c.arguments.findIndex((a) => !ts.isStringLiteralLike(a));
      if (this.record && at >= 0 && args[at] && !recv?.fields?.has(QUEUE_TYPED)) this.engine.writeCell(key, args[at], this.unit.id);
      return EMPTY;
    }
    if (entry.processors.includes(name)) {
      for (const a of args) if (a.ref?.k === "fn") this.escape(a.ref.fn, this.jobArgs(a.ref.fn, key));
      return EMPTY;
    }
    // A listener of a job's event (`worker.on('failed', (job, err) => …)`) is given the job.
    const event = c.arguments[0];
    if (name === "on" && event && ts.isStringLiteralLike(event) && entry.jobEvents.includes(event.text)) {
      const listener = args[1];
      if (listener?.ref?.k === "fn") this.escape(listener.ref.fn, this.jobArgs(listener.ref.fn, key));
      return EMPTY;
    }
    return undefined;
  }

  /**
   * Observable pipelines (catalog/observables.ts): a stream carries what it emits under EMITS; an operator is
   * kept, with its callback, until `pipe(…)` hands it the values, one operator after the other.
   */
  private observableCall(ref: CalleeRef, name: string, args: Val[], recv: Val | undefined): Val | undefined {
    // A library's stream that carries no EMITS (`http.get(url)`) emits what the call gave back.
    if (isPipe(name, args)) return { ...this.piped(recv?.fields?.get(EMITS) ?? recv ?? EMPTY, args), ref: calledRef(ref) };
    if (ref.k !== "pkg") return undefined;
    if (REACTIONS.some((e) => e.functions.includes(name) && pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg)) && args[0]?.ref?.k === "fn") {
      const value = this.invokeCallbacks([args[0]], []);
      this.invokeCallbacks(args.slice(1, 2), [value, value]);
      return { ref: calledRef(ref) };
    }
    const entry = OBSERVABLES.find((e) => e.packages.includes(ref.sub ?? ref.pkg) || e.packages.includes(ref.pkg));
    if (!entry || ref.path.length !== 1) return undefined;
    if (entry.ofArgs.includes(name)) return { fields: new Map([[EMITS, joinAll(args)]]), ref: calledRef(ref) };
    if (entry.ofContents.includes(name)) {
      const a = args[0] ?? EMPTY;
      // `defer(() => promise)`: what the factory gives back.
      const v = a.ref?.k === "fn" ? this.invokeCallbacks([a], []) : a;
      return { fields: new Map([[EMITS, join(v, v.fields?.get("[]") ?? EMPTY)]]), ref: calledRef(ref) };
    }
    if (entry.readers.includes(name)) return args[0]?.fields?.get(EMITS) ?? args[0] ?? EMPTY;
    const kind = entry.mappers.includes(name) ? "mapper" : entry.observers.includes(name) ? "observer" : entry.passThrough.includes(name) ? "pass" : entry.pairers.includes(name) ? "pair" : undefined;
    if (!kind) return undefined;
    // A pairer keeps what its streams emit (`withLatestFrom(visit$)`); the others their callback.
    // A library's stream that carries no EMITS (`http.get<Tutor>(url)`) emits what the call gave back, as in pipe.
    const held = kind === "pair" ? joinAll(args.map((a) => a.fields?.get(EMITS) ?? a)) : (args[0] ?? EMPTY);
    const op: Val = { str: { prefix: kind, complete: true }, fields: new Map([["fn", held]]) };
    return { fields: new Map([[RX_OPERATOR, op]]), closed: true };
  }

  /**
   * A resolver map declared as a GraphQL server's own type (`const account: IResolvers = { Query: … }` with
   * mercurius's `IResolvers`): kept for that server, which calls its resolvers with its context.
   */
  private declaredResolverMap(d: ts.VariableDeclaration, v: Val): void {
    const t = d.type;
    if (!this.record || !t || !ts.isTypeReferenceNode(t) || !ts.isIdentifier(t.typeName) || !v.fields?.size) return;
    const r = resolveName(this.engine, this.file, t.typeName.text);
    if (r?.kind !== "pkg") return;
    const type = r.path[r.path.length - 1] ?? t.typeName.text;
    const entry = GRAPHQL_SERVERS.find((e) => e.resolverTypes?.includes(type) && pkgListed(e.packages, r.pkg, r.spec));
    if (entry) this.engine.writeCell(`${GRAPHQL_RESOLVERS}:declared:${entry.id}`, v, this.unit.id);
  }

  /**
   * GraphQL servers (catalog/graphql-servers.ts): the context function's result is kept in one cell; each
   * resolver of a resolver map is called as the server calls it, with that context as its third argument.
   */
  private graphqlServer(ref: CalleeRef, name: string, args: Val[]): boolean {
    // A server plugin registered with its options (`app.register(mercurius, { resolvers, context })`).
    const pluginRef = name === "register" ? args[0]?.ref : undefined;
    const plugin = pluginRef?.k === "pkg" ? GRAPHQL_SERVERS.find((e) => e.plugin && pkgListed(e.packages, pluginRef.pkg, pluginRef.sub ?? pluginRef.pkg)) : undefined;
    if (!plugin && ref.k !== "pkg") return false;
    const entry = plugin ?? (ref.k === "pkg" ? GRAPHQL_SERVERS.find((e) => pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg)) : undefined);
    if (!entry) return false;
    const makes = !!plugin || entry.makers.includes(name);
    const at = plugin ? 1 : makes ? 0 : entry.contextOptions[name];
    if (at === undefined) return false;
    const options = args[at];
    // Each side is kept in a cell and meets the other whichever comes first (`new ApolloServer({ resolvers })`
    // before `startStandaloneServer(server, { context })`, or in another file).
    // A plugin's server is its host's own: its resolvers and context meet only each other.
    const contextCell = plugin ? `${GRAPHQL_CONTEXT}:${plugin.id}` : GRAPHQL_CONTEXT;
    const resolversCell = plugin ? `${GRAPHQL_RESOLVERS}:${plugin.id}` : GRAPHQL_RESOLVERS;
    const resolvers = makes ? options?.fields?.get("resolvers") : undefined;
    if (resolvers && this.record) this.engine.writeCell(resolversCell, resolvers, this.unit.id);
    const context = options?.fields?.get("context");
    let ctx = context?.ref?.k === "fn" ? this.escape(context.ref.fn, [EMPTY]) : undefined;
    if (ctx && this.record) this.engine.writeCell(contextCell, ctx, this.unit.id);
    ctx ??= this.engine.readCell(contextCell, this.unit.id);
    // What the server itself puts in every context (mercurius's `reply`, whose `request.log` is Fastify's logger).
    const added = Object.entries(entry.contextMembers ?? {});
    if (added.length) ctx = join(ctx, { fields: new Map(added.map(([k, r]) => [k, { ref: { k: "pkg", pkg: r.pkg, path: r.path, sub: r.pkg } } as Val])) });
    let called = resolvers ?? (context ? this.engine.readCell(resolversCell, this.unit.id) : EMPTY);
    // Resolver maps declared as the server's type (see declaredResolverMap), however the project merges them.
    if (entry.resolverTypes?.length) called = join(called, this.engine.readCell(`${GRAPHQL_RESOLVERS}:declared:${entry.id}`, this.unit.id));
    for (const fn of resolverFunctions(called)) this.escape(fn, [EMPTY, EMPTY, ctx, EMPTY]);
    // Batch loaders (mercurius's `loaders`): each called with the batch's queries and the context.
    const loaders = makes && entry.loaders ? options?.fields?.get(entry.loaders.option) : undefined;
    if (loaders && entry.loaders) {
      const loaderArgs: Val[] = [...new Array<Val>(entry.loaders.contextAt).fill(EMPTY), ctx];
      for (const fn of resolverFunctions(loaders)) this.escape(fn, loaderArgs);
    }
    // Server plugins (`plugins: [auditPlugin]`): each request's hooks (`requestDidStart(requestContext)` and the
    // hooks it returns, `didEncounterErrors`, `willSendResponse`, …) are handed the request's context as
    // `requestContext.contextValue`.
    const pluginsCell = `${GRAPHQL_PLUGINS}:${entry.id}`;
    const plugins = makes ? options?.fields?.get("plugins") : undefined;
    if (plugins && this.record) this.engine.writeCell(pluginsCell, plugins, this.unit.id);
    const hooked = plugins ?? (context ? this.engine.readCell(pluginsCell, this.unit.id) : EMPTY);
    const requestContext: Val = { fields: new Map([["contextValue", ctx]]) };
    for (const start of requestHooks(this.element(hooked))) {
      const hooks = this.escape(start, [requestContext]);
      for (const fn of requestHooks(hooks, true)) this.escape(fn, [requestContext]);
    }
    return true;
  }

  /** `pipe(…)`'s operators, each handed what the one before emits; the stream that results. */
  private piped(start: Val, operators: Val[]): Val {
    let cur = start;
    for (const a of operators) {
      // An operator we do not know (`takeUntilDestroyed()`, a project's own): the values pass on.
      const op = a.fields?.get(RX_OPERATOR);
      if (!op) continue;
      const kind = op.str?.prefix;
      if (kind === "pair") {
        const latest = op.fields?.get("fn") ?? EMPTY;
        cur = { fields: new Map([["0", cur], ["1", latest], ["[]", join(cur, latest)]]) };
        continue;
      }
      const fn = observerNext(op.fields?.get("fn") ?? EMPTY);
      if (kind === "mapper") {
        const out = this.invokeCallbacks([fn], [cur]);
        cur = out.fields?.get(EMITS) ?? out;
      } else if (kind === "observer") this.invokeCallbacks([fn], [cur]);
      else this.invokeCallbacks([fn], [EMPTY]);
    }
    return { fields: new Map([[EMITS, cur]]) };
  }

  /**
   * A method of an observable of a value (a form's valueChanges): subscribers and operators receive the
   * value, and what the operators return (`.pipe(debounceTime(300))`) still emits it.
   */
  private observed(recv: Val, name: string, args: Val[]): Val | undefined {
    const emits = recv.fields?.get(EMITS);
    // A project's stream (`this.api.profile()`, declared `Observable<Profile>`) piped through operators; one
    // we know nothing of (an NgRx effect's trigger) still runs them, each on what the one before makes.
    if (isPipe(name, args)) return this.piped(emits ?? EMPTY, args);
    if (!emits) return undefined;
    this.invokeCallbacks(args.map(observerNext), [emits]);
    return { fields: new Map([[EMITS, emits]]) };
  }

  /**
   * A store whose state the library writes to client storage (see PERSISTED_STORES): the state it keeps reaches
   * a storage sink where the persistence is declared.
   */
  private persistedStore(c: ts.CallExpression, ref: PkgRef): void {
    if (!this.record) return;
    const entry = persistedStoreEntry(ref.pkg, ref.sub ?? ref.pkg, finalMember(ref));
    const site = entry && persistedStoreSite(entry, c);
    if (!site) return;
    const kept = flatten(this.keptState(site, this.storeState(site)));
    // A storage adapter of the project's own (`storage: createJSONStorage(() => encryptedStorage)`): its setItem
    // is what writes the state, so the write is there (and may encrypt it), not at the store.
    const adapter = this.projectStorageAdapter(site);
    if (adapter) this.callFunction(adapter, [CLEAN, { taint: kept.size ? kept : undefined }], undefined, site.site);
    else this.recordSink(site.site, "storage", site.entry.id, undefined, kept);
  }

  /** The `setItem` of a storage adapter the project defines, given as a persisted store's `storage` option. */
  private projectStorageAdapter(site: PersistedStoreSite): Extract<Ref, { k: "fn" }> | undefined {
    const prop = site.options && property(site.options, "storage");
    let e = prop && ts.isPropertyAssignment(prop) ? skipParens(prop.initializer) : undefined;
    // createJSONStorage(() => adapter)
    if (e && ts.isCallExpression(e) && e.arguments.length === 1 && ts.isArrowFunction(e.arguments[0]) && !ts.isBlock(e.arguments[0].body)) e = skipParens(e.arguments[0].body);
    if (!e || !ts.isIdentifier(e)) return undefined;
    const setItem = this.eval(e).fields?.get("setItem")?.ref;
    return setItem?.k === "fn" ? setItem : undefined;
  }

  /**
   * A store's state: its declared type's fields, and the fields of the initial state its maker returns, each
   * also what its name says (a placeholder the app fills in at run time: `token: ''`, `profile: null`).
   */
  private storeState(site: PersistedStoreSite): Val {
    let maker = site.maker;
    let type = site.stateType;
    if (maker && ts.isIdentifier(maker)) {
      // `const userCreator: StateCreator<UserState> = (set) => ({ … })`
      const r = resolveName(this.engine, this.file, maker.text);
      const decl = r?.kind === "decl" && ts.isVariableDeclaration(r.node) ? r.node : undefined;
      if (!type && decl?.type && ts.isTypeReferenceNode(decl.type)) type = decl.type.typeArguments?.[0];
      maker = decl?.initializer && skipParens(decl.initializer);
    }
    // A store made by a factory whose features declare the state (Elf's `createStore(…, withProps<T>(initial))`).
    const made = site.entry.form === "argument" && maker && ts.isExpression(maker) ? storeFactoryState(site.entry, maker) : undefined;
    if (made) {
      let out: Val = EMPTY;
      for (const t of made.types) out = join(out, this.typeVal(t));
      return made.initial ? join(out, this.stateSlots(made.initial, made.types[0] && typeName(made.types[0]), undefined)) : out;
    }
    const state: Val = type ? this.typeVal(type) : EMPTY;
    const literal = returnedObject(maker);
    if (!literal) return state;
    // Whose fields they are: the declared state type's (a ConsentState's `healthData` flag is a consent, not health data).
    return join(state, this.stateSlots(literal, type && typeName(type), maker));
  }

  /** The fields of a store's initial state written out, each also what its name says (see storeState). */
  private stateSlots(literal: ts.ObjectLiteralExpression, owner: string | undefined, maker: ts.Node | undefined): Val {
    const fields = new Map<string, Val>();
    for (const p of literal.properties) {
      if (!ts.isPropertyAssignment(p) && !ts.isShorthandPropertyAssignment(p)) continue;
      const key = propName(p.name);
      if (key === undefined) continue;
      const declared = ts.isShorthandPropertyAssignment(p) && maker ? localDeclaration(maker, key) : undefined;
      const init = ts.isPropertyAssignment(p) ? skipParens(p.initializer) : declared && ts.isVariableDeclaration(declared) ? declared.initializer && skipParens(declared.initializer) : undefined;
      // The store's actions are functions, not state.
      if ((init && isFunctionLike(init)) || (declared && ts.isFunctionDeclaration(declared))) continue;
      let v = this.named(p.name, key, EMPTY, "identifier", undefined, owner);
      // A yes/no that states no fact (`location: false` of a consent store) is not data, wherever it is copied.
      if (!v.taint?.size && init && boolLiteral(init) !== undefined) v = { ...v, clean: true };
      // A setup store's `const profile = ref<MemberProfile | null>(null)`: what its type argument declares.
      const typeArg = declared && ts.isVariableDeclaration(declared) ? (declared.type ?? (init && ts.isCallExpression(init) ? init.typeArguments?.[0] : undefined)) : undefined;
      if (typeArg) v = join(v, this.typeVal(typeArg));
      fields.set(key, v);
    }
    return { fields };
  }

  /** What of the state is kept: what the select option returns for it, the listed paths, or all but the omitted ones. */
  private keptState(site: PersistedStoreSite, state: Val): Val {
    const { entry, options } = site;
    const select = options && entry.selectOption ? property(options, entry.selectOption) : undefined;
    const selectFn = select && (ts.isPropertyAssignment(select) ? this.eval(select.initializer) : ts.isMethodDeclaration(select) ? this.functionValue(select) : undefined);
    if (selectFn?.ref?.k === "fn") return this.callFunction(selectFn.ref, [state], undefined, select!);
    const paths = pathList(options, entry.pathOptions);
    if (paths) {
      let kept: Val = EMPTY;
      for (const path of paths) {
        let v = state;
        for (const k of path) v = this.member(v, k, site.site);
        for (let i = path.length - 1; i >= 0; i--) v = { fields: new Map([[path[i], v]]) };
        kept = join(kept, v);
      }
      return kept;
    }
    const omit = pathList(options, entry.omitOptions);
    return omit ? withoutFields(state, omit.filter((p) => p.length === 1).map((p) => p[0])) : state;
  }

  /** The base URL of the client a function calls by a name of this scope (`rawBaseQuery(args, api, extra)`), if one. */
  private wrappedBaseUrl(fn: ts.Node): Str | undefined {
    let found: Str | undefined;
    const visit = (n: ts.Node): void => {
      if (found) return;
      if (ts.isCallExpression(n) && ts.isIdentifier(n.expression)) found = (this.lookup(n.expression.text).ref as { base?: Str } | undefined)?.base;
      if (!found) ts.forEachChild(n, visit);
    };
    visit(fn);
    return found;
  }

  private setRefUrl(callee: ts.Expression, url: Str | undefined): void {
    if (!ts.isPropertyAccessExpression(callee) || !ts.isIdentifier(callee.expression)) return;
    const b = this.scope.lookup(callee.expression.text);
    if (b?.val.ref && (b.val.ref.k === "global" || b.val.ref.k === "pkg")) b.val = { ...b.val, ref: { ...b.val.ref, url } as Ref };
  }

  private urlFromOptions(v: Val | undefined, props: readonly string[]): Str | undefined {
    if (!v?.fields) return undefined;
    for (const p of props) {
      const f = v.fields.get(p);
      // `{ hostname: 'api.example.com', path: '/x' }` names a host, not a relative path.
      if (f?.str) return p === "hostname" || p === "host" ? { prefix: `//${f.str.prefix}`, complete: f.str.complete } : f.str;
    }
    return undefined;
  }

  private builtin(dotted: string, args: Val[], c: ts.CallExpression): Val | undefined {
    const all = () => flattenAll(args);
    switch (dotted) {
      case "JSON.stringify":
      case "String":
      case "encodeURIComponent":
      case "encodeURI":
      case "escape":
      case "util.format":
      case "Number":
      case "parseInt":
      case "parseFloat":
      case "BigInt":
      case "btoa":
      case "atob":
      case "decodeURIComponent":
        // A conversion of known-clean values (a literal, a setting read from the environment) is clean too.
        if (args.length && args.every((a) => a.clean)) return { clean: true, str: dotted === "String" ? args[0]?.str : undefined };
        return { taint: withStep(all(), { node: c, message: `through ${dotted}()` }), str: dotted === "String" ? args[0]?.str : undefined };
      case "JSON.parse":
      case "structuredClone":
      case "Array.from":
      case "Object.freeze":
      case "Promise.resolve":
      case "Object.values":
        return args[0] ?? EMPTY;
      case "Boolean":
      case "Object.keys":
      case "Array.isArray":
      case "Date.now":
      case "isNaN":
        return CLEAN;
      case "Object.assign": {
        const merged = joinAll(args);
        const target = c.arguments[0];
        // Into a module's state imported from another file (`Object.assign(appState, { openid })`): its cell.
        const imported = target && ts.isIdentifier(target) && !this.scope.lookup(target.text) && !this.file.locals.has(target.text) && this.record ? this.moduleVariableCell(target.text) : undefined;
        if (imported) this.writeModuleVariable(imported, joinAll(args.slice(1)));
        else if (target && ts.isIdentifier(target)) this.assign(target, merged);
        return { ...merged, closed: false };
      }
      case "Object.entries":
        return { fields: new Map([["[]", { fields: new Map([["0", CLEAN], ["1", this.element({ fields: args[0]?.fields ? new Map([["[]", joinAll([...args[0].fields.values()])]]) : undefined, taint: args[0]?.taint })]]) }]]) };
      case "Promise.all":
      case "Promise.allSettled":
      case "Promise.race":
      case "Promise.any":
        return args[0] ?? EMPTY;
      case "URL":
        return { str: resolveAgainst(args[1]?.str, args[0]?.str), taint: all() };
    }
    const root = dotted.split(".")[0];
    if (CALLBACK_RUNNERS.has(root) || dotted.endsWith("nextTick")) return this.invokeCallbacks(args, []);
    // A number: constant when its arguments are (Math.max(1, 2), Date.now()); otherwise computed from them,
    // so a PI-like name bound to it (`const avgHeartRate = Math.round(sum / n)`) is a source.
    if (root === "Math" || root === "Date") {
      // A random number or the time is no constant: a code or a timestamp made from it is what its name says.
      if (dotted === "Math.random" || dotted === "Date.now") return NUMBER;
      if (args.every((a) => a.clean)) return CLEAN;
      // Rounding one value keeps what it is about: `Math.floor((Date.now() - born) / YEAR)` is an age, a birth date's.
      const rounded = ROUNDING.has(dotted) && args.length === 1 ? flatten(args[0]) : undefined;
      if (rounded?.size) return { taint: rounded };
      // So does clamping it (`Math.max(age, 0)`, `Math.min(score, 100)`): a quantity computed from the values,
      // of which only what arithmetic keeps (see TaintEntry.quantity) still counts.
      // And a date's timestamp (`Date.parse(lastPeriod)`, `Date.UTC(y, m, d)`): the date, as a number.
      const clamped = CLAMPS.has(dotted) || TIMESTAMPS.has(dotted) ? flattenAll(args) : undefined;
      return clamped?.size ? { taint: asQuantity(clamped) } : NUMBER;
    }
    return undefined;
  }

  /**
   * An NgRx signal store: each key of `withState<T>(initial)` is a signal whose call gives that slice (the
   * initial value and T's member), and what `withComputed` / `withMethods` make of the store so far is added.
   * `inject(Store)` gives this object (see instanceOf), so `store.productName()` is the product's name, not
   * the whole state.
   */
  private signalStore(c: ts.CallExpression): Val {
    const fields = new Map<string, Val>([[SIGNAL_STORE, CLEAN]]);
    for (const a of c.arguments.map(skipParens)) {
      if (!ts.isCallExpression(a) || !ts.isIdentifier(a.expression) || !a.arguments[0]) continue;
      const feature = a.expression.text;
      if (feature === "withState") {
        const initial = this.eval(a.arguments[0]);
        const type = a.typeArguments?.[0];
        const declared = type ? this.typeVal(type) : EMPTY;
        const owner = type && typeName(type);
        const literal = skipParens(a.arguments[0]);
        for (const [k, v] of initial.fields ?? []) {
          // The initial value is a placeholder the app fills: the slice is also what its name says (`userId: null`).
          const p = ts.isObjectLiteralExpression(literal) ? literal.properties.find((x) => x.name && propName(x.name) === k) : undefined;
          const named = p?.name ? this.named(p.name, k, EMPTY, "identifier", undefined, owner) : EMPTY;
          const member = extendAtoms(declared.taint, k, !!declared.minor, this.engine.typeAtomLive);
          fields.set(k, join(join(v, named), member?.size ? { taint: member, owner: k } : EMPTY));
        }
      } else if (feature === "withMethods" || feature === "withComputed") {
        const make = this.eval(a.arguments[0]);
        if (make.ref?.k !== "fn") continue;
        const made = this.callFunction(make.ref, [{ fields: new Map(fields) }], undefined, a);
        for (const [k, v] of made.fields ?? []) fields.set(k, v);
      } else if (feature === "withHooks") {
        // `withHooks({ onInit(store) { … } })`, or a factory of the store returning the hooks.
        const store: Val = { fields: new Map(fields) };
        const given = this.eval(a.arguments[0]);
        const hooks = given.ref?.k === "fn" ? this.callFunction(given.ref, [store], undefined, a) : given;
        // Run here, with this store: as units of their own they would call the store's signals on a
        // parameter, which hands back the whole store with each (`store.clinicCode()` as everything it holds).
        for (const hook of SIGNAL_STORE_HOOKS) {
          const fn = hooks.fields?.get(hook);
          if (fn?.ref?.k === "fn") this.inline(fn.ref.fn, given.ref?.k === "fn" ? [] : [store]);
        }
      }
    }
    return { fields };
  }

  /**
   * MobX-State-Tree (STATE_TREES): a model type is a library object whose hidden field STATE_TREE_MODEL names
   * it and whose other fields are its instance's members; a chained block adds the members its function
   * returns when given the instance; `create` and a model used as a property give the instance.
   */
  private stateTree(c: ts.CallExpression, ref: PkgRef, name: string, args: Val[], recv: Val | undefined): Val | undefined {
    const entry = STATE_TREES.find((e) => pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg));
    if (!entry) return undefined;
    const model = recv?.fields?.get(STATE_TREE_MODEL) ? recv : undefined;
    if (model) {
      const members = new Map(model.fields);
      if (entry.creators.includes(name)) return this.treeInstance(model, args[0]);
      if (entry.propBlocks.includes(name)) for (const [k, v] of args[0]?.fields ?? []) members.set(k, v);
      const block = args.find((a) => a.ref?.k === "fn")?.ref as Extract<Ref, { k: "fn" }> | undefined;
      const grouped = entry.groupBlocks.includes(name);
      if (block && (grouped || entry.memberBlocks.includes(name))) {
        // Twice: an action calls the block's other actions through self (`self.load()` in `afterCreate`).
        for (let pass = 0; pass < 2; pass++) {
          const made = this.callFunction(block, [this.treeInstance({ ...model, fields: members }, undefined)], undefined, c);
          const groups = grouped ? [...(made.fields ?? [])].filter(([k]) => !k.startsWith("%")).map(([, g]) => g) : [made];
          for (const g of groups) for (const [k, v] of g.fields ?? []) if (!k.startsWith("%")) members.set(k, v);
        }
      }
      // Other chained calls (`.named('X')`, `.preProcessSnapshot(fn)`) keep the model.
      return { ref: calledRef(ref), fields: members };
    }
    if (ref.path[0] !== "types") return undefined;
    if (entry.models.includes(name)) {
      const label = args[0]?.str?.complete ? args[0].str.prefix : undefined;
      const props = args.find((a) => !a.str && a.fields);
      const members = new Map<string, Val>([[STATE_TREE_MODEL, { str: { prefix: label ?? "", complete: true }, clean: true }]]);
      for (const [k, v] of props?.fields ?? []) members.set(k, v);
      return { ref: calledRef(ref), fields: members };
    }
    if (entry.composers.includes(name)) {
      const members = new Map<string, Val>();
      for (const m of args) for (const [k, v] of m.fields?.get(STATE_TREE_MODEL) ? m.fields : []) members.set(k, v);
      return members.size ? { ref: calledRef(ref), fields: members } : undefined;
    }
    if (entry.passThrough.includes(name)) {
      const given = args[0]?.ref?.k === "fn" ? this.callFunction(args[0].ref, [], undefined, c) : args[0];
      return given?.fields?.get(STATE_TREE_MODEL) || given?.fields?.get(STATE_TREE_COLLECTION) ? given : undefined;
    }
    if (entry.collections.includes(name) && args[0]?.fields?.get(STATE_TREE_MODEL)) {
      return { ref: calledRef(ref), fields: new Map([[STATE_TREE_COLLECTION, CLEAN], ["[]", args[0]]]) };
    }
    return undefined;
  }

  /**
   * The instance of a model: its properties (what their names say, filled from snapshots we do not see, and
   * what the snapshot given to `create` holds), views and actions. A property of a model type is that
   * model's instance; of a collection of one, a list of its instances.
   */
  private treeInstance(model: Val, snapshot: Val | undefined, depth = 0): Val {
    const fields = new Map<string, Val>();
    const label = model.fields?.get(STATE_TREE_MODEL)?.str?.prefix;
    for (const [k, v] of model.fields ?? []) {
      if (k === STATE_TREE_MODEL) continue;
      const given = snapshot?.fields?.get(k);
      let slot: Val = v.ref?.k === "fn" ? v : EMPTY;
      if (depth < 3 && v.fields?.get(STATE_TREE_MODEL)) slot = this.treeInstance(v, given, depth + 1);
      else if (depth < 3 && v.fields?.get(STATE_TREE_COLLECTION)) {
        const of = v.fields.get("[]")!;
        slot = { fields: new Map([["[]", this.treeInstance(of, given && this.element(given), depth + 1)]]) };
      } else if (given) slot = join(slot, given);
      fields.set(k, slot);
    }
    const taint = snapshot && !snapshot.fields ? snapshot.taint : undefined;
    return { fields, partial: true, ...(label ? { owner: label } : {}), ...(taint?.size ? { taint } : {}) };
  }

  /** A platform source whose PI is the property itself (PLATFORM_SOURCES with via "property"). */
  private platformProperty(ref: CalleeRef, node: ts.Node): Val | undefined {
    const properties = platformProperties(this.engine.opts.catalog.platform);
    if (!properties.roots.has(ref.k === "global" ? (ref.path[0] ?? "") : (PLATFORM_PACKAGES[ref.pkg] ?? ""))) return undefined;
    const dotted = platformPath(ref);
    const entry = dotted !== undefined ? properties.byPath.get(dotted) : undefined;
    if (!entry) return undefined;
    const id = this.engine.source(node, dotted!, entry.categories, "platform-api");
    return { taint: new Map([[`s${id}`, { atom: { kind: "src", id }, via: [] }]]) };
  }

  private platformSource(ref: CalleeRef, c: ts.CallExpression, args: Val[]): Val | undefined {
    const dotted = platformPath(ref);
    if (!dotted) return undefined;
    const entry = this.engine.opts.catalog.platform.find((p) => p.globals.includes(dotted));
    if (!entry) return undefined;
    const id = this.engine.source(c, dotted, entry.categories, "platform-api");
    const src: Val = { taint: new Map([[`s${id}`, { atom: { kind: "src", id }, via: [] }]]) };
    // The first function given is the one handed the data; a later one is told of a failure
    // (`getCurrentPosition(onFix, (err) => …)`).
    const first = args.find((a) => a.ref?.k === "fn");
    for (const a of args) {
      if (a === first && a.ref?.k === "fn" && entry.via.includes("callback")) this.escape(a.ref.fn, [src]);
      const success = a.fields?.get("success");
      if (success?.ref?.k === "fn" && entry.via.includes("success")) this.escape(success.ref.fn, [src]);
      if (a.ref?.k === "global" && a.ref.path[0] === "%resolve") this.resolverFeed(a, src);
    }
    return entry.via.includes("result") ? src : EMPTY;
  }

  private resolvers = new Map<string, Val>();
  private resolverFeed(resolver: Val, v: Val): void {
    const key = (resolver.ref as unknown as { path: string[] }).path[1];
    this.resolvers.set(key, join(this.resolvers.get(key) ?? EMPTY, v));
  }

  private callUnknown(c: ts.CallExpression, name: string, recv: Val | undefined, args: Val[]): Val {
    const r = recv ?? EMPTY;
    const valid = recv && this.validatedTarget(name, recv, args);
    if (valid) return valid;
    // Typed receivers: resolve methods through the declared class or interface implementations.
    if (recv && name) {
      const lib = this.libraryByType(recv);
      if (lib) return this.callExternal(c, { ...lib, path: [...lib.path, name] } as CalleeRef, name, args, recv);
      const m = this.methodByType(recv, name);
      if (m) {
        let out: Val = EMPTY;
        for (const ref of m) out = join(out, this.callFunction(ref, args, recv, c));
        return out;
      }
      const declared = this.declaredReturnByType(recv, name);
      if (declared) return declared;
    }
    if (name === "then" || name === "catch" || name === "finally") {
      const cbVal = name === "then" ? r : EMPTY;
      const results: Val[] = [];
      args.forEach((a, i) => {
        if (a.ref?.k === "fn") results.push(this.inline(a.ref.fn, [i === 0 ? cbVal : EMPTY]));
      });
      if (name === "then") return results.length ? joinAll(results) : r;
      return join(r, joinAll(results));
    }
    if (recv && ARRAY_CALLBACK.has(name)) {
      const elem = this.element(r);
      const cbResults: Val[] = [];
      args.forEach((a) => {
        // reduce: the accumulator starts as the initial value when one is given (`(sum, c) => sum + c.gross, 0`),
        // else as the first element.
        if (a.ref?.k === "fn") cbResults.push(name.startsWith("reduce") ? this.inline(a.ref.fn, [args.length > 1 ? args[1] : elem, elem, CLEAN, r]) : this.inline(a.ref.fn, [elem, CLEAN, r]));
        // A built-in conversion given as the callback (`parts.map(Number)`, `.map(String)`): each element converted.
        else if (a.ref?.k === "global" && a.ref.path.length === 1 && !name.startsWith("reduce")) {
          const converted = this.builtin(a.ref.path[0], [elem], c);
          if (converted) cbResults.push(converted);
        }
      });
      const cb = joinAll(cbResults);
      if (name === "map") return { fields: new Map([["[]", cb]]), closed: true };
      if (name === "flatMap") return { fields: new Map([["[]", this.element(cb)]]), closed: true };
      if (name === "forEach" || name === "some" || name === "every") return CLEAN;
      if (name.startsWith("reduce")) return join(cb, args[1] ?? EMPTY);
      if (name === "find" || name === "findLast") return elem;
      return r;
    }
    if (recv && name === "entries") return { fields: new Map([["[]", { fields: new Map([["0", CLEAN], ["1", this.element(r)]]), closed: true }]]), closed: true };
    if (recv && ADDERS.has(name)) {
      this.addElement(c, name, args);
      return CLEAN;
    }
    const injected = injectedInstance(name, args);
    if (injected) return injected;
    // `model.pick('id', 'patientName', 'dizhi')` (Backbone, Immutable records): a record of the members named.
    const picked = recv && name === "pick" ? constantKeys(args) : undefined;
    if (picked) return { fields: new Map(picked.map((k) => [k, r.fields?.get(k) ?? this.opaqueMember({ owner: r.owner, minor: r.minor, taint: r.taint }, k, c)])), closed: true };
    if (recv && KEYED_GETTERS.has(name)) {
      const key = args[0]?.str;
      const stored = key?.complete ? this.keyedStoreMember(recv, name, key.prefix, c) : undefined;
      if (stored) return stored;
      let out = (key?.complete ? this.keyedElement(r, key.prefix) : undefined) ?? this.element(r);
      if (key?.complete && !r.ref) out = join(out, this.member({ owner: r.owner }, key.prefix, c));
      const fallback = lookupDefault(args);
      if (fallback) out = { ...out, str: fallback };
      // What is looked up is not its container: `const clientIp = req.headers.get(…)` is named for itself,
      // not as a header (which would make it the application's own, like `headers.host`). An element that
      // says what it is keeps that: `pending.get(orderNo)` of a map filled with `set(no, receiver)` is a receiver.
      return out.owner === undefined || out.owner !== r.owner ? out : { ...out, owner: undefined };
    }
    // At most four characters of a number that identifies (`shoujihao.slice(-4)`, `cardNo.substring(0, 4)`):
    // how apps show a phone or card masked, not the value. Not a list's last records (`rows.slice(-4)`), nor
    // a date's year (`birthday.slice(0, 4)`) or a name's first character, which still say something.
    if (recv && isShortPiece(name, c.arguments) && !r.fields?.size && r.taint?.size && this.identifyingNumber(c, r)) return CLEAN;
    if (recv && ARRAY_SAME.has(name)) return join(r, name === "concat" ? joinAll(args) : EMPTY);
    if (recv && STRING_METHODS.has(name)) {
      // `text.replace(phone, ' ')` takes the phone out: what the result gains is the replacement, not the pattern.
      const added = name === "concat" ? joinAll(args) : name === "replace" || name === "replaceAll" ? (args[1] ?? EMPTY) : undefined;
      const t = mergeTaint(flatten(r), added && flatten(added));
      // Clean only when the string was (a constant, a sanitizer's result): trimming an unknown value, such
      // as form state filled where we cannot see, leaves it unknown, so a PI-like name bound to it counts.
      const out: Val = { taint: t, clean: (!t || t.size === 0) && !!r.clean };
      return name === "split" ? { fields: new Map([["[]", out]]) } : out;
    }
    const emitted = this.observed(r, name, args);
    if (emitted) return emitted;
    const cb = this.invokeCallbacks(args, []);
    if (BOOL_METHODS.has(name) || COUNT_METHODS.has(name) || /^(is|has|can|should|validate|check)[A-Z_]/.test(name)) return CLEAN;
    // A typed store's other methods (`cls.getId()`) give none of what it holds.
    const taint = mergeTaint(mergeTaint(recv && this.keyedStoreOf(recv) ? undefined : r.taint, flattenAll(args)), cb.taint);
    const out: Val = { taint: taint && taint.size ? taint : undefined };
    // `this.students.findOne(…)` of a `students: Repository<Student>` (see declaredRecordType).
    const record = recv ? this.declaredRecordType(recv) : undefined;
    return record ? this.declaredRecords(out, record) : out;
  }

  /** Whether the receiver of `c` is an identifying number (MASKED_BY_PIECES): by its name, or by all it carries. */
  private identifyingNumber(c: ts.CallExpression, r: Val): boolean {
    const callee = skipParens(c.expression);
    const recvName = ts.isPropertyAccessExpression(callee) ? exprPath(callee.expression)?.at(-1) : undefined;
    const named = recvName ? this.engine.classify(recvName, undefined) : [];
    if (named.length) return named.every((cat) => MASKED_BY_PIECES.has(cat));
    return [...(r.taint?.values() ?? [])].every((e) => e.atom.kind === "src" && this.engine.sources[e.atom.id].categories.every((cat) => MASKED_BY_PIECES.has(cat)));
  }

  /** `x.push(v)`, `x.set(k, v)`, `x.append(k, v)`: the receiver (a local, a module variable, a field) now holds v as an element. */
  /** The receiver of `c`, a local variable, gains `property` holding `v` (see FILLERS). */
  private fillLocal(c: ts.CallExpression, property: string, v: Val): void {
    const target = ts.isPropertyAccessExpression(c.expression) ? skipParens(c.expression.expression) : undefined;
    const local = target && ts.isIdentifier(target) ? this.scope.lookup(target.text) : undefined;
    if (!local) return;
    const fields = new Map(local.val.fields ?? []);
    fields.set(property, join(fields.get(property) ?? EMPTY, v));
    local.val = { ...local.val, fields };
  }

  private addElement(c: ts.CallExpression, name: string, args: Val[]): void {
    const target = ts.isPropertyAccessExpression(c.expression) ? skipParens(c.expression.expression) : undefined;
    const byKey = name === "set" || name === "append";
    const added = byKey ? (args[1] ?? EMPTY) : joinAll(args);
    // Also indexed by its key when the key is known (`store.set('deviceId', id)`), so that a lookup of another
    // key (`store.get('releaseChannel')`) does not give it (see keyedElement).
    const key = byKey && args[0]?.str?.complete ? args[0].str.prefix : undefined;
    const index = key !== undefined ? `${KEYED}${key}` : UNKEYED;
    const local = target && ts.isIdentifier(target) ? this.scope.lookup(target.text) : undefined;
    if (local) {
      const fields = new Map(local.val.fields ?? []);
      fields.set("[]", join(fields.get("[]") ?? EMPTY, added));
      fields.set(index, join(fields.get(index) ?? EMPTY, added));
      local.val = { ...local.val, fields };
      return;
    }
    if (!target || !(ts.isIdentifier(target) || ts.isPropertyAccessExpression(target))) return;
    const carries = flatten(added).size > 0;
    const cleanRecord = !carries && isCleanRecord(added);
    if (carries || cleanRecord) {
      // A module variable or a field (`this.pending.set(id, dto)`): its cell gains the element, as an assignment
      // would; only when the element carries something, since every change of a cell re-runs its readers, or
      // is a record that says its fields hold nothing (`tokenCache.set(kind, { token: data.access_token, … })`
      // of the app's own token), which a read of the cache would otherwise take for what their names say.
      // A module cache of such records filled here may have been looked up first (`tokenCache.get(kind)`, then
      // `set`): that lookup is read again, as a module variable checked then filled is (see noteCheckedVariables).
      // Only for these: running every unit that fills a module collection twice costs memory for nothing.
      if (cleanRecord && ts.isIdentifier(target)) this.noteReadBeforeWrite(target.text);
      this.assign(target, { fields: new Map([["[]", added], [index, added]]) });
    }
  }

  /**
   * An AMD module defined or modules loaded (amd.ts): the factory is called with its dependencies, and what
   * `define`'s factory returns (or the object it is given) is this file's module, for the files that name it.
   * Its closures read their dependencies when they run (see lexicalValue), not the scope of this call.
   */
  private amdLoad(c: ts.CallExpression, amd: AmdCall, args: Val[]): Val {
    const factory = args[amd.factoryIndex] ?? EMPTY;
    const module = factory.ref?.k === "fn" ? this.callFunction(factory.ref, amd.deps.map((id) => this.amdModule(id)), undefined, c) : factory;
    if (amd.kind === "define" && this.record && module !== EMPTY) this.engine.writeCell(amdCell(this.file.path), detachClosures(module, 0), this.unit.id);
    return EMPTY;
  }

  /** What an AMD module id gives a factory: the module a project file defines, else the package of that name. */
  private amdModule(id: string): Val {
    if (isPseudoModule(id)) return EMPTY;
    if (!isCataloguedPackage(this.engine.opts.catalog, id, id)) {
      for (const file of amdCandidates(this.file.path, id)) {
        this.engine.touch(file);
        if (this.engine.files.has(file)) return this.engine.readCell(amdCell(file), this.unit.id);
      }
    }
    return { ref: { k: "pkg", pkg: id, path: [], sub: id } };
  }

  /**
   * A read of the app's instance properties: `this.$http` in a component's options (not a class's own
   * member), or a member of what Nuxt's `useNuxtApp()` gives (`const { $analytics } = useNuxtApp()`).
   */
  private isAppInstanceRead(obj: Val, node: ts.Node): boolean {
    if (ts.isPropertyAccessExpression(node) && node.expression.kind === ts.SyntaxKind.ThisKeyword) return !classOf(this.unit.node);
    const ref = obj.ref;
    return !!ref && (ref.k === "global" || ref.k === "pkg") && ref.path.includes("useNuxtApp");
  }

  /**
   * What a plugin installs app-wide: `Vue.prototype.$http = http` (Vue 2), `app.config.globalProperties.$http = …`
   * (Vue 3), `nuxtApp.provide('analytics', helper)` and a Nuxt plugin's returned `{ provide: { analytics } }`.
   * Its closures read what they close over when they run.
   */
  private installAppProperty(name: string, v: Val): void {
    if (this.record && v !== EMPTY) this.engine.writeCell(appPropertyCell(name.startsWith("$") ? name : `$${name}`), detachClosures(v, 0), this.unit.id);
  }

  /** The cell of `c.var.<name>` in a file that imports Hono (as honoVariable's for `c.get('<name>')`). */
  private honoVarProperty(x: ts.PropertyAccessExpression): string | undefined {
    const holder = skipParens(x.expression);
    if (!ts.isPropertyAccessExpression(holder) || holder.name.text !== "var") return undefined;
    const recv = skipParens(holder.expression);
    return ts.isIdentifier(recv) && HONO_CONTEXTS.has(recv.text) && importsHono(this.file) ? `%request#var.${x.name.text}` : undefined;
  }

  /** The request-state cell of `c.set(key, …)` / `c.get(key)` on a Hono handler's context, in a file that imports Hono. */
  private honoVariable(callee: ts.PropertyAccessExpression, c: ts.CallExpression): string | undefined {
    const recv = skipParens(callee.expression);
    const key = c.arguments[0];
    if (!ts.isIdentifier(recv) || !HONO_CONTEXTS.has(recv.text) || !key || !ts.isStringLiteralLike(key)) return undefined;
    return importsHono(this.file) ? `%request#var.${key.text}` : undefined;
  }

  /**
   * What a library object hands back of what it holds: all of it, or, for a lookup by a known key, what was
   * set under that key (keyedElement) and that member of the typed records it was made with (an
   * electron-store made with `defaults: DEFAULT_SETTINGS` gives `get('releaseChannel')` the setting, not the
   * whole AppSettings). Data of no declared shape (a source) is kept whole.
   */
  private receiverData(recv: Val, key: string | undefined): ReadonlyMap<string, TaintEntry> | undefined {
    if (key === undefined) return recv.fields ? flatten(recv) : recv.taint;
    const keyed = this.keyedElement(recv, key);
    const elements = keyed ? flatten(keyed) : recv.fields ? flatten({ fields: recv.fields }) : undefined;
    // Typed atoms narrowed to the key (extendAtoms drops sources, which have no shape): sources kept whole.
    let own = extendAtoms(recv.taint, key, !!recv.minor, this.engine.typeAtomLive, undefined, this.unit.id);
    for (const [k, e] of recv.taint ?? []) if (e.atom.kind === "src") (own ??= new Map()).set(k, e);
    return mergeTaint(elements, own);
  }

  /**
   * What a lookup by a known key (`store.get('deviceId')`, `map.get('phone')`) gives of a collection filled by
   * `set`: what was set under that key, and what was set under keys we could not read. Undefined when
   * nothing was set by a known key (a lookup then gives every element, as before).
   */
  private keyedElement(recv: Val, key: string): Val | undefined {
    const fields = recv.fields;
    if (!fields || ![...fields.keys()].some((k) => k.startsWith(KEYED))) return undefined;
    return join(fields.get(`${KEYED}${key}`) ?? EMPTY, fields.get(UNKEYED) ?? EMPTY);
  }

  /** A typed receiver declared as a catalogued library's class: an instance of it, as a `new` would make. */
  private libraryByType(recv: Val): Extract<Ref, { k: "pkg" }> | undefined {
    for (const e of recv.taint?.values() ?? []) {
      if (e.atom.kind !== "type") continue;
      const lib = this.engine.libraryType(e.atom);
      if (lib) return { ...lib, path: [...lib.path, "new"] };
    }
    return undefined;
  }

  /**
   * A method an interface declares with a record as its result, with no implementation we can see (Mongoose's
   * `schema.methods.toMatchProfile = function …` behind `toMatchProfile(): { gender; address }`): a value of
   * the declared type, not all the receiver holds.
   */
  private declaredReturnByType(recv: Val, name: string): Val | undefined {
    for (const e of recv.taint?.values() ?? []) {
      if (e.atom.kind !== "type") continue;
      const decl = this.engine.typeDecl(e.atom);
      if (!decl || !ts.isInterfaceDeclaration(decl)) continue;
      for (const m of decl.members) {
        if (!m.name || propName(m.name) !== name) continue;
        const type = ts.isMethodSignature(m) ? m.type : ts.isPropertySignature(m) && m.type && ts.isFunctionTypeNode(m.type) ? m.type.type : undefined;
        const result = type && awaitedType(type);
        // Not a type parameter (`get<T>(token): T`): what that is depends on the call.
        const generic = (n: ts.EntityName) => ts.isIdentifier(n) && [...(ts.isMethodSignature(m) ? (m.typeParameters ?? []) : []), ...(decl.typeParameters ?? [])].some((p) => p.name.text === n.text);
        if (result && (ts.isTypeLiteralNode(result) || (ts.isTypeReferenceNode(result) && !result.typeArguments?.length && !generic(result.typeName)))) return this.typeVal(result);
      }
    }
    return undefined;
  }

  /** Methods of a typed receiver: its declared class, or every known implementation of its interface. */
  private methodByType(recv: Val, name: string): Array<Extract<Ref, { k: "fn" }>> | undefined {
    if (!recv.taint) return undefined;
    for (const e of recv.taint.values()) {
      if (e.atom.kind !== "type") continue;
      const decl = this.engine.typeDecl(e.atom);
      if (!decl) continue;
      const classes: Array<ts.ClassLikeDeclaration | ts.ObjectLiteralExpression> = [];
      if (ts.isClassDeclaration(decl)) classes.push(decl);
      else classes.push(...this.engine.implementersOf(decl.name.text, this.unit.id));
      const out: Array<Extract<Ref, { k: "fn" }>> = [];
      for (const cls of classes) {
        const m = ts.isObjectLiteralExpression(cls) ? literalMethod(cls, name) : cls.members.find((x) => ts.isMethodDeclaration(x) && x.name && propName(x.name) === name);
        if (m) out.push({ k: "fn", fn: { node: m as ts.FunctionLikeDeclaration, unit: this.engine.unitByNode.get(m) } });
      }
      if (out.length) return out;
    }
    return undefined;
  }

  private construct(n: ts.NewExpression): Val {
    const ctorVal = this.eval(n.expression);
    const args = this.evalArgs(n.arguments ?? [], []);
    const ref = ctorVal.ref;
    if (ref?.k === "fn" && isConstructorFunction(ref.fn.node)) {
      // An ES5 constructor function: the instance has its prototype's methods and the fields it sets.
      const inst: Val = { ref: { k: "proto", ctor: ref.fn.node }, owner: constructorName(ref.fn.node) };
      this.callFunction(ref, args, inst, n);
      this.constructorCopies(ref.fn.node, ref.fn.node, args);
      return this.withConstructedFields(inst, ref.fn.node, ref.fn.node, ref.fn.unit, args, n);
    }
    if (ref?.k === "class") {
      const inst: Val = { ref: { k: "inst", decl: ref.decl }, owner: ref.decl.name?.text };
      const ctor = ref.decl.members.find(ts.isConstructorDeclaration) ?? this.inheritedCtor(ref.decl);
      if (ctor) {
        const unit = this.engine.unitByNode.get(ctor);
        this.callFunction({ k: "fn", fn: { node: ctor, unit } }, args, inst, n);
        if (ts.isClassLike(ctor.parent)) {
          this.constructorCopies(ctor, ctor.parent, args);
          return this.withConstructedFields(inst, ctor, ctor.parent, unit, args, n);
        }
      }
      return inst;
    }
    if (ref?.k === "global") {
      const name = ref.path.join(".");
      if (name === "Promise") {
        const key = `${n.pos}`;
        const resolver: Val = { ref: { k: "global", path: ["%resolve", key] } };
        const exec = args[0];
        if (exec?.ref?.k === "fn") {
          const body = exec.ref.fn.node;
          this.inline(exec.ref.fn, [resolver, EMPTY]);
          // Callbacks the executor left with a library (`reader.onload = () => resolve(reader.result)`) settle
          // the promise later: run them now, so that what they resolve it with is its value.
          for (const fn of [...this.pending]) {
            const inside = fn.node.getSourceFile() === body.getSourceFile() && fn.node.pos >= body.pos && fn.node.end <= body.end;
            if (!inside || this.invoked.has(fn.node)) continue;
            this.pending.delete(fn);
            this.inline(fn, []);
          }
        }
        return this.resolvers.get(key) ?? EMPTY;
      }
      if (name === "URL") return { str: resolveAgainst(args[1]?.str, args[0]?.str), taint: flatten(joinAll(args)) };
      // A query built from an object (`new URLSearchParams({ grant_type: 'client_credentials', client_id })`): its
      // text as far as the values are known, so a URL it is put in says what it asks for.
      if (name === "URLSearchParams" && args[0]?.fields?.size) {
        const taint = flatten(joinAll(args));
        return { ref: { k: "global", path: ["URLSearchParams", "new"] }, str: queryText(args[0]), taint: taint.size ? taint : undefined };
      }
      // An empty one (`new Map()`) holds nothing yet: what is added later is all it gives.
      if (name === "Map" || name === "Set" || name === "WeakMap") return { fields: new Map([["[]", args[0] ? this.element(args[0]) : EMPTY]]) };
      if (name === "Error" || name.endsWith("Error")) return { taint: flatten(joinAll(args)) };
      // A date made from a person's date (`new Date(child.shengri)`) is that date.
      if (name === "Date") return args.length && !args.every((a) => a.clean) ? { taint: flatten(joinAll(args)) } : CLEAN;
      if (name === "RegExp") return CLEAN;
      if (name === "XMLHttpRequest") return { ref: { k: "global", path: ["XMLHttpRequest", "new"], url: undefined } };
    }
    if (ref && (ref.k === "global" || ref.k === "pkg")) {
      const catalog = this.engine.opts.catalog;
      const http = catalog.http.find((h) => h.constructed && (ref.k === "global" ? h.globals?.includes(ref.path.join(".")) : h.packages?.includes(ref.pkg)) && (!h.constructedVia || h.constructedVia.some((p) => ref.path.includes(p))));
      if (http) {
        let url = args[http.urlArg]?.str;
        // A gRPC target (`grpc.partner.com:443`, `dns:///svc:50051`) names a host, not a URL.
        if (url && http.bareHost && !url.prefix.includes("//")) url = { ...url, prefix: `grpc://${url.prefix}` };
        else if (url && http.bareHost && /^[a-z]+:\/\/\//.test(url.prefix)) url = { ...url, prefix: `grpc://${url.prefix.replace(/^[a-z]+:\/\/\//, "")}` };
        this.recordSink(n, "http", http.id, this.httpRecipient(url), flattenAll(args));
        return { ref: { ...ref, path: [...ref.path, "new"], url } as Ref };
      }
      if (ref.k === "pkg" && this.graphqlServer(ref, ref.path[ref.path.length - 1] ?? "default", args)) return { ref: { ...ref, path: [...ref.path, "new"] } as Ref };
      const form = this.formModel(n, ref, ref.path[ref.path.length - 1] ?? "", "classes");
      if (form) return form;
      const holder = this.valueHolder(n, ref, ref.path[ref.path.length - 1] ?? "", args, undefined, "classes");
      if (holder) return holder;
      const central = ref.k === "pkg" ? this.centralStoreCall(n, ref, ref.path[ref.path.length - 1] ?? "", args, undefined, "classes") : undefined;
      if (central) return central;
      const queue = ref.k === "pkg" ? this.jobQueue(n, ref, args) : undefined;
      if (queue) return queue;
      // A client made by its constructor (`new Request({ baseURL })` of luch-request): requests go to its base URL.
      const client = catalog.http.find((h) => h.instanceFactories?.includes("new") && (ref.k === "pkg" ? pkgListed(h.packages, ref.pkg, ref.sub ?? ref.pkg) : h.globals?.includes(ref.path.join("."))));
      if (client) return { ref: { ...ref, path: [...ref.path, "new"], base: this.urlFromOptions(args[0], client.baseProps ?? []) ?? args[0]?.str } as Ref };
      // Constructing a library object sends nothing yet (`new PutObjectCommand({ Body })`, `new HumanMessage(text)`);
      // the object carries what it was given to the call that sends it.
      const newRef = { ...ref, path: [...ref.path, "new"] } as CalleeRef;
      this.invokeCallbacks(args, []);
      const taint = flattenAll(args);
      return { ref: newRef, taint: taint.size ? taint : undefined };
    }
    this.invokeCallbacks(args, []);
    return { taint: flatten(joinAll(args)) };
  }

  /**
   * What this `new` puts in the fields its constructor sets from its parameters (`this.lat = coords.latitude`),
   * with this call's arguments in place of the parameters: the instance carries it when it is sent or logged
   * whole (`axios.post(url, new PunchRecord(user, coords))`), and a read of such a field sees this call's.
   */
  private withConstructedFields(inst: Val, ctor: ts.SignatureDeclaration & { body?: ts.Node }, owner: ts.ClassLikeDeclaration | ts.FunctionDeclaration | ts.FunctionExpression, unit: number | undefined, args: Val[], n: ts.Node): Val {
    if (unit === undefined || !args.length) return inst;
    // Only a record class: one with methods is used through them (`req.threeElements()` picks some fields),
    // and a function given the instance that calls one would otherwise be taken to return all of it.
    if (ts.isClassLike(owner) ? owner.members.some((m) => !ts.isConstructorDeclaration(m) && !ts.isPropertyDeclaration(m) && !ts.isSemicolonClassElement(m) && !ts.isClassStaticBlockDeclaration(m)) : prototypeMethodCount(owner) > 0) return inst;
    const names = constructorFieldNames(ctor);
    if (!names.length) return inst;
    const fields = new Map<string, Val>();
    for (const name of names) {
      const stored = this.engine.readCell(fieldKey(owner, name), this.unit.id);
      if (!stored.taint?.size && !stored.fields?.size) continue;
      const v = this.substitute(stored, unit, args, inst, n, nameOf(ctor));
      if (v.taint?.size || v.fields?.size) fields.set(name, v);
    }
    return fields.size ? { ...inst, fields } : inst;
  }

  /**
   * The strings this `new` gives the fields a constructor copies from its parameters (`this.baseUrl =
   * baseUrl`, `this.baseUrl = options.baseUrl || DEFAULT`, `constructor(private baseUrl: string)`), so that
   * a method's `${this.baseUrl}/path` knows its host. The constructor's own analysis knows them only as its
   * parameters. Only the string is written: what the values carry already reaches the methods through the
   * parameters, and writing whole values would make every field's readers run again for nothing.
   */
  private constructorCopies(ctor: ts.SignatureDeclaration & { body?: ts.Node }, owner: ts.ClassLikeDeclaration | ts.FunctionDeclaration | ts.FunctionExpression, args: Val[]): void {
    if (!this.record) return;
    const params = valueParameters(ctor);
    const argOf = (e: ts.Expression): Val | undefined => {
      e = skipParens(e);
      if (ts.isBinaryExpression(e) && (e.operatorToken.kind === ts.SyntaxKind.BarBarToken || e.operatorToken.kind === ts.SyntaxKind.QuestionQuestionToken)) {
        const left = argOf(e.left);
        // The default is used only when the argument may be missing: not when it is a known string.
        const known = !!left?.str?.complete && left.str.prefix !== "";
        return left && !known && ts.isStringLiteralLike(e.right) ? join(left, this.literal(e.right)) : left;
      }
      // A library object made from one passed in (`this.log = log.child({ mod: 'ledger' })`): the same library's.
      if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression)) {
        const from = argOf(e.expression.expression)?.ref;
        return from?.k === "pkg" ? { ref: { ...from, path: [...from.path, e.expression.name.text, "()"] } } : undefined;
      }
      const path: string[] = [];
      while (ts.isPropertyAccessExpression(e)) {
        path.unshift(e.name.text);
        e = e.expression;
      }
      if (!ts.isIdentifier(e)) return undefined;
      const name = e.text;
      const i = params.findIndex((p) => ts.isIdentifier(p.name) && p.name.text === name);
      if (i >= 0) return args[i] ? selectPath(args[i], path, this.engine.typeAtomLive) : undefined;
      // A field of a destructured options parameter (`constructor({ endpoint, signName })`).
      for (let k = 0; k < params.length; k++) {
        const pat = params[k].name;
        if (!ts.isObjectBindingPattern(pat) || !args[k]) continue;
        for (const el of pat.elements) {
          if (!ts.isIdentifier(el.name) || el.name.text !== name || el.dotDotDotToken) continue;
          const key = el.propertyName ? this.propertyKey(el.propertyName) : name;
          return key === undefined ? undefined : selectPath(args[k], [key, ...path], this.engine.typeAtomLive);
        }
      }
      return undefined;
    };
    const write = (field: string, v: Val | undefined) => {
      if (v?.str) this.engine.writeCell(fieldKey(owner, field), { str: v.str }, this.unit.id);
      // Likewise what an injected object is: a library client (and where it sends: an axios instance's
      // baseURL, a mail transport's relay) or a project class's instance, so that `this.http.post(…)` and
      // `this.payment.alipay.exec(…)` in a method resolve without a declared type (plain JavaScript).
      // A catalogued global's object (a request-scoped logger's child, `fastify.log.child({ module })`) too.
      else if (v?.ref && (v.ref.k === "pkg" || v.ref.k === "inst" || (v.ref.k === "global" && isCataloguedGlobal(this.engine.opts.catalog, v.ref.path[0] ?? "")))) this.engine.writeCell(fieldKey(owner, field), { ref: v.ref }, this.unit.id);
    };
    params.forEach((p, i) => {
      // A parameter property the `new` leaves out holds its default (`private readonly city = '杭州市'`).
      const given = args[i] ?? (p.initializer && isLiteralDefault(p.initializer) ? this.eval(p.initializer) : undefined);
      if (ts.isIdentifier(p.name) && (ts.getModifiers(p) ?? []).length > 0) write(p.name.text, given);
    });
    const body = ctor.body;
    if (!body || !ts.isBlock(body)) return;
    for (const st of body.statements) {
      const e = ts.isExpressionStatement(st) ? skipParens(st.expression) : undefined;
      if (!e || !ts.isBinaryExpression(e) || e.operatorToken.kind !== ts.SyntaxKind.EqualsToken) continue;
      const { left, right } = e;
      if (isThisMember(left)) write(left.name.text, argOf(right) ?? this.clientFromParams(ctor, right, argOf));
      else if (ts.isObjectLiteralExpression(left)) {
        // `({ baseUrl: this.baseUrl, apiKey: this.apiKey } = opts)`: each field is that member of what is assigned.
        const from = argOf(right);
        for (const p of from ? left.properties : []) {
          if (!ts.isPropertyAssignment(p) || !isThisMember(p.initializer)) continue;
          const key = this.propertyKey(p.name);
          if (key !== undefined) write(p.initializer.name.text, selectPath(from, [key], this.engine.typeAtomLive));
        }
      }
    }
  }

  /**
   * An HTTP client a constructor makes from its parameters (`this.http = got.extend({ prefixUrl:
   * opts.baseUrl })`, `axios.create({ baseURL })`): the instance, with the base URL this `new` passes, so
   * that the methods' relative paths resolve to that host.
   */
  private clientFromParams(ctor: ts.Node, e: ts.Expression, argOf: (e: ts.Expression) => Val | undefined): Val | undefined {
    e = skipParens(e);
    if (!ts.isCallExpression(e) || !ts.isPropertyAccessExpression(e.expression) || !ts.isIdentifier(e.expression.expression)) return undefined;
    const file = this.engine.fileOf(ctor);
    const lib = file && this.valueOfResolved(resolveName(this.engine, file, e.expression.expression.text), e.expression.expression.text).ref;
    if (lib?.k !== "pkg") return undefined;
    const method = e.expression.name.text;
    const factory = this.engine.opts.catalog.http.find((h) => h.instanceFactories?.includes(method) && h.packages?.includes(lib.pkg));
    const opts = e.arguments[0] && skipParens(e.arguments[0]);
    if (!factory || !opts || !ts.isObjectLiteralExpression(opts)) return undefined;
    let base: Str | undefined;
    for (const p of opts.properties) {
      const value = ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) ? p.name : undefined;
      if (value && ts.isIdentifier(p.name!) && factory.baseProps?.includes(p.name.text)) base = argOf(value)?.str ?? base;
    }
    return base ? { ref: { ...lib, path: [...lib.path, method, "()"], base } } : undefined;
  }

  private inheritedCtor(c: ts.ClassLikeDeclaration): ts.ConstructorDeclaration | undefined {
    for (let b = this.baseClass(c); b; b = this.baseClass(b)) {
      const ctor = b.members.find(ts.isConstructorDeclaration);
      if (ctor) return ctor;
    }
    return undefined;
  }

  // ---------- sinks ----------

  private httpRecipient(url: Str | undefined): Recipient | undefined {
    const v = classifyUrl(url);
    if (v.kind === "relative") return { id: "(relative URL)", kind: "http", hosts: [], firstParty: true };
    if (v.kind === "unresolved") return { id: "(unresolved URL)", kind: "http", hosts: [], unresolved: v.hint };
    const fp = isLocalHost(v.host) || this.engine.opts.config.firstParty.hosts.some((g) => hostMatches(g, v.host));
    return { id: v.host, kind: "http", hosts: [v.host], firstParty: fp };
  }

  private sdkRecipient(entry: { id: string; hosts?: string[]; region?: string; vendor?: string; packages?: string[] }, ref: CalleeRef): Recipient {
    const id = ref.k === "pkg" ? ref.pkg : (entry.hosts?.[0] ?? entry.id);
    const recipient: Recipient = { id, kind: "sdk", hosts: entry.hosts ?? [], region: entry.region, vendor: entry.vendor, pkg: ref.k === "pkg" ? ref.pkg : undefined };
    // Reached through its global (a script tag's `sa`, `wx`): still the SDK those packages are, for a contractor declared by package.
    if (ref.k === "global" && entry.packages?.length) recipient.packages = entry.packages;
    // Imported from one of the package's entry points (`firebase/analytics`): a contractor may be declared by it.
    else if (ref.k === "pkg" && ref.sub && ref.sub !== ref.pkg) recipient.packages = [ref.sub];
    return recipient;
  }

  private recordSink(node: ts.Node, kind: SinkHit["kind"], sink: string, recipient: Recipient | undefined, taint: Map<string, TaintEntry>, urlParam?: SinkHit["urlParam"]): void {
    if (!this.record || taint.size === 0) return;
    if (recipient?.firstParty) return;
    this.engine.classifyRecipient ??= (url) => this.httpRecipient(url);
    this.sinks.push({ unit: this.unit.id, node, kind, sink, recipient, taint, guards: this.guards, refuted: this.refutedHere(), urlParam, flushOf: this.flushOf });
  }

  /** The URL argument itself, or the field of an options object that holds the URL (`{ method, url }`). */
  private urlArgValue(arg: Val | undefined, props: readonly string[]): Val | undefined {
    if (!arg?.fields || arg.str) return arg;
    for (const p of props) {
      const v = arg.fields.get(p);
      if (v) return v;
    }
    return arg;
  }

  /** The URL argument is one of this unit's parameters (optionally after a known base): callers decide it. */
  private urlParamOf(urlArg: Val | undefined, base: Str | undefined): SinkHit["urlParam"] {
    if (!urlArg?.taint || urlArg.str?.prefix) return undefined;
    for (const e of urlArg.taint.values())
      if (e.atom.kind === "param" && e.atom.unit === this.unit.id && e.atom.path.length === 0) return { index: e.atom.index, prefix: base?.complete ? base.prefix : "" };
    return undefined;
  }
}

// ---------- helpers ----------

export function moduleKey(file: FileIndex, name: string): string {
  return file.isScript ? globalKey(name) : `${file.path}#${name}`;
}

/** The cell of a global a script declares or assigns (`var CRM = …`, `window.CRM = …`, `CRM.util = …`). */
function globalKey(name: string): string {
  return `%global#${name}`;
}

/** Globals of the platform and of test runners: never a project's own namespace object. */
const PLATFORM_GLOBALS = new Set([
  "console", "document", "navigator", "location", "history", "localStorage", "sessionStorage", "indexedDB", "screen",
  "process", "JSON", "Math", "Object", "Array", "Promise", "Date", "Number", "String", "Boolean", "Symbol", "Reflect",
  "Intl", "Error", "TypeError", "RegExp", "Map", "Set", "WeakMap", "WeakSet", "Proxy", "module", "exports", "require",
  "Buffer", "setTimeout", "setInterval", "clearTimeout", "clearInterval", "setImmediate", "queueMicrotask", "fetch",
  "XMLHttpRequest", "WebSocket", "EventSource", "URL", "URLSearchParams", "FormData", "Headers", "Request", "Response",
  "Blob", "File", "FileReader", "crypto", "performance", "alert", "confirm", "prompt", "encodeURIComponent",
  "decodeURIComponent", "encodeURI", "decodeURI", "escape", "unescape", "parseInt", "parseFloat", "isNaN", "isFinite",
  "atob", "btoa", "structuredClone", "requestAnimationFrame", "getComputedStyle", "matchMedia", "Image", "Audio", "Notification",
  // Not `App`: a mini-program calls App({…}) (see the call's own handling) but never puts members on it, so
  // `App.config = {…}` is a browser app's own namespace (`window.App = window.App || {}`), shared between scripts.
  "wx", "uni", "my", "tt", "swan", "qq", "jd", "ks", "dd", "getApp", "getCurrentPages", "Page", "Component", "Behavior",
  "jQuery", "$", "__dirname", "__filename", "describe", "it", "test", "expect", "beforeEach", "afterEach", "beforeAll", "afterAll",
  "jest", "vi", "cy", "arguments", "undefined", "NaN", "Infinity",
]);

/** The fields a constructor sets from what it is given: `this.x = …` in its body, and parameter properties. */
function constructorFieldNames(ctor: ts.SignatureDeclaration & { body?: ts.Node }): string[] {
  const out = new Set<string>();
  for (const p of ctor.parameters) if (ts.isIdentifier(p.name) && ts.getCombinedModifierFlags(p) & (ts.ModifierFlags.ParameterPropertyModifier)) out.add(p.name.text);
  const visit = (x: ts.Node): void => {
    if (x !== ctor && ts.isFunctionLike(x) && !ts.isArrowFunction(x)) return;
    if (ts.isBinaryExpression(x) && x.operatorToken.kind === ts.SyntaxKind.EqualsToken && ts.isPropertyAccessExpression(x.left) && x.left.expression.kind === ts.SyntaxKind.ThisKeyword) out.add(x.left.name.text);
    ts.forEachChild(x, visit);
  };
  if (ctor.body) visit(ctor.body);
  return [...out];
}

function fieldKey(cls: ts.ClassLikeDeclaration | ts.FunctionDeclaration | ts.FunctionExpression, name: string): string {
  return `${cls.getSourceFile().fileName}@${cls.pos}#${name}`;
}

function classOf(n: ts.Node): ts.ClassLikeDeclaration | undefined {
  if ((ts.isMethodDeclaration(n) || ts.isConstructorDeclaration(n) || ts.isGetAccessorDeclaration(n) || ts.isSetAccessorDeclaration(n)) && ts.isClassLike(n.parent)) return n.parent;
  if (n.parent && ts.isPropertyDeclaration(n.parent) && ts.isClassLike(n.parent.parent)) return n.parent.parent;
  return undefined;
}

function isStatic(n: ts.Node): boolean {
  return hasModifier(n, ts.SyntaxKind.StaticKeyword);
}

function skipParens(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  return e;
}

function isCallish(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e) || ts.isAwaitExpression(e) || ts.isVoidExpression(e)) e = e.expression;
  return ts.isCallExpression(e);
}

function exits(st: ts.Statement, file: FileIndex): boolean {
  if (ts.isReturnStatement(st) || ts.isThrowStatement(st) || ts.isContinueStatement(st) || ts.isBreakStatement(st)) return true;
  // Calls that never return: Koa's `ctx.throw(451, …)`, `process.exit(1)`, and the library functions of
  // EXIT_CALLS imported by name (SvelteKit's `error(403, …)`).
  if (ts.isExpressionStatement(st)) {
    let call: ts.Expression = skipParens(st.expression);
    if (ts.isAwaitExpression(call)) call = skipParens(call.expression);
    if (ts.isCallExpression(call)) {
      const callee = skipParens(call.expression);
      if (ts.isPropertyAccessExpression(callee) && (callee.name.text === "throw" || (callee.name.text === "exit" && ts.isIdentifier(callee.expression) && callee.expression.text === "process"))) return true;
      const imported = ts.isIdentifier(callee) ? file.imports.get(callee.text) : undefined;
      if (imported?.kind === "named" && EXIT_CALLS.some((e) => e.packages.includes(imported.spec) && e.functions.includes(imported.name))) return true;
    }
  }
  if (ts.isBlock(st)) return st.statements.length > 0 && exits(st.statements[st.statements.length - 1], file);
  if (ts.isIfStatement(st)) return !!st.elseStatement && exits(st.thenStatement, file) && exits(st.elseStatement, file);
  return false;
}

function boolLiteral(e: ts.Expression): boolean | undefined {
  if (e.kind === ts.SyntaxKind.TrueKeyword) return true;
  if (e.kind === ts.SyntaxKind.FalseKeyword) return false;
  return undefined;
}


const identifierCache = new WeakMap<ts.Node, Set<string>>();

/** Names a function's body mentions (to order never-invoked nested functions, callers first). */
function identifiersIn(fn: ts.Node): Set<string> {
  const cached = identifierCache.get(fn);
  if (cached) return cached;
  const found = new Set<string>();
  const visit = (n: ts.Node): void => {
    if (ts.isIdentifier(n)) found.add(n.text);
    else n.forEachChild(visit);
  };
  const body = (fn as { body?: ts.Node }).body;
  if (body) visit(body);
  identifierCache.set(fn, found);
  return found;
}

/** A callee as a dotted platform path: globals as they are, a platform package's export under its global's name. */
/** The property sources of a platform catalogue, by dotted path, and their roots (a cheap first test on every member read). */
const propertyIndexes = new WeakMap<readonly PlatformSourceEntry[], { byPath: Map<string, PlatformSourceEntry>; roots: Set<string> }>();
function platformProperties(platform: readonly PlatformSourceEntry[]): { byPath: Map<string, PlatformSourceEntry>; roots: Set<string> } {
  let idx = propertyIndexes.get(platform);
  if (!idx) {
    idx = { byPath: new Map(), roots: new Set() };
    for (const e of platform) {
      if (!e.via.includes("property")) continue;
      for (const g of e.globals) {
        idx.byPath.set(g, e);
        idx.roots.add(g.split(".")[0]);
      }
    }
    propertyIndexes.set(platform, idx);
  }
  return idx;
}

/** The string a value is known to be, if it is known whole (a key written `obj[k]` with `k` one of several: none). */
function completeString(v: Val): string | undefined {
  return v.str?.complete ? v.str.prefix : undefined;
}

/** A value that is an object, never falsy: a record with fields, a function, a class, an instance. */
function isRecordLike(v: Val): boolean {
  return !!v.fields?.size || v.ref?.k === "fn" || v.ref?.k === "inst" || v.ref?.k === "class";
}

/** `process.env`, the process's environment. */
function isProcessEnv(ref: Ref | undefined): boolean {
  return ref?.k === "global" && ref.path.length === 2 && ref.path[0] === "process" && ref.path[1] === "env";
}

function platformPath(ref: CalleeRef): string | undefined {
  if (ref.k === "global") return ref.path.join(".");
  const global = PLATFORM_PACKAGES[ref.pkg];
  if (!global) return undefined;
  const rest = ref.path.filter((s, i) => !(i === 0 && (s === "default" || s === "*")));
  return [global, ...rest].join(".");
}

/** The default of a lookup by a constant key (`config.get("INSURER_URL", "https://…")`): what it may give. */
function lookupDefault(args: readonly Val[]): Str | undefined {
  const d = args.length === 2 && args[0]?.str?.complete ? args[1]?.str : undefined;
  return d && { prefix: d.prefix, complete: false };
}

/**
 * A library call given one record (`repo.save(entity)`, `Model.create({ … })`, `schema.parse(dto)`) most often
 * hands it back: a field the record has is that field's value, so `saved.bizNo` is not whatever else the record
 * held. Fields it does not have stay what the call's result carries as a whole. Arrays and functions are not
 * records; with two records we cannot tell which one comes back.
 */
function handedBack(args: readonly Val[]): Pick<Val, "fields" | "partial"> | undefined {
  let record: Val | undefined;
  for (const a of args) {
    if (!a.fields?.size || a.ref?.k === "fn" || a.fields.has("[]")) continue;
    // Options written out as constants (`parse(text, { columns: true, trim: true })`) are not a record handed back.
    if ([...a.fields.values()].every((f) => f.clean && !f.taint?.size && !f.fields?.size)) continue;
    if (record) return undefined;
    record = a;
  }
  return record && { fields: record.fields, partial: record.partial };
}

/** Dependency-injection lookups (`inject(HttpClient)`, `moduleRef.get(UsersService)`, `container.resolve(Repo)`): the instance of the class given. */
function injectedInstance(name: string, args: readonly Val[]): Val | undefined {
  return DI_LOOKUPS.has(name) ? instanceOf(args[0]) : undefined;
}

/** The instance a class value stands for: a project class's, or a library class's as if made by `new`. */
function instanceOf(v: Val | undefined): Val | undefined {
  // An NgRx signal store is modelled as its instance already (see signalStore).
  if (v?.fields?.has(SIGNAL_STORE)) return v;
  const ref = v?.ref;
  if (ref?.k === "class") return { ref: { k: "inst", decl: ref.decl }, owner: ref.decl.name?.text };
  if (ref?.k === "pkg" && ref.path.length && !ref.path.includes("()") && !ref.path.includes("new")) return { ref: { ...ref, path: [...ref.path, "new"] } };
  return undefined;
}

/** Parameters that take arguments: TypeScript's `this` parameter (`function f(this: T, x)`) declares a type only. */
function valueParameters(fn: ts.SignatureDeclaration): readonly ts.ParameterDeclaration[] {
  const first = fn.parameters[0];
  return first && ts.isIdentifier(first.name) && first.name.text === "this" ? fn.parameters.slice(1) : fn.parameters;
}

/**
 * The control a lookup call names by its id, name or selector (`document.getElementById("idCard")`,
 * `form.querySelector('input[name="mobile"]')`, `field(root, "diagnosis")`): its last string argument.
 */
function lookedUpControl(e: ts.Expression): string | undefined {
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e) || ts.isTypeAssertionExpression(e)) e = e.expression;
  if (!ts.isCallExpression(e)) return undefined;
  const c = e;
  const lit = [...c.arguments].reverse().find(ts.isStringLiteralLike);
  // An id or a selector is short; a long string is something else (and not worth a regular expression).
  if (!lit || lit.text.length > 200) return undefined;
  // The last simple selector: `#phone`, `.phone-input`, `[name="phone"]`, `form input[name=phone]`.
  const m = /(?:\[name\s*=\s*["']?([\w-]+)["']?\s*\]|[#.]?([\w-]+))\s*$/.exec(lit.text.trim());
  const name = m?.[1] ?? m?.[2];
  return name && /^[A-Za-z_]/.test(name) ? name : undefined;
}

/** `phoneInput`, `emailFieldRef` → "phone", "email": the name without its trailing control words. */
function controlContentName(name: string): string {
  const toks = tokenize(name);
  let n = toks.length;
  while (n > 1 && CONTROL_WORDS.has(toks[n - 1])) n--;
  return n === toks.length ? name : toks.slice(0, n).join("_");
}

type PkgRef = Extract<Ref, { k: "pkg" }>;

/**
 * A literal written as the application's or an organisation's own contact data (labelling rule 4): bound to a
 * name that says so (`SUPPORT_MOBILE = '139…'`), or a field of an organisation's record
 * (`config.hospital = { dutyPhone: '139…' }`). A number that looks like a person's there is the company's.
 */
function literalOfOwnData(taxonomy: Engine["taxonomy"], e: ts.Expression): boolean {
  const p = e.parent;
  if (ts.isVariableDeclaration(p) && p.initializer === e && ts.isIdentifier(p.name)) return taxonomy.isOwnData(p.name.text);
  if (!ts.isPropertyAssignment(p) || p.initializer !== e) return false;
  const key = propName(p.name);
  if (key === undefined) return false;
  const holder = p.parent.parent;
  let owner: string | undefined;
  if (ts.isVariableDeclaration(holder) && ts.isIdentifier(holder.name)) owner = holder.name.text;
  else if (ts.isPropertyAssignment(holder)) owner = propName(holder.name);
  else if (ts.isBinaryExpression(holder) && holder.operatorToken.kind === ts.SyntaxKind.EqualsToken)
    owner = ts.isPropertyAccessExpression(holder.left) ? holder.left.name.text : ts.isIdentifier(holder.left) ? holder.left.text : undefined;
  return taxonomy.isOwnData(key, owner);
}

/** The declaration of `name` among the top-level statements of a function's body (a setup store's `const token = ref('')`). */
function localDeclaration(fn: ts.Node, name: string): ts.VariableDeclaration | ts.FunctionDeclaration | undefined {
  const body = (fn as { body?: ts.Node }).body;
  if (!body || !ts.isBlock(body)) return undefined;
  for (const st of body.statements) {
    if (ts.isFunctionDeclaration(st) && st.name?.text === name) return st;
    if (ts.isVariableStatement(st)) for (const d of st.declarationList.declarations) if (ts.isIdentifier(d.name) && d.name.text === name) return d;
  }
  return undefined;
}

/**
 * What a decorator's argument names: itself, or the values of its options, one by one in a list
 * (Midway's `@Post('/check', { middleware: [ConsentMiddleware] })`).
 */
function decoratorOptionValues(a: ts.Expression): ts.Expression[] {
  if (!ts.isObjectLiteralExpression(a)) return [a];
  const out: ts.Expression[] = [];
  for (const p of a.properties) {
    const v = ts.isPropertyAssignment(p) ? p.initializer : ts.isShorthandPropertyAssignment(p) ? p.name : undefined;
    if (!v) continue;
    if (ts.isArrayLiteralExpression(v)) out.push(...v.elements.filter((x) => !ts.isSpreadElement(x) && !ts.isOmittedExpression(x)));
    else out.push(v);
  }
  return out;
}

/** `module.exports = node` or `exports.default = node`. */
function isModuleExport(node: ts.Node): boolean {
  const parent = node.parent;
  return ts.isBinaryExpression(parent) && parent.right === node && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken && /^module\.exports$|^exports\.default$/.test(parent.left.getText());
}

/** The function that returns `fn`: `(options) => async (ctx, next) => {…}` or `function () { return async function (ctx) {…} }`. */
function returnedBy(fn: ts.Node): ts.SignatureDeclaration | undefined {
  const parent = fn.parent;
  if (ts.isArrowFunction(parent) && parent.body === fn) return parent;
  if (!ts.isReturnStatement(parent)) return undefined;
  const outer = ts.findAncestor(parent, ts.isFunctionLike);
  return outer && (ts.isArrowFunction(outer) || ts.isFunctionExpression(outer) || ts.isFunctionDeclaration(outer)) ? outer : undefined;
}


/** A default that is a literal: a string, number, boolean, null, or an empty array or object. */
export function isLiteralDefault(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e)) e = e.expression;
  if (ts.isStringLiteralLike(e) || ts.isNumericLiteral(e)) return true;
  if (e.kind === ts.SyntaxKind.TrueKeyword || e.kind === ts.SyntaxKind.FalseKeyword || e.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isArrayLiteralExpression(e)) return e.elements.length === 0;
  if (ts.isObjectLiteralExpression(e)) return e.properties.length === 0;
  return ts.isIdentifier(e) && e.text === "undefined";
}

function withoutParams(taint: ReadonlyMap<string, TaintEntry> | undefined): ReadonlyMap<string, TaintEntry> | undefined {
  if (!taint) return undefined;
  for (const e of taint.values()) if (e.atom.kind !== "param") return taint;
  return undefined;
}

/** `T` of a `Promise<T>` an async function declares it returns; any other type itself. */
function awaitedType(t: ts.TypeNode): ts.TypeNode {
  return ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && t.typeName.text === "Promise" && t.typeArguments?.length === 1 ? t.typeArguments[0] : t;
}

/** `T` of a stream type `Observable<T>` (also a Subject's), declared as what a function returns. */
function streamedType(t: ts.TypeNode): ts.TypeNode | undefined {
  return ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && STREAM_TYPES.has(t.typeName.text) && t.typeArguments?.length === 1 ? t.typeArguments[0] : undefined;
}

function isStructuredType(t: ts.TypeNode): boolean {
  if (ts.isTypeReferenceNode(t) || (ts.isImportTypeNode(t) && !!t.qualifier) || ts.isJSDocTypeLiteral(t)) return true;
  // `components['schemas']['SessionUser']` of a generated API schema: a record as the member it names is.
  if (ts.isTypeLiteralNode(t) || ts.isArrayTypeNode(t) || ts.isIntersectionTypeNode(t) || ts.isIndexedAccessTypeNode(t)) return true;
  if (ts.isUnionTypeNode(t)) return t.types.some(isStructuredType);
  if (ts.isParenthesizedTypeNode(t) || isReadonlyType(t)) return isStructuredType(t.type);
  return false;
}

/** The name a holder is kept under: the variable or class field its making call initialises. */
function holderBinding(n: ts.CallExpression | ts.NewExpression): ts.Identifier | undefined {
  const d = n.parent;
  if ((ts.isVariableDeclaration(d) || ts.isPropertyDeclaration(d)) && d.initializer === n && ts.isIdentifier(d.name)) return d.name;
  return undefined;
}

/** An initial value that is only a placeholder: `''`, `null`, `undefined`, `[]`, `{}`, or none. */
function isPlaceholderArg(a: ts.Expression | undefined): boolean {
  if (!a) return true;
  a = skipParens(a);
  if (ts.isStringLiteralLike(a)) return a.text === "";
  if (a.kind === ts.SyntaxKind.NullKeyword || (ts.isIdentifier(a) && a.text === "undefined")) return true;
  return (ts.isArrayLiteralExpression(a) && !a.elements.length) || (ts.isObjectLiteralExpression(a) && !a.properties.length);
}

/** A function of a schema's `actions` or `events` (directly, or as an action's `{ handler }`). */
function isHandlerOf(fn: ts.Node, schema: ts.ObjectLiteralExpression): boolean {
  const member = ts.isMethodDeclaration(fn) ? fn : ts.isPropertyAssignment(fn.parent) && fn.parent.initializer === fn ? fn.parent : undefined;
  let container = member?.parent;
  // `{ handler(ctx) { … } }` of an action: the actions object is one level up.
  if (member && propName(member.name) === "handler" && container?.parent && ts.isPropertyAssignment(container.parent)) container = container.parent.parent;
  const group = container?.parent;
  return !!group && ts.isPropertyAssignment(group) && group.parent === schema && ["actions", "events"].includes(propName(group.name) ?? "");
}

function isSwr(ref: CalleeRef): boolean {
  return ref.k === "pkg" && (ref.pkg === "swr" || ref.pkg.startsWith("swr/"));
}

/**
 * Whether a library call is one of a catalogue entry's functions: by the name it is called by, or by the
 * name it is imported under (`import { useMutation as useLegacyMutation }`).
 */
function callsEntryFunction(entry: { packages: readonly string[]; functions: readonly string[] }, ref: Extract<Ref, { k: "pkg" }>, name: string): boolean {
  return (entry.functions.includes(name) || entry.functions.includes(ref.path[ref.path.length - 1])) && pkgListed(entry.packages, ref.pkg, ref.sub ?? ref.pkg);
}

/**
 * The keys an object helper's argument names: a string written out (`'a.b'`, a path when `asPath`), or an
 * array of strings (`['id', 'xingming']`, the parts of a path when `asPath`). Undefined when not known.
 */
function helperKeys(e: ts.Expression | undefined, v: Val | undefined, asPath: boolean): string[] | undefined {
  const a = e && skipParens(e);
  if (a && ts.isArrayLiteralExpression(a)) {
    const out: string[] = [];
    for (const el of a.elements) {
      if (!ts.isStringLiteralLike(el)) return undefined;
      out.push(el.text);
    }
    return out;
  }
  if (!v?.str?.complete) return undefined;
  return asPath ? v.str.prefix.split(".") : [v.str.prefix];
}

/** Identifying numbers whose few characters (a phone's last four digits) are how apps show them masked. */
const MASKED_BY_PIECES = new Set(["contact.phone", "identity.national_id", "financial.bank_card", "account.identifier", "device.identifier"]);

/**
 * The bare type name a declared result is, through `Promise<…>` and "or nothing" unions (`T | null`,
 * `Promise<T | undefined>`: the T it is when it is anything); undefined for any other type.
 */
function returnedTypeName(type: ts.TypeNode): string | undefined {
  let t = type;
  for (let i = 0; i < 4; i++) {
    if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && PROMISE_TYPES.has(t.typeName.text) && t.typeArguments?.length === 1) t = t.typeArguments[0];
    else if (ts.isUnionTypeNode(t) && t.types.filter((x) => !isNothingType(x)).length === 1) t = t.types.find((x) => !isNothingType(x))!;
    else break;
  }
  return ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName) && !t.typeArguments ? t.typeName.text : undefined;
}

/** Whether `t` is the type of a constructor of the type parameter `name`: `new (…) => T`, `ClassConstructor<T>`, `Type<T>`. */
function constructs(t: ts.TypeNode, name: string): boolean {
  const isT = (x: ts.TypeNode | undefined) => !!x && ts.isTypeReferenceNode(x) && ts.isIdentifier(x.typeName) && x.typeName.text === name && !x.typeArguments;
  if (ts.isConstructorTypeNode(t)) return isT(t.type);
  return ts.isTypeReferenceNode(t) && t.typeArguments?.length === 1 && isT(t.typeArguments[0]) && /(Constructor|Type|Class|Ctor)$/.test(typeName(t) ?? "");
}

/** A numeric literal argument (`4`, `-4`). */
function numberArg(e: ts.Expression | undefined): number | undefined {
  if (!e) return undefined;
  const x = skipParens(e);
  if (ts.isNumericLiteral(x)) return Number(x.text);
  if (ts.isPrefixUnaryExpression(x) && x.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(x.operand)) return -Number(x.operand.text);
  return undefined;
}

/** `slice(-4)`, `slice(0, 3)`, `substring(0, 4)`, `substr(-4)`, `charAt(0)`: a piece of at most four characters. */
function isShortPiece(name: string, args: readonly ts.Expression[]): boolean {
  if (name === "charAt") return true;
  if (name !== "slice" && name !== "substring" && name !== "substr") return false;
  const a = numberArg(args[0]);
  const b = args.length > 1 ? numberArg(args[1]) : undefined;
  if (a === undefined || (args.length > 1 && b === undefined)) return false;
  if (name === "substr") return b !== undefined ? b >= 0 && b <= 4 : a < 0 && a >= -4;
  if (b === undefined) return name === "slice" && a < 0 && a >= -4;
  if (name === "slice" && a < 0) return b <= 0 && b - a <= 4;
  return a >= 0 && b >= a && b - a <= 4;
}

/** A type argument that is a type parameter of an enclosing declaration (`request<T>(…)` inside `function f<T>()`): it says nothing yet. */
/** The name of the interface or type alias a member is declared in. */
function declaringTypeName(m: ts.TypeElement): string | undefined {
  const p = m.parent;
  if (ts.isInterfaceDeclaration(p)) return p.name.text;
  return ts.isTypeLiteralNode(p) && ts.isTypeAliasDeclaration(p.parent) ? p.parent.name.text : undefined;
}

/** The text of a query made from a record's fields, up to the first value not known. */
function queryText(record: Val): Str {
  let prefix = "";
  for (const [k, v] of record.fields ?? []) {
    if (k.startsWith("%")) continue;
    prefix += `${prefix ? "&" : ""}${encodeURIComponent(k)}=`;
    if (!v.str?.complete) return { prefix, complete: false };
    prefix += encodeURIComponent(v.str.prefix);
  }
  return { prefix, complete: true };
}

/** Arguments with `v` at `index` and nothing we know of before it. */
function paramAt(index: number, v: Val): Val[] {
  return [...Array.from({ length: index }, () => EMPTY), v];
}

/** An object of a configuration library whose objects are the settings themselves (ConfigReaderEntry.settingsObjects). */
function isSettingsObject(ref: Extract<Ref, { k: "pkg" }>): boolean {
  return pkgListed(SETTINGS_PACKAGES, ref.pkg, ref.sub ?? ref.pkg);
}
/** The packages of ConfigReaderEntry.settingsObjects, once (asked on every read of a library object's member). */
const SETTINGS_PACKAGES = CONFIG_READERS.filter((e) => e.settingsObjects).flatMap((e) => e.packages);

/** The process environment as a whole: `process.env`, `Bun.env`, `import.meta.env`, `Deno.env.toObject()`. */
function isEnvironment(e: ts.Expression): boolean {
  e = skipParens(e);
  if (ts.isCallExpression(e) && ts.isPropertyAccessExpression(e.expression) && e.expression.name.text === "toObject") return isEnvironment(e.expression.expression);
  if (!ts.isPropertyAccessExpression(e) || e.name.text !== "env") return false;
  const owner = e.expression;
  return ts.isMetaProperty(owner) || (ts.isIdentifier(owner) && (owner.text === "process" || owner.text === "Bun" || owner.text === "Deno"));
}

/** Whether a call's result is bound, awaited or returned, rather than handed to another call. */
function usedAsValue(c: ts.CallExpression): boolean {
  let n: ts.Node = c;
  while (ts.isParenthesizedExpression(n.parent) || ts.isNonNullExpression(n.parent) || ts.isAsExpression(n.parent)) n = n.parent;
  const p = n.parent;
  return ts.isAwaitExpression(p) || ts.isReturnStatement(p) || (ts.isVariableDeclaration(p) && p.initializer === n) || (ts.isArrowFunction(p) && p.body === n);
}

function isTypeParameterRef(t: ts.TypeNode): boolean {
  if (!ts.isTypeReferenceNode(t) || !ts.isIdentifier(t.typeName) || t.typeArguments) return false;
  const name = t.typeName.text;
  for (let n: ts.Node | undefined = t.parent; n; n = n.parent) {
    const params = (n as { typeParameters?: ts.NodeArray<ts.TypeParameterDeclaration> }).typeParameters;
    if (params?.some((p) => p.name.text === name)) return true;
  }
  return false;
}

/** A parameter default that is a reference point, not data: the current time, or a constant. */
function isReferencePoint(init: ts.Expression): boolean {
  init = skipParens(init);
  if (ts.isNumericLiteral(init) || ts.isStringLiteral(init)) return true;
  if (ts.isNewExpression(init)) return ts.isIdentifier(init.expression) && init.expression.text === "Date" && !init.arguments?.length;
  return ts.isCallExpression(init) && !init.arguments.length && ts.isPropertyAccessExpression(init.expression) && ts.isIdentifier(init.expression.expression) && init.expression.expression.text === "Date" && init.expression.name.text === "now";
}

/** A value we know nothing about: not a constant, not clean, no PI, no structure (an event's `target.value`). */
function isEnvObject(e: ts.Expression): boolean {
  e = skipParens(e);
  return (ts.isIdentifier(e) && e.text === "env") || (ts.isPropertyAccessExpression(e) && e.name.text === "env");
}

/** `v` with the closures in it detached from the scope of the run that made them (see DETACHED_SCOPE). */
function detachClosures(v: Val, depth: number): Val {
  let out = v;
  if (v.ref?.k === "fn" && v.ref.fn.unit === undefined && v.ref.fn.scope !== DETACHED_SCOPE) out = { ...v, ref: { k: "fn", fn: { ...v.ref.fn, scope: DETACHED_SCOPE } } };
  if (v.fields && depth < 4) {
    let fields: Map<string, Val> | undefined;
    for (const [k, f] of v.fields) {
      const d = detachClosures(f, depth + 1);
      if (d !== f) (fields ??= new Map(v.fields)).set(k, d);
    }
    if (fields) out = { ...out, fields };
  }
  return out;
}

/** A declaration with no body or value of its own (`declare function f(): void`, `declare const wx: Wx`). */
function isAmbient(n: ts.Node): boolean {
  let d: ts.Node = n;
  if (ts.isVariableDeclaration(d)) d = d.parent.parent;
  if (!ts.isFunctionDeclaration(d) && !ts.isVariableStatement(d)) return false;
  if (d.getSourceFile().isDeclarationFile || hasModifier(d, ts.SyntaxKind.DeclareKeyword)) return true;
  // Inside `declare global { var _hmt: unknown[][] }` or `declare module 'x' { … }`: ambient as a whole.
  const block = d.parent;
  return ts.isModuleBlock(block) && hasModifier(block.parent, ts.SyntaxKind.DeclareKeyword);
}

/** Methods whose result is another library object (a client, a chain, a handle) or the server's own address, not data. */
/** Buffer's functions that make bytes from data given to them. */
const BYTES_FROM_DATA = new Set(["from", "concat"]);
const OBJECT_METHODS =
  /^((create|make|build|init|connect|open)([A-Z]\w*)?|get(Instance|Client|Connection|Repository|Collection|Model|Logger|Service|Db|Database|Store|Bucket|Table|Queue)|new|use|extend|child|duplicate|instance|collection|table|bucket|db|database|model|repository|channel|queue|topic|router|client|pipe|chain|bind|of|from|where|select|query|find|then|catch|finally|on|once|listen|address)$/;

/**
 * What a library call hands back that a PI name bound to it makes data: a field of a call's result
 * (`const { model: phoneModel } = Taro.getSystemInfoSync()`), or the result of a method that reads a value
 * (`const shoujihao = $("#shoujihao").val()`, `const phone = await redis.get(key)`), or of a function
 * imported by name. Not a call of a module's root or a factory (`const userApi = axios.create()`,
 * `express()`), which hand out library objects.
 */
/** A part of a library call's result that carries nothing we know of: data the library hands over. */
function isLibraryDatum(v: Val): boolean {
  return !!v.ref && isFieldOfCallResult(v.ref) && !v.clean && !v.taint?.size && !v.fields?.size;
}

function isFieldOfCallResult(r: Ref): boolean {
  if (r.k !== "pkg" && r.k !== "global") return false;
  // An element's data attributes (`document.body.dataset.userId`) are what the page was rendered with.
  if (r.k === "global" && r.path.length > 1 && r.path[r.path.length - 2] === "dataset") return true;
  // A member of an object the code was handed, declared as a library's type (`request.user.sub` of a
  // `request: FastifyRequest`): data the library holds for the caller, as a call's result is.
  if (r.k === "pkg" && r.declared && r.path.indexOf("new") < r.path.length - 1) return true;
  const i = r.path.lastIndexOf("()");
  if (i < 0) return false;
  if (i < r.path.length - 1) return true;
  // Bytes made from data (`Buffer.from(payload.pdfBase64, 'base64')`) are that data, as the binding says.
  if (r.k === "global" && i === 2 && r.path[0] === "Buffer" && BYTES_FROM_DATA.has(r.path[1])) return true;
  const method = r.path[i - 1];
  if (method === "new" || OBJECT_METHODS.test(method)) return false;
  // A function imported by name reads a value (`const deviceId = machineIdSync()`, `uuidv4()`), unless it
  // is a class or factory (`Router()`, `Fastify()`) or a hook handing out framework state (`useLocation()`).
  return i >= 2 || (i === 1 && !/^[A-Z]|^use[A-Z]/.test(method));
}

const TEST_OPERATORS = new Set<ts.SyntaxKind>([
  ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken,
  ts.SyntaxKind.EqualsEqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsEqualsToken, ts.SyntaxKind.EqualsEqualsToken, ts.SyntaxKind.ExclamationEqualsToken,
  ts.SyntaxKind.InstanceOfKeyword, ts.SyntaxKind.InKeyword,
]);
const TEST_METHODS = new Set(["includes", "has", "some", "every", "test", "startsWith", "endsWith"]);

/** A variable initialised with a test: a comparison, a negation, `Boolean(x)`, `list.includes(x)` … */
function isTestBinding(node: ts.Node): boolean {
  const decl = node.parent;
  if (!decl || !ts.isVariableDeclaration(decl) || decl.name !== node || !decl.initializer) return false;
  let e = decl.initializer;
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  if (ts.isBinaryExpression(e)) return TEST_OPERATORS.has(e.operatorToken.kind);
  if (ts.isPrefixUnaryExpression(e)) return e.operator === ts.SyntaxKind.ExclamationToken;
  if (!ts.isCallExpression(e)) return false;
  const callee = e.expression;
  if (ts.isIdentifier(callee)) return callee.text === "Boolean";
  return ts.isPropertyAccessExpression(callee) && TEST_METHODS.has(callee.name.text);
}

/** A name that is a parameter of an enclosing function declared boolean (`function persist(analytics: boolean)`). */
function declaredBoolean(id: ts.Identifier): boolean {
  for (let n: ts.Node | undefined = id.parent; n; n = n.parent) {
    if (!ts.isFunctionLike(n)) continue;
    const p = n.parameters.find((x) => ts.isIdentifier(x.name) && x.name.text === id.text);
    if (p) return isBooleanType(p.type);
  }
  return false;
}

/** The name an object literal is kept under: the property or variable it initialises. */
function literalName(o: ts.ObjectLiteralExpression): string | undefined {
  const p = o.parent;
  if ((ts.isPropertyAssignment(p) || ts.isVariableDeclaration(p) || ts.isPropertyDeclaration(p)) && p.initializer === o) return ts.isIdentifier(p.name) || ts.isStringLiteral(p.name) ? p.name.text : undefined;
  return undefined;
}

/** Properties that hold a boolean wherever they are read (a checkbox's `checked`). */
const FLAG_PROPS = new Set(["checked", "indeterminate"]);

/** A parameter of the enclosing functions declared boolean, read by name. */
function isDeclaredBooleanParam(e: ts.Expression): boolean {
  const x = skipTypeWrappers(e);
  return ts.isIdentifier(x) && declaredBoolean(x);
}

function isFlagRead(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e)) e = e.expression;
  return ts.isPropertyAccessExpression(e) && FLAG_PROPS.has(e.name.text);
}

/** An expression without parentheses, `!` and `as` casts around it. */
function skipTypeWrappers(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e) || ts.isNonNullExpression(e) || ts.isAsExpression(e)) e = e.expression;
  return e;
}

/**
 * The value's own name says more than the key it is stored under and contains it (`address:
 * point.pickupPointAddress`, `email: SUPPORT_EMAIL`): that name was classified where it was read, and
 * the key does not make a value the name said is not PI into PI.
 */
function namedMoreExactly(init: ts.Expression, key: string): boolean {
  init = skipTypeWrappers(init);
  const name = ts.isIdentifier(init) ? init.text : ts.isPropertyAccessExpression(init) ? init.name.text : undefined;
  if (!name || name === key) return false;
  const own = new Set(tokenize(name));
  const words = tokenize(key);
  return words.length > 0 && own.size > words.length && words.every((w) => own.has(w));
}

/**
 * A string this function builds with words of its own (`anon-${ctx.reqId}`, `'guest:' + sessionNo`), or a
 * choice between such strings and calls' results (`viewer ? pseudonymize(viewer.userId) : `anon-${reqId}``):
 * not a value a caller handed in whole, so the key it is stored under does not say what it is (keyedCallerValue);
 * what it was built from still says so for itself. Separators alone (`${province} ${city}`) are no words.
 */
function builtHere(e: ts.Expression): boolean {
  e = skipTypeWrappers(e);
  if (ts.isTemplateExpression(e)) return hasWords(e.head.text) || e.templateSpans.some((s) => hasWords(s.literal.text));
  if (ts.isBinaryExpression(e) && e.operatorToken.kind === ts.SyntaxKind.PlusToken) return [e.left, e.right].some((x) => (ts.isStringLiteralLike(x) && hasWords(x.text)) || builtHere(x));
  if (ts.isConditionalExpression(e)) {
    const branches = [e.whenTrue, e.whenFalse].map(skipTypeWrappers);
    return branches.some(builtHere) && branches.every((x) => builtHere(x) || ts.isCallExpression(x) || ts.isLiteralExpression(x));
  }
  return false;
}

function hasWords(text: string): boolean {
  return /[A-Za-z\u4e00-\u9fff]/.test(text);
}

/**
 * `address: clinic.address`: the read already said what the value is, with the owner it was read from (a
 * clinic's address is not a person's); the same key says nothing more.
 */
function readBySameName(init: ts.Expression, key: string): boolean {
  init = skipTypeWrappers(init);
  return ts.isPropertyAccessExpression(init) && init.name.text === key;
}

/** The key of a `@Config('a.b')` (or `@Config()` / `@Config(ALL)`: "") decorator on a class property, if any. */
function midwayConfigKey(m: ts.PropertyDeclaration): string | undefined {
  for (const d of ts.getDecorators(m) ?? []) {
    const e = d.expression;
    if (!ts.isCallExpression(e) || !ts.isIdentifier(e.expression) || e.expression.text !== "Config") continue;
    const a = e.arguments[0];
    return a && ts.isStringLiteralLike(a) ? a.text : "";
  }
  return undefined;
}

const pathStyleRootCache = new WeakMap<object, { roots: Set<string>; leaves: Set<string> }>();

/**
 * The first names of the globals of sink entries named by a dotted path on a local value (`req.log`,
 * `context.logger`), and the names after them (`log`, `logger`), which a local alias of one is often called.
 */
function pathStyleRoots(catalog: { sinks: ReadonlyArray<{ globals?: readonly string[] }> }): { roots: Set<string>; leaves: Set<string> } {
  let out = pathStyleRootCache.get(catalog);
  if (!out) {
    out = { roots: new Set(), leaves: new Set() };
    for (const e of catalog.sinks)
      if (e.globals?.some((g) => g.includes(".")))
        for (const g of e.globals) {
          const [root, next] = g.split(".");
          out.roots.add(root);
          if (next) out.leaves.add(next);
        }
    pathStyleRootCache.set(catalog, out);
  }
  return out;
}


/** Hidden fields: a form model's value (FORM_MODELS), and what an observable emits to its subscribers. */
const FORM_VALUE = "%form";
/** `false`, `null`, `undefined`, `0`, `''`: a value that can never make a test pass (a branch, a switch case). */
function isFalsyLiteral(e: ts.Expression): boolean {
  const x = skipParens(e);
  if (x.kind === ts.SyntaxKind.FalseKeyword || x.kind === ts.SyntaxKind.NullKeyword) return true;
  if (ts.isIdentifier(x)) return x.text === "undefined";
  if (ts.isNumericLiteral(x)) return Number(x.text) === 0;
  return ts.isStringLiteralLike(x) && x.text === "";
}

const RELATIONAL = new Set([ts.SyntaxKind.LessThanToken, ts.SyntaxKind.LessThanEqualsToken, ts.SyntaxKind.GreaterThanToken, ts.SyntaxKind.GreaterThanEqualsToken]);

/**
 * How many thresholds a chain of conditionals puts on values, when it is a banding: every condition a
 * comparison (`<`, `<=`, `>`, `>=`) and every leaf a constant. 0 when it is not. One threshold is a yes or
 * no (as `age >= 18` is); two or more make bands, which say about the value what coarser values say.
 */
function bandThresholds(x: ts.ConditionalExpression): number {
  const cond = skipParens(x.condition);
  if (!ts.isBinaryExpression(cond) || !RELATIONAL.has(cond.operatorToken.kind)) return 0;
  let n = 1;
  for (const b of [x.whenTrue, x.whenFalse]) {
    const e = skipParens(b);
    if (ts.isConditionalExpression(e)) {
      const inner = bandThresholds(e);
      if (!inner) return 0;
      n += inner;
    } else if (!ts.isStringLiteralLike(e) && !ts.isNumericLiteral(e)) return 0;
  }
  return n;
}

/**
 * The comparisons of a function body written as bands: a run of `if (<comparison>) return <constant>;` (two
 * or more) ending in `return <constant>;`, as bandThresholds asks of a chain of conditionals. Undefined when
 * the body is anything else.
 */
function bandedReturns(body: ts.Block): ts.BinaryExpression[] | undefined {
  const st = body.statements;
  if (st.length < 3 || st.length > 16) return undefined;
  const constant = (e: ts.Expression | undefined) => !!e && (ts.isStringLiteralLike(skipParens(e)) || ts.isNumericLiteral(skipParens(e)));
  const returned = (s: ts.Statement): ts.Expression | undefined => {
    const r = ts.isBlock(s) && s.statements.length === 1 ? s.statements[0] : s;
    return ts.isReturnStatement(r) ? (r.expression ?? undefined) : undefined;
  };
  const last = st[st.length - 1];
  if (!ts.isReturnStatement(last) || !constant(last.expression)) return undefined;
  // The chain of `if (age < 14) return '0-13'` at the end, read backwards.
  const out: ts.BinaryExpression[] = [];
  let i = st.length - 2;
  for (; i >= 0; i--) {
    const s = st[i];
    if (!ts.isIfStatement(s) || s.elseStatement || !constant(returned(s.thenStatement))) break;
    const cond = skipParens(s.expression);
    if (!ts.isBinaryExpression(cond) || !RELATIONAL.has(cond.operatorToken.kind)) break;
    out.unshift(cond);
  }
  // Before it, only what computes the quantity: declarations, adjustments (`if (m < 0) age -= 1`) and checks
  // that give a constant for bad input (`if (isNaN(t)) return 'unknown'`), never a return of anything else.
  const returnsOther = (n: ts.Node): boolean =>
    ts.isFunctionLike(n) ? false : (ts.isReturnStatement(n) && !constant(n.expression)) || !!ts.forEachChild(n, (c) => returnsOther(c) || undefined);
  for (const s of st.slice(0, i + 1)) if (returnsOther(s)) return undefined;
  return out.length >= 2 ? out : undefined;
}

/**
 * Whether `type` is the declared type of one of `fn`'s parameters (or part of it: `SaEvent[]`, `T | null`)
 * and the caller passes there a value whose content is known: an object or list written out whole, or a
 * clean value.
 */
function knownArgForDeclared(type: ts.TypeNode, fn: ts.Node, args: readonly Val[]): boolean {
  let n: ts.Node = type;
  for (let i = 0; i < 4 && n.parent && !ts.isParameter(n.parent); i++) {
    if (!ts.isArrayTypeNode(n.parent) && !ts.isUnionTypeNode(n.parent) && !ts.isParenthesizedTypeNode(n.parent) && !(ts.isTypeReferenceNode(n.parent) && n.parent.typeArguments?.includes(n as ts.TypeNode))) return false;
    n = n.parent;
  }
  const param = n.parent;
  if (!param || !ts.isParameter(param) || param.type !== n || param.parent !== fn || !ts.isFunctionLike(fn)) return false;
  const arg = args[fn.parameters.indexOf(param)];
  if (!arg || arg.partial) return false;
  return (!!arg.clean && !arg.taint?.size && !arg.fields?.size) || (!!arg.closed && !!arg.fields?.size && !arg.ref);
}

/** Whether the class's own code assigns `this.<name>` (a constructor copying its argument in): once per class and name. */
const classAssignments = new WeakMap<ts.ClassLikeDeclaration, Map<string, boolean>>();
function assignedInClass(c: ts.ClassLikeDeclaration, name: string): boolean {
  let names = classAssignments.get(c);
  if (!names) classAssignments.set(c, (names = new Map()));
  let hit = names.get(name);
  if (hit === undefined) {
    const text = c.getSourceFile().text.slice(c.pos, c.end);
    hit = new RegExp(`\\bthis\\.${name.replace(/[$]/g, "\\$")}\\s*(=(?!=)|\\?\\?=|\\|\\|=)|Object\\.assign\\(\\s*this\\b`).test(text);
    names.set(name, hit);
  }
  return hit;
}

/** Hidden field: a runtime schema, of the library it names (see SCHEMA_LIBRARIES). */
const SCHEMA = "%schema";
/** DOM interfaces a value of the platform's is declared as, and the global it stands for (Web Storage: either store). */
const PLATFORM_INTERFACES: ReadonlyMap<string, readonly string[]> = new Map([["Storage", ["localStorage"]]]);
/** Hidden global and field: a UI state hook's setter (STATE_HOOKS), holding the state its updaters are handed. */
const STATE_SETTER = "%stateSetter";
/** A field of a schema that is not itself a schema of fields (`z.string()`): no data. */
const LEAF_SCHEMA = CLEAN;
function schemaMark(lib: string): Val {
  return { str: { prefix: lib, complete: true }, clean: true };
}
/** The cell of an app-wide instance property a plugin installs (`$http`). */
function appPropertyCell(name: string): string {
  return `%vue#${name}`;
}

/** `Vue.prototype` and a Vue 3 app's `config.globalProperties`, as a library reference's path shows them. */
function isAppPrototypePath(path: readonly string[]): boolean {
  const n = path.length;
  return (n > 0 && path[n - 1] === "prototype") || (n > 1 && path[n - 2] === "config" && path[n - 1] === "globalProperties");
}

/** NgRx's signal stores (see Frame.signalStore), and the hidden field that marks one. */
const SIGNAL_STORE_PACKAGES = ["@ngrx/signals"];
const SIGNAL_STORE = "%signalStore";
/** The lifecycle hooks of an NgRx signal store's `withHooks`, each run with the store. */
const SIGNAL_STORE_HOOKS = ["onInit", "onDestroy"];
/** Hidden fields of MobX-State-Tree's model types (holding the model's name) and of its collection types. */
const STATE_TREE_MODEL = "%treeModel";
const STATE_TREE_COLLECTION = "%treeCollection";

/** The functions of TRAILING_VALIDATOR_ACTIONS, by name (a cheap test before resolving a callee). */
const TRAILING_VALIDATOR_NAMES = new Set(Object.values(TRAILING_VALIDATOR_ACTIONS).flat());
const MIDDLEWARE_ARG_NAMES = new Set(Object.values(MIDDLEWARE_ARG_APIS).flatMap((e) => e.functions));

/** Whether a file imports Hono, once per file: asked on every `ctx.get(…)` (a Koa app has many). */
const honoFiles = new WeakMap<FileIndex, boolean>();
function importsHono(file: FileIndex): boolean {
  let yes = honoFiles.get(file);
  if (yes === undefined) honoFiles.set(file, (yes = [...file.imports.values()].some((b) => b.spec === "hono" || b.spec.startsWith("hono/"))));
  return yes;
}

/** What Hono's handlers and middleware name their context. */
const HONO_CONTEXTS = new Set(["c", "ctx", "context"]);
/** Hidden fields of a collection filled by `set`: what was set under a known key, and under keys we could not read. */
const KEYED = "%key:";
const UNKEYED = "%unkeyed";
/** Hidden field: the cell of a job queue (see JOB_QUEUES). */
const QUEUE = "%queue";
/** Hidden field: the job queue was made with a type argument for its jobs' data. */
const QUEUE_TYPED = "%queueTyped";
/** Names given as constant strings, one per argument or in one array (`pick('a', 'b')`, `pick(['a', 'b'])`). */
function constantKeys(args: Val[]): string[] | undefined {
  const list = args.length === 1 && args[0].fields?.has("0") ? [...args[0].fields.values()] : args;
  if (!list.length || !list.every((a) => a.str?.complete)) return undefined;
  return list.map((a) => a.str!.prefix);
}

/** An object literal's method `name`: a method, or a property given a function (`breadcrumb: (m, d) => …`). */
function literalMethod(o: ts.ObjectLiteralExpression, name: string): ts.FunctionLikeDeclaration | undefined {
  for (const p of o.properties) {
    if (!p.name || propName(p.name) !== name) continue;
    if (ts.isMethodDeclaration(p)) return p;
    const init = ts.isPropertyAssignment(p) ? skipParens(p.initializer) : undefined;
    if (init && (ts.isArrowFunction(init) || ts.isFunctionExpression(init))) return init;
  }
  return undefined;
}

/** `pipe(…)` of observable operators: some of them known (an unknown one passes values on, see piped). */
function isPipe(name: string, args: Val[]): boolean {
  return name === "pipe" && args.some((a) => a.fields?.has(RX_OPERATOR));
}

/**
 * The callback an operator or a subscriber gives each value: a function, or an observer object's `next`
 * (`tap({ next: (p) => …, error })`, `subscribe({ next })`, NgRx's `tapResponse({ next, error })`).
 */
function observerNext(v: Val): Val {
  const next = v.ref?.k === "fn" ? undefined : v.fields?.get("next");
  return next?.ref?.k === "fn" ? next : v;
}

/** Hidden field: the cell of a store a creator made (see STORE_CREATORS); markers of the `set` and `get` its creator is given. */
const STORE_CELL = "%storeCell";
/** The names of exports that may be handler chains (HANDLER_CHAINS), compiled once. */
const CHAIN_EXPORTS = HANDLER_CHAINS.map((e) => new RegExp(e.exportPattern));
/** The cell of a Redux store's whole state, and a slice reducer's hidden part of it (see reduxStoreCall). */
const REDUX_ROOT = "%redux#root";
const SLICE_STATE = "%sliceState";
/** A function that gives the Redux state when called (`store.getState`, a listener API's `getState`). */
const REDUX_GETTER: Val = { fields: new Map([[STORE_CELL, { str: { prefix: REDUX_ROOT, complete: true }, clean: true }]]) };

/** The API a listener's effect or a thunk's payload creator is given: its getters read the store's state. */
function reduxApi(): Val {
  return { fields: new Map(REDUX_STORES.flatMap((e) => e.getters).map((g) => [g, REDUX_GETTER])) };
}

/** The state a reducer map stands for (`{ address: addressSlice.reducer }`): each key's slice state. */
function combinedState(reducers: Val | undefined): Val {
  if (!reducers?.fields?.size) return EMPTY;
  const fields = new Map<string, Val>();
  for (const [k, r] of reducers.fields) if (!k.startsWith("%")) fields.set(k, r.fields?.get(SLICE_STATE) ?? EMPTY);
  return { fields, partial: true };
}

/** Hidden fields of a defined store (DEFINED_STORES): the hook's cell, and the store's own; markers of its members. */
const DEFINED_STORE = "%definedStore";
const DEFINED_INSTANCE = "%definedInstance";
const DEFINED_SUBSCRIBE = "%definedSubscribe";
const DEFINED_ON_ACTION = "%definedOnAction";
const DEFINED_AFTER = "%definedAfter";
const DEFINED_PATCH = "%definedPatch";
const STORE_SET = "%storeSet";
const STORE_GET = "%storeGet";
/** Hidden field: an updater or effect a library store made (see CLASS_STORES), with its callback and store. */
const CLASS_STORE_FN = "%classStoreFn";
/** Hidden field: the cell of a value holder (see VALUE_HOLDERS). */
const HOLDER = "%holder";

/** The catalogue entry of the holder a cell (`…#%holder:<id>:<pos>`) belongs to. */
function holderEntry(cell: string): ValueHolderEntry | undefined {
  return VALUE_HOLDERS.find((e) => cell.includes(`#%holder:${e.id}:`));
}
const EMITS = "%emits";
/** What a call of a library's function or method gives back: a reference to its result, as for any library call. */
function calledRef(ref: CalleeRef): Ref {
  return { ...ref, path: [...ref.path, "()"] } as Ref;
}


/** The input schema a builder chain was given, for the handler it is given next. */
const INPUT_SCHEMA = "%inputSchema";
/** Hidden fields and cells of a central store (CENTRAL_STORES). */
const VUEX_STORE = "%vuexStore";
const VUEX_GETTERS = "%vuexGetters";
const VUEX_CELL = "%vuexCell";
const VUEX_NS = "%vuexNs";
const VUEX_COMMIT = "%vuexCommit";
const VUEX_DISPATCH = "%vuexDispatch";
const VUEX_STORE_CELL = "%vuex#store";

/** Where a function is written: a key that tells two functions apart in a cell. */
function placeOf(node: ts.Node): string {
  return `%fn:${node.getSourceFile().fileName}:${node.pos}`;
}

/** The functions a cell keeps by place (see placeOf). */
function storedFunctions(cell: Val): Array<Val & { ref: { k: "fn"; fn: FunctionValue } }> {
  const out: Array<Val & { ref: { k: "fn"; fn: FunctionValue } }> = [];
  for (const [k, v] of cell.fields ?? []) if (k.startsWith("%fn:") && v.ref?.k === "fn") out.push(v as Val & { ref: { k: "fn"; fn: FunctionValue } });
  return out;
}

function vuexStateCell(store: string, path: readonly string[]): string {
  return `%vuex#${store}#state:${path.join("/")}`;
}

function vuexCell(store: string, kind: "getter" | "mutation" | "action", key: string): string {
  return `%vuex#${store}#${kind}:${key}`;
}

/** The stores a value is (by where each was made). */
function storeIds(v: Val): string[] {
  const f = v.fields?.get(VUEX_STORE)?.fields;
  return f ? [...f.keys()] : [];
}

/** The getters of a store's namespace, read by name (`getters.userBrief`, `getters['user/brief']`). */
function vuexGetters(store: string, ns: string): Val {
  return { fields: new Map([[VUEX_GETTERS, { fields: new Map([[`${store}|${ns}`, CLEAN]]) }]]) };
}

/** The (store, namespace) pairs a getters value reads from. */
function getterScopes(v: Val): Array<[string, string]> {
  return [...(v.fields?.get(VUEX_GETTERS)?.fields?.keys() ?? [])].map((k) => {
    const bar = k.lastIndexOf("|");
    return [k.slice(0, bar), k.slice(bar + 1)];
  });
}

/** Hidden fields of a Jotai or Recoil atom (STATE_ATOMS): its cell, and the storage sink it is kept in. */
const ATOM = "%atom";
const ATOM_STORED = "%atomStored";
/** Marker paths of the values a read or write function and a hook hand out: `get(atom)`, `set(atom, v)`, a setter. */
const ATOM_GET = "%atomGet";
const ATOM_SET = "%atomSet";
const ATOM_SETTER = "%atomSetter";
const ATOM_ON_SET = "%atomOnSet";

function atomCellOf(atom: Val | undefined): { cell?: string; stored?: string } {
  return { cell: atom?.fields?.get(ATOM)?.str?.prefix, stored: atom?.fields?.get(ATOM_STORED)?.str?.prefix };
}

/** The setter a hook gives for an atom: a call of it sets the atom (see stateAtom). */
function atomSetter(pkg: string, atom: Val | undefined): Val {
  const { cell, stored } = atomCellOf(atom);
  return cell === undefined ? EMPTY : { ref: { k: "pkg", pkg, path: [ATOM_SETTER, cell, stored ?? ""] } };
}

/** What a read function is given: `get` itself (Jotai) or `{ get }` (Recoil). */
function atomGetterArg(entry: StateAtomEntry, pkg: string): Val {
  const get: Val = { ref: { k: "pkg", pkg, path: [ATOM_GET] } };
  return entry.getter === "argument" ? get : { fields: new Map([["get", get]]) };
}

/** Hidden field of validator middleware (VALIDATOR_MIDDLEWARES): target → schema. */
const VALIDATES = "%validates";
/** Hidden fields of a request after validator middleware: `%valid:<target>` → the validated data. */
const VALID = "%valid:";

/** A validator middleware made (`zValidator('json', schema)`): it carries its target and schema for the handlers after it. */
function validatorMiddleware(ref: CalleeRef, name: string, args: Val[]): Val | undefined {
  if (ref.k !== "pkg" || !VALIDATOR_MIDDLEWARES.some((e) => e.factories.includes(name) && pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg))) return undefined;
  const target = args[0]?.str;
  const schema = args[1];
  if (!target?.complete || !schema?.fields?.has(SCHEMA)) return undefined;
  return { ref: calledRef(ref), fields: new Map([[VALIDATES, { fields: new Map([[target.prefix, schema]]) }]]), clean: true };
}

/** The cell a shared object was read from (the mini-program's application object), for writes through it. */
const CELL_OF = "%cellOf";

function withCellOf(v: Val, key: string): Val {
  return { ...v, fields: new Map([...(v.fields ?? []), [CELL_OF, { str: { prefix: key, complete: true }, clean: true }]]) };
}

/** What a GraphQL server's context function returns: each resolver's third argument. */
const GRAPHQL_CONTEXT = "%graphql#context";
/** The resolver maps given to GraphQL servers and schemas. */
const GRAPHQL_RESOLVERS = "%graphql#resolvers";
/** The plugins given to GraphQL servers (`new ApolloServer({ plugins })`), per server entry. */
const GRAPHQL_PLUGINS = "%graphql#plugins";

/** A field of a dialog's result that holds the person's answer (catalog/yes-no-results.ts). */
function isYesNoAnswer(r: Ref): boolean {
  if ((r.k !== "pkg" && r.k !== "global") || r.path.length < 3 || r.path[r.path.length - 2] !== "()") return false;
  const method = r.path[r.path.length - 3];
  const field = r.path[r.path.length - 1];
  return YES_NO_RESULTS.some((e) => e.methods.includes(method) && e.fields.includes(field) && (r.k === "pkg" ? pkgListed(e.packages, r.pkg, r.sub ?? r.pkg) : !!e.globals?.includes(r.path[0])));
}

/** A library method's pair of a record and a yes/no (catalog/tuple-results.ts): the flag's place holds no one's data. */
function withFlags(ref: CalleeRef, name: string, v: Val): Val {
  if (ref.k !== "pkg") return v;
  const entry = TUPLE_RESULTS.find((e) => e.methods.includes(name) && (pkgListed(e.packages, ref.pkg, ref.sub ?? ref.pkg) || !!e.reachedThrough?.some((t) => t.package === ref.pkg && ref.path.includes(t.member))));
  if (!entry) return v;
  const fields = new Map<string, Val>([["0", v]]);
  for (const i of entry.flags) fields.set(String(i), CLEAN);
  return { ref: v.ref, fields, closed: true };
}

/** A server plugin's `requestDidStart` hook, or (`returned`) every hook of the object it returns. */
function requestHooks(v: Val, returned = false): FunctionValue[] {
  const out: FunctionValue[] = [];
  for (const [k, f] of v.fields ?? []) if ((returned || k === "requestDidStart") && f.ref?.k === "fn") out.push(f.ref.fn);
  return out;
}

/** The functions of a resolver map (or a list of maps): `{ Query: { me: fn }, User: { name: { resolve: fn } } }`. */
function resolverFunctions(v: Val, depth = 0, out: FunctionValue[] = []): FunctionValue[] {
  if (v.ref?.k === "fn") out.push(v.ref.fn);
  else if (depth < 4) for (const f of v.fields?.values() ?? []) resolverFunctions(f, depth + 1, out);
  return out;
}

/** An observable operator waiting for `pipe(…)`: its kind (catalog/observables.ts) and callback. */
const RX_OPERATOR = "%rxOperator";

/** A call given a function literal (`wrap(async (req, res) => …)`): a wrapper around a handler. */
function wrapsFunction(e: ts.Expression): boolean {
  e = skipParens(e);
  return ts.isCallExpression(e) && e.arguments.some((x) => isFunctionLike(skipParens(x)));
}

/**
 * A constant a function picks for what it is given (`ageBand(age)` returning '18-34', `genderText(g)`
 * returning '男'): no PI of its own, but no constant the code wrote either, so a name it is kept under
 * (`ageBand`, `xingbie`) says what it is, as for a value we know nothing of.
 */
function chosenFor(v: Val, args: readonly Val[]): Val {
  if (!v.clean || v.ref || v.taint?.size || v.fields?.size || v.guards?.length || !args.some((a) => a.taint?.size)) return v;
  const { clean: _clean, ...rest } = v;
  return { ...rest, picked: true };
}

function aboutAChild(v: Val, args: readonly Val[]): Val {
  return v.minor || v.ref || !args.some((a) => a.minor) ? v : { ...v, minor: true };
}

/** Methods that register a route's handler on a router or app (Express, Koa-router, Hono). */
const ROUTE_VERBS = new Set(["get", "post", "put", "patch", "delete", "del", "all", "any", "options", "head", "on"]);

/** Library methods that return the data they parse or look up, typed by their type argument. */
const TYPED_DATA_READERS = new Set(["json", "first"]);

/** Names a request or context object goes by in a handler or middleware. */
// `event`: SvelteKit's and h3's (Nuxt server) request event, whose `locals` / `context` carry the state.
const REQUEST_OBJECTS = new Set(["ctx", "context", "req", "request", "res", "response", "event"]);
/** Where a request's own data lives, which the framework fills: not state one function hands to another. */
const REQUEST_OWN = new Set([
  "body", "query", "params", "headers", "header", "cookies", "signedCookies", "method", "url", "originalUrl", "path", "ip", "ips",
  "hostname", "host", "protocol", "secure", "files", "file", "raw", "socket", "app", "route", "baseUrl", "request", "response",
  "req", "res", "status", "statusCode", "locals", "state", "session", "log", "logger", "id",
]);
/** Objects on a request or context that carry state from one middleware or action to the next. */
const STATE_HOLDERS = new Set(["state", "locals", "session", "context"]);

/**
 * The cell of state a request carries from one function to another: what a middleware stores for the
 * handlers after it (`ctx.state.member = {…}`, `res.locals.user`, `req.user = user`) or an action for a
 * later request of the session (`ctx.session.lastBooking`). One cell per name, for every handler: the
 * handlers that read it are the ones the middleware runs before, or later requests of the session.
 */
function requestStateKey(e: ts.PropertyAccessExpression | ts.ElementAccessExpression): string | undefined {
  if (!ts.isPropertyAccessExpression(e)) return undefined;
  const name = e.name.text;
  const recv = skipParens(e.expression);
  if (ts.isPropertyAccessExpression(recv) && STATE_HOLDERS.has(recv.name.text) && isRequestObject(recv.expression)) return `%request#${recv.name.text}.${name}`;
  if (ts.isIdentifier(recv) && (recv.text === "req" || recv.text === "request") && !REQUEST_OWN.has(name)) return `%request#req.${name}`;
  // A mini-program's globalData, shared by every page and the App itself (`this.globalData.sysInfo = …` in
  // App's onLaunch, `getApp().globalData.sysInfo` in a page, `app.globalData.userInfo` of `const app = getApp()`).
  if (ts.isPropertyAccessExpression(recv) && recv.name.text === "globalData" && isAppObject(recv.expression)) return `%miniprogram#globalData.${name}`;
  return undefined;
}

function isAppObject(e: ts.Expression): boolean {
  e = skipParens(e);
  if (e.kind === ts.SyntaxKind.ThisKeyword || ts.isIdentifier(e)) return true;
  return ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === "getApp";
}

function isRequestObject(e: ts.Expression): boolean {
  e = skipParens(e);
  if (ts.isIdentifier(e)) return REQUEST_OBJECTS.has(e.text);
  // `this.ctx` in an egg controller or service.
  return ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword && e.name.text === "ctx";
}

/**
 * A request for the application's own token: options or URL with `grant_type: "client_credential(s)"` (at most two
 * objects deep), or with the application's own secret and no user's grant.
 */
function isAppCredentialGrant(c: ts.CallExpression, args: readonly Val[], isPersonal: (key: string) => boolean, carriesPI: () => boolean): boolean {
  // The application's own secret, without a user's authorisation code: WeCom's and DingTalk's gettoken
  // (corpid + corpsecret, appkey + appsecret), Feishu's tenant token (app_id + app_secret).
  const APP_SECRET = /^(corp|app|client)_?secret$/i;
  const APP_SECRET_IN_QUERY = /[?&](corp|app|client)_?secret=/i;
  let appSecret = false;
  let userGrant = false;
  const grant = (v: Val | undefined, depth: number): boolean => {
    if (!v) return false;
    if (v.str && /[?&]grant_type=client_credentials?(&|$)/.test(v.str.prefix)) return true;
    const g = v.fields?.get("grant_type")?.str;
    if (g?.complete && /^client_credentials?$/.test(g.prefix)) return true;
    if (g) userGrant = true;
    for (const k of v.fields?.keys() ?? []) if (APP_SECRET.test(k)) appSecret = true;
    return depth < 2 && [...(v.fields?.values() ?? [])].some((f) => grant(f, depth + 1));
  };
  if (args.some((a) => grant(a, 0))) return true;
  // In the URL as written, past the parts we cannot resolve (`/gettoken?corpid=${id}&corpsecret=${secret}`).
  const url = c.arguments[0];
  const text = url && (ts.isTemplateExpression(url) || ts.isStringLiteralLike(url)) ? url.getText() : "";
  if (APP_SECRET_IN_QUERY.test(text)) appSecret = true;
  if (/[?&]grant_type=/.test(text)) userGrant = true;
  // Keys written in the request, also where it is serialised (`body: JSON.stringify({ sign, timestamp, appkey })`).
  const keys = new Set<string>();
  const grants: string[] = [];
  for (const a of c.arguments) writtenKeys(a, keys, 0, grants);
  if (grants.length && grants.every((g) => /^client_credentials?$/.test(g))) return true;
  if ([...keys].some((k) => APP_SECRET.test(k))) appSecret = true;
  // Signed with the application's key and secret (Getui's and JPush's auth: appkey + sign) and carrying no one's data.
  // No key of the request names a person's data (a login signed the same way sends the user's mobile and code).
  const signed = [...keys].some((k) => /^app_?key$/i.test(k)) && [...keys].some((k) => /^sign(ature)?$/i.test(k)) && ![...keys].some(isPersonal);
  // A login with the application's API key (Airwallex's `x-client-id` + `x-api-key`) that sends nothing else:
  // no body or data (an upload with the same key header returns what was uploaded, read).
  const sendsData = [...keys].some((k) => /^(body|data|json|form|formData|params|query)$/.test(k)) || c.arguments.length > 2;
  const apiKeyed = [...keys].some((k) => /^(x-)?api[-_]?key$/i.test(k)) && !sendsData && ![...keys].some(isPersonal) && !carriesPI();
  return (appSecret || signed || apiKeyed) && !userGrant && !keys.has("grant_type");
}

/** The property names written in object literals of `e`, a few levels down and through calls (`JSON.stringify({…})`). */
function writtenKeys(e: ts.Node, out: Set<string>, depth: number, grants?: string[]): void {
  if (depth > 4) return;
  if (ts.isObjectLiteralExpression(e))
    for (const p of e.properties) {
      const k = p.name && propName(p.name as ts.PropertyName);
      if (k !== undefined) out.add(k);
      // The grant a token request names (`grant_type: 'client_credential'`), also where it is serialised.
      if (k === "grant_type" && grants && ts.isPropertyAssignment(p) && ts.isStringLiteralLike(p.initializer)) grants.push(p.initializer.text);
    }
  ts.forEachChild(e, (n) => {
    if (!isFunctionLike(n)) writtenKeys(n, out, depth + 1, grants);
  });
}

/** A local's value gains `v` at field `key` (joined with what may be there already); `partial`: see Val.partial. */
function addField(b: { val: Val }, key: string, v: Val, partial: boolean): void {
  const fields = new Map(b.val.fields ?? []);
  fields.set(key, fields.has(key) ? join(fields.get(key)!, v) : v);
  b.val = { ...b.val, fields, partial: partial || b.val.partial };
}

/** The known value of a field path of `v` (`undefined` where a field is not known). */
/** `this.name`: a member of the instance being built or used. */
function isThisMember(e: ts.Node): e is ts.PropertyAccessExpression {
  return ts.isPropertyAccessExpression(e) && e.expression.kind === ts.SyntaxKind.ThisKeyword;
}

/**
 * A record written out that carries nothing of anyone's and says so of a field (`{ token: <the app's own>,
 * expiresAt: now + ttl }`): a cache of it gives that, not what the field names say.
 */
function isCleanRecord(v: Val): boolean {
  return !!v.closed && !!v.fields?.size && flatten(v).size === 0 && [...v.fields.values()].some((f) => !!f.clean);
}

/** The key of an object literal's property given a yes/no literal (`location: false` of a store's initial state). */
function isBooleanSlot(node: ts.Node): boolean {
  const p = node.parent;
  return !!p && ts.isPropertyAssignment(p) && p.name === node && boolLiteral(p.initializer) !== undefined;
}

/**
 * `location` of `this.location = …` where the class declares the field a boolean: typed so, or starting as
 * `true` / `false`, also inside a reactive-state call (`$state(false)`, `signal(false)`).
 */
function isBooleanFieldWrite(node: ts.Node): boolean {
  const access = node.parent;
  if (!access || !ts.isPropertyAccessExpression(access) || access.name !== node || access.expression.kind !== ts.SyntaxKind.ThisKeyword) return false;
  let cls: ts.Node | undefined = access.parent;
  while (cls && !ts.isClassLike(cls)) cls = cls.parent;
  if (!cls) return false;
  const name = (node as ts.Identifier).text;
  const field = (cls as ts.ClassLikeDeclaration).members.find((m): m is ts.PropertyDeclaration => ts.isPropertyDeclaration(m) && propName(m.name) === name);
  if (!field) return false;
  if (field.type?.kind === ts.SyntaxKind.BooleanKeyword) return true;
  let init = field.initializer && skipParens(field.initializer);
  if (init && ts.isCallExpression(init) && init.arguments.length === 1) init = skipParens(init.arguments[0]);
  return !!init && (init.kind === ts.SyntaxKind.FalseKeyword || init.kind === ts.SyntaxKind.TrueKeyword);
}

function isOpaque(v: Val): boolean {
  // A string we know nothing of, not even its start (a field a template's input fills in), is opaque too.
  return !v.taint?.size && !v.clean && !v.ref && !v.fields && (!v.str || (!v.str.complete && v.str.prefix === "")) && !v.guards;
}


function ownerName(node: ts.Node): string | undefined {
  if (ts.isPropertyAccessExpression(node)) {
    const left = node.expression;
    const l = ts.isIdentifier(left) ? left.text : ts.isPropertyAccessExpression(left) ? left.name.text : undefined;
    return l ? `${l}.${node.name.text}` : node.name.text;
  }
  return undefined;
}

/** The name an argument is written as: an identifier's, or a property read's last name (`b.sfzhEnc`). */
function expressionName(e: ts.Expression): string | undefined {
  e = skipParens(e);
  if (ts.isIdentifier(e)) return e.text;
  if (ts.isPropertyAccessExpression(e)) return e.name.text;
  return undefined;
}

function nameOf(n: ts.Node): string {
  const x = n as ts.Node & { name?: ts.Node };
  if (x.name && ts.isIdentifier(x.name)) return x.name.text;
  if (n.parent && ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name)) return n.parent.name.text;
  return "function";
}

function findVarDecl(n: ts.Node): ts.VariableDeclaration | undefined {
  let cur: ts.Node | undefined = n;
  while (cur && !ts.isVariableDeclaration(cur)) cur = cur.parent;
  return cur;
}

