// Rule metadata: the names, descriptions, legal ground and default severity of
// each rule (CONTRACT §2). Reporters read it; the engine reads defaultSeverity
// (and raises it for credentials and sensitive PI).

import { RULE_IDS, type RuleId, type Severity } from "../model/finding.js";

export interface RuleMeta {
  id: RuleId;
  /** PascalCase name, as SARIF `reportingDescriptor.name` wants it. */
  name: string;
  /** One sentence, ending with a period. */
  shortDescription: string;
  /** A paragraph: what fires, why it matters. */
  fullDescription: string;
  /** Markdown: the legal ground and the fix. */
  help: string;
  defaultSeverity: Severity;
  /** Articles the rule rests on, e.g. "PIPL Art. 23". */
  legalBasis: string[];
  helpUri: string;
}

/** Where each rule's page lives: `${RULE_DOCS_BASE}<id>.md`. */
export const RULE_DOCS_BASE = "https://github.com/pitrace/pitrace/blob/main/docs/rules/";
/** The project's home page (SARIF `tool.driver.informationUri`). */
export const PROJECT_URI = "https://github.com/pitrace/pitrace";

export function ruleHelpUri(id: RuleId): string {
  return `${RULE_DOCS_BASE}${id}.md`;
}

function rule(meta: Omit<RuleMeta, "helpUri">): RuleMeta {
  return { ...meta, helpUri: ruleHelpUri(meta.id) };
}

