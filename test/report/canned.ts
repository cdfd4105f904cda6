// A hand-built ScanResult for the reporter tests: several rules, CJK and
// space-containing paths, a baseline, diagnostics, text that needs escaping.

import type { Finding, Location, ScanResult } from "../../src/model/finding.js";

export const cannedFiles: Record<string, string> = {
  "src/checkout/pay.ts": [
    'import { Analytics } from "@segment/analytics-node";',
    'import { hasConsent } from "../consent.js";',
    "",
    'const analytics = new Analytics({ writeKey: process.env.SEGMENT_KEY ?? "" });',
    "",
    "export async function checkout(customer: Customer, order: Order) {",
    "  const email = customer.email;",
    "  const name = customer.name;",
    "  await charge(order);",
    "  analytics.identify({ userId: customer.id, traits: { email, name } });",
    '  if (await hasConsent(customer, "analytics")) {',
    '    analytics.track({ userId: customer.id, event: "checkout", properties: { lat: customer.location.lat } });',
    "  }",
    "}",
    "",
  ].join("\n"),
  "src/用户/登录.ts": [
    'import winston from "winston";',
    'import axios from "axios";',
    "",
    "const logger = winston.createLogger();",
    "",
    "export async function 登录(req: Request) {",
    "  const { shoujihao, mima } = req.body;",
    "  const 用户 = { 手机号: shoujihao, 密码: mima };",
    "  const payload = normalise(用户);",
    '\tlogger.info(`登录 ${payload.手机号} ${payload.密码}`);',
    '  await axios.post("https://api.mixpanel.com/track", { phone: shoujihao });',
    "  return 用户;",
    "}",
    "",
  ].join("\n"),
  "src/pages/my profile.tsx": [
    'import { useUser } from "../hooks/use-user";',
    "",
    "export function Profile() {",
    "  const user = useUser();",
    '  localStorage.setItem("profile", JSON.stringify({ idCard: user.sfzh, addr: user.dizhi }));',
    "  return <div>{user.name}</div>;",
    "}",
    "",
  ].join("\n"),
};

/** Location of `needle` on `line` of a canned file (1-based columns, end exclusive). */
function span(file: string, line: number, needle: string): Location {
  const text = cannedFiles[file]?.split("\n")[line - 1];
  if (text === undefined) throw new Error(`canned: no line ${line} in ${file}`);
  const index = text.indexOf(needle);
  if (index < 0) throw new Error(`canned: "${needle}" not on ${file}:${line}`);
  return { file, line, column: index + 1, endLine: line, endColumn: index + 1 + needle.length };
}

const PAY = "src/checkout/pay.ts";
const LOGIN = "src/用户/登录.ts";
const PROFILE = "src/pages/my profile.tsx";

const identifyCall = span(PAY, 10, "analytics.identify({ userId: customer.id, traits: { email, name } })");
const trackCall = span(
  PAY,
  12,
  'analytics.track({ userId: customer.id, event: "checkout", properties: { lat: customer.location.lat } })',
);
const logCall = span(LOGIN, 10, "logger.info(`登录 ${payload.手机号} ${payload.密码}`)");
const axiosCall = span(LOGIN, 11, 'axios.post("https://api.mixpanel.com/track", { phone: shoujihao })');
const storageCall = span(
  PROFILE,
  5,
  'localStorage.setItem("profile", JSON.stringify({ idCard: user.sfzh, addr: user.dizhi }))',
);

const paySteps = [
  { location: span(PAY, 7, "customer.email"), message: "customer.email is read (contact.email)" },
  { location: span(PAY, 8, "customer.name"), message: "customer.name is read (identity.name)" },
  { location: identifyCall, message: "sent to @segment/analytics-node via analytics.identify" },
];

