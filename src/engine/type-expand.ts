// Expands a declared type into the PI fields it holds, without the type
// checker: interfaces, type aliases, classes, object types, unions,
// intersections, arrays, Promise, Partial/Pick/Omit … resolved through the
// file index. Used only when a typed value is used whole at a sink.
import { ts } from "../typescript.cjs";
import type { Engine } from "./engine.js";
import { skipWrappers, type FileIndex } from "./file-index.js";
import { dottedName, libraryRef, resolveExport, resolveName, resolveSpec } from "./resolve.js";
import type { Ref, TypeAtom } from "./values.js";
import type { SchemaLibraryEntry } from "../catalog/schemas.js";
import { inferredSchema, schemaFields } from "./schema-types.js";

export interface TypeLeaf {
  name: string;
  node: ts.Node;
  categories: string[];
  minor: boolean;
}

interface Member {
  name: string;
  node: ts.Node;
  type?: ts.TypeNode;
  file: FileIndex;
  /** A field of a schema-inferred type (schema-types.ts): its own schema, for nested shapes. */
  schema?: { expr: ts.Expression; entry: SchemaLibraryEntry };
  /** The type arguments its declaration's parameters are bound to (`data: T` of a `Result<UserInfo>`). */
  env?: TypeEnv;
}

/** Type arguments bound to a generic declaration's parameters: `Result<UserInfo>` binds T to UserInfo, read in the caller's file. */
type TypeEnv = ReadonlyMap<string, Bound>;
interface Bound {
  type: ts.TypeNode;
  file: FileIndex;
  env?: TypeEnv;
}

/** The type a type parameter stands for under `env` (`T` of `data: T` in a `Result<UserInfo>`), following parameters bound to parameters. */
function settle(type: ts.TypeNode, file: FileIndex, env: TypeEnv | undefined): Bound {
  let cur: Bound = { type, file, env };
  for (let i = 0; i < 8; i++) {
    const t = cur.type;
    const b = cur.env && ts.isTypeReferenceNode(t) && !t.typeArguments && ts.isIdentifier(t.typeName) ? cur.env.get(t.typeName.text) : undefined;
    if (!b) break;
    cur = b;
  }
  return cur;
}

/** A generic declaration's parameters bound to the arguments a reference gives (or their defaults). */
function bindTypeParams(d: ts.Node, args: readonly ts.TypeNode[], argFile: FileIndex, argEnv: TypeEnv | undefined, declFile: FileIndex): TypeEnv | undefined {
  const params = ts.isInterfaceDeclaration(d) || ts.isTypeAliasDeclaration(d) || ts.isClassDeclaration(d) ? d.typeParameters : undefined;
  if (!params?.length) return undefined;
  const env = new Map<string, Bound>();
  params.forEach((p, i) => {
    const arg = args[i];
    if (arg) env.set(p.name.text, { type: arg, file: argFile, env: argEnv });
    else if (p.default) env.set(p.name.text, { type: p.default, file: declFile });
  });
  return env.size ? env : undefined;
}

function withEnv(list: Member[], env: TypeEnv | undefined): Member[] {
  return env ? list.map((m) => (m.env ? m : { ...m, env })) : list;
}

const WRAPPERS = new Set([
  "Array", "ReadonlyArray", "Promise", "Set", "ReadonlySet", "Partial", "Required", "Readonly", "NonNullable", "Awaited", "PromiseLike",
  // The same generics written by libraries (react-hook-form's and TypeORM's DeepPartial, type-fest's
  // PartialDeep, ts-essentials' DeepReadonly, …): a form's draft typed `DeepPartial<AddressValues>` holds
  // an AddressValues' fields.
  "DeepPartial", "PartialDeep", "DeepReadonly", "ReadonlyDeep", "DeepRequired", "RequiredDeep", "DeepWritable", "WritableDeep", "Writable", "Mutable", "DeepNonNullable",
]);
const MAX_DEPTH = 3;
/** Type names of records of choices: consents, privacy settings, preferences, flags, also as a form's values or a store's state (PrivacyFormValues, ConsentState). */
const CHOICE_RECORD = /(consent|privacy|agreement|authori[sz]ation|permission|grant|setting|pref|preference|flag|option|toggle|choice)s?(form|values?|state|model|dto|input)*$/i;

/** A record of choices (consents, settings, preferences): its yes/no fields say what was chosen, not a fact about anyone. */
export function isChoiceRecord(name: string | undefined): boolean {
  return !!name && CHOICE_RECORD.test(name);
}

