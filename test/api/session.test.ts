// The editor session must agree with a fresh scan after any sequence of edits
// (issue #6), and the library API must report progress and honour AbortSignal.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { createSession, scan, type Finding } from "../../src/index.js";

const CORPUS = path.resolve(import.meta.dirname, "../../../shared/corpus");
const DEMO = path.resolve(import.meta.dirname, "../../fixtures/demo-shop");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-session-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

function copyTree(src: string, dst: string): void {
  fs.cpSync(src, dst, { recursive: true, filter: (s) => !s.includes("node_modules") });
}

function listSources(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(ts|tsx|js)$/.test(e.name) && !e.name.endsWith(".d.ts")) out.push(p);
    }
  };
  walk(root);
  return out.sort();
}

const key = (f: Finding) => `${f.location.file}:${f.location.line}:${f.ruleId}:${f.categories.join(",")}:${f.fingerprint}`;

/** Words whose swap turns PI into non-PI, a logger into a plain call, a guard into another call, and back. */
const WORDS = ["email", "phone", "count", "user", "hasConsent", "console.log", "fetch", "name", "idCard"];

/**
 * Edits that add, remove or move flows: delete a line, duplicate a line, insert blank lines, comment a
 * line out, swap two lines, replace one word by another, delete three lines (often breaking the syntax).
 */
function applyEdit(text: string, kind: number, at: number, word: number): string {
  const lines = text.split("\n");
  const i = at % Math.max(1, lines.length);
  switch (kind % 7) {
    case 0:
      lines.splice(i, 1);
      break;
    case 1:
      lines.splice(i, 0, lines[i] ?? "");
      break;
    case 2:
      lines.splice(i, 0, "", "");
      break;
    case 3:
      lines[i] = `// ${lines[i] ?? ""}`;
      break;
    case 4: {
      const j = Math.min(lines.length - 1, i + 1);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      break;
    }
    case 5:
      lines[i] = (lines[i] ?? "").split(WORDS[word % WORDS.length]).join(WORDS[(word >> 3) % WORDS.length]);
      break;
    default:
      lines.splice(i, 3);
  }
  return lines.join("\n");
}

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures");
const apps = fs.existsSync(CORPUS) ? fs.readdirSync(CORPUS, { withFileTypes: true }).filter((e) => e.isDirectory()).map((e) => path.join(CORPUS, e.name)) : [DEMO];
const fixtureApps = ["flows", "guards", "policies"].flatMap((g) => fs.readdirSync(path.join(FIXTURES, g)).map((d) => path.join(FIXTURES, g, d)));

/** Random edit sequences on a copy of `src`; after each sequence the session must equal a fresh scan in every part. */
async function editsMatchFreshScan(src: string, label: string, numRuns: number): Promise<void> {
  const root = path.join(tmp, `edit-${label}`);
  copyTree(src, root);
  const files = listSources(root);
  const session = createSession({ root });
  await fc.assert(
    fc.asyncProperty(fc.array(fc.tuple(fc.nat(files.length - 1), fc.nat(6), fc.nat(500), fc.nat(63)), { minLength: 1, maxLength: 4 }), async (edits) => {
      for (const [fi, kind, at, word] of edits) {
        const file = files[fi];
        const next = applyEdit(fs.readFileSync(file, "utf8"), kind, at, word);
        fs.writeFileSync(file, next);
        session.updateFile(file, next);
      }
      const fresh = await scan({ root });
      const mine = session.result();
      expect(mine.findings.map(key).sort()).toEqual(fresh.findings.map(key).sort());
      // Whole findings (flows, messages, severities), the source inventory, recipients and warnings agree too.
      expect(mine.findings).toEqual(fresh.findings);
      expect(mine.sources).toEqual(fresh.sources);
      expect(mine.recipients).toEqual(fresh.recipients);
      expect(mine.diagnostics).toEqual(fresh.diagnostics);
    }),
    { numRuns, seed: 42 },
  );
  session.dispose();
}

