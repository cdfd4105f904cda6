// Glob validation for config values. picomatch is lenient: it quietly turns
// many malformed patterns into "match nothing" (/$^/) or a literal, so a typo
// like "[abc" or "{a,b" would silently exclude or allow nothing. We reject
// them up front instead, with a reason the user can act on.
import picomatch from "picomatch";

const PAIRS: Record<string, string> = { "[": "]", "{": "}", "(": ")" };
const CLOSERS: Record<string, string> = { "]": "[", "}": "{", ")": "(" };
const NAMES: Record<string, string> = { "[": "brackets", "{": "braces", "(": "parentheses" };

/** Returns why `pattern` is not a usable glob, or undefined when it is. */
export function globProblem(pattern: string): string | undefined {
  if (pattern.trim() === "") return "empty pattern";
  if (pattern !== pattern.trim()) return "leading or trailing whitespace";
  const balance = balanceProblem(pattern);
  if (balance) return balance;
  let source: string;
  try {
    source = picomatch.makeRe(pattern, { dot: true }).source;
  } catch (err) {
    return (err as Error).message;
  }
  // picomatch's "this pattern can never match" fallback.
  if (source === "$^") return "pattern can never match";
  return undefined;
}

function balanceProblem(pattern: string): string | undefined {
  const stack: string[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "\\") {
      if (i === pattern.length - 1) return "ends with a lone backslash";
      i++;
      continue;
    }
    const top = stack[stack.length - 1];
    // Inside a bracket class only "]" is special.
    if (top === "[" && ch !== "]") continue;
    if (ch in PAIRS) stack.push(ch);
    else if (ch in CLOSERS) {
      if (top !== CLOSERS[ch]) return `unbalanced ${NAMES[CLOSERS[ch]]}`;
      stack.pop();
    }
  }
  const open = stack[stack.length - 1];
  return open ? `unbalanced ${NAMES[open]}` : undefined;
}