/** `boolean`, `true | false`, optionally `| null | undefined`. */
export function isBooleanType(t: ts.TypeNode | undefined): boolean {
  if (!t) return false;
  if (t.kind === ts.SyntaxKind.BooleanKeyword) return true;
  if (ts.isLiteralTypeNode(t)) return t.literal.kind === ts.SyntaxKind.TrueKeyword || t.literal.kind === ts.SyntaxKind.FalseKeyword;
  if (ts.isParenthesizedTypeNode(t)) return isBooleanType(t.type);
  if (ts.isUnionTypeNode(t)) {
    const rest = t.types.filter((x) => x.kind !== ts.SyntaxKind.UndefinedKeyword && !(ts.isLiteralTypeNode(x) && x.literal.kind === ts.SyntaxKind.NullKeyword));
    return rest.length > 0 && rest.every(isBooleanType);
  }
  return false;
}

/** `readonly T[]`: the same type for our purposes (unlike `keyof T` or `unique symbol`). */
export function isReadonlyType(t: ts.TypeNode): t is ts.TypeOperatorNode {
  return ts.isTypeOperatorNode(t) && t.operator === ts.SyntaxKind.ReadonlyKeyword;
}

/** The name a type reference writes (`User`, `ns.User` → User); undefined for other types. */
export function typeName(t: ts.TypeNode): string | undefined {
  if (ts.isTypeReferenceNode(t)) return ts.isIdentifier(t.typeName) ? t.typeName.text : t.typeName.right.text;
  if (ts.isImportTypeNode(t) && t.qualifier) return ts.isIdentifier(t.qualifier) ? t.qualifier.text : t.qualifier.right.text;
  return undefined;
}

/**
 * The name of the record a type describes: through the generics that keep its fields (`Partial<Omit<ConsentFlags,
 * 'v'>>` is a ConsentFlags record, `Readonly<Patient>[]` a Patient's), else the type's own name.
 */
function recordName(t: ts.TypeNode): string | undefined {
  for (let i = 0; i < 6; i++) {
    if (ts.isArrayTypeNode(t)) t = t.elementType;
    else if (ts.isParenthesizedTypeNode(t)) t = t.type;
    // `ConsentState | ''`, `Patient | null`: the one record type the value is when it is one.
    else if (ts.isUnionTypeNode(t) && t.types.filter((x) => !ts.isLiteralTypeNode(x) && !isNothingType(x)).length === 1) t = t.types.find((x) => !ts.isLiteralTypeNode(x) && !isNothingType(x))!;
    else if (ts.isTypeReferenceNode(t) && t.typeArguments?.length && (WRAPPERS.has(typeName(t)!) || typeName(t) === "Pick" || typeName(t) === "Omit")) t = t.typeArguments[0];
    else break;
  }
  return typeName(t) ?? indexedAccessName(t);
}

/** `components['schemas']['SessionUser']`: the record the last key names. */
export function indexedAccessName(t: ts.TypeNode): string | undefined {
  if (!ts.isIndexedAccessTypeNode(t)) return undefined;
  const keys = literalKeys(t.indexType);
  return keys.size === 1 ? [...keys][0] : undefined;
}

/**
 * The name a type written in place is declared for (`customer: { name: string; email: string }`, also as a
 * list or with `| null`): a record of no type name is owned by what holds it, as a member's is by its key.
 */
function declaredName(t: ts.TypeNode): string | undefined {
  let n: ts.Node = t;
  while (ts.isArrayTypeNode(n.parent) || ts.isUnionTypeNode(n.parent) || ts.isParenthesizedTypeNode(n.parent)) n = n.parent;
  const d = n.parent;
  const named = (ts.isParameter(d) || ts.isVariableDeclaration(d) || ts.isPropertySignature(d) || ts.isPropertyDeclaration(d)) && d.type === n;
  return named && ts.isIdentifier(d.name) ? d.name.text : undefined;
}

