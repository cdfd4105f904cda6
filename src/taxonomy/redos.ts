// A conservative check for regexes prone to catastrophic backtracking. Value
// patterns from a user taxonomy run over every string literal of a project,
// so one `(a+)+` would hang a scan. We parse the JavaScript regex syntax into a
// small tree and flag the two shapes that cause exponential backtracking:
//
// 1. a repeated group whose body contains an unbounded quantifier that can
//    consume what the next repetition starts with: `(a+)+`, `(\w+\s?)*`,
//    `(.*,)*` (while `(\.[a-z]+)*` is fine: each repetition starts with a dot
//    the inner `[a-z]+` cannot eat);
// 2. a repeated alternation whose branches can start with the same character:
//    `(a|a)*`, `(a|ab)+`, `(\w|\d)*`.
//
// Character sets are approximated as ASCII bitmaps plus one "non-ASCII" bit,
// which is exact enough for overlap tests.

type CharSet = bigint; // bits 0..127 ASCII, bit 128 anything else
const ALL: CharSet = (1n << 129n) - 1n;
const NON_ASCII = 1n << 128n;

function range(a: number, b: number): CharSet {
  let s = 0n;
  for (let c = a; c <= b; c++) s |= 1n << BigInt(c);
  return s;
}
function ch(c: string): CharSet {
  const code = c.codePointAt(0) ?? 0;
  return code < 128 ? 1n << BigInt(code) : NON_ASCII;
}
const DIGIT = range(48, 57);
const WORD = DIGIT | range(65, 90) | range(97, 122) | ch("_");
const SPACE = ch(" ") | range(9, 13) | NON_ASCII;

type Node =
  | { t: "set"; set: CharSet }
  | { t: "empty" }
  | { t: "seq"; items: Node[] }
  | { t: "alt"; alts: Node[] }
  | { t: "look"; body: Node }
  | { t: "rep"; body: Node; min: number; max: number };

export class RegexSyntaxError extends Error {}

class Parser {
  i = 0;
  constructor(private readonly src: string) {}

  parse(): Node {
    const n = this.alt();
    if (this.i < this.src.length) throw new RegexSyntaxError(`unexpected "${this.src[this.i]}" at ${this.i}`);
    return n;
  }

  private alt(): Node {
    const alts = [this.seq()];
    while (this.src[this.i] === "|") {
      this.i++;
      alts.push(this.seq());
    }
    return alts.length === 1 ? alts[0] : { t: "alt", alts };
  }

  private seq(): Node {
    const items: Node[] = [];
    while (this.i < this.src.length && this.src[this.i] !== "|" && this.src[this.i] !== ")") {
      const atom = this.atom();
      items.push(this.quantified(atom));
    }
    return items.length === 1 ? items[0] : { t: "seq", items };
  }

  private quantified(atom: Node): Node {
    const c = this.src[this.i];
    let min: number;
    let max: number;
    if (c === "*") [min, max] = [0, Infinity];
    else if (c === "+") [min, max] = [1, Infinity];
    else if (c === "?") [min, max] = [0, 1];
    else if (c === "{") {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(this.src.slice(this.i));
      if (!m) return atom;
      min = Number(m[1]);
      max = m[2] === undefined ? min : m[3] === "" ? Infinity : Number(m[3]);
      this.i += m[0].length - 1;
    } else return atom;
    this.i++;
    if (this.src[this.i] === "?") this.i++; // lazy: same backtracking
    return { t: "rep", body: atom, min, max };
  }

  private atom(): Node {
    const c = this.src[this.i];
    if (c === "(") {
      this.i++;
      let look = false;
      if (this.src.startsWith("?:", this.i)) this.i += 2;
      else if (this.src.startsWith("?=", this.i) || this.src.startsWith("?!", this.i)) {
        this.i += 2;
        look = true;
      } else if (this.src.startsWith("?<=", this.i) || this.src.startsWith("?<!", this.i)) {
        this.i += 3;
        look = true;
      } else if (this.src.startsWith("?<", this.i)) {
        const end = this.src.indexOf(">", this.i);
        if (end < 0) throw new RegexSyntaxError("unterminated group name");
        this.i = end + 1;
      }
      const body = this.alt();
      if (this.src[this.i] !== ")") throw new RegexSyntaxError("missing )");
      this.i++;
      return look ? { t: "look", body } : body;
    }
    if (c === "[") return this.charClass();
    if (c === ".") {
      this.i++;
      return { t: "set", set: ALL };
    }
    if (c === "^" || c === "$") {
      this.i++;
      return { t: "empty" };
    }
    if (c === "\\") return this.escape(false);
    this.i += c.length;
    const cp = String.fromCodePoint(this.src.codePointAt(this.i - 1) ?? 0);
    return { t: "set", set: ch(cp) };
  }

