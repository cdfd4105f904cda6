// What src/typescript.cts provides at run time (ts-morph's bundled compiler
// API), for the test runner, whose transform does not handle the CommonJS
// `import … = require()` form that file needs.
export { ts } from "ts-morph";
export const loadedWith = "ts-morph";
