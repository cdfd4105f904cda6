// URIs the client speaks and root-relative paths the engine speaks.
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { hasSourceExtension } from "../project/file-kind.js";

/** Absolute file system path of a `file:` URI, or undefined for other schemes (untitled:, git:, …). */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function pathToUri(file: string): string {
  return pathToFileURL(file).href;
}

/** Root-relative path with `/` separators (the shape of `Location.file`), or undefined outside the root. */
export function relativeToRoot(root: string, file: string): string | undefined {
  const rel = path.relative(root, file);
  if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return undefined;
  return rel.split(path.sep).join("/");
}

/** URI of a root-relative `Location.file`. */
export function locationUri(root: string, file: string): string {
  return pathToUri(path.resolve(root, ...file.split("/")));
}

/** True for the files the scanner analyses (by extension; `.d.ts` is skipped). */
export function isSourceFile(file: string): boolean {
  if (file.endsWith(".d.ts") || file.endsWith(".d.mts") || file.endsWith(".d.cts")) return false;
  return hasSourceExtension(file);
}

/** True for paths under node_modules or .git, which the editor may report but the session must not ingest. */
export function isVendored(rel: string): boolean {
  return /(^|\/)(node_modules|\.git)\//.test(rel);
}
