import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach } from "vitest";
import { discoverProjectsSync, unitIndex, type DiscoveredProjects } from "../../src/project/index.js";
import { createModuleResolver } from "../../src/project/module-resolver.js";
import { DEFAULT_CONFIG } from "../../src/model/config.js";

const temps: string[] = [];
afterEach(() => {
  for (const dir of temps.splice(0)) {
    // Undo chmod 000 so the tree can be removed.
    try {
      for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
        if (!entry.isSymbolicLink()) fs.chmodSync(path.join(entry.parentPath, entry.name), 0o755);
      }
    } catch {
      /* best effort */
    }
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

/** A temp directory with these files (relative path → content), removed after the test. */
export function makeTree(files: Record<string, string | Buffer> = {}): string {
  const root = fs.realpathSync(fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-project-")));
  temps.push(root);
  for (const [rel, content] of Object.entries(files)) {
    const file = path.join(root, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, content);
  }
  return root;
}

/** Units as { name, tsconfig (relative), files (relative) } for readable assertions. */
export function summary(result: DiscoveredProjects) {
  const rel = (f: string) => path.relative(result.root, f).split(path.sep).join("/");
  return {
    units: result.units.map((u) => ({ name: u.name, tsconfig: u.tsconfig && rel(u.tsconfig), files: u.files.map(rel) })),
    skipped: result.skipped.map((s) => ({ file: rel(s.file), reason: s.reason })),
  };
}

/** Every discovered file is in exactly one unit. */
export function allFiles(result: DiscoveredProjects): string[] {
  const files = result.units.flatMap((u) => u.files);
  if (new Set(files).size !== files.length) throw new Error("a file is in more than one unit");
  return files;
}

/** The scan's module resolver over a tree: specifier and importing file (relative) → resolved file (relative). */
export function resolverFor(root: string): (spec: string, from: string) => string | undefined {
  const projects = discoverProjectsSync(root, DEFAULT_CONFIG);
  const unitOf = unitIndex(projects.units);
  const resolve = createModuleResolver(root, projects, unitOf, (f) => unitOf.has(f));
  return (spec, from) => {
    const r = resolve(spec, path.join(root, from));
    return r && path.relative(root, r).split(path.sep).join("/");
  };
}
