// Drives `pitrace lsp --stdio` as an editor would: a real JSON-RPC client over
// the child's stdin/stdout, never the handlers directly.
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node";
import type {
  CodeAction,
  Diagnostic,
  Hover,
  MarkupContent,
  PublishDiagnosticsParams,
  ShowMessageParams,
  TextEdit,
} from "vscode-languageserver/node.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const WAIT_MS = 30_000;

const WITH_FLOW = `interface User {
  email: string;
}

export function notify(user: User): void {
  console.log(user.email);
}
`;
const WITHOUT_FLOW = WITH_FLOW.replace("console.log(user.email);", 'console.log("notified");');
const SINK_LINE = 5; // 0-based line of console.log

/** Build dist/ when it is missing or older than src/ (the CLI runs from dist/). */
function ensureBuilt(): void {
  const main = path.join(repo, "dist/cli/main.js");
  const outputs = [main, path.join(repo, "dist/lsp/server.js"), path.join(repo, "dist/lsp/host.js")];
  const builtAt = Math.min(...outputs.map((f) => (fs.existsSync(f) ? fs.statSync(f).mtimeMs : 0)));
  if (builtAt > newestMtime(path.join(repo, "src"))) return;
  // Emit even when some other part of the tree does not type-check yet.
  spawnSync("npx", ["tsc", "-p", "tsconfig.build.json"], { cwd: repo, stdio: "ignore" });
  if (!fs.existsSync(main)) throw new Error("npx tsc -p tsconfig.build.json did not produce dist/cli/main.js");
}

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(p) : fs.statSync(p).mtimeMs);
  }
  return newest;
}

interface Client {
  conn: MessageConnection;
  child: ChildProcessWithoutNullStreams;
  published: PublishDiagnosticsParams[];
  messages: ShowMessageParams[];
  registrations: unknown[];
  stderr: () => string;
  /** A request that fails (instead of hanging) when the server dies. */
  request<T>(method: string, params?: unknown): Promise<T>;
  /** Resolves with the first notification (from index `since` on) that matches. */
  waitFor<T>(list: T[], match: (item: T) => boolean, since: number, what: string): Promise<T>;
}

