// Compares output with a committed file under test/report/expected/.
// `UPDATE_EXPECTED=1 npx vitest run test/report` rewrites the files; review
// the diff before committing it.

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { expect } from "vitest";

const EXPECTED_DIR = join(dirname(fileURLToPath(import.meta.url)), "expected");

export function expectMatchesFile(name: string, actual: string): void {
  const file = join(EXPECTED_DIR, name);
  if (process.env.UPDATE_EXPECTED === "1") {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, actual, "utf8");
    return;
  }
  if (!existsSync(file)) {
    throw new Error(`missing expected file ${file}; run with UPDATE_EXPECTED=1 to write it, then review it`);
  }
  expect(actual).toBe(readFileSync(file, "utf8"));
}
