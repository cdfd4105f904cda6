// `partialFingerprints["pitrace/v1"]` / the baseline's fingerprints must not
// change when unrelated lines move: otherwise every refactor turns baselined
// findings into "new" ones and the gate fails for nothing.

import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cleanupTemps, DEMO_SHOP, ensureBuilt, MINI, miniProject, copyProject, runCli, scanJson, tempDir, type JsonFinding } from "./helpers.js";

beforeAll(ensureBuilt);
afterAll(cleanupTemps);

const BLANKS = "\n".repeat(10);
const UNRELATED = `export function formatPrice(cents: number): string {
  const yuan = (cents / 100).toFixed(2);
  console.log('formatting a price');
  return \`¥\${yuan}\`;
}

`;

/** ruleId + file + fingerprint (no line: that is what moves). */
const keys = (findings: readonly JsonFinding[]) => findings.map((f) => `${f.ruleId} ${f.location.file} ${f.fingerprint}`).sort();
const lines = (findings: readonly JsonFinding[]) => findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`).sort();

/** Inserts text before the first line containing needle. */
function insertBefore(text: string, needle: string, insert: string): string {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`"${needle}" not found`);
  const lineStart = text.lastIndexOf("\n", i) + 1;
  return text.slice(0, lineStart) + insert + text.slice(lineStart);
}

describe("fingerprints", () => {
  let original: JsonFinding[];

  beforeAll(async () => {
    original = (await scanJson(miniProject("fp-original"))).report.findings;
    expect(original.length).toBe(3);
  });

  it("survive blank lines inserted above the sinks (same function, same file top)", async () => {
    const dir = miniProject("fp-blanks", {
      "src/users.ts": insertBefore(MINI["src/users.ts"], "logger.info", BLANKS),
      "src/sync.ts": BLANKS + MINI["src/sync.ts"],
    });
    const moved = (await scanJson(dir)).report.findings;
    expect(lines(moved)).not.toEqual(lines(original)); // the sinks did move
    expect(keys(moved)).toEqual(keys(original));
  });

  it("survive a new unrelated function above the sinks, and edits in other files", async () => {
    const dir = miniProject("fp-function", {
      "src/users.ts": insertBefore(MINI["src/users.ts"], "export function welcome", UNRELATED),
      "src/sync.ts": insertBefore(MINI["src/sync.ts"], "export async function", UNRELATED.replace("formatPrice", "formatTotal")),
      "src/types.ts": `// Customer records.\n\n${MINI["src/types.ts"].replace("  id: string;\n", "  id: string;\n  nickname?: string;\n  createdAt: Date;\n")}`,
      "src/log.ts": `// The shared logger.\n${MINI["src/log.ts"]}\nexport const LEVEL = 'info';\n`,
      "src/math.ts": `${MINI["src/math.ts"]}\nexport function sub(a: number, b: number): number {\n  return a - b;\n}\n`,
    });
    const moved = (await scanJson(dir)).report.findings;
    expect(lines(moved)).not.toEqual(lines(original));
    expect(keys(moved)).toEqual(keys(original));
  });

  it("survive line moves in a real project, so its baseline still holds", async () => {
    const dir = copyProject(DEMO_SHOP, "fp-demo");
    const baseline = path.join(tempDir("fp-demo-baseline"), "baseline.json");
    const before = await scanJson(dir, ["--write-baseline", baseline]);
    const all = before.report.findings.map((f) => `${f.ruleId}|${f.fingerprint}`);
    expect(new Set(all).size, "fingerprints are unique within a scan").toBe(all.length);
    const orders = path.join(dir, "src/orders.ts");
    const text = fs.readFileSync(orders, "utf8");
    fs.writeFileSync(orders, insertBefore(insertBefore(text, "export async function placeOrder", UNRELATED), "  logger.info(`order", BLANKS));
    const after = await scanJson(dir, ["--baseline", baseline, "--fail-on", "note"]);
    expect(keys(after.report.findings)).toEqual(keys(before.report.findings));
    expect(after.code).toBe(0);
    expect(after.report.findings.every((f) => f.baselineState === "unchanged")).toBe(true);
    expect(after.report.diagnostics.filter((d) => d.code === "stale-baseline-entry")).toEqual([]);
  });

  it("do not depend on where the project sits on disk or how the command is invoked", async () => {
    const elsewhere = miniProject("fp-where");
    const run = await runCli(["scan", ".", "--format", "json", "--fail-on", "none"], { cwd: elsewhere });
    expect(keys((JSON.parse(run.stdout) as { findings: JsonFinding[] }).findings)).toEqual(keys(original));
  });
});
