// The names an engine over part of a tree logs (Engine's ChannelLog): each way files are joined without
// an import must show up as asked for where it is used and given where it is declared, or a split scan
// would analyse the two sides apart and miss the flow between them.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { ChannelLog } from "../../src/engine/engine.js";
import { createEngine, parseAll, prepare, relPath } from "../../src/scan.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-channels-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

async function channelsOf(files: Record<string, string>, outside: string[] = []): Promise<{ root: string; log: ChannelLog }> {
  const root = fs.mkdtempSync(path.join(dir, "p-"));
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    fs.writeFileSync(path.join(root, name), text);
  }
  const prepared = await prepare(root, undefined);
  const parsed = parseAll(prepared, []);
  const log: ChannelLog = { asks: new Set(), provides: new Set() };
  // Files of another group: discovered, but not in this engine.
  const discovered = new Set([...prepared.unitOf.keys(), ...outside.map((f) => path.join(root, f))]);
  const engine = createEngine(prepared, parsed, {}, { channels: log, discovered });
  for (const [f, sf] of parsed) engine.addFile(f, relPath(root, f), sf);
  engine.solve(() => {});
  return { root, log };
}

describe("channels an engine over part of a tree logs", () => {
  it("a global a script sets, and one it reads", async () => {
    const { log } = await channelsOf({
      "js/core.js": "var CRM = window.CRM || {};\nCRM.report = function (v) { console.log(v); };\n",
      "js/page.js": "function go() { Shop.track(document.title); }\ngo();\n",
    });
    expect(log.provides).toContain("cell:%global#CRM");
    expect(log.asks).toContain("cell:%global#Shop");
  });

  it("an interface whose implementers are looked up by name, and a class that implements one", async () => {
    const { log } = await channelsOf({
      "src/use.ts": "import type { UserRepo } from './repo';\nexport function keep(repo: UserRepo, phone: string) { repo.save({ phone }); }\n",
      "src/repo.ts": "export interface UserRepo { save(u: { phone: string }): void }\n",
      "src/audit.ts": "interface AuditSink { write(x: unknown): void }\nexport class ConsoleSink implements AuditSink { write(x: unknown) { console.log(x); } }\n",
    });
    expect(log.asks).toContain("impl:UserRepo");
    expect(log.provides).toContain("impl:AuditSink");
  });

  it("egg.js services named by convention, asked for by ctx.service and given by app/service files", async () => {
    const { log } = await channelsOf({
      "app/controller/home.js": "const { Controller } = require('egg');\nmodule.exports = class Home extends Controller { async index() { const { ctx } = this; await ctx.service.member.find(ctx.query.phone); } };\n",
      "app/service/order.js": "module.exports = class Order { find() {} };\n",
    });
    expect(log.asks).toContain("egg:app/service/member");
    expect(log.provides).toContain("egg:app/service/order");
  });

  it("a Next.js route asks for the middleware files of its app", async () => {
    const { root, log } = await channelsOf({ "web/app/api/signup/route.ts": "export async function POST(req: Request) { console.log(await req.json()); }\n" });
    expect(log.asks).toContain(`file:${path.join(root, "web/middleware.ts")}`);
  });

  it("an import that resolves only to a file outside the engine's files", async () => {
    const { root, log } = await channelsOf({ "src/a.ts": "import { b } from './b';\nexport const a = b;\n" }, ["src/b.ts"]);
    expect(log.asks).toContain(`file:${path.join(root, "src/b.ts")}`);
  });
});
