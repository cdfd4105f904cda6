// Workspace packages of a monorepo: npm/yarn `workspaces` (array or
// { packages }), pnpm-workspace.yaml and lerna.json. turbo and nx layouts are
// declared through these too. Each package becomes an anchor for a unit even
// when it has no tsconfig.
import fs from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { walk, walkSync } from "./list-files.js";

export async function workspacePackageDirs(root: string, ignore: string[]): Promise<string[]> {
  const globs = manifestGlobs(root);
  if (globs.length === 0) return [];
  return toDirs(root, (await walk(root, globs, ignore)).files);
}

export function workspacePackageDirsSync(root: string, ignore: string[]): string[] {
  const globs = manifestGlobs(root);
  if (globs.length === 0) return [];
  return toDirs(root, walkSync(root, globs, ignore).files);
}

/** Workspace globs ("packages/*") as globs of their manifests; negations stay negations. */
function manifestGlobs(root: string): string[] {
  return workspacePatterns(root).map((p) => {
    const negated = p.startsWith("!");
    const body = p.replace(/^!/, "").replace(/^(\.\/)+/, "").replace(/\/+$/, "");
    return `${negated ? "!" : ""}${body}/package.json`;
  });
}

function toDirs(root: string, manifests: string[]): string[] {
  return manifests.map((f) => path.dirname(f)).filter((d) => d !== root);
}

function workspacePatterns(root: string): string[] {
  const out: string[] = [];
  const pkg = readJson(path.join(root, "package.json"));
  const ws = isObject(pkg) ? pkg.workspaces : undefined;
  out.push(...strings(ws), ...strings(isObject(ws) ? ws.packages : undefined));
  const lerna = readJson(path.join(root, "lerna.json"));
  out.push(...strings(isObject(lerna) ? lerna.packages : undefined));
  const pnpm = readYaml(path.join(root, "pnpm-workspace.yaml"));
  out.push(...strings(isObject(pnpm) ? pnpm.packages : undefined));
  return [...new Set(out)];
}

/**
 * Package manifests are hints for grouping, not inputs we validate: a broken
 * one must not stop a scan (the tsconfigs and files still are found).
 */
export function readJson(file: string): unknown {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8").replace(/^\uFEFF/, ""));
  } catch {
    return undefined;
  }
}

function readYaml(file: string): unknown {
  try {
    return parse(fs.readFileSync(file, "utf8"), { maxAliasCount: 100 });
  } catch {
    return undefined;
  }
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

function strings(v: unknown): string[] {
  return Array.isArray(v) ? v.filter((s): s is string => typeof s === "string" && s.trim() !== "") : [];
}
