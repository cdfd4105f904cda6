// Report files are written in slices (src/cli/write-text.ts): the bytes must be those of the whole text.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { WriteError, writeStreamParts, writeTextParts } from "../../src/cli/write-text.js";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-write-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("writeTextParts of one whole text", () => {
  it("writes the UTF-8 of the whole text, with no surrogate pair split at a slice boundary", () => {
    // Slices of 4 code units: the pairs of 😀 fall across boundaries at every offset.
    for (const prefix of ["", "a", "ab", "abc"]) {
      const text = `${prefix}😀x😀😀 手机号 ${"😀".repeat(9)}end`;
      const file = path.join(dir, `out-${prefix.length}.txt`);
      writeTextParts(file, [text], 4);
      expect(fs.readFileSync(file, "utf8")).toBe(text);
    }
  });

  it("writes an empty text, and replaces a longer file", () => {
    const file = path.join(dir, "empty.txt");
    fs.writeFileSync(file, "old and longer");
    writeTextParts(file, [""]);
    expect(fs.readFileSync(file, "utf8")).toBe("");
    writeTextParts(file, ["new"]);
    expect(fs.readFileSync(file, "utf8")).toBe("new");
  });
});

describe("writeTextParts", () => {
  it("writes the parts one after the other, across slice boundaries", () => {
    const parts = ["ab", "😀", "c", "", "手机号😀😀", "x".repeat(9), "end"];
    const file = path.join(dir, "parts.txt");
    for (const slice of [2, 3, 4, 5, 64]) {
      writeTextParts(file, parts, slice);
      expect(fs.readFileSync(file, "utf8")).toBe(parts.join(""));
    }
  });
});

describe("writeStreamParts (a report on standard output)", () => {
  const collect = (parts: string[], slice: number) => {
    const writes: string[] = [];
    writeStreamParts({ write: (s: string) => writes.push(s) > 0 }, parts, slice);
    return writes;
  };

  it("writes the parts in slices no larger than a slice (or one part), ending with one newline", () => {
    const parts = ["ab", "😀", "c", "", "手机号😀😀", "x".repeat(9), "end"];
    for (const slice of [2, 3, 4, 5, 64]) {
      const writes = collect(parts, slice);
      expect(writes.join("")).toBe(`${parts.join("")}\n`);
      for (const w of writes.slice(0, -1)) expect(w.length).toBeLessThan(2 * slice + 1);
      // No write ends inside a surrogate pair.
      for (const w of writes) expect(/[\ud800-\udbff]$/.test(w)).toBe(false);
    }
    expect(collect(parts, 4).length).toBeGreaterThan(3);
  });

  it("adds no second newline, and writes one newline for an empty report", () => {
    expect(collect(["{", "}\n"], 64).join("")).toBe("{}\n");
    expect(collect([""], 64)).toEqual(["\n"]);
    expect(collect([], 64)).toEqual(["\n"]);
  });
});

describe("write errors and render errors", () => {
  it("a file that cannot be written is a WriteError; a report that fails to render is its own error", () => {
    expect(() => writeTextParts(path.join(dir, "missing-dir", "r.json"), ["x"])).toThrow(WriteError);
    function* failing(): Generator<string> {
      yield "{";
      throw new TypeError("renderer bug");
    }
    const file = path.join(dir, "partial.json");
    let thrown: unknown;
    try {
      writeTextParts(file, failing());
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(TypeError);
    expect(thrown).not.toBeInstanceOf(WriteError);
  });
});
