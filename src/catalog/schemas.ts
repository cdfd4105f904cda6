// Runtime schema libraries: a schema built from a shape (`z.object({ realName: z.string() })`,
// Elysia's `t.Object({…})`) names the fields of the data it validates, so what
// a validator returns (`Signup.parse(await req.json())`), or the request body
// a framework validated with it, holds those fields, each what its key says.
// The schema itself is no data: it carries no PI.
export interface SchemaLibraryEntry {
  id: string;
  packages: string[];
  /** Builders given a shape object (key → field schema). */
  objects: string[];
  /** Builders given an element schema. */
  arrays: string[];
  /** Methods of a schema that add fields to it from a shape object (yup's `object().shape({…})`, joi's `.keys({…})`, zod's `.extend({…})`). */
  extenders: string[];
  /** Methods of a schema that return the validated data. */
  validators: string[];
  /** Methods of a schema that return a result holding the validated data in a field: method → field. */
  wrapped: Record<string, string>;
  /** Generic types that are the data a schema validates (`z.infer<typeof Signup>`, TypeBox's `Static<typeof S>`). */
  inferTypes?: string[];
  /** Calls that keep some of a schema's fields: `s.pick({ a: true })` (methods) or `Type.Pick(s, ['a'])` (builders). */
  pickers?: string[];
  /** Calls that leave some of a schema's fields out (`s.omit({ a: true })`, `Type.Omit(s, ['a'])`). */
  omitters?: string[];
  /** Calls that give the same fields (`s.partial()`, `Type.Partial(s)`, `s.strict()`, `.optional()`, `.nullable()`). */
  sameShape?: string[];
  description: string;
}

export const SCHEMA_LIBRARIES: SchemaLibraryEntry[] = [
  {
    id: "zod",
    packages: ["zod"],
    objects: ["object", "strictObject", "looseObject"],
    arrays: ["array"],
    extenders: ["extend", "merge"],
    validators: ["parse", "parseAsync"],
    wrapped: { safeParse: "data", safeParseAsync: "data" },
    inferTypes: ["infer", "input", "output", "TypeOf"],
    pickers: ["pick"],
    omitters: ["omit"],
    sameShape: ["partial", "deepPartial", "required", "strict", "strip", "passthrough", "optional", "nullable", "nullish", "readonly", "describe", "refine", "superRefine"],
    description: "Zod: z.object({…}) (strict / loose), z.array(s), .extend({…}); schema.parse(x) / parseAsync(x) return the data, safeParse(x) returns { success, data }; z.infer<typeof s> is the data s validates (after .pick / .omit / .extend).",
  },
  {
    id: "typebox",
    packages: ["@sinclair/typebox", "elysia", "@feathersjs/typebox"],
    objects: ["Object"],
    arrays: ["Array"],
    extenders: [],
    validators: [],
    wrapped: {},
    inferTypes: ["Static"],
    pickers: ["Pick"],
    omitters: ["Omit"],
    sameShape: ["Partial", "Required", "Readonly", "Optional", "Strict"],
    description:
      "TypeBox schemas (Type.Object({…}), Type.Array(s)), also as Elysia's `t` and Feathers' @feathersjs/typebox: a route's `{ body, query, params, headers }` options say what the handler's context holds; Static<typeof S> is the data S validates (Type.Pick / Omit / Partial of a schema keep or leave out its fields).",
  },
  {
    id: "yup",
    packages: ["yup"],
    objects: ["object"],
    arrays: ["array"],
    extenders: ["shape"],
    validators: ["validate", "validateSync", "cast"],
    wrapped: {},
    inferTypes: ["InferType"],
    pickers: ["pick"],
    omitters: ["omit"],
    sameShape: ["partial", "required", "strict", "noUnknown", "optional", "nullable", "defined"],
    description: "Yup: object({…}) or object().shape({…}), array(); schema.validate(x) / validateSync(x) / cast(x) return the data.",
  },
  {
    id: "joi",
    packages: ["joi"],
    objects: ["object"],
    arrays: ["array"],
    extenders: ["keys", "append"],
    validators: ["validateAsync", "attempt"],
    wrapped: { validate: "value" },
    description: "Joi: Joi.object({…}) or .keys({…}), Joi.array(); schema.validateAsync(x) returns the data, schema.validate(x) returns { value, error }.",
  },
];

/**
 * Builders that take a schema for the input of the handler given later in the same chain
 * (`t.procedure.input(z.object({…})).mutation(({ input }) => …)`): the handler's argument holds the data
 * the schema validated, under `field`.
 */
export interface SchemaInputBuilderEntry {
  id: string;
  packages: string[];
  /** Methods given the input schema. */
  inputs: string[];
  /** Methods given the handler. */
  handlers: string[];
  /** Where the handler's first argument holds the validated input. */
  field: string;
  description: string;
}

export const SCHEMA_INPUT_BUILDERS: SchemaInputBuilderEntry[] = [
  {
    id: "trpc",
    packages: ["@trpc/server"],
    inputs: ["input"],
    handlers: ["query", "mutation", "subscription"],
    field: "input",
    description: "tRPC procedures: procedure.input(schema).query / mutation / subscription(({ ctx, input }) => …), input being the data the schema validated.",
  },
];

/**
 * Validator middleware put before a handler in a route (Hono: `app.post('/', zValidator('json', Order),
 * (c) => …)`): the handler reads the data the schema validated for a target through the request's
 * accessor (`c.req.valid('json')`).
 */
export interface ValidatorMiddlewareEntry {
  id: string;
  packages: string[];
  /** Middleware factories given (target, schema). */
  factories: string[];
  /** The request's method that hands the handler a target's validated data. */
  accessor: string;
  description: string;
}

export const VALIDATOR_MIDDLEWARES: ValidatorMiddlewareEntry[] = [
  {
    id: "hono-validators",
    packages: ["@hono/zod-validator", "@hono/typebox-validator", "@hono/standard-validator"],
    factories: ["zValidator", "tbValidator", "sValidator"],
    accessor: "valid",
    description:
      "Hono's schema validator middleware: zValidator / tbValidator / sValidator('json' | 'form' | 'query' | 'param' | 'header' | 'cookie', schema) before a handler, which reads the validated data with c.req.valid(target).",
  },
];
