// Classifies identifiers by their tokens. Called for every property name and
// identifier of a project, so results are memoized and the work per name is
// O(tokens × longest pattern): no regex is compiled per call.
//
// The verdict follows docs/labelling rules:
// - the head of the name decides: among the pattern matches followed only by
//   words that do not change the value ("number", "at", "list"…), the one that
//   ends last wins, then the longest, then the most literal;
// - a match followed by anything else describes something else
//   ("emailTemplate", "phoneModel" unless that is itself a pattern);
// - the application's own things ("SUPPORT_EMAIL"), flags ("hasPhone"),
//   actions ("validateEmail") and masked/hashed values are not PI;
// - a child's data is also `minor`.
import type { Classification, ClassifyContext } from "../model/taxonomy.js";
import type { Hit, Lexicon } from "./lexicon.js";
import { tokenize } from "./tokenize.js";

/** Words joining a record with another attached to it (`WorkerWithShop`): the owner is the record before them. */
const ATTACHING = new Set(["with", "including", "plus"]);
/** Person words that also name what an organisation itself has (`merchantAccountNo`, `companyContactPhone`, `shopProfile`). */
const ORGANISATION_SIDE = new Set(["account", "accounts", "profile", "profiles", "contact", "contacts"]);
/**
 * Categories an application never holds as its own: an app has a sender address and a support phone
 * (SENDER_EMAIL), but no sender ID card number, birth date or diagnosis (senderIdCardNo is a person's), and
 * no device identifier (a system info's `deviceId` is the user's device's).
 */
const PERSONAL_ONLY = /^(identity\.(national_id|id_document|birth_date|gender|ethnicity|specific)|health|biometric|belief|minor|financial|device\.identifier)(\.|$)/;

const HAN = /\p{Script=Han}/u;
const DIGITS = /^[0-9]+$/;
const CACHE_LIMIT = 200_000;

interface SpanHit {
  start: number;
  end: number;
  hits: Hit[];
}

export class Classifier {
  private readonly cache = new Map<string, Classification>();
  private readonly ownerCache = new Map<string, { person: boolean; minor: boolean; app?: string }>();
  private readonly segCache = new Map<string, string[] | null>();

  constructor(private readonly lx: Lexicon) {}

  classify(name: string, context?: ClassifyContext): Classification {
    const owner = context?.owner ? this.owner(context.owner) : undefined;
    // A field of the app's or an organisation's own record (`store.phone`, `company.email`, `config.address`)
    // reads as the prefixed name does (`storePhone`): business contact details, not a person's.
    if (owner?.app && !owner.person) {
      const prefixed = this.classify(`${owner.app}_${name}`);
      if (!prefixed.categories.length) return { ...prefixed, name };
      // The owner never adds PI: `job.title` is not a person's `jobTitle`, it is a title. It may say which PI a
      // name is: a socket handshake's `address` is the client's IP address.
      const bare = this.classify(name);
      return bare.categories.length ? { ...prefixed, name } : bare;
    }
    const key = `${name}\u0000${owner ? `${owner.person ? "p" : ""}${owner.minor ? "m" : ""}` : ""}`;
    let res = this.cache.get(key);
    if (!res) {
      res = this.compute(name, owner, context?.owner);
      if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
      this.cache.set(key, res);
    }
    // A field that completes its owner's name says which PI it is (`emails[0].address` is an e-mail address,
    // `ip.address` an IP address): the owner never adds PI here, it only re-reads what the field already is.
    if (res.categories.length && context?.owner && !owner?.person) {
      const compound = this.compound(context.owner, name);
      if (compound && compound.categories.join() !== res.categories.join()) return { ...compound, name, categories: [...compound.categories] };
    }
    return { ...res, categories: [...res.categories] };
  }

  isPersonOwner(name: string): boolean {
    return this.owner(name).person;
  }

  isMinorOwner(name: string): boolean {
    return this.owner(name).minor;
  }

  /** Whether a name says its value is masked, hashed or encrypted (`sfzhEnc`, `maskedPhone`, `emailHash`). */
  isDerivedName(name: string): boolean {
    return this.words(name, true).some((t) => this.lx.derived.has(t));
  }

  /** Whether a name says whose a value is: a person's, a child's, or the application's own. */
  isKnownOwner(name: string): boolean {
    const o = this.owner(name);
    return o.person || o.minor || o.app !== undefined;
  }