function members(engine: Engine, t: ts.TypeNode | undefined, file: FileIndex, depth: number, seen: Set<ts.Node>, env?: TypeEnv): Member[] {
  if (!t || depth > 8) return [];
  // A type parameter stands for what it is bound to (before the cycle check: the same `T` under other arguments).
  const bound = env ? settle(t, file, env) : undefined;
  if (bound && bound.type !== t) return members(engine, bound.type, bound.file, depth + 1, seen, bound.env);
  if (seen.has(t)) return [];
  seen.add(t);
  if (ts.isParenthesizedTypeNode(t) || isReadonlyType(t)) return members(engine, t.type, file, depth + 1, seen, env);
  if (ts.isArrayTypeNode(t)) return members(engine, t.elementType, file, depth + 1, seen, env);
  if (ts.isUnionTypeNode(t) || ts.isIntersectionTypeNode(t)) return t.types.flatMap((x) => members(engine, x, file, depth + 1, seen, env));
  if (ts.isTypeLiteralNode(t)) return withEnv(elementMembers(t.members, file), env);
  if (ts.isJSDocTypeLiteral(t)) return jsDocPropertyMembers(t, file);
  if (ts.isIndexedAccessTypeNode(t)) {
    const at = indexedMemberType(engine, t, file, depth, seen, env);
    return at ? members(engine, at.type, at.file, depth + 1, seen, at.env) : [];
  }
  if (ts.isImportTypeNode(t)) {
    // `import('./schemas').PatientProfile` (JSDoc and .d.ts): the type that module exports under that name.
    const spec = ts.isLiteralTypeNode(t.argument) && ts.isStringLiteral(t.argument.literal) ? t.argument.literal.text : undefined;
    const name = t.qualifier && (ts.isIdentifier(t.qualifier) ? t.qualifier.text : t.qualifier.right.text);
    const m = spec && name ? resolveSpec(engine, spec, file) : undefined;
    const r = m?.kind === "module" ? resolveExport(engine, m.file, name!) : undefined;
    return r?.kind === "decl" ? declMembers(engine, r.node, r.file, depth + 1, seen, { args: t.typeArguments ?? [], file, env }) : [];
  }
  if (ts.isTypeReferenceNode(t)) {
    const name = typeName(t)!;
    const args = t.typeArguments ?? [];
    if (WRAPPERS.has(name)) return members(engine, args[0], file, depth + 1, seen, env);
    const inferred = args.length === 1 ? inferredSchema(engine, t, file) : undefined;
    if (inferred) return schemaMembers(engine, inferred.expr, inferred.file, inferred.entry);
    if ((name === "Pick" || name === "Omit") && args.length === 2) {
      const keys = literalKeys(args[1]);
      const all = members(engine, args[0], file, depth + 1, seen, env);
      return all.filter((m) => (name === "Pick" ? keys.has(m.name) : !keys.has(m.name)));
    }
    // `API.MemberForm` of a global `declare namespace API`, or a global type no import names.
    if (!ts.isIdentifier(t.typeName)) {
      const dotted = dottedName(t.typeName);
      const g = dotted && engine.globalType(dotted.join("."));
      return g ? declMembers(engine, g.node, g.file, depth + 1, seen) : [];
    }
    const r = resolveName(engine, file, t.typeName.text);
    if (r?.kind === "pkg") return libraryGenericMembers(r.pkg, r.path[r.path.length - 1] ?? "", args, file);
    if (r?.kind !== "decl") {
      const g = r ? undefined : engine.globalType(t.typeName.text);
      return g ? declMembers(engine, g.node, g.file, depth + 1, seen) : [];
    }
    return declMembers(engine, r.node, r.file, depth + 1, seen, { args, file, env });
  }
  return [];
}

/** The arguments a reference gives a declaration's type parameters, where it is written. */
interface TypeUse {
  args: readonly ts.TypeNode[];
  file: FileIndex;
  env?: TypeEnv;
}

function declMembers(engine: Engine, d: ts.Node, file: FileIndex, depth: number, seen: Set<ts.Node>, use?: TypeUse): Member[] {
  const env = use ? bindTypeParams(d, use.args, use.file, use.env, file) : undefined;
  if (ts.isInterfaceDeclaration(d)) {
    const own = withEnv(elementMembers(d.members, file), env);
    const inherited = (d.heritageClauses ?? []).flatMap((h) =>
      h.types.flatMap((x) => (ts.isIdentifier(x.expression) ? (() => {
        const r = resolveName(engine, file, (x.expression as ts.Identifier).text);
        return r?.kind === "decl" ? declMembers(engine, r.node, r.file, depth + 1, seen, { args: x.typeArguments ?? [], file, env }) : [];
      })() : [])),
    );
    return [...own, ...inherited];
  }
  if (ts.isTypeAliasDeclaration(d)) return members(engine, d.type, file, depth + 1, seen, env);
  if (ts.isJSDocTypedefTag(d)) {
    const t = d.typeExpression;
    if (!t) return [];
    return ts.isJSDocTypeLiteral(t) ? jsDocPropertyMembers(t, file) : members(engine, t.type, file, depth + 1, seen);
  }
  if (ts.isClassDeclaration(d)) {
    const out: Member[] = [];
    for (const m of d.members) {
      if (ts.isPropertyDeclaration(m) && m.name && (ts.isIdentifier(m.name) || ts.isStringLiteralLike(m.name)))
        out.push({ name: m.name.text, node: m, type: m.type, file });
      if (ts.isConstructorDeclaration(m))
        for (const p of m.parameters)
          if (ts.isIdentifier(p.name) && ts.canHaveModifiers(p) && (ts.getModifiers(p) ?? []).length > 0) out.push({ name: p.name.text, node: p, type: p.type, file });
    }
    return withEnv(out, env);
  }
  return [];
}

/** The `@property {type} name` tags of a JSDoc `@typedef {Object}`, or the nested `@param` tags of an object parameter. */
function jsDocPropertyMembers(t: ts.JSDocTypeLiteral, file: FileIndex): Member[] {
  const out: Member[] = [];
  // `@param {Object} opts` with `@param {string} opts.mobile`: the nested tags name `opts.mobile`.
  for (const p of t.jsDocPropertyTags ?? []) out.push({ name: ts.isIdentifier(p.name) ? p.name.text : p.name.right.text, node: p, type: p.typeExpression?.type, file });
  return out;
}

