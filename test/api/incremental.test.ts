// Incremental analysis (issue #6): an edit re-analyses the edited file's units
// and the units that depend on them, nothing else, and the result equals a
// fresh analysis of the edited project.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/engine.js";
import type { ScanResult } from "../../src/model/finding.js";
import { analyse, createEngine, parseAll, parseFile, prepareSync, relPath, report, type Prepared } from "../../src/scan.js";

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-incremental-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

const SERVICES = 12;

/** types.ts ← every service; log.ts (a logging helper) ← every service's handler; services import nothing else. */
function writeProject(root: string): void {
  const src = path.join(root, "src");
  fs.mkdirSync(src, { recursive: true });
  fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ compilerOptions: { strict: true }, include: ["src"] }));
  fs.writeFileSync(path.join(src, "types.ts"), "export interface User {\n  email: string;\n  phone: string;\n  nickname: string;\n}\n");
  fs.writeFileSync(path.join(src, "log.ts"), 'export function audit(message: string, data: unknown): void {\n  console.log(message, data);\n}\n');
  for (let i = 0; i < SERVICES; i++) {
    fs.writeFileSync(
      path.join(src, `service${i}.ts`),
      [
        'import { audit } from "./log";',
        'import type { User } from "./types";',
        `export function handle${i}(user: User): void {`,
        '  audit("handled", user.email);',
        "}",
        `export function count${i}(n: number): number {`,
        "  return n + 1;",
        "}",
        "",
      ].join("\n"),
    );
  }
}

interface Live {
  prepared: Prepared;
  files: Map<string, ReturnType<typeof parseFile>>;
  engine: Engine;
}

function open(root: string): Live {
  const prepared = prepareSync(root, undefined);
  const files = parseAll(prepared, []);
  const engine = createEngine(prepared, files, { incremental: true });
  for (const [f, sf] of files) engine.addFile(f, relPath(root, f), sf);
  engine.solve();
  return { prepared, files, engine };
}

/** Apply an edit to the live engine; returns how many units it re-analysed and the new result. */
function edit(live: Live, file: string, text: string): { analysed: number; result: ScanResult } {
  fs.writeFileSync(file, text);
  const sf = parseFile(file, text);
  live.files.set(file, sf);
  const before = live.engine.analysed;
  live.engine.updateFile(file, relPath(live.prepared.root, file), sf);
  live.engine.solve();
  const analysed = live.engine.analysed - before;
  const t = performance.now();
  const result = report(live.engine, { prepared: live.prepared, files: live.files, diagnostics: [], timings: { load: 0, parse: 0 } }, { start: t, indexed: t });
  return { analysed, result };
}

function fresh(root: string): ScanResult {
  const prepared = prepareSync(root, undefined);
  const files = parseAll(prepared, []);
  return analyse({ prepared, files, diagnostics: [], timings: { load: 0, parse: 0 } });
}

const liveUnits = (e: Engine, file?: string) => e.units.filter((u) => !u.dead && (!file || u.file.path === file)).length;
const strip = (r: ScanResult) => ({ findings: r.findings, sources: r.sources, recipients: r.recipients });