  /**
   * Whether a name holds the application's or an organisation's own contact data, not a person's: its last
   * word alone is PI, but its prefix or owner says whose it is (`SUPPORT_MOBILE`, a hospital's `dutyPhone`).
   */
  isOwnData(name: string, owner?: string): boolean {
    if (this.classify(name, owner ? { owner } : undefined).categories.length) return false;
    const toks = this.words(name);
    const last = toks[toks.length - 1];
    return last !== undefined && this.classify(last).categories.length > 0;
  }

  /**
   * Whether a name that says no PI starts with a word of the application's own (`adminSig`, `serverToken`,
   * `systemSignature`): what it holds is the application's, whatever key it is later kept under (`usersig`).
   */
  isAppNamed(name: string): boolean {
    const first = this.words(name)[0];
    return first !== undefined && this.lx.app.has(first) && !this.classify(name).categories.length;
  }

  /**
   * Whether `owner.name` is the application's or an organisation's own data, whatever the record holds: the
   * owner names its configuration, an organisation or a place of business (`cfg`, `clinic`, `merchants[i]`) and
   * the name is PI only without it (`token`, `address`).
   */
  isOwnRecordData(name: string, owner: string): boolean {
    return this.isOwnRecord(owner) && this.isOwnData(name, owner);
  }

  /** Whether a name stands for a record of the app's or an organisation's own (`clinic`, `cfg`; ownRecordOwners). */
  isOwnRecord(owner: string): boolean {
    // The organisation's own record only: the owner's last word names it (`clinic`, `nearestClinics`), not a
    // record it keeps (`BranchRow`, a row of a branch's import, holds someone's data).
    const toks = this.recordWords(owner);
    const last = toks[toks.length - 1] ?? "";
    return this.lx.ownRecord.has(last) && this.owner(owner).app !== undefined;
  }

  isFactFlag(id: string): boolean {
    return this.lx.factFlags.has(id);
  }

  isCollection(id: string): boolean {
    return this.lx.collections.has(id);
  }

  /** Whether a receiver or type name stands for a person / a child: its head word, ignoring DTO/record suffixes. */
  private owner(name: string): { person: boolean; minor: boolean; app?: string } {
    let r = this.ownerCache.get(name);
    if (r) return r;
    // Split glued words even when the whole is a known pattern: "xueshengxinxi" is xuesheng + xinxi.
    const toks = this.recordWords(name, true);
    const before = toks.length;
    // A person's record named for what is done to it (`UpdateProfileDto`, `EditAccountForm`) keeps its person word.
    const personOfAction = () => toks.length > 1 && this.lx.person.has(toks[toks.length - 1]) && this.lx.verb.has(toks[toks.length - 2]);
    while (toks.length > 1 && (this.lx.ownerSuffixes.has(toks[toks.length - 1]) || DIGITS.test(toks[toks.length - 1])) && !personOfAction()) toks.pop();
    const stored = toks.length < before;
    // A collection is owned as its members are: `clinics` of clinics, `customers` of customers.
    const last = toks[toks.length - 1] ?? "";
    const one = singular(last);
    const known = (w: string) => this.lx.minor.has(w) || this.lx.person.has(w) || this.lx.app.has(w);
    const head = !known(last) && one && known(one) ? one : last;
    const two = [...toks.slice(-2, -1), head].join("");
    // A person qualified as a child is a child: `minorPlayer`, `childUser`, `kidMember`.
    const qualifier = toks.length > 1 ? toks[toks.length - 2] : undefined;
    const minor = this.lx.minor.has(head) || this.lx.minor.has(two) || (qualifier !== undefined && this.lx.minor.has(qualifier) && this.lx.person.has(head));
    // A qualified unit of work (`ClaimJob`, `exportJob`) carries someone's data; a bare `job` is a posting's.
    const task = toks.length > 1 && this.lx.task.has(head);
    // A stored record (`databaseEntity`, `cacheRecord`) is someone's, as its fields say; a bare `db` is the app's.
    const storedRecord = stored && this.lx.storage.has(head);
    // An animal or a thing (`pet.age`, `vehicle.birthday`) owns its fields as the app's own records do: read as prefixed.
    // A record named for an action (`CardBindForm`, `PhoneBind`) holds what the action is given, not the app's own.
    const action = this.lx.verb.has(head);
    const app = (this.lx.app.has(head) && !task && !storedRecord && !action) || (this.lx.thing.has(head) && !toks.some((t) => this.lx.keeper.has(t))) ? head : undefined;
    r = { person: minor || this.lx.person.has(head) || this.lx.person.has(two), minor, app };
    if (this.ownerCache.size >= CACHE_LIMIT) this.ownerCache.clear();
    this.ownerCache.set(name, r);
    return r;
  }

