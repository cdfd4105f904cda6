// What a part of a source's value is (`pos.coords`, `addr.detailInfo`, `words_result['姓名'].words`): the
// same answer whether the member is read where the value came from or in a helper it was passed to, whose
// summary reads the member of its parameter (see Engine.sourcePartId and the interpreter's opaqueMember).
import type { SourceInfo } from "./engine.js";

/** Fields that hold a whole record rather than a part of it (an API's `res.result`, `res.data`). */
const RECORD_WRAPPERS = new Set(["result", "results", "data", "detail", "details", "info", "payload", "body", "response", "record"]);
/**
 * Fields an API wraps each value in, holding the value itself: Baidu AI's OCR results (`words_result: { 姓名: { words } }`),
 * an uploaded file's bytes (`drivingLicenceImg.buffer`, multer's).
 */
const VALUE_WRAPPERS = new Set(["words", "buffer"]);
/** The parts of a network address that are the IP: Deno's `remoteAddr.hostname`, Node's `address().address`. */
const ADDRESS_PARTS = new Set(["hostname", "address", "host", "ip"]);
/**
 * Where an uploaded file is, or its bytes (`idCardFront.url`, a media library's `path`, a mini-program's
 * `tempFilePath`, formidable's `filepath`, multer's `buffer`, multer-s3's `location`): the file, for the
 * categories that are files (an ID card's image, a face photo).
 */
const FILE_LOCATORS = new Set(["url", "uri", "path", "src", "tempFilePath", "filePath", "filepath", "localPath", "fullPath", "fileID", "fileId", "href", "location", "buffer"]);
const FILE_CATEGORIES = /^(identity\.id_document|biometric)/;
/**
 * What an API says of a reading rather than the reading (a fix's `accuracy` radius, `speed`, `heading`, when it
 * was taken; a mini-program call's `errMsg`): nothing of the person, however personal the reading is.
 */
const READING_META = new Set(["accuracy", "horizontalAccuracy", "verticalAccuracy", "altitudeAccuracy", "speed", "heading", "timestamp", "errMsg", "errCode"]);

/**
 * What member `name` of a value from source `src` carries of that source:
 * - "whole": the source itself (a value in its wrapper, a file's location, an address's host, a part of a
 *   position or of a record set);
 * - "main": a part of a record of several kinds of PI (a picked shipping address: name, phone, address) whose
 *   name says nothing (`detailInfo`) is the record's main kind, its first (`mainKinds`); one whose name
 *   says what it is carries that instead;
 * - undefined: nothing of it (the field of a value whose parts are not PI as such).
 * `collection`: the source's categories are all a record set's (Engine.collectionSource).
 */
export function sourcePart(src: SourceInfo, name: string, collection: boolean): "whole" | "main" | undefined {
  const cats = src.categories;
  const ipPart = ADDRESS_PARTS.has(name) && cats.every((c) => c === "network.ip");
  if (ipPart || VALUE_WRAPPERS.has(name) || (FILE_LOCATORS.has(name) && cats.every((c) => FILE_CATEGORIES.test(c) || c === "minor"))) return "whole";
  const whole = isWholePlatformSource(src);
  if ((!whole && !collection) || (whole && READING_META.has(name))) return undefined;
  return whole && mainKinds(src).length < kindsOf(src).length && !RECORD_WRAPPERS.has(name) ? "main" : "whole";
}

/**
 * What a platform API hands over is PI as a whole (a position, a picked address): its parts are too. Not
 * device information: a bag of mostly harmless fields (windowHeight, SDKVersion) whose few identifying ones
 * are recognised by their own names.
 */
function isWholePlatformSource(src: SourceInfo): boolean {
  return src.kind === "platform-api" && !src.categories.every((c) => c === "device.environment");
}

function kindsOf(src: SourceInfo): string[] {
  return src.categories.filter((c) => c !== "minor");
}

/** The categories an unnamed part of a record of several kinds carries: its first kind, and `minor` if the record had it. */
export function mainKinds(src: SourceInfo): string[] {
  const kinds = kindsOf(src);
  const main = kinds.slice(0, 1);
  return kinds.length < src.categories.length ? [...main, "minor"] : main;
}
