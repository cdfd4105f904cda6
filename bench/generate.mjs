// Generates a realistic TypeScript project for the pitrace benchmark.
//
//   generateProject(dir, targetLines, seed) -> { dir, files, lines, units, domains }
//   CLI: node bench/generate.mjs <dir> <lines, e.g. 100k> [seed]
//
// The project looks like a typical Node service: models/ with interfaces and
// classes carrying PI fields (English and pinyin names), utils/ with helpers,
// services/ that import models and helpers from other modules, log through a
// winston logger, call Segment / Mixpanel / axios / fetch (first- and
// third-party hosts), some behind `if (await hasConsent(...))`, some masked
// with maskPhone; routes/ that wire handlers, some behind consent middleware.
//
// It type-checks with `tsc --noEmit` with 0 errors and WITHOUT node_modules:
// the external packages are declared in types/vendor.d.ts and the few runtime
// globals (fetch, process, console) in types/globals.d.ts (lib is ES2023, no
// DOM, `types: []`). Output is deterministic for a seed. Files are written one
// by one as they are generated, so memory stays flat even at 1M lines.
// Lines = physical lines of the .ts files written (including the .d.ts files).

import fs from "node:fs";
import path from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";

// ---------------------------------------------------------------------------
// Deterministic randomness

function hash32(...parts) {
  let h = 2166136261 >>> 0;
  for (const part of parts) {
    const s = String(part);
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 16777619) >>> 0;
    }
    h ^= 0x9e3779b9;
    h = Math.imul(h, 16777619) >>> 0;
  }
  return h >>> 0;
}

function rngFor(...parts) {
  let a = hash32(...parts);
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n) => Math.floor(next() * n),
    pick: (arr) => arr[Math.floor(next() * arr.length)],
    chance: (p) => next() < p,
  };
}

// ---------------------------------------------------------------------------
// Vocabulary

const BASES = [
  "Customer", "Student", "Patient", "Driver", "Member", "Employee", "Merchant", "Guardian",
  "Courier", "Tenant", "Traveler", "Subscriber", "Applicant", "Volunteer", "Resident", "Borrower",
  "Policyholder", "Donor", "Seller", "Buyer", "Teacher", "Parent", "Rider", "Host",
];

const DOMAINS = [
  "billing", "crm", "education", "health", "logistics", "hr", "social", "travel", "retail",
  "insurance", "lending", "housing", "marketing", "support", "identity", "payments", "delivery",
  "community", "recruiting", "ticketing",
];

const FIELD_STYLES = {
  en: { name: "fullName", email: "email", phone: "phone", idNo: "idCardNo", birth: "birthDate", addr: "address" },
  enAlt: { name: "displayName", email: "contactEmail", phone: "mobile", idNo: "nationalId", birth: "dateOfBirth", addr: "homeAddress" },
  pinyin: { name: "xingming", email: "youxiang", phone: "shoujihao", idNo: "shenfenzhenghao", birth: "chushengriqi", addr: "dizhi" },
};

const THIRD_PARTY = [
  "https://api.smsgateway.io/v1/messages",
  "https://hooks.partnercrm.com/ingest",
  "https://api.sendpulse.com/v2/contacts",
  "https://collect.datahub-analytics.net/events",
  "https://api.aliyun-sms.com/send",
];

const FIRST_PARTY_PATHS = ["profiles", "accounts", "notifications", "audit", "exports"];

const UNITS_PER_DOMAIN = 25;

function unitSpec(seed, u) {
  const r = rngFor(seed, "unit", u);
  const base = BASES[u % BASES.length];
  const E = `${base}${u}`;
  const e = E[0].toLowerCase() + E.slice(1);
  const domainIndex = Math.floor(u / UNITS_PER_DOMAIN);
  const cycle = Math.floor(domainIndex / DOMAINS.length);
  const domain = DOMAINS[domainIndex % DOMAINS.length] + (cycle > 0 ? `${cycle + 1}` : "");
  const file = `${base.toLowerCase()}-${u}`;
  const styleRoll = r.next();
  const style = styleRoll < 0.3 ? "pinyin" : styleRoll < 0.55 ? "enAlt" : "en";
  return {
    u,
    E,
    e,
    domain,
    file,
    F: FIELD_STYLES[style],
    guardedIdentify: r.chance(0.6),
    logPI: r.chance(0.4),
    maskedExport: r.chance(0.7),
    consentRoute: r.chance(0.5),
    earlyReturnGuard: r.chance(0.5),
    thirdParty: r.pick(THIRD_PARTY),
    firstPartyPath: r.pick(FIRST_PARTY_PATHS),
    extraMethods: r.int(3),
  };
}

// ---------------------------------------------------------------------------
// Fixed files

