import { describe, expect, it } from "vitest";
import type * as Sarif from "sarif";
import type { ScanResult } from "../../src/model/finding.js";
import { REPORT_FORMATS, renderReport, type ReportFormat, type ReportOptions } from "../../src/report/index.js";
import { RULE_LIST } from "../../src/rules/meta.js";
import { cannedReadFile, cannedResult, emptyResult, TOOL_VERSION } from "./canned.js";
import { expectMatchesFile } from "./expected-file.js";

const options: ReportOptions = { toolVersion: TOOL_VERSION, readFile: cannedReadFile };

const EXTENSION: Record<ReportFormat, string> = {
  text: "txt",
  json: "json",
  sarif: "sarif",
  markdown: "md",
  html: "html",
};

/** The same result with every list reversed: reporters must not depend on input order. */
function reversed(result: ScanResult): ScanResult {
  return {
    ...result,
    findings: [...result.findings].reverse(),
    diagnostics: [...result.diagnostics].reverse(),
    sources: [...result.sources].reverse(),
    recipients: [...result.recipients].reverse(),
  };
}

describe("renderReport", () => {
  it("offers every format", () => {
    expect([...REPORT_FORMATS].sort()).toEqual(["html", "json", "markdown", "sarif", "text"]);
  });

  it("rejects an unknown format", () => {
    expect(() => renderReport("xml" as ReportFormat, cannedResult, options)).toThrow(/Unknown report format/);
  });

  for (const format of REPORT_FORMATS) {
    it(`${format}: canned result matches expected/canned.${EXTENSION[format]}`, () => {
      expectMatchesFile(`canned.${EXTENSION[format]}`, renderReport(format, cannedResult, options));
    });

    it(`${format}: empty result matches expected/empty.${EXTENSION[format]}`, () => {
      expectMatchesFile(`empty.${EXTENSION[format]}`, renderReport(format, emptyResult, options));
    });

    if (format !== "json") {
      it(`${format}: output does not depend on input order`, () => {
        expect(renderReport(format, reversed(cannedResult), options)).toBe(renderReport(format, cannedResult, options));
      });
    }

    it(`${format}: survives a readFile that fails`, () => {
      const out = renderReport(format, cannedResult, {
        toolVersion: TOOL_VERSION,
        readFile: () => {
          throw new Error("EACCES");
        },
      });
      expect(out.length).toBeGreaterThan(0);
    });
  }
});

describe("text", () => {
  it("colours only when asked", () => {
    const plain = renderReport("text", cannedResult, options);
    const colored = renderReport("text", cannedResult, { ...options, color: true });
    const ESC = "\u001b";
    expect(plain).not.toContain(ESC);
    expect(colored).toContain(`${ESC}[31merror${ESC}[39m`);
    expect(colored.replace(new RegExp(`${ESC}\\[\\d+m`, "g"), "")).toBe(plain);
    expectMatchesFile("canned.color.txt", colored);
  });

  it("shows a code frame of the sink line with a marker under the call", () => {
    const out = renderReport("text", cannedResult, options);
    expect(out).toContain("> 10 |   analytics.identify({ userId: customer.id, traits: { email, name } });");
    expect(out).toMatch(/\n {9}\| {3}\^{10,}\n/);
  });

  it("keeps control characters from scanned code out of the terminal", () => {
    const evil: ScanResult = {
      ...cannedResult,
      findings: [{ ...cannedResult.findings[0], message: "bad \u001b[2J name" }],
    };
    expect(renderReport("text", evil, { toolVersion: TOOL_VERSION, color: false })).not.toContain("\u001b");
  });
});

describe("json", () => {
  it("is the result itself, versioned, without the machine-specific root", () => {
    const parsed = JSON.parse(renderReport("json", cannedResult, options)) as Record<string, unknown>;
    const { root: _root, ...rest } = cannedResult;
    expect(parsed).toEqual(rest);
    expect(Object.keys(parsed)).toEqual(["version", "findings", "sources", "recipients", "diagnostics", "stats"]);
  });
});

