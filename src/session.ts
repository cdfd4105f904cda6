// A long-lived analysis for editors (CONTRACT §6). Parsed files are kept and
// only an edited file is re-parsed; the flow engine then re-runs over the
// parsed project, which is cheap next to parsing.
import path from "node:path";
import type { ts } from "ts-morph";
import type { Session, SessionOptions } from "./api-types.js";
import type { PitraceConfig } from "./model/config.js";
import type { Finding, ScanDiagnostic, ScanResult, SourceRecord } from "./model/finding.js";
import type { Classification } from "./model/taxonomy.js";
import { analyse, parseAll, parseFile, prepareSync, relPath, type Prepared } from "./scan.js";

const SOURCE_EXT = /\.(c|m)?(t|j)sx?$/;

export function createSession(opts: SessionOptions): Session {
  const root = path.resolve(opts.root);
  let configArg: PitraceConfig | string | undefined = opts.config;
  let prepared: Prepared = prepareSync(root, configArg);
  let baseDiagnostics: ScanDiagnostic[] = [];
  let files: Map<string, ts.SourceFile> = new Map();
  let current: ScanResult | undefined;
  let disposed = false;

  const load = () => {
    baseDiagnostics = [];
    files = parseAll(prepared, baseDiagnostics);
    current = undefined;
  };
  const result = (): ScanResult => {
    if (disposed) throw new Error("pitrace session is disposed");
    current ??= analyse({ prepared, files, diagnostics: [...baseDiagnostics], timings: { load: 0, parse: 0 } });
    return current;
  };
  const abs = (p: string) => (path.isAbsolute(p) ? path.normalize(p) : path.resolve(root, p));
  const rel = (p: string) => relPath(root, abs(p));
  load();

  return {
    root,
    get config() {
      return prepared.config;
    },
    updateFile(p: string, text: string) {
      const file = abs(p);
      if (!SOURCE_EXT.test(file)) return;
      const old = files.get(file);
      if (old && old.text === text) return;
      files.set(file, parseFile(file, text));
      if (!prepared.unitOf.has(file)) prepared.unitOf.set(file, 0);
      current = undefined;
    },
    removeFile(p: string) {
      if (files.delete(abs(p))) current = undefined;
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
      // Keep edited buffers: re-parse from disk only files we never saw.
      const edited = files;
      prepared = next;
      load();
      for (const [f, sf] of edited) if (files.has(f) && files.get(f)!.text !== sf.text) files.set(f, sf);
    },
    dispose() {
      disposed = true;
      files.clear();
      current = undefined;
    },
  };
}
