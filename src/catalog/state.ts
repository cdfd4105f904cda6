// UI state hooks: a component's state is declared with its initial value (or a
// function giving it) and an optional type argument, then filled where the
// analysis cannot see (user input, a setter called from the template). The
// engine gives the state variable both, so a form typed `useState<Address>`
// or started from a typed placeholder carries that type's PI.
export interface StateHookEntry {
  id: string;
  packages: string[];
  /** Function names that return `[state, setState]` (or, with `shape: "state"`, the state itself). */
  pairs: string[];
  /**
   * What the call returns: a `[state, setState]` pair (the default), the state object itself (Vue's reactive),
   * or a ref whose `value` is the state (Nuxt's useState).
   */
  shape?: "pair" | "state" | "ref";
  /** The argument holding the initial value (or a function making it), when not the first (`useState(key, init)`). */
  initialArg?: number;
  description: string;
}

/**
 * Memo hooks: `useMemo(make, deps)` is what `make` returns and `useCallback(fn, deps)` is `fn`; the
 * dependency list only says when to make it again, so what it holds is not in the result.
 */
export interface MemoHookEntry {
  id: string;
  packages: string[];
  /** Hooks that return what their first argument (a function) returns. */
  results: string[];
  /** Hooks that return their first argument. */
  callbacks: string[];
  description: string;
}

export const MEMO_HOOKS: MemoHookEntry[] = [
  {
    id: "react-memo-hooks",
    packages: ["react", "preact/hooks", "preact/compat", "@tarojs/taro"],
    results: ["useMemo"],
    callbacks: ["useCallback"],
    description: "React's useMemo(() => value, deps) and useCallback(fn, deps) (also as re-exported by Preact and Taro).",
  },
];

/**
 * Functions that hand back what they were given, made observable, bound or frozen: MobX's `observable({…})`
 * and `action(fn)` / `action('name', fn)`, Vue's `markRaw` and `readonly`. The result is the argument (its
 * first one that is not a name given as a string), so a store made with `observable({ setMember: action(function
 * (info) {…}) })` keeps its methods, and a call of `store.setMember(x)` runs them with `x`.
 */
export interface WrapperEntry {
  id: string;
  packages: string[];
  functions: string[];
  description: string;
}

export const WRAPPERS: WrapperEntry[] = [
  {
    id: "mobx-wrappers",
    packages: ["mobx", "mobx-miniprogram"],
    functions: ["observable", "action", "flow", "makeAutoObservable", "makeObservable"],
    description: "MobX (also mobx-miniprogram): observable(obj), makeAutoObservable(obj) and makeObservable(obj, …) are obj made observable; action(fn), action('name', fn) and flow(fn) are fn.",
  },
  {
    id: "vue-wrappers",
    packages: ["vue", "@vue/reactivity"],
    functions: ["markRaw", "readonly", "shallowReadonly", "toRaw"],
    description: "Vue's markRaw(obj), readonly(obj), shallowReadonly(obj) and toRaw(proxy): the object itself.",
  },
];

/**
 * Data-fetching hooks: `useQuery({ queryKey, queryFn })` gives `{ data }`, `data` being what the query
 * function resolves to; `useSWR(key, fetcher)` the same for `fetcher(key)`.
 */
export interface QueryHookEntry {
  id: string;
  packages: string[];
  functions: string[];
  /** The options object's member that holds the query function (`queryFn`). */
  fnOption?: string;
  /** The argument that is the query function when it is given positionally (`useQuery(key, fn)`, `useSWR(key, fetcher)`). */
  fnArg: number;
  /** Whether the query function is given the key (SWR's fetcher is called with it). */
  passesKey: boolean;
  description: string;
}

/** TanStack Query's framework adapters, and react-query (v3), its name before. */
export const TANSTACK_QUERY_PACKAGES = ["@tanstack/react-query", "@tanstack/vue-query", "@tanstack/solid-query", "@tanstack/svelte-query", "react-query"];