  /**
   * The words of a record's name, without another record attached to it (`WorkerWithShop`, `OrderIncludingItems`,
   * Prisma's payloads with an include): the record is the first one.
   */
  private recordWords(name: string, force = false): string[] {
    const toks = this.words(name, force);
    const attached = toks.findIndex((t, i) => i > 0 && ATTACHING.has(t));
    return attached > 0 ? toks.slice(0, attached) : toks;
  }

  /** Tokens with glued lowercase words split ("userphone" → user, phone). */
  private words(name: string, force = false): string[] {
    const out: string[] = [];
    for (const t of tokenize(name)) {
      const seg = force && (this.lx.person.has(t) || this.lx.minor.has(t) || this.lx.compound.has(t)) ? null : this.segment(t, force);
      if (seg) out.push(...seg);
      else out.push(t);
    }
    return out;
  }

  /**
   * Split a glued all-lowercase token into known words, fewest pieces first.
   * Only for tokens that are not themselves known, and only into words of
   * three letters or more (or two-letter words that are patterns, like the
   * pinyin initials "xm", "dh"), so English words are not torn apart.
   */
  private segment(t: string, force = false): string[] | null {
    if (t.length < 4 || t.length > 40 || !/^[a-z]+$/.test(t)) return null;
    if (!force && (this.lx.keys.has(t) || this.lx.segVocab.has(t))) return null;
    const cacheKey = force ? `!${t}` : t;
    const cached = this.segCache.get(cacheKey);
    if (cached !== undefined) return cached;
    const best: Array<string[] | undefined> = new Array(t.length + 1);
    best[0] = [];
    for (let i = 0; i < t.length; i++) {
      const prefix = best[i];
      if (!prefix || prefix.length >= 4) continue;
      for (let j = i + 2; j <= Math.min(t.length, i + 24); j++) {
        const piece = t.slice(i, j);
        if (!this.lx.segVocab.has(piece) || piece.length === t.length) continue;
        if (piece.length < 3 && !this.lx.keys.has(piece) && !this.lx.transparent.has(piece)) continue;
        // Suffix words ("str", "no") only follow a word: "strip" is not str+ip.
        if (i === 0 && this.lx.transparent.has(piece) && !this.lx.keys.has(piece)) continue;
        const cand = [...prefix, piece];
        const cur = best[j];
        if (!cur || cand.length < cur.length) best[j] = cand;
      }
    }
    const res = best[t.length] && best[t.length]!.length >= 2 ? best[t.length]! : null;
    if (this.segCache.size >= CACHE_LIMIT) this.segCache.clear();
    this.segCache.set(cacheKey, res);
    return res;
  }

  /** `emails` + `address` read as one name ("email address"), singular owner first; undefined when that is no PI. */
  private compound(owner: string, name: string): Classification | undefined {
    const words = this.words(owner);
    const last = words[words.length - 1];
    if (!last) return undefined;
    for (const head of last.length > 3 && last.endsWith("s") ? [last.slice(0, -1), last] : [last]) {
      const c = this.classify(`${head}_${name}`);
      if (c.categories.length) return c;
    }
    return undefined;
  }

