// The extension is plain CommonJS run by VS Code; it is linted on its own terms,
// not by the repository's TypeScript rules.
import js from "@eslint/js";

export default [
  { ignores: ["out/**", "node_modules/**"] },
  js.configs.recommended,
  {
    files: ["**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: { require: "readonly", module: "writable", process: "readonly", __dirname: "readonly" },
    },
  },
];
