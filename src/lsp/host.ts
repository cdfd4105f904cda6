// The editor side of one Session: which open documents the session has seen,
// when to re-analyse (debounced per document), and what to publish. Speaks
// LSP types, never the wire: server.ts connects it to the connection.
import { readFileSync } from "node:fs";
import path from "node:path";
import {
  type CodeAction,
  type CodeActionParams,
  type Diagnostic,
  type FileEvent,
  type Hover,
  type HoverParams,
  type PublishDiagnosticsParams,
} from "vscode-languageserver/node.js";
import type { TextDocument } from "vscode-languageserver-textdocument";
import type { Session, SessionOptions } from "../api-types.js";
import type { Finding, Location, ScanDiagnostic } from "../model/finding.js";
import { ignoreAction, sanitizeAction } from "./code-actions.js";
import { DIAGNOSTIC_SOURCE, findingToDiagnostic, scanDiagnosticToDiagnostic, type DiagnosticData } from "./diagnostics.js";
import { piHover } from "./hover.js";
import { isSourceFile, isVendored, relativeToRoot, uriToPath } from "./paths.js";

export const CONFIG_FILE = "pitrace.config.yaml";

export interface HostOptions {
  root: string;
  /** Quiet time after the last keystroke before a document is re-analysed. */
  debounceMs: number;
  createSession(options: SessionOptions): Session;
  /** The open documents, as the connection keeps them. */
  documents(): TextDocument[];
  document(uri: string): TextDocument | undefined;
  publish(params: PublishDiagnosticsParams): void;
  showError(message: string): void;
  showInfo(message: string): void;
  log(message: string): void;
}

export class PitraceHost {
  private session: Session | undefined;
  private configError = false;
  /** uri → the document version the session has. */
  private readonly synced = new Map<string, number>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** uri → when its last change arrived; and when the last analysis ended (performance.now()). */
  private readonly lastChange = new Map<string, number>();
  private lastAnalysis = -Infinity;
  /** uri → last published diagnostics (JSON), to skip unchanged republishing. */
  private readonly published = new Map<string, string>();
  /** uri → fingerprint → finding, for code actions. */
  private readonly findingsByUri = new Map<string, Map<string, Finding>>();

  constructor(private readonly options: HostOptions) {}

  get root(): string {
    return this.options.root;
  }

  /** Create the session; a bad config is shown, and retried on the next config change. */
  start(): void {
    try {
      this.session = this.options.createSession({ root: this.root });
      this.configError = false;
    } catch (err) {
      this.session = undefined;
      this.configError = true;
      this.options.showError(`pitrace: ${describe(err)}`);
    }
  }

  opened(doc: TextDocument): void {
    this.flush([doc.uri]);
  }

  /**
   * Debounced, leading edge included: an edit after a quiet spell (no edit to
   * this document and no analysis for `debounceMs`) is analysed at once; edits
   * that follow it closely wait until the document has been quiet for
   * `debounceMs`, so a burst of typing costs one analysis more, not one per key.
   */
  changed(doc: TextDocument): void {
    if (this.synced.get(doc.uri) === doc.version) return; // the open that was just analysed
    const now = performance.now();
    const quiet =
      !this.timers.has(doc.uri) &&
      now - (this.lastChange.get(doc.uri) ?? -Infinity) >= this.options.debounceMs &&
      now - this.lastAnalysis >= this.options.debounceMs;
    this.lastChange.set(doc.uri, now);
    if (quiet) {
      this.flush([doc.uri]);
      return;
    }
    clearTimeout(this.timers.get(doc.uri));
    this.timers.set(
      doc.uri,
      setTimeout(() => this.flush([doc.uri]), this.options.debounceMs),
    );
  }

  saved(doc: TextDocument): void {
    this.flush([doc.uri]);
  }

  closed(doc: TextDocument): void {
    clearTimeout(this.timers.get(doc.uri));
    this.timers.delete(doc.uri);
    this.lastChange.delete(doc.uri);
    const wasSynced = this.synced.delete(doc.uri);
    this.findingsByUri.delete(doc.uri);
    if (this.published.delete(doc.uri)) this.options.publish({ uri: doc.uri, diagnostics: [] });
    const rel = this.relOf(doc.uri);
    if (!wasSynced || !rel) return;
    // The session holds the editor's text; the truth is on disk again.
    this.guard(() => this.syncFromDisk(rel, doc.getText()));
    this.publishAll(new Set());
  }

  /**
   * The config or the taxonomy changed on disk. (Source files changed outside
   * the editor are not followed: the session has no way to tell whether a new
   * path belongs to the project — build output, `exclude`, .gitignore — so
   * they are read again when opened.)
   */
  watchedFilesChanged(changes: FileEvent[]): void {
    const reload = changes.some((change) => {
      const file = uriToPath(change.uri);
      return file !== undefined && this.isConfigFile(file);
    });
    if (!reload) return;
    this.reloadConfig();
    this.publishAll(new Set());
  }

  hover(params: HoverParams): Hover | null {
    const doc = this.options.document(params.textDocument.uri);
    const session = this.session;
    if (!doc || !session) return null;
    return this.guard(() => piHover(doc, params.position, (name) => session.classify(name))) ?? null;
  }