  private compute(name: string, owner: { person: boolean; minor: boolean } | undefined, ownerName: string | undefined): Classification {
    const lx = this.lx;
    const toks = this.words(name);
    const n = toks.length;
    const none = (reason: string): Classification => ({ name, categories: [], reason });
    if (n === 0) return none("not personal information: the name has no words");

    // 1. Every span of tokens that is a pattern or an exclusion.
    const spans: SpanHit[] = [];
    const excluded = new Map<string, string>();
    let chineseMeta: string | undefined;
    for (let i = 0; i < n; i++) {
      let concat = "";
      for (let j = i; j < n; j++) {
        // A one-letter token joins a glued word only at its start ("IPv6" →
        // i+pv+6, "e-mail"), never at its end ("workgroupCountY" is not "county").
        if (j > i && toks[j].length === 1 && !DIGITS.test(toks[j])) break;
        concat += toks[j];
        if (concat.length > lx.maxKeyLength) break;
        const hits = lx.keys.get(concat);
        if (hits) spans.push({ start: i, end: j + 1, hits });
        const ex = lx.excludes.get(concat);
        if (ex) for (const e of ex) if (!excluded.has(e.category)) excluded.set(e.category, e.phrase);
      }
      if (HAN.test(toks[i])) {
        const c = this.chineseHit(toks[i]);
        if (c === "meta") chineseMeta = toks[i];
        else if (c) spans.push({ start: i, end: i + 1, hits: [c] });
      }
    }

    // 2. Matches that the rest of the name does not turn into something else.
    const isOwnerWord = (t: string): boolean => lx.person.has(t) || lx.minor.has(t) || DIGITS.test(t);
    const anchorOk = (s: SpanHit): boolean => toks.slice(0, s.start).every((t) => isOwnerWord(t) || lx.state.has(t));
    const tailOk = (end: number, category: string): boolean => {
      const keep = lx.keep.get(category);
      for (let k = end; k < n; k++) {
        const t = toks[k];
        if (!(lx.transparent.has(t) || DIGITS.test(t) || keep?.has(t))) return false;
      }
      return true;
    };
    let best: { span: SpanHit; hits: Hit[] } | undefined;
    let lastSeen: SpanHit | undefined;
    for (const s of spans) {
      const usable = s.hits.filter((h) => !h.anchored || anchorOk(s));
      if (usable.length === 0) continue;
      if (!lastSeen || s.end > lastSeen.end || (s.end === lastSeen.end && s.start < lastSeen.start)) lastSeen = s;
      const ok = usable.filter((h) => tailOk(s.end, h.category));
      if (ok.length === 0) continue;
      const lit = Math.max(...ok.map((h) => h.literal));
      const top = ok.filter((h) => h.literal === lit);
      if (!best) best = { span: s, hits: top };
      else {
        const b = best.span;
        const bLit = best.hits[0].literal;
        if (s.end > b.end || (s.end === b.end && (s.start < b.start || (s.start === b.start && lit > bLit)))) best = { span: s, hits: top };
      }
    }

    if (!best) {
      if (lastSeen) {
        const trailing = toks.slice(lastSeen.end);
        const meta = trailing.find((t) => lx.metadata.has(t) || lx.derived.has(t));
        const what = lastSeen.hits[0];
        if (meta) return none(`excluded: "${name}" is ${lx.derived.has(meta) ? "a derived (masked or hashed) value" : "metadata"} (suffix "${meta}")`);
        return none(`not personal information: "${name}" is about "${trailing.join(" ")}", not the ${what.category} that "${toks.slice(lastSeen.start, lastSeen.end).join(" ")}" names`);
      }
      if (chineseMeta) return none(`excluded: "${name}" is metadata or an organisation's own (Chinese key "${chineseMeta}")`);
      const hasOwnerName = toks.some((t) => lx.ownerNames.has(t)) && toks.every((t) => lx.ownerNames.has(t) || lx.transparent.has(t) || DIGITS.test(t));
      if (hasOwnerName) {
        if (owner?.person) {
          const cats = owner.minor ? ["identity.name", "minor"] : ["identity.name"];
          return { name, categories: cats, reason: `"${name}" of a person ("${ownerName}") → identity.name${owner.minor ? "; a child's data → minor" : ""}` };
        }
        return none(`not personal information: a bare "${name}" is identity.name only when its owner is a person (user, customer, member, patient, student …)${ownerName ? `, and "${ownerName}" is not` : ""}`);
      }
      // A bare score or ranking of a student (`stu.lastScore`) is a school record (labelling rule 11).
      if (owner?.minor && toks.length > 0 && STUDENT_RECORD.has(toks[toks.length - 1]) && toks.every((t) => STUDENT_RECORD.has(t) || SCORE_QUALIFIERS.has(t) || lx.transparent.has(t)))
        return { name, categories: ["employment_education", "minor"], reason: `"${name}" of a student ("${ownerName}") is a school record → employment_education; a child's data → minor` };
      return none("not personal information: no pattern matched");
    }

    // 3. What the words before the match say about whose value it is.
    const { span } = best;
    let cats = unique(best.hits.sort((a, b) => a.order - b.order).map((h) => h.category));
    const matched = toks.slice(span.start, span.end).join(" ");
    const exclusions = cats.filter((c) => excluded.has(c));
    cats = cats.filter((c) => !excluded.has(c));
    if (cats.length === 0) {
      const c = exclusions[0];
      return none(`excluded: "${name}" matches the ${c} exclusion "${excluded.get(c)}"`);
    }
    const before = toks.slice(0, span.start);
    const keepOf = (t: string): boolean => cats.some((c) => lx.keep.get(c)?.has(t));
    const derived = before.find((t) => lx.derived.has(t) && !keepOf(t));
    if (derived) return none(`excluded: "${name}" holds a derived (masked, hashed or encrypted) value (marker "${derived}")`);
    if (before.length > 0 && lx.verb.has(before[0]) && !lx.flag.has(before[0])) return none(`excluded: "${name}" is an action on ${cats[0]}, not its value (prefix "${before[0]}")`);
    if (before.length > 0 && lx.flag.has(before[0])) {
      const facts = cats.filter((c) => lx.factFlags.has(c));
      if (facts.length === 0) return none(`excluded: "${name}" is a flag (prefix "${before[0]}"), not the ${cats[0]} itself`);
      cats = facts;
    }
    const appAt = cats.some((c) => PERSONAL_ONLY.test(c)) ? -1 : before.findIndex((t) => lx.app.has(t));
    // An organisation's person (`clinicPatientName`, `partnerUserId`) is a person; its account or contact is its own.
    const itsPerson = appAt >= 0 && lx.peopleHolders.has(before[appAt]) && toks.slice(appAt + 1, span.end).some((t) => lx.person.has(t) && !ORGANISATION_SIDE.has(t));
    const app = appAt >= 0 && !itsPerson ? before[appAt] : undefined;
    if (app) return none(`excluded: "${name}" is the application's own, not a person's (prefix "${app}")`);
    // An animal's or a thing's (`petAgeMonths`, `dogBirthday`), unless a person comes after it (`petOwnerPhone`).
    const thingAt = before.findIndex((t) => lx.thing.has(t));
    // The match alone being a person word does not count: a consent record's `guardian` is the guardian's consent.
    const personAfter = (t: string, i: number): boolean => (lx.person.has(t) || lx.minor.has(t) || lx.keeper.has(t)) && (thingAt + 1 + i < span.start || span.end - span.start > 1);
    if (thingAt >= 0 && !toks.slice(thingAt + 1, span.end).some(personAfter)) return none(`excluded: "${name}" is about "${before[thingAt]}" (an animal, a thing, a tally or a consent record), not a person`);

    const h = best.hits[0];
    let reason =
      h.source === "chinese"
        ? `Chinese key "${h.pattern}" → ${cats.join(", ")}`
        : `${span.end - span.start === 1 ? "token" : "tokens"} "${matched}" → ${cats.join(", ")}${h.pattern.includes("{") ? ` (pattern "${h.pattern}")` : h.source === "pinyin" ? " (pinyin)" : ""}`;
    const child = toks.slice(0, span.end).find((t) => lx.minor.has(t)) ?? this.chineseChild(toks.slice(0, span.end));
    if (!cats.includes("minor") && (child || owner?.minor)) {
      cats.push("minor");
      reason += child ? `; "${child}" is a child → minor` : `; owner "${ownerName}" is a child → minor`;
    }
    return { name, categories: cats, reason };
  }