describe("editor session", () => {
  it.each(apps.map((a) => [path.basename(a), a]))("%s: findings after random edits equal a fresh scan", (label, src) => editsMatchFreshScan(src, label, 25));

  it.each(fixtureApps.map((a) => [path.relative(FIXTURES, a), a]))("fixture %s: findings after random edits equal a fresh scan", (label, src) => editsMatchFreshScan(src, label.replace(/\//g, "-"), 8));

  it("answers per file, classifies names, and reloads its config", () => {
    const root = path.join(tmp, "demo-reload");
    copyTree(DEMO, root);
    const session = createSession({ root });
    const all = session.findings();
    expect(all.length).toBeGreaterThan(0);
    expect(session.findings("src/orders.ts").length).toBe(all.length);
    expect(session.findings(path.join(root, "src/types.ts"))).toEqual([]);
    expect(session.classify("shoujihao").categories).toContain("contact.phone");
    expect(all.some((f) => f.ruleId === "cross-border-transfer")).toBe(true);
    fs.writeFileSync(path.join(root, "pitrace.config.yaml"), fs.readFileSync(path.join(root, "pitrace.config.yaml"), "utf8").replace("region: cn\n", ""));
    session.reloadConfig();
    expect(session.findings().some((f) => f.ruleId === "cross-border-transfer")).toBe(false);
    session.dispose();
  });

  it("keeps files outside the projects out, and takes in a new file once it is on disk", () => {
    const root = path.join(tmp, "demo-includes");
    copyTree(DEMO, root);
    const session = createSession({ root });
    const before = session.findings().length;
    const leak = 'import type { Customer } from "../src/types.js";\nexport function leak(c: Customer): void {\n  console.log(c.email);\n}\n';
    // dist/ is outside the tsconfig's include: opening a file there adds nothing.
    fs.mkdirSync(path.join(root, "dist"));
    fs.writeFileSync(path.join(root, "dist", "leak.ts"), leak);
    expect(session.includes("dist/leak.ts")).toBe(false);
    session.updateFile("dist/leak.ts", leak);
    expect(session.findings().length).toBe(before);
    expect(session.includes("src/orders.ts")).toBe(true);
    expect(session.includes("README.md")).toBe(false);
    // A file the editor created but has not saved is not in any project yet…
    const fresh = leak.replace("../src/types.js", "./types.js");
    session.updateFile("src/leak.ts", fresh);
    expect(session.findings("src/leak.ts")).toEqual([]);
    // …and joins once it is on disk.
    fs.writeFileSync(path.join(root, "src", "leak.ts"), fresh);
    session.updateFile("src/leak.ts", fresh);
    expect(session.findings("src/leak.ts").map((f) => f.ruleId)).toContain("pi-to-log");
    session.dispose();
  });

  it("re-checks the routes a Next.js middleware guards when it is removed or added", () => {
    const root = path.join(tmp, "next-middleware");
    copyTree(path.join(FIXTURES, "guards/next-middleware"), root);
    const mw = path.join(root, "middleware.ts");
    const text = fs.readFileSync(mw, "utf8");
    const session = createSession({ root });
    const unguarded = () => session.findings().filter((f) => f.ruleId === "missing-consent").map((f) => f.location.file).sort();
    expect(unguarded()).toEqual(["app/api/feedback/route.ts"]);
    fs.rmSync(mw);
    session.removeFile(mw);
    expect(unguarded()).toHaveLength(5);
    fs.writeFileSync(mw, text);
    session.updateFile(mw, text);
    expect(unguarded()).toEqual(["app/api/feedback/route.ts"]);
    session.dispose();
  });

  it("analyses a Vue component's edited buffer, and agrees with a fresh scan", async () => {
    const root = path.join(tmp, "vue-sfc");
    copyTree(path.resolve(import.meta.dirname, "../../fixtures/flows/vue-sfc"), root);
    const session = createSession({ root });
    const file = "src/views/Profile.vue";
    expect(session.findings(file).map((f) => f.location.line)).toEqual([21]);
    const text = fs.readFileSync(path.join(root, file), "utf8");
    const edited = text.replace("<template>", "<template>\n  <p>新的一行</p>").replace("this.theme) // expect-none", "this.form.shoujihao) // now logged");
    session.updateFile(file, edited);
    const lines = session.findings(file).map((f) => `${f.location.line}:${f.ruleId}`);
    expect(lines).toEqual(["22:pi-in-client-storage", "23:pi-to-log"]);
    fs.writeFileSync(path.join(root, file), edited);
    expect(session.findings().map(key).sort()).toEqual((await scan({ root })).findings.map(key).sort());
    session.dispose();
  });

  it("re-analyses the readers of a library member when its augmentation changes", async () => {
    const root = path.join(tmp, "augments");
    copyTree(path.join(FIXTURES, "flows/library-results"), root);
    const decl = path.join(root, "src/augmented-types.d.ts");
    const text = fs.readFileSync(decl, "utf8");
    const session = createSession({ root });
    const memberLogged = () => session.findings("src/augmented-request.ts").some((f) => f.location.line === 29);
    expect(memberLogged()).toBe(true);
    // The member's type loses its PI fields: the handler that logs it is analysed again.
    const edited = text.replace("member?: { memberId: string; shouji: string };", "member?: { tier: number };");
    fs.writeFileSync(decl, edited);
    session.updateFile(decl, edited);
    expect(memberLogged()).toBe(false);
    expect(session.findings().map(key).sort()).toEqual((await scan({ root })).findings.map(key).sort());
    fs.writeFileSync(decl, text);
    session.updateFile(decl, text);
    expect(memberLogged()).toBe(true);
    session.dispose();
  });

  it("a removed file stops contributing findings", () => {
    const root = path.join(tmp, "demo-remove");
    copyTree(DEMO, root);
    const session = createSession({ root });
    expect(session.findings().length).toBeGreaterThan(0);
    session.removeFile("src/orders.ts");
    expect(session.findings()).toEqual([]);
    session.dispose();
  });
});

describe("scan()", () => {
  it("reports progress through every phase", async () => {
    const phases = new Set<string>();
    await scan({ root: DEMO, onProgress: (e) => phases.add(e.phase) });
    expect([...phases]).toEqual(expect.arrayContaining(["load", "parse", "index", "flows", "policies"]));
  });

  it("rejects with an AbortError when cancelled", async () => {
    const ctl = new AbortController();
    ctl.abort();
    await expect(scan({ root: DEMO, signal: ctl.signal })).rejects.toMatchObject({ name: "AbortError" });
  });

  it("accepts a config object instead of a file", async () => {
    const result = await scan({ root: DEMO, config: { firstParty: { hosts: [] }, contractors: [], consent: { guards: [] }, sanitizers: [], exclude: [] } });
    expect(result.findings.some((f) => f.ruleId === "missing-consent")).toBe(true);
    expect(result.findings.some((f) => f.ruleId === "cross-border-transfer")).toBe(false);
  });
});
