// A long-lived analysis for editors (CONTRACT §6). Parsed files and the solved
// engine are kept between edits. An edit re-parses that file; the engine then
// resets only the units that can depend on it (see Engine.updateFile) and
// re-solves those. Adding or removing a file changes how imports resolve, so
// it rebuilds the engine over the parsed files (no re-parsing).
import fs from "node:fs";
import path from "node:path";
import type { ts } from "ts-morph";
import type { Session, SessionOptions } from "./api-types.js";
import type { Engine } from "./engine/engine.js";
import type { PitraceConfig } from "./model/config.js";
import type { Finding, ScanDiagnostic, ScanResult, SourceRecord } from "./model/finding.js";
import type { Classification } from "./model/taxonomy.js";
import { discoverProjectsSync, readSourceFile, unitIndex } from "./project/index.js";
import { hasSourceExtension } from "./project/file-kind.js";
import { fileText } from "./project/sfc.js";
import { createEngine, parseReported, prepareSync, relPath, report, skippedDiagnostics, type Prepared } from "./scan.js";


export function createSession(opts: SessionOptions): Session {
  const root = path.resolve(opts.root);
  let configArg: PitraceConfig | string | undefined = opts.config;
  let prepared: Prepared = prepareSync(root, configArg);
  /** Parsed files: what is on disk, or what the editor last sent. */
  const files = new Map<string, ts.SourceFile>();
  /** Files whose text came from the editor (kept when the config is reloaded). */
  const edited = new Set<string>();
  /** Warnings about each file's text (syntax errors, unreadable, too deep), replaced when it changes. */
  const fileDiagnostics = new Map<string, ScanDiagnostic[]>();
  let skipped: ScanDiagnostic[] = [];
  /** Files outside every project, with whether they existed on disk when discovery left them out. */
  const outside = new Map<string, boolean>();
  /** Solved over `files`, except for the edits in `pending`; undefined when it must be rebuilt. */
  let engine: Engine | undefined;
  const pending = new Set<string>();
  let current: ScanResult | undefined;
  let disposed = false;

  const invalidate = (rebuild: boolean) => {
    current = undefined;
    if (rebuild) {
      engine = undefined;
      pending.clear();
    }
  };

  /** Read and parse a discovered file from disk (unless the editor's text is already here). */
  const loadFromDisk = (file: string) => {
    const diags: ScanDiagnostic[] = [];
    fileDiagnostics.set(file, diags);
    files.delete(file);
    const read = readSourceFile(file);
    if ("skip" in read) {
      const rel = relPath(root, file);
      diags.push({ severity: "warning", code: read.skip.includes("large") ? "file-too-large" : "parse-error", message: `${rel} was not scanned: ${read.skip}`, location: { file: rel, line: 1, column: 1 } });
      return;
    }
    const sf = parseReported(root, file, read.text, diags);
    if (sf) files.set(file, sf);
  };

  const load = () => {
    skipped = skippedDiagnostics(prepared);
    fileDiagnostics.clear();
    files.clear();
    for (const u of prepared.projects.units) for (const f of u.files) loadFromDisk(f);
    outside.clear();
    invalidate(true);
  };

  const result = (): ScanResult => {
    if (disposed) throw new Error("pitrace session is disposed");
    if (current) return current;
    const t0 = performance.now();
    if (!engine) {
      engine = createEngine(prepared, files, { incremental: true });
      for (const [file, sf] of files) engine.addFile(file, relPath(root, file), sf);
    } else {
      for (const file of pending) engine.updateFile(file, relPath(root, file), files.get(file)!);
    }
    pending.clear();
    const tIndex = performance.now();
    engine.solve();
    const diagnostics = [...skipped, ...[...fileDiagnostics.values()].flat()];
    current = report(engine, { prepared, files, diagnostics, timings: { load: 0, parse: 0 } }, { start: t0, indexed: tIndex });
    return current;
  };

  const abs = (p: string) => (path.isAbsolute(p) ? path.normalize(p) : path.resolve(root, p));
  const rel = (p: string) => relPath(root, abs(p));

  /**
   * Whether a file is part of the analysed projects. A file discovery left out (excluded, build output,
   * outside every tsconfig) stays out; one created since the session started is taken in once it is on
   * disk and discovery includes it, together with any other new files discovery now finds.
   */
  const includes = (file: string): boolean => {
    if (prepared.unitOf.has(file)) return true;
    if (!hasSourceExtension(file)) return false;
    const onDisk = fs.existsSync(file);
    if (outside.get(file) === onDisk) return false;
    const projects = discoverProjectsSync(root, prepared.config);
    const unitOf = unitIndex(projects.units);
    if (!unitOf.has(file)) {
      outside.set(file, onDisk);
      return false;
    }
    prepared = { ...prepared, projects, unitOf };
    skipped = skippedDiagnostics(prepared);
    for (const f of unitOf.keys()) if (!files.has(f) && !fileDiagnostics.has(f) && f !== file) loadFromDisk(f);
    invalidate(true);
    return true;
  };

  load();

  return {
    root,
    get config() {
      return prepared.config;
    },
    updateFile(p: string, text: string) {
      const file = abs(p);
      if (!includes(file)) return;
      const old = files.get(file);
      if (old && fileText(old) === text) return;
      const diags: ScanDiagnostic[] = [];
      const sf = parseReported(root, file, text, diags);
      fileDiagnostics.set(file, diags);
      edited.add(file);
      if (!sf) {
        // Too deeply nested to parse: reported, and out of the analysis until it parses again.
        files.delete(file);
        invalidate(true);
        return;
      }
      files.set(file, sf);
      if (old && engine) pending.add(file);
      invalidate(!old);
    },
    removeFile(p: string) {
      const file = abs(p);
      edited.delete(file);
      const had = fileDiagnostics.delete(file);
      if (files.delete(file) || had) invalidate(true);
    },
    includes(p: string) {
      return includes(abs(p));
    },
    findings(p?: string): Finding[] {
      const all = result().findings;
      if (!p) return all;
      const r = rel(p);
      return all.filter((f) => f.location.file === r);
    },
    sources(p?: string): SourceRecord[] {
      const all = result().sources;
      if (!p) return all;
      const r = rel(p);
      return all.filter((s) => s.location.file === r);
    },
    result,
    classify(name: string): Classification {
      const c = prepared.taxonomy.classify(name);
      return { name, categories: c.categories, reason: c.reason };
    },
    reloadConfig(config?: PitraceConfig | string) {
      if (config !== undefined) configArg = config;
      const next = prepareSync(root, configArg);
      // Keep the editor's buffers of files that are still in the projects; the rest comes from disk.
      const buffers = new Map([...edited].flatMap((f) => (files.has(f) ? [[f, fileText(files.get(f)!)] as const] : [])));
      prepared = next;
      load();
      edited.clear();
      for (const [f, text] of buffers) {
        if (!prepared.unitOf.has(f)) continue;
        const diags: ScanDiagnostic[] = [];
        const sf = parseReported(root, f, text, diags);
        fileDiagnostics.set(f, diags);
        edited.add(f);
        if (sf) files.set(f, sf);
        else files.delete(f);
      }
    },
    dispose() {
      disposed = true;
      files.clear();
      engine = undefined;
      current = undefined;
    },
  };
}