/** The fields of a schema's data as members (see schema-types.ts). */
function schemaMembers(engine: Engine, expr: ts.Expression, file: FileIndex, entry: SchemaLibraryEntry): Member[] {
  return (schemaFields(engine, expr, file, entry) ?? []).map((f) => ({ name: f.name, node: f.node, file: f.file, schema: f.schema ? { expr: f.schema, entry } : undefined }));
}

function elementMembers(list: ts.NodeArray<ts.TypeElement>, file: FileIndex): Member[] {
  const out: Member[] = [];
  for (const m of list)
    if (ts.isPropertySignature(m) && m.name && (ts.isIdentifier(m.name) || ts.isStringLiteralLike(m.name)))
      out.push({ name: m.name.text, node: m, type: m.type, file });
  return out;
}

/**
 * The member type `T['key']` names (`components['schemas']['SessionUser']` of an openapi-typescript schema): the
 * declared type of T's member of that name, or of each named (`T['a' | 'b']`); `T[number]` is T's element.
 */
function indexedMemberType(engine: Engine, t: ts.IndexedAccessTypeNode, file: FileIndex, depth: number, seen: Set<ts.Node>, env?: TypeEnv): Bound | undefined {
  if (t.indexType.kind === ts.SyntaxKind.NumberKeyword) return elementType(engine, t.objectType, file, depth + 1, env);
  const keys = literalKeys(t.indexType);
  if (keys.size !== 1) return undefined;
  const [key] = keys;
  const m = members(engine, t.objectType, file, depth + 1, seen, env).find((x) => x.name === key);
  return m?.type ? settle(m.type, m.file, m.env) : undefined;
}

function literalKeys(t: ts.TypeNode): Set<string> {
  const out = new Set<string>();
  const add = (x: ts.TypeNode) => {
    if (ts.isLiteralTypeNode(x) && ts.isStringLiteral(x.literal)) out.add(x.literal.text);
    else if (ts.isUnionTypeNode(x)) x.types.forEach(add);
  };
  add(t);
  return out;
}

interface AtPath {
  type: ts.TypeNode;
  file: FileIndex;
  owner: string | undefined;
  minor: boolean;
  /** The type name of the record the last field of the path was read from (`HealthFinding` for `findings[].item`). */
  parentRecord?: string;
  /** What the type parameters in `type` are bound to. */
  env?: TypeEnv;
}

/**
 * Library generics whose members hold their type arguments, read without the library's declarations (no
 * node_modules): `ResolverData<AppContext>`'s `context`, a queue `Job<ClaimJob>`'s `data`, Express's
 * `Request<Params, ResBody, ReqBody, Query>`'s `params`, `body` and `query`, a Redux Toolkit
 * `PayloadAction<Draft>`'s `payload`, an `AxiosResponse<User>`'s `data`, a Vue `Ref<Profile>`'s `value`.
 */
const LIBRARY_GENERICS: ReadonlyArray<{ packages: readonly string[]; type: string; members: Readonly<Record<string, number>> }> = [
  { packages: ["type-graphql"], type: "ResolverData", members: { context: 0, args: 1 } },
  { packages: ["bull", "bullmq", "bee-queue"], type: "Job", members: { data: 0 } },
  { packages: ["express", "express-serve-static-core"], type: "Request", members: { params: 0, body: 2, query: 3 } },
  { packages: ["@reduxjs/toolkit"], type: "PayloadAction", members: { payload: 0 } },
  { packages: ["axios"], type: "AxiosResponse", members: { data: 0 } },
  { packages: ["vue", "@vue/reactivity"], type: "Ref", members: { value: 0 } },
  { packages: ["vue", "@vue/reactivity"], type: "ComputedRef", members: { value: 0 } },
];

function libraryGenericMembers(pkg: string, type: string, args: readonly ts.TypeNode[], file: FileIndex): Member[] {
  const g = LIBRARY_GENERICS.find((x) => x.type === type && x.packages.includes(pkg));
  if (!g) return [];
  const out: Member[] = [];
  for (const [name, i] of Object.entries(g.members)) if (args[i]) out.push({ name, node: args[i], type: args[i], file });
  return out;
}

const ELEMENT_OF = new Map([["Array", 0], ["ReadonlyArray", 0], ["Set", 0], ["ReadonlySet", 0], ["Map", 1], ["ReadonlyMap", 1], ["Record", 1]]);

/** A generic the expansion models itself (a container, Promise, Partial, Pick …), not a type of its own. */
export function isModelledGeneric(name: string): boolean {
  return WRAPPERS.has(name) || ELEMENT_OF.has(name) || name === "Pick" || name === "Omit";
}
const NOTHING = new Set([ts.SyntaxKind.NullKeyword, ts.SyntaxKind.UndefinedKeyword, ts.SyntaxKind.VoidKeyword]);

