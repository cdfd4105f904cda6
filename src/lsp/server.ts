// `pitrace lsp --stdio`: the language server. Wires the LSP connection to a
// PitraceHost; stdout is the protocol channel, so nothing else may print there.
import { format } from "node:util";
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  MessageType,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type InitializeParams,
  type InitializeResult,
  type RemoteConsole,
} from "vscode-languageserver/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import { createSession } from "../index.js";
import { VERSION } from "../version.js";
import { PitraceHost } from "./host.js";
import { uriToPath } from "./paths.js";

/** Default quiet time after a keystroke; `initializationOptions.debounceMs` overrides it. */
export const DEFAULT_DEBOUNCE_MS = 150;

export function startLanguageServer(): void {
  const connection = createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  redirectConsole(connection.console);
  process.on("uncaughtException", (err) => connection.console.error(`pitrace: uncaught: ${err.stack ?? err.message}`));

  const documents = new TextDocuments(TextDocument);
  let host: PitraceHost | undefined;
  let dynamicWatch = false;

  connection.onInitialize((params): InitializeResult => {
    dynamicWatch = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    host = new PitraceHost({
      root: workspaceRoot(params),
      debounceMs: debounceOption(params.initializationOptions),
      createSession,
      documents: () => documents.all(),
      document: (uri) => documents.get(uri),
      publish: (p) => void connection.sendDiagnostics(p),
      showError: (message) => void connection.sendNotification("window/showMessage", { type: MessageType.Error, message }),
      showInfo: (message) => void connection.sendNotification("window/showMessage", { type: MessageType.Info, message }),
      log: (message) => connection.console.error(message),
    });
    host.start();
    connection.console.info(`pitrace: analysing ${host.root}`);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        hoverProvider: true,
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      },
      serverInfo: { name: "pitrace", version: VERSION },
    };
  });

  connection.onInitialized(() => {
    if (!dynamicWatch) return;
    // The config file, and any YAML: the configured taxonomy may be anywhere.
    connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [
          { globPattern: "**/pitrace.config.yaml" },
          { globPattern: "**/*.yaml" },
          { globPattern: "**/*.yml" },
        ],
      })
      .catch((err: unknown) => connection.console.warn(`pitrace: could not watch files: ${String(err)}`));
  });

  documents.onDidOpen((e) => host?.opened(e.document));
  documents.onDidChangeContent((e) => host?.changed(e.document));
  documents.onDidSave((e) => host?.saved(e.document));
  documents.onDidClose((e) => host?.closed(e.document));
  connection.onDidChangeWatchedFiles((p) => host?.watchedFilesChanged(p.changes));
  connection.onHover((p) => host?.hover(p) ?? null);
  connection.onCodeAction((p) => host?.codeActions(p) ?? []);
  connection.onShutdown(() => {
    host?.dispose();
    host = undefined;
  });

  documents.listen(connection);
  connection.listen();
}

function workspaceRoot(params: InitializeParams): string {
  const fromUri = (uri: string | null | undefined) => (uri ? uriToPath(uri) : undefined);
  return (
    fromUri(params.rootUri) ??
    fromUri(params.workspaceFolders?.[0]?.uri) ??
    (params.rootPath || undefined) ??
    process.cwd()
  );
}

function debounceOption(options: unknown): number {
  const value = (options as { debounceMs?: unknown } | null | undefined)?.debounceMs;
  return typeof value === "number" && value >= 0 ? value : DEFAULT_DEBOUNCE_MS;
}

/** console.* from anywhere in the process goes to the client's log, not into the protocol stream. */
function redirectConsole(remote: RemoteConsole): void {
  const to = (fn: (message: string) => void) => (...args: unknown[]) => fn(format(...args));
  console.log = to((m) => remote.log(m));
  console.info = to((m) => remote.info(m));
  console.debug = to((m) => remote.log(m));
  console.warn = to((m) => remote.warn(m));
  console.error = to((m) => remote.error(m));
  console.trace = to((m) => remote.log(m));
}