  /** An escape; inside a class \b is a backspace, outside it is an assertion. */
  private escape(inClass: boolean): Node {
    this.i++;
    const c = this.src[this.i++];
    if (c === undefined) throw new RegexSyntaxError("trailing backslash");
    switch (c) {
      case "d":
        return { t: "set", set: DIGIT };
      case "D":
        return { t: "set", set: ALL & ~DIGIT };
      case "w":
        return { t: "set", set: WORD };
      case "W":
        return { t: "set", set: ALL & ~WORD };
      case "s":
        return { t: "set", set: SPACE };
      case "S":
        return { t: "set", set: ALL & ~(SPACE & ~NON_ASCII) };
      case "b":
        return inClass ? { t: "set", set: ch("\b") } : { t: "empty" };
      case "B":
        return { t: "empty" };
      case "p":
      case "P": {
        const m = /^\{[^}]*\}/.exec(this.src.slice(this.i));
        if (m) this.i += m[0].length;
        return { t: "set", set: ALL };
      }
      case "k": {
        const m = /^<[^>]*>/.exec(this.src.slice(this.i));
        if (m) this.i += m[0].length;
        return { t: "empty" };
      }
      case "x":
        this.i += 2;
        return { t: "set", set: ch(String.fromCharCode(parseInt(this.src.slice(this.i - 2, this.i), 16) || 0)) };
      case "u": {
        const m = /^(\{[0-9a-fA-F]+\}|[0-9a-fA-F]{4})/.exec(this.src.slice(this.i));
        if (m) this.i += m[0].length;
        return { t: "set", set: m ? ch(String.fromCodePoint(parseInt(m[0].replace(/[{}]/g, ""), 16))) : ch("u") };
      }
      case "c":
        this.i++;
        return { t: "set", set: range(0, 31) };
      case "t":
        return { t: "set", set: ch("\t") };
      case "n":
        return { t: "set", set: ch("\n") };
      case "r":
        return { t: "set", set: ch("\r") };
      case "f":
        return { t: "set", set: ch("\f") };
      case "v":
        return { t: "set", set: ch("\v") };
      case "0":
        return { t: "set", set: ch("\0") };
      default:
        if (/[1-9]/.test(c)) {
          while (/[0-9]/.test(this.src[this.i] ?? "")) this.i++;
          // A backreference can repeat anything the group matched.
          return inClass ? { t: "set", set: ALL } : { t: "empty" };
        }
        return { t: "set", set: ch(c) };
    }
  }

  private charClass(): Node {
    this.i++;
    let negate = false;
    if (this.src[this.i] === "^") {
      negate = true;
      this.i++;
    }
    let set = 0n;
    let first = true;
    while (this.i < this.src.length && (this.src[this.i] !== "]" || first)) {
      first = false;
      const lo = this.classAtom();
      if (this.src[this.i] === "-" && this.src[this.i + 1] !== "]" && this.i + 1 < this.src.length) {
        this.i++;
        const hi = this.classAtom();
        if (lo.single !== undefined && hi.single !== undefined) {
          const a = lo.single;
          const b = hi.single;
          if (a > b) throw new RegexSyntaxError("range out of order in character class");
          set |= range(Math.min(a, 127), Math.min(b, 127)) | (b >= 128 ? NON_ASCII : 0n);
        } else set |= lo.set | hi.set | ch("-");
      } else set |= lo.set;
    }
    if (this.src[this.i] !== "]") throw new RegexSyntaxError("missing ]");
    this.i++;
    return { t: "set", set: negate ? ALL & ~set : set };
  }

  private classAtom(): { set: CharSet; single?: number } {
    if (this.src[this.i] === "\\") {
      const start = this.i;
      const n = this.escape(true);
      const text = this.src.slice(start, this.i);
      const set = n.t === "set" ? n.set : 0n;
      // Single characters (for ranges) are escapes that name one char.
      const one = /^\\([^dDwWsSpP])/.test(text) && set !== 0n && (set & (set - 1n)) === 0n;
      return { set, single: one ? bitIndex(set) : undefined };
    }
    const cp = this.src.codePointAt(this.i) ?? 0;
    this.i += cp > 0xffff ? 2 : 1;
    return { set: cp < 128 ? 1n << BigInt(cp) : NON_ASCII, single: cp };
  }
}

