// Built-in consent guards: names that read or assert the user's consent, and
// the APIs of common consent-management platforms (CMPs). Config
// `consent.guards` adds to these. None is `separate`: a general consent
// banner is not the separate consent PIPL Art. 29 asks for sensitive PI.
//
// A guard must be something whose truthiness means "consent was given".
// Calls that only open a banner or say it was closed (OneTrust.IsAlertBoxClosed,
// __tcfapi itself) are not guards: a bare call would otherwise count as an
// assertion and guard everything after it.
import type { BuiltinGuardEntry } from "../model/catalog.js";

/** Names that say consent is absent: hasNoConsent, isMissingConsent, hasRevokedConsent, noConsentGiven. */
const NEGATED = "(?!\\w*(no|not|missing|without|lacks?|declined|denied|revoked|withdrawn|rejected|refused|pending|needs?)_?(consent|opt))";

/**
 * Functions that check or assert consent: hasConsent, hasMarketingConsent,
 * isConsented, checkConsent, requireConsent, ensureConsent, assertConsent,
 * verifyConsent, getConsent, hasConsentFor, isOptedIn, hasOptedIn. Names that
 * say consent is absent (hasNoConsent, isMissingConsent, hasRevokedConsent) and
 * names that merely mention it (isConsentBannerVisible, isConsentRequired,
 * setConsent, canConsent) do not match.
 */
export const GUARD_NAME_PATTERN = `^${NEGATED}(has|is|check|require|ensure|assert|verify|get|did)\\w*(consent(ed|s)?(for\\w*)?|opt(ed)?in)$`;

/** Consent flags read as properties or variables: consentGiven, isConsentGiven, userConsented, consentGranted, optedIn. */
export const GUARD_FLAG_PATTERN = `^${NEGATED}(\\w*consent_?(ed|given|granted|accepted)|opted_?in)$`;

export const BUILTIN_GUARDS: BuiltinGuardEntry[] = [
  { id: "consent-check-names", namePattern: GUARD_NAME_PATTERN, separate: false, description: "Functions that check or assert consent (hasConsent, isConsented, checkConsent, requireConsent, hasMarketingConsent, isOptedIn …)." },
  { id: "consent-flags", namePattern: GUARD_FLAG_PATTERN, separate: false, description: "Consent flags read in a condition: consentGiven, consentGranted, userConsented, optedIn …" },
  { id: "iab-tcf-purpose", path: "purpose.consents", separate: false, description: "IAB TCF v2: tcData.purpose.consents[n] in the callback of __tcfapi('getTCData' | 'addEventListener', 2, cb)." },
  { id: "iab-tcf-vendor", path: "vendor.consents", separate: false, description: "IAB TCF v2: tcData.vendor.consents[vendorId] in the callback of __tcfapi." },
  { id: "onetrust", path: "OnetrustActiveGroups", separate: false, description: "OneTrust: window.OnetrustActiveGroups.includes('C0002') (the consented category ids)." },
  { id: "onetrust-optanon", path: "OptanonActiveGroups", separate: false, description: "OneTrust (legacy Optanon): window.OptanonActiveGroups.includes(…)." },
  { id: "fides", path: "Fides.consent", separate: false, description: "Fides (Ethyca): window.Fides.consent.analytics / .marketing …" },
  { id: "cookiebot", path: "Cookiebot.consent", separate: false, description: "Cookiebot: Cookiebot.consent.statistics / .marketing / .preferences." },
  { id: "cookiebot-cookieconsent", path: "CookieConsent.consent", separate: false, description: "Cookiebot's older global: CookieConsent.consent.statistics / .marketing." },
  { id: "cookieyes", path: "getCkyConsent", separate: false, description: "CookieYes: getCkyConsent().categories.analytics." },
  { id: "orestbida-category", path: "acceptedCategory", separate: false, description: "orestbida/cookieconsent v3: CookieConsent.acceptedCategory('analytics')." },
  { id: "orestbida-service", path: "acceptedService", separate: false, description: "orestbida/cookieconsent v3: CookieConsent.acceptedService('Google Analytics', 'analytics')." },
  { id: "orestbida-v2", path: "allowedCategory", separate: false, description: "orestbida/cookieconsent v2: cc.allowedCategory('analytics')." },
  { id: "klaro", path: "getManager.getConsent", separate: false, description: "Klaro: klaro.getManager().getConsent('matomo')." },
  { id: "didomi-purpose", path: "Didomi.getUserConsentStatusForPurpose", separate: false, description: "Didomi: Didomi.getUserConsentStatusForPurpose('analytics')." },
  { id: "didomi-vendor", path: "Didomi.getUserConsentStatusForVendor", separate: false, description: "Didomi: Didomi.getUserConsentStatusForVendor('google')." },
  { id: "osano-analytics", path: "Osano.cm.analytics", separate: false, description: "Osano: Osano.cm.analytics (true once the visitor accepted analytics)." },
  { id: "osano-marketing", path: "Osano.cm.marketing", separate: false, description: "Osano: Osano.cm.marketing." },
  { id: "osano-personalization", path: "Osano.cm.personalization", separate: false, description: "Osano: Osano.cm.personalization." },
];