const VENDOR_DTS = `// Minimal typings for the packages listed in package.json, so the project
// type-checks without node_modules.
declare module 'winston' {
  export interface LogMeta {
    [key: string]: unknown;
  }
  export interface Logger {
    info(message: string, meta?: LogMeta): Logger;
    warn(message: string, meta?: LogMeta): Logger;
    error(message: string, meta?: LogMeta): Logger;
    debug(message: string, meta?: LogMeta): Logger;
    child(meta: LogMeta): Logger;
  }
  export interface Format {
    readonly kind: 'format';
  }
  export interface Transport {
    readonly name: string;
  }
  export interface LoggerOptions {
    level?: string;
    format?: Format;
    defaultMeta?: LogMeta;
    transports?: Transport[];
  }
  export const format: {
    combine(...formats: Format[]): Format;
    timestamp(): Format;
    json(): Format;
    errors(options?: { stack?: boolean }): Format;
  };
  export const transports: {
    Console: new (options?: { level?: string }) => Transport;
  };
  export function createLogger(options: LoggerOptions): Logger;
  const winston: {
    createLogger: typeof createLogger;
    format: typeof format;
    transports: typeof transports;
  };
  export default winston;
}

declare module 'axios' {
  export interface AxiosRequestConfig<D = unknown> {
    baseURL?: string;
    headers?: Record<string, string>;
    timeout?: number;
    params?: Record<string, string | number | boolean>;
    data?: D;
  }
  export interface AxiosResponse<T = unknown> {
    data: T;
    status: number;
    headers: Record<string, string>;
  }
  export interface AxiosInstance {
    get<T = unknown>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
    delete<T = unknown>(url: string, config?: AxiosRequestConfig): Promise<AxiosResponse<T>>;
    post<T = unknown, D = unknown>(url: string, data?: D, config?: AxiosRequestConfig<D>): Promise<AxiosResponse<T>>;
    put<T = unknown, D = unknown>(url: string, data?: D, config?: AxiosRequestConfig<D>): Promise<AxiosResponse<T>>;
  }
  export interface AxiosStatic extends AxiosInstance {
    create(config?: AxiosRequestConfig): AxiosInstance;
    isAxiosError(error: unknown): boolean;
  }
  const axios: AxiosStatic;
  export default axios;
}

declare module '@segment/analytics-node' {
  export interface AnalyticsSettings {
    writeKey: string;
    host?: string;
    flushAt?: number;
    flushInterval?: number;
  }
  export interface IdentityParams {
    userId?: string;
    anonymousId?: string;
  }
  export interface IdentifyParams extends IdentityParams {
    traits?: Record<string, unknown>;
    timestamp?: Date;
  }
  export interface TrackParams extends IdentityParams {
    event: string;
    properties?: Record<string, unknown>;
    timestamp?: Date;
  }
  export class Analytics {
    constructor(settings: AnalyticsSettings);
    identify(params: IdentifyParams): void;
    track(params: TrackParams): void;
    page(params: IdentityParams & { name?: string; properties?: Record<string, unknown> }): void;
    closeAndFlush(options?: { timeout?: number }): Promise<void>;
  }
}

declare module 'mixpanel' {
  export interface PropertyDict {
    [key: string]: unknown;
  }
  export type Callback = (error?: Error) => void;
  export interface People {
    set(distinctId: string, properties: PropertyDict, callback?: Callback): void;
    delete_user(distinctId: string, callback?: Callback): void;
  }
  export interface Mixpanel {
    track(eventName: string, properties: PropertyDict, callback?: Callback): void;
    people: People;
  }
  export function init(token: string, config?: { host?: string; protocol?: string }): Mixpanel;
  const mixpanel: { init: typeof init };
  export default mixpanel;
}
`;

const GLOBALS_DTS = `// The few runtime globals the service uses (lib is ES2023, no DOM, no @types/node).
declare const process: {
  env: Record<string, string | undefined>;
  exitCode?: number;
};

declare const console: {
  log(...data: unknown[]): void;
  error(...data: unknown[]): void;
};

interface RequestInit {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  headers?: Record<string, string>;
  body?: string;
}

interface Response {
  readonly ok: boolean;
  readonly status: number;
  json(): Promise<unknown>;
  text(): Promise<string>;
}

declare function fetch(input: string, init?: RequestInit): Promise<Response>;
`;

