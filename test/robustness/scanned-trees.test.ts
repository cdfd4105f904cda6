// Issue #8, hostile scanned trees: files that do not parse, binary junk,
// links, big and odd files, encodings, CJK names. The scan goes on, reports
// what it skipped, and still finds flows elsewhere with the right lines.
// (Deeply nested code that still crashes is in pending-engine.test.ts.)
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { renderReport, scan, type ScanResult } from "../../src/index.js";
import { LEAK, makeTree } from "./helpers.js";

const where = (r: ScanResult) => r.findings.map((f) => `${f.ruleId} ${f.location.file}:${f.location.line}`).sort();
const diag = (r: ScanResult, file: string) => r.diagnostics.filter((d) => d.location?.file === file || d.message.includes(file));

describe("files the scanner cannot use", () => {
  it("a file that does not parse is named in the diagnostics; other files are still scanned", async () => {
    const root = makeTree({
      "ok.ts": LEAK,
      "broken.ts": "export function (( {{{ user.email\nconst = ;\n<<<<<<< HEAD\n",
      "broken.js": "function f(user) { console.log(user.email) \n",
      "conflict.ts": "<<<<<<< ours\nexport const a = 1;\n=======\nexport const a = 2;\n>>>>>>> theirs\n",
    });
    const r = await scan({ root });
    expect(where(r)).toContain("pi-to-log ok.ts:2");
    for (const f of ["broken.ts", "conflict.ts"]) expect(diag(r, f).map((d) => d.code), f).toContain("parse-error");
  });

  it("binary junk named .ts is skipped with a reason", async () => {
    const junk = Buffer.alloc(4096);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 7919) % 256;
    const root = makeTree({ "ok.ts": LEAK, "junk.ts": junk, "image.tsx": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]) });
    const r = await scan({ root });
    expect(where(r)).toEqual(["pi-to-log ok.ts:2"]);
    expect(diag(r, "junk.ts")[0]?.message).toMatch(/binary/);
    expect(diag(r, "image.tsx")[0]?.message).toMatch(/binary/);
  });

  it("high-byte junk without NUL bytes is parsed as text and does not stop the scan", async () => {
    const junk = Buffer.alloc(20_000);
    for (let i = 0; i < junk.length; i++) junk[i] = 1 + ((i * 104729) % 255);
    // Keep lines short so it is not taken for minified code.
    for (let i = 60; i < junk.length; i += 61) junk[i] = 0x0a;
    const root = makeTree({ "ok.ts": LEAK, "junk.ts": junk });
    const r = await scan({ root });
    expect(where(r)).toEqual(["pi-to-log ok.ts:2"]);
  });

  it("UTF-16 with a BOM is decoded", async () => {
    const text = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(LEAK, "utf16le")]);
    const r = await scan({ root: makeTree({ "u16.ts": text }) });
    expect(where(r)).toEqual(["pi-to-log u16.ts:2"]);
  });

  it("symlink loops and dangling links neither hang nor crash", async () => {
    const root = makeTree({ "src/ok.ts": LEAK });
    fs.symlinkSync("..", path.join(root, "src", "up"));
    fs.symlinkSync(root, path.join(root, "self"));
    fs.symlinkSync("missing-target.ts", path.join(root, "dangling.ts"));
    fs.symlinkSync("no/such/dir", path.join(root, "dangling-dir"));
    fs.symlinkSync("a-link", path.join(root, "b-link"));
    fs.symlinkSync("b-link", path.join(root, "a-link"));
    fs.symlinkSync("loop.ts", path.join(root, "loop.ts"));
    const t = Date.now();
    const r = await scan({ root });
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(where(r)).toEqual(["pi-to-log src/ok.ts:2"]);
  });

  it("a multi-megabyte minified file is skipped quickly with a warning", async () => {
    const body = Array.from({ length: 60_000 }, (_, i) => `function f${i}(u){console.log(u.email)}`).join(";");
    const root = makeTree({ "ok.ts": LEAK, "vendor.js": body, "bundle.min.js": "var a=1;\n" });
    const t = Date.now();
    const r = await scan({ root });
    expect(Date.now() - t).toBeLessThan(20_000);
    expect(where(r)).toEqual(["pi-to-log ok.ts:2"]);
    expect(diag(r, "vendor.js")[0]).toMatchObject({ severity: "warning" });
    expect(diag(r, "vendor.js")[0]?.message).toMatch(/minified|larger/);
  });

  it("a large hand-written-looking file under the size cap is scanned", async () => {
    const lines = Array.from({ length: 20_000 }, (_, i) => `export const v${i} = ${i};`);
    lines.push("export function register(user: { email: string }) {", "  console.log(user.email);", "}");
    const r = await scan({ root: makeTree({ "big.ts": `${lines.join("\n")}\n` }) });
    expect(where(r)).toEqual(["pi-to-log big.ts:20002"]);
  });

  it("moderately deep nesting (300 levels) is analysed or cut with a warning, never a crash", async () => {
    const n = 300;
    const param = "export function f(user: { email: string }, c: boolean) {\n";
    const files = {
      "parens.ts": `${param}  const x = ${"(\n".repeat(n)}user.email${")\n".repeat(n)};\n  console.log(x);\n}\n`,
      "ifs.ts": `${param}${"if (c) {\n".repeat(n)}console.log(user.email);\n${"}\n".repeat(n)}}\n`,
      "chain.ts": `${param}  const a = user.email;\n  const x = ${Array(n * 4).fill("a").join(" +\n")};\n  console.log(x);\n}\n`,
      "ok.ts": LEAK,
    };
    const r = await scan({ root: makeTree(files) });
    expect(where(r)).toContain("pi-to-log ok.ts:2");
    expect(where(r)).toContain(`pi-to-log ifs.ts:${n + 2}`);
  });
});

