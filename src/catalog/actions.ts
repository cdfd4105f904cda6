// Action creators made from a function (Redux Toolkit's `createAsyncThunk`): the actions they stand for carry
// what the function returned (the `fulfilled` action's `payload`) and what it was given (`meta.arg`), and the
// places that hand such an action to a callback (a listener middleware's `effect`, a slice builder's case
// reducer) hand it that. Without this a listener that logs `action.payload` of a profile fetch logs nothing
// we know of: the library's declarations, which would type it, are not installed where we scan.

export interface ThunkCreatorEntry {
  id: string;
  packages: string[];
  functions: string[];
  /** The argument that does the work (the payload creator). */
  workArg: number;
  /** The type arguments declaring what it returns (`Returned`) and is given (`ThunkArg`). */
  resultTypeArg: number;
  argTypeArg: number;
  /** The creator's members that create one outcome's action, and whether its `payload` is what the work returned. */
  outcomes: Readonly<Record<string, { payload: boolean }>>;
  description: string;
}

export interface ActionMatcherEntry {
  id: string;
  packages: string[];
  functions: string[];
  /** Matches the actions of the creators given (`isAnyOf(a, b)`), or of this outcome of the thunks given (`isFulfilled(t)`). */
  outcome?: string;
  description: string;
}

export interface ActionConsumerEntry {
  id: string;
  /** An options object naming the creator and the callback (`startListening({ actionCreator, effect })`). */
  options?: { creators: string[]; callbacks: string[]; actionParam: number };
  /** A method given the creator and the callback (`builder.addCase(creator, (state, action) => …)`). */
  method?: { names: string[]; creatorArg: number; callbackArg: number; actionParam: number };
  description: string;
}

export const THUNK_CREATORS: ThunkCreatorEntry[] = [
  {
    id: "rtk-create-async-thunk",
    packages: ["@reduxjs/toolkit"],
    functions: ["createAsyncThunk"],
    workArg: 1,
    resultTypeArg: 0,
    argTypeArg: 1,
    outcomes: { fulfilled: { payload: true }, pending: { payload: false }, rejected: { payload: false } },
    description: "Redux Toolkit: createAsyncThunk<Returned, ThunkArg>(type, payloadCreator): thunk.fulfilled's action carries what the payload creator returned as `payload`; every outcome's carries the ThunkArg as `meta.arg`.",
  },
];

export const ACTION_MATCHERS: ActionMatcherEntry[] = [
  {
    id: "rtk-is-any-of",
    packages: ["@reduxjs/toolkit"],
    functions: ["isAnyOf", "isAllOf"],
    description: "Redux Toolkit: isAnyOf(creatorA, creatorB) matches the actions of the creators given.",
  },
  {
    id: "rtk-is-fulfilled",
    packages: ["@reduxjs/toolkit"],
    functions: ["isFulfilled"],
    outcome: "fulfilled",
    description: "Redux Toolkit: isFulfilled(thunkA, thunkB) matches the fulfilled actions of the thunks given.",
  },
];

export const ACTION_CONSUMERS: ActionConsumerEntry[] = [
  {
    id: "rtk-listener-middleware",
    options: { creators: ["actionCreator", "matcher"], callbacks: ["effect"], actionParam: 0 },
    description: "Redux Toolkit's listener middleware: startListening({ actionCreator | matcher, effect: (action, listenerApi) => … }), also through startListening.withTypes() and addListener.",
  },
  {
    id: "rtk-builder-cases",
    method: { names: ["addCase", "addMatcher"], creatorArg: 0, callbackArg: 1, actionParam: 1 },
    description: "Redux Toolkit's slice builder: builder.addCase(creator, (state, action) => …) and addMatcher(matcher, reducer).",
  },
];

/**
 * Redux stores built from slices: a slice's `initialState` is its part of the store's state, the store's
 * `reducer` option names the parts, and `getState()` (of the store, of a listener's or a thunk's API) and
 * selector hooks read it. Types would say as much (`RootState`), but from the library's declarations, which
 * are not installed where we scan.
 */
export interface ReduxStoreEntry {
  id: string;
  packages: string[];
  /** `createSlice({ name, initialState, reducers })`. */
  sliceFactories: string[];
  stateOption: string;
  /** The slice's member that is its reducer. */
  reducerMember: string;
  /** The option holding the case reducers (`reducers: { added(state, action: PayloadAction<Address>) {…} }`) and the slice's member with their action creators. */
  reducersOption: string;
  actionsMember: string;
  /** `configureStore({ reducer })`. */
  storeFactories: string[];
  reducerOption: string;
  /** `combineReducers({ a: sliceA.reducer })`. */
  combiners: string[];
  /** Members that give the whole state: the store's, and those of the API a listener's effect or a thunk is given. */
  getters: string[];
  /** Hooks given a selector of the state (`useSelector((s) => s.address.list)`), from these packages. */
  selectorHooks: { packages: string[]; hooks: string[] };
  description: string;
}

export const REDUX_STORES: ReduxStoreEntry[] = [
  {
    id: "redux-toolkit-store",
    packages: ["@reduxjs/toolkit", "redux"],
    sliceFactories: ["createSlice"],
    stateOption: "initialState",
    reducerMember: "reducer",
    reducersOption: "reducers",
    actionsMember: "actions",
    storeFactories: ["configureStore"],
    reducerOption: "reducer",
    combiners: ["combineReducers"],
    getters: ["getState", "getOriginalState"],
    selectorHooks: { packages: ["react-redux"], hooks: ["useSelector"] },
    description: "Redux Toolkit: createSlice({ initialState }) is its part of the state, its actions' creators (slice.actions.added) make the action their case reducer declares (`action: PayloadAction<Address>`), configureStore({ reducer: { part: slice.reducer } }) (or combineReducers) puts the parts together; store.getState(), a listener effect's and a thunk's getState / getOriginalState, and useSelector(selector) (also through withTypes) read it.",
  },
];
