// Types of src/typescript.cjs: exactly ts-morph's `ts` namespace.
import morph = require("ts-morph");
export import ts = morph.ts;