/** `null`, `undefined`, `void`: what a union adds to say "or nothing" (`Patient | null`, `Promise<T | undefined>`). */
export function isNothingType(t: ts.TypeNode): boolean {
  return NOTHING.has(t.kind) || (ts.isLiteralTypeNode(t) && t.literal.kind === ts.SyntaxKind.NullKeyword);
}

/**
 * The type of an element (`[]`) of a value of type `t`: of an array, set or map, a `Record`, an index
 * signature, through aliases and `| null`. Undefined for a type that has no elements (a plain record).
 */
function elementType(engine: Engine, t: ts.TypeNode, file: FileIndex, depth: number, env?: TypeEnv): Bound | undefined {
  if (depth > 4) return undefined;
  const bound = env ? settle(t, file, env) : undefined;
  if (bound && bound.type !== t) return elementType(engine, bound.type, bound.file, depth + 1, bound.env);
  if (ts.isParenthesizedTypeNode(t) || isReadonlyType(t)) return elementType(engine, t.type, file, depth + 1, env);
  if (ts.isArrayTypeNode(t)) return settle(t.elementType, file, env);
  if (ts.isUnionTypeNode(t)) {
    const rest = t.types.filter((x) => !isNothingType(x));
    return rest.length === 1 ? elementType(engine, rest[0], file, depth + 1, env) : undefined;
  }
  if (ts.isTypeLiteralNode(t)) {
    const index = t.members.find(ts.isIndexSignatureDeclaration);
    return index ? settle(index.type, file, env) : undefined;
  }
  if (ts.isIndexedAccessTypeNode(t)) {
    const at = indexedMemberType(engine, t, file, depth + 1, new Set(), env);
    return at ? elementType(engine, at.type, at.file, depth + 1, at.env) : undefined;
  }
  if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName)) {
    const at = ELEMENT_OF.get(t.typeName.text);
    const arg = at !== undefined ? t.typeArguments?.[at] : undefined;
    if (arg) return settle(arg, file, env);
    const r = resolveName(engine, file, t.typeName.text);
    // An alias, generic or not (`type Page<T> = T[]`): its type with the arguments bound.
    if (r?.kind === "decl" && ts.isTypeAliasDeclaration(r.node)) return elementType(engine, r.node.type, r.file, depth + 1, bindTypeParams(r.node, t.typeArguments ?? [], file, env, r.file));
  }
  return undefined;
}

/**
 * The declared type a typed value has at `atom.path`, or undefined when a segment names no declared member
 * or takes an element (`[]`) of a type that has none.
 */
function typeAtPath(engine: Engine, atom: TypeAtom): AtPath | undefined {
  const file = engine.fileOf(atom.node);
  if (!file) return undefined;
  let type: ts.TypeNode = atom.node;
  let typeFile = file;
  let owner = recordName(atom.node) ?? declaredName(atom.node);
  let minor = atom.minor || (owner ? engine.taxonomy.isMinorOwner(owner) : false);
  let parentRecord: string | undefined;
  let env: TypeEnv | undefined;
  for (const seg of atom.path) {
    if (seg === "[]") {
      const el = elementType(engine, type, typeFile, 0, env);
      if (!el) return undefined;
      ({ type, file: typeFile, env } = el);
      continue;
    }
    const m: Member | undefined = members(engine, type, typeFile, 0, new Set(), env).find((x) => x.name === seg);
    if (!m?.type) return undefined;
    parentRecord = recordName(type);
    ({ type, file: typeFile, env } = settle(m.type, m.file, m.env));
    owner = recordName(type) ?? seg;
    minor ||= engine.taxonomy.isMinorOwner(seg) || (owner ? engine.taxonomy.isMinorOwner(owner) : false);
  }
  return { type, file: typeFile, owner, minor, parentRecord, env };
}

/** Fields that hold a record's content, not its bookkeeping (ids, codes, dates, flags). */
const CONTENT_FIELDS = /^(value|values|item|items|name|text|content|contents|description|desc|detail|details|result|results|note|notes|remark|remarks|summary|hint|message|label|title)$/i;

/**
 * The content of a record whose type is named for sensitive data (`finding.item`, `finding.value` of a
 * HealthFinding) is that data; its bookkeeping (`storeCode`, `createdAt`, a flag) is not.
 */
function sensitiveFieldCategories(engine: Engine, at: AtPath, field: string | undefined, parentField: string | undefined): string[] {
  if (!at.parentRecord || !field || isBooleanType(at.type)) return [];
  // A reading in it (`visit.bloodPressure.systolic: number`), held under a field that itself names the data, is the
  // data too; its id or count is not, nor a number of a record only its type names so (`stats.waiting` of a QueueHealth).
  const reading = at.type.kind === ts.SyntaxKind.NumberKeyword && !COUNTER_FIELDS.test(field) && !!parentField && sensitiveRecordCategories(engine, parentField).length > 0;
  if (!CONTENT_FIELDS.test(field) && !reading) return [];
  return sensitiveRecordCategories(engine, at.parentRecord);
}