const findings: Finding[] = [
  // Deliberately out of order: reporters must sort.
  {
    ruleId: "pi-in-client-storage",
    severity: "warning",
    message:
      "user.sfzh (identity.national_id) and user.dizhi (contact.address) are written unmasked to localStorage; mask or encrypt them, or keep them on the server.",
    location: storageCall,
    categories: ["contact.address", "identity.national_id"],
    sinkKind: "storage",
    sink: "localStorage.setItem",
    guards: [],
    flow: [
      { location: span("src/pages/my profile.tsx", 4, "useUser()"), message: "useUser() returns the signed-in user" },
      { location: span(PROFILE, 5, "user.sfzh"), message: "user.sfzh is read (identity.national_id)" },
      { location: span(PROFILE, 5, "user.dizhi"), message: "user.dizhi is read (contact.address)" },
      { location: storageCall, message: "written to localStorage" },
    ],
    fingerprint: "c0ffee0000000004",
    baselineState: "unchanged",
  },
  {
    ruleId: "unlisted-recipient",
    severity: "error",
    message:
      "contact.email reaches @segment/analytics-node, which pitrace.config.yaml does not declare under contractors; declare it with the categories it may receive, or stop sending them.",
    location: identifyCall,
    categories: ["contact.email", "identity.name"],
    sinkKind: "sdk",
    recipient: "@segment/analytics-node",
    sink: "@segment/analytics-node",
    guards: [],
    flow: paySteps,
    fingerprint: "c0ffee0000000002",
    baselineState: "new",
  },
  {
    ruleId: "missing-consent",
    severity: "error",
    message:
      "customer.email and customer.name (contact.email, identity.name) reach @segment/analytics-node with no consent check on the path (PIPL Art. 13, 23); guard the call with a consent check such as `hasConsent(user)`.",
    location: identifyCall,
    categories: ["contact.email", "identity.name"],
    sinkKind: "sdk",
    recipient: "@segment/analytics-node",
    sink: "@segment/analytics-node",
    guards: [],
    flow: paySteps,
    fingerprint: "c0ffee0000000001",
    baselineState: "new",
  },
  {
    ruleId: "missing-separate-consent",
    severity: "error",
    message:
      "customer.location.lat (location.precise, sensitive) reaches @segment/analytics-node under hasConsent, which is not a separate consent (PIPL Art. 29); check a guard marked `separate: true`.",
    location: trackCall,
    categories: ["location.precise"],
    sinkKind: "sdk",
    recipient: "@segment/analytics-node",
    sink: "@segment/analytics-node",
    guards: [{ name: "hasConsent", separate: false, purpose: "analytics" }],
    flow: [
      { location: span(PAY, 12, "customer.location.lat"), message: "customer.location.lat is read (location.precise)" },
      { location: trackCall, message: "sent to @segment/analytics-node via analytics.track" },
    ],
    fingerprint: "c0ffee0000000003",
    baselineState: "new",
  },
  {
    ruleId: "cross-border-transfer",
    severity: "error",
    message:
      "shoujihao (contact.phone) is sent to api.mixpanel.com (region us) while the project's region is cn (PIPL Art. 38-40); use an in-region endpoint or record the transfer mechanism.",
    location: axiosCall,
    categories: ["contact.phone"],
    sinkKind: "http",
    recipient: "api.mixpanel.com",
    sink: "axios",
    guards: [],
    flow: [
      { location: span(LOGIN, 7, "shoujihao"), message: "shoujihao is read from req.body (contact.phone)" },
      { location: axiosCall, message: "posted to https://api.mixpanel.com/track" },
    ],
    fingerprint: "c0ffee0000000006",
    baselineState: "new",
  },
  {
    ruleId: "pi-to-log",
    severity: "error",
    message:
      "The phone number and password of <用户> (contact.phone, account.credential) are logged unmasked by winston | mask them with maskPhone() and never log `mima`.",
    location: logCall,
    categories: ["account.credential", "contact.phone"],
    sinkKind: "log",
    sink: "winston",
    guards: [],
    flow: [
      { location: span(LOGIN, 7, "shoujihao"), message: "shoujihao is read from req.body (contact.phone)" },
      { location: span(LOGIN, 7, "mima"), message: "mima is read from req.body (account.credential)" },
      { location: span(LOGIN, 8, "用户"), message: "用户 holds 手机号 and 密码" },
      { location: span(LOGIN, 9, "normalise(用户)"), message: "normalise(用户) returns its argument" },
      { location: logCall, message: "logged by winston (logger.info)" },
    ],
    fingerprint: "c0ffee0000000005",
    baselineState: "new",
  },
];

export const cannedResult: ScanResult = {
  version: 1,
  root: "/home/dev/商城 app",
  findings,
  sources: [
    { location: span(PAY, 7, "customer.email"), name: "customer.email", categories: ["contact.email"], kind: "property" },
    { location: span(PAY, 8, "customer.name"), name: "customer.name", categories: ["identity.name"], kind: "property" },
    {
      location: span(PAY, 12, "customer.location.lat"),
      name: "customer.location.lat",
      categories: ["location.precise"],
      kind: "property",
    },
    { location: span(LOGIN, 7, "shoujihao"), name: "shoujihao", categories: ["contact.phone"], kind: "request" },
    { location: span(LOGIN, 7, "mima"), name: "mima", categories: ["account.credential"], kind: "request" },
    { location: span(PROFILE, 5, "user.sfzh"), name: "user.sfzh", categories: ["identity.national_id"], kind: "property" },
    { location: span(PROFILE, 5, "user.dizhi"), name: "user.dizhi", categories: ["contact.address"], kind: "property" },
  ],
  recipients: [
    {
      id: "@segment/analytics-node",
      kind: "sdk",
      region: "us",
      categories: ["contact.email", "identity.name", "location.precise"],
      sinks: [trackCall, identifyCall],
    },
    {
      id: "api.mixpanel.com",
      kind: "http",
      contractor: "Mixpanel",
      region: "us",
      categories: ["contact.phone"],
      sinks: [axiosCall],
    },
  ],
  diagnostics: [
    {
      severity: "note",
      code: "unused-suppression",
      message: "`// pitrace-ignore pi-to-log: masked upstream` silences nothing",
      location: { file: PAY, line: 3, column: 1 },
    },
    {
      severity: "error",
      code: "parse-error",
      message: "src/legacy/旧 代码.js could not be parsed: Unexpected token '<'",
      location: { file: "src/legacy/旧 代码.js", line: 17, column: 9 },
    },
    {
      severity: "warning",
      code: "suppression-without-reason",
      message: "`// pitrace-ignore missing-consent` has no reason, so it does not count",
      location: { file: LOGIN, line: 10, column: 1 },
    },
    {
      severity: "note",
      code: "stale-baseline-entry",
      message: "baseline entry deadbeef00000000 matches no finding",
    },
  ],
  stats: {
    files: 42,
    lines: 3170,
    timings: { load: 12, parse: 140, index: 30, flows: 95, policies: 4, total: 281 },
  },
};

export const emptyResult: ScanResult = {
  version: 1,
  root: "/home/dev/clean",
  findings: [],
  sources: [],
  recipients: [],
  diagnostics: [],
  stats: { files: 3, lines: 120, timings: { load: 1, parse: 2, index: 1, flows: 1, policies: 0, total: 5 } },
};

export function cannedReadFile(relPath: string): string | undefined {
  return cannedFiles[relPath];
}

export const TOOL_VERSION = "0.1.0";
