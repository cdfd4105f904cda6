// Project discovery: which files a scan covers, grouped into programs.
export { discoverProjects, discoverProjectsSync, unitIndex } from "./discover.js";
export { readSourceFile, decodeSource, DEFAULT_MAX_BYTES, type SourceText } from "./read-source.js";
export { changedFilesSince } from "./git.js";
export type { ProjectUnit, SkippedFile, DiscoveredProjects, LocalPackage } from "./types.js";