function libFiles() {
  return {
    "src/lib/logger.ts": `import winston from 'winston';

const { combine, errors, timestamp, json } = winston.format;

export const logger = winston.createLogger({
  level: process.env.LOG_LEVEL ?? 'info',
  format: combine(errors({ stack: true }), timestamp(), json()),
  defaultMeta: { service: 'bench-app' },
  transports: [new winston.transports.Console()],
});

export function childLogger(scope: string): typeof logger {
  return logger.child({ scope });
}
`,
    "src/lib/result.ts": `export type Ok<T> = { readonly ok: true; readonly value: T };
export type Err<E> = { readonly ok: false; readonly error: E };
export type Result<T, E = string> = Ok<T> | Err<E>;

export function ok<T>(value: T): Ok<T> {
  return { ok: true, value };
}

export function err<E>(error: E): Err<E> {
  return { ok: false, error };
}

export function mapResult<T, U, E>(result: Result<T, E>, fn: (value: T) => U): Result<U, E> {
  return result.ok ? ok(fn(result.value)) : result;
}

export function collect<T, E>(results: readonly Result<T, E>[]): Result<T[], E[]> {
  const values: T[] = [];
  const errors: E[] = [];
  for (const result of results) {
    if (result.ok) values.push(result.value);
    else errors.push(result.error);
  }
  return errors.length > 0 ? err(errors) : ok(values);
}
`,
    "src/lib/collections.ts": `export function groupBy<T, K extends string>(items: readonly T[], key: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const k = key(item);
    const bucket = groups.get(k);
    if (bucket) bucket.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function mapValues<T extends object, U>(obj: T, fn: <K extends keyof T>(value: T[K], key: K) => U): { [K in keyof T]: U } {
  const out = {} as { [K in keyof T]: U };
  for (const key of Object.keys(obj) as (keyof T)[]) {
    out[key] = fn(obj[key], key);
  }
  return out;
}

export function chunk<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

export function uniqueBy<T>(items: readonly T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const k = key(item);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
`,
    "src/lib/privacy.ts": `import type { Handler } from './router.js';

const CONSENT_API = 'https://consent.acme-bench.cn/v1';
const cache = new Map<string, { granted: boolean; at: number }>();

export async function hasConsent(userId: string): Promise<boolean> {
  const hit = cache.get(userId);
  if (hit && Date.now() - hit.at < 60_000) return hit.granted;
  const res = await fetch(\`\${CONSENT_API}/subjects/\${encodeURIComponent(userId)}\`);
  const body = (await res.json()) as { marketing?: boolean };
  const granted = res.ok && body.marketing === true;
  cache.set(userId, { granted, at: Date.now() });
  return granted;
}

export const requireConsent: Handler = async (req) => {
  const userId = req.headers['x-user-id'];
  if (!userId || !(await hasConsent(userId))) {
    return { status: 403, body: { error: 'consent_required' } };
  }
  return undefined;
};

export function maskPhone(phone: string): string {
  const digits = phone.replace(/\\D/g, '');
  return digits.length <= 4 ? '****' : \`\${'*'.repeat(digits.length - 4)}\${digits.slice(-4)}\`;
}

export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  return at < 1 ? '***' : \`\${email[0]}***\${email.slice(at)}\`;
}
`,
    "src/lib/router.ts": `export interface HttpRequest {
  method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  path: string;
  params: Record<string, string>;
  query: Record<string, string | undefined>;
  headers: Record<string, string | undefined>;
  body: unknown;
}

export interface HttpResponse {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (req: HttpRequest) => Promise<HttpResponse | undefined>;

export interface RouteDef {
  method: HttpRequest['method'];
  path: string;
  handlers: Handler[];
}

export async function dispatch(route: RouteDef, req: HttpRequest): Promise<HttpResponse> {
  for (const handler of route.handlers) {
    const res = await handler(req);
    if (res) return res;
  }
  return { status: 404 };
}
`,
    "src/lib/http.ts": `import axios from 'axios';

export const FIRST_PARTY_API = 'https://api.acme-bench.cn/internal';

export const partnerApi = axios.create({
  baseURL: 'https://api.partner-data.com/v2',
  timeout: 5_000,
  headers: { authorization: \`Bearer \${process.env.PARTNER_TOKEN ?? ''}\` },
});

export const internalApi = axios.create({ baseURL: FIRST_PARTY_API, timeout: 2_000 });
`,
    "src/lib/analytics.ts": `import { Analytics } from '@segment/analytics-node';

export const analytics = new Analytics({ writeKey: process.env.SEGMENT_WRITE_KEY ?? '', flushAt: 20, flushInterval: 10_000 });

export async function closeAnalytics(): Promise<void> {
  await analytics.closeAndFlush({ timeout: 5_000 });
}
`,
    "src/lib/mixpanel.ts": `import Mixpanel from 'mixpanel';

export const mixpanel = Mixpanel.init(process.env.MIXPANEL_TOKEN ?? '');
`,
  };
}

// ---------------------------------------------------------------------------
// Per-unit templates. Each unit = model + utils + service + routes (~100 lines each).

