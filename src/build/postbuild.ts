// Runs after `tsc -p tsconfig.build.json` (npm run build): completes dist/
// with what tsc does not emit.
//  - src/typescript.cjs and its .d.cts: hand-written CommonJS, copied as is;
//  - the built-in taxonomy's snapshot (src/taxonomy/snapshot.ts explains why).
import { copyFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { writeBuiltinSnapshot } from "../taxonomy/taxonomy.js";

const src = (f: string) => fileURLToPath(new URL(`../../src/${f}`, import.meta.url));
const dist = (f: string) => fileURLToPath(new URL(`../${f}`, import.meta.url));

for (const f of ["typescript.cjs", "typescript.d.cts"]) copyFileSync(src(f), dist(f));
writeBuiltinSnapshot();
