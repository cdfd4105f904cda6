// Sanitizers: hashing, encryption and masking calls whose result carries no
// PI. Only the calls that produce a digest or ciphertext are listed: decrypt,
// decode and plain encodings (Base64, hex, URI encoding) give the data back.
import type { SanitizerEntry } from "../model/catalog.js";

/**
 * Names of the project's own masking helpers: maskPhone, redactEmail,
 * anonymizeIp, desensitizeIdCard, tuominShoujihao (脱敏), hashEmail,
 * encryptMobile, sha256(…). `encode…` is left out on purpose:
 * encodeURIComponent, encodeBase64 and TextEncoder#encode keep the data
 * readable, and so do `sanitize…` helpers (sanitizeHtml keeps the text).
 */
export const SANITIZER_NAME_PATTERN =
  "^(mask|redact|anonymi[sz]|pseudonymi[sz]|de-?identif|desensiti[sz]|tuomin|obfuscat|scrub|hash|encrypt|sha(1|224|256|384|512)|md5|sm3|hmac)";

/** crypto-js members that hash or encrypt (paths containing them are clean); "()" covers subpath imports like `crypto-js/sha256`. */
const CRYPTO_JS = [
  "()", "encrypt", "MD5", "SHA1", "SHA224", "SHA256", "SHA384", "SHA512", "SHA3", "RIPEMD160", "HmacMD5", "HmacSHA1", "HmacSHA224",
  "HmacSHA256", "HmacSHA384", "HmacSHA512", "HmacSHA3", "HmacRIPEMD160", "PBKDF2", "EvpKDF",
];

export const SANITIZERS: SanitizerEntry[] = [
  {
    id: "node-crypto",
    packages: ["crypto", "node:crypto"],
    methods: ["createHash", "createHmac", "createCipheriv", "createCipher", "hash", "pbkdf2", "pbkdf2Sync", "scrypt", "scryptSync", "hkdf", "hkdfSync", "publicEncrypt"],
    description: "node:crypto hashes, HMACs, ciphers and key derivation: createHash(alg).update(v).digest(), createHmac, createCipheriv, pbkdf2(Sync), scrypt(Sync), hkdf, publicEncrypt.",
  },
  {
    id: "web-crypto",
    globals: ["crypto.subtle.digest", "crypto.subtle.encrypt", "crypto.subtle.sign", "crypto.subtle.deriveBits"],
    description: "Web Crypto: crypto.subtle.digest / encrypt / sign / deriveBits (also through window. or globalThis.).",
  },
  {
    id: "bcrypt",
    packages: ["bcrypt", "bcryptjs"],
    methods: ["hash", "hashSync"],
    description: "bcrypt / bcryptjs hash(value, rounds) and hashSync.",
  },
  {
    id: "argon2",
    packages: ["argon2", "@node-rs/argon2"],
    methods: ["hash"],
    description: "argon2.hash(value).",
  },
  {
    id: "md5",
    packages: ["md5", "blueimp-md5", "spark-md5"],
    description: "md5(value) (and blueimp-md5, SparkMD5.hash).",
  },
  {
    id: "sha1",
    packages: ["sha1"],
    description: "sha1(value).",
  },
  {
    id: "js-sha256",
    packages: ["js-sha256", "js-sha512", "js-sha3"],
    description: "js-sha256 / js-sha512 / js-sha3: sha256(value), sha256.hmac(key, value), sha224, sha512, sha3_256 …",
  },
  {
    id: "react-native-quick-crypto",
    packages: ["react-native-quick-crypto"],
    methods: ["createHash", "createHmac", "createCipheriv", "pbkdf2", "pbkdf2Sync", "scrypt", "scryptSync", "publicEncrypt"],
    description: "react-native-quick-crypto, node:crypto's API for React Native: createHash(alg).update(v).digest(), createHmac, createCipheriv, pbkdf2(Sync), scrypt(Sync), publicEncrypt.",
  },
  {
    id: "expo-crypto",
    packages: ["expo-crypto"],
    methods: ["digestStringAsync", "digest"],
    description: "Expo's crypto module: Crypto.digestStringAsync(algorithm, data) and digest(algorithm, data) hash their input (its random helpers are not sanitizers).",
  },
  {
    id: "js-sha1",
    packages: ["js-sha1"],
    description: "js-sha1: sha1(value), sha1.hex(value).",
  },
  {
    id: "js-md5",
    packages: ["js-md5"],
    description: "js-md5: md5(value), md5.hex(value), md5.base64(value).",
  },
  {
    id: "object-hash",
    packages: ["object-hash"],
    description: "object-hash: hash(object, options), hash.sha1, hash.MD5, hash.keys.",
  },
  {
    id: "hash-js",
    packages: ["hash.js"],
    description: "hash.js: hash.sha256().update(value).digest('hex'), hash.hmac(…).",
  },
  {
    id: "crypto-js",
    packages: ["crypto-js"],
    methods: CRYPTO_JS,
    description: "crypto-js hashes and ciphers: CryptoJS.SHA256(v), MD5, HmacSHA256, PBKDF2, AES/DES/TripleDES/Rabbit.encrypt, and subpath imports (crypto-js/sha256). AES.decrypt and enc.Base64 are not sanitizers.",
  },
  {
    id: "jsencrypt",
    packages: ["jsencrypt", "encryptlong"],
    methods: ["encrypt", "encryptLong"],
    description: "JSEncrypt RSA: new JSEncrypt() with setPublicKey(pem), then encrypt(value).",
  },
  {
    id: "sm-crypto",
    packages: ["sm-crypto", "sm-crypto-v2", "gm-crypto"],
    methods: ["doEncrypt", "doSignature", "sm3", "encrypt"],
    description: "Chinese national algorithms (国密): sm2.doEncrypt(v, publicKey), sm2.doSignature, sm3(v), sm4.encrypt(v, key). sm2.doDecrypt and sm4.decrypt are not sanitizers.",
  },
  {
    id: "node-forge",
    packages: ["node-forge"],
    methods: ["md", "hmac", "encrypt", "createCipher", "pbkdf2"],
    description: "node-forge: forge.md.sha256.create().update(v).digest(), forge.hmac, publicKey.encrypt(v), forge.cipher.createCipher, forge.pkcs5.pbkdf2.",
  },
  {
    id: "masking-names",
    namePattern: SANITIZER_NAME_PATTERN,
    description:
      "Project helpers named for masking, redaction, anonymisation, desensitisation (脱敏 tuomin), hashing or encryption: maskPhone, redactEmail, anonymizeIp, tuominShoujihao, hashEmail, encryptIdCard, sha256Hex. encodeURIComponent and other encoders are not sanitizers.",
  },
];
