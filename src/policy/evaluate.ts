// From resolved sink flows to findings: one finding per rule per sink call.
import { createHash } from "node:crypto";
import { ts } from "../typescript.cjs";
import type { Engine, ResolvedSink } from "../engine/engine.js";
import type { FileIndex } from "../engine/file-index.js";
import { intersectGuards } from "../engine/guards.js";
import type { SinkEntry } from "../model/catalog.js";
import type { PitraceConfig } from "../model/config.js";
import type { Finding, FlowStep, Location, RecipientRecord, RuleId, Severity } from "../model/finding.js";
import { compareStrings } from "../model/order.js";
import type { Taxonomy } from "../model/taxonomy.js";
import { RULES } from "../rules/meta.js";
import { differentRegion, findContractor, regionOf, undeclaredCategories } from "./contractors.js";
import { renderMessage } from "./messages.js";

export interface PolicyContext {
  engine: Engine;
  config: PitraceConfig;
  taxonomy: Taxonomy;
  sinks: readonly SinkEntry[];
}

export function locationOf(node: ts.Node, file: FileIndex): Location {
  const sf = file.sf;
  const start = sf.getLineAndCharacterOfPosition(node.getStart(sf));
  const end = sf.getLineAndCharacterOfPosition(node.getEnd());
  return { file: file.rel, line: start.line + 1, column: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 };
}

/** Keep the most specific ids: drop "contact" when "contact.email" is there too. */
export function normaliseCategories(cats: Iterable<string>): string[] {
  const all = [...new Set(cats)];
  return all.filter((c) => !all.some((o) => o !== c && o.startsWith(`${c}.`))).sort();
}

export function evaluate(resolved: readonly ResolvedSink[], ctx: PolicyContext): { findings: Finding[]; recipients: RecipientRecord[] } {
  const findings: Finding[] = [];
  const recipients = new Map<string, RecipientRecord>();
  const { engine, config, taxonomy } = ctx;
  // Merge hits on the same sink call (several calls of one chain on one line count once).
  const merged = new Map<string, ResolvedSink>();
  for (const r of inSourceOrder(resolved, engine)) {
    const loc = locationOf(r.hit.node, r.file);
    const key = `${loc.file}:${loc.line}:${r.hit.kind}:${r.hit.recipient?.id ?? r.hit.sink}`;
    const prev = merged.get(key);
    if (!prev) merged.set(key, r);
    else {
      for (const [id, steps] of r.flows) if (!prev.flows.has(id)) prev.flows.set(id, steps);
      prev.guards = intersectGuards(prev.guards, r.guards);
    }
  }
  const seen = new Map<string, number>();
  for (const r of merged.values()) {
    const { hit } = r;
    const sinkLoc = locationOf(hit.node, r.file);
    const cats = normaliseCategories([...r.flows.keys()].flatMap((id) => engine.sources[id].categories));
    if (cats.length === 0) continue;
    const flow = buildFlow(engine, r);
    const emit = (ruleId: RuleId, categories: string[], extra: Partial<Finding> & { message: string }) => {
      if (categories.length === 0) return;
      // The call's own text (whitespace folded) tells apart flows of the same shape in one function;
      // the occurrence counter is left only for exact duplicates.
      const sinkText = callText(hit.node);
      const base = `${ruleId}|${sinkLoc.file}|${enclosingName(hit.node)}|${sinkText}|${hit.recipient?.id ?? ""}|${categories.join(",")}`;
      const n = seen.get(base) ?? 0;
      seen.set(base, n + 1);
      findings.push({
        ruleId,
        severity: severityFor(ruleId, categories, taxonomy),
        location: sinkLoc,
        categories,
        sinkKind: hit.kind,
        recipient: hit.recipient && !hit.recipient.firstParty ? hit.recipient.id : undefined,
        sink: hit.sink,
        guards: r.guards,
        flow,
        fingerprint: createHash("sha256").update(`${base}|${n}`).digest("hex").slice(0, 32),
        ...extra,
      });
    };
    const sinkLabel = hit.recipient?.id ?? hit.sink;
    if (hit.kind === "log") emit("pi-to-log", cats, { message: renderMessage("pi-to-log", { categories: cats, sinkLabel: hit.sink, guards: [] }) });
    if (hit.kind === "storage")
      emit("pi-in-client-storage", cats, { message: renderMessage("pi-in-client-storage", { categories: cats, sinkLabel: hit.sink, guards: [] }) });
    if ((hit.kind === "http" || hit.kind === "sdk") && hit.recipient && !hit.recipient.firstParty) {
      const rec = hit.recipient;
      const contractor = rec.unresolved ? undefined : findContractor(config, rec);
      const region = rec.unresolved ? undefined : regionOf(contractor, rec, ctx.sinks);
      const inv = recipients.get(rec.id) ?? { id: rec.id, kind: rec.kind, contractor: contractor?.name, region, categories: [], sinks: [] };
      inv.categories = normaliseCategories([...inv.categories, ...cats]);
      inv.sinks.push(sinkLoc);
      recipients.set(rec.id, inv);
      const guardNames = r.guards.map((g) => g.name);
      const data = { categories: cats, sinkLabel, recipient: rec.id, contractor: contractor?.name, unresolved: rec.unresolved, guards: guardNames, region, configRegion: config.region };
      const exempt = contractor?.basis === "contract" || contractor?.basis === "entrusted";
      const sensitive = cats.filter((c) => taxonomy.isSensitive(c));
      if (!exempt && r.guards.length === 0) emit("missing-consent", cats, { message: renderMessage("missing-consent", data) });
      else if (sensitive.length && !r.guards.some((g) => g.separate))
        emit("missing-separate-consent", sensitive, { message: renderMessage("missing-separate-consent", { ...data, categories: sensitive }) });
      // An unresolved URL may be our own backend: the consent rules still apply, the contractor list cannot.
      const undeclared = rec.unresolved ? [] : undeclaredCategories(contractor, cats, taxonomy);
      if (undeclared.length) emit("unlisted-recipient", undeclared, { message: renderMessage("unlisted-recipient", { ...data, categories: undeclared }) });
      if (config.region && region && differentRegion(config.region, region))
        emit("cross-border-transfer", cats, { message: renderMessage("cross-border-transfer", data) });
    }
  }
  findings.sort(compareFindings);
  return { findings, recipients: [...recipients.values()].sort((a, b) => compareStrings(a.id, b.id)) };
}

