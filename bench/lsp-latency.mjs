#!/usr/bin/env node
// Edit-to-diagnostics latency of `pitrace lsp --stdio` on a generated
// 100-file project: open one file, then N times apply an edit that adds or
// removes a flow to a logger, and time didChange → the publishDiagnostics for
// that document version. Between edits the "user" pauses (--pause, default
// 300 ms, not timed), as after pasting or deleting a line; --pause 0 sends the
// edits back to back, so that each one lands in the previous one's debounce
// window and waits it out (the figure for the tail of a typing burst).
//
// On Linux it also reports the server's CPU time per edit (from /proc), which
// stays meaningful on a busy machine where wall time does not. --warmup edits
// (default 3) run first and are not counted: an editor session is warm.
//
//   npm run build && node bench/lsp-latency.mjs [--files 100] [--iterations 30] [--warmup 3] [--pause 300] [--debounce 150] [--keep]
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { clearTimeout, setTimeout } from "node:timers";
import { fileURLToPath, pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from "vscode-jsonrpc/node";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { values: opts } = parseArgs({
  options: {
    files: { type: "string", default: "100" },
    iterations: { type: "string", default: "30" },
    debounce: { type: "string" },
    pause: { type: "string", default: "300" },
    warmup: { type: "string", default: "3" },
    keep: { type: "boolean", default: false },
  },
});
const FILES = Number(opts.files);
const ITERATIONS = Number(opts.iterations);
const PAUSE_MS = Number(opts.pause);
const WARMUP = Number(opts.warmup);
const CLK_TCK = 100; // USER_HZ on Linux

/** User + system CPU milliseconds of a process so far (Linux), or undefined. */
function cpuMs(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLK_TCK;
  } catch {
    return undefined;
  }
}

if (!fs.existsSync(path.join(repo, "dist/cli/main.js"))) {
  process.stderr.write("bench/lsp-latency: dist/ is missing; run `npm run build` first\n");
  process.exit(2);
}

// ---------------------------------------------------------------- project

const TYPES = 10;
const LIB = ["logger", "consent", "mask", "http", "settings"];
const UTILS = 15;
const SERVICES = Math.max(1, FILES - TYPES - LIB.length - UTILS);

