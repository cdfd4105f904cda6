// The TypeScript compiler API that ts-morph bundles (its `ts` export), loaded
// without the rest of ts-morph. ts-morph's `ts` is @ts-morph/common's bundled
// compiler, dist/typescript.js; requiring that file directly skips ts-morph's
// own code and @ts-morph/common's, which embeds the lib .d.ts texts we never
// use (~15 MB and ~0.1 s per run). Should ts-morph lay its files out
// differently one day, this falls back to `require("ts-morph").ts`.
// CommonJS on purpose: an ES import of ts-morph makes Node lex its CommonJS
// builds for named exports on every start.
"use strict";
const path = require("node:path");

function load() {
  try {
    const morph = path.dirname(require.resolve("ts-morph"));
    const common = path.dirname(require.resolve("@ts-morph/common/package.json", { paths: [morph] }));
    const ts = require(path.join(common, "dist", "typescript.js"));
    if (typeof ts.createSourceFile === "function" && typeof ts.SyntaxKind === "object") return ts;
  } catch {
    // fall back below
  }
  return require("ts-morph").ts;
}

exports.ts = load();