function startClient(cwd: string): Client {
  const child = spawn(process.execPath, [path.join(repo, "bin/pitrace.js"), "lsp", "--stdio"], { cwd, stdio: "pipe" });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const conn = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const published: PublishDiagnosticsParams[] = [];
  const messages: ShowMessageParams[] = [];
  const registrations: unknown[] = [];
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());
  let died: Error | undefined;
  const died$ = new Promise<never>((_, reject) =>
    child.once("exit", (code) => {
      died = new Error(`the server exited (code ${code}); stderr:\n${stderr}`);
      notify();
      reject(died);
    }),
  );
  died$.catch(() => undefined);
  conn.onNotification("textDocument/publishDiagnostics", (p: PublishDiagnosticsParams) => {
    published.push(p);
    notify();
  });
  conn.onNotification("window/showMessage", (p: ShowMessageParams) => {
    messages.push(p);
    notify();
  });
  conn.onNotification("window/logMessage", () => undefined);
  conn.onRequest("client/registerCapability", (p: unknown) => {
    registrations.push(p);
    return null;
  });
  conn.onRequest("workspace/configuration", () => []);
  conn.listen();
  const waitFor = <T>(list: T[], match: (item: T) => boolean, since: number, what: string) =>
    new Promise<T>((resolve, reject) => {
      const check = () => {
        if (died) {
          cleanup();
          reject(died);
          return;
        }
        const hit = list.slice(since).find(match);
        if (!hit) return;
        cleanup();
        resolve(hit);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out waiting for ${what}; stderr:\n${stderr}`));
      }, WAIT_MS);
      const cleanup = () => {
        clearTimeout(timer);
        listeners.delete(check);
      };
      listeners.add(check);
      check();
    });
  const request = <T>(method: string, params?: unknown) =>
    Promise.race([params === undefined ? conn.sendRequest<T>(method) : conn.sendRequest<T>(method, params), died$]);
  return { conn, child, published, messages, registrations, stderr: () => stderr, request, waitFor };
}

describe("pitrace lsp --stdio", () => {
  let dir: string;
  let client: Client;
  let uri: string;
  let version = 1;
  let sinkDiagnostic: Diagnostic;

  const diagnosticsFor = (since: number, match: (d: Diagnostic[]) => boolean, what: string) =>
    client.waitFor(client.published, (p) => p.uri === uri && match(p.diagnostics), since, what);
  const hasFlowToLog = (ds: Diagnostic[]) => ds.some((d) => d.code === "pi-to-log" && d.range.start.line === SINK_LINE);
  const change = (text: string) =>
    client.conn.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: ++version },
      contentChanges: [{ text }],
    });

  beforeAll(async () => {
    ensureBuilt();
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-lsp-")));
    fs.mkdirSync(path.join(dir, "src"));
    fs.writeFileSync(path.join(dir, "src/a.ts"), WITH_FLOW);
    uri = pathToFileURL(path.join(dir, "src/a.ts")).href;
    client = startClient(dir);
    const rootUri = pathToFileURL(dir).href;
    const init = await client.request<{ capabilities: Record<string, unknown> }>("initialize", {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: "fixture" }],
      capabilities: {
        workspace: { didChangeWatchedFiles: { dynamicRegistration: true } },
        textDocument: {
          publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true, dataSupport: true },
          hover: { contentFormat: ["markdown", "plaintext"] },
          codeAction: { dataSupport: true },
        },
      },
    });
    expect(init.capabilities.hoverProvider).toBe(true);
    await client.conn.sendNotification("initialized", {});
  });

  afterAll(() => {
    client?.conn.dispose();
    if (client && client.child.exitCode === null) client.child.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("publishes pi-to-log with its flow when a file is opened", async () => {
    const since = client.published.length;
    await client.conn.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "typescript", version, text: WITH_FLOW },
    });
    const p = await diagnosticsFor(since, hasFlowToLog, "pi-to-log on open");
    sinkDiagnostic = p.diagnostics.find((d) => d.code === "pi-to-log")!;
    expect(sinkDiagnostic).toMatchObject({
      source: "pitrace",
      severity: expect.any(Number),
      codeDescription: { href: "https://github.com/pitrace/pitrace/blob/main/docs/rules/pi-to-log.md" },
    });
    expect(sinkDiagnostic.range.start.character).toBe(2);
    expect(sinkDiagnostic.range.end.line).toBe(SINK_LINE);
    const related = sinkDiagnostic.relatedInformation ?? [];
    expect(related.length).toBeGreaterThanOrEqual(1);
    expect(related.every((r) => r.location.uri === uri)).toBe(true);
    // source → … → sink: the last step is on the sink line.
    expect(related[related.length - 1].location.range.start.line).toBe(SINK_LINE);
  });

  it("publishes diagnostics for a Vue component at its own lines", async () => {
    const file = path.join(dir, "src/Card.vue");
    const text = ["<template>", "  <p>{{ phone }}</p>", "</template>", "<script setup lang=\"ts\">", "function show(phone: string) {", "  console.log('card', phone);", "}", "</script>", ""].join("\n");
    fs.writeFileSync(file, text);
    const vueUri = pathToFileURL(file).href;
    const since = client.published.length;
    await client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri: vueUri, languageId: "vue", version: 1, text } });
    const p = await client.waitFor(client.published, (x) => x.uri === vueUri && x.diagnostics.some((d) => d.code === "pi-to-log"), since, "pi-to-log in a .vue file");
    expect(p.diagnostics.find((d) => d.code === "pi-to-log")!.range.start.line).toBe(5);
  });

  it("registers file watchers for the config and taxonomy", () => {
    expect(JSON.stringify(client.registrations)).toContain("pitrace.config.yaml");
  });

  it("clears the diagnostic when an edit removes the flow, and brings it back", async () => {
    let since = client.published.length;
    await change(WITHOUT_FLOW);
    await diagnosticsFor(since, (ds) => ds.length === 0, "empty diagnostics after removing the flow");
    since = client.published.length;
    await change(WITH_FLOW);
    const p = await diagnosticsFor(since, hasFlowToLog, "pi-to-log after adding the flow back");
    expect(p.version).toBe(version);
    sinkDiagnostic = p.diagnostics.find((d) => d.code === "pi-to-log")!;
  });

  it("explains a PI-tagged identifier on hover", async () => {
    const hover = await client.request<Hover | null>("textDocument/hover", {
      textDocument: { uri },
      position: { line: 1, character: 3 }, // `email` in the interface
    });
    expect(hover).not.toBeNull();
    expect((hover!.contents as MarkupContent).value).toContain("contact.email");
    const none = await client.request<Hover | null>("textDocument/hover", {
      textDocument: { uri },
      position: { line: 4, character: 9 }, // `function`
    });
    expect(none).toBeNull();
  });

  it("offers a pitrace-ignore comment above the sink", async () => {
    const actions = await codeActions();
    const ignore = actions.find((a) => a.title.includes("pitrace-ignore"));
    expect(ignore).toBeDefined();
    const edits = ignore!.edit!.changes![uri] as TextEdit[];
    expect(edits).toEqual([
      { range: { start: { line: SINK_LINE, character: 0 }, end: { line: SINK_LINE, character: 0 } }, newText: "  // pitrace-ignore pi-to-log: \n" },
    ]);
    expect(actions.some((a) => a.title.startsWith("Wrap"))).toBe(false); // no sanitizers configured
  });

  it("reports an invalid config and keeps serving with the old one", async () => {
    const since = client.messages.length;
    const config = path.join(dir, "pitrace.config.yaml");
    fs.writeFileSync(config, "sanitizers: 42\nno_such_key: true\n");
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: pathToFileURL(config).href, type: 1 }],
    });
    const msg = await client.waitFor(client.messages, (m) => m.type === 1, since, "a showMessage error");
    expect(msg.message).toContain("pitrace.config.yaml");
    expect(client.child.exitCode).toBeNull();
    // Still answering, still analysing.
    const hover = await client.request<Hover | null>("textDocument/hover", { textDocument: { uri }, position: { line: 1, character: 3 } });
    expect(hover).not.toBeNull();
    let sinceDiag = client.published.length;
    await change(WITHOUT_FLOW);
    await diagnosticsFor(sinceDiag, (ds) => ds.length === 0, "diagnostics after a config error");
    sinceDiag = client.published.length;
    await change(WITH_FLOW);
    sinkDiagnostic = (await diagnosticsFor(sinceDiag, hasFlowToLog, "pi-to-log after a config error")).diagnostics.find(
      (d) => d.code === "pi-to-log",
    )!;
  });

  it("picks up a fixed config live and offers to wrap the PI in its sanitizer", async () => {
    const config = path.join(dir, "pitrace.config.yaml");
    fs.writeFileSync(config, "sanitizers: [redact]\n");
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: pathToFileURL(config).href, type: 2 }],
    });
    const actions = await codeActions();
    const wrap = actions.find((a) => a.title.startsWith("Wrap"));
    expect(wrap?.edit?.changes?.[uri]).toEqual([
      { range: { start: { line: SINK_LINE, character: 14 }, end: { line: SINK_LINE, character: 14 } }, newText: "redact(" },
      { range: { start: { line: SINK_LINE, character: 24 }, end: { line: SINK_LINE, character: 24 } }, newText: ")" },
    ]);
  });

  it("clears diagnostics on close, then shuts down and exits cleanly", async () => {
    const since = client.published.length;
    await client.conn.sendNotification("textDocument/didClose", { textDocument: { uri } });
    await diagnosticsFor(since, (ds) => ds.length === 0, "empty diagnostics on close");
    const exited = new Promise<number | null>((resolve) => client.child.once("exit", (code) => resolve(code)));
    await client.request("shutdown");
    await client.conn.sendNotification("exit");
    expect(await exited).toBe(0);
  });

  async function codeActions(): Promise<CodeAction[]> {
    return client.request<CodeAction[]>("textDocument/codeAction", {
      textDocument: { uri },
      range: sinkDiagnostic.range,
      context: { diagnostics: [sinkDiagnostic] },
    });
  }
});

describe("pitrace lsp --stdio with a broken config at start-up", () => {
  let dir: string;
  let client: Client;

  beforeAll(() => {
    ensureBuilt();
    dir = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-lsp-")));
    fs.mkdirSync(path.join(dir, "src"));
    fs.writeFileSync(path.join(dir, "src/a.ts"), WITH_FLOW);
    fs.writeFileSync(path.join(dir, "pitrace.config.yaml"), "firstParty: 3\n");
  });

  afterAll(() => {
    client?.conn.dispose();
    if (client && client.child.exitCode === null) client.child.kill();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("says so, stays up, and starts analysing once the config is fixed", async () => {
    client = startClient(dir);
    const rootUri = pathToFileURL(dir).href;
    await client.request("initialize", { processId: process.pid, rootUri, capabilities: {} });
    await client.conn.sendNotification("initialized", {});
    await client.waitFor(client.messages, (m) => m.type === 1 && m.message.includes("pitrace.config.yaml"), 0, "a config error");
    const uri = pathToFileURL(path.join(dir, "src/a.ts")).href;
    await client.conn.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "typescript", version: 1, text: WITH_FLOW } });
    expect(await client.request("textDocument/hover", { textDocument: { uri }, position: { line: 1, character: 3 } })).toBeNull();

    const config = path.join(dir, "pitrace.config.yaml");
    fs.writeFileSync(config, "sanitizers: [redact]\n");
    const since = client.published.length;
    await client.conn.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: pathToFileURL(config).href, type: 2 }] });
    await client.waitFor(
      client.published,
      (p) => p.uri === uri && p.diagnostics.some((d) => d.code === "pi-to-log" && d.range.start.line === SINK_LINE),
      since,
      "pi-to-log once the config is fixed",
    );
    await client.request("shutdown");
    await client.conn.sendNotification("exit");
  });
});