export const QUERY_HOOKS: QueryHookEntry[] = [
  {
    id: "tanstack-query",
    packages: TANSTACK_QUERY_PACKAGES,
    functions: ["useQuery", "useSuspenseQuery", "createQuery"],
    fnOption: "queryFn",
    fnArg: 1,
    passesKey: false,
    description: "TanStack Query (and react-query v3): useQuery({ queryKey, queryFn }) / useQuery(key, fn) / createQuery(…): its `data` is what the query function resolves to.",
  },
  {
    id: "swr",
    packages: ["swr", "swr/immutable"],
    functions: ["useSWR", "useSWRImmutable"],
    fnArg: 1,
    passesKey: true,
    description: "SWR: useSWR(key, fetcher): its `data` is what fetcher(key) resolves to.",
  },
];

export const STATE_HOOKS: StateHookEntry[] = [
  {
    id: "react-use-state",
    packages: ["react", "preact/hooks", "preact/compat", "@tarojs/taro"],
    pairs: ["useState"],
    description: "React's useState<T>(initial | () => initial) (also as re-exported by Preact and Taro): the state is the initial value and a T.",
  },
  {
    id: "vue-reactive",
    packages: ["vue", "@vue/reactivity", "@vue/composition-api"],
    pairs: ["reactive", "shallowReactive"],
    shape: "state",
    description: "Vue's reactive<T>(initial) / shallowReactive: the state object itself, the initial value and a T (a form typed `reactive<BookingForm>(emptyForm())`).",
  },
  {
    id: "vue-ref",
    packages: ["vue", "@vue/reactivity", "@vue/composition-api"],
    pairs: ["ref", "shallowRef"],
    shape: "ref",
    description: "Vue's ref<T>(initial) / shallowRef: read and replaced as `.value`, which is the initial value and a T (`ref<StaffProfile | null>(null)`), filled where we cannot see (a form bound in a template).",
  },
  {
    id: "nuxt-use-state",
    packages: ["nuxt/app", "#app", "#imports", "nuxt"],
    pairs: ["useState"],
    shape: "ref",
    initialArg: 1,
    description: "Nuxt's useState<T>(key, () => initial) (auto-imported): state shared by key across components, read and replaced as `.value`; the state is the initial value and a T, filled where we cannot see (forms).",
  },
  {
    id: "solid-state",
    packages: ["solid-js"],
    pairs: ["createStore", "createSignal"],
    description: "Solid's createStore<T>(initial) (solid-js/store) and createSignal<T>(initial): [state or getter, setter], the state the initial value and a T; a signal's getter is called (`step()`) for it.",
  },
];

// Observable state classes: a store class made observable in its constructor
// (`makeAutoObservable(this)`) or by decorating its fields (`@observable phone = ''`)
// holds UI state that components fill through its actions, where the analysis
// cannot see (an `onChange` bound in a template or JSX). Its placeholder fields
// stand for that input, as a component's do (engine/options-state.ts).
export interface StateClassEntry {
  id: string;
  packages: string[];
  /** Functions a constructor calls with `this` to make the instance observable. */
  constructorCalls: string[];
  /** Field decorators (the first name of the decorator's expression) that make a field observable. */
  fieldDecorators: string[];
  /** Calls a field is initialised with that make it reactive state, their argument its initial value (`$state('')`). */
  fieldInitializers?: string[];
  description: string;
}

export const STATE_CLASSES: StateClassEntry[] = [
  {
    id: "mobx-observable-class",
    packages: ["mobx"],
    constructorCalls: ["makeAutoObservable", "makeObservable"],
    fieldDecorators: ["observable"],
    description: "MobX 6 stores: a class whose constructor calls makeAutoObservable(this) / makeObservable(this, …), or whose fields are decorated @observable (also @observable.ref, @observable.shallow).",
  },
  {
    id: "svelte-runes-class",
    packages: ["svelte"],
    constructorCalls: [],
    fieldDecorators: [],
    fieldInitializers: ["$state", "$state.raw"],
    description: "Svelte 5 runes in classes (.svelte.ts modules): fields initialised with $state(initial) / $state.raw(initial) are reactive state that components fill.",
  },
];

