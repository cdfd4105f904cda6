// Splits an identifier into lowercase word tokens. Classification works on
// these tokens, never on substrings, so "tel" never matches "hotel" and "ip"
// never matches "ipcRenderer".
//
// Rules: separators are anything that is not a letter, digit or mark
// (snake_case, kebab-case, dots, spaces, quotes); a lower→upper change starts
// a word (camelCase); in a run of capitals the last one starts the next word
// when a lowercase letter follows (HTMLParser → html, parser); digits form
// their own tokens (isUnder14 → is, under, 14); a run of Han characters is
// one token (Chinese has no word boundaries to split on); combining marks stay
// with the letter before them.

type Kind = "upper" | "lower" | "digit" | "han" | "other" | "mark" | "sep";

const HAN = /\p{Script=Han}/u;
const UPPER = /[\p{Lu}\p{Lt}]/u;
const LOWER = /\p{Ll}/u;
const DIGIT = /\p{Nd}/u;
const LETTER = /[\p{L}\p{N}]/u;
const MARK = /\p{M}/u;

function kindOf(ch: string): Kind {
  // ASCII fast path: identifiers are almost always ASCII.
  const c = ch.charCodeAt(0);
  if (ch.length === 1 && c < 128) {
    if (c >= 97 && c <= 122) return "lower";
    if (c >= 65 && c <= 90) return "upper";
    if (c >= 48 && c <= 57) return "digit";
    return "sep";
  }
  if (HAN.test(ch)) return "han";
  if (UPPER.test(ch)) return "upper";
  if (LOWER.test(ch)) return "lower";
  if (DIGIT.test(ch)) return "digit";
  if (MARK.test(ch)) return "mark";
  if (LETTER.test(ch)) return "other";
  return "sep";
}

/** Lowercase word tokens of an identifier, property name, header or Chinese key. */
export function tokenize(name: string): string[] {
  const chars = Array.from(name);
  const kinds = chars.map(kindOf);
  const out: string[] = [];
  let cur = "";
  let curKind: Kind | undefined;
  const flush = (): void => {
    if (cur) out.push(cur.toLowerCase());
    cur = "";
    curKind = undefined;
  };
  for (let i = 0; i < chars.length; i++) {
    const k = kinds[i];
    const ch = chars[i];
    if (k === "sep") {
      flush();
      continue;
    }
    if (k === "mark") {
      // A mark belongs to the letter before it; a leading mark is dropped.
      if (cur) cur += ch;
      continue;
    }
    if (curKind === undefined) {
      cur = ch;
      curKind = k;
      continue;
    }
    if (k === "lower" && curKind === "upper") {
      // "Phone": one capital then lowers is one word. "HTMLParser": in a run
      // of capitals the last one starts the next word.
      const cs = Array.from(cur);
      let j = cs.length - 1;
      while (j > 0 && MARK.test(cs[j])) j--;
      if (j > 0) {
        const tail = cs.slice(j).join("");
        cur = cs.slice(0, j).join("");
        flush();
        cur = tail;
      }
      cur += ch;
      curKind = "lower";
      continue;
    }
    if (k === curKind) {
      cur += ch;
      continue;
    }
    flush();
    cur = ch;
    curKind = k;
  }
  flush();
  return out;
}