/** Numeric fields that count or identify rather than measure. */
const COUNTER_FIELDS = /(^id$|Id$|_id$|^no$|No$|count|Count|total|Total|index|Index|version|Version|seq|Seq|num$|Num$|number$|Number$)/;

/**
 * Whether a typed value at `atom.path` can still expand to anything: its type there has declared members.
 * When it has none (a `number`, a library type, a name we cannot resolve) the atom expands to nothing and
 * so does every longer path, since no member can be found under it; such atoms are dropped as soon as they
 * are made. Without this, code that reads many fields of a large non-PI type (a JSON schema walker) built
 * taint maps of thousands of atoms that were copied on every property read.
 */
export function typeAtomCanExpand(engine: Engine, atom: TypeAtom): boolean {
  const at = typeAtPath(engine, atom);
  return !!at && (members(engine, at.type, at.file, 0, new Set(), at.env).length > 0 || !!methodHolder(engine, at) || sensitiveFieldCategories(engine, at, atom.path[atom.path.length - 1], atom.path[atom.path.length - 2]).length > 0);
}

/**
 * The project class or interface a typed value is declared as at `atom.path` (`ctx.dataSources.hotels` of a
 * `ctx: Context` whose `dataSources: { hotels: HotelApi }`), when it declares methods: calls on the value
 * dispatch to them. A class of methods only has no PI fields, but the value must be kept for its calls.
 */
export function typeDeclAt(engine: Engine, atom: TypeAtom): ts.ClassDeclaration | ts.InterfaceDeclaration | undefined {
  const at = typeAtPath(engine, atom);
  return at && methodHolder(engine, at);
}

function methodHolder(engine: Engine, at: AtPath): ts.ClassDeclaration | ts.InterfaceDeclaration | undefined {
  const t = at.type;
  if (!ts.isTypeReferenceNode(t) || !ts.isIdentifier(t.typeName)) return undefined;
  const r = resolveName(engine, at.file, t.typeName.text);
  if (r?.kind !== "decl" || !(ts.isClassDeclaration(r.node) || ts.isInterfaceDeclaration(r.node))) return undefined;
  const decl: ts.ClassDeclaration | ts.InterfaceDeclaration = r.node;
  return (decl.members as ts.NodeArray<ts.Node>).some((m) => ts.isMethodDeclaration(m) || ts.isMethodSignature(m)) ? decl : undefined;
}

/**
 * The library class a typed value is declared as at `atom.path` (`ctx.logger` of a `ctx: AppContext` whose
 * `logger: Logger` is imported from pino): its package and the path of the type's name in it.
 */
export function libraryTypeAt(engine: Engine, atom: TypeAtom): Extract<Ref, { k: "pkg" }> | undefined {
  const at = typeAtPath(engine, atom);
  return at && libraryOfType(engine, at.type, at.file, 0);
}

type LibraryRef = Extract<Ref, { k: "pkg" }>;

/**
 * The library a declared type stands for: a class imported from it (`logger: Logger` from pino), or the
 * type of a value a library call made (`log: typeof logger`, or `type Logger = typeof logger`, of
 * `const logger = pino()`). Project type aliases are followed; a value's type gives the reference of the
 * value itself (`pino` called), so its methods are that library's calls as the value's own would be.
 */
export function libraryOfType(engine: Engine, t: ts.TypeNode, file: FileIndex, depth: number): LibraryRef | undefined {
  if (depth > 4) return undefined;
  if (ts.isTypeQueryNode(t)) return ts.isIdentifier(t.exprName) ? libraryValue(engine, file, t.exprName.text, depth + 1) : undefined;
  if (!ts.isTypeReferenceNode(t)) return undefined;
  const names = dottedName(t.typeName);
  if (!names) return undefined;
  const lib = libraryRef(engine, file, names);
  if (lib || names.length !== 1 || t.typeArguments) return lib;
  const r = resolveName(engine, file, names[0]);
  return r?.kind === "decl" && ts.isTypeAliasDeclaration(r.node) ? libraryOfType(engine, r.node.type, r.file, depth + 1) : undefined;
}

/** The library reference a top-level name of a file holds: an import, or a constant a chain of its calls made. */
function libraryValue(engine: Engine, file: FileIndex, name: string, depth: number): LibraryRef | undefined {
  if (depth > 8) return undefined;
  const r = resolveName(engine, file, name);
  if (r?.kind === "pkg") return { k: "pkg", pkg: r.pkg, path: r.path, sub: r.spec };
  if (r?.kind !== "decl" || !ts.isVariableDeclaration(r.node) || !r.node.initializer) return undefined;
  return libraryChain(engine, r.file, r.node.initializer, depth + 1);
}