function modelFile(s) {
  const { E, e, F } = s;
  const extra = [];
  for (let i = 0; i < s.extraMethods; i++) {
    extra.push(`
  hasTag${i}(tag: string): boolean {
    return this.tags.some((t) => t.toLowerCase() === tag.toLowerCase() + '-${i}');
  }`);
  }
  return `// ${s.domain}: ${E} model.
export type ${E}Status = 'pending' | 'active' | 'suspended' | 'closed';
export type ${E}Tier = 'bronze' | 'silver' | 'gold';

export interface ${E}Address {
  street: string;
  city: string;
  province: string;
  postalCode: string;
  country: string;
}

/**
 * A ${e} as stored by the ${s.domain} service. Holds contact and identity
 * details, so treat every instance as personal information.
 */
export interface ${E} {
  id: string;
  userId: string;
  /** Full legal name, as on the ID card. */
  ${F.name}: string;
  /** Verified contact address; lower-cased on write. */
  ${F.email}: string;
  /** Mobile number, normalized without the country prefix. */
  ${F.phone}: string;
  /** Resident ID card number (18 characters). */
  ${F.idNo}: string;
  /** ISO date, YYYY-MM-DD. */
  ${F.birth}?: string;
  ${F.addr}: ${E}Address;
  status: ${E}Status;
  tier: ${E}Tier;
  /** Engagement score, 0 to 100. */
  score: number;
  tags: string[];
  createdAt: Date;
  updatedAt?: Date;
}

export type ${E}Patch = Partial<Pick<${E}, '${F.name}' | '${F.email}' | '${F.phone}' | 'tags' | 'tier'>>;
export type ${E}Contact = Pick<${E}, 'userId' | '${F.email}' | '${F.phone}'>;
export type ${E}Event =
  | { kind: 'created'; at: Date; record: ${E} }
  | { kind: 'updated'; at: Date; patch: ${E}Patch }
  | { kind: 'closed'; at: Date; reason: string };

export const ${e}Statuses: readonly ${E}Status[] = ['pending', 'active', 'suspended', 'closed'];

/** Narrows an unknown request body to a ${E}. Checks only the key fields. */
export function is${E}(value: unknown): value is ${E} {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && typeof v.userId === 'string' && typeof v.${F.email} === 'string';
}

/**
 * Mutable-by-copy record: \`apply\` returns a new instance, the store swaps it in.
 */
export class ${E}Record implements ${E} {
  id: string;
  userId: string;
  ${F.name}: string;
  ${F.email}: string;
  ${F.phone}: string;
  ${F.idNo}: string;
  ${F.birth}?: string;
  ${F.addr}: ${E}Address;
  status: ${E}Status;
  tier: ${E}Tier;
  score: number;
  tags: string[];
  createdAt: Date;
  updatedAt?: Date;

  constructor(init: ${E}) {
    this.id = init.id;
    this.userId = init.userId;
    this.${F.name} = init.${F.name};
    this.${F.email} = init.${F.email};
    this.${F.phone} = init.${F.phone};
    this.${F.idNo} = init.${F.idNo};
    this.${F.birth} = init.${F.birth};
    this.${F.addr} = { ...init.${F.addr} };
    this.status = init.status;
    this.tier = init.tier;
    this.score = init.score;
    this.tags = [...init.tags];
    this.createdAt = init.createdAt;
    this.updatedAt = init.updatedAt;
  }

  get label(): string {
    return this.${F.name}.trim() || this.userId;
  }

  /** Returns a copy with the patch applied and \`updatedAt\` set to now. */
  apply(patch: ${E}Patch): ${E}Record {
    return new ${E}Record({ ...this.toJSON(), ...patch, updatedAt: new Date() });
  }

  contact(): ${E}Contact {
    return { userId: this.userId, ${F.email}: this.${F.email}, ${F.phone}: this.${F.phone} };
  }
${extra.join("\n")}
  toJSON(): ${E} {
    const { id, userId, ${F.name}, ${F.email}, ${F.phone}, ${F.idNo}, ${F.birth}, ${F.addr}, status, tier, score, tags, createdAt, updatedAt } = this;
    return { id, userId, ${F.name}, ${F.email}, ${F.phone}, ${F.idNo}, ${F.birth}, ${F.addr}, status, tier, score, tags, createdAt, updatedAt };
  }
}

// Counts events by kind, for the admin dashboard.
export function summarize${E}Events(events: readonly ${E}Event[]): Record<${E}Event['kind'], number> {
  const counts: Record<${E}Event['kind'], number> = { created: 0, updated: 0, closed: 0 };
  for (const event of events) counts[event.kind] += 1;
  return counts;
}

export function describe${E}Event(event: ${E}Event): string {
  switch (event.kind) {
    case 'created':
      return \`created \${event.record.id} at \${event.at.toISOString()}\`;
    case 'updated':
      return \`updated \${Object.keys(event.patch).join(',')} at \${event.at.toISOString()}\`;
    case 'closed':
      return \`closed: \${event.reason}\`;
  }
}
`;
}

function rel(fromDir, to) {
  let p = path.posix.relative(fromDir, to);
  if (!p.startsWith(".")) p = `./${p}`;
  return p;
}

