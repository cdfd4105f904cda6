// Types of src/typescript.cjs: exactly ts-morph's `ts` namespace.
import morph = require("ts-morph");
export import ts = morph.ts;
/** How the compiler was loaded: through V8's code cache, compiled (cache written), by plain require, or through ts-morph. */
export declare const loadedWith: "code-cache" | "compiled" | "require" | "ts-morph";
