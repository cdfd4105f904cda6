// Finding messages: what flows where, why it matters (the article), what to do.
import type { RuleId } from "../model/finding.js";

export interface MessageData {
  categories: string[];
  sinkLabel: string;
  recipient?: string;
  contractor?: string;
  unresolved?: string;
  guards: string[];
  region?: string;
  configRegion?: string;
}

const list = (xs: readonly string[]) => xs.join(", ");

export function renderMessage(rule: RuleId, d: MessageData): string {
  const cats = list(d.categories);
  const to = d.unresolved ? `an HTTP endpoint that could not be resolved (${d.unresolved}; treated as a third party until shown otherwise)` : `${d.recipient}`;
  switch (rule) {
    case "pi-to-log":
      return `Personal information (${cats}) is written to a log by ${d.sinkLabel}. Logs are kept and read widely, so unmasked PI there breaks MIIT Order 24 Art. 13 and PIPL Art. 51. Mask or drop it (e.g. a sanitizer like maskPhone), or log an opaque id instead.`;
    case "pi-in-client-storage":
      return `Personal information (${cats}) is stored unmasked in client storage (${d.sinkLabel}), readable by any script on the page or device (MIIT Order 24 Art. 13, PIPL Art. 51). Store an opaque id or a masked value, or keep it on the server.`;
    case "missing-consent":
      return `Personal information (${cats}) is sent to ${d.unresolved ? "" : "the third party "}${to} with no consent guard on the path (PIPL Arts. 13 and 23, MIIT Order 24 Art. 9). Check consent before the call (a configured guard such as hasConsent), or declare the recipient as a contractor with basis contract/entrusted if no consent is needed.`;
    case "missing-separate-consent":
      return `Sensitive personal information (${cats}) is sent to ${to} under a general consent guard (${list(d.guards) || "none"}), but PIPL Arts. 29 and 23 require separate consent for sensitive PI. Guard the call with a separate-consent check (a guard marked \`separate: true\`).`;
    case "unlisted-recipient":
      return d.contractor
        ? `${to} receives ${cats}, but its contractor entry "${d.contractor}" does not declare ${d.categories.length > 1 ? "these categories" : "this category"} (MIIT Order 24 Art. 11, PIPL Art. 21). Add them to the contractor's categories if the agreement covers them, or stop sending them.`
        : `Personal information (${cats}) reaches ${to}, which is not a declared contractor (MIIT Order 24 Art. 11, PIPL Art. 21). Declare it under \`contractors\` in pitrace.config.yaml with the categories it may receive, or stop sending PI to it.`;
    case "cross-border-transfer":
      return `Personal information (${cats}) is sent to ${to} in region "${d.region}", outside the configured region "${d.configRegion}" (PIPL Arts. 38–40). A cross-border transfer needs a legal mechanism and separate consent; keep the data in region or document the transfer.`;
  }
}
