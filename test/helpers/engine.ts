// A solved engine over a few files written to a temporary project, for tests that look at the engine's
// values and summaries rather than at findings.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll } from "vitest";
import type { Engine } from "../../src/engine/engine.js";
import { createEngine, parseAll, prepare, relPath } from "../../src/scan.js";

/** Call once per test file: returns `engineFor` and `projectDir`, and removes the projects after the file. */
export function tempEngines(prefix: string): { engineFor(files: Record<string, string>): Promise<Engine>; projectDir(): string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `pitrace-${prefix}-`));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const projectDir = () => fs.mkdtempSync(path.join(dir, "p-"));
  return {
    projectDir,
    async engineFor(files) {
      const root = projectDir();
      for (const [name, text] of Object.entries(files)) {
        fs.mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
        fs.writeFileSync(path.join(root, name), text);
      }
      const prepared = await prepare(root, undefined);
      const parsed = parseAll(prepared, []);
      const engine = createEngine(prepared, parsed);
      for (const [f, sf] of parsed) engine.addFile(f, relPath(root, f), sf);
      engine.solve(() => {});
      return engine;
    },
  };
}
