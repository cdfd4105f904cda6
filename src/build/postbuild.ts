// Runs after `tsc -p tsconfig.build.json` (npm run build): completes dist/
// with what tsc does not emit.
//  - src/typescript.cjs and its .d.cts: hand-written CommonJS, copied as is;
//  - the built-in taxonomy's snapshot (src/taxonomy/snapshot.ts explains why);
//  - V8's code cache of the compiler (src/typescript.cjs explains why), so that
//    the first scan after an install does not pay for writing it.
import { copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { writeBuiltinSnapshot } from "../taxonomy/taxonomy.js";

const src = (f: string) => fileURLToPath(new URL(`../../src/${f}`, import.meta.url));
const dist = (f: string) => fileURLToPath(new URL(`../${f}`, import.meta.url));

for (const f of ["typescript.cjs", "typescript.d.cts"]) copyFileSync(src(f), dist(f));
writeBuiltinSnapshot();
createRequire(import.meta.url)("../typescript.cjs");