export const RULES: Record<RuleId, RuleMeta> = {
  "pi-to-log": rule({
    id: "pi-to-log",
    name: "PiToLog",
    shortDescription: "Personal information is written to a log without masking.",
    fullDescription:
      "Personal information reaches a logger (console, winston, pino, bunyan, log4js, debug, loglevel, npmlog, NestJS Logger, req.log, …) without being masked, hashed or redacted first. Logs are copied, shipped and kept far longer than the data they describe, and are read by people who have no need to see it.",
    help: [
      "**Legal ground.** MIIT Order 24 Art. 13 requires security measures (access control, safe storage) for users' personal information; PIPL Art. 51 requires encryption and de-identification. Plain PI in logs defeats both.",
      "",
      "**Fix.** Log an identifier that is not personal information, or pass the value through a masking or hashing function first (`maskPhone(user.phone)`, `hash(user.email)`). Project-specific maskers can be declared under `sanitizers` in `pitrace.config.yaml`.",
    ].join("\n"),
    defaultSeverity: "warning",
    legalBasis: ["MIIT Order 24 Art. 13", "PIPL Art. 51"],
  }),
  "missing-consent": rule({
    id: "missing-consent",
    name: "MissingConsent",
    shortDescription: "Personal information is sent to a third party without a consent check.",
    fullDescription:
      "Personal information reaches a third-party recipient (an SDK from the sink catalogue, a known analytics global, or an HTTP request to a host outside firstParty.hosts) and no consent guard protects the sink. Giving PI to another handler needs the user's consent unless a contract or entrustment is the legal basis.",
    help: [
      "**Legal ground.** PIPL Arts. 13-14 require a legal basis (usually consent) before processing; PIPL Art. 23 requires separate consent before giving PI to another handler; MIIT Order 24 Art. 9 forbids collection or use without the user's consent.",
      "",
      "**Fix.** Send the data only when a consent guard holds (`if (await hasConsent(user, 'analytics')) { … }`), and declare the guard under `consent.guards` in `pitrace.config.yaml`. If the recipient processes the data for you under contract, declare it under `contractors` with `basis: entrusted` or `basis: contract`.",
    ].join("\n"),
    defaultSeverity: "error",
    legalBasis: ["PIPL Art. 13", "PIPL Art. 14", "PIPL Art. 23", "MIIT Order 24 Art. 9"],
  }),
  "missing-separate-consent": rule({
    id: "missing-separate-consent",
    name: "MissingSeparateConsent",
    shortDescription: "Sensitive personal information is sent to a third party without separate consent.",
    fullDescription:
      "Sensitive personal information (biometrics, religion, specific identity, health, financial accounts, precise location and trajectory, data of minors) reaches a third-party recipient under a consent guard that is not marked separate. Sensitive PI needs its own, specific consent, not the general one.",
    help: [
      "**Legal ground.** PIPL Arts. 28-29 require separate consent for sensitive personal information; PIPL Art. 31 requires a guardian's consent for minors under 14; GB/T 45574-2025 says which categories are sensitive.",
      "",
      "**Fix.** Guard the sink with a check of the separate consent for this purpose (`if (await hasSensitiveConsent(user, 'location')) { … }`) and mark that guard `separate: true` under `consent.guards` in `pitrace.config.yaml`. Or do not send the sensitive fields at all.",
    ].join("\n"),
    defaultSeverity: "error",
    legalBasis: ["PIPL Art. 28", "PIPL Art. 29", "PIPL Art. 31"],
  }),
  "unlisted-recipient": rule({
    id: "unlisted-recipient",
    name: "UnlistedRecipient",
    shortDescription: "Personal information reaches a recipient that is not a declared contractor for it.",
    fullDescription:
      "Personal information reaches a third-party recipient that the contractors list in pitrace.config.yaml does not declare, or declares without that category. Every party that receives users' PI must be known, bound by agreement and supervised.",
    help: [
      "**Legal ground.** MIIT Order 24 Art. 11 requires an operator to supervise any agent it entrusts with work touching PI; PIPL Art. 21 requires an agreement with, and supervision of, an entrusted processor; PIPL Art. 23 requires users to be told who receives their data.",
      "",
      "**Fix.** If the recipient is legitimate, add it under `contractors` in `pitrace.config.yaml` with its `packages` or `hosts` and the `categories` it may receive (and check the agreement exists). Otherwise stop sending it the data.",
    ].join("\n"),
    defaultSeverity: "error",
    legalBasis: ["MIIT Order 24 Art. 11", "PIPL Art. 21", "PIPL Art. 23"],
  }),
  "pi-in-client-storage": rule({
    id: "pi-in-client-storage",
    name: "PiInClientStorage",
    shortDescription: "Personal information is stored unmasked in browser or mini-program storage.",
    fullDescription:
      "Personal information is written unmasked to localStorage, sessionStorage, document.cookie, IndexedDB or mini-program storage (wx/uni/my.setStorage*). Client storage is plaintext, outlives the session and is readable by any script on the page or any plug-in in the mini-program.",
    help: [
      "**Legal ground.** MIIT Order 24 Art. 13 requires safe storage of users' personal information; PIPL Art. 51 requires encryption and de-identification.",
      "",
      "**Fix.** Keep the data on the server and store only an opaque session id, or store a masked or encrypted value (`maskPhone(phone)`, `encrypt(data)`). Declare project-specific maskers under `sanitizers` in `pitrace.config.yaml`.",
    ].join("\n"),
    defaultSeverity: "warning",
    legalBasis: ["MIIT Order 24 Art. 13", "PIPL Art. 51"],
  }),
  "cross-border-transfer": rule({
    id: "cross-border-transfer",
    name: "CrossBorderTransfer",
    shortDescription: "Personal information is sent to a recipient in a different region.",
    fullDescription:
      "The config sets region, and personal information reaches a recipient whose region (from its contractor entry or the sink catalogue) is different. Transfers out of the region need a legal mechanism, an impact assessment and the user's separate consent.",
    help: [
      "**Legal ground.** PIPL Arts. 38-40 require a transfer mechanism (security assessment, standard contract or certification) and PIPL Art. 39 separate consent before PI leaves China; PIPL Art. 55 requires a personal information protection impact assessment first.",
      "",
      "**Fix.** Use the recipient's in-region endpoint or service (and set its `region` in `contractors`), or stop sending it the data. If the transfer is intended and covered by a mechanism, record the reason with `// pitrace-ignore cross-border-transfer: <mechanism>`.",
    ].join("\n"),
    defaultSeverity: "error",
    legalBasis: ["PIPL Art. 38", "PIPL Art. 39", "PIPL Art. 40", "PIPL Art. 55"],
  }),
};

/** Rules in CONTRACT order (the order of `tool.driver.rules`). */
export const RULE_LIST: readonly RuleMeta[] = RULE_IDS.map((id) => RULES[id]);
