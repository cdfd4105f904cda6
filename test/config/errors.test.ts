// Every kind of config error: the message names the key path, the error
// carries the file and the line of the offending key or value.
import path from "node:path";
import { describe, expect, test } from "vitest";
import { loadConfig, parseConfigText } from "../../src/config/index.js";
import { inputError } from "./helpers.js";

const FILE = "/project/pitrace.config.yaml";
const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/config/errors");

/** [what, yaml, line, message pattern] */
const CASES: [string, string, number, RegExp][] = [
  ["unknown top-level key", "region: cn\nregoin: eu\n", 2, /^regoin: unknown key \(did you mean "region"\?\)/],
  ["unknown key far from any", "zzzzzz: 1\n", 1, /^zzzzzz: unknown key \(allowed: region, firstParty/],
  ["unknown contractor key", "contractors:\n  - name: A\n    hosts: [a.com]\n    catgories: [x]\n", 4, /^contractors\[0\]\.catgories: unknown key \(did you mean "categories"\?\)/],
  ["unknown guard key", "consent:\n  guards:\n    - name: a\n      seperate: true\n", 4, /^consent\.guards\[0\]\.seperate: unknown key/],
  ["unknown firstParty key", "firstParty:\n  host: [a.com]\n", 2, /^firstParty\.host: unknown key \(did you mean "hosts"\?\)/],
  ["region not a string", "region: 86\n", 1, /^region: expected a string, got 86/],
  ["region empty string", "region: ''\n", 1, /^region: region must not be empty/],
  ["firstParty not a mapping", "firstParty: [a.com]\n", 1, /^firstParty: expected a mapping, got a list/],
  ["hosts not a list", "firstParty:\n  hosts: a.com\n", 2, /^firstParty\.hosts: expected a list, got the string "a\.com"/],
  ["host with scheme", "firstParty:\n  hosts:\n    - ok.com\n    - https://api.example.cn\n", 4, /^firstParty\.hosts\[1\]: invalid host "https:\/\/api\.example\.cn": expected a host name/],
  ["host with port", "firstParty:\n  hosts: [\"localhost:3000\"]\n", 2, /^firstParty\.hosts\[0\]: invalid host/],
  ["contractors not a list", "contractors:\n  name: A\n", 2, /^contractors: expected a list, got a mapping/],
  ["contractor without name", "contractors:\n  - hosts: [a.com]\n", 2, /^contractors\[0\]\.name: required key is missing/],
  ["contractor with empty name", "contractors:\n  - name: ' '\n    hosts: [a.com]\n", 2, /^contractors\[0\]\.name: name must not be empty/],
  ["contractor without packages or hosts", "contractors:\n  - name: A\n    hosts: [a.com]\n  - name: B\n    region: cn\n", 4, /^contractors\[1\]: a contractor needs `packages` or `hosts`/],
  ["contractor with empty packages and hosts", "contractors:\n  - name: B\n    packages: []\n    hosts: []\n", 2, /^contractors\[0\]: a contractor needs/],
  ["bad basis", "contractors:\n  - name: A\n    hosts: [a.com]\n    basis: legitimate-interest\n", 4, /^contractors\[0\]\.basis: expected one of consent, contract, entrusted, got the string "legitimate-interest"/],
  ["bad category id", "contractors:\n  - name: A\n    hosts: [a.com]\n    categories: [contact.email, 'Contact Email']\n", 4, /^contractors\[0\]\.categories\[1\]: expected a taxonomy id/],
  ["categories not a list", "contractors:\n  - name: A\n    hosts: [a.com]\n    categories: contact.email\n", 4, /^contractors\[0\]\.categories: expected a list/],
  ["package glob unbalanced", "contractors:\n  - name: A\n    packages:\n      - ok\n      - '@sentry/{node,browser'\n", 5, /^contractors\[0\]\.packages\[1\]: invalid package "@sentry\/\{node,browser": unbalanced braces/],
  ["package with a space", "contractors:\n  - name: A\n    packages: ['a b']\n", 3, /^contractors\[0\]\.packages\[0\]: invalid package/],
  ["host glob unbalanced bracket", "contractors:\n  - name: A\n    hosts: ['api[1.example.cn']\n", 3, /^contractors\[0\]\.hosts\[0\]: invalid host "api\[1\.example\.cn": unbalanced brackets/],
  ["guards not a list", "consent:\n  guards: hasConsent\n", 2, /^consent\.guards: expected a list, got the string "hasConsent"/],
  ["guard of the wrong type", "consent:\n  guards:\n    - hasConsent\n    - 42\n", 4, /^consent\.guards\[1\]: expected a string or a mapping, got 42/],
  ["guard name not an identifier", "consent:\n  guards:\n    - 'hasConsent()'\n", 3, /^consent\.guards\[0\]: expected a guard name/],
  ["guard mapping without name", "consent:\n  guards:\n    - separate: true\n", 3, /^consent\.guards\[0\]\.name: required key is missing/],
  ["guard separate not a boolean", "consent:\n  guards:\n    - name: a\n      separate: 'yes'\n", 4, /^consent\.guards\[0\]\.separate: expected true or false, got the string "yes"/],
  ["sanitizer not a name", "sanitizers:\n  - maskPhone\n  - 'mask phone'\n", 3, /^sanitizers\[1\]: expected a function name/],
  ["sanitizers not a list", "sanitizers: maskPhone\n", 1, /^sanitizers: expected a list/],
  ["taxonomy not a string", "taxonomy: 3\n", 1, /^taxonomy: expected a string, got 3/],
  ["taxonomy missing on disk", "region: cn\ntaxonomy: ./no-such-taxonomy.yaml\n", 2, /^taxonomy: file not found: \/project\/no-such-taxonomy\.yaml/],
  ["exclude not a list", "exclude: dist/**\n", 1, /^exclude: expected a list/],
  ["exclude empty pattern", "exclude:\n  - dist/**\n  - ''\n", 3, /^exclude\[1\]: invalid pattern "": empty pattern/],
  ["exclude unbalanced brace", "exclude: ['**/*.{ts,tsx']\n", 1, /^exclude\[0\]: invalid pattern "\*\*\/\*\.\{ts,tsx": unbalanced braces/],
  ["exclude unbalanced paren", "exclude: ['src/@(a|b']\n", 1, /^exclude\[0\]: invalid pattern .*unbalanced parentheses/],
  ["exclude stray closing bracket", "exclude: ['src/a]']\n", 1, /^exclude\[0\]: invalid pattern .*unbalanced brackets/],
  ["exclude trailing backslash", "exclude: ['src\\']\n", 1, /^exclude\[0\]: invalid pattern .*lone backslash/],
  ["top level is a list", "- region: cn\n", 1, /^\(top level\): expected a mapping of settings, got a list/],
  ["top level is a scalar", "\n\nhello\n", 3, /^\(top level\): expected a mapping of settings, got the string "hello"/],
  ["YAML syntax error", "region: cn\nfirstParty:\n  hosts: [a.com\nsanitizers: []\n", 4, /^invalid YAML: /],
  ["bad indentation", "firstParty:\n  hosts: []\n   x: 1\n", 3, /^invalid YAML: /],
  ["duplicate key", "region: cn\nsanitizers: []\nregion: eu\n", 3, /^invalid YAML: Map keys must be unique/],
  ["several documents", "region: cn\n---\nregion: eu\n", 2, /^invalid YAML: the file holds several YAML documents/],
  ["unknown tag", "region: cn\nsanitizers: !!js/function 'function () { return 1 }'\n", 2, /^invalid YAML: unsupported tag/],
  ["undefined alias", "region: *nope\n", 1, /^invalid YAML: /],
  ["several problems report the first", "exclude: [''] \nregion: 1\nfoo: 2\n", 1, /^exclude\[0\]: .*\(and 2 more problems\)$/],
];

describe("config errors name the key and the line", () => {
  test.each(CASES)("%s", (_what, yaml, line, pattern) => {
    const err = inputError(() => parseConfigText(yaml, FILE));
    expect(err.message).toMatch(pattern);
    expect(err.file).toBe(FILE);
    expect(err.line).toBe(line);
    expect(err.message).not.toContain("\n");
    expect(err.format()).toBe(`${FILE}:${line}: ${err.message}`);
  });
});

describe("error fixtures", () => {
  test("unknown key in a file", () => {
    const file = path.join(FIXTURES, "unknown-key.yaml");
    const err = inputError(() => loadConfig("/nonexistent", file));
    expect(err).toMatchObject({ file, line: 6 });
    expect(err.message).toMatch(/^contractors\[0\]\.catgories: unknown key/);
  });

  test("invalid glob in a file", () => {
    const file = path.join(FIXTURES, "bad-glob.yaml");
    const err = inputError(() => loadConfig("/nonexistent", file));
    expect(err).toMatchObject({ file, line: 3 });
    expect(err.message).toMatch(/^exclude\[1\]: invalid pattern "src\/\[gen\/\*\*": unbalanced brackets/);
  });

  test("an alias bomb fails fast with a clear message", () => {
    const file = path.join(FIXTURES, "alias-bomb.yaml");
    const started = Date.now();
    const err = inputError(() => loadConfig("/nonexistent", file));
    // A hang guard, not a speed goal: an unbounded expansion would take minutes or exhaust memory.
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(err.message).toMatch(/alias bomb/);
    expect(err).toMatchObject({ file, line: 2 });
  });
});