  codeActions(params: CodeActionParams): CodeAction[] {
    const doc = this.options.document(params.textDocument.uri);
    const findings = this.findingsByUri.get(params.textDocument.uri);
    if (!doc || !findings) return [];
    const sanitizer = this.session?.config.sanitizers[0];
    const actions: CodeAction[] = [];
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== DIAGNOSTIC_SOURCE) continue;
      const data = diagnostic.data as Partial<DiagnosticData> | undefined;
      const finding =
        (data?.fingerprint ? findings.get(data.fingerprint) : undefined) ??
        [...findings.values()].find((f) => f.ruleId === diagnostic.code && f.location.line - 1 === diagnostic.range.start.line);
      if (!finding) continue;
      if (sanitizer) {
        const wrap = sanitizeAction(doc, diagnostic, finding, sanitizer);
        if (wrap && !actions.some((a) => a.title === wrap.title)) actions.push(wrap);
      }
      const ignore = ignoreAction(doc, diagnostic, finding);
      if (ignore) actions.push(ignore);
    }
    if (params.context.only?.length) {
      return actions.filter((a) => params.context.only?.some((kind) => a.kind === kind || a.kind?.startsWith(`${kind}.`)));
    }
    return actions;
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    this.guard(() => this.session?.dispose());
    this.session = undefined;
  }

  /** Give the session the current text of these documents, then republish. */
  private flush(uris: string[]): void {
    for (const uri of uris) {
      clearTimeout(this.timers.get(uri));
      this.timers.delete(uri);
      const doc = this.options.document(uri);
      if (doc) this.sync(doc);
    }
    this.publishAll(new Set(uris));
    this.lastAnalysis = performance.now();
  }

  private sync(doc: TextDocument): void {
    if (!this.session || this.synced.get(doc.uri) === doc.version) return;
    const rel = this.relOf(doc.uri);
    if (!rel) return;
    const session = this.session;
    this.guard(() => {
      session.updateFile(rel, doc.getText());
      this.synced.set(doc.uri, doc.version);
    });
  }

  /** Put the disk text of a file back into the session (or drop the file when it is gone). */
  private syncFromDisk(rel: string, editorText?: string): void {
    const session = this.session;
    if (!session) return;
    let text: string;
    try {
      text = readFileSync(path.join(this.root, rel), "utf8");
    } catch {
      session.removeFile(rel);
      return;
    }
    if (text !== editorText) session.updateFile(rel, text);
  }

  private reloadConfig(): void {
    if (!this.session) {
      this.start();
    } else {
      try {
        this.session.reloadConfig();
        if (this.configError) this.options.showInfo("pitrace: configuration loaded");
        this.configError = false;
      } catch (err) {
        // Keep analysing with the previous configuration.
        this.configError = true;
        this.options.showError(`pitrace: ${describe(err)}`);
        return;
      }
    }
    // Make sure the (possibly new) session has the editor's text of every open document.
    this.synced.clear();
    for (const doc of this.options.documents()) this.sync(doc);
  }

  /** Publish diagnostics for every open document whose set changed, and always for `force`. */
  private publishAll(force: Set<string>): void {
    const session = this.session;
    if (!session) return;
    const result = this.guard(() => session.result());
    if (!result) return;
    const findings = group(result.findings, (f) => f.location.file);
    const notes = group(
      result.diagnostics.filter((d): d is ScanDiagnostic & { location: Location } => d.location !== undefined),
      (d) => d.location.file,
    );
    const open = new Map<string, TextDocument>();
    for (const doc of this.options.documents()) {
      const rel = this.relOf(doc.uri);
      if (rel) open.set(rel, doc);
    }
    for (const [rel, doc] of open) {
      const mine = findings.get(rel) ?? [];
      const ctx = { root: this.root, doc, docFor: (file: string) => open.get(file) };
      const diagnostics: Diagnostic[] = [
        ...mine.map((f) => findingToDiagnostic(f, ctx)),
        ...(notes.get(rel) ?? []).map((d) => scanDiagnosticToDiagnostic(d, doc)),
      ];
      this.findingsByUri.set(doc.uri, new Map(mine.map((f) => [f.fingerprint, f])));
      const json = JSON.stringify(diagnostics);
      if (!force.has(doc.uri) && this.published.get(doc.uri) === json) continue;
      this.published.set(doc.uri, json);
      this.options.publish({ uri: doc.uri, version: doc.version, diagnostics });
    }
  }

  private isConfigFile(file: string): boolean {
    const config = this.session?.config;
    const resolved = path.resolve(file);
    if (resolved === path.join(this.root, CONFIG_FILE)) return true;
    if (config?.file && path.resolve(config.file) === resolved) return true;
    return config?.taxonomy !== undefined && path.resolve(config.taxonomy) === resolved;
  }

  /** Root-relative path of an analysable document, or undefined. */
  private relOf(uri: string): string | undefined {
    const file = uriToPath(uri);
    if (!file || !isSourceFile(file)) return undefined;
    const rel = relativeToRoot(this.root, file);
    return rel && !isVendored(rel) ? rel : undefined;
  }

  /** Run engine code; an internal error is logged, never fatal to the server. */
  private guard<T>(fn: () => T): T | undefined {
    try {
      return fn();
    } catch (err) {
      this.options.log(`pitrace: internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return undefined;
    }
  }
}

function group<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = map.get(k);
    if (list) list.push(item);
    else map.set(k, [item]);
  }
  return map;
}

/** One line for the user: PitraceInputError's "file:line: message", else the message. */
function describe(err: unknown): string {
  if (err && typeof err === "object" && "format" in err && typeof err.format === "function") {
    return String((err as { format(): string }).format());
  }
  return err instanceof Error ? err.message : String(err);
}
