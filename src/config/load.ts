// Reading pitrace.config.yaml. The file is data only: plain YAML (core
// schema, no custom tags), never evaluated, aliases capped against bombs.
import fs from "node:fs";
import path from "node:path";
import { LineCounter, parseDocument, type YAMLError } from "yaml";
import { DEFAULT_CONFIG, type PitraceConfig } from "../model/config.js";
import { PitraceInputError } from "../model/errors.js";
import { formatPath, problemsFromIssues, describe } from "./issues.js";
import { normalizeConfig } from "./normalize.js";
import { configFileSchema } from "./schema.js";
import { firstAliasLine, lineOf, type YamlSource } from "./yaml-locate.js";

export const CONFIG_FILE_NAME = "pitrace.config.yaml";

/** A real config has a handful of aliases at most; a bomb has thousands. */
const MAX_ALIAS_COUNT = 100;

/**
 * The config for a scan of `root`: `explicitPath` (resolved against the
 * current directory; it must exist), else `<root>/pitrace.config.yaml` when
 * present, else the defaults.
 */
export function loadConfig(root: string, explicitPath?: string): PitraceConfig {
  if (explicitPath !== undefined) return readConfigFile(path.resolve(explicitPath));
  const candidate = path.join(path.resolve(root), CONFIG_FILE_NAME);
  if (fs.existsSync(candidate)) return readConfigFile(candidate);
  return defaultConfig();
}

/** A fresh copy, so callers may mutate it without touching DEFAULT_CONFIG. */
export function defaultConfig(): PitraceConfig {
  return structuredClone(DEFAULT_CONFIG);
}

function readConfigFile(file: string): PitraceConfig {
  let text: string;
  try {
    text = fs.readFileSync(file, "utf8");
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === "ENOENT" ? "config file not found" : code === "EISDIR" ? "config path is a directory, not a file" : `cannot read config file (${code ?? (err as Error).message})`;
    throw new PitraceInputError(why, { file });
  }
  return parseConfigText(text, file);
}

/** Validates config text as if read from `file` (which anchors relative paths). */
export function parseConfigText(text: string, file: string): PitraceConfig {
  const abs = path.resolve(file);
  const lines = new LineCounter();
  const parse = () =>
    parseDocument(text.replace(/^\uFEFF/, ""), {
      lineCounter: lines,
      prettyErrors: false,
      uniqueKeys: true,
      merge: true,
    });
  let doc: ReturnType<typeof parse>;
  try {
    doc = parse();
  } catch (e) {
    // The YAML parser recurses: absurd nesting overflows the stack.
    if (e instanceof RangeError) throw new PitraceInputError("invalid YAML: nested too deeply", { file: abs, line: 1 });
    throw e;
  }
  const lastLine = Math.max(1, text.replace(/(\r?\n)+$/, "").split(/\r\n|\r|\n/).length);
  const src: YamlSource = { doc, lines };
  // Unknown tags (`!!js/function`, `!Ref`) are never meaningful in a pitrace
  // config: refuse them rather than read them as plain strings.
  const syntax = doc.errors[0] ?? doc.warnings.find((w) => w.code === "TAG_RESOLVE_FAILED");
  if (syntax) {
    const message = /call stack/i.test(syntax.message) ? "nested too deeply" : yamlMessage(syntax);
    throw new PitraceInputError(`invalid YAML: ${message}`, { file: abs, line: Math.min(lastLine, lines.linePos(syntax.pos[0]).line) });
  }

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    const msg = (err as Error).message;
    const isBomb = /alias/i.test(msg);
    throw new PitraceInputError(
      isBomb ? "invalid YAML: aliases expand too much (refusing a possible alias bomb)" : err instanceof RangeError ? "invalid YAML: nested too deeply" : `invalid YAML: ${oneLine(msg)}`,
      { file: abs, line: isBomb ? firstAliasLine(src) : 1 },
    );
  }
  // An empty file (or one with only comments) is an empty config.
  if (data === null || data === undefined) data = {};
  if (typeof data !== "object" || Array.isArray(data)) {
    throw new PitraceInputError(`(top level): expected a mapping of settings, got ${describe(data)}`, { file: abs, line: lineOf(src, []) });
  }

  const parsed = configFileSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const problems = problemsFromIssues(parsed.error.issues, configFileSchema)
      .map((p) => ({ ...p, line: lineOf(src, p.path, p.key) }))
      // First in the file; on one line an unknown key explains the rest (a typo'd required key).
      .sort((a, b) => a.line - b.line || Number(b.key !== undefined) - Number(a.key !== undefined));
    const first = problems[0];
    if (!first) throw new PitraceInputError(`${formatPath([])}: invalid config`, { file: abs, line: 1 });
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length > 2 ? "s" : ""})` : "";
    throw new PitraceInputError(`${first.message}${more}`, { file: abs, line: first.line });
  }
  return normalizeConfig(parsed.data, abs, (p) => lineOf(src, p));
}

function yamlMessage(err: YAMLError): string {
  if (err.code === "MULTIPLE_DOCS") return "the file holds several YAML documents (---); pitrace reads one";
  if (err.code === "TAG_RESOLVE_FAILED") return `unsupported tag (${oneLine(err.message).replace(/^Unresolved tag:\s*/, "")}); the config is plain data`;
  return oneLine(err.message);
}

function oneLine(message: string): string {
  return message.replace(/\s*\n\s*/g, " ").trim();
}
