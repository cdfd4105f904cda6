// The sink, HTTP-client, sanitizer and consent-guard catalogue, as data.
// One file per family; every entry has a fixture under fixtures/catalog/<id>/
// (guards: fixtures/catalog/builtin-guards/src/<id>.ts).
import type { BuiltinGuardEntry, HttpClientEntry, SanitizerEntry, SinkEntry } from "../model/catalog.js";
import { BUILTIN_GUARDS as GUARDS } from "./guards.js";
import { HTTP_CLIENTS as HTTP } from "./http.js";
import { LOGGERS } from "./loggers.js";
import { SANITIZERS as SANITIZER_ENTRIES } from "./sanitizers.js";
import { AI_SDKS } from "./sdk/ai.js";
import { ANALYTICS_SDKS } from "./sdk/analytics.js";
import { CLOUD_SDKS } from "./sdk/cloud.js";
import { MESSAGING_SDKS } from "./sdk/messaging.js";
import { MONITORING_SDKS } from "./sdk/monitoring.js";
import { PAYMENT_SDKS } from "./sdk/payments.js";
import { PLATFORM_SDKS } from "./sdk/platforms.js";
import { STORAGE_SINKS } from "./storage.js";

export { GUARD_FLAG_PATTERN, GUARD_NAME_PATTERN } from "./guards.js";
export { SANITIZER_NAME_PATTERN } from "./sanitizers.js";
export { LOGGERS, STORAGE_SINKS, AI_SDKS, ANALYTICS_SDKS, CLOUD_SDKS, MESSAGING_SDKS, MONITORING_SDKS, PAYMENT_SDKS, PLATFORM_SDKS };

/** Third-party SDKs (kind "sdk"). */
export const SDKS: SinkEntry[] = [...ANALYTICS_SDKS, ...MONITORING_SDKS, ...MESSAGING_SDKS, ...PAYMENT_SDKS, ...CLOUD_SDKS, ...AI_SDKS, ...PLATFORM_SDKS];

/** Every non-HTTP sink: loggers, SDKs and client storage. */
export const SINKS: SinkEntry[] = [...LOGGERS, ...SDKS, ...STORAGE_SINKS];
export const HTTP_CLIENTS: HttpClientEntry[] = HTTP;
export const SANITIZERS: SanitizerEntry[] = SANITIZER_ENTRIES;
export const BUILTIN_GUARDS: BuiltinGuardEntry[] = GUARDS;
