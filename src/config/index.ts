// Config: pitrace.config.yaml → PitraceConfig.
export { loadConfig, parseConfigText, defaultConfig, CONFIG_FILE_NAME } from "./load.js";
export { configJsonSchema, configFileSchema, type ConfigFile } from "./schema.js";
export { globProblem } from "./globs.js";
export { checkConfigCategories } from "./taxonomy-check.js";