/**
 * Stores a project class makes by extending a library class, whose state the base class keeps: the
 * constructor's `super(initial)`, setters and updater functions write it; selectors, getters and the state
 * stream read it, with what the class's type argument declares (`ComponentStore<BookingState>`).
 */
export interface ClassStoreEntry {
  id: string;
  packages: string[];
  /** The library classes the project's store extends. */
  classes: string[];
  /** Methods that set the state: to a value, or to what a function of the state returns (`patchState({ … })`). */
  setters: string[];
  /** Methods that make a function which, called with an argument, sets the state to what the callback makes of (state, argument). */
  updaters: string[];
  /** Methods that make a stream of what a projector makes of the state, or of the streams given before it. */
  selectors: string[];
  /** Methods that give the state, or what a function of it returns. */
  getters: string[];
  /** Methods that make a function which runs the generator on a stream of what it is called with. */
  effects: string[];
  /** Members that are the stream of the state. */
  stateStreams: string[];
  description: string;
}

export const CLASS_STORES: ClassStoreEntry[] = [
  {
    id: "ngrx-component-store",
    packages: ["@ngrx/component-store"],
    classes: ["ComponentStore"],
    setters: ["setState", "patchState"],
    updaters: ["updater"],
    selectors: ["select"],
    getters: ["get"],
    effects: ["effect"],
    stateStreams: ["state$"],
    description:
      "NgRx ComponentStore: class S extends ComponentStore<State> with super(initial), this.setState / patchState(value | (state) => …), this.updater((state, arg) => next), this.select((state) => …) or select(a$, b$, (a, b) => …) or select({ a: a$ }), this.get() / get((state) => …), this.effect((arg$) => …) and this.state$.",
  },
];

/**
 * Stores made from a creator function given `set` and `get` (zustand): the creator's result is the initial
 * state (its functions call `set` to change it), read whole or through a selector by calling the store as a
 * hook, and through its methods.
 */
export interface StoreCreatorEntry {
  id: string;
  packages: string[];
  /** Functions making a store from a creator (`create(creator)`, curried `create<T>()(creator)`). */
  functions: string[];
  /** Middleware wrapping the creator, whose first argument is the creator (`persist(creator, options)`). */
  middleware: string[];
  /** Store methods giving the state, setting it (a value or a function of it), and given a listener of it. */
  getters: string[];
  setters: string[];
  subscribers: string[];
  description: string;
}

export const STORE_CREATORS: StoreCreatorEntry[] = [
  {
    id: "zustand",
    packages: ["zustand", "zustand/vanilla", "zustand/traditional", "zustand/middleware", "zustand/middleware/immer"],
    functions: ["create", "createStore", "createWithEqualityFn"],
    middleware: ["persist", "devtools", "subscribeWithSelector", "immer"],
    getters: ["getState"],
    setters: ["setState"],
    subscribers: ["subscribe"],
    description:
      "zustand: create<T>()(creator) / create(creator) (also createStore of zustand/vanilla), the creator given (set, get, api) and wrapped by persist, devtools, subscribeWithSelector or immer; useStore() / useStore((s) => …), store.getState(), store.setState(partial | (s) => …) and store.subscribe((state, previous) => …).",
  },
];

/**
 * Stores defined once and handed out by the hook the definition returns (Pinia): `defineStore(id, options)`,
 * `defineStore({ id, ...options })` or `defineStore(id, setup)`. The store is its state, its getters and its
 * actions (methods whose `this` is the store); its members listen to every change, to every action, and
 * patch the state.
 */
export interface DefinedStoreEntry {
  id: string;
  packages: string[];
  /** Functions defining a store; each returns the hook (`useUserStore()`) that gives it. */
  functions: string[];
  /** Options: the function making the initial state, the getters (functions of the state), the actions. */
  stateOption: string;
  gettersOption: string;
  actionsOption: string;
  /** Store members given a listener of every change, called `(mutation, state)`. */
  subscribers: string[];
  /** Store members given a listener of every action, called `({ name, store, args, after, onError })`. */
  actionListeners: string[];
  /** Store members merging a partial state, or applying a function of it. */
  patchers: string[];
  /** The store member holding the whole state. */
  stateProperty: string;
  /** Helpers handed a store that give its members back (`storeToRefs(store)`). */
  refsHelpers: string[];
  description: string;
}

