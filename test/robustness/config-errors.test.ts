// Issue #8, config and taxonomy files at the CLI: every broken or hostile file
// gives exit 2 and one line on stderr naming file:line, never a stack trace,
// never a hang.
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, LEAK, makeTree, oneLine, runCli, runMain, STACK_TRACE } from "./helpers.js";

/** An alias bomb: 9 levels of 9 aliases each expand to 9^9 strings. */
function aliasBomb(key = "a"): string {
  const lines = [`${key}0: &${key}0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]`];
  for (let i = 1; i < 9; i++) lines.push(`${key}${i}: &${key}${i} [${Array(9).fill(`*${key}${i - 1}`).join(", ")}]`);
  return `${lines.join("\n")}\n`;
}

interface Case {
  name: string;
  config: string;
  /** A user taxonomy file (pitrace.config.yaml then says `taxonomy: ./tax.yaml`). */
  taxonomy?: string;
  /** Which file and line the message must name. */
  file: "pitrace.config.yaml" | "tax.yaml";
  line: number;
  says: RegExp;
}

const TAX = "taxonomy: ./tax.yaml\n";
const valueRegex = (re: string) => `categories:\n  contact.phone:\n    values:\n      - id: user-pattern\n        regex: ${JSON.stringify(re)}\n`;

const CASES: Case[] = [
  { name: "YAML syntax error", config: "region: cn\nexclude: ]\nsanitizers: []\n", file: "pitrace.config.yaml", line: 2, says: /YAML/ },
  { name: "unterminated flow sequence", config: "region: cn\nexclude: [a, b\nsanitizers: []\n", file: "pitrace.config.yaml", line: 3, says: /YAML/ },
  { name: "tab indentation", config: "firstParty:\n\thosts: []\n", file: "pitrace.config.yaml", line: 2, says: /YAML/ },
  { name: "duplicate key", config: "region: cn\nregion: us\n", file: "pitrace.config.yaml", line: 2, says: /unique/i },
  { name: "several documents", config: "region: cn\n---\nregion: us\n", file: "pitrace.config.yaml", line: 2, says: /documents/ },
  { name: "wrong type (number for string)", config: "region: 5\n", file: "pitrace.config.yaml", line: 1, says: /region.*string/ },
  { name: "wrong type (string for list)", config: "exclude: '**/*.test.ts'\n", file: "pitrace.config.yaml", line: 1, says: /exclude.*list/ },
  { name: "wrong type (mapping for list)", config: "region: cn\ncontractors:\n  name: Segment\n", file: "pitrace.config.yaml", line: 3, says: /contractors/ },
  { name: "top level is a list", config: "- region: cn\n", file: "pitrace.config.yaml", line: 1, says: /mapping/ },
  { name: "unknown top-level key", config: "region: cn\nregoin: cn\n", file: "pitrace.config.yaml", line: 2, says: /regoin.*unknown key/ },
  { name: "unknown nested key", config: "contractors:\n  - name: S\n    hosts: [a.io]\n    hots: [b.io]\n", file: "pitrace.config.yaml", line: 4, says: /hots.*unknown key/ },
  { name: "bad enum", config: "contractors:\n  - name: S\n    hosts: [a.io]\n    basis: maybe\n", file: "pitrace.config.yaml", line: 4, says: /basis/ },
  { name: "contractor without packages or hosts", config: "region: cn\ncontractors:\n  - name: S\n", file: "pitrace.config.yaml", line: 3, says: /contractors\[0\]/ },
  { name: "alias bomb", config: aliasBomb(), file: "pitrace.config.yaml", line: 2, says: /alias/ },
  { name: "custom tag", config: "sanitizers: !!js/function 'function () { require(\"fs\") }'\n", file: "pitrace.config.yaml", line: 1, says: /tag/ },
  { name: "invalid exclude glob", config: "exclude:\n  - 'src/{a,b'\n", file: "pitrace.config.yaml", line: 2, says: /exclude\[0\].*brace/ },
  { name: "invalid host glob", config: "firstParty:\n  hosts:\n    - api.example.cn\n    - '[abc'\n", file: "pitrace.config.yaml", line: 4, says: /hosts\[1\]/ },
  { name: "invalid package glob", config: "contractors:\n  - name: S\n    packages: ['@sentry/{a']\n", file: "pitrace.config.yaml", line: 3, says: /packages\[0\]/ },
  { name: "binary junk", config: "\u0000\u0001\u0002\u0003", file: "pitrace.config.yaml", line: 1, says: /./ },
  { name: "missing taxonomy file", config: "taxonomy: ./nope.yaml\n", file: "pitrace.config.yaml", line: 1, says: /taxonomy.*not found/ },
  { name: "taxonomy: YAML syntax error", config: TAX, taxonomy: "categories:\n  contact.phone:\n    patterns: [mobile\n", file: "tax.yaml", line: 4, says: /YAML/ },
  { name: "taxonomy: unknown key", config: TAX, taxonomy: "categories:\n  contact.phone:\n    patterns: [mobile]\n    paterns: [x]\n", file: "tax.yaml", line: 4, says: /paterns/ },
  { name: "taxonomy: wrong type", config: TAX, taxonomy: "categories:\n  contact.phone:\n    sensitive: maybe\n", file: "tax.yaml", line: 3, says: /sensitive/ },
  { name: "taxonomy: bad category id", config: TAX, taxonomy: "categories:\n  Contact Phone:\n    patterns: [x]\n", file: "tax.yaml", line: 2, says: /taxonomy id/ },
  { name: "taxonomy: alias bomb", config: TAX, taxonomy: aliasBomb("t"), file: "tax.yaml", line: 2, says: /alias/ },
  { name: "taxonomy: invalid regex", config: TAX, taxonomy: valueRegex("([0-9]"), file: "tax.yaml", line: 5, says: /regex/ },
  { name: "taxonomy: bad regex flags", config: TAX, taxonomy: valueRegex("[0-9]{11}").replace("regex:", "flags: gy\n        regex:"), file: "tax.yaml", line: 5, says: /flags/ },
  { name: "taxonomy: ReDoS (a+)+", config: TAX, taxonomy: valueRegex("^(a+)+$"), file: "tax.yaml", line: 5, says: /backtrack/ },
  { name: "taxonomy: ReDoS (\\w+\\s?)*", config: TAX, taxonomy: valueRegex("^(\\w+\\s?)*$"), file: "tax.yaml", line: 5, says: /backtrack/ },
  { name: "taxonomy: ReDoS (a|aa)+", config: TAX, taxonomy: valueRegex("^(a|aa)+$"), file: "tax.yaml", line: 5, says: /backtrack/ },
  { name: "taxonomy: ReDoS (.*,)*", config: TAX, taxonomy: valueRegex("^(.*,)*x$"), file: "tax.yaml", line: 5, says: /backtrack/ },
  { name: "taxonomy: ReDoS ([a-z0-9]+)*@", config: TAX, taxonomy: valueRegex("^([a-z0-9]+)*@x\\.com$"), file: "tax.yaml", line: 5, says: /backtrack/ },
];

