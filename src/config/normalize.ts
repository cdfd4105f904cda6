// From the validated file (as written) to the PitraceConfig the engine uses:
// fill defaults, expand the guard shorthand, resolve the taxonomy path.
import fs from "node:fs";
import path from "node:path";
import type { ContractorConfig, GuardConfig, PitraceConfig } from "../model/config.js";
import { PitraceInputError } from "../model/errors.js";
import type { ConfigFile } from "./schema.js";

export function normalizeConfig(data: ConfigFile, file: string, lineOf: (path: PropertyKey[]) => number): PitraceConfig {
  const config: PitraceConfig = {
    file,
    firstParty: { hosts: data.firstParty?.hosts ?? [] },
    contractors: (data.contractors ?? []).map(contractor),
    consent: { guards: (data.consent?.guards ?? []).map(guard) },
    sanitizers: data.sanitizers ?? [],
    exclude: data.exclude ?? [],
  };
  if (data.region != null) config.region = data.region;
  if (data.taxonomy != null) config.taxonomy = resolveTaxonomy(data.taxonomy, file, lineOf(["taxonomy"]));
  return config;
}

function contractor(c: NonNullable<ConfigFile["contractors"]>[number]): ContractorConfig {
  const out: ContractorConfig = { name: c.name, packages: c.packages ?? [], hosts: c.hosts ?? [], basis: c.basis ?? "consent" };
  if (c.categories != null) out.categories = c.categories;
  if (c.region != null) out.region = c.region;
  return out;
}

function guard(g: NonNullable<NonNullable<ConfigFile["consent"]>["guards"]>[number]): GuardConfig {
  return typeof g === "string" ? { name: g, separate: false } : { name: g.name, separate: g.separate ?? false };
}

/** Relative to the config file's directory, like every path a config names. */
function resolveTaxonomy(value: string, file: string, line: number): string {
  const abs = path.resolve(path.dirname(file), value);
  let stat: fs.Stats | undefined;
  try {
    stat = fs.statSync(abs);
  } catch {
    throw new PitraceInputError(`taxonomy: file not found: ${abs}`, { file, line });
  }
  if (!stat.isFile()) throw new PitraceInputError(`taxonomy: not a file: ${abs}`, { file, line });
  return abs;
}
