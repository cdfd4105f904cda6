// Code-first GraphQL schemas (graphql-js field configs, Nexus, Pothos): a field's `args` declare what the
// server hands its `resolve(parent, args, context)`. An argument of an input type (`t.arg({ type:
// ProfileInput })`, `{ type: new GraphQLNonNull(ProfileInput) }`) holds the fields that input type
// declares (`builder.inputType('ProfileInput', { fields: (t) => ({ … }) })`, `new
// GraphQLInputObjectType({ fields: { … } })`). Read from the syntax only: no type checker.
import { ts } from "../typescript.cjs";
import type { FileIndex } from "./file-index.js";
import { initializerOf, skipWrappers as skip } from "./file-index.js";
import { resolveName, type ModuleLookup } from "./resolve.js";

/** The field names (as declared) of the input type an argument's declaration names, if it names one. */
export function inputTypeFields(engine: ModuleLookup, file: FileIndex, arg: ts.Expression): ts.PropertyName[] | undefined {
  const type = typeOption(arg);
  const decl = type && inputTypeDeclaration(engine, file, type);
  if (!decl) return undefined;
  for (const a of decl.arguments ?? []) {
    const o = skip(a);
    const fields = ts.isObjectLiteralExpression(o) ? initializerOf(o, "fields") : undefined;
    const shape = fields && returnedLiteral(fields);
    if (shape) return shape.properties.flatMap((p) => (ts.isPropertyAssignment(p) || ts.isShorthandPropertyAssignment(p) ? [p.name] : []));
  }
  return undefined;
}

/** `t.arg({ type: X })`, `{ type: X }`, with list and non-null wrappers taken off: X. */
function typeOption(arg: ts.Expression): ts.Identifier | undefined {
  let e = skip(arg);
  if (ts.isCallExpression(e) && e.arguments.length === 1) e = skip(e.arguments[0]);
  const type = ts.isObjectLiteralExpression(e) ? initializerOf(e, "type") : undefined;
  if (!type) return undefined;
  let t = skip(type);
  // new GraphQLNonNull(new GraphQLList(X)), nonNull(list(X)), [X]
  for (let i = 0; i < 4; i++) {
    if ((ts.isNewExpression(t) || ts.isCallExpression(t)) && t.arguments?.length === 1) t = skip(t.arguments[0]);
    else if (ts.isArrayLiteralExpression(t) && t.elements.length === 1) t = skip(t.elements[0]);
    else break;
  }
  return ts.isIdentifier(t) ? t : undefined;
}

/** The call or `new` that makes the input type a name stands for. */
function inputTypeDeclaration(engine: ModuleLookup, file: FileIndex, name: ts.Identifier): ts.CallExpression | ts.NewExpression | undefined {
  const r = resolveName(engine, file, name.text);
  const init = r?.kind === "decl" && ts.isVariableDeclaration(r.node) && r.node.initializer ? skip(r.node.initializer) : undefined;
  return init && (ts.isCallExpression(init) || ts.isNewExpression(init)) ? init : undefined;
}

/** An object literal, or the one a function returns directly (`(t) => ({ … })`). */
function returnedLiteral(e: ts.Expression): ts.ObjectLiteralExpression | undefined {
  e = skip(e);
  if (ts.isObjectLiteralExpression(e)) return e;
  if (ts.isArrowFunction(e) && !ts.isBlock(e.body)) return returnedLiteral(e.body);
  if ((ts.isArrowFunction(e) || ts.isFunctionExpression(e)) && ts.isBlock(e.body)) {
    const ret = e.body.statements.find(ts.isReturnStatement);
    return ret?.expression ? returnedLiteral(ret.expression) : undefined;
  }
  return undefined;
}
