// Inline expectation labels (CONTRACT §7), parsed exactly like
// ../shared/tools/score.mjs does, and compared with a scan's findings by
// (file, line, rule).
import { promises as fs } from "node:fs";
import path from "node:path";

export interface ExpectedFinding {
  /** Path relative to the root, with `/` separators. */
  file: string;
  /** 1-based line. */
  line: number;
  rule: string;
  /** Categories the finding must carry (or a child of each). */
  cats: string[];
}

export interface Labels {
  expected: ExpectedFinding[];
  /** "file:line" of `// expect-none` lines. */
  none: Set<string>;
  /** "file:line" of `// expect-any` lines (unscored). */
  any: Set<string>;
}

/** The parts of a finding the comparison reads. */
export interface LabelledFinding {
  ruleId: string;
  location: { file: string; line: number };
  categories: readonly string[];
}

export interface Comparison {
  /** "file:line:rule" labelled but not found. */
  missing: string[];
  /** "file:line:rule" found but not labelled (expect-any lines excepted). */
  unexpected: string[];
  /** "file:line:rule wants CAT, got …" for found findings lacking a labelled category. */
  categoryMisses: string[];
}

const SOURCE = /\.((c|m)?(t|j)sx?|vue)$/;
const LABEL = /\/\/\s*(expect-none|expect-any|expect:)(.*)$/;

async function walk(root: string, rel = ""): Promise<string[]> {
  const out: string[] = [];
  const entries = await fs.readdir(path.join(root, rel), { withFileTypes: true });
  for (const e of entries) {
    if (e.name === "node_modules") continue;
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await walk(root, r)));
    else if (e.isFile()) out.push(r);
  }
  return out;
}

/** Parses the labels of every source file under `root`. */
export async function readLabels(root: string): Promise<Labels> {
  const expected: ExpectedFinding[] = [];
  const none = new Set<string>();
  const any = new Set<string>();
  for (const rel of (await walk(root)).sort()) {
    if (!SOURCE.test(rel)) continue;
    const lines = (await fs.readFile(path.join(root, rel), "utf8")).split("\n");
    lines.forEach((text, i) => {
      const m = LABEL.exec(text);
      if (!m) return;
      const key = `${rel}:${i + 1}`;
      if (m[1] === "expect-none") none.add(key);
      else if (m[1] === "expect-any") any.add(key);
      else
        for (const part of m[2].split(";").map((s) => s.trim()).filter(Boolean)) {
          const [rule, cats = ""] = part.split(/\s+/);
          expected.push({ file: rel, line: i + 1, rule, cats: cats.split(",").filter(Boolean) });
        }
    });
  }
  return { expected, none, any };
}

const covers = (got: ReadonlySet<string>, want: string): boolean => [...got].some((g) => g === want || g.startsWith(`${want}.`));

/** Matches findings to labels by "file:line:rule", as score.mjs scores them. */
export function compareFindings(labels: Labels, findings: readonly LabelledFinding[]): Comparison {
  const found = new Map<string, Set<string>>();
  for (const f of findings) {
    const file = f.location.file.replace(/\\/g, "/").replace(/^\.\//, "");
    const key = `${file}:${f.location.line}:${f.ruleId}`;
    const cats = found.get(key) ?? new Set<string>();
    for (const c of f.categories) cats.add(c);
    found.set(key, cats);
  }
  const missing: string[] = [];
  const categoryMisses: string[] = [];
  const wanted = new Set<string>();
  for (const x of labels.expected) {
    const key = `${x.file}:${x.line}:${x.rule}`;
    wanted.add(key);
    const got = found.get(key);
    if (!got) {
      missing.push(key);
      continue;
    }
    for (const c of x.cats) if (!covers(got, c)) categoryMisses.push(`${key} wants ${c}, got ${[...got].join(",") || "none"}`);
  }
  const unexpected: string[] = [];
  for (const key of found.keys()) {
    if (wanted.has(key)) continue;
    const line = key.split(":").slice(0, 2).join(":");
    if (labels.any.has(line)) continue;
    unexpected.push(key);
  }
  return { missing: missing.sort(), unexpected: unexpected.sort(), categoryMisses: categoryMisses.sort() };
}
