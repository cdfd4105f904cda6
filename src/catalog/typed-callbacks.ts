// Library calls whose explicit type arguments type the parameters of the callbacks given to them, read
// without the library's declarations (no node_modules): `createAsyncThunk<Profile, ProfileForm>('p/save',
// async (form) => …)` hands the payload creator a ProfileForm, and `useMutation<Res, Err, SignupInput>({
// mutationFn: (input) => … })` a SignupInput. Logging or sending that parameter whole is logging what the type
// declares.
import { TANSTACK_QUERY_PACKAGES } from "./state.js";

export interface TypedCallbackParam {
  /** The call's type argument that types the parameter. */
  typeArg: number;
  /** The parameter is an object whose field of this name is of that type (SWR's `(key, { arg })`). */
  field?: string;
}

export interface TypedCallbackSite {
  /** The argument the callback is given as… */
  arg: number;
  /** …or, when that argument is an options object, its property of this name. */
  property?: string;
  /** The callback's parameters by index. */
  params: Readonly<Record<number, TypedCallbackParam>>;
}

export interface TypedCallbackEntry {
  id: string;
  packages: string[];
  /** Functions (or methods of the package's objects) called with the type arguments. */
  functions: string[];
  callbacks: TypedCallbackSite[];
  description: string;
}

// Also Angular's adapter, for its injectMutation.
const QUERY_PACKAGES = [...TANSTACK_QUERY_PACKAGES, "@tanstack/angular-query-experimental"];

export const TYPED_CALLBACKS: TypedCallbackEntry[] = [
  {
    id: "tanstack-use-mutation",
    packages: QUERY_PACKAGES,
    functions: ["useMutation", "injectMutation"],
    callbacks: [
      { arg: 0, property: "mutationFn", params: { 0: { typeArg: 2 } } },
      { arg: 0, property: "onMutate", params: { 0: { typeArg: 2 } } },
      { arg: 0, property: "onSuccess", params: { 0: { typeArg: 0 }, 1: { typeArg: 2 } } },
      { arg: 0, property: "onError", params: { 1: { typeArg: 2 } } },
      { arg: 0, property: "onSettled", params: { 0: { typeArg: 0 }, 2: { typeArg: 2 } } },
    ],
    description: "TanStack Query: useMutation<TData, TError, TVariables>({ mutationFn: (variables) => …, onSuccess: (data, variables) => … }), or the mutation function given first (v3).",
  },
  {
    id: "swr-mutation",
    packages: ["swr", "swr/mutation"],
    functions: ["useSWRMutation"],
    callbacks: [{ arg: 1, params: { 1: { typeArg: 3, field: "arg" } } }],
    description: "SWR: useSWRMutation<Data, Error, Key, ExtraArg>(key, (key, { arg }) => …): the fetcher's `arg` is an ExtraArg.",
  },
];

/**
 * Library function types whose type arguments type a function's parameters, for a function bound to a name
 * declared with one (`const driverRoutes: FastifyPluginAsyncTypebox<DriverRoutesOptions> = async (app,
 * { drivers }) => …`): the options parameter is a DriverRoutesOptions, so `drivers` is the service it declares.
 */
export interface TypedFunctionTypeEntry {
  id: string;
  packages: string[];
  /** The function types' names, as imported. */
  types: string[];
  /** The function's parameters by index → the type argument that types it. */
  params: Readonly<Record<number, number>>;
  description: string;
}

export const TYPED_FUNCTION_TYPES: TypedFunctionTypeEntry[] = [
  {
    id: "fastify-plugin-options",
    packages: ["fastify", "@fastify/type-provider-typebox", "@fastify/type-provider-json-schema-to-ts"],
    types: ["FastifyPluginAsync", "FastifyPluginCallback", "FastifyPluginAsyncTypebox", "FastifyPluginCallbackTypebox", "FastifyPluginAsyncJsonSchemaToTs", "FastifyPluginCallbackJsonSchemaToTs"],
    params: { 1: 0 },
    description: "Fastify plugins: FastifyPluginAsync<Options> = async (fastify, opts) => …, and the type providers' variants; `opts` is the Options the plugin is registered with.",
  },
];
