import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    // src/typescript.cts (a CommonJS re-export of ts-morph's `ts`, see there) is served as its ES equivalent.
    alias: [{ find: /^(?:\.\.?\/)+typescript\.cjs$/, replacement: path.resolve(import.meta.dirname, "test/helpers/typescript.ts") }],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