describe("sarif", () => {
  const log = JSON.parse(renderReport("sarif", cannedResult, options)) as Sarif.Log;
  const run = log.runs[0];

  it("has one run with every rule", () => {
    expect(log.version).toBe("2.1.0");
    expect(log.runs).toHaveLength(1);
    expect(run.tool.driver.name).toBe("pitrace");
    expect(run.tool.driver.version).toBe(TOOL_VERSION);
    expect(run.tool.driver.rules?.map((r) => r.id)).toEqual(RULE_LIST.map((r) => r.id));
    for (const rule of run.tool.driver.rules ?? []) {
      expect(rule.help?.markdown).toBeTruthy();
      expect(rule.helpUri).toBe(`https://github.com/pitrace/pitrace/blob/main/docs/rules/${rule.id}.md`);
      expect(rule.properties?.tags).toContain("privacy");
    }
  });

  it("points ruleIndex at the rule", () => {
    for (const result of run.results ?? []) {
      expect(run.tool.driver.rules?.[result.ruleIndex ?? -1]?.id).toBe(result.ruleId);
    }
  });

  it("percent-encodes CJK and spaces in relative URIs", () => {
    const uris = (run.artifacts ?? []).map((a) => a.location?.uri);
    expect(uris).toContain("src/%E7%94%A8%E6%88%B7/%E7%99%BB%E5%BD%95.ts");
    expect(uris).toContain("src/pages/my%20profile.tsx");
    for (const uri of uris) {
      expect(uri).toMatch(/^[A-Za-z0-9\-._~%!$&'()*+,;=:@/]+$/);
      expect(decodeURIComponent(uri ?? "")).not.toMatch(/^\//);
    }
    expect(run.originalUriBaseIds?.["%SRCROOT%"]?.uri).toBe("file:///home/dev/%E5%95%86%E5%9F%8E%20app/");
  });

  it("carries location, flow, fingerprint, properties and baseline state", () => {
    const log10 = (run.results ?? []).find((r) => r.ruleId === "pi-to-log");
    expect(log10).toBeDefined();
    const physical = log10?.locations?.[0]?.physicalLocation;
    expect(physical?.artifactLocation?.uri).toBe("src/%E7%94%A8%E6%88%B7/%E7%99%BB%E5%BD%95.ts");
    expect(physical?.artifactLocation?.uriBaseId).toBe("%SRCROOT%");
    expect(physical?.region).toMatchObject({ startLine: 10, startColumn: 2, endLine: 10 });
    expect(log10?.codeFlows?.[0]?.threadFlows[0]?.locations).toHaveLength(5);
    expect(log10?.relatedLocations?.[0]?.physicalLocation?.region?.startLine).toBe(7);
    expect(log10?.partialFingerprints?.["pitrace/v1"]).toBe("c0ffee0000000005");
    expect(log10?.properties).toMatchObject({
      categories: ["account.credential", "contact.phone"],
      sinkKind: "log",
      guards: [],
    });
    expect(log10?.baselineState).toBe("new");
    const storage = (run.results ?? []).find((r) => r.ruleId === "pi-in-client-storage");
    expect(storage?.baselineState).toBe("unchanged");
    const separate = (run.results ?? []).find((r) => r.ruleId === "missing-separate-consent");
    expect(separate?.properties?.recipient).toBe("@segment/analytics-node");
  });

  it("reports diagnostics as tool execution notifications", () => {
    const notifications = run.invocations?.[0]?.toolExecutionNotifications ?? [];
    expect(notifications.map((n) => n.descriptor?.id).sort()).toEqual(
      ["parse-error", "stale-baseline-entry", "suppression-without-reason", "unused-suppression"].sort(),
    );
    expect(run.invocations?.[0]?.executionSuccessful).toBe(true);
  });
});

describe("markdown", () => {
  it("folds long flows and escapes HTML in messages", () => {
    const out = renderReport("markdown", cannedResult, options);
    expect(out).toContain("<details><summary>Flow (5 steps)</summary>");
    expect(out).toContain("&lt;用户&gt;");
    expect(out).not.toContain("<用户>");
  });

  it("stays under GitHub's comment size limit with many findings", () => {
    const many: ScanResult = {
      ...cannedResult,
      findings: Array.from({ length: 400 }, (_, i) => ({
        ...cannedResult.findings[i % cannedResult.findings.length],
        fingerprint: `f${String(i).padStart(4, "0")}`,
        location: { ...cannedResult.findings[i % cannedResult.findings.length].location, line: i + 1 },
      })),
    };
    const out = renderReport("markdown", many, options);
    expect(out.length).toBeLessThan(65_536);
    expect(out).toMatch(/<details><summary>\d+ more findings<\/summary>/);
  });

  it("says there is nothing to report for an empty result", () => {
    expect(renderReport("markdown", emptyResult, options)).toMatch(/^### pitrace: no findings\n/);
  });
});

describe("html", () => {
  it("is self-contained and escapes content", () => {
    const out = renderReport("html", cannedResult, options);
    expect(out).not.toMatch(/<script|<link|src=|@import|url\(/i);
    expect(out).toContain("&#60;用户&#62;");
    expect(out).not.toContain("<用户>");
    expect(out).toContain("Who receives each category");
  });
});
