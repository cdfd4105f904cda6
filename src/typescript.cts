// The TypeScript compiler API that ts-morph bundles, re-exported from a
// CommonJS module. Importing ts-morph from ES modules makes Node lex its
// CommonJS build, and the 3 MB one it re-exports, for named exports on every
// start (~0.1 s and ~8 MB per run); require() here skips that.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the point of this file: require(), not an ES import
import morph = require("ts-morph");

export import ts = morph.ts;
