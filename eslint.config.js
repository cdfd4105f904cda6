// Lint config: typescript-eslint's recommended rules on our own sources only.
import js from "@eslint/js";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: [".scratch/**", "dist/**", "node_modules/**", "fixtures/**", "bench/out/**", "coverage/**", "editors/**/out/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { process: "readonly", console: "readonly", URL: "readonly" } },
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "no-constant-condition": ["error", { checkLoops: false }],
    },
  },
  {
    // src/typescript.cjs and its types load ts-morph's compiler with require() on purpose (see there).
    files: ["src/typescript.cjs", "src/typescript.d.cts"],
    languageOptions: { sourceType: "commonjs", globals: { require: "readonly", exports: "writable", module: "writable", __dirname: "readonly", process: "readonly", Buffer: "readonly" } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
);
