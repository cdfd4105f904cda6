// Whether a value is a fresh random identifier a catalogued generator made (catalog/generators.ts), possibly
// turned into text (`randomBytes(8).toString('hex')`, `nanoid().slice(0, 10)`).
import { VALUE_GENERATORS } from "../catalog/generators.js";
import type { Ref } from "./values.js";

const TEXT_METHODS = new Set(["toString", "slice", "substring", "replace", "replaceAll", "toUpperCase", "toLowerCase"]);

export function isGeneratedValue(r: Ref | undefined): boolean {
  if (!r || (r.k !== "pkg" && r.k !== "global")) return false;
  const call = r.path.indexOf("()");
  if (call < 1) return false;
  for (let i = call + 1; i < r.path.length; i += 2) if (!TEXT_METHODS.has(r.path[i]) || r.path[i + 1] !== "()") return false;
  const callee = r.path.slice(0, call);
  if (r.k === "pkg") return callee.length === 1 && VALUE_GENERATORS.some((e) => e.packages.includes(r.pkg) && e.members.includes(callee[0]));
  const dotted = callee.join(".");
  return VALUE_GENERATORS.some((e) => e.globals.includes(dotted));
}
