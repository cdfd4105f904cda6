// Reports written in parts (report/json-parts.ts): joined, the parts must be exactly the whole text.
import path from "node:path";
import { describe, expect, it } from "vitest";
import { jsonParts } from "../../src/report/json-parts.js";
import { renderReport, renderReportParts, REPORT_FORMATS } from "../../src/report/index.js";
import { scan } from "../../src/scan-project.js";

const DEMO = path.resolve(import.meta.dirname, "../../fixtures/demo-shop");

describe("jsonParts", () => {
  const values: unknown[] = [
    null,
    0,
    "手机号 😀\n\"quoted\"",
    [],
    {},
    [1, [2, [3, [4, [5, { six: [6] }]]]]],
    { a: 1, b: undefined, c: () => 1, d: [undefined, () => 1, Symbol("s"), null], e: { f: {}, g: [] }, h: new Date(0), "k\"ey": "v" },
    { deep: { deeper: { deepest: { bottom: { floor: [{ x: 1 }, { y: [2, 3] }] } } } } },
  ];
  it.each(values.map((v, i) => [i, v]))("value %i: the same text as JSON.stringify(value, null, 2), at every split depth", (_i, v) => {
    for (const depth of [0, 1, 2, 3, 4, 8]) expect([...jsonParts(v, depth)].join("")).toBe(JSON.stringify(v, null, 2));
  });
});

describe("renderReportParts", () => {
  it("joined, is the report renderReport gives, in every format", async () => {
    const result = await scan({ root: DEMO });
    const options = { toolVersion: "1.2.3" };
    for (const format of REPORT_FORMATS) expect([...renderReportParts(format, result, options)].join(""), format).toBe(renderReport(format, result, options));
    // The JSON formats come in many parts.
    expect([...renderReportParts("json", result, options)].length).toBeGreaterThan(result.findings.length);
    expect([...renderReportParts("sarif", result, options)].length).toBeGreaterThan(result.findings.length);
  });
});
