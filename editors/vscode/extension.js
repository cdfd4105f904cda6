// Minimal VS Code client for `pitrace lsp --stdio`. Plain CommonJS: no build step.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

/** @type {import("vscode-languageclient/node").LanguageClient | undefined} */
let client;

/**
 * How to run the server: the configured path, else the workspace's own
 * pitrace (node_modules/pitrace/bin/pitrace.js, run with VS Code's Node), else
 * `pitrace` on PATH.
 * @returns {import("vscode-languageclient/node").ServerOptions}
 */
function serverOptions(folder) {
  const configured = vscode.workspace.getConfiguration("pitrace").get("path", "");
  const candidates = [];
  if (configured) candidates.push(folder && !path.isAbsolute(configured) ? path.join(folder, configured) : configured);
  if (folder) candidates.push(path.join(folder, "node_modules", "pitrace", "bin", "pitrace.js"));
  for (const file of candidates) {
    if (!fs.existsSync(file)) continue;
    if (file.endsWith(".js")) {
      // VS Code's own Node. (Not a `module` server: the client would append
      // --clientProcessId, which the pitrace CLI does not take.)
      return {
        command: process.execPath,
        args: [file, "lsp", "--stdio"],
        options: { cwd: folder, env: { ...process.env, ELECTRON_RUN_AS_NODE: "1" } },
      };
    }
    return { command: file, args: ["lsp", "--stdio"], options: { cwd: folder, shell: process.platform === "win32" } };
  }
  return { command: "pitrace", args: ["lsp", "--stdio"], options: { cwd: folder, shell: process.platform === "win32" } };
}

async function start() {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const settings = vscode.workspace.getConfiguration("pitrace");
  client = new LanguageClient(
    "pitrace",
    "pitrace",
    serverOptions(folder),
    {
      documentSelector: ["typescript", "typescriptreact", "javascript", "javascriptreact", "vue"].map((language) => ({
        scheme: "file",
        language,
      })),
      initializationOptions: { debounceMs: settings.get("debounceMs", 150) },
    },
  );
  await client.start();
}

/** @param {import("vscode").ExtensionContext} context */
async function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand("pitrace.restart", async () => {
      await stop();
      await start();
    }),
    vscode.workspace.onDidChangeConfiguration(async (e) => {
      if (e.affectsConfiguration("pitrace.path") || e.affectsConfiguration("pitrace.debounceMs")) {
        await stop();
        await start();
      }
    }),
  );
  try {
    await start();
  } catch (err) {
    void vscode.window.showErrorMessage(
      `pitrace: could not start the language server (${err instanceof Error ? err.message : String(err)}). ` +
        "Install pitrace in the workspace (npm i -D pitrace) or set pitrace.path.",
    );
  }
}

async function stop() {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

module.exports = { activate, deactivate: stop };
