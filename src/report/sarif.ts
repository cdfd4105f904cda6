// SARIF 2.1.0 report (CONTRACT §5) for GitHub code scanning and other SARIF
// viewers. Must pass the SARIF JSON schema and Microsoft's Multitool
// `validate --rule-kind "Sarif;Gh"` without errors.

import type * as Sarif from "sarif";
import type { Finding, Location, ScanDiagnostic, ScanResult, Severity } from "../model/finding.js";
import { PROJECT_URI, RULE_LIST, type RuleMeta } from "../rules/meta.js";
import { compareStrings, sortDiagnostics, sortFindings } from "./common.js";
import { jsonParts } from "./json-parts.js";
import type { ReportOptions } from "./types.js";

export const SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
export const SRCROOT = "%SRCROOT%";
export const FINGERPRINT_KEY = "pitrace/v1";

/** GitHub's security-severity scale for the rule's default level. */
const SECURITY_SEVERITY: Record<Severity, string> = { error: "7.5", warning: "5.0", note: "2.0" };

export function renderSarif(result: ScanResult, options: ReportOptions): string {
  return [...renderSarifParts(result, options)].join("");
}

/** The same text in parts (see json-parts.ts), for writing a large report without holding it whole. */
export function* renderSarifParts(result: ScanResult, options: ReportOptions): Generator<string> {
  // Split down to each result of each run (log → runs → run → results → result, stringified whole).
  yield* jsonParts(buildSarif(result, options), 4);
  yield "\n";
}

export function buildSarif(result: ScanResult, options: ReportOptions): Sarif.Log {
  const ruleIndex = new Map(RULE_LIST.map((r, i) => [r.id, i]));
  const findings = sortFindings(result.findings);
  const diagnostics = sortDiagnostics(result.diagnostics);

  // Every file a result or notification points at, in path order.
  const files = new Set<string>();
  for (const f of findings) {
    files.add(f.location.file);
    for (const step of f.flow) files.add(step.location.file);
  }
  for (const d of diagnostics) if (d.location) files.add(d.location.file);
  const artifactFiles = [...files].sort(compareStrings);
  const artifactIndex = new Map(artifactFiles.map((file, i) => [file, i]));

  // File lines for snippets, read once per file through the caller's readFile.
  const fileLines = new Map<string, string[] | undefined>();
  const lines = (file: string): string[] | undefined => {
    if (!fileLines.has(file)) {
      let text: string | undefined;
      try {
        text = options.readFile?.(file);
      } catch {
        text = undefined;
      }
      fileLines.set(file, text === undefined ? undefined : text.split(/\r\n|\r|\n/));
    }
    return fileLines.get(file);
  };

  const physical = (loc: Location, withSnippet = false): Sarif.PhysicalLocation => {
    const region = toRegion(loc);
    const physicalLocation: Sarif.PhysicalLocation = {
      artifactLocation: { uri: relativeUri(loc.file), uriBaseId: SRCROOT, index: artifactIndex.get(loc.file) },
      region,
    };
    if (withSnippet) {
      const snippets = regionSnippets(lines(loc.file), loc);
      if (snippets) {
        region.snippet = { text: snippets.region };
        physicalLocation.contextRegion = snippets.context;
      }
    }
    return physicalLocation;
  };

  const results: Sarif.Result[] = findings.map((f) => toResult(f, ruleIndex.get(f.ruleId) ?? 0, physical));

  const run: Sarif.Run = {
    tool: {
      driver: {
        name: "pitrace",
        fullName: "pitrace: personal-information flow scanner (PIPL / MIIT Order 24)",
        version: options.toolVersion,
        semanticVersion: options.toolVersion,
        informationUri: PROJECT_URI,
        rules: RULE_LIST.map(toRule),
      },
    },
    invocations: [
      {
        executionSuccessful: !diagnostics.some((d) => d.code === "internal" && d.severity === "error"),
        toolExecutionNotifications: diagnostics.map((d) => toNotification(d, physical)),
      },
    ],
    originalUriBaseIds: { [SRCROOT]: srcRoot(result.root) },
    artifacts: artifactFiles.map((file) => ({
      location: { uri: relativeUri(file), uriBaseId: SRCROOT },
      roles: ["resultFile"],
    })),
    results,
    columnKind: "utf16CodeUnits",
  };

  return { $schema: SARIF_SCHEMA_URI, version: "2.1.0", runs: [run] };
}

const CONTEXT_LINES = 2;
const MAX_SNIPPET_LINE = 1000;

/** The region's own text and a context region of whole lines around it; undefined for unreadable or minified files. */
function regionSnippets(
  lines: string[] | undefined,
  loc: Location,
): { region: string; context: Sarif.Region } | undefined {
  if (!lines || loc.line < 1 || loc.line > lines.length) return undefined;
  const endLine = Math.min(Math.max(loc.endLine ?? loc.line, loc.line), lines.length);
  const first = Math.max(1, loc.line - CONTEXT_LINES);
  const last = Math.min(lines.length, endLine + CONTEXT_LINES);
  const window = lines.slice(first - 1, last);
  if (window.some((l) => l.length > MAX_SNIPPET_LINE)) return undefined;
  const startCol = Math.max(1, loc.column);
  let region: string;
  if (loc.endColumn === undefined) {
    region = lines[loc.line - 1].slice(startCol - 1);
    if (endLine > loc.line) region += "\n" + lines.slice(loc.line, endLine).join("\n");
  } else if (endLine === loc.line) {
    region = lines[loc.line - 1].slice(startCol - 1, Math.max(startCol, loc.endColumn) - 1);
  } else {
    region = [
      lines[loc.line - 1].slice(startCol - 1),
      ...lines.slice(loc.line, endLine - 1),
      lines[endLine - 1].slice(0, loc.endColumn - 1),
    ].join("\n");
  }
  if (!region.trim()) return undefined;
  return { region, context: { startLine: first, endLine: last, snippet: { text: window.join("\n") } } };
}

