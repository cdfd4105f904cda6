// The one schema of pitrace.config.yaml: validation, the file's TS type, and
// the JSON Schema editors use (docs/config.schema.json is generated from it
// and a test keeps the two equal). It describes the file as written; defaults
// and path resolution happen in normalize.ts so the JSON Schema stays plain.
import * as z from "zod";
import { globProblem } from "./globs.js";

/** A JS identifier or dotted path: `hasConsent`, `consentManager.has`. */
const IDENT = "[\\p{L}\\p{Nl}$_][\\p{L}\\p{Nl}\\p{Mn}\\p{Mc}\\p{Nd}\\p{Pc}$\\u200c\\u200d]*";
const DOTTED_PATH = new RegExp(`^${IDENT}(\\.${IDENT})*$`, "u");
/** Taxonomy ids: dotted lower-case segments (`contact.email`, `minor`). */
const CATEGORY_ID = /^[a-z0-9_-]+(\.[a-z0-9_-]+)*$/;

function glob(what: string, extra?: (v: string) => string | undefined) {
  return z
    .string()
    .superRefine((value, ctx) => {
      const problem = globProblem(value) ?? extra?.(value);
      if (problem) ctx.addIssue({ code: "custom", message: `invalid ${what} ${JSON.stringify(value)}: ${problem}` });
    })
    .meta({ description: `${what[0].toUpperCase()}${what.slice(1)} (glob allowed)` });
}

const hostGlob = glob("host", (v) =>
  /[\s/:]/.test(v) ? 'expected a host name or glob like "*.example.cn", without scheme, port or path' : undefined,
);
const packageGlob = glob("package", (v) => (/\s/.test(v) ? "npm names contain no spaces" : undefined));
const pathGlob = glob("pattern");

const dottedName = (what: string) =>
  z.string().regex(DOTTED_PATH, { message: `expected ${what}: an identifier or dotted path like "consentManager.has"` });

const nonEmpty = (what: string) => z.string().trim().min(1, { message: `${what} must not be empty` });

export const contractorSchema = z
  .strictObject({
    name: nonEmpty("name").meta({ description: "Who receives the data (shown in reports)." }),
    packages: z.array(packageGlob).nullish().meta({ description: 'npm package names or globs, e.g. "@sentry/*".' }),
    hosts: z.array(hostGlob).nullish().meta({ description: 'Host names or globs, e.g. "*.ingest.sentry.io".' }),
    categories: z
      .array(z.string().regex(CATEGORY_ID, { message: 'expected a taxonomy id like "contact.email"' }))
      .nullish()
      .meta({ description: "Categories this recipient may receive; a prefix covers its children. Omitted = all." }),
    region: nonEmpty("region").nullish().meta({ description: 'Where the recipient processes data, e.g. "cn", "overseas".' }),
    basis: z
      .enum(["consent", "contract", "entrusted"])
      .nullish()
      .meta({ description: "Legal basis: consent (default), contract (PIPL Art. 13(2)) or entrusted processing (Art. 21)." }),
  })
  .superRefine((c, ctx) => {
    if (!c.packages?.length && !c.hosts?.length) {
      ctx.addIssue({ code: "custom", message: "a contractor needs `packages` or `hosts` (or both)" });
    }
  });

export const guardSchema = z.union([
  dottedName("a guard name").meta({ description: "Shorthand for { name: <this>, separate: false }." }),
  z.strictObject({
    name: dottedName("a guard name").meta({ description: "Function, method or flag proving consent." }),
    separate: z.boolean().nullish().meta({ description: "Also proves separate consent for sensitive PI (default false)." }),
  }),
]);

export const configFileSchema = z
  .strictObject({
    region: nonEmpty("region").nullish().meta({ description: "Where the data controller is; turns on cross-border-transfer." }),
    firstParty: z
      .strictObject({ hosts: z.array(hostGlob).nullish() })
      .nullish()
      .meta({ description: "The project's own backend hosts." }),
    contractors: z.array(contractorSchema).nullish().meta({ description: "Declared recipients: entrusted processors, partners." }),
    consent: z
      .strictObject({ guards: z.array(guardSchema).nullish() })
      .nullish()
      .meta({ description: "Functions, methods or flags that prove consent." }),
    sanitizers: z
      .array(dottedName("a function name"))
      .nullish()
      .meta({ description: "Extra functions whose result carries no PI." }),
    taxonomy: nonEmpty("taxonomy")
      .nullish()
      .meta({ description: "Path (relative to this file) of a taxonomy that extends or overrides the built-in one." }),
    exclude: z.array(pathGlob).nullish().meta({ description: "Files not to scan (globs relative to the scanned directory)." }),
  })
  .meta({
    title: "pitrace.config.yaml",
    description: "Configuration of pitrace, the personal-information flow scanner.",
  });

export type ConfigFile = z.infer<typeof configFileSchema>;

/** JSON Schema (draft 2020-12) of the config file, for editors. */
export function configJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(configFileSchema, { io: "input", unrepresentable: "any" }) as Record<string, unknown>;
}
