// Expands a declared type into the PI fields it holds, without the type
// checker: interfaces, type aliases, classes, object types, unions,
// intersections, arrays, Promise, Partial/Pick/Omit … resolved through the
// file index. Used only when a typed value is used whole at a sink.
import { ts } from "../typescript.cjs";
import type { Engine } from "./engine.js";
import type { FileIndex } from "./file-index.js";
import { resolveName } from "./resolve.js";
import type { TypeAtom } from "./values.js";

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
}

const WRAPPERS = new Set(["Array", "ReadonlyArray", "Promise", "Set", "ReadonlySet", "Partial", "Required", "Readonly", "NonNullable", "Awaited", "PromiseLike"]);
const MAX_DEPTH = 3;

function typeName(t: ts.TypeNode): string | undefined {
  if (ts.isTypeReferenceNode(t)) return ts.isIdentifier(t.typeName) ? t.typeName.text : t.typeName.right.text;
  return undefined;
}

function members(engine: Engine, t: ts.TypeNode | undefined, file: FileIndex, depth: number, seen: Set<ts.Node>): Member[] {
  if (!t || depth > 8 || seen.has(t)) return [];
  seen.add(t);
  if (ts.isParenthesizedTypeNode(t)) return members(engine, t.type, file, depth + 1, seen);
  if (ts.isArrayTypeNode(t)) return members(engine, t.elementType, file, depth + 1, seen);
  if (ts.isUnionTypeNode(t) || ts.isIntersectionTypeNode(t)) return t.types.flatMap((x) => members(engine, x, file, depth + 1, seen));
  if (ts.isTypeLiteralNode(t)) return elementMembers(t.members, file);
  if (ts.isTypeReferenceNode(t)) {
    const name = typeName(t)!;
    const args = t.typeArguments ?? [];
    if (WRAPPERS.has(name)) return members(engine, args[0], file, depth + 1, seen);
    if ((name === "Pick" || name === "Omit") && args.length === 2) {
      const keys = literalKeys(args[1]);
      const all = members(engine, args[0], file, depth + 1, seen);
      return all.filter((m) => (name === "Pick" ? keys.has(m.name) : !keys.has(m.name)));
    }
    if (!ts.isIdentifier(t.typeName)) return [];
    const r = resolveName(engine, file, t.typeName.text);
    if (r?.kind !== "decl") return [];
    return declMembers(engine, r.node, r.file, depth + 1, seen);
  }
  return [];
}

function declMembers(engine: Engine, d: ts.Node, file: FileIndex, depth: number, seen: Set<ts.Node>): Member[] {
  if (ts.isInterfaceDeclaration(d)) {
    const own = elementMembers(d.members, file);
    const inherited = (d.heritageClauses ?? []).flatMap((h) =>
      h.types.flatMap((x) => (ts.isIdentifier(x.expression) ? (() => {
        const r = resolveName(engine, file, (x.expression as ts.Identifier).text);
        return r?.kind === "decl" ? declMembers(engine, r.node, r.file, depth + 1, seen) : [];
      })() : [])),
    );
    return [...own, ...inherited];
  }
  if (ts.isTypeAliasDeclaration(d)) return members(engine, d.type, file, depth + 1, seen);
  if (ts.isClassDeclaration(d)) {
    const out: Member[] = [];
    for (const m of d.members) {
      if (ts.isPropertyDeclaration(m) && m.name && (ts.isIdentifier(m.name) || ts.isStringLiteralLike(m.name)))
        out.push({ name: m.name.text, node: m, type: m.type, file });
      if (ts.isConstructorDeclaration(m))
        for (const p of m.parameters)
          if (ts.isIdentifier(p.name) && ts.canHaveModifiers(p) && (ts.getModifiers(p) ?? []).length > 0) out.push({ name: p.name.text, node: p, type: p.type, file });
    }
    return out;
  }
  return [];
}

function elementMembers(list: ts.NodeArray<ts.TypeElement>, file: FileIndex): Member[] {
  const out: Member[] = [];
  for (const m of list)
    if (ts.isPropertySignature(m) && m.name && (ts.isIdentifier(m.name) || ts.isStringLiteralLike(m.name)))
      out.push({ name: m.name.text, node: m, type: m.type, file });
  return out;
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

/** The PI leaves of a typed value (at `atom.path`), classified by the taxonomy. */
export function expandType(engine: Engine, atom: TypeAtom): TypeLeaf[] {
  const file = engine.fileOf(atom.node);
  if (!file) return [];
  let type: ts.TypeNode | undefined = atom.node;
  let typeFile = file;
  let owner = typeName(atom.node);
  let minor = atom.minor || (owner ? engine.taxonomy.isMinorOwner(owner) : false);
  for (const seg of atom.path) {
    const m: Member | undefined = members(engine, type, typeFile, 0, new Set()).find((x) => x.name === seg);
    if (!m?.type) return [];
    type = m.type;
    typeFile = m.file;
    owner = typeName(m.type) ?? seg;
    minor ||= engine.taxonomy.isMinorOwner(seg) || (owner ? engine.taxonomy.isMinorOwner(owner) : false);
  }
  const out: TypeLeaf[] = [];
  const walk = (t: ts.TypeNode | undefined, f: FileIndex, own: string | undefined, isMinor: boolean, depth: number, seen: Set<ts.Node>) => {
    if (depth > MAX_DEPTH) return;
    for (const m of members(engine, t, f, 0, seen)) {
      if (depth === 0 && atom.omit?.includes(m.name)) continue;
      const cats = engine.classify(m.name, own);
      if (cats.length) out.push({ name: m.name, node: m.node, categories: cats, minor: isMinor });
      else if (m.type) {
        const childOwner = typeName(m.type) ?? m.name;
        walk(m.type, m.file, childOwner, isMinor || engine.taxonomy.isMinorOwner(m.name) || engine.taxonomy.isMinorOwner(childOwner), depth + 1, seen);
      }
    }
  };
  walk(type, typeFile, owner, minor, 0, new Set());
  return out;
}
