// Reads the example blocks of a rule page under docs/rules/: fenced blocks whose
// info string is exactly "ts flagged", "ts fixed" or "yaml config".

import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { RuleId } from "../../src/model/finding.js";

export const DOCS_DIR = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "docs", "rules");

export interface RuleDocBlocks {
  path: string;
  text: string;
  flagged: string[];
  fixed: string[];
  /** The page's `yaml config` block (at most one), used for both examples. */
  config: string | undefined;
  configCount: number;
}

const FENCE = /^(`{3,})([^\n`]*)\n([\s\S]*?)\n\1[ \t]*$/gm;

export function readRuleDoc(id: RuleId): RuleDocBlocks {
  const path = join(DOCS_DIR, `${id}.md`);
  const text = readFileSync(path, "utf8").replace(/\r\n/g, "\n");
  const blocks: RuleDocBlocks = { path, text, flagged: [], fixed: [], config: undefined, configCount: 0 };
  for (const m of text.matchAll(FENCE)) {
    const info = m[2].trim();
    const body = m[3] + "\n";
    if (info === "ts flagged") blocks.flagged.push(body);
    else if (info === "ts fixed") blocks.fixed.push(body);
    else if (info === "yaml config") {
      blocks.configCount++;
      blocks.config ??= body;
    }
  }
  return blocks;
}