function project(c: Case): string {
  const files: Record<string, string> = { "src/register.ts": LEAK, "pitrace.config.yaml": c.config };
  if (c.taxonomy !== undefined) files["tax.yaml"] = c.taxonomy;
  return makeTree(files);
}

describe("config and taxonomy errors at the CLI (in-process main)", () => {
  it.each(CASES)("$name → exit 2, one line naming $file:$line", async (c) => {
    const dir = project(c);
    const t = Date.now();
    const r = await runMain(["scan", dir]);
    expect(Date.now() - t, "no hang").toBeLessThan(15_000);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code, r.stderr).toBe(2);
    const line = oneLine(r.stderr);
    expect(line).toContain(`${path.join(dir, c.file)}:${c.line}:`);
    expect(line).toMatch(c.says);
    expect(r.stdout).toBe("");
  });

  it("an empty config file, or one with only comments, is the default config", async () => {
    for (const text of ["", "# nothing here\n", "\ufeff\r\n"]) {
      const dir = makeTree({ "src/register.ts": LEAK, "pitrace.config.yaml": text });
      const r = await runMain(["scan", dir, "--format", "json"]);
      expect(r.code, r.stderr).toBe(0);
      expect((JSON.parse(r.stdout) as { findings: unknown[] }).findings).toHaveLength(1);
    }
  });

  it("a BOM and CRLF line endings do not shift the reported line", async () => {
    const dir = makeTree({ "src/register.ts": LEAK, "pitrace.config.yaml": "\ufeffregion: cn\r\n\r\nregoin: cn\r\n" });
    const r = await runMain(["scan", dir]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain(`pitrace.config.yaml:3:`);
  });

  it("deeply nested YAML is refused, not a crash", async () => {
    const dir = makeTree({ "src/register.ts": LEAK, "pitrace.config.yaml": `exclude: ${"[".repeat(20_000)}${"]".repeat(20_000)}\n` });
    const r = await runMain(["scan", dir]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain("pitrace.config.yaml:1:");
  });

  it("a user ReDoS pattern given to classify --taxonomy is refused too", async () => {
    const dir = makeTree({ "tax.yaml": valueRegex("^(a+)+$") });
    const r = await runMain(["classify", "phone", "--taxonomy", path.join(dir, "tax.yaml")]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toMatch(/tax\.yaml:5:.*backtrack/);
  });
});

describe.concurrent("config errors through the real binary", () => {
  beforeAll(() => ensureBuilt());

  it.each(CASES.filter((c) => ["YAML syntax error", "alias bomb", "taxonomy: ReDoS (a+)+"].includes(c.name)))("$name", async (c) => {
    const dir = project(c);
    const r = await runCli(["scan", dir, "--format", "sarif"]);
    expect(r.stderr).not.toMatch(STACK_TRACE);
    expect(r.code, r.stderr).toBe(2);
    expect(oneLine(r.stderr)).toContain(`${path.join(dir, c.file)}:${c.line}:`);
  });

  it("--config naming a file elsewhere is read from there, and its errors name it", async () => {
    const dir = makeTree({ "src/register.ts": LEAK });
    const cfgDir = makeTree({ "custom.yaml": "region: cn\nfirstParty: {hosts: 5}\n" });
    const r = await runCli(["scan", dir, "--config", path.join(cfgDir, "custom.yaml")]);
    expect(r.code).toBe(2);
    expect(oneLine(r.stderr)).toContain(`${path.join(cfgDir, "custom.yaml")}:2:`);
    expect(fs.existsSync(path.join(dir, "pitrace.config.yaml"))).toBe(false);
  });
});
