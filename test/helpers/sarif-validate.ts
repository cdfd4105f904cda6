// Validates a SARIF log two ways: against the SARIF 2.1.0 JSON schema shipped
// in @microsoft/jest-sarif (with ajv), and with Microsoft's SARIF Multitool
// `validate --rule-kind "Sarif;Gh"` (GitHub code scanning's ingestion rules).
// Returns the errors of each; warnings of the Multitool are in `multitoolWarnings`.

import { execFile } from "node:child_process";
import { accessSync, chmodSync, constants, readFileSync, statSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Ajv, type ValidateFunction } from "ajv";
import addFormatsModule from "ajv-formats";

const require = createRequire(import.meta.url);

export interface SarifValidation {
  schemaErrors: string[];
  multitoolErrors: string[];
  /** Multitool results of level "warning" (not failures, but worth reading). */
  multitoolWarnings: string[];
}

let validator: ValidateFunction | undefined;

function schemaValidator(): ValidateFunction {
  if (validator) return validator;
  const schemaPath = require.resolve("@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json");
  const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as Record<string, unknown>;
  // The file declares draft-04 ("id", draft-04 meta-schema), but uses nothing
  // draft-07 reads differently; ajv 8 speaks draft-07, so relabel it. Its
  // `language` pattern is not a valid /u regex, hence unicodeRegExp: false.
  const { id, $schema: _draft04, ...rest } = schema;
  const draft07: Record<string, unknown> = { $schema: "http://json-schema.org/draft-07/schema#", $id: id, ...rest };
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, unicodeRegExp: false });
  // ajv-formats is CommonJS: under NodeNext its default import is module.exports,
  // which is the plugin and also carries it as `.default`.
  type FormatsPlugin = (instance: Ajv) => Ajv;
  const plugin = addFormatsModule as unknown as FormatsPlugin & { default?: FormatsPlugin };
  (plugin.default ?? plugin)(ajv);
  validator = ajv.compile(draft07);
  return validator;
}

export function validateSarifSchema(json: string): string[] {
  let log: unknown;
  try {
    log = JSON.parse(json);
  } catch (error) {
    return [`not JSON: ${(error as Error).message}`];
  }
  const validate = schemaValidator();
  if (validate(log)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || "/"} ${e.message ?? e.keyword}${e.params ? ` ${JSON.stringify(e.params)}` : ""}`,
  );
}

/** Path of the Multitool executable, made executable if npm skipped its postinstall chmod. */
export function multitoolPath(): string {
  const exe = require("@microsoft/sarif-multitool-linux") as string;
  try {
    accessSync(exe, constants.X_OK);
  } catch {
    chmodSync(exe, statSync(exe).mode | 0o100);
  }
  return exe;
}

interface MultitoolLog {
  runs?: Array<{
    results?: Array<{
      ruleId?: string;
      level?: string;
      message?: { text?: string; id?: string; arguments?: string[] };
      locations?: Array<{ physicalLocation?: { region?: { startLine?: number } } }>;
    }>;
    tool?: { driver?: { rules?: Array<{ id: string; messageStrings?: Record<string, { text: string }> }> } };
    invocations?: Array<{
      executionSuccessful?: boolean;
      toolExecutionNotifications?: Array<{ level?: string; message?: { text?: string } }>;
    }>;
  }>;
}

export async function runMultitool(json: string): Promise<{ errors: string[]; warnings: string[] }> {
  const dir = await mkdtemp(join(tmpdir(), "pitrace-sarif-"));
  try {
    const input = join(dir, "input.sarif");
    const output = join(dir, "validation.sarif");
    await writeFile(input, json, "utf8");
    const exe = multitoolPath();
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(
        exe,
        // 5.x has no --force; "--log ForceOverwrite" is its spelling. (A single-value
        // "--log X" followed by the input file trips its parser; a ";" list does not.)
        ["validate", "--rule-kind", "Sarif;Gh", "--output", output, "--log", "ForceOverwrite;PrettyPrint", input],
        { env: { ...process.env, DOTNET_CLI_TELEMETRY_OPTOUT: "1" }, timeout: 120_000, maxBuffer: 16 * 1024 * 1024 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
          resolve({ code, stdout: String(stdout), stderr: String(stderr) });
        },
      );
    });
    let text: string;
    try {
      text = await readFile(output, "utf8");
    } catch {
      const said = (run.stderr || run.stdout).split("\n").slice(0, 8).join("\n");
      return { errors: [`multitool wrote no log (exit ${run.code}): ${said}`.trim()], warnings: [] };
    }
    const log = JSON.parse(text.replace(/^\uFEFF/, "")) as MultitoolLog;
    const errors: string[] = [];
    const warnings: string[] = [];
    for (const r of log.runs ?? []) {
      const rules = new Map((r.tool?.driver?.rules ?? []).map((rule) => [rule.id, rule]));
      for (const res of r.results ?? []) {
        const line = `${res.ruleId ?? "?"}: ${formatMessage(res, rules)}`;
        const level = res.level ?? "warning";
        if (level === "error") errors.push(line);
        else if (level === "warning") warnings.push(line);
      }
      for (const inv of r.invocations ?? []) {
        for (const n of inv.toolExecutionNotifications ?? []) {
          if (n.level === "error") errors.push(`multitool: ${n.message?.text ?? ""}`);
        }
        if (inv.executionSuccessful === false && !errors.length) errors.push("multitool: execution was not successful");
      }
    }
    return { errors, warnings };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function formatMessage(
  res: NonNullable<NonNullable<MultitoolLog["runs"]>[number]["results"]>[number],
  rules: Map<string, { messageStrings?: Record<string, { text: string }> }>,
): string {
  const msg = res.message ?? {};
  let text = msg.text;
  if (text === undefined && msg.id && res.ruleId) text = rules.get(res.ruleId)?.messageStrings?.[msg.id]?.text;
  text ??= msg.id ?? "";
  const args = msg.arguments ?? [];
  return text.replace(/\{(\d+)\}/g, (m, i: string) => args[Number(i)] ?? m);
}

/** Schema errors and Multitool errors of a SARIF log (both empty when it is valid). */
export async function validateSarif(json: string): Promise<{ schemaErrors: string[]; multitoolErrors: string[] }> {
  const schemaErrors = validateSarifSchema(json);
  const { errors } = await runMultitool(json);
  return { schemaErrors, multitoolErrors: errors };
}

/** validateSarif plus the Multitool's warnings. */
export async function validateSarifVerbose(json: string): Promise<SarifValidation> {
  const schemaErrors = validateSarifSchema(json);
  const { errors, warnings } = await runMultitool(json);
  return { schemaErrors, multitoolErrors: errors, multitoolWarnings: warnings };
}
