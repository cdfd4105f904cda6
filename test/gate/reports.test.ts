// `--format markdown` (the pull-request comment) and `--format html` (the
// artifact a CI job keeps) on real CLI scans.

import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupTemps, CORPUS, copyProject, DEMO_SHOP, ensureBuilt, MINI, miniProject, runCli, scanJson, tempDir, type JsonReport } from "./helpers.js";

interface Rendered {
  name: string;
  json: JsonReport;
  markdown: string;
  html: string;
}

const projects: Rendered[] = [];

async function render(name: string, dir: string): Promise<Rendered> {
  const out = tempDir(`reports-${name}`);
  const run = (format: string) => runCli(["scan", dir, "--format", format, "--output", path.join(out, `r.${format}`), "--fail-on", "none"]);
  const [md, html, { report }] = await Promise.all([run("markdown"), run("html"), scanJson(dir)]);
  expect(md.code, md.stderr).toBe(0);
  expect(html.code, html.stderr).toBe(0);
  return { name, json: report, markdown: fs.readFileSync(path.join(out, "r.markdown"), "utf8"), html: fs.readFileSync(path.join(out, "r.html"), "utf8") };
}

beforeAll(async () => {
  ensureBuilt();
  projects.push(await render("demo-shop", copyProject(DEMO_SHOP, "reports-demo")));
  projects.push(await render("express-shop", copyProject(path.join(CORPUS, "express-shop"), "reports-corpus")));
});
afterAll(cleanupTemps);

/** Rows of the first markdown table whose header starts with `| <first> |`. */
function tableRows(md: string, first: string): string[][] {
  const lines = md.split("\n");
  const start = lines.findIndex((l) => l.startsWith(`| ${first} |`));
  if (start < 0) return [];
  const rows: string[][] = [];
  for (const l of lines.slice(start + 2)) {
    if (!l.startsWith("|")) break;
    rows.push(
      l
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((c) => c.trim()),
    );
  }
  return rows;
}

const unmark = (cell: string) => cell.replace(/^\[([^\]]+)\]\([^)]*\)$/, "$1").replace(/^`+\s?|\s?`+$/g, "");

describe("markdown report", () => {
  it("has a summary table by rule with the finding counts", () => {
    for (const p of projects) {
      const rows = tableRows(p.markdown, "Rule");
      const counts = new Map<string, number>();
      for (const f of p.json.findings) counts.set(f.ruleId, (counts.get(f.ruleId) ?? 0) + 1);
      expect(new Map(rows.map((r) => [unmark(r[0]), Number(r[1])])), p.name).toEqual(counts);
    }
  });

  it("has a summary table by recipient with the findings, rules and categories of each", () => {
    for (const p of projects) {
      const rows = tableRows(p.markdown, "Recipient");
      const third = p.json.findings.filter((f) => f.recipient);
      const expected = new Map<string, number>();
      for (const f of third) expected.set(f.recipient ?? "", (expected.get(f.recipient ?? "") ?? 0) + 1);
      expect(new Map(rows.map((r) => [unmark(r[0]), Number(r[1])])), p.name).toEqual(expected);
      for (const r of rows) {
        const mine = third.filter((f) => f.recipient === unmark(r[0]));
        for (const rule of new Set(mine.map((f) => f.ruleId))) expect(r[2], p.name).toContain(rule);
        for (const cat of new Set(mine.flatMap((f) => f.categories))) expect(r[3], `${p.name} ${r[0]}`).toContain(cat);
      }
    }
  });

  it("shows each finding with its location and every step of its flow", () => {
    for (const p of projects) {
      const section = p.markdown.slice(p.markdown.indexOf("#### Findings"));
      const blocks = section.split(/\n(?=\S+ \*\*(?:error|warning|note)\*\* · )/).slice(1);
      expect(blocks.length, p.name).toBe(p.json.findings.length);
      const unmatched = [...p.json.findings];
      for (const block of blocks) {
        const header = block.split("\n")[0];
        const i = unmatched.findIndex(
          (f) =>
            header.includes(`**${f.severity}**`) &&
            header.includes(`[${f.ruleId}]`) &&
            header.includes(`\`${f.location.file}:${f.location.line}\``) &&
            f.flow.every((s, n) => block.includes(`${n + 1}. \`${s.location.file}:${s.location.line}\``)),
        );
        expect(i, `${p.name}: no finding matches\n${block}`).toBeGreaterThanOrEqual(0);
        unmatched.splice(i, 1);
      }
      expect(unmatched).toEqual([]);
    }
  });
});

