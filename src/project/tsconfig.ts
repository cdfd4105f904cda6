// Reading tsconfig/jsconfig files through the TypeScript API, so `extends`,
// `references`, include/exclude and jsconfig defaults mean what tsc means.
import path from "node:path";
import { ts } from "../typescript.cjs";
import { PitraceInputError } from "../model/errors.js";
import { missingGeneratedAliases } from "./generated-tsconfig.js";

export interface ParsedTsconfig {
  configPath: string;
  dir: string;
  options: ts.CompilerOptions;
  /** Absolute paths tsc would compile (before pitrace's own filters). */
  fileNames: string[];
  /** Absolute paths of referenced tsconfig files. */
  references: string[];
}

export function parseTsconfig(configPath: string): ParsedTsconfig {
  const read = ts.readConfigFile(configPath, (f) => ts.sys.readFile(f));
  if (read.error) throw diagnosticError(read.error, configPath);
  const dir = path.dirname(configPath);
  const parsed = ts.parseJsonConfigFileContent(read.config ?? {}, ts.sys, dir, undefined, configPath);
  // parsed.errors are deliberately ignored: "extends" into a package that is
  // not installed (we work without node_modules), "no inputs found" for
  // solution-style configs, and options TypeScript 6 deprecates still leave a
  // usable set of options and files.
  // A framework's generated tsconfig that is not there (never built): its default aliases instead.
  const aliases = missingGeneratedAliases((read.config as { extends?: unknown } | undefined)?.extends, dir);
  const options = aliases ? { ...parsed.options, paths: { ...aliases, ...parsed.options.paths } } : parsed.options;
  return {
    configPath,
    dir,
    options,
    fileNames: parsed.fileNames.map((f) => path.resolve(f)),
    references: (parsed.projectReferences ?? []).map((r) => path.resolve(ts.resolveProjectReferencePath(r))),
  };
}

function diagnosticError(diag: ts.Diagnostic, configPath: string): PitraceInputError {
  const message = ts.flattenDiagnosticMessageText(diag.messageText, " ");
  const line = diag.file && diag.start !== undefined ? diag.file.getLineAndCharacterOfPosition(diag.start).line + 1 : undefined;
  return new PitraceInputError(`invalid tsconfig: ${message}`, { file: configPath, line });
}

/** Options for a project without a tsconfig: parse everything, check nothing. */
export function synthesizedOptions(): ts.CompilerOptions {
  return {
    allowJs: true,
    checkJs: false,
    jsx: ts.JsxEmit.Preserve,
    noEmit: true,
    target: ts.ScriptTarget.ESNext,
    module: ts.ModuleKind.Preserve,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    resolveJsonModule: true,
    esModuleInterop: true,
    allowImportingTsExtensions: true,
    skipLibCheck: true,
    maxNodeModuleJsDepth: 0,
  };
}