/** `pino({ level })`, `winston.createLogger(…)`, `new Redis(url)`, `base.child({ svc })`: the reference the chain makes. */
function libraryChain(engine: Engine, file: FileIndex, e: ts.Expression, depth: number): LibraryRef | undefined {
  if (depth > 8) return undefined;
  e = skipWrappers(e);
  if (ts.isAwaitExpression(e)) return libraryChain(engine, file, e.expression, depth + 1);
  const step = (inner: ts.Expression, seg: string) => {
    const lib = libraryChain(engine, file, inner, depth + 1);
    return lib && { ...lib, path: [...lib.path, seg] };
  };
  if (ts.isCallExpression(e)) {
    // `require('pino')`: the package itself, as an import of its default would be.
    const spec = ts.isIdentifier(e.expression) && e.expression.text === "require" && e.arguments.length === 1 && ts.isStringLiteral(e.arguments[0]) ? e.arguments[0].text : undefined;
    const m = spec === undefined ? undefined : resolveSpec(engine, spec, file);
    if (spec !== undefined) return m?.kind === "pkg" ? { k: "pkg", pkg: m.pkg, path: [], sub: m.spec } : undefined;
    return step(e.expression, "()");
  }
  if (ts.isNewExpression(e)) return step(e.expression, "new");
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.name)) return step(e.expression, e.name.text);
  if (ts.isIdentifier(e)) return libraryValue(engine, file, e.text, depth + 1);
  return undefined;
}

/**
 * The parameters of the function type `t` is (`(draft: Draft | null) => void`), through `| undefined` and
 * a non-generic alias (`type Listener = …`). Undefined for any other type.
 */
export function functionTypeParams(engine: Engine, t: ts.TypeNode, file: FileIndex, depth = 0): readonly ts.ParameterDeclaration[] | undefined {
  if (depth > 4) return undefined;
  if (ts.isParenthesizedTypeNode(t)) return functionTypeParams(engine, t.type, file, depth + 1);
  if (ts.isFunctionTypeNode(t)) return t.parameters;
  if (ts.isUnionTypeNode(t)) {
    const rest = t.types.filter((x) => !isNothingType(x));
    return rest.length === 1 ? functionTypeParams(engine, rest[0], file, depth + 1) : undefined;
  }
  if (!ts.isTypeReferenceNode(t) || !ts.isIdentifier(t.typeName) || t.typeArguments) return undefined;
  const r = resolveName(engine, file, t.typeName.text);
  return r?.kind === "decl" && ts.isTypeAliasDeclaration(r.node) && !r.node.typeParameters ? functionTypeParams(engine, r.node.type, r.file, depth + 1) : undefined;
}

/**
 * The parameters type `t` declares for its member `key` when that member is a function: a method signature
 * (`signIn(user: Profile): void`) or a property of a function type (`onLogin: (user: Profile) => void`), in a
 * type literal, an interface (and those it extends), an alias, an intersection or a union of them.
 */
export function memberFunctionParams(engine: Engine, t: ts.TypeNode, file: FileIndex, key: string, depth = 0): readonly ts.ParameterDeclaration[] | undefined {
  if (depth > 6) return undefined;
  if (ts.isParenthesizedTypeNode(t) || isReadonlyType(t)) return memberFunctionParams(engine, t.type, file, key, depth + 1);
  if (ts.isUnionTypeNode(t) || ts.isIntersectionTypeNode(t)) {
    for (const x of t.types) {
      const found = isNothingType(x) ? undefined : memberFunctionParams(engine, x, file, key, depth + 1);
      if (found) return found;
    }
    return undefined;
  }
  if (ts.isTypeLiteralNode(t)) return elementFunctionParams(engine, t.members, file, key);
  if (ts.isIndexedAccessTypeNode(t)) {
    const at = indexedMemberType(engine, t, file, depth, new Set());
    return at ? memberFunctionParams(engine, at.type, at.file, key, depth + 1) : undefined;
  }
  if (!ts.isTypeReferenceNode(t) || !ts.isIdentifier(t.typeName)) return undefined;
  if (WRAPPERS.has(t.typeName.text) && t.typeArguments?.length) return memberFunctionParams(engine, t.typeArguments[0], file, key, depth + 1);
  return namedTypeFunctionParams(engine, t.typeName.text, file, key, depth + 1);
}

/** memberFunctionParams of the interface or alias a name in `file` resolves to. */
function namedTypeFunctionParams(engine: Engine, name: string, file: FileIndex, key: string, depth: number): readonly ts.ParameterDeclaration[] | undefined {
  const r = resolveName(engine, file, name);
  if (r?.kind !== "decl" || depth > 6) return undefined;
  if (ts.isTypeAliasDeclaration(r.node)) return memberFunctionParams(engine, r.node.type, r.file, key, depth + 1);
  if (!ts.isInterfaceDeclaration(r.node)) return undefined;
  const own = elementFunctionParams(engine, r.node.members, r.file, key);
  if (own) return own;
  for (const h of r.node.heritageClauses ?? [])
    for (const x of h.types) {
      const found = ts.isIdentifier(x.expression) ? namedTypeFunctionParams(engine, x.expression.text, r.file, key, depth + 1) : undefined;
      if (found) return found;
    }
  return undefined;
}

