// The taxonomy: which names and values are personal information, and why.
export { loadTaxonomy, BUILTIN_TAXONOMY_FILE, type LoadTaxonomyOptions } from "./taxonomy.js";
export { tokenize } from "./tokenize.js";
export { redosProblem } from "./redos.js";
export {
  isValidResidentId,
  residentIdCheckDigit,
  luhn,
  luhnCheckDigit,
  isValidBankCard,
  isValidImei,
  isValidCnMobile,
  isPublicIPv4,
  isPublicIPv6,
  isPlausibleEmail,
} from "./validators.js";
