// Consent-guard candidates for `pitrace init`: functions and methods the
// project declares whose names say they check or require consent.
import fs from "node:fs";
import path from "node:path";
import { globbySync } from "globby";

const DECL = /(?:function\s+|(?:const|let|var)\s+|^\s*(?:async\s+)?|\bstatic\s+)([A-Za-z_$][\w$]*(?:[Cc]onsent|OptIn|OptedIn|[Aa]llowed)[\w$]*)\s*(?:=\s*(?:async\s*)?(?:\(|function)|\()/gm;

export function findGuardCandidates(root: string): string[] {
  const files = globbySync(["**/*.{ts,tsx,js,jsx,mjs,cjs,mts,cts}"], { cwd: root, gitignore: true, ignore: ["**/node_modules/**", "**/dist/**", "**/build/**", "**/*.d.ts", "**/*.min.js"], followSymbolicLinks: false });
  const found = new Set<string>();
  for (const f of files.slice(0, 5000)) {
    let text: string;
    try {
      text = fs.readFileSync(path.join(root, f), "utf8");
    } catch {
      continue;
    }
    if (text.length > 2_000_000) continue;
    for (const m of text.matchAll(DECL)) if (/^(has|is|can|check|require|ensure|assert|verify|get)/i.test(m[1])) found.add(m[1]);
  }
  return [...found].sort();
}