function toRule(meta: RuleMeta): Sarif.ReportingDescriptor {
  return {
    id: meta.id,
    name: meta.name,
    shortDescription: { text: meta.shortDescription },
    fullDescription: { text: meta.fullDescription },
    help: {
      text: markdownToText(meta.help) + `\n\nMore: ${meta.helpUri}`,
      markdown: `${meta.help}\n\n[Rule documentation](${meta.helpUri})`,
    },
    helpUri: meta.helpUri,
    defaultConfiguration: { level: meta.defaultSeverity },
    properties: {
      tags: ["privacy", "security", "pipl", ...meta.legalBasis.map(tagOf)].filter(
        (t, i, all) => all.indexOf(t) === i,
      ),
      precision: "medium",
      "security-severity": SECURITY_SEVERITY[meta.defaultSeverity],
      legalBasis: meta.legalBasis,
    },
  };
}

/** "PIPL Art. 23" → "external/pipl/art-23"; "MIIT Order 24 Art. 13" → "external/miit-24/art-13". */
function tagOf(basis: string): string {
  const m = /^(PIPL|MIIT Order 24)\s+Art\.\s*(\d+)/.exec(basis);
  if (!m) return basis.toLowerCase().replace(/[^a-z0-9]+/g, "-");
  return `external/${m[1] === "PIPL" ? "pipl" : "miit-24"}/art-${m[2]}`;
}

function toResult(
  f: Finding,
  ruleIndex: number,
  physical: (loc: Location, withSnippet?: boolean) => Sarif.PhysicalLocation,
): Sarif.Result {
  const source = f.flow[0];
  const result: Sarif.Result = {
    ruleId: f.ruleId,
    ruleIndex,
    level: f.severity,
    message: { text: sentence(f.message) },
    locations: [{ physicalLocation: physical(f.location, true) }],
  };
  if (source) {
    result.relatedLocations = [
      { id: 1, physicalLocation: physical(source.location), message: { text: sentence(source.message) } },
    ];
  }
  if (f.flow.length) {
    result.codeFlows = [
      {
        threadFlows: [
          {
            locations: f.flow.map((step, i) => ({
              location: { physicalLocation: physical(step.location), message: { text: sentence(step.message) } },
              executionOrder: i + 1,
              importance: i === 0 || i === f.flow.length - 1 ? "essential" : "important",
            })),
          },
        ],
      },
    ];
  }
  result.partialFingerprints = { [FINGERPRINT_KEY]: f.fingerprint };
  const properties: Sarif.PropertyBag = {
    categories: f.categories,
    sinkKind: f.sinkKind,
    sink: f.sink,
  };
  if (f.recipient !== undefined) properties.recipient = f.recipient;
  properties.guards = f.guards.map((g) => ({ ...g }));
  result.properties = properties;
  if (f.baselineState) result.baselineState = f.baselineState;
  return result;
}

function toNotification(
  d: ScanDiagnostic,
  physical: (loc: Location) => Sarif.PhysicalLocation,
): Sarif.Notification {
  const n: Sarif.Notification = {
    level: d.severity,
    message: { text: sentence(d.message) },
    descriptor: { id: d.code },
  };
  if (d.location) n.locations = [{ physicalLocation: physical(d.location) }];
  return n;
}

function toRegion(loc: Location): Sarif.Region {
  const region: Sarif.Region = { startLine: Math.max(1, loc.line), startColumn: Math.max(1, loc.column) };
  const endLine = loc.endLine ?? loc.line;
  if (loc.endColumn !== undefined && (endLine > loc.line || (endLine === loc.line && loc.endColumn > loc.column))) {
    region.endLine = endLine;
    region.endColumn = loc.endColumn;
  } else if (endLine > loc.line) {
    region.endLine = endLine;
  }
  return region;
}

/** A root-relative path as a relative URI reference: `/` separators, each segment percent-encoded. */
export function relativeUri(file: string): string {
  return file
    .replace(/\\/g, "/")
    .replace(/^\.\//, "")
    .split("/")
    .map((segment) => encodeURIComponent(segment))
    .join("/");
}

/** The scan root as an absolute `file:` URI ending with `/`, when the path is absolute. */
function srcRoot(root: string): Sarif.ArtifactLocation {
  const description = { text: "The directory pitrace scanned." };
  const path = root.replace(/\\/g, "/");
  let prefix: string;
  let segments: string[];
  if (/^[A-Za-z]:\//.test(path)) {
    prefix = `file:///${path.slice(0, 2)}/`;
    segments = path.slice(3).split("/");
  } else if (path.startsWith("/")) {
    prefix = "file:///";
    segments = path.slice(1).split("/");
  } else {
    return { description };
  }
  const encoded = segments
    .filter((s) => s !== "")
    .map((s) => encodeURIComponent(s))
    .join("/");
  return { uri: prefix + (encoded ? encoded + "/" : ""), description };
}

/** SARIF viewers (and the Multitool) expect messages that are sentences. */
function sentence(s: string): string {
  const t = s.trim();
  if (!t) return "(no message).";
  return /[.!?。！？]$/.test(t) ? t : `${t}.`;
}

function markdownToText(md: string): string {
  return md
    .replace(/\*\*([^*]+)\*\*/g, "$1")
    .replace(/`([^`]+)`/g, "$1")
    .replace(/\[([^\]]+)\]\(([^)]+)\)/g, "$1 ($2)");
}