function write(root, rel, text) {
  const file = path.join(root, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

function typeFile(i) {
  return `// Domain types, module ${i}.
export interface Address${i} {
  province: string;
  city: string;
  street: string;
  postcode: string;
}

export interface Customer${i} {
  id: string;
  name: string;
  phone: string;
  email: string;
  idCardNo: string;
  birthday: string;
  address: Address${i};
  createdAt: Date;
}

export interface Order${i} {
  orderId: string;
  customerId: string;
  total: number;
  currency: "CNY" | "USD";
  items: { sku: string; quantity: number; price: number }[];
  shippingAddress: Address${i};
  status: "new" | "paid" | "shipped";
}

export interface Device${i} {
  deviceId: string;
  imei?: string;
  os: string;
  appVersion: string;
}
`;
}

const LIB_FILES = {
  logger: `import winston from "winston";

export const logger = winston.createLogger({
  level: process.env.LOG_LEVEL ?? "info",
  transports: [new winston.transports.Console()],
});
`,
  consent: `const granted = new Map<string, Set<string>>();

export function hasConsent(userId: string, purpose: string): boolean {
  return granted.get(userId)?.has(purpose) ?? false;
}

export function grantConsent(userId: string, purpose: string): void {
  const set = granted.get(userId) ?? new Set<string>();
  set.add(purpose);
  granted.set(userId, set);
}
`,
  mask: `export function maskPhone(phone: string): string {
  return phone.replace(/^(\\d{3})\\d{4}(\\d{4})$/, "$1****$2");
}

export function redact(_value: unknown): string {
  return "[redacted]";
}
`,
  http: `import axios from "axios";

export const api = axios.create({ baseURL: "https://api.example.cn", timeout: 5000 });

export async function getJson<T>(url: string): Promise<T> {
  const res = await api.get<T>(url);
  return res.data;
}
`,
  settings: `export const settings = {
  region: "cn",
  pageSize: 20,
  retries: 3,
  features: { recommendations: true, coupons: false },
};
`,
};

function utilFile(i) {
  const t = i % TYPES;
  return `import { logger } from "../lib/logger.js";
import type { Customer${t}, Order${t} } from "../types/domain-${t}.js";

export function audit${i}(actorId: string, action: string): void {
  logger.info("audit", { actorId, action, at: Date.now() });
}

export function orderSummary${i}(order: Order${t}): string {
  const count = order.items.reduce((n, item) => n + item.quantity, 0);
  return \`\${order.orderId}: \${count} items, \${order.total} \${order.currency}\`;
}

export function displayName${i}(customer: Customer${t}): string {
  return customer.name.trim() || "customer";
}

export function chunk${i}<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let k = 0; k < items.length; k += size) out.push(items.slice(k, k + size));
  return out;
}
`;
}

/** The line the benchmark toggles lives in service 0. */
const FLOW_ON = "    logger.info(`notification sent to ${customer.email}`);";
const FLOW_OFF = '    logger.info("notification sent");';

function serviceFile(i) {
  const t = i % TYPES;
  const u = i % UTILS;
  const third = i % 4 === 0; // some services talk to third parties
  return `import axios from "axios";
import { Analytics } from "@segment/analytics-node";
import { logger } from "../lib/logger.js";
import { hasConsent } from "../lib/consent.js";
import { maskPhone } from "../lib/mask.js";
import { api } from "../lib/http.js";
import { settings } from "../lib/settings.js";
import type { Customer${t}, Device${t}, Order${t} } from "../types/domain-${t}.js";
import { audit${u}, displayName${u}, orderSummary${u} } from "../util/util-${u}.js";

const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? "" });

export class Service${i} {
  private readonly cache = new Map<string, Order${t}>();

  async register(customer: Customer${t}, device: Device${t}): Promise<void> {
    logger.info(\`registering \${maskPhone(customer.phone)} on \${device.os}\`);
    await api.post("/customers", { name: customer.name, phone: customer.phone, address: customer.address });
    if (hasConsent(customer.id, "analytics")) {
      analytics.identify({ userId: customer.id, traits: { email: customer.email } });
    }
    audit${u}(customer.id, "register");
  }

  async placeOrder(customer: Customer${t}, order: Order${t}): Promise<string> {
    this.cache.set(order.orderId, order);
    logger.info("order placed", { summary: orderSummary${u}(order), pageSize: settings.pageSize });
    const res = await api.post<{ id: string }>("/orders", order);
    ${third ? "await axios.post(\"https://hooks.partner-crm.com/orders\", { customer: customer.email, total: order.total });" : "audit" + u + "(customer.id, \"order\");"}
    return res.data.id;
  }

  notify(customer: Customer${t}): void {
    const greeting = \`Hello \${displayName${u}(customer)}\`;
    void greeting;
${i === 0 ? FLOW_ON : "    logger.debug(\"notification queued\");"}
  }

  cached(orderId: string): Order${t} | undefined {
    return this.cache.get(orderId);
  }
}
`;
}

function makeProject() {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-lsp-bench-")));
  write(root, "package.json", JSON.stringify({ name: "bench-shop", private: true, type: "module", dependencies: { axios: "^1.7.0", winston: "^3.13.0", "@segment/analytics-node": "^2.1.0" } }, null, 2));
  write(root, "tsconfig.json", JSON.stringify({ compilerOptions: { target: "ES2022", module: "NodeNext", strict: true }, include: ["src"] }, null, 2));
  write(root, "pitrace.config.yaml", `firstParty:
  hosts: ["api.example.cn", "*.example.cn"]
contractors:
  - name: Segment
    packages: ["@segment/analytics-node"]
    hosts: ["api.segment.io"]
    region: overseas
consent:
  guards:
    - name: hasConsent
sanitizers: [maskPhone, redact]
`);
  for (let i = 0; i < TYPES; i++) write(root, `src/types/domain-${i}.ts`, typeFile(i));
  for (const name of LIB) write(root, `src/lib/${name}.ts`, LIB_FILES[name]);
  for (let i = 0; i < UTILS; i++) write(root, `src/util/util-${i}.ts`, utilFile(i));
  for (let i = 0; i < SERVICES; i++) write(root, `src/services/service-${String(i).padStart(3, "0")}.ts`, serviceFile(i));
  return root;
}

// ---------------------------------------------------------------- client

function median(sorted) {
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function percentile(sorted, p) {
  const idx = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[idx];
}

async function main() {
  const root = makeProject();
  const file = path.join(root, "src/services/service-000.ts");
  const uri = pathToFileURL(file).href;
  const withFlow = fs.readFileSync(file, "utf8");
  const withoutFlow = withFlow.replace(FLOW_ON, FLOW_OFF);
  const flowLine = withFlow.split("\n").indexOf(FLOW_ON);

  const child = spawn(process.execPath, [path.join(repo, "bin/pitrace.js"), "lsp", "--stdio"], { cwd: root, stdio: "pipe" });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const waiters = [];
  conn.onNotification("textDocument/publishDiagnostics", (p) => {
    const now = performance.now();
    for (const w of [...waiters]) {
      if (w.match(p)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve({ p, at: now });
      }
    }
  });
  conn.onNotification("window/showMessage", (p) => process.stderr.write(`server: ${p.message}\n`));
  conn.onNotification("window/logMessage", () => undefined);
  conn.onRequest("client/registerCapability", () => null);
  conn.listen();
  child.on("exit", (code) => {
    if (code !== 0) {
      process.stderr.write(`bench/lsp-latency: the server exited with ${code}\n${stderr}`);
      process.exit(1);
    }
  });
  const published = (match, what) =>
    new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}\n${stderr}`)), 60_000);
      waiters.push({ match, resolve: (v) => (clearTimeout(timer), resolve(v)) });
    });
  const hasFlow = (p) => p.diagnostics.some((d) => d.code === "pi-to-log" && d.range.start.line === flowLine);

  let t = performance.now();
  const rootUri = pathToFileURL(root).href;
  const initializationOptions = opts.debounce !== undefined ? { debounceMs: Number(opts.debounce) } : undefined;
  await conn.sendRequest("initialize", { processId: process.pid, rootUri, workspaceFolders: [{ uri: rootUri, name: "bench" }], capabilities: {}, initializationOptions });
  const initMs = performance.now() - t;
  await conn.sendNotification("initialized", {});

  t = performance.now();
  let version = 1;
  const opened = published((p) => p.uri === uri, "diagnostics on open");
  await conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "typescript", version, text: withFlow } });
  const first = await opened;
  const openMs = first.at - t;
  if (!hasFlow(first.p)) throw new Error(`no pi-to-log on line ${flowLine + 1} of service-000.ts after open: ${JSON.stringify(first.p.diagnostics.map((d) => [d.code, d.range.start.line]))}`);

  const times = [];
  const cpuTimes = [];
  let flowPresent = true;
  for (let i = 0; i < WARMUP + ITERATIONS; i++) {
    if (PAUSE_MS > 0) await new Promise((r) => setTimeout(r, PAUSE_MS));
    const text = flowPresent ? withoutFlow : withFlow;
    const v = ++version;
    const expectFlow = !flowPresent;
    const done = published((p) => p.uri === uri && p.version === v, `diagnostics for version ${v}`);
    const cpuBefore = cpuMs(child.pid);
    const start = performance.now();
    await conn.sendNotification("textDocument/didChange", { textDocument: { uri, version: v }, contentChanges: [{ text }] });
    const { p, at } = await done;
    const cpuAfter = cpuMs(child.pid);
    if (hasFlow(p) !== expectFlow) throw new Error(`edit ${i + 1}: expected the flow to be ${expectFlow ? "reported" : "gone"}`);
    if (i >= WARMUP) {
      times.push(at - start);
      if (cpuBefore !== undefined && cpuAfter !== undefined) cpuTimes.push(cpuAfter - cpuBefore);
    }
    flowPresent = expectFlow;
  }

  await conn.sendRequest("shutdown");
  await conn.sendNotification("exit");
  await new Promise((r) => child.once("exit", r));
  conn.dispose();
  if (!opts.keep) fs.rmSync(root, { recursive: true, force: true });

  const sorted = [...times].sort((a, b) => a - b);
  const cpuSorted = [...cpuTimes].sort((a, b) => a - b);
  const fmt = (ms) => `${ms.toFixed(1)} ms`;
  const fileCount = TYPES + LIB.length + UTILS + SERVICES;
  process.stdout.write(
    [
      `pitrace lsp latency: ${fileCount} files, ${ITERATIONS} edits (add/remove a flow), ${PAUSE_MS} ms pause between edits, debounce ${opts.debounce ?? "default (150 ms)"}`,
      `  initialize ${fmt(initMs)}, first diagnostics after open ${fmt(openMs)}`,
      `  didChange → publishDiagnostics: median ${fmt(median(sorted))}, p90 ${fmt(percentile(sorted, 90))}, min ${fmt(sorted[0])}, max ${fmt(sorted[sorted.length - 1])}`,
      cpuSorted.length ? `  server CPU per edit (user+sys): median ${fmt(median(cpuSorted))}, p90 ${fmt(percentile(cpuSorted, 90))}; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores` : "",
      opts.keep ? `  project kept at ${root}` : "",
    ]
      .filter(Boolean)
      .join("\n") + "\n",
  );
  process.exitCode = median(sorted) < 300 ? 0 : 1;
}

main().catch((err) => {
  process.stderr.write(`bench/lsp-latency: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