function utilsFile(s) {
  const { E, e, F, domain, file } = s;
  const here = `src/utils/${domain}`;
  return `import { groupBy } from '${rel(here, "src/lib/collections.js")}';
import { err, ok, type Result } from '${rel(here, "src/lib/result.js")}';
import type { ${E}, ${E}Address, ${E}Contact, ${E}Patch, ${E}Tier } from '${rel(here, `src/models/${domain}/${file}.js`)}';

const PHONE_RE = /^\\+?\\d{7,15}$/;
const EMAIL_RE = /^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$/i;

/**
 * Strips spaces, dashes and the +86 prefix, so phones compare equal.
 * @param raw phone number as typed by the user
 */
export function normalize${E}Phone(raw: string): string {
  const digits = raw.replace(/[^\\d+]/g, '');
  return digits.startsWith('+86') ? digits.slice(3) : digits;
}

/** One-line address for labels and exports. */
export function format${E}Address(address: ${E}Address): string {
  return [address.street, address.city, address.province, address.postalCode, address.country]
    .map((part) => part.trim())
    .filter((part) => part.length > 0)
    .join(', ');
}

export function ${e}Greeting(record: Pick<${E}, '${F.name}' | 'tier'>, locale: 'en' | 'zh' = 'en'): string {
  const honorific = record.tier === 'gold' ? (locale === 'zh' ? '尊敬的' : 'Dear valued') : locale === 'zh' ? '您好' : 'Hello';
  return \`\${honorific} \${record.${F.name}}\`;
}

/**
 * Highest score first; ties go to the older record.
 */
export function rank${E}s(records: readonly ${E}[], limit = 10): ${E}[] {
  return [...records]
    .sort((a, b) => b.score - a.score || a.createdAt.getTime() - b.createdAt.getTime())
    .slice(0, limit);
}

/**
 * What the support console shows: contact fields only, phone normalized.
 */
export function ${e}ContactCard(record: ${E}): ${E}Contact & { label: string; city: string } {
  return {
    userId: record.userId,
    ${F.email}: record.${F.email},
    ${F.phone}: normalize${E}Phone(record.${F.phone}),
    label: record.${F.name},
    city: record.${F.addr}.city,
  };
}

/** Groups records by tier; tiers without records are absent from the map. */
export function index${E}sByTier(records: readonly ${E}[]): Map<${E}Tier, ${E}[]> {
  return groupBy(records, (record) => record.tier);
}

/**
 * Validates user input and returns the normalized patch, or the names of the
 * fields that failed. Unknown fields are dropped.
 */
export function validate${E}Input(input: Partial<${E}>): Result<${E}Patch, string[]> {
  const problems: string[] = [];
  if (input.${F.email} !== undefined && !EMAIL_RE.test(input.${F.email})) problems.push('${F.email}');
  if (input.${F.phone} !== undefined && !PHONE_RE.test(normalize${E}Phone(input.${F.phone}))) problems.push('${F.phone}');
  if (input.${F.name} !== undefined && input.${F.name}.trim().length === 0) problems.push('${F.name}');
  if (problems.length > 0) return err(problems);
  const patch: ${E}Patch = {};
  if (input.${F.name} !== undefined) patch.${F.name} = input.${F.name}.trim();
  if (input.${F.email} !== undefined) patch.${F.email} = input.${F.email}.toLowerCase();
  if (input.${F.phone} !== undefined) patch.${F.phone} = normalize${E}Phone(input.${F.phone});
  if (input.tags !== undefined) patch.tags = input.tags.filter((tag) => tag.length > 0);
  return ok(patch);
}

// Rounded to two decimals; 0 for an empty list.
export function average${E}Score(records: readonly ${E}[]): number {
  if (records.length === 0) return 0;
  const total = records.reduce((sum, record) => sum + record.score, 0);
  return Math.round((total / records.length) * 100) / 100;
}

/**
 * Coarse age bucket for reporting; never store the result with the record.
 */
export function ${e}AgeBucket(record: Pick<${E}, '${F.birth}'>, now = new Date()): 'unknown' | 'minor' | 'adult' | 'senior' {
  if (!record.${F.birth}) return 'unknown';
  const born = new Date(record.${F.birth});
  const years = (now.getTime() - born.getTime()) / (365.25 * 24 * 3600 * 1000);
  return years < 18 ? 'minor' : years < 65 ? 'adult' : 'senior';
}
`;
}

