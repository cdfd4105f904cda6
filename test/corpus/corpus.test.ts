// The development corpus (../shared/corpus): precision and recall per rule
// must stay at or above the issues' thresholds. Scored like
// ../shared/tools/score.mjs: labels are stripped into a temporary copy first,
// so the scanner never sees them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { scan } from "../../src/index.js";

const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus");
const LABEL = /\/\/\s*(expect-none|expect-any|expect:)(.*)$/;
const SOURCE = /\.(c|m)?(t|j)sx?$/;

interface Tally {
  tp: number;
  fp: number;
  fn: number;
}

function copyStripped(src: string, dst: string, expected: Map<string, string[]>, anyLines: Set<string>, rel = ""): void {
  for (const e of fs.readdirSync(path.join(src, rel), { withFileTypes: true })) {
    if (e.name === "node_modules") continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      fs.mkdirSync(path.join(dst, r), { recursive: true });
      copyStripped(src, dst, expected, anyLines, r);
      continue;
    }
    const text = fs.readFileSync(path.join(src, r), "utf8");
    if (!SOURCE.test(r)) {
      fs.writeFileSync(path.join(dst, r), text);
      continue;
    }
    const lines = text.split("\n").map((line, i) => {
      const m = LABEL.exec(line);
      if (!m) return line;
      if (m[1] === "expect-any") anyLines.add(`${r}:${i + 1}`);
      if (m[1] === "expect:")
        for (const part of m[2].split(";").map((s) => s.trim()).filter(Boolean)) {
          const [rule, cats = ""] = part.split(/\s+/);
          expected.set(`${r}:${i + 1}:${rule}`, cats.split(",").filter(Boolean));
        }
      return line.slice(0, m.index).trimEnd();
    });
    fs.writeFileSync(path.join(dst, r), lines.join("\n"));
  }
}

const hasCorpus = fs.existsSync(CORPUS);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-corpus-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe.skipIf(!hasCorpus)("development corpus", () => {
  it("meets the precision and recall thresholds per rule", async () => {
    const perRule = new Map<string, Tally>();
    const bump = (rule: string, k: keyof Tally) => {
      const t = perRule.get(rule) ?? { tp: 0, fp: 0, fn: 0 };
      t[k]++;
      perRule.set(rule, t);
    };
    const misses: string[] = [];
    let catOk = 0;
    let catAll = 0;
    for (const app of fs.readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => e.name)) {
      const dst = path.join(tmp, app);
      fs.mkdirSync(dst, { recursive: true });
      const expected = new Map<string, string[]>();
      const anyLines = new Set<string>();
      copyStripped(path.join(CORPUS, app), dst, expected, anyLines);
      const result = await scan({ root: dst });
      const found = new Map<string, string[]>();
      for (const f of result.findings) found.set(`${f.location.file}:${f.location.line}:${f.ruleId}`, f.categories);
      for (const [key, cats] of expected) {
        const got = found.get(key);
        if (!got) {
          bump(key.split(":")[2], "fn");
          misses.push(`FN ${app}/${key}`);
          continue;
        }
        bump(key.split(":")[2], "tp");
        for (const c of cats) {
          catAll++;
          if (got.some((g) => g === c || g.startsWith(`${c}.`))) catOk++;
          else misses.push(`CAT ${app}/${key} wants ${c}, got ${got.join(",")}`);
        }
      }
      for (const key of found.keys()) {
        if (expected.has(key) || anyLines.has(key.split(":").slice(0, 2).join(":"))) continue;
        bump(key.split(":")[2], "fp");
        misses.push(`FP ${app}/${key}`);
      }
    }
    const table = [...perRule].map(([rule, t]) => ({ rule, ...t, precision: t.tp / Math.max(1, t.tp + t.fp), recall: t.tp / Math.max(1, t.tp + t.fn) }));
    // Printed so a failing run shows what moved.
    console.log(table.map((r) => `${r.rule.padEnd(26)} tp ${r.tp} fp ${r.fp} fn ${r.fn} p ${r.precision.toFixed(2)} r ${r.recall.toFixed(2)}`).join("\n"), `\ncategories ${catOk}/${catAll}\n${misses.join("\n")}`);
    for (const r of table) {
      expect.soft(r.precision, `${r.rule} precision`).toBeGreaterThanOrEqual(0.9);
      expect.soft(r.recall, `${r.rule} recall`).toBeGreaterThanOrEqual(0.85);
    }
    expect(catOk / Math.max(1, catAll)).toBeGreaterThanOrEqual(0.9);
  });
});