export const DEFINED_STORES: DefinedStoreEntry[] = [
  {
    id: "pinia",
    packages: ["pinia"],
    functions: ["defineStore"],
    stateOption: "state",
    gettersOption: "getters",
    actionsOption: "actions",
    subscribers: ["$subscribe"],
    actionListeners: ["$onAction"],
    patchers: ["$patch"],
    stateProperty: "$state",
    refsHelpers: ["storeToRefs"],
    description:
      "Pinia: defineStore(id, { state: () => ({…}), getters, actions }) or defineStore(id, () => { …; return { … } }); the hook it returns gives the store (state, getters, actions with `this` the store); store.$subscribe((mutation, state) => …), store.$onAction(({ name, args, after }) => …), store.$patch(partial | (state) => …), store.$state, storeToRefs(store).",
  },
];

// Keyed stores typed by their contents: `ClsService<AppClsStore>` (nestjs-cls) is a per-request store
// whose `get('passenger')` gives the `passenger` member of AppClsStore, not everything the store holds.
export interface KeyedStoreEntry {
  id: string;
  packages: string[];
  /** The library type's name. */
  type: string;
  /** Methods that look a key up. */
  getters: string[];
  /** The type argument that declares the store's keys and their types. */
  typeArg: number;
  /** The class is the package's default export, imported under one of these names (`import Store from 'electron-store'`). */
  defaultExportNames?: string[];
  description: string;
}

export const KEYED_STORES: KeyedStoreEntry[] = [
  {
    id: "nestjs-cls",
    packages: ["nestjs-cls"],
    type: "ClsService",
    getters: ["get"],
    typeArg: 0,
    description: "nestjs-cls: a ClsService<Store> injected by type; cls.get('key') is the Store's member of that name, as declared.",
  },
  {
    id: "electron-store",
    packages: ["electron-store"],
    type: "Store",
    getters: ["get"],
    typeArg: 0,
    defaultExportNames: ["Store", "ElectronStore"],
    description: "electron-store: `new Store<Settings>({ defaults })` keeps Settings on the user's disk; `store.get('deviceId')` gives that member of Settings, not everything the store holds.",
  },
];

// Form models: a form built from a config object whose keys name its controls
// (`fb.group({ xingming: [''] })`, `new FormGroup({ phone: new FormControl('') })`).
// The controls are filled where the analysis cannot see (the template, user
// input), so the form's value is an object with those keys, each what its name
// says; it is read whole (`form.value`), through a method (`getRawValue()`) or
// from an observable that emits it on every change (`valueChanges`).
export interface FormModelEntry {
  id: string;
  packages: string[];
  /** Methods of a builder that return a form from a config object (first argument). */
  factories: string[];
  /** Classes constructed with a config object (first argument). */
  classes: string[];
  /** Properties holding the form's current value. */
  values: string[];
  /** Methods returning the form's value. */
  valueMethods: string[];
  /** Properties holding an observable of the value, emitted to subscribers. */
  changes: string[];
  description: string;
}

export const FORM_MODELS: FormModelEntry[] = [
  {
    id: "angular-reactive-forms",
    packages: ["@angular/forms"],
    factories: ["group", "record"],
    classes: ["FormGroup", "UntypedFormGroup", "FormRecord"],
    values: ["value"],
    valueMethods: ["getRawValue"],
    changes: ["valueChanges"],
    description: "Angular reactive forms: FormBuilder.group / nonNullable.group / record and new FormGroup({...}); value, getRawValue() and valueChanges carry the controls.",
  },
];

