// Turns zod issues into one-line, user-facing messages of the form
// "<key.path>: <what is wrong>", plus the path and key needed to find the line.
import * as z from "zod";

export interface ConfigProblem {
  /** Path of the offending value in the parsed config. */
  path: PropertyKey[];
  /** For an unknown key: the key itself (its line is reported, not the map's). */
  key?: string;
  message: string;
}

type Issue = z.core.$ZodIssue;

export function problemsFromIssues(issues: readonly Issue[], schema: z.ZodType): ConfigProblem[] {
  return issues.flatMap((issue) => fromIssue(issue, [], schema));
}

/** "contractors[0].hosts[1]"; the top level is "(top level)". */
export function formatPath(path: readonly PropertyKey[], key?: string): string {
  const segs = key === undefined ? path : [...path, key];
  let out = "";
  for (const seg of segs) {
    if (typeof seg === "number") out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out || "(top level)";
}

function fromIssue(issue: Issue, prefix: PropertyKey[], schema: z.ZodType): ConfigProblem[] {
  const path = [...prefix, ...issue.path];
  switch (issue.code) {
    case "unrecognized_keys": {
      const allowed = keysAt(schema, path);
      return issue.keys.map((key) => ({
        path,
        key,
        message: `${formatPath(path, key)}: unknown key${suggestion(key, allowed)}`,
      }));
    }
    case "invalid_union":
      return fromUnion(issue, path, schema);
    case "invalid_type":
      if (issue.input === undefined) return [{ path, message: `${formatPath(path)}: required key is missing` }];
      return [{ path, message: `${formatPath(path)}: expected ${typeName(issue.expected)}, got ${describe(issue.input)}` }];
    case "invalid_value":
      return [
        {
          path,
          message: `${formatPath(path)}: expected one of ${issue.values.map((v) => String(v)).join(", ")}, got ${describe(issue.input)}`,
        },
      ];
    default:
      return [{ path, message: `${formatPath(path)}: ${issue.message}` }];
  }
}

/**
 * A union (a guard written as a string or as a mapping) reports one error
 * list per branch; show the branch the user evidently meant: the one that got
 * past the type check at its root.
 */
function fromUnion(issue: z.core.$ZodIssueInvalidUnion, path: PropertyKey[], schema: z.ZodType): ConfigProblem[] {
  const branches = issue.errors.filter((errs) => !errs.some((e) => e.code === "invalid_type" && e.path.length === 0));
  if (branches.length > 0) return branches[0].flatMap((e) => fromIssue(e, path, schema));
  const expected = issue.errors
    .flatMap((errs) => errs.filter((e) => e.code === "invalid_type").map((e) => typeName((e as z.core.$ZodIssueInvalidType).expected)))
    .filter((v, i, all) => all.indexOf(v) === i);
  const input = issue.input ?? issue.errors[0]?.[0]?.input;
  return [{ path, message: `${formatPath(path)}: expected ${expected.join(" or ")}, got ${describe(input)}` }];
}

function typeName(expected: string): string {
  switch (expected) {
    case "array":
      return "a list";
    case "object":
      return "a mapping";
    case "boolean":
      return "true or false";
    case "string":
      return "a string";
    case "number":
      return "a number";
    default:
      return expected;
  }
}

export function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (typeof value === "object") return "a mapping";
  return typeof value;
}

/** Keys the schema allows at `path`, for "did you mean" hints. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let node: z.ZodType | undefined = schema;
  for (const seg of path) {
    node = objectLike(node);
    if (node instanceof z.ZodObject) node = (node.shape as Record<string, z.ZodType>)[String(seg)];
    else if (node instanceof z.ZodArray) node = node.element as z.ZodType;
    else return [];
  }
  node = objectLike(node);
  return node instanceof z.ZodObject ? Object.keys(node.shape) : [];
}

/** Unwraps optional/nullable and picks the mapping branch of a union. */
function objectLike(node: z.ZodType | undefined): z.ZodType | undefined {
  for (let i = 0; node && i < 10; i++) {
    if (node instanceof z.ZodOptional || node instanceof z.ZodNullable) node = node.unwrap() as z.ZodType;
    else if (node instanceof z.ZodUnion) {
      const options = node.options as readonly z.ZodType[];
      node = options.find((o) => o instanceof z.ZodObject) ?? options.find((o) => o instanceof z.ZodArray) ?? node;
      if (!(node instanceof z.ZodUnion)) continue;
      return node;
    } else return node;
  }
  return node;
}

export function suggestion(key: string, allowed: string[]): string {
  if (allowed.length === 0) return "";
  const best = allowed
    .map((k) => ({ k, d: distance(key.toLowerCase(), k.toLowerCase()) }))
    .sort((a, b) => a.d - b.d)[0];
  if (best && best.d <= Math.max(2, Math.floor(best.k.length / 3))) return ` (did you mean "${best.k}"?)`;
  return ` (allowed: ${allowed.join(", ")})`;
}

/** Levenshtein distance; keys are short. */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}
