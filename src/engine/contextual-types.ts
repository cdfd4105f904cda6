// The parameter types a function written without them gets from where it is written: a function bound to a
// name declared with a function type (`const onLogin: LoginHandler = (user) => …`), and a method of an object
// literal whose type is declared (`const h: Handlers = { onLogin(user) {…} }`, a store's actions in
// `create<SessionState>()((set) => ({ signIn: ({ user }) => … }))`), which takes its parameters from the
// declared member's signature, as the compiler's contextual typing would. Read from the syntax only (no type
// checker); a generic function type given type arguments (`ApiHandler<Body>`) is not bound here.
import { ts } from "../typescript.cjs";
import { TYPED_FUNCTION_TYPES } from "../catalog/typed-callbacks.js";
import type { Engine } from "./engine.js";
import { resolveName } from "./resolve.js";
import { pkgListed } from "./sink-match.js";
import { functionTypeParams, memberFunctionParams } from "./type-expand.js";

/** How many calls without type arguments may wrap the store's function (`create<T>()(persist(devtools((set) => …)))`). */
const MAX_WRAPPING_CALLS = 3;

/**
 * The declared parameters a function takes from its binding's declared function type or its object literal's
 * declared type, or undefined when it has none (neither is declared, or the type declares no such member).
 */
export function contextualParams(engine: Engine, fn: ts.SignatureDeclaration): readonly ts.ParameterDeclaration[] | undefined {
  if (fn.parameters.every((p) => p.type)) return undefined;
  // A function bound to a name declared with a function type (`const onLogin: LoginHandler = (user) => …`).
  const binding = ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) ? declaredBinding(fn) : undefined;
  if (binding) {
    const file = engine.fileOf(binding);
    return file ? functionTypeParams(engine, binding, file) : undefined;
  }
  const key = memberKey(fn);
  if (key === undefined) return undefined;
  const object = (ts.isMethodDeclaration(fn) ? fn.parent : fn.parent.parent) as ts.ObjectLiteralExpression;
  const declared = declaredTypeOf(object);
  if (!declared) return undefined;
  const file = engine.fileOf(declared);
  return file ? memberFunctionParams(engine, declared, file, key) : undefined;
}

/**
 * The type a library function type's type argument gives parameter `index` of a function bound to a name
 * declared with it (TYPED_FUNCTION_TYPES: `const routes: FastifyPluginAsync<RouteOptions> = async (app, opts) => …`).
 */
export function libraryFunctionParamType(engine: Engine, fn: ts.SignatureDeclaration, index: number): ts.TypeNode | undefined {
  const binding = ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) ? declaredBinding(fn) : undefined;
  if (!binding || !ts.isTypeReferenceNode(binding) || !ts.isIdentifier(binding.typeName) || !binding.typeArguments) return undefined;
  const file = engine.fileOf(binding);
  const r = file && resolveName(engine, file, binding.typeName.text);
  if (r?.kind !== "pkg") return undefined;
  const type = r.path[r.path.length - 1] ?? binding.typeName.text;
  const entry = TYPED_FUNCTION_TYPES.find((e) => e.types.includes(type) && pkgListed(e.packages, r.pkg, r.spec));
  const at = entry?.params[index];
  return at === undefined ? undefined : binding.typeArguments[at];
}

/** The declared type of the variable a function initialises, through parentheses. */
function declaredBinding(fn: ts.ArrowFunction | ts.FunctionExpression): ts.TypeNode | undefined {
  let e: ts.Node = fn;
  while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
  const d = e.parent;
  return ts.isVariableDeclaration(d) && d.initializer === e ? d.type : undefined;
}

/** The member name a function is written under in an object literal (`onLogin(user) {…}`, `signIn: (u) => …`). */
function memberKey(fn: ts.SignatureDeclaration): string | undefined {
  const name = ts.isMethodDeclaration(fn) && ts.isObjectLiteralExpression(fn.parent) ? fn.name : (ts.isArrowFunction(fn) || ts.isFunctionExpression(fn)) && ts.isPropertyAssignment(fn.parent) && ts.isObjectLiteralExpression(fn.parent.parent) && unparen(fn.parent.initializer) === fn ? fn.parent.name : undefined;
  return name && (ts.isIdentifier(name) || ts.isStringLiteralLike(name)) ? name.text : undefined;
}

/** The type an object literal is declared as: by its binding, an assertion, a return type, or a typed store's call. */
function declaredTypeOf(object: ts.ObjectLiteralExpression): ts.TypeNode | undefined {
  let e: ts.Node = object;
  while (ts.isParenthesizedExpression(e.parent)) e = e.parent;
  const parent = e.parent;
  if ((ts.isVariableDeclaration(parent) || ts.isPropertyDeclaration(parent)) && parent.initializer === e) return parent.type;
  if ((ts.isSatisfiesExpression(parent) || ts.isAsExpression(parent)) && parent.expression === e) return parent.type;
  // The object a function returns: its declared return type, or what the typed call it is given to makes.
  let fn: ts.Node | undefined;
  if (ts.isArrowFunction(parent) && parent.body === e) fn = parent;
  else if (ts.isReturnStatement(parent) && parent.expression === e) fn = enclosingFunction(parent);
  if (!fn || !ts.isFunctionLike(fn)) return undefined;
  if (fn.type) return fn.type;
  return ts.isArrowFunction(fn) || ts.isFunctionExpression(fn) ? typedMakerOf(fn) : undefined;
}

function enclosingFunction(n: ts.Node): ts.Node | undefined {
  let p = n.parent;
  while (p && !ts.isFunctionLike(p)) p = p.parent;
  return p;
}

/**
 * The type argument of the call a state-making function is given to (`create<State>()(fn)`, `create<State>(fn)`),
 * through wrapping calls that give none (`persist(fn, options)`, `devtools(…)`).
 */
function typedMakerOf(fn: ts.ArrowFunction | ts.FunctionExpression): ts.TypeNode | undefined {
  let arg: ts.Node = fn;
  for (let i = 0; i <= MAX_WRAPPING_CALLS; i++) {
    while (ts.isParenthesizedExpression(arg.parent)) arg = arg.parent;
    const call = arg.parent;
    if (!ts.isCallExpression(call) || !call.arguments.includes(arg as ts.Expression)) return undefined;
    if (call.typeArguments?.length === 1) return call.typeArguments[0];
    const callee = unparen(call.expression);
    if (ts.isCallExpression(callee) && callee.typeArguments?.length === 1 && callee.arguments.length === 0) return callee.typeArguments[0];
    arg = call;
  }
  return undefined;
}

function unparen(e: ts.Expression): ts.Expression {
  while (ts.isParenthesizedExpression(e)) e = e.expression;
  return e;
}
