// Typed values whose fields are read: a field whose declared type has no members (a number, a library
// type) can never expand to PI, so its atom is dropped when it is made; an element of a collection
// expands to the element type's fields.
import { describe, expect, it } from "vitest";
import type { Engine } from "../../src/engine/engine.js";
import { tempEngines } from "../helpers/engine.js";

const { engineFor } = tempEngines("type-atoms");

/** The typed atoms of what a unit returns, by path (its parameter atoms are resolved at call sites). */
function returnedTypeAtoms(engine: Engine, name: string): string[] {
  const u = engine.units.find((x) => x.name === name)!;
  return [...(engine.results[u.id]!.ret.taint?.values() ?? [])].flatMap((e) => (e.atom.kind === "type" ? [`type:${e.atom.path.join(".")}`] : []));
}

const schema = [
  "export interface Schema { title: string; minLength: number; maxLength?: number | null; pattern: RegExp; items?: Schema[]; meta: Record<string, string> }",
  "export interface User { email: string; phone: string; plan: string }",
].join("\n");

describe("typed atoms", () => {
  it("drops the atoms of fields that can hold nothing (primitives, library types, unknown members)", async () => {
    const engine = await engineFor({
      "src/types.ts": schema,
      "src/walk.ts": [
        "import type { Schema, User } from './types';",
        "export function limits(s: Schema) { return [s.minLength, s.maxLength, s.pattern, s.title.length, s.nosuch]; }",
        "export function nested(s: Schema) { return s.items; }",
        "export function element(users: User[]) { return users[0]; }",
        "export function unknownKey(u: User) { return u['x']; }",
        "export function noElement(u: User) { return (u as any)[0]; }",
        "export function elementOfElement(grid: User[][]) { return grid[0][0]; }",
      ].join("\n"),
    });
    expect(returnedTypeAtoms(engine, "limits")).toEqual([]);
    expect(returnedTypeAtoms(engine, "nested")).toEqual(["type:items"]);
    expect(returnedTypeAtoms(engine, "element")).toEqual(["type:[]"]);
    expect(returnedTypeAtoms(engine, "unknownKey")).toEqual([]);
    expect(returnedTypeAtoms(engine, "noElement")).toEqual([]);
    expect(returnedTypeAtoms(engine, "elementOfElement")).toEqual(["type:[].[]"]);
  });

  it("expands an element of a typed collection to the element type's PI fields", async () => {
    const engine = await engineFor({
      "src/types.ts": schema,
      "src/walk.ts": ["import type { User } from './types';", "export function first(users: readonly User[]) { return users[0]; }"].join("\n"),
    });
    const u = engine.units.find((x) => x.name === "first")!;
    const atom = [...engine.results[u.id]!.ret.taint!.values()].find((e) => e.atom.kind === "type")!.atom;
    expect(atom.kind).toBe("type");
    const leaves = atom.kind === "type" ? engine.expandTypeAtom(atom) : [];
    expect(leaves.map((e) => (e.atom.kind === "src" ? engine.sources[e.atom.id].name : "")).sort()).toEqual(["email", "phone"]);
  });
});