function serviceFile(s, seed) {
  const { E, e, F, domain, file } = s;
  const here = `src/services/${domain}`;
  // A helper from another unit's utils and a lookup from an earlier unit's service.
  const r = rngFor(seed, "links", s.u);
  const other = s.u > 0 ? unitSpec(seed, r.int(s.u)) : null;
  const prev = s.u > 0 ? unitSpec(seed, Math.max(0, s.u - 1 - r.int(Math.min(s.u, UNITS_PER_DOMAIN)))) : null;
  // [names, module]: names the body does not use are left out of the import.
  const importSpecs = [
    [["logger"], "src/lib/logger.js"],
    [["hasConsent", "maskEmail", "maskPhone"], "src/lib/privacy.js"],
    [["analytics"], "src/lib/analytics.js"],
    [["mixpanel"], "src/lib/mixpanel.js"],
    [["FIRST_PARTY_API", "partnerApi"], "src/lib/http.js"],
    [["err", "ok", "type Result"], "src/lib/result.js"],
    [[`${E}Record`, `type ${E}`, `type ${E}Contact`, `type ${E}Event`, `type ${E}Patch`], `src/models/${domain}/${file}.js`],
    [[`format${E}Address`, `index${E}sByTier`, `normalize${E}Phone`, `${e}Greeting`, `validate${E}Input`], `src/utils/${domain}/${file}-format.js`],
  ];
  if (other) importSpecs.push([[`normalize${other.E}Phone`], `src/utils/${other.domain}/${other.file}-format.js`]);
  if (prev) importSpecs.push([[`lookup${prev.E}Contact`], `src/services/${prev.domain}/${prev.file}-service.js`]);
  const importsFor = (body) =>
    importSpecs
      .map(([names, mod]) => {
        const used = names.filter((n) => new RegExp(`\\b${n.replace(/^type /, "")}\\b`).test(body));
        return used.length > 0 ? `import { ${used.join(", ")} } from '${rel(here, mod)}';` : "";
      })
      .filter((line) => line.length > 0);

  const registerLog = s.logPI
    ? `logger.info(\`registered ${e} \${record.${F.email}}\`);`
    : `logger.info('registered ${e}', { id: record.id, email: maskEmail(record.${F.email}) });`;

  const identify = s.earlyReturnGuard
    ? `  if (!(await hasConsent(record.userId))) return;
  analytics.identify({ userId: record.userId, traits: { email: record.${F.email}, name: record.${F.name}, tier: record.tier } });`
    : s.guardedIdentify
      ? `  if (await hasConsent(record.userId)) {
    analytics.identify({ userId: record.userId, traits: { email: record.${F.email}, name: record.${F.name}, tier: record.tier } });
  }`
      : `  analytics.identify({ userId: record.userId, traits: { email: record.${F.email}, name: record.${F.name}, tier: record.tier } });`;

  const exportBody = s.maskedExport
    ? `{ id: record.id, phone: maskPhone(record.${F.phone}), email: maskEmail(record.${F.email}), city: record.${F.addr}.city }`
    : `{ id: record.id, phone: record.${F.phone}, email: record.${F.email}, address: format${E}Address(record.${F.addr}) }`;

  const notifyLookup = prev
    ? `  const fallback = await lookup${prev.E}Contact(userId);
  const phone = own ? normalize${E}Phone(own.${F.phone}) : fallback ? ${other ? `normalize${other.E}Phone(fallback.${prev.F.phone})` : `fallback.${prev.F.phone}`} : undefined;`
    : `  const phone = own ? normalize${E}Phone(own.${F.phone}) : undefined;`;

  const body = `const store = new Map<string, ${E}Record>();
const history: ${E}Event[] = [];

/** Contact details for other services; undefined when the user is unknown here. */
export async function lookup${E}Contact(userId: string): Promise<${E}Contact | undefined> {
  const record = store.get(userId);
  return record?.contact();
}

/**
 * Registers a new ${e}: validates, stores, and mirrors the record to the
 * internal profile API.
 */
export async function register${E}(input: ${E}): Promise<Result<${E}Record, string[]>> {
  const checked = validate${E}Input(input);
  if (!checked.ok) {
    logger.warn('invalid ${e} input', { errors: checked.error });
    return err(checked.error);
  }
  const record = new ${E}Record({ ...input, ...checked.value });
  store.set(record.userId, record);
  history.push({ kind: 'created', at: new Date(), record: record.toJSON() });
  ${registerLog}
  await fetch(\`\${FIRST_PARTY_API}/${domain}/${s.firstPartyPath}\`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(record.toJSON()) });
  return ok(record);
}

/**
 * Pushes a reduced profile to the data partner and, with consent, identifies
 * the user in analytics.
 */
export async function sync${E}ToPartner(userId: string): Promise<void> {
  const record = store.get(userId);
  if (!record) return;
  await partnerApi.post('/profiles', { ref: record.id, phone: maskPhone(record.${F.phone}), region: record.${F.addr}.province });
${identify}
}

// Tier changes feed the loyalty dashboard in Mixpanel.
export function track${E}Tier(record: ${E}, previous: ${E}['tier']): void {
  mixpanel.track('${e} tier changed', { distinct_id: record.userId, from: previous, to: record.tier });
}

/**
 * Sends a text message through the SMS provider. Falls back to the contact
 * known by another service when this one has no record.
 * @returns whether the provider accepted the message
 */
export async function notify${E}(userId: string, message: string): Promise<boolean> {
  const own = store.get(userId);
${notifyLookup}
  if (!phone) return false;
  const text = own ? \`\${${e}Greeting(own)}: \${message}\` : message;
  const res = await fetch('${s.thirdParty}', { method: 'POST', body: JSON.stringify({ to: phone, text }) });
  return res.ok;
}

/**
 * Read and write access to ${e} records. The default instance uses the
 * module's in-memory store; tests pass their own map.
 */
export class ${E}Service {
  constructor(private readonly source: Map<string, ${E}Record> = store) {}

  list(filter?: (record: ${E}Record) => boolean): ${E}Record[] {
    const all = [...this.source.values()];
    return filter ? all.filter(filter) : all;
  }

  /** Applies a validated patch; tracks tier changes. */
  async update(userId: string, patch: ${E}Patch): Promise<Result<${E}Record, string>> {
    const current = this.source.get(userId);
    if (!current) return err('not_found');
    const next = current.apply(patch);
    this.source.set(userId, next);
    history.push({ kind: 'updated', at: new Date(), patch });
    logger.info('${e} updated', { userId, fields: Object.keys(patch) });
    if (patch.tier && patch.tier !== current.tier) track${E}Tier(next, current.tier);
    return ok(next);
  }

  /** JSON for the data-export request (PIPL Art. 45). */
  exportOne(userId: string): string | undefined {
    const record = this.source.get(userId);
    return record ? JSON.stringify(${exportBody}) : undefined;
  }

  // Soft close: the record stays for the retention period, tagged 'closed'.
  close(userId: string, reason: string): boolean {
    const record = this.source.get(userId);
    if (!record) return false;
    this.source.set(userId, record.apply({ tags: [...record.tags, 'closed'] }));
    history.push({ kind: 'closed', at: new Date(), reason });
    return true;
  }

  stats(): { total: number; byTier: Record<${E}['tier'], number> } {
    const byTier = { bronze: 0, silver: 0, gold: 0 };
    for (const [tier, records] of index${E}sByTier(this.list())) byTier[tier] = records.length;
    return { total: this.source.size, byTier };
  }
}

export const ${e}Service = new ${E}Service();
`;
  return `${importsFor(body).join("\n")}\n\n${body}`;
}

