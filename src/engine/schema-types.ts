// Types written as the data a runtime schema validates (`type Signup = z.infer<typeof signupSchema>`,
// TypeBox's `Static<typeof userSchema>`, yup's `InferType<typeof s>`): their fields are the schema's keys,
// read from the schema's declaration without running it (catalog/schemas.ts says which calls build, pick,
// omit or keep a shape).
import { ts } from "../typescript.cjs";
import { SCHEMA_LIBRARIES, type SchemaLibraryEntry } from "../catalog/schemas.js";
import { skipWrappers as skip, type FileIndex } from "./file-index.js";
import { resolveName, type ModuleLookup } from "./resolve.js";
import { pkgListed } from "./sink-match.js";

/** A field of a schema's data: its key, where it is declared, and its own schema (for nested shapes). */
export interface SchemaField {
  name: string;
  node: ts.Node;
  file: FileIndex;
  schema: ts.Expression | undefined;
}

const MAX_DEPTH = 8;


/** The library a name of this file stands for, when it is an import of one of the schema libraries. */
function schemaLibrary(engine: ModuleLookup, file: FileIndex, name: string): SchemaLibraryEntry | undefined {
  const r = resolveName(engine, file, name);
  if (r?.kind !== "pkg") return undefined;
  return SCHEMA_LIBRARIES.find((e) => pkgListed(e.packages, r.pkg, r.spec));
}

/**
 * The schema a type infers the data of (`z.infer<typeof s>`, `Static<typeof s>`), with the file its
 * declaration is in, or undefined when the type is no such reference.
 */
export function inferredSchema(engine: ModuleLookup, t: ts.TypeReferenceNode, file: FileIndex): { expr: ts.Expression; file: FileIndex; entry: SchemaLibraryEntry } | undefined {
  const arg = t.typeArguments?.length === 1 ? t.typeArguments[0] : undefined;
  if (!arg || !ts.isTypeQueryNode(arg) || !ts.isIdentifier(arg.exprName)) return undefined;
  const name = ts.isIdentifier(t.typeName) ? t.typeName.text : t.typeName.right.text;
  const root = ts.isIdentifier(t.typeName) ? t.typeName : t.typeName.left;
  if (!ts.isIdentifier(root)) return undefined;
  const entry = schemaLibrary(engine, file, root.text);
  if (!entry?.inferTypes?.includes(name)) return undefined;
  return { expr: arg.exprName as unknown as ts.Expression, file, entry };
}

/** The fields of the data a schema expression validates, or undefined when its shape cannot be read. */
export function schemaFields(engine: ModuleLookup, expr: ts.Expression, file: FileIndex, entry: SchemaLibraryEntry, depth = 0): SchemaField[] | undefined {
  if (depth > MAX_DEPTH) return undefined;
  const e = skip(expr);
  if (ts.isIdentifier(e)) {
    const r = resolveName(engine, file, e.text);
    // The schema, also when a type of the same name follows it (`type S = z.infer<typeof S>`).
    if (r?.kind !== "decl") return undefined;
    const node = r.file.valueLocals.get(r.name) ?? r.node;
    if (!ts.isVariableDeclaration(node) || !node.initializer) return undefined;
    return schemaFields(engine, node.initializer, r.file, entry, depth + 1);
  }
  if (!ts.isCallExpression(e)) return undefined;
  const callee = e.expression;
  const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
  if (name === undefined) return undefined;
  // A method of a schema (`s.pick({ a: true })`) has the schema as receiver; a builder (`Type.Pick(s, ['a'])`) as first argument.
  const receiver = ts.isPropertyAccessExpression(callee) && !isNamespace(engine, file, callee.expression) ? callee.expression : undefined;
  const [first, second] = e.arguments;
  const of = (x: ts.Expression | undefined) => (x ? schemaFields(engine, x, file, entry, depth + 1) : undefined);
  if (entry.objects.includes(name) && !receiver && first && ts.isObjectLiteralExpression(skip(first))) return shapeFields(skip(first) as ts.ObjectLiteralExpression, file);
  if (entry.arrays.includes(name) && !receiver) return of(first);
  if (entry.extenders.includes(name) && receiver) {
    const added = first && ts.isObjectLiteralExpression(skip(first)) ? shapeFields(skip(first) as ts.ObjectLiteralExpression, file) : of(first);
    return [...(of(receiver) ?? []), ...(added ?? [])];
  }
  const picked = entry.pickers?.includes(name);
  if (picked || entry.omitters?.includes(name)) {
    const base = of(receiver ?? first);
    const keys = keyList(receiver ? first : second);
    if (!base || !keys) return base;
    return base.filter((f) => keys.has(f.name) === !!picked);
  }
  if (entry.sameShape?.includes(name)) return of(receiver ?? first);
  if (name === "and" && receiver) return [...(of(receiver) ?? []), ...(of(first) ?? [])];
  if ((name === "Intersect" || name === "Composite") && first && ts.isArrayLiteralExpression(skip(first)))
    return (skip(first) as ts.ArrayLiteralExpression).elements.flatMap((x) => of(x) ?? []);
  if (name === "intersection" && !receiver) return [...(of(first) ?? []), ...(of(second) ?? [])];
  return undefined;
}

/** Whether an expression is a schema library's namespace (`z`, `Type`, `t`, `yup`), not a schema. */
function isNamespace(engine: ModuleLookup, file: FileIndex, e: ts.Expression): boolean {
  return ts.isIdentifier(e) && !!schemaLibrary(engine, file, e.text);
}

function shapeFields(o: ts.ObjectLiteralExpression, file: FileIndex): SchemaField[] {
  const out: SchemaField[] = [];
  for (const p of o.properties) {
    if (ts.isPropertyAssignment(p) && (ts.isIdentifier(p.name) || ts.isStringLiteralLike(p.name))) out.push({ name: p.name.text, node: p, file, schema: p.initializer });
    else if (ts.isShorthandPropertyAssignment(p)) out.push({ name: p.name.text, node: p, file, schema: p.name });
  }
  return out;
}

/** The keys a pick or omit names: `{ a: true, b: true }` or `['a', 'b']`. */
function keyList(e: ts.Expression | undefined): Set<string> | undefined {
  if (!e) return undefined;
  const x = skip(e);
  if (ts.isObjectLiteralExpression(x)) return new Set(x.properties.flatMap((p) => (p.name && (ts.isIdentifier(p.name) || ts.isStringLiteralLike(p.name)) ? [p.name.text] : [])));
  if (ts.isArrayLiteralExpression(x)) return new Set(x.elements.flatMap((el) => (ts.isStringLiteralLike(el) ? [el.text] : [])));
  return undefined;
}
