// The SARIF report against the SARIF 2.1.0 schema and Microsoft's Multitool
// with GitHub's ingestion rules (CONTRACT §5).

import { describe, expect, it } from "vitest";
import { renderReport } from "../../src/report/index.js";
import { validateSarif, validateSarifSchema, validateSarifVerbose } from "../helpers/sarif-validate.js";
import { cannedReadFile, cannedResult, emptyResult, TOOL_VERSION } from "./canned.js";

const MULTITOOL_TIMEOUT = 120_000;

describe("SARIF validation", () => {
  it(
    "the canned report passes the schema and the Multitool (Sarif;Gh) with no errors and no warnings",
    async () => {
      const json = renderReport("sarif", cannedResult, { toolVersion: TOOL_VERSION, readFile: cannedReadFile });
      const v = await validateSarifVerbose(json);
      expect(v.schemaErrors).toEqual([]);
      expect(v.multitoolErrors).toEqual([]);
      expect(v.multitoolWarnings).toEqual([]);
    },
    MULTITOOL_TIMEOUT,
  );

  it(
    "an empty report and one without code frames are valid too",
    async () => {
      for (const json of [
        renderReport("sarif", emptyResult, { toolVersion: TOOL_VERSION }),
        renderReport("sarif", cannedResult, { toolVersion: TOOL_VERSION }),
      ]) {
        expect(await validateSarif(json)).toEqual({ schemaErrors: [], multitoolErrors: [] });
      }
    },
    MULTITOOL_TIMEOUT,
  );

  it(
    "the validators do catch a broken log (so a clean result means something)",
    async () => {
      const broken = JSON.stringify({
        version: "2.1.0",
        $schema: "https://example.com/not-sarif.json",
        runs: [
          {
            tool: { driver: { name: "x", rules: [{ id: "r" }] } },
            results: [
              {
                ruleId: "r",
                message: { text: "m" },
                locations: [{ physicalLocation: { artifactLocation: { uri: "a.ts" }, region: { startLine: 0 } } }],
                bogus: true,
              },
            ],
          },
        ],
      });
      expect(validateSarifSchema(broken).length).toBeGreaterThan(0);
      const v = await validateSarif(broken);
      expect(v.multitoolErrors.some((e) => e.startsWith("GH2012"))).toBe(true);
    },
    MULTITOOL_TIMEOUT,
  );
});