function routesFile(s) {
  const { E, e, F, domain, file } = s;
  const here = `src/routes/${domain}`;
  const syncHandlers = s.consentRoute ? "[requireConsent, sync]" : "[sync]";
  const consentImport = s.consentRoute ? `import { requireConsent } from '${rel(here, "src/lib/privacy.js")}';\n` : "";
  return `import type { Handler, HttpRequest, RouteDef } from '${rel(here, "src/lib/router.js")}';
${consentImport}import { logger } from '${rel(here, "src/lib/logger.js")}';
import { is${E}, type ${E}Patch } from '${rel(here, `src/models/${domain}/${file}.js`)}';
import { ${e}Service, notify${E}, register${E}, sync${E}ToPartner } from '${rel(here, `src/services/${domain}/${file}-service.js`)}';

function userIdOf(req: HttpRequest): string | undefined {
  return req.params.userId ?? req.headers['x-user-id'];
}

/**
 * Picks the patchable fields out of an untrusted body; ignores the rest.
 */
function asPatch(body: unknown): ${E}Patch | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const b = body as Record<string, unknown>;
  const patch: ${E}Patch = {};
  if (typeof b.${F.name} === 'string') patch.${F.name} = b.${F.name};
  if (typeof b.${F.email} === 'string') patch.${F.email} = b.${F.email};
  if (typeof b.${F.phone} === 'string') patch.${F.phone} = b.${F.phone};
  if (Array.isArray(b.tags)) patch.tags = b.tags.filter((t): t is string => typeof t === 'string');
  return patch;
}

/** POST: create a ${e} from the request body. */
const create: Handler = async (req) => {
  if (!is${E}(req.body)) return { status: 400, body: { error: 'invalid_body' } };
  const result = await register${E}(req.body);
  return result.ok ? { status: 201, body: { id: result.value.id } } : { status: 422, body: { errors: result.error } };
};

const update: Handler = async (req) => {
  const userId = userIdOf(req);
  const patch = asPatch(req.body);
  if (!userId || !patch) return { status: 400 };
  const result = await ${e}Service.update(userId, patch);
  return result.ok ? { status: 200, body: result.value.toJSON() } : { status: 404, body: { error: result.error } };
};

/**
 * POST: push the profile to the partner. ${s.consentRoute ? 'Behind the consent middleware.' : 'The service checks consent itself.'}
 */
const sync: Handler = async (req) => {
  const userId = userIdOf(req);
  if (!userId) return { status: 400 };
  await sync${E}ToPartner(userId);
  return { status: 202 };
};

/** POST: send a text message; 409 when no phone number is known. */
const notify: Handler = async (req) => {
  const userId = userIdOf(req);
  const message = typeof req.query.message === 'string' ? req.query.message : 'update';
  if (!userId) return { status: 400 };
  const sent = await notify${E}(userId, message);
  if (!sent) logger.warn('${e} notification not sent', { userId });
  return { status: sent ? 204 : 409 };
};

const exportOne: Handler = async (req) => {
  const userId = userIdOf(req);
  const body = userId ? ${e}Service.exportOne(userId) : undefined;
  return body ? { status: 200, body, headers: { 'content-type': 'application/json' } } : { status: 404 };
};

const stats: Handler = async () => ({ status: 200, body: ${e}Service.stats() });

// Route table, merged into the domain index.
export const ${e}Routes: RouteDef[] = [
  { method: 'POST', path: '/${domain}/${file}', handlers: [create] },
  { method: 'PUT', path: '/${domain}/${file}/:userId', handlers: [update] },
  { method: 'POST', path: '/${domain}/${file}/:userId/sync', handlers: ${syncHandlers} },
  { method: 'POST', path: '/${domain}/${file}/:userId/notify', handlers: [notify] },
  { method: 'GET', path: '/${domain}/${file}/:userId/export', handlers: [exportOne] },
  { method: 'GET', path: '/${domain}/${file}/stats', handlers: [stats] },
];
`;
}

function domainIndexFile(units) {
  const imports = units.map((s) => `import { ${s.e}Routes } from './${s.file}-routes.js';`);
  return `import type { RouteDef } from '../../lib/router.js';
${imports.join("\n")}

export const routes: RouteDef[] = [
${units.map((s) => `  ...${s.e}Routes,`).join("\n")}
];
`;
}

function rootIndexFile(domains) {
  const imports = domains.map((d, i) => `import { routes as routes${i} } from './routes/${d}/index.js';`);
  return `import { dispatch, type HttpRequest, type HttpResponse, type RouteDef } from './lib/router.js';
import { logger } from './lib/logger.js';
${imports.join("\n")}

export const allRoutes: RouteDef[] = [${domains.map((_, i) => `...routes${i}`).join(", ")}];

export async function handle(req: HttpRequest): Promise<HttpResponse> {
  const route = allRoutes.find((r) => r.method === req.method && r.path === req.path);
  if (!route) {
    logger.warn('no route', { method: req.method, path: req.path });
    return { status: 404 };
  }
  return dispatch(route, req);
}
`;
}

