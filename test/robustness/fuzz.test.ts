// Issue #8, fuzzing: the library scan never throws on arbitrary source text,
// and the CLI, given arbitrary argument lists, exits 0, 1 or 2 and never
// prints a stack trace. Run counts are modest to keep the suite fast.
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { scan } from "../../src/index.js";
import { LEAK, makeTree, runMain, STACK_TRACE } from "./helpers.js";

/** Source-like text: JS tokens glued at random, plus arbitrary strings and junk. */
const token = fc.constantFrom(
  "function", "class", "const", "let", "=>", "(", ")", "{", "}", "[", "]", ";", ",", ".", "?.", "...", "=", "+", "`", "${", "'", '"', "/", "/*", "*/", "//",
  "\n", "\r\n", " ", "user", "email", "phone", "console.log", "fetch", "localStorage.setItem", "import", "export", "from", "require", "await", "async",
  "if", "else", "return", "new", "<div>", "</div>", "<", ">", "@", "#", "\\", "\u2028", "\ufeff", "手机号", "xingming", "0x", "1e", "as", "satisfies",
);
const sourceText = fc.oneof(
  fc.array(token, { maxLength: 200 }).map((t) => t.join("")),
  fc.array(fc.oneof(token, fc.string({ maxLength: 8 })), { maxLength: 120 }).map((t) => t.join(" ")),
  fc.string({ unit: "grapheme", maxLength: 400 }),
  fc.string({ unit: "binary", maxLength: 400 }),
);

describe("fuzz: library scan", () => {
  let root: string;
  beforeAll(() => {
    root = makeTree({ "ok.ts": LEAK });
  });

  it("never throws on arbitrary source text, and still finds the flow in the other file", async () => {
    const ext = fc.constantFrom("ts", "tsx", "js", "jsx", "mjs", "cts");
    await fc.assert(
      fc.asyncProperty(sourceText, ext, async (text, e) => {
        for (const f of fs.readdirSync(root)) if (f.startsWith("gen.")) fs.rmSync(path.join(root, f));
        fs.writeFileSync(path.join(root, `gen.${e}`), text);
        const r = await scan({ root });
        expect(r.findings.some((f) => f.location.file === "ok.ts" && f.location.line === 2)).toBe(true);
        for (const f of r.findings) {
          expect(f.location.line).toBeGreaterThanOrEqual(1);
          expect(Number.isInteger(f.location.column)).toBe(true);
        }
      }),
      { numRuns: 80 },
    );
  });
});

describe("fuzz: CLI arguments", () => {
  let cwd: string;
  beforeAll(() => {
    cwd = makeTree({ "src/a.ts": LEAK, "base.json": '{"version":1,"findings":[]}', "cfg.yaml": "region: cn\n", "bad.yaml": "regoin: x\n" });
  });
  /** Arguments a user (or a shell accident) could plausibly pass, all relative to a temp cwd. */
  const word = fc.oneof(
    fc.constantFrom("scan", "classify", "init", "help", ".", "src", "src/a.ts", "nope", "", " ", "-", "--", "-h", "--help", "-V", "--version", "--debug", "--json", "--force"),
    fc.constantFrom("--format", "--output", "--fail-on", "--config", "--baseline", "--write-baseline", "--changed-since", "--taxonomy", "--format=json", "--fail-on=none", "--output=out.txt"),
    fc.constantFrom("text", "json", "sarif", "markdown", "html", "xml", "error", "warning", "note", "none", "cfg.yaml", "bad.yaml", "base.json", "out.txt", "HEAD", "-x", "email", "手机号"),
    fc.string({ maxLength: 12 }).filter((s) => !s.startsWith("/") && !s.includes("..") && !s.startsWith("~")),
  );
  const command = fc.constantFrom("scan", "scan", "scan", "classify", "init");
  const argv = fc
    .oneof(fc.array(word, { maxLength: 7 }), fc.tuple(command, fc.array(word, { maxLength: 6 })).map(([c, rest]) => [c, ...rest]))
    .filter((a) => !a.includes("lsp"));

  it("exits 0, 1 or 2 and never prints a stack trace", async () => {
    await fc.assert(
      fc.asyncProperty(argv, async (args) => {
        const r = await runMain(args, cwd);
        expect([0, 1, 2], `${JSON.stringify(args)}\n${r.stderr}`).toContain(r.code);
        expect(r.stderr, JSON.stringify(args)).not.toMatch(STACK_TRACE);
        if (r.code === 2 && !/Usage:/.test(r.stderr)) expect(r.stderr.trim().split("\n"), JSON.stringify(args)).toHaveLength(1);
        expect(r.stderr, JSON.stringify(args)).not.toMatch(/pitrace: internal error/);
      }),
      { numRuns: 60 },
    );
  });
});
