// Work that must stay bounded on code shaped unlike application code: a value nested in itself on every
// turn of a loop (generated parsers: `s0 = [s0, s1]`), and a helper under a deep fan-in of callers.
// Checked by the size of values and by counting expansions, not by timing.
import fs from "node:fs";
import path from "node:path";
import { bounded, flatten, join, largerThan, type Val } from "../../src/engine/values.js";
import { describe, expect, it, vi } from "vitest";
import { tempEngines } from "../helpers/engine.js";

const { engineFor, projectDir } = tempEngines("bounded");

describe("value shapes", () => {
  it("a value nested in itself keeps what it carries and loses its shape past the limit", () => {
    const src: Val = { taint: new Map([["s1", { atom: { kind: "src", id: 1 }, via: [] }]]) };
    let v: Val = { fields: new Map([["0", src]]) };
    for (let i = 0; i < 12; i++) v = join(v, { fields: new Map([["0", v], ["1", v], ["[]", v]]) });
    expect(largerThan(v, 256)).toBe(false);
    expect([...flatten(v).keys()]).toEqual(["s1"]);
    const small: Val = { fields: new Map([["a", src]]) };
    expect(bounded(small)).toBe(small);
  });

  it("a loop that nests an array in itself ends with a bounded value that still carries its PI", async () => {
    const engine = await engineFor({
      "src/parse.js": [
        "export function parse(input, phone) {",
        "  let s0 = [];",
        "  for (let i = 0; i < input.length; i++) {",
        "    const s1 = [input[i], phone];",
        "    s0 = [s0, s1, [s0, s1]];",
        "  }",
        "  return s0;",
        "}",
      ].join("\n"),
    });
    const u = engine.units.find((x) => x.name === "parse")!;
    const ret = engine.results[u.id]!.ret;
    expect(largerThan(ret, 256)).toBe(false);
    expect([...flatten(ret).values()].some((e) => e.atom.kind === "param" && e.atom.index === 1)).toBe(true);
  });
});

describe("parameter expansion", () => {
  it("finds a source through nine layers of callers, with a bounded number of expansions", async () => {
    // The shape that made expansion blow up (semver: helpers under classes under helpers) is not reproduced
    // here; this checks that memoised expansion still finds what reaches the sink through a deep fan-in.
    // Nine layers of five functions, each calling every function of the layer below: 5^9 paths to `sink`.
    const layers = 9;
    const width = 5;
    const lines = ["export function sink(value) { console.log(value); }"];
    for (let l = 0; l < layers; l++)
      for (let w = 0; w < width; w++) {
        const below = l === 0 ? ["sink(x)"] : Array.from({ length: width }, (_, k) => `f${l - 1}_${k}(x)`);
        lines.push(`export function f${l}_${w}(x) { ${below.join("; ")}; }`);
      }
    lines.push(`export function entry(phone) { ${Array.from({ length: width }, (_, k) => `f${layers - 1}_${k}(phone)`).join("; ")}; }`);
    const engine = await engineFor({ "src/chain.js": lines.join("\n") });
    const spy = vi.spyOn(engine as unknown as { concretise: (...a: unknown[]) => void }, "concretise");
    const sinks = engine.resolve();
    expect(sinks.some((s) => [...s.flows.keys()].some((id) => engine.sources[id].name === "phone"))).toBe(true);
    expect(spy.mock.calls.length).toBeLessThan(500);
  });
});

describe("closures that all call each other", () => {
  it("past the inlining budget, the rest run once each and a warning says so", async () => {
    const n = 24;
    const fns = Array.from({ length: n }, (_, i) => `  function r${i}(x) { ${Array.from({ length: n }, (_, k) => (k === i ? "" : `r${k}(x);`)).join(" ")} console.log(x); }`);
    const root = projectDir();
    fs.mkdirSync(path.join(root, "src"));
    fs.writeFileSync(path.join(root, "src", "parser.js"), ["export function parse(phone) {", ...fns, "  r0(phone);", "}"].join("\n"));
    const { scan } = await import("../../src/index.js");
    const result = await scan({ root });
    expect(result.diagnostics.some((d) => d.message.includes("call each other too much"))).toBe(true);
    expect(result.findings.some((f) => f.ruleId === "pi-to-log" && f.categories.includes("contact.phone"))).toBe(true);
  });
});
