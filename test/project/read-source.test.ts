import fs from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { readSourceFile } from "../../src/project/index.js";
import { makeTree } from "./helpers.js";

describe("readSourceFile", () => {
  test("strips a UTF-8 BOM and keeps CRLF line ends", () => {
    const root = makeTree({ "a.ts": Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("const a = 1;\r\nconst 手机号 = 2;\r\n")]) });
    expect(readSourceFile(path.join(root, "a.ts"))).toEqual({ text: "const a = 1;\r\nconst 手机号 = 2;\r\n" });
  });

  test("decodes UTF-16 files that carry a BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("let x = '手机';\n", "utf16le")]);
    const be = Buffer.from(le).swap16();
    const root = makeTree({ "le.ts": le, "be.ts": be });
    expect(readSourceFile(path.join(root, "le.ts"))).toEqual({ text: "let x = '手机';\n" });
    expect(readSourceFile(path.join(root, "be.ts"))).toEqual({ text: "let x = '手机';\n" });
  });

  test("rejects binary files (NUL in the first 8 KB) with a reason", () => {
    const root = makeTree({ "a.ts": Buffer.from([0x61, 0x00, 0x62]), "late.ts": Buffer.concat([Buffer.alloc(9000, 0x61), Buffer.from([0])]) });
    expect(readSourceFile(path.join(root, "a.ts"))).toEqual({ skip: "binary file (NUL bytes in the first 8 KB)" });
    expect(readSourceFile(path.join(root, "late.ts"))).toHaveProperty("text");
  });

  test("rejects files over maxBytes (default 2 MiB) with a reason", () => {
    const root = makeTree({ "big.ts": Buffer.alloc(3 * 1024 * 1024, 0x61), "small.ts": "x".repeat(100) });
    expect(readSourceFile(path.join(root, "big.ts"))).toEqual({ skip: "larger than 2 MiB (3 MiB)" });
    expect(readSourceFile(path.join(root, "small.ts"), { maxBytes: 10 })).toEqual({ skip: "larger than 10 bytes (100 bytes)" });
    expect(readSourceFile(path.join(root, "small.ts"), { maxBytes: 100 })).toEqual({ text: "x".repeat(100) });
  });

  test("missing files and directories are skipped, not thrown", () => {
    const root = makeTree({ "a.ts": "" });
    expect(readSourceFile(path.join(root, "nope.ts"))).toEqual({ skip: "unreadable (ENOENT)" });
    expect(readSourceFile(root)).toEqual({ skip: "not a regular file" });
    expect(readSourceFile(path.join(root, "a.ts"))).toEqual({ text: "" });
  });

  test.skipIf(process.getuid?.() === 0)("unreadable files are skipped with the error code", () => {
    const root = makeTree({ "a.ts": "x" });
    fs.chmodSync(path.join(root, "a.ts"), 0o000);
    expect(readSourceFile(path.join(root, "a.ts"))).toEqual({ skip: "unreadable (EACCES)" });
  });
});