describe("html report", () => {
  it("is self-contained: no stylesheet, script or image fetched from the network", () => {
    for (const p of projects) {
      expect(p.html, p.name).toMatch(/^<!doctype html>/i);
      const tags = p.html.match(/<(link|script|img|iframe|object|embed|source|video|audio)\b[^>]*>/gi) ?? [];
      for (const tag of tags) expect(tag, p.name).not.toMatch(/\b(src|href|data|srcset)\s*=\s*["']?\s*(https?:)?\/\//i);
      expect(p.html).not.toMatch(/@import\s+(url\()?["']?(https?:)?\/\//i);
      expect(p.html).not.toMatch(/url\(\s*["']?(https?:)?\/\//i);
    }
  });

  it("contains the recipients inventory: who receives which categories", () => {
    for (const p of projects) {
      expect(p.json.recipients.length, p.name).toBeGreaterThan(0);
      const start = p.html.search(/<h3>Recipients\b/);
      expect(start, p.name).toBeGreaterThan(0);
      const table = p.html.slice(start, p.html.indexOf("</table>", start));
      for (const r of p.json.recipients) {
        const row = table.split(/<tr>/).find((tr) => tr.includes(`>${r.id}<`));
        expect(row, `${p.name}: ${r.id}`).toBeDefined();
        for (const c of r.categories) expect(row, `${p.name}: ${r.id} ${c}`).toContain(c);
      }
    }
  });

  it("lists every finding", () => {
    for (const p of projects) {
      for (const f of p.json.findings) expect(p.html, `${p.name} ${f.ruleId} ${f.location.file}:${f.location.line}`).toContain(`${f.location.file}:${f.location.line}:${f.location.column}`);
    }
  });

  it("escapes the scanned code: markup in a source line stays text in both reports", async () => {
    const dir = miniProject("reports-escape", {
      "src/users.ts": MINI["src/users.ts"].replace("`welcome ${user.email}`", "`<img src=x onerror=alert(1)><script>alert(2)</script> ${user.email}`"),
    });
    const out = tempDir("reports-escape-out");
    const [html, md] = await Promise.all(
      ["html", "markdown"].map(async (format) => {
        const file = path.join(out, `r.${format}`);
        const run = await runCli(["scan", dir, "--format", format, "--output", file, "--fail-on", "none"]);
        expect(run.code, run.stderr).toBe(0);
        return fs.readFileSync(file, "utf8");
      }),
    );
    expect(html).toContain("pi-to-log");
    expect(html).not.toMatch(/<script|<img/i);
    expect(md).not.toMatch(/<script|<img/i);
  });
});

describe("a report on standard output", () => {
  // The CLI writes a report to stdout in slices (src/cli/write-text.ts), as it writes a file:
  // the text must be the one `--output` writes, plus the final newline stdout always gets.
  it("is the text --output writes, in every format", async () => {
    const dir = copyProject(path.join(CORPUS, "express-shop"), "reports-stdout");
    const out = tempDir("reports-stdout-out");
    for (const format of ["text", "json", "sarif", "markdown", "html"]) {
      const file = path.join(out, `r.${format}`);
      const [toFile, toStdout] = await Promise.all([
        runCli(["scan", dir, "--format", format, "--output", file, "--fail-on", "none"]),
        runCli(["scan", dir, "--format", format, "--fail-on", "none"]),
      ]);
      expect(toFile.code, toFile.stderr).toBe(0);
      expect(toStdout.code, toStdout.stderr).toBe(0);
      // Timings differ from run to run; everything else must be equal.
      const stable = (s: string) => s.replace(/"(total|load|parse|index|flows|policies)": \d+/g, '"$1": 0');
      const written = fs.readFileSync(file, "utf8");
      expect(stable(toStdout.stdout), format).toBe(stable(written.endsWith("\n") ? written : `${written}\n`));
    }
  });
});