/** Findings in report order: by place, then rule (a stable sort keeps the engine's order for the rest). */
export function compareFindings(a: Finding, b: Finding): number {
  return compareStrings(a.location.file, b.location.file) || a.location.line - b.location.line || a.location.column - b.location.column || compareStrings(a.ruleId, b.ruleId);
}

function severityFor(rule: RuleId, cats: readonly string[], taxonomy: Taxonomy): Severity {
  const base = RULES[rule].defaultSeverity;
  const raised = cats.some((c) => c.startsWith("account.credential") || taxonomy.isSensitive(c));
  return raised ? "error" : base;
}

/**
 * Hits ordered by place (sink, then the unit that reached it), not by analysis order: merging and the
 * occurrence counter of fingerprints then give the same answer however the engine got there (a fresh
 * scan or an editor session that re-analysed part of the project).
 */
function inSourceOrder(resolved: readonly ResolvedSink[], engine: Engine): ResolvedSink[] {
  const key = (r: ResolvedSink) => {
    const unit = engine.units[r.hit.unit];
    return [r.file.path, r.hit.node.pos, r.hit.node.end, unit.file.path, unit.node.pos] as const;
  };
  return resolved
    .map((r) => ({ r, k: key(r) }))
    .sort((a, b) => (a.k[0] < b.k[0] ? -1 : a.k[0] > b.k[0] ? 1 : a.k[1] - b.k[1] || a.k[2] - b.k[2] || (a.k[3] < b.k[3] ? -1 : a.k[3] > b.k[3] ? 1 : a.k[4] - b.k[4])))
    .map((x) => x.r);
}

function buildFlow(engine: Engine, r: ResolvedSink): FlowStep[] {
  // One representative path: the source that appears first in the file order, then its steps.
  const ids = [...r.flows.keys()].sort((a, b) => compareNodes(engine.sources[a].node, engine.sources[b].node));
  const id = ids[0];
  const src = engine.sources[id];
  const steps: FlowStep[] = [];
  const srcFile = engine.fileOf(src.node);
  if (srcFile) steps.push({ location: locationOf(src.node, srcFile), message: `${src.name} holds ${src.categories.join(", ")} (${src.kind})` });
  for (const s of r.flows.get(id) ?? []) {
    const f = engine.fileOf(s.node);
    if (!f) continue;
    const loc = locationOf(s.node, f);
    const last = steps[steps.length - 1];
    if (last && last.location.file === loc.file && last.location.line === loc.line && last.message === s.message) continue;
    steps.push({ location: loc, message: s.message });
  }
  return steps;
}

function compareNodes(a: ts.Node, b: ts.Node): number {
  const fa = a.getSourceFile().fileName;
  const fb = b.getSourceFile().fileName;
  return fa === fb ? a.pos - b.pos : fa < fb ? -1 : 1;
}

function callText(node: ts.Node): string {
  return node.getText().replace(/\s+/g, "");
}

function enclosingName(node: ts.Node): string {
  for (let n: ts.Node | undefined = node.parent; n; n = n.parent) {
    const x = n as ts.Node & { name?: ts.Node };
    if ((ts.isFunctionLike(n) || ts.isClassLike(n)) && x.name && ts.isIdentifier(x.name)) return x.name.text;
    if (ts.isFunctionLike(n) && n.parent && ts.isVariableDeclaration(n.parent) && ts.isIdentifier(n.parent.name)) return n.parent.name.text;
  }
  return "";
}
