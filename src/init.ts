// `pitrace init`: a starter pitrace.config.yaml from what a scan discovers.
import fs from "node:fs";
import path from "node:path";
import type { ScanResult } from "./model/finding.js";

const yamlString = (s: string) => JSON.stringify(s);

/** Base domain of a host: "api.example.cn" → "example.cn" (two labels; three for co.uk-style). */
function baseDomain(host: string): string {
  const parts = host.split(".");
  const n = parts.length >= 3 && parts[parts.length - 2].length <= 3 && parts[parts.length - 1].length === 2 ? 3 : 2;
  return parts.slice(-n).join(".");
}

function homepageDomains(root: string): Set<string> {
  const out = new Set<string>();
  try {
    const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { homepage?: string; name?: string };
    if (pkg.homepage) out.add(baseDomain(new URL(pkg.homepage).hostname));
  } catch {
    // No package.json or no homepage: nothing to infer from.
  }
  return out;
}

export function starterConfig(result: ScanResult, guardCandidates: readonly string[]): string {
  const own = homepageDomains(result.root);
  const httpHosts = result.recipients.filter((r) => r.kind === "http" && !r.id.startsWith("("));
  const firstParty = httpHosts.filter((r) => own.has(baseDomain(r.id))).map((r) => r.id);
  const lines: string[] = [
    "# pitrace configuration: written by `pitrace init` from what a scan found.",
    "# Review every entry: declare only the recipients your company has an agreement with.",
    "",
    "# region: cn                 # set to turn on cross-border-transfer",
    "firstParty:",
    `  hosts: [${[...new Set([...firstParty, ...[...own].map((d) => `*.${d}`)])].map(yamlString).join(", ")}]`,
  ];
  for (const r of httpHosts.filter((x) => !firstParty.includes(x.id))) lines.push(`  # - ${yamlString(r.id)}   # add if this host is your own backend`);
  lines.push("", "contractors: []", "# Third-party recipients found (uncomment and edit the ones you have declared):");
  for (const r of result.recipients) {
    if (firstParty.includes(r.id) || r.id.startsWith("(")) continue;
    lines.push(`#  - name: ${yamlString(r.contractor ?? r.id)}`);
    lines.push(r.kind === "sdk" ? `#    packages: [${yamlString(r.id)}]` : `#    hosts: [${yamlString(r.id)}]`);
    lines.push(`#    categories: [${r.categories.join(", ")}]   # what the code sends it today`);
    lines.push(r.region ? `#    region: ${r.region}` : "#    # region: unknown");
    lines.push("#    basis: consent           # consent | contract | entrusted");
  }
  lines.push("", "consent:", "  guards:");
  if (guardCandidates.length === 0) lines.push("    []   # add the functions or flags that prove consent, e.g. - name: hasConsent");
  for (const g of guardCandidates) lines.push(`    - name: ${g}`);
  lines.push("", "sanitizers: []   # functions whose result carries no PI, e.g. [maskPhone]", "exclude: []", "");
  return lines.join("\n");
}