// ---------------------------------------------------------------------------

const TSCONFIG = {
  compilerOptions: {
    target: "ES2022",
    module: "NodeNext",
    moduleResolution: "NodeNext",
    lib: ["ES2023"],
    types: [],
    strict: true,
    skipLibCheck: true,
    esModuleInterop: true,
    forceConsistentCasingInFileNames: true,
    noEmit: true,
    rootDir: ".",
  },
  include: ["src", "types"],
};

const PACKAGE_JSON = {
  name: "bench-app",
  version: "1.0.0",
  private: true,
  type: "module",
  description: "Generated by pitrace bench/generate.mjs",
  scripts: { typecheck: "tsc --noEmit" },
  dependencies: {
    "@segment/analytics-node": "^2.2.1",
    axios: "^1.11.0",
    mixpanel: "^0.18.1",
    winston: "^3.17.0",
  },
  devDependencies: { typescript: "~6.0" },
};

const PITRACE_CONFIG = `firstParty:
  hosts: ["acme-bench.cn", "*.acme-bench.cn"]
contractors:
  - name: Mixpanel
    packages: ["mixpanel"]
    categories: [account.identifier]
consent:
  guards:
    - name: hasConsent
    - name: requireConsent
sanitizers: [maskPhone, maskEmail]
`;

/** Parses "10k", "1M", "250000" into a number of lines. */
export function parseSize(text) {
  const m = /^(\d+(?:\.\d+)?)([kKmM]?)$/.exec(String(text).trim());
  if (!m) throw new Error(`bad size: ${text}`);
  const mult = m[2] === "" ? 1 : m[2].toLowerCase() === "k" ? 1_000 : 1_000_000;
  return Math.round(Number(m[1]) * mult);
}

function countLines(text) {
  if (text.length === 0) return 0;
  let n = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return text.endsWith("\n") ? n : n + 1;
}

/**
 * Writes a project of about `targetLines` physical .ts lines into `dir`
 * (created; must be empty or absent). Deterministic for a seed.
 */
export function generateProject(dir, targetLines, seed = 1) {
  const root = path.resolve(dir);
  if (fs.existsSync(root) && fs.readdirSync(root).length > 0) {
    throw new Error(`generateProject: ${root} is not empty`);
  }
  const madeDirs = new Set();
  let files = 0;
  let lines = 0;
  const write = (rel, text) => {
    const full = path.join(root, rel);
    const d = path.dirname(full);
    if (!madeDirs.has(d)) {
      fs.mkdirSync(d, { recursive: true });
      madeDirs.add(d);
    }
    fs.writeFileSync(full, text);
    if (rel.endsWith(".ts")) {
      files++;
      lines += countLines(text);
    }
  };

  write("package.json", JSON.stringify(PACKAGE_JSON, null, 2) + "\n");
  write("tsconfig.json", JSON.stringify(TSCONFIG, null, 2) + "\n");
  write("pitrace.config.yaml", PITRACE_CONFIG);
  write("types/vendor.d.ts", VENDOR_DTS);
  write("types/globals.d.ts", GLOBALS_DTS);
  for (const [rel, text] of Object.entries(libFiles())) write(rel, text);

  const domains = [];
  let domainUnits = [];
  const flushDomain = () => {
    if (domainUnits.length === 0) return;
    const d = domainUnits[0].domain;
    write(`src/routes/${d}/index.ts`, domainIndexFile(domainUnits));
    domains.push(d);
    domainUnits = [];
  };

  // Reserve a little room for the route indexes written per domain and at the end.
  const reserve = 30;
  let u = 0;
  while (u === 0 || lines + reserve < targetLines) {
    const s = unitSpec(seed, u);
    if (domainUnits.length > 0 && domainUnits[0].domain !== s.domain) flushDomain();
    write(`src/models/${s.domain}/${s.file}.ts`, modelFile(s));
    write(`src/utils/${s.domain}/${s.file}-format.ts`, utilsFile(s));
    write(`src/services/${s.domain}/${s.file}-service.ts`, serviceFile(s, seed));
    write(`src/routes/${s.domain}/${s.file}-routes.ts`, routesFile(s));
    domainUnits.push({ e: s.e, file: s.file, domain: s.domain });
    u++;
  }
  flushDomain();
  write("src/index.ts", rootIndexFile(domains));
  return { dir: root, files, lines, units: u, domains: domains.length, seed };
}

// CLI
if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, size = "10k", seed = "1"] = process.argv.slice(2);
  if (!dir) {
    console.error("usage: node bench/generate.mjs <dir> [lines, e.g. 100k] [seed]");
    process.exit(2);
  }
  const t0 = performance.now();
  const info = generateProject(dir, parseSize(size), Number(seed));
  const secs = ((performance.now() - t0) / 1000).toFixed(1);
  console.log(`${info.dir}: ${info.files} .ts files, ${info.lines} lines, ${info.units} units in ${info.domains} domains (${secs} s)`);
}
