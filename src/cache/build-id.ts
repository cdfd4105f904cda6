// What a cached result was computed by: the package version, a digest of the
// code that computes it (a change to the engine between two releases must not
// reuse results), the compiler that parses, and the built-in taxonomy.
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ts } from "../typescript.cjs";
import { BUILTIN_TAXONOMY_FILE } from "../taxonomy/index.js";
import { VERSION } from "../version.js";

let memo: string | undefined;

/** A digest of everything about pitrace itself that a scan result depends on (~5 ms, once per process). */
export function buildId(): string {
  if (memo) return memo;
  const h = createHash("sha256").update(`pitrace ${VERSION}\0typescript ${ts.version}\0node ${process.version}\0`);
  // The directory of the running code: dist/ when installed, src/ under the tests.
  const codeDir = fileURLToPath(new URL("..", import.meta.url));
  h.update(codeDigest(codeDir));
  h.update(fs.readFileSync(BUILTIN_TAXONOMY_FILE));
  h.update(dependencyVersions(path.dirname(codeDir)).join("\0"));
  return (memo = h.digest("hex"));
}

/**
 * `name@version` of each runtime dependency as installed (glob matching, YAML and schema checks are
 * theirs), found the way Node finds them: node_modules of the package or of a directory above it.
 */
export function dependencyVersions(packageDir: string): string[] {
  let deps: string[];
  try {
    deps = Object.keys((JSON.parse(fs.readFileSync(path.join(packageDir, "package.json"), "utf8")) as { dependencies?: Record<string, string> }).dependencies ?? {}).sort();
  } catch {
    return [];
  }
  return deps.map((dep) => {
    for (let dir = packageDir; ; dir = path.dirname(dir)) {
      try {
        const manifest = JSON.parse(fs.readFileSync(path.join(dir, "node_modules", dep, "package.json"), "utf8")) as { version?: string };
        return `${dep}@${manifest.version ?? "?"}`;
      } catch {
        if (path.dirname(dir) === dir) return `${dep}@missing`;
      }
    }
  });
}

/** A digest of the code files under `dir`: their paths and contents. */
export function codeDigest(dir: string): string {
  const h = createHash("sha256");
  for (const file of codeFiles(dir)) h.update(path.relative(dir, file)).update("\0").update(fs.readFileSync(file)).update("\0");
  return h.digest("hex");
}

/**
 * The code files under `dir`, sorted. Left out: the bundled compiler (its version is hashed instead: 9 MB
 * to read on every scan for nothing), typings, source maps, V8 code caches and JSON (the taxonomy
 * snapshot is rewritten from the YAML, which is hashed).
 */
function codeFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(c|m)?(j|t)s$/.test(e.name) && !e.name.endsWith(".d.ts") && !e.name.endsWith(".d.cts") && !e.name.startsWith("typescript.")) out.push(p);
    }
  };
  walk(dir);
  return out;
}
