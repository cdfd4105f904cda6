// Scenario mini-repos (fixtures/flows, fixtures/guards, fixtures/policies):
// each is a tiny project whose sink lines carry CONTRACT §7 labels. One `it`
// per fixture scans it through the public library API and compares the
// findings with the labels by (file, line, rule), plus the labelled
// categories. Failures list the exact "file:line:rule" keys.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { scan } from "../../src/index.js";
import type { ScanResult } from "../../src/index.js";
import { compareFindings, readLabels } from "../helpers/labels.js";

const FIXTURES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures");
const AREAS = ["flows", "guards", "policies"] as const;

function casesOf(area: string): string[] {
  const dir = path.join(FIXTURES, area);
  return readdirSync(dir)
    .filter((name) => statSync(path.join(dir, name)).isDirectory())
    .sort();
}

/** Findings as one line each, for failure messages. */
function describeFindings(result: ScanResult): string[] {
  return result.findings.map(
    (f) => `${f.location.file}:${f.location.line}:${f.ruleId} [${f.categories.join(",")}]${f.recipient ? ` -> ${f.recipient}` : ""}`,
  );
}

const scans = new Map<string, Promise<ScanResult>>();

/** One scan per fixture, shared by the tests that read it. */
function scanOnce(root: string): Promise<ScanResult> {
  let p = scans.get(root);
  if (!p) {
    p = scan({ root });
    scans.set(root, p);
  }
  return p;
}

for (const area of AREAS) {
  describe(`scenarios: ${area}`, () => {
    for (const name of casesOf(area)) {
      const root = path.join(FIXTURES, area, name);

      it(`${area}/${name}`, async () => {
        const labels = await readLabels(root);
        const result = await scanOnce(root);
        const comparison = compareFindings(labels, result.findings);
        const report = [
          `${area}/${name}: labels and findings differ`,
          ...comparison.missing.map((k) => `  missing     ${k}`),
          ...comparison.unexpected.map((k) => `  unexpected  ${k}`),
          ...comparison.categoryMisses.map((k) => `  category    ${k}`),
          "  all findings:",
          ...describeFindings(result).map((f) => `    ${f}`),
        ].join("\n");
        expect(comparison, report).toEqual({ missing: [], unexpected: [], categoryMisses: [] });
      });
    }
  });
}

describe("scenario fixtures are well formed", () => {
  for (const area of AREAS) {
    for (const name of casesOf(area)) {
      const root = path.join(FIXTURES, area, name);
      it(`${area}/${name} has a positive and a negative line`, async () => {
        const labels = await readLabels(root);
        expect(labels.expected.length, "lines labelled `expect: …`").toBeGreaterThan(0);
        expect(labels.none.size, "lines labelled `expect-none`").toBeGreaterThan(0);
        for (const x of labels.expected) {
          expect(x.cats.length, `${x.file}:${x.line}:${x.rule} lists no category`).toBeGreaterThan(0);
        }
      });
    }
  }
});

describe("suppression diagnostics (policies/suppressions)", () => {
  const root = path.join(FIXTURES, "policies", "suppressions");
  const file = "src/audit.ts";
  const lines = readFileSync(path.join(root, file), "utf8").split("\n");
  /** 1-based line numbers of suppression comments matching `re`. */
  const linesOf = (re: RegExp): number[] => lines.flatMap((text, i) => (re.test(text) ? [i + 1] : []));
  /** A diagnostic may sit on the comment or on the line it applies to. */
  const near = (line: number) => [line, line + 1];

  it("reports a suppression without a reason", async () => {
    const result = await scanOnce(root);
    const [comment] = linesOf(/\/\/ pitrace-ignore pi-to-log\s*$/);
    expect(comment).toBeDefined();
    const hits = result.diagnostics.filter(
      (d) => d.code === "suppression-without-reason" && d.location?.file === file && near(comment).includes(d.location.line),
    );
    expect(hits, JSON.stringify(result.diagnostics, null, 2)).toHaveLength(1);
  });

  it("reports suppressions that silence nothing", async () => {
    const result = await scanOnce(root);
    const unused = [
      ...linesOf(/\/\/ pitrace-ignore missing-consent: wrong rule/),
      ...linesOf(/\/\/ pitrace-ignore pi-to-log: only applies to the next line/),
    ];
    expect(unused).toHaveLength(2);
    for (const comment of unused) {
      const hits = result.diagnostics.filter(
        (d) => d.code === "unused-suppression" && d.location?.file === file && near(comment).includes(d.location.line),
      );
      expect(hits, `unused suppression at ${file}:${comment}\n${JSON.stringify(result.diagnostics, null, 2)}`).toHaveLength(1);
    }
  });

  it("does not report the suppressions that are used", async () => {
    const result = await scanOnce(root);
    const used = [
      ...linesOf(/\/\/ pitrace-ignore pi-to-log: support audit log/),
      ...linesOf(/\/\/ pitrace-ignore pi-to-log: fraud team/),
      ...linesOf(/\/\/ pitrace-ignore missing-consent, unlisted-recipient: legacy/),
      ...linesOf(/\/\/ pitrace-ignore unlisted-recipient: Segment contract/),
    ];
    expect(used).toHaveLength(4);
    const noisy = result.diagnostics.filter(
      (d) =>
        (d.code === "unused-suppression" || d.code === "suppression-without-reason") &&
        d.location?.file === file &&
        used.some((l) => d.location?.line === l),
    );
    expect(noisy).toEqual([]);
  });
});
