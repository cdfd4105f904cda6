// A module resolution host that remembers what it asked the file system.
//
// TypeScript's resolver probes many paths per bare specifier (node_modules in
// every parent directory, package.json, each extension), and `ts.sys` asks the
// disk every time: ~50 ms of stat calls at 100k lines. The answers cannot
// change during one engine's life that matters to us (an engine is rebuilt
// when the project's files come or go), so each is asked once.
import { ts } from "../typescript.cjs";

function memo<T>(cache: Map<string, T>, key: string, ask: (k: string) => T): T {
  let v = cache.get(key);
  if (v === undefined && !cache.has(key)) cache.set(key, (v = ask(key)));
  return v as T;
}

export function cachingResolutionHost(sys: ts.System = ts.sys): ts.ModuleResolutionHost {
  const files = new Map<string, boolean>();
  const dirs = new Map<string, boolean>();
  const reads = new Map<string, string | undefined>();
  const real = new Map<string, string>();
  const subdirs = new Map<string, string[]>();
  return {
    fileExists: (f) => memo(files, f, (k) => sys.fileExists(k)),
    directoryExists: (d) => memo(dirs, d, (k) => sys.directoryExists(k)),
    readFile: (f) => memo(reads, f, (k) => sys.readFile(k)),
    realpath: sys.realpath ? (p) => memo(real, p, (k) => sys.realpath!(k)) : undefined,
    getCurrentDirectory: () => sys.getCurrentDirectory(),
    getDirectories: (d) => memo(subdirs, d, (k) => sys.getDirectories(k)),
  };
}
