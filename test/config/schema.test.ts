// docs/config.schema.json is generated from the zod schema; this keeps it from
// going stale, and checks the JSON Schema agrees with the loader on examples.
import fs from "node:fs";
import path from "node:path";
import { Ajv2020 } from "ajv/dist/2020.js";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { configJsonSchema } from "../../src/config/index.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SCHEMA_FILE = path.join(ROOT, "docs/config.schema.json");

describe("config JSON Schema", () => {
  test("docs/config.schema.json equals configJsonSchema() (regenerate it when the schema changes)", () => {
    const committed = JSON.parse(fs.readFileSync(SCHEMA_FILE, "utf8"));
    expect(committed).toEqual(configJsonSchema());
  });

  const ajv = new Ajv2020({ allErrors: true, strict: false });
  const validate = ajv.compile(configJsonSchema());

  test("accepts the full example config", () => {
    const data = parse(fs.readFileSync(path.join(ROOT, "fixtures/config/full/pitrace.config.yaml"), "utf8"), { merge: true });
    expect(validate(data), JSON.stringify(validate.errors)).toBe(true);
  });

  test("rejects unknown keys and wrong types, like the loader", () => {
    expect(validate({ regoin: "cn" })).toBe(false);
    expect(validate({ contractors: [{ name: "A", hosts: "a.com" }] })).toBe(false);
    expect(validate({ consent: { guards: ["hasConsent", { name: "x", separate: "yes" }] } })).toBe(false);
    expect(validate({ consent: { guards: ["hasConsent", { name: "x", separate: true }] } })).toBe(true);
  });
});