// Persisted stores: a state container whose state a library writes to client
// storage (localStorage by default) after every change. The write happens
// inside the library, so the sink is where the persistence is declared: the
// middleware call wrapping the store's creator, or the store definition's
// option. What is written is the store's state: the fields of its declared
// type and of its initial state, each what its name says (filled in at run
// time), narrowed to what the declaration keeps.
export interface PersistedStoreEntry {
  id: string;
  packages: string[];
  /**
   * `wrapper`: a middleware wrapping the store's creator (`persist(creator, options)`); `option`: an option of
   * the store definition (`defineStore(id, { state, persist })`, or the setup store's third argument);
   * `argument`: a call given a store made elsewhere (`persistState(store, { storage })`).
   */
  form: "wrapper" | "option" | "argument";
  /** Form argument: the functions that make the store, and its features that declare the state (`withProps<T>(initial)`). */
  storeFactories?: string[];
  stateFeatures?: string[];
  /** The wrapper (form wrapper) or the store definer (form option). */
  functions: string[];
  /** Form option: the option's name. `false` turns it off; `true` or options keep the whole state. */
  option?: string;
  /** An option holding a function of the state that returns what is kept (zustand's `partialize`). */
  selectOption?: string;
  /** Options listing the dotted paths that are kept, and those left out. */
  pathOptions?: string[];
  omitOptions?: string[];
  description: string;
}

export const PERSISTED_STORES: PersistedStoreEntry[] = [
  {
    id: "elf-persist-state",
    packages: ["@ngneat/elf-persist-state"],
    form: "argument",
    functions: ["persistState"],
    storeFactories: ["createStore"],
    stateFeatures: ["withProps", "withEntities"],
    description:
      "Elf's persistState(store, { key, storage: localStorageStrategy | sessionStorageStrategy }) writes the state of a store made by createStore(config, withProps<T>(initial), withEntities<E>()) to that storage.",
  },
  {
    id: "zustand-persist",
    packages: ["zustand/middleware"],
    form: "wrapper",
    functions: ["persist"],
    selectOption: "partialize",
    description:
      "zustand's persist middleware: create<T>()(persist(creator, { name, storage, partialize })) writes the state (or what partialize returns) to localStorage, or to the storage createJSONStorage names.",
  },
  {
    id: "pinia-plugin-persistedstate",
    packages: ["pinia"],
    form: "option",
    functions: ["defineStore"],
    option: "persist",
    pathOptions: ["paths", "pick"],
    omitOptions: ["omit"],
    description:
      "pinia-plugin-persistedstate (and pinia-plugin-persist): defineStore(id, { state, persist }) or a setup store's { persist } writes the state, or its `paths` / `pick` without `omit`, to localStorage or the storage it names.",
  },
];

// Value holders: a library object made with a value, that code elsewhere
// replaces (`store.set(v)`, `subject.next(v)`) and reads back (`get(store)`,
// `subject.getValue()`) or is told of (`store.subscribe((v) => …)`). One cell
// per place a holder is made: every writer and every reader of it shares it,
// across functions and files.
export interface ValueHolderEntry {
  id: string;
  packages: string[];
  /** Functions that make a holder from its initial value (first argument). */
  factories: string[];
  /** Classes constructed with the initial value (first argument). */
  classes: string[];
  /** Methods that replace the value with their first argument. */
  setters: string[];
  /** Methods given a function of the value that returns the new one. */
  updaters: string[];
  /** Methods whose callback (first argument) is given the value. */
  subscribers: string[];
  /** Methods that return the value. */
  getters: string[];
  /** Functions of the package that return the value of the holder they are given. */
  readers: string[];
  /**
   * Functions that make a holder from others (the first argument: one, or a list) and a function of their
   * values (the second): its value is what the function returns (`derived([a, b], ([$a, $b]) => …)`).
   */
  derivers: string[];
  /** Functions that make a holder whose value is what a function of no arguments returns, reading other holders (`ko.computed(fn)`). */
  computeds?: string[];
  /** Globals the package is loaded as by a script tag (`ko`). */
  globals?: string[];
  /** The holder is itself called: with no argument it gives its value, with one it sets it (`name()`, `name(v)`). */
  callable?: boolean;
  /** Methods that add their first argument as an element (an observable array's `push`). */
  adders?: string[];
  /** Functions of the package that give an object with every holder in it replaced by its value (`ko.toJS(vm)`). */
  unwrappers?: string[];
  /** A property that reads the value and, assigned, replaces it (a Preact signal's `value`). */
  valueProperty?: string;
  /**
   * The value is a record whose members the setters, getters and subscribers name first (`store.set('user', u)`,
   * `store.get('user')`, `store.onChange('user', (user) => …)`), and the value property's members are assigned
   * in place (`store.state.user = u`).
   */
  keyed?: true;
  description: string;
}

