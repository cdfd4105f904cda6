// Ember services injected into a class by decorator: `@service session;` or
// `@service('current-user') me;` (from '@ember/service', also as `inject`)
// gives the field the single instance of the service the app defines in
// app/services/<name>.js (or .ts), its default-exported class. A controller's
// `this.storage.saveDraft(draft)` is then a call of that class's method,
// across files, with its guards and data.
import { ts } from "../typescript.cjs";

const SERVICE_DECORATORS = new Set(["service", "inject"]);

/** The service a field is injected with (its dasherized name), when it is decorated `@service`/`@inject`. */
export function injectedServiceName(m: ts.PropertyDeclaration): string | undefined {
  for (const d of ts.getDecorators(m) ?? []) {
    const call = ts.isCallExpression(d.expression) ? d.expression : undefined;
    const e = call ? call.expression : d.expression;
    if (!ts.isIdentifier(e) || !SERVICE_DECORATORS.has(e.text) || !importsEmberService(m.getSourceFile(), e.text)) continue;
    const arg = call?.arguments[0];
    if (arg && ts.isStringLiteralLike(arg)) return arg.text;
    return m.name && ts.isIdentifier(m.name) ? dasherize(m.name.text) : undefined;
  }
  return undefined;
}

/** `currentUser` → `current-user`, as Ember's resolver looks services up. */
export function dasherize(name: string): string {
  return name.replace(/([a-z\d])([A-Z])/g, "$1-$2").replace(/_/g, "-").toLowerCase();
}

/** Where the service's module may be: app/services/<name>.(js|ts) of the app the file is in. */
export function serviceModuleCandidates(fromFile: string, name: string): string[] {
  const at = fromFile.lastIndexOf("/app/");
  if (at < 0) return [];
  const base = `${fromFile.slice(0, at)}/app/services/${name}`;
  return [`${base}.js`, `${base}.ts`, `${base}/service.js`, `${base}/service.ts`];
}

const imports = new WeakMap<ts.SourceFile, Set<string>>();

/** Whether the file imports this name from '@ember/service' (`import { service } from '@ember/service'`). */
function importsEmberService(sf: ts.SourceFile, local: string): boolean {
  let names = imports.get(sf);
  if (!names) {
    names = new Set();
    for (const st of sf.statements) {
      if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || st.moduleSpecifier.text !== "@ember/service") continue;
      const b = st.importClause?.namedBindings;
      if (b && ts.isNamedImports(b)) for (const el of b.elements) names.add(el.name.text);
    }
    imports.set(sf, names);
  }
  return names.has(local);
}