function elementFunctionParams(engine: Engine, list: ts.NodeArray<ts.TypeElement>, file: FileIndex, key: string): readonly ts.ParameterDeclaration[] | undefined {
  for (const m of list) {
    if (!m.name || !(ts.isIdentifier(m.name) || ts.isStringLiteralLike(m.name)) || m.name.text !== key) continue;
    if (ts.isMethodSignature(m)) return m.parameters;
    if (ts.isPropertySignature(m) && m.type) return functionTypeParams(engine, m.type, file);
  }
  return undefined;
}

/** The name of the type of a typed value (at `atom.path`), if it has one. */
export function typeOwnerAt(engine: Engine, atom: TypeAtom): string | undefined {
  return typeAtPath(engine, atom)?.owner;
}

/** The PI leaves of a typed value (at `atom.path`), classified by the taxonomy. */
export function expandType(engine: Engine, atom: TypeAtom): TypeLeaf[] {
  const at = typeAtPath(engine, atom);
  if (!at) return [];
  const { type, file: typeFile, owner, minor } = at;
  const out: TypeLeaf[] = [];
  const walk = (t: ts.TypeNode | Member["schema"] | undefined, f: FileIndex, own: string | undefined, isMinor: boolean, depth: number, seen: Set<ts.Node>, env?: TypeEnv) => {
    if (depth > MAX_DEPTH) return;
    const list = t && "entry" in t ? schemaMembers(engine, t.expr, f, t.entry) : members(engine, t, f, 0, seen, env);
    for (const m of list) {
      if (depth === 0 && atom.omit?.includes(m.name)) continue;
      // A member typed by a type parameter is what the parameter is bound to (`data: T` of a `Result<UserInfo>`).
      const declared = m.type && settle(m.type, m.file, m.env);
      // A field declared boolean holds a choice or a fact, never the value itself: `idcardPhoto: boolean` in a
      // consent record is not a photo, `hasDiabetes: boolean` is still health (the taxonomy's factFlags).
      const named = engine.classify(m.name, own);
      // In a record of choices (ConsentFlags, PrivacySettings, NotifyPrefs) a boolean is a choice, whatever
      // its name: `guardian: boolean` is the guardian's consent, not a statement about a child.
      const cats = isBooleanType(declared?.type) ? (isChoiceRecord(own) ? [] : engine.factsOnly(named)) : named;
      if (cats.length) out.push({ name: m.name, node: m.node, categories: cats, minor: isMinor });
      else if (declared) {
        const typeName = recordName(declared.type);
        const childOwner = typeName ?? m.name;
        const before = out.length;
        walk(declared.type, declared.file, childOwner, isMinor || engine.taxonomy.isMinorOwner(m.name) || engine.taxonomy.isMinorOwner(childOwner), depth + 1, seen, declared.env);
        // A record whose fields say nothing but whose type is named for sensitive data (`findings: HealthFinding[]`
        // of `{ item, value, hint }`) is that data as a whole.
        const named = out.length === before && typeName ? sensitiveRecordCategories(engine, typeName) : [];
        if (named.length) out.push({ name: m.name, node: m.node, categories: named, minor: isMinor });
      } else if (m.schema) walk(m.schema, m.file, m.name, isMinor || engine.taxonomy.isMinorOwner(m.name), depth + 1, seen);
    }
  };
  walk(type, typeFile, owner, minor, 0, new Set(), at.env);
  // The same for the value itself (`log(finding)` of a `finding: HealthFinding`), and for a field of such a
  // record that says nothing itself (`finding.item`).
  // By the type's own name only: a binding's name (`allergies: string[]`) is a source of its own, refuted where callers pass nothing.
  const typeName = recordName(type);
  const byType = !out.length && typeName ? sensitiveRecordCategories(engine, typeName) : [];
  const named = out.length ? [] : byType.length ? byType : sensitiveFieldCategories(engine, at, atom.path[atom.path.length - 1], atom.path[atom.path.length - 2]);
  if (named.length) out.push({ name: byType.length ? typeName! : atom.path[atom.path.length - 1], node: atom.node, categories: named, minor });
  return out;
}

/** The sensitive categories (not `minor`, which says whose, not what) a record type's name says it holds. */
function sensitiveRecordCategories(engine: Engine, typeName: string): string[] {
  const cats = engine.classify(typeName);
  return cats.length && cats.every((c) => c !== "minor" && engine.taxonomy.isSensitive(c)) ? cats : [];
}
