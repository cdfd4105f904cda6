// The package version, read once from package.json (works from src/ and dist/).
import fs from "node:fs";
import { fileURLToPath } from "node:url";

function read(): string {
  for (const rel of ["../package.json", "../../package.json"]) {
    try {
      const p = fileURLToPath(new URL(rel, import.meta.url));
      const pkg = JSON.parse(fs.readFileSync(p, "utf8")) as { name?: string; version?: string };
      if (pkg.name === "pitrace" && pkg.version) return pkg.version;
    } catch {
      // try the next candidate
    }
  }
  return "0.0.0";
}

export const VERSION = read();
