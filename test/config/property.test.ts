// Whatever the text, the loader either returns a config or throws a
// PitraceInputError with a one-line message: never a TypeError, a zod error
// or a yaml exception.
import fc from "fast-check";
import { stringify } from "yaml";
import { describe, expect, test } from "vitest";
import { parseConfigText } from "../../src/config/index.js";
import { PitraceInputError } from "../../src/model/errors.js";

const FILE = "/project/pitrace.config.yaml";

function loadsOrInputError(text: string): void {
  try {
    const config = parseConfigText(text, FILE);
    expect(Array.isArray(config.contractors)).toBe(true);
  } catch (err) {
    if (!(err instanceof PitraceInputError)) throw err;
    expect(err.file).toBe(FILE);
    expect(err.message).not.toContain("\n");
    if (err.line !== undefined) expect(err.line).toBeGreaterThanOrEqual(1);
  }
}

/** YAML-flavoured fragments, so random text reaches the validator and not only the parser. */
const yamlish = fc
  .array(
    fc.oneof(
      fc.constantFrom(
        "region:", "firstParty:", "hosts:", "contractors:", "consent:", "guards:", "sanitizers:", "taxonomy:", "exclude:",
        "name:", "packages:", "categories:", "basis:", "separate:", "- ", "  ", "    ", "\n", "\r\n", ": ", "[", "]", "{", "}",
        ",", "&a ", "*a", "<<: ", "!!str ", "!tag ", "---", "...", "#", "'", '"', "|", ">", "?", "~", "null", "true", "42",
        "cn", "a.com", "*.x.cn", "@sentry/*", "hasConsent", "contract", "\t", "\uFEFF", "手机号", "__proto__", "constructor",
      ),
      fc.string({ maxLength: 8 }),
    ),
    { maxLength: 40 },
  )
  .map((parts) => parts.join(""));

const configKeys = fc.constantFrom(
  "region", "firstParty", "contractors", "consent", "sanitizers", "exclude", "hosts", "name", "packages",
  "categories", "basis", "guards", "separate", "__proto__", "toString",
);
const jsonValue = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.integer(),
    fc.double({ noNaN: false }),
    fc.string({ maxLength: 10 }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(configKeys, fc.string({ maxLength: 6 })), tie("value"), { maxKeys: 4 }),
  ),
})).value;

describe("config loader properties", () => {
  test("arbitrary YAML-ish text never throws anything but PitraceInputError", () => {
    fc.assert(fc.property(yamlish, loadsOrInputError), { numRuns: 1500 });
  });

  test("arbitrary unicode text never throws anything but PitraceInputError", () => {
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), loadsOrInputError), { numRuns: 500 });
  });

  test("arbitrary JSON values (as YAML and as JSON text) never throw anything but PitraceInputError", () => {
    fc.assert(
      fc.property(jsonValue, (value) => {
        loadsOrInputError(JSON.stringify(value) ?? "null");
        loadsOrInputError(stringify(value));
        loadsOrInputError(stringify({ contractors: [value], consent: { guards: [value] }, exclude: [value] }));
      }),
      { numRuns: 1000 },
    );
  });
});