describe("encodings, line endings and names", () => {
  it("a BOM and CRLF line endings give the right lines", async () => {
    const crlf = LEAK.replace(/\n/g, "\r\n");
    const root = makeTree({
      "bom.ts": `\ufeff// header\n\n${LEAK}`,
      "crlf.ts": `// header\r\n\r\n${crlf}`,
      "bomcrlf.ts": `\ufeff// header\r\n\r\n${crlf}`,
      "cr.ts": `// header\r\r${LEAK.replace(/\n/g, "\r")}`,
      "mixed.ts": `// a\r\n// b\n// c\r\n${crlf}`,
    });
    const r = await scan({ root });
    expect(where(r)).toEqual(["pi-to-log bom.ts:4", "pi-to-log bomcrlf.ts:4", "pi-to-log cr.ts:4", "pi-to-log crlf.ts:4", "pi-to-log mixed.ts:5"]);
    for (const f of r.findings) expect(f.location.column).toBe(3);
  });

  it("CJK identifiers and file names: right lines and well-formed SARIF URIs", async () => {
    const root = makeTree({
      "用户/手机号.ts": `// 注册\n\nexport function 登记(用户: { email: string; 手机号: string }) {\n  console.log(用户.手机号);\n}\n`,
      "src/名 前 (1).ts": `\n${LEAK}`,
      "src/%41#x?.ts": LEAK,
    });
    const r = await scan({ root });
    expect(where(r)).toEqual(["pi-to-log src/%41#x?.ts:2", "pi-to-log src/名 前 (1).ts:3", "pi-to-log 用户/手机号.ts:4"]);
    const sarif = JSON.parse(renderReport("sarif", r, { toolVersion: "0.0.0" })) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } }[] }[]; artifacts?: { location: { uri: string } }[] }[];
    };
    const uris = sarif.runs[0].results.map((x) => x.locations[0].physicalLocation.artifactLocation.uri).sort();
    for (const uri of uris) {
      // RFC 3986: no raw spaces, non-ASCII, '#', '?' or stray '%'.
      expect(uri).toMatch(/^(?:[A-Za-z0-9\-._~!$&'()*+,;=:@/]|%[0-9A-F]{2})+$/);
      expect(new URL(uri, "file:///root/").pathname.startsWith("/root/")).toBe(true);
    }
    expect(uris.map((u) => decodeURIComponent(u)).sort()).toEqual(["src/%41#x?.ts", "src/名 前 (1).ts", "用户/手机号.ts"].sort());
    expect(sarif.runs[0].results.map((x) => x.locations[0].physicalLocation.region.startLine).sort()).toEqual([2, 3, 4]);
  });

  it("an empty directory, and a tree with no source files", async () => {
    const empty = makeTree();
    const r1 = await scan({ root: empty });
    expect(r1.findings).toEqual([]);
    expect(r1.stats.files).toBe(0);
    const docs = makeTree({ "README.md": "# hi\n", "data.json": "{}", "sub/empty/.keep": "" });
    expect((await scan({ root: docs })).findings).toEqual([]);
  });

  it("empty and whitespace-only source files", async () => {
    const r = await scan({ root: makeTree({ "a.ts": "", "b.ts": "\n\n\n", "c.ts": "\ufeff", "d.js": "#!/usr/bin/env node\n", "ok.ts": LEAK }) });
    expect(where(r)).toEqual(["pi-to-log ok.ts:2"]);
  });

  it("node_modules, build output and dot-directories are not scanned", async () => {
    const root = makeTree({
      "src/ok.ts": LEAK,
      "node_modules/pkg/index.ts": LEAK,
      "packages/a/node_modules/pkg/index.js": LEAK,
      "dist/out.js": LEAK,
      "build/out.js": LEAK,
      "coverage/lcov.js": LEAK,
      ".next/server.js": LEAK,
      ".git/hooks/x.js": LEAK,
      "miniprogram_npm/x/index.js": LEAK,
    });
    const r = await scan({ root });
    expect(where(r)).toEqual(["pi-to-log src/ok.ts:2"]);
    expect(r.stats.files).toBe(1);
  });
});
