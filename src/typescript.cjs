// The TypeScript compiler API that ts-morph bundles (its `ts` export), loaded
// without the rest of ts-morph. ts-morph's `ts` is @ts-morph/common's bundled
// compiler, dist/typescript.js; requiring that file directly skips ts-morph's
// own code and @ts-morph/common's, which embeds the lib .d.ts texts we never
// use (~15 MB and ~0.1 s per run). Should ts-morph lay its files out
// differently one day, this falls back to `require("ts-morph").ts`.
// CommonJS on purpose: an ES import of ts-morph makes Node lex its CommonJS
// builds for named exports on every start.
//
// Compiling that 9 MB file costs ~120 ms on every run, so it is compiled
// through V8's code cache (what `require` does, plus cached data): the cache
// sits next to this file (dist/, owned by whoever installed the package,
// never a shared temporary directory) and is named after the V8 version and
// the compiler file's size, mtime and inode, so another Node or another
// ts-morph never reads it; V8 also rejects data it cannot use, and the
// file is then compiled as usual. A cache that cannot be written (read-only
// install) only costs the saving. Node 22's module.enableCompileCache does
// this for every module, but we support Node 20.
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vm = require("node:vm");
const Module = require("node:module");

function cacheFileFor(file) {
  const st = fs.statSync(file);
  const key = `${process.versions.v8}-${st.size}-${Math.round(st.mtimeMs)}-${st.ino}`.replace(/[^\w.-]/g, "_");
  return path.join(__dirname, `.typescript-${key}.v8cache`);
}

function readIfPresent(file) {
  try {
    return fs.readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Write atomically (a reader never sees half a file); drop older caches of ours. */
function writeCache(cacheFile, data) {
  try {
    const tmp = `${cacheFile}.${process.pid}.tmp`;
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, cacheFile);
    for (const f of fs.readdirSync(__dirname)) {
      if (f.startsWith(".typescript-") && f.endsWith(".v8cache") && path.join(__dirname, f) !== cacheFile) fs.rmSync(path.join(__dirname, f), { force: true });
    }
  } catch {
    // read-only or full: the next run compiles without the cache, as Node would
  }
}

/** `require(file)` for a CommonJS file, through V8's code cache. */
function requireCached(file) {
  const cacheFile = cacheFileFor(file);
  const cachedData = readIfPresent(cacheFile);
  const script = new vm.Script(Module.wrap(fs.readFileSync(file, "utf8")), { filename: file, cachedData });
  const mod = { exports: {}, filename: file, id: file, loaded: false };
  script.runInThisContext().call(mod.exports, mod.exports, Module.createRequire(file), mod, file, path.dirname(file));
  mod.loaded = true;
  const used = cachedData !== undefined && !script.cachedDataRejected;
  if (!used) writeCache(cacheFile, script.createCachedData());
  return { ts: mod.exports, how: used ? "code-cache" : "compiled" };
}

function load() {
  try {
    const morph = path.dirname(require.resolve("ts-morph"));
    const common = path.dirname(require.resolve("@ts-morph/common/package.json", { paths: [morph] }));
    const file = path.join(common, "dist", "typescript.js");
    let loaded;
    try {
      loaded = requireCached(file);
    } catch {
      loaded = { ts: require(file), how: "require" };
    }
    if (typeof loaded.ts.createSourceFile === "function" && typeof loaded.ts.SyntaxKind === "object") return loaded;
  } catch {
    // fall back below
  }
  return { ts: require("ts-morph").ts, how: "ts-morph" };
}

const loaded = load();
exports.ts = loaded.ts;
/** How it was loaded ("code-cache", "compiled", "require", "ts-morph"): for tests and --debug output. */
exports.loadedWith = loaded.how;