function bitIndex(set: CharSet): number {
  let i = 0;
  while (set > 1n) {
    set >>= 1n;
    i++;
  }
  return i;
}

interface First {
  set: CharSet;
  nullable: boolean;
}

function first(n: Node): First {
  switch (n.t) {
    case "set":
      return { set: n.set, nullable: false };
    case "empty":
    case "look":
      return { set: 0n, nullable: true };
    case "rep": {
      const f = first(n.body);
      return { set: f.set, nullable: n.min === 0 || f.nullable };
    }
    case "alt": {
      let set = 0n;
      let nullable = false;
      for (const a of n.alts) {
        const f = first(a);
        set |= f.set;
        nullable ||= f.nullable;
      }
      return { set, nullable };
    }
    case "seq": {
      let set = 0n;
      for (const it of n.items) {
        const f = first(it);
        set |= f.set;
        if (!f.nullable) return { set, nullable: false };
      }
      return { set, nullable: true };
    }
  }
}

/** Every character a node can consume. */
function alphabet(n: Node): CharSet {
  switch (n.t) {
    case "set":
      return n.set;
    case "empty":
    case "look":
      return 0n;
    case "rep":
      return alphabet(n.body);
    case "alt":
      return n.alts.reduce((s, a) => s | alphabet(a), 0n);
    case "seq":
      return n.items.reduce((s, a) => s | alphabet(a), 0n);
  }
}

/** Unbounded quantifiers inside a node (not inside lookarounds, which do not repeat with it). */
function unboundedInside(n: Node, out: Node[] = []): Node[] {
  switch (n.t) {
    case "rep":
      if (n.max === Infinity || n.max > 16) out.push(n);
      unboundedInside(n.body, out);
      break;
    case "alt":
      n.alts.forEach((a) => unboundedInside(a, out));
      break;
    case "seq":
      n.items.forEach((a) => unboundedInside(a, out));
      break;
    default:
      break;
  }
  return out;
}

function findProblem(n: Node): string | undefined {
  switch (n.t) {
    case "rep": {
      if (n.max > 1) {
        const f = first(n.body);
        for (const inner of unboundedInside(n.body)) {
          if (alphabet(inner) & f.set || f.nullable) return "a repeated group contains an unbounded quantifier that can match the same text in more than one way (like (a+)+)";
        }
        const alts = collectAlts(n.body);
        for (let i = 0; i < alts.length; i++)
          for (let j = i + 1; j < alts.length; j++)
            if (first(alts[i]).set & first(alts[j]).set) return "a repeated alternation has branches that can match the same text (like (a|ab)*)";
      }
      return findProblem(n.body);
    }
    case "alt":
      for (const a of n.alts) {
        const p = findProblem(a);
        if (p) return p;
      }
      return undefined;
    case "seq":
      for (const a of n.items) {
        const p = findProblem(a);
        if (p) return p;
      }
      return undefined;
    case "look":
      return findProblem(n.body);
    default:
      return undefined;
  }
}

/** The alternation directly inside a repeated body (through groups and one-item sequences). */
function collectAlts(n: Node): Node[] {
  if (n.t === "alt") return n.alts;
  if (n.t === "seq" && n.items.length === 1) return collectAlts(n.items[0]);
  return [];
}

/**
 * Why a regex may backtrack catastrophically, or undefined when it looks safe.
 * Throws RegexSyntaxError when the source cannot be parsed.
 */
export function redosProblem(source: string): string | undefined {
  return findProblem(new Parser(source).parse());
}
