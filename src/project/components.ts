// The projects of a monorepo that can be analysed apart: two projects belong
// together when a file of one imports (or requires, or references) a file of
// the other, directly or through other projects. Imports are read with
// TypeScript's pre-processor, a scan of the tokens that finds module
// specifiers without building a syntax tree (a fraction of a parse), and
// resolved exactly as the flow engine resolves them.
//
// Names that join files without an import (script globals, interfaces looked
// up by name, framework conventions) are not visible here; the split scan
// checks them after the analysis (see src/pool/split-scan.ts).
import { ts } from "../typescript.cjs";
import { unitIndex } from "./discover.js";
import { createModuleResolver } from "./module-resolver.js";
import { isSfc, sfcScript } from "./sfc.js";
import type { DiscoveredProjects } from "./types.js";

/** Union-find over group indexes. */
export class Groups {
  private readonly parent: number[];
  constructor(n: number) {
    this.parent = Array.from({ length: n }, (_, i) => i);
  }
  find(i: number): number {
    while (this.parent[i] !== i) i = this.parent[i] = this.parent[this.parent[i]];
    return i;
  }
  union(a: number, b: number): boolean {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return false;
    // The smaller index stays the root: groups keep the order of their first project.
    if (ra < rb) this.parent[rb] = ra;
    else this.parent[ra] = rb;
    return true;
  }
  /** The members of each group, groups in the order of their first member. */
  sets(): number[][] {
    const by = new Map<number, number[]>();
    for (let i = 0; i < this.parent.length; i++) {
      const r = this.find(i);
      let l = by.get(r);
      if (!l) by.set(r, (l = []));
      l.push(i);
    }
    return [...by.values()];
  }
}

/**
 * The module specifiers a file's text names (imports, exports from, requires, references), by a token scan
 * (of a Vue component's script blocks only).
 */
export function fileSpecifiers(file: string, text: string): string[] {
  const pre = ts.preProcessFile(isSfc(file) ? sfcScript(text).text : text, true, true);
  return [...pre.importedFiles, ...pre.referencedFiles].map((r) => r.fileName);
}

/**
 * The projects (indexes into `projects.units`) grouped so that no import crosses from one group to
 * another. `specifiersOf` gives a file's module specifiers (fileSpecifiers of its text), or undefined
 * when it cannot be read (the scan reports it); `onResolved` is told what each one resolved to.
 */
export function importGroups(
  root: string,
  projects: DiscoveredProjects,
  specifiersOf: (file: string) => readonly string[] | undefined,
  onResolved?: (file: string, spec: string, target: string | undefined) => void,
): number[][] {
  const unitOf = unitIndex(projects.units);
  const groups = new Groups(projects.units.length);
  const resolve = createModuleResolver(root, projects, unitOf, (f) => unitOf.has(f));
  projects.units.forEach((unit, i) => {
    for (const file of unit.files) {
      for (const spec of specifiersOf(file) ?? []) {
        const target = resolve(spec, file);
        onResolved?.(file, spec, target);
        const j = target === undefined ? undefined : unitOf.get(target);
        if (j !== undefined && j !== i) groups.union(i, j);
      }
    }
  });
  return groups.sets();
}
