// Keys that declare what they look up: LoopBack's `BindingKey.create<Logger>('app.logger')`, Angular's
// `new InjectionToken<AppConfig>('config')`, typedi's `new Token<Mailer>()`. A container's lookup by such a
// key (`ctx.get(AppBindings.LOGGER)`, `inject(CONFIG)`, `Container.get(MAILER)`) gives what the key's type
// argument says, whatever the container is: read from the key's declaration, not from the call.
import { ts } from "../typescript.cjs";
import { skipWrappers, type FileIndex } from "./file-index.js";
import { dottedName, resolveExport, resolveName, resolveSpec, type ModuleLookup } from "./resolve.js";

/** The methods and functions that look a value up by its key. */
export const TYPED_KEY_LOOKUPS: ReadonlySet<string> = new Set(["get", "getSync", "inject", "resolve"]);

export interface TypedKey {
  type: ts.TypeNode;
  /** The file the type argument is written in (where its names resolve). */
  file: FileIndex;
}

/** The type argument of the key `e` names (a constant, a namespace's or a class's static member, an object's property), if it was made with one. */
export function typedKeyOf(engine: ModuleLookup, file: FileIndex, e: ts.Expression): TypedKey | undefined {
  const names = dottedName(e);
  if (!names || names.length > 2) return undefined;
  const found = keyDeclaration(engine, file, names);
  if (!found) return undefined;
  const init = skipWrappers(found.init);
  if (!(ts.isCallExpression(init) || ts.isNewExpression(init)) || init.typeArguments?.length !== 1) return undefined;
  return { type: init.typeArguments[0], file: found.file };
}

function keyDeclaration(engine: ModuleLookup, file: FileIndex, names: readonly string[]): { init: ts.Expression; file: FileIndex } | undefined {
  const r = resolveName(engine, file, names[0]);
  if (names.length === 1) return r?.kind === "decl" && ts.isVariableDeclaration(r.node) && r.node.initializer ? { init: r.node.initializer, file: r.file } : undefined;
  const member = names[1];
  if (r?.kind === "module") {
    const m = resolveExport(engine, r.file, member);
    return m?.kind === "decl" && ts.isVariableDeclaration(m.node) && m.node.initializer ? { init: m.node.initializer, file: m.file } : undefined;
  }
  if (r?.kind === "decl") {
    const n = r.node;
    if (ts.isVariableDeclaration(n) && n.initializer && ts.isObjectLiteralExpression(n.initializer)) {
      const p = n.initializer.properties.find((x) => ts.isPropertyAssignment(x) && ts.isIdentifier(x.name) && x.name.text === member) as ts.PropertyAssignment | undefined;
      return p ? { init: p.initializer, file: r.file } : undefined;
    }
    if (ts.isClassDeclaration(n)) {
      const p = n.members.find((x) => ts.isPropertyDeclaration(x) && ts.isIdentifier(x.name) && x.name.text === member && !!x.initializer) as ts.PropertyDeclaration | undefined;
      return p?.initializer ? { init: p.initializer, file: r.file } : undefined;
    }
    return undefined;
  }
  // A TypeScript namespace (`export namespace AppBindings { export const LOGGER = … }`), here or imported.
  const imp = file.imports.get(names[0]);
  let home: FileIndex | undefined = file;
  let nsName = names[0];
  if (imp) {
    const m = resolveSpec(engine, imp.spec, file);
    home = m?.kind === "module" && imp.kind === "named" ? m.file : undefined;
    nsName = imp.kind === "named" ? imp.name : nsName;
  }
  return home ? namespaceConstant(home, nsName, member) : undefined;
}

function namespaceConstant(file: FileIndex, ns: string, member: string): { init: ts.Expression; file: FileIndex } | undefined {
  const block = namespacesOf(file.sf).get(ns);
  for (const s of block?.statements ?? []) {
    if (!ts.isVariableStatement(s)) continue;
    const d = s.declarationList.declarations.find((x) => ts.isIdentifier(x.name) && x.name.text === member);
    if (d?.initializer) return { init: d.initializer, file };
  }
  return undefined;
}

/** A file's top-level namespaces by name, listed once per file (most files have none). */
const namespaceCache = new WeakMap<ts.SourceFile, ReadonlyMap<string, ts.ModuleBlock>>();
function namespacesOf(sf: ts.SourceFile): ReadonlyMap<string, ts.ModuleBlock> {
  let found = namespaceCache.get(sf);
  if (!found) {
    const m = new Map<string, ts.ModuleBlock>();
    for (const st of sf.statements) if (ts.isModuleDeclaration(st) && ts.isIdentifier(st.name) && st.body && ts.isModuleBlock(st.body)) m.set(st.name.text, st.body);
    namespaceCache.set(sf, (found = m));
  }
  return found;
}