export const VALUE_HOLDERS: ValueHolderEntry[] = [
  {
    id: "svelte-store",
    packages: ["svelte/store"],
    factories: ["writable"],
    classes: [],
    setters: ["set"],
    updaters: ["update"],
    subscribers: ["subscribe"],
    getters: [],
    readers: ["get"],
    derivers: ["derived"],
    description: "Svelte stores: writable(initial), store.set(v) / store.update((v) => …), store.subscribe((v) => …), get(store) and derived(stores, fn).",
  },
  {
    id: "rxjs-subject",
    packages: ["rxjs"],
    factories: [],
    classes: ["BehaviorSubject", "ReplaySubject", "Subject"],
    setters: ["next"],
    updaters: [],
    subscribers: ["subscribe"],
    getters: ["getValue"],
    readers: [],
    derivers: [],
    description: "RxJS subjects as state: new BehaviorSubject(initial), subject.next(v), subject.subscribe((v) => …) and subject.getValue().",
  },
  {
    id: "nanostores",
    packages: ["nanostores"],
    factories: ["atom"],
    classes: [],
    setters: ["set"],
    updaters: [],
    subscribers: ["subscribe", "listen"],
    getters: ["get"],
    readers: [],
    derivers: ["computed"],
    description: "nanostores atoms: atom(initial), $store.set(v), $store.subscribe((v) => …) / listen, $store.get() and computed(stores, fn).",
  },
  {
    id: "knockout",
    packages: ["knockout"],
    globals: ["ko"],
    factories: ["observable", "observableArray"],
    classes: [],
    setters: [],
    updaters: [],
    subscribers: ["subscribe"],
    getters: ["peek"],
    readers: ["unwrap"],
    derivers: [],
    computeds: ["computed", "pureComputed"],
    callable: true,
    adders: ["push", "unshift"],
    unwrappers: ["toJS", "toJSON"],
    description:
      "Knockout (also the script-tag global ko): ko.observable(initial) / observableArray, read as obs() and set as obs(v), obs.subscribe((v) => …), obs.push(x), ko.computed(fn) / pureComputed, ko.unwrap(obs), and ko.toJS / ko.toJSON(vm) with every observable replaced by its value.",
  },
  {
    id: "preact-signals",
    packages: ["@preact/signals", "@preact/signals-core", "@preact/signals-react"],
    factories: ["signal"],
    classes: [],
    setters: [],
    updaters: [],
    subscribers: ["subscribe"],
    getters: ["peek"],
    readers: [],
    derivers: [],
    computeds: ["computed"],
    valueProperty: "value",
    description: "Preact signals: signal<T>(initial), read and replaced as sig.value (or read with sig.peek()), sig.subscribe((v) => …), and computed(fn) holding what fn reads; effect(fn) runs fn as any callback.",
  },
  {
    id: "stencil-store",
    packages: ["@stencil/store"],
    factories: ["createStore"],
    classes: [],
    setters: ["set"],
    updaters: [],
    subscribers: ["onChange"],
    getters: ["get"],
    readers: [],
    derivers: [],
    valueProperty: "state",
    keyed: true,
    description: "Stencil's store: createStore<State>(initial), store.state.user = u read back as store.state.user, store.set('user', u) / store.get('user'), store.onChange('user', (user) => …).",
  },
  {
    id: "angular-signals",
    packages: ["@angular/core"],
    factories: ["signal"],
    classes: [],
    setters: ["set"],
    updaters: ["update"],
    subscribers: [],
    getters: [],
    readers: [],
    derivers: [],
    computeds: ["computed"],
    callable: true,
    description: "Angular signals: signal<T>(initial), read by calling it (sig()), replaced with sig.set(v) or sig.update((v) => …), and computed(fn) holding what fn reads.",
  },
];