describe("incremental analysis", () => {
  it("an edit to a file nothing depends on re-analyses only that file's units", () => {
    const root = path.join(tmp, "leaf");
    writeProject(root);
    const live = open(root);
    const file = path.join(root, "src", "service3.ts");
    const before = live.engine.analysed;
    expect(before).toBeGreaterThanOrEqual(liveUnits(live.engine));
    const { analysed, result } = edit(live, file, fs.readFileSync(file, "utf8").replace("user.email", "user.phone"));
    expect(analysed).toBe(liveUnits(live.engine, file));
    expect(analysed).toBeLessThan(liveUnits(live.engine) / 5);
    expect(result.findings.some((f) => f.categories.includes("contact.phone"))).toBe(true);
    expect(strip(result)).toEqual(strip(fresh(root)));
  });

  it("keeps no node of a replaced text alive (long editor sessions do not grow with every edit)", () => {
    const root = path.join(tmp, "memory");
    writeProject(root);
    const live = open(root);
    const file = path.join(root, "src", "service1.ts");
    const oldTrees = [live.files.get(file)!];
    for (let i = 0; i < 3; i++) {
      edit(live, file, fs.readFileSync(file, "utf8") + `\nexport const v${i} = ${i};\n`);
      oldTrees.push(live.files.get(file)!);
    }
    oldTrees.pop(); // the current text
    const held = new Set<unknown>([...live.engine.units.map((u) => u.node.getSourceFile()), ...live.engine.units.map((u) => u.file.sf), ...live.engine.sources.map((s) => s.node.getSourceFile())]);
    for (const t of oldTrees) expect(held.has(t)).toBe(false);
    expect(live.engine.units.filter((u) => u.dead).length).toBeGreaterThan(0);
  });

  it("an edit to a helper re-analyses it and its callers, not the rest", () => {
    const root = path.join(tmp, "helper");
    writeProject(root);
    const live = open(root);
    const file = path.join(root, "src", "log.ts");
    const findingsBefore = fresh(root).findings.length;
    const { analysed, result } = edit(live, file, "export function audit(message: string, data: unknown): void {\n  void message;\n  void data;\n}\n");
    // log.ts's units, plus each service's handler (it calls audit); not the services' other functions or module bodies.
    expect(analysed).toBe(liveUnits(live.engine, file) + SERVICES);
    expect(result.findings.length).toBeLessThan(findingsBefore);
    expect(strip(result)).toEqual(strip(fresh(root)));
  });

  it("an edit to a type declaration reaches the code typed with it", () => {
    const root = path.join(tmp, "types");
    writeProject(root);
    const live = open(root);
    const file = path.join(root, "src", "types.ts");
    const { result } = edit(live, file, "export interface User {\n  mail: string;\n  phone: string;\n}\n");
    expect(strip(result)).toEqual(strip(fresh(root)));
    const back = edit(live, file, "export interface User {\n  email: string;\n  phone: string;\n}\n");
    expect(back.result.findings.length).toBeGreaterThan(0);
    expect(strip(back.result)).toEqual(strip(fresh(root)));
  });

  it("module variables and class fields written from several files are recomputed when one writer changes", () => {
    const root = path.join(tmp, "cells");
    fs.mkdirSync(path.join(root, "src"), { recursive: true });
    fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ include: ["src"] }));
    fs.writeFileSync(path.join(root, "src", "store.ts"), "export class Store {\n  last: unknown = null;\n  flush(): void {\n    console.log(this.last);\n  }\n}\nexport const store = new Store();\n");
    fs.writeFileSync(path.join(root, "src", "a.ts"), 'import { store } from "./store";\nexport function a(email: string): void {\n  store.last = email;\n}\n');
    fs.writeFileSync(path.join(root, "src", "b.ts"), 'import { store } from "./store";\nexport function b(count: number): void {\n  store.last = count;\n}\n');
    const live = open(root);
    expect(fresh(root).findings.some((f) => f.categories.includes("contact.email"))).toBe(true);
    const a = path.join(root, "src", "a.ts");
    const gone = edit(live, a, 'import { store } from "./store";\nexport function a(count: number): void {\n  store.last = count;\n}\n');
    expect(gone.result.findings.some((f) => f.categories.includes("contact.email"))).toBe(false);
    expect(strip(gone.result)).toEqual(strip(fresh(root)));
    const b = path.join(root, "src", "b.ts");
    const back = edit(live, b, 'import { store } from "./store";\nexport function b(phone: string): void {\n  store.last = phone;\n}\n');
    expect(back.result.findings.some((f) => f.categories.includes("contact.phone"))).toBe(true);
    expect(strip(back.result)).toEqual(strip(fresh(root)));
  });

  it("a router mounted behind a guard in another file, and unmounted again, guards its routes only while mounted", () => {
    const root = path.join(tmp, "mounts");
    fs.mkdirSync(path.join(root, "src"), { recursive: true });
    fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ include: ["src"] }));
    fs.writeFileSync(path.join(root, "pitrace.config.yaml"), "consent:\n  guards:\n    - name: requireConsent\n");
    fs.writeFileSync(
      path.join(root, "src", "reports.ts"),
      'import { Router } from "express";\nimport mixpanel from "mixpanel";\nexport const reports = Router();\nreports.post("/r", (req, res) => {\n  mixpanel.track("r", { phone: req.body.phone });\n  res.end();\n});\n',
    );
    const app = path.join(root, "src", "app.ts");
    const unmounted = 'import express from "express";\nimport { reports } from "./reports";\ndeclare function requireConsent(req: unknown, res: unknown, next: () => void): void;\nconst app = express();\napp.use("/reports", reports);\n';
    fs.writeFileSync(app, unmounted);
    const live = open(root);
    const before = fresh(root).findings.filter((f) => f.ruleId === "missing-consent").length;
    expect(before).toBe(1);
    const mounted = edit(live, app, unmounted.replace('app.use("/reports", reports)', 'app.use("/reports", requireConsent, reports)'));
    expect(mounted.result.findings.filter((f) => f.ruleId === "missing-consent")).toEqual([]);
    expect(strip(mounted.result)).toEqual(strip(fresh(root)));
    const back = edit(live, app, unmounted);
    expect(back.result.findings.filter((f) => f.ruleId === "missing-consent").length).toBe(1);
    expect(strip(back.result)).toEqual(strip(fresh(root)));
  });

  it("a class added in another file is dispatched to through its interface", () => {
    const root = path.join(tmp, "dispatch");
    fs.mkdirSync(path.join(root, "src"), { recursive: true });
    fs.writeFileSync(path.join(root, "tsconfig.json"), JSON.stringify({ include: ["src"] }));
    fs.writeFileSync(path.join(root, "src", "sender.ts"), "export interface Sender {\n  send(to: string): void;\n}\n");
    fs.writeFileSync(path.join(root, "src", "use.ts"), 'import type { Sender } from "./sender";\nexport function notify(s: Sender, phone: string): void {\n  s.send(phone);\n}\n');
    fs.writeFileSync(path.join(root, "src", "impl.ts"), "export const nothing = 1;\n");
    const live = open(root);
    expect(fresh(root).findings).toEqual([]);
    const impl = path.join(root, "src", "impl.ts");
    const { result } = edit(live, impl, 'import type { Sender } from "./sender";\nexport class LogSender implements Sender {\n  send(to: string): void {\n    console.log(to);\n  }\n}\n');
    expect(result.findings.length).toBeGreaterThan(0);
    expect(strip(result)).toEqual(strip(fresh(root)));
  });

  it("a unit over its analysis time budget is reported by name, and still analysed", () => {
    const root = path.join(tmp, "budget");
    writeProject(root);
    const prepared = prepareSync(root, undefined);
    const files = parseAll(prepared, []);
    // A budget below zero makes every unit "slow": the warning path, without timing anything.
    const engine = createEngine(prepared, files, { unitBudgetMs: -1 });
    for (const [f, sf] of files) engine.addFile(f, relPath(root, f), sf);
    engine.solve();
    const t = performance.now();
    const result = report(engine, { prepared, files, diagnostics: [], timings: { load: 0, parse: 0 } }, { start: t, indexed: t });
    const slow = result.diagnostics.filter((d) => d.code === "file-timeout");
    expect(slow.length).toBe(liveUnits(engine));
    expect(slow.some((d) => d.location?.file === "src/service3.ts" && /analysing handle3 took .* it was analysed in full/.test(d.message))).toBe(true);
    expect(result.findings).toEqual(fresh(root).findings);
  });
});