  /** A Chinese word for a child inside the Han runs of these tokens (孩子 in 孩子姓名), if any. */
  private chineseChild(toks: readonly string[]): string | undefined {
    for (const t of toks) if (HAN.test(t)) for (const w of this.lx.chineseMinor) if (t.includes(w)) return w;
    return undefined;
  }

  /** The best Chinese key inside a run of Han characters: the one that ends last, then the longest. */
  private chineseHit(run: string): Hit | "meta" | undefined {
    let best: { key: string; category: string; order: number; end: number } | undefined;
    for (const c of this.lx.chinese) {
      const at = run.lastIndexOf(c.key);
      if (at < 0) continue;
      const end = at + c.key.length;
      if (!best || end > best.end || (end === best.end && c.key.length > best.key.length)) best = { ...c, end };
    }
    if (!best) return undefined;
    const rest = run.slice(best.end);
    if (rest && (this.lx.chineseMetadata.some((m) => rest.includes(m)) || this.lx.chineseCounts.has(rest))) return "meta";
    const before = run.slice(0, best.end - best.key.length);
    if (before && this.lx.chineseOwn.some((m) => before.includes(m))) return "meta";
    return { category: best.category, pattern: best.key, source: "chinese", literal: 1, anchored: false, order: best.order };
  }
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}

/** Bare words that are a school record when read through a student (labelling rule 11). */
const STUDENT_RECORD = new Set(["score", "scores", "ranking", "rank", "grade", "grades"]);
const SCORE_QUALIFIERS = new Set(["last", "latest", "final", "total", "average", "avg", "best", "highest", "lowest", "max", "min", "exam", "test", "quiz", "term", "mid"]);

/** The singular of an English plural (clinics, branches, companies), or undefined when the word is not one. */
function singular(word: string): string | undefined {
  if (word.length < 4 || !word.endsWith("s") || word.endsWith("ss")) return undefined;
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (/(ch|sh|x|s)es$/.test(word)) return word.slice(0, -2);
  return word.slice(0, -1);
}