/**
 * Atomic state (Jotai, Recoil): an atom holds a value that components read with one hook and replace with
 * the setter another hook gives; a derived atom (a selector) holds what its read function makes of the atoms
 * it reads. What one component sets, every reader sees.
 */
export interface StateAtomEntry {
  id: string;
  packages: string[];
  /** Factories given the initial value, or a read function, at an argument (Jotai's `atom(initial)`, `atomWithStorage(key, initial)`). */
  factories: Readonly<Record<string, number>>;
  /** Factories given an options object: its `default` is the initial value, its `get` a read function (Recoil's `atom({ key, default })`, `selector({ key, get })`). */
  optionFactories: string[];
  /** Factories whose atom is kept in client storage: every value set on it is written there (the storage sink `storageSink`). */
  storedFactories: string[];
  storageSink?: string;
  /** Hooks that give the atom's value; that give its setter; that give `[value, setter]`. */
  valueHooks: string[];
  setterHooks: string[];
  pairHooks: string[];
  /** How a read function gets the atoms it reads: `get` as its first argument (Jotai) or as `{ get }` (Recoil). */
  getter: "argument" | "option";
  /** Functions that give a store whose `get(atom)` reads and `set(atom, value)` writes atoms outside components (Jotai's getDefaultStore()). */
  stores?: string[];
  /**
   * Options of an option factory that list the atom's effects (Recoil's `effects: [({ onSet, setSelf }) => …]`):
   * each runs with `onSet(cb)`, which hands `cb` every value the atom is set to, and `setSelf(value)`.
   */
  effects?: string[];
  description: string;
}

export const STATE_ATOMS: StateAtomEntry[] = [
  {
    id: "jotai",
    packages: ["jotai", "jotai/utils", "jotai/vanilla", "jotai/vanilla/utils"],
    factories: { atom: 0, atomWithStorage: 1, atomWithDefault: 0, atomWithReset: 0 },
    optionFactories: [],
    storedFactories: ["atomWithStorage"],
    storageSink: "jotai-storage",
    valueHooks: ["useAtomValue"],
    setterHooks: ["useSetAtom"],
    pairHooks: ["useAtom"],
    getter: "argument",
    stores: ["getDefaultStore", "createStore", "useStore"],
    description:
      "Jotai: atom(initial), atom((get) => …) derived, atom(read, (get, set, arg) => …) writable, atomWithStorage(key, initial) kept in localStorage; useAtom / useAtomValue / useSetAtom; a store's get(atom) / set(atom, value) (getDefaultStore(), createStore(), useStore()) outside components.",
  },
  {
    id: "recoil",
    packages: ["recoil"],
    factories: {},
    optionFactories: ["atom", "selector"],
    storedFactories: [],
    valueHooks: ["useRecoilValue"],
    setterHooks: ["useSetRecoilState"],
    pairHooks: ["useRecoilState"],
    getter: "option",
    effects: ["effects", "effects_UNSTABLE"],
    description:
      "Recoil: atom({ key, default, effects }), selector({ key, get: ({ get }) => … }); useRecoilState / useRecoilValue / useSetRecoilState; an atom effect's onSet(cb) is handed every value the atom is set to (an effect that persists it to storage).",
  },
];

/**
 * Central stores (Vuex and the stores modelled on it): one store per app, made from options
 * `{ state, getters, mutations, actions, modules }`. Components commit mutations and dispatch actions by
 * name, with a payload; a mutation writes the state (`state.user = payload`), and components read it
 * (`this.$store.state.user`, `store.getters.userBrief`) wherever they are.
 */
