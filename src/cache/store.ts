// The on-disk cache of a scan (`--cache`): results of analysis groups, keyed
// by a digest of everything their analysis read (see keys.ts), and the import
// specifiers of each file text, keyed by its digest (so that grouping an
// unchanged file costs no token scan). Entries are written whole and renamed
// into place, so a scan stopped half-way or a concurrent scan never leaves a
// torn entry; an entry that does not read back as what was written is a miss.
import fs from "node:fs";
import path from "node:path";
import type { GroupResult } from "../pool/group-task.js";
import { PitraceInputError } from "../model/errors.js";
import { buildId } from "./build-id.js";

/** Bumped when what an entry holds changes shape; old entries are then ignored and pruned. */
const FORMAT = 1;

export class ScanCache {
  private readonly groupsDir: string;
  private readonly importsFile: string;
  private imports = new Map<string, string[]>();
  private importsChanged = false;
  /** Group entries read or written by this scan: the rest is pruned at the end. */
  private readonly used = new Set<string>();
  /** What went wrong writing (the scan's result is still right; the next scan is not faster). */
  readonly problems: string[] = [];

  /** Opens (creating) the cache directory; a path that cannot be one is an input error. */
  constructor(readonly dir: string) {
    const base = path.join(dir, `v${FORMAT}`);
    this.groupsDir = path.join(base, "groups");
    this.importsFile = path.join(base, "imports.json");
    try {
      fs.mkdirSync(this.groupsDir, { recursive: true });
    } catch (e) {
      throw new PitraceInputError(`cannot use it as the cache directory: ${errorText(e)}`, { file: dir });
    }
    this.imports = readImports(this.importsFile);
  }

  /** The import specifiers of a file text with this digest, when an earlier scan stored them. */
  specifiers(hash: string): string[] | undefined {
    return this.imports.get(hash);
  }

  setSpecifiers(hash: string, specs: string[]): void {
    this.imports.set(hash, specs);
    this.importsChanged = true;
  }

  /** The stored result of the group with this key, or undefined (absent, unreadable, or not whole). */
  readGroup(key: string): GroupResult | undefined {
    let raw: string;
    try {
      raw = fs.readFileSync(this.groupFile(key), "utf8");
    } catch {
      return undefined;
    }
    let entry: unknown;
    try {
      entry = JSON.parse(raw);
    } catch {
      return undefined;
    }
    if (!isGroupEntry(entry, key)) return undefined;
    this.used.add(key);
    return entry.group;
  }

  writeGroup(key: string, group: GroupResult): void {
    this.used.add(key);
    this.write(this.groupFile(key), () => JSON.stringify({ format: FORMAT, key, group }));
  }

  /**
   * Store the specifiers of the files this scan saw (only those: an old text's entry is dropped) and
   * remove the group entries this scan did not use, so the cache holds one scan's worth.
   */
  finish(liveHashes: ReadonlySet<string>): void {
    for (const h of this.imports.keys()) {
      if (!liveHashes.has(h)) {
        this.imports.delete(h);
        this.importsChanged = true;
      }
    }
    if (this.importsChanged) this.write(this.importsFile, () => JSON.stringify({ format: FORMAT, build: buildId(), imports: Object.fromEntries(this.imports) }));
    let names: string[] = [];
    try {
      names = fs.readdirSync(this.groupsDir);
    } catch (e) {
      this.problems.push(`cannot list ${this.groupsDir}: ${errorText(e)}`);
    }
    for (const name of names) {
      const key = name.endsWith(".json") ? name.slice(0, -5) : undefined;
      if (key !== undefined && this.used.has(key)) continue;
      // A temporary file is left to the scan writing it now, unless it is old (that scan was killed).
      if (name.includes(".tmp-") && !isStale(path.join(this.groupsDir, name))) continue;
      try {
        fs.rmSync(path.join(this.groupsDir, name), { force: true, recursive: true });
      } catch (e) {
        this.problems.push(`cannot remove ${path.join(this.groupsDir, name)}: ${errorText(e)}`);
      }
    }
  }

  private groupFile(key: string): string {
    return path.join(this.groupsDir, `${key}.json`);
  }

  /** `text` is made inside the try: a result too large for one string (V8's limit) is a problem, not a crash. */
  private write(file: string, text: () => string): void {
    const tmp = `${file}.tmp-${process.pid}-${Math.random().toString(36).slice(2)}`;
    try {
      fs.writeFileSync(tmp, text());
      fs.renameSync(tmp, file);
    } catch (e) {
      this.problems.push(`cannot write ${file}: ${errorText(e)}`);
      fs.rmSync(tmp, { force: true });
    }
  }
}

/** Older than any scan that could still be writing it. */
const STALE_TEMP_MS = 24 * 3600 * 1000;

function isStale(file: string): boolean {
  try {
    return Date.now() - fs.statSync(file).mtimeMs > STALE_TEMP_MS;
  } catch {
    return false;
  }
}

function readImports(file: string): Map<string, string[]> {
  try {
    const data = JSON.parse(fs.readFileSync(file, "utf8")) as { format?: unknown; build?: unknown; imports?: unknown };
    // Another build's pre-processor may find other specifiers in the same text.
    if (data.format !== FORMAT || data.build !== buildId() || !data.imports || typeof data.imports !== "object") return new Map();
    const out = new Map<string, string[]>();
    for (const [h, specs] of Object.entries(data.imports as Record<string, unknown>)) {
      if (Array.isArray(specs) && specs.every((s) => typeof s === "string")) out.set(h, specs as string[]);
    }
    return out;
  } catch {
    return new Map();
  }
}

function isGroupEntry(e: unknown, key: string): e is { group: GroupResult } {
  if (!e || typeof e !== "object") return false;
  const o = e as { format?: unknown; key?: unknown; group?: { result?: Record<string, unknown>; asks?: unknown; provides?: unknown } };
  const r = o.group?.result;
  return (
    o.format === FORMAT &&
    o.key === key &&
    !!r &&
    Array.isArray(r.findings) &&
    Array.isArray(r.sources) &&
    Array.isArray(r.recipients) &&
    Array.isArray(r.diagnostics) &&
    !!r.stats &&
    Array.isArray(o.group?.asks) &&
    Array.isArray(o.group?.provides) &&
    Array.isArray((o.group as { resolutions?: unknown } | undefined)?.resolutions) &&
    typeof (o.group as { texts?: unknown } | undefined)?.texts === "object"
  );
}

function errorText(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  return err.code ? `${err.code}${err.message ? ` (${err.message.replace(/^\w+: /, "").split(",")[0]})` : ""}` : String(e);
}

/** Where `--cache` keeps its entries when no location is given: node_modules/.cache/pitrace (ignored by git already), else .pitrace-cache. */
export function defaultCacheDir(root: string): string {
  const nm = path.join(root, "node_modules");
  try {
    if (fs.statSync(nm).isDirectory()) return path.join(nm, ".cache", "pitrace");
  } catch {
    // no node_modules
  }
  return path.join(root, ".pitrace-cache");
}
