import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { loadConfig, parseConfigText } from "../../src/config/index.js";
import { DEFAULT_CONFIG } from "../../src/model/config.js";
import { inputError } from "./helpers.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/config");
const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus");

const temps: string[] = [];
function tempDir(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-config-"));
  temps.push(dir);
  return dir;
}
afterEach(() => {
  for (const d of temps.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

describe("loadConfig", () => {
  test("reads every key of the contract's example", () => {
    const root = path.join(FIXTURES, "full");
    expect(loadConfig(root)).toEqual({
      file: path.join(root, "pitrace.config.yaml"),
      region: "cn",
      firstParty: { hosts: ["api.example.cn", "*.example.cn"] },
      contractors: [
        {
          name: "Segment",
          packages: ["@segment/analytics-node"],
          hosts: ["api.segment.io"],
          categories: ["contact.email", "identity.name"],
          region: "overseas",
          basis: "consent",
        },
        { name: "顺丰速运", packages: [], hosts: ["*.sf-express.com"], basis: "contract" },
        { name: "Sentry", packages: ["@sentry/*"], hosts: [], basis: "consent" },
      ],
      consent: {
        guards: [
          { name: "hasConsent", separate: false },
          { name: "requireConsent", separate: false },
          { name: "hasSensitiveConsent", separate: true },
          { name: "consentManager.has", separate: false },
        ],
      },
      sanitizers: ["maskPhone", "redact"],
      taxonomy: path.join(root, "taxonomy", "extra.yaml"),
      exclude: ["**/*.test.ts", "dist/**"],
    });
  });

  test("returns fresh defaults when the root has no config", () => {
    const root = tempDir();
    const config = loadConfig(root);
    expect(config).toEqual(DEFAULT_CONFIG);
    config.exclude.push("x");
    expect(DEFAULT_CONFIG.exclude).toEqual([]);
  });

  test("an explicit path that does not exist is an error naming it", () => {
    const root = tempDir();
    const missing = path.join(root, "nope.yaml");
    const err = inputError(() => loadConfig(root, missing));
    expect(err.file).toBe(missing);
    expect(err.message).toMatch(/not found/);
  });

  test("an explicit path wins over the root's file and is relative to the cwd", () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, "pitrace.config.yaml"), "region: cn\n");
    fs.writeFileSync(path.join(root, "other.yaml"), "region: eu\n");
    expect(loadConfig(root).region).toBe("cn");
    expect(loadConfig("/nonexistent", path.join(root, "other.yaml")).region).toBe("eu");
    const rel = path.relative(process.cwd(), path.join(root, "other.yaml"));
    expect(loadConfig(root, rel).file).toBe(path.join(root, "other.yaml"));
  });

  test("a directory given as config is an error", () => {
    const root = tempDir();
    const err = inputError(() => loadConfig(root, root));
    expect(err.message).toMatch(/directory/);
  });

  test("the taxonomy path resolves against the config file's directory", () => {
    const root = tempDir();
    fs.mkdirSync(path.join(root, "conf"));
    fs.writeFileSync(path.join(root, "conf", "tax.yaml"), "x: 1\n");
    fs.writeFileSync(path.join(root, "conf", "pitrace.yaml"), "exclude: []\ntaxonomy: tax.yaml\n");
    expect(loadConfig(root, path.join(root, "conf", "pitrace.yaml")).taxonomy).toBe(path.join(root, "conf", "tax.yaml"));
  });

  test("reads a config with a BOM and CRLF line ends", () => {
    const root = tempDir();
    fs.writeFileSync(path.join(root, "pitrace.config.yaml"), "\uFEFFregion: cn\r\nsanitizers:\r\n  - maskPhone\r\n");
    expect(loadConfig(root)).toMatchObject({ region: "cn", sanitizers: ["maskPhone"] });
  });

  test.each(["express-shop", "flows-basics", "koa-edu", "next-saas", "survey-web"])("corpus config %s is valid", (app) => {
    const root = path.join(CORPUS, app);
    if (!fs.existsSync(root)) return;
    const config = loadConfig(root);
    expect(config.contractors.length).toBeGreaterThan(0);
    expect(config.consent.guards.length).toBeGreaterThan(0);
  });
});

describe("parseConfigText", () => {
  const file = "/project/pitrace.config.yaml";

  test.each(["", "\n", "# only a comment\n", "---\n", "~\n"])("%j is an empty config", (text) => {
    expect(parseConfigText(text, file)).toEqual({ ...DEFAULT_CONFIG, file });
  });

  test("keys left empty mean 'not set'", () => {
    expect(parseConfigText("region:\ncontractors:\nconsent:\n  guards:\nexclude:\n", file)).toEqual({ ...DEFAULT_CONFIG, file });
  });

  test("a guard given as a bare string is shorthand for { name, separate: false }", () => {
    const config = parseConfigText("consent:\n  guards:\n    - hasConsent\n    - { name: hasSensitiveConsent, separate: true }\n", file);
    expect(config.consent.guards).toEqual([
      { name: "hasConsent", separate: false },
      { name: "hasSensitiveConsent", separate: true },
    ]);
  });

  test("basis defaults to consent; contract and entrusted are kept", () => {
    const text = "contractors:\n  - { name: A, hosts: [a.com] }\n  - { name: B, hosts: [b.com], basis: contract }\n  - { name: C, packages: [c], basis: entrusted }\n";
    expect(parseConfigText(text, file).contractors.map((c) => c.basis)).toEqual(["consent", "contract", "entrusted"]);
  });

  test("anchors and merge keys are data, within limits", () => {
    const text = [
      "contractors:",
      "  - &base { name: A, hosts: [a.com], categories: [contact.email] }",
      "  - <<: *base",
      "    name: B",
    ].join("\n");
    expect(parseConfigText(text, file).contractors.map((c) => [c.name, c.hosts])).toEqual([
      ["A", ["a.com"]],
      ["B", ["a.com"]],
    ]);
  });

  test("a relative file name is made absolute", () => {
    expect(parseConfigText("region: cn", "pitrace.config.yaml").file).toBe(path.resolve("pitrace.config.yaml"));
  });
});