export interface CentralStoreEntry {
  id: string;
  packages: string[];
  /** Functions and classes that make the store from its options. */
  factories: string[];
  classes: string[];
  /** Hooks that give the app's store (`useStore()`). */
  hooks: string[];
  /** The app-wide property components read the store as (`this.$store`). */
  appProperty?: string;
  /**
   * Helpers that map a (namespaced) module's state, getters, actions and mutations onto a component
   * (`...mapGetters('user', ['profile'])` in `computed`, `...mapActions(['save'])` in `methods`).
   */
  mappers?: { state: string; getters: string; actions: string; mutations: string };
  description: string;
}

export const CENTRAL_STORES: CentralStoreEntry[] = [
  {
    id: "vuex",
    packages: ["vuex"],
    factories: ["createStore"],
    classes: ["Store"],
    hooks: ["useStore"],
    appProperty: "$store",
    mappers: { state: "mapState", getters: "mapGetters", actions: "mapActions", mutations: "mapMutations" },
    description:
      "Vuex 3 and 4: new Vuex.Store(options) / createStore(options) with state, getters, mutations, actions and (namespaced) modules; store.commit / dispatch, store.state, store.getters (also this.$store and useStore()); mapState / mapGetters / mapActions / mapMutations in a component.",
  },
  {
    id: "mpx-store",
    packages: ["@mpxjs/core"],
    factories: ["createStore", "createStoreWithThis"],
    classes: [],
    hooks: [],
    mappers: { state: "mapState", getters: "mapGetters", actions: "mapActions", mutations: "mapMutations" },
    description: "mpx's Vuex-style store: createStore({ state, getters, mutations, actions, deps }), store.commit / dispatch, store.state and store.getters; store.mapState / mapGetters / mapActions / mapMutations in a component.",
  },
];

/**
 * State trees (MobX-State-Tree): a model type is built from its properties (`types.model('Patient', { mobile:
 * types.string, doctor: types.maybe(Doctor) })`) and chained blocks whose function is given the instance
 * (`self`) and returns its views and actions (`.views((self) => ({ get label() {…} }))`, `.actions((self) =>
 * ({ save() {…} }))`). `Model.create(snapshot)` makes an instance: its properties, views and actions, read
 * and called by name (`store.current.mobile`, `store.current.sync()`). The properties are filled where the
 * analysis cannot see (snapshots from the server, `applySnapshot`), so each is what its name says.
 */
export interface StateTreeEntry {
  id: string;
  packages: string[];
  /** Builders of a model type from its properties, under the package's type namespace (`types.model`). */
  models: string[];
  /** Chained calls whose function, given the instance, returns members to add (`.views`, `.actions`, `.volatile`). */
  memberBlocks: string[];
  /** Chained calls whose function returns groups of members (`.extend((self) => ({ views, actions, state }))`). */
  groupBlocks: string[];
  /** Chained calls that add properties (`.props({ … })`). */
  propBlocks: string[];
  /** Calls on a model type that make an instance from a snapshot (`Model.create(snapshot)`). */
  creators: string[];
  /** Type builders that stand for the type they are given (`types.maybe(User)`, `types.late(() => User)`). */
  passThrough: string[];
  /** Type builders of collections of the type they are given (`types.array(User)`, `types.map(User)`). */
  collections: string[];
  /** Type builders that merge models (`types.compose(A, B)`). */
  composers: string[];
  description: string;
}

export const STATE_TREES: StateTreeEntry[] = [
  {
    id: "mobx-state-tree",
    packages: ["mobx-state-tree"],
    models: ["model"],
    memberBlocks: ["views", "actions", "volatile"],
    groupBlocks: ["extend"],
    propBlocks: ["props"],
    creators: ["create"],
    passThrough: ["maybe", "maybeNull", "optional", "late", "reference", "safeReference", "refinement"],
    collections: ["array", "map"],
    composers: ["compose"],
    description:
      "MobX-State-Tree: types.model(name, props) with .props, .views, .actions, .volatile and .extend blocks given the instance (self); Model.create(snapshot); types.maybe / optional / late / reference of a model, types.array / map of one, types.compose.",
  },
];
