// React Navigation: what a screen reads from `route.params` is what the app passed when it navigated there.
//   navigation.navigate('Confirm', { orderNo, contactPhone })     (also push, replace, and { name, params })
//   function ConfirmScreen({ route }: NativeStackScreenProps<RootStackParamList, 'Confirm'>) { route.params … }
//   const route = useRoute<RouteProp<RootStackParamList, 'Confirm'>>()
// The engine keeps one cell per screen name; this finds the screen a navigation call names, and the screen a
// `route.params` read belongs to, from the declared type that names it.
import { ts } from "../typescript.cjs";
import type { FileIndex } from "./file-index.js";
import { resolveName, type ModuleLookup } from "./resolve.js";

const NAVIGATE = new Set(["navigate", "push", "replace"]);
const NAVIGATOR = /^(navigation|nav|navigator)$/i;

export function routeCell(screen: string): string {
  return `%route#${screen}`;
}

/** The screen name and the params expression of `navigation.navigate('X', params)` / `navigate({ name: 'X', params })`. */
export function navigationTarget(c: ts.CallExpression): { screen: string; params: number | "name-object" } | undefined {
  const callee = c.expression;
  if (!ts.isPropertyAccessExpression(callee) || !NAVIGATE.has(callee.name.text)) return undefined;
  const recv = callee.expression;
  const recvName = ts.isIdentifier(recv) ? recv.text : ts.isPropertyAccessExpression(recv) ? recv.name.text : undefined;
  if (!recvName || !NAVIGATOR.test(recvName)) return undefined;
  const first = c.arguments[0];
  if (first && ts.isStringLiteralLike(first) && isScreenName(first.text)) return c.arguments.length > 1 ? { screen: first.text, params: 1 } : undefined;
  if (first && ts.isObjectLiteralExpression(first)) {
    const name = first.properties.find((p) => ts.isPropertyAssignment(p) && ts.isIdentifier(p.name) && p.name.text === "name");
    const init = name && ts.isPropertyAssignment(name) ? name.initializer : undefined;
    if (init && ts.isStringLiteralLike(init) && isScreenName(init.text)) return { screen: init.text, params: "name-object" };
  }
  return undefined;
}

/** A screen's name, never a URL path (`router.push('/orders')`). */
function isScreenName(s: string): boolean {
  return /^[A-Za-z][\w.-]*$/.test(s);
}

/** The screen `route.params` (node: the `params` read) belongs to, by the declared type of `route`, if it names one. */
export function routeParamsScreen(engine: ModuleLookup, file: FileIndex, node: ts.PropertyAccessExpression): string | undefined {
  const route = node.expression;
  if (!(ts.isIdentifier(route) ? route.text : ts.isPropertyAccessExpression(route) ? route.name.text : "").startsWith("route")) return undefined;
  // The component may be several functions out (`useEffect(() => { … route.params … })`).
  for (let fn = enclosingFunction(node), depth = 0; fn && depth < 5; fn = enclosingFunction(fn), depth++) {
    const screen = screenOf(engine, file, fn, route);
    if (screen) return screen;
  }
  return undefined;
}

function screenOf(engine: ModuleLookup, file: FileIndex, fn: ts.SignatureDeclaration & { body?: ts.Node }, route: ts.Expression): string | undefined {
  // `const route = useRoute<RouteProp<List, 'X'>>()`
  if (ts.isIdentifier(route) && fn.body) {
    let found: string | undefined;
    const visit = (n: ts.Node): void => {
      if (found || (n !== fn.body && ts.isFunctionLike(n))) return;
      if (ts.isVariableDeclaration(n) && ts.isIdentifier(n.name) && n.name.text === route.text && n.initializer && ts.isCallExpression(n.initializer))
        found = n.initializer.typeArguments?.map((t) => screenOfType(engine, file, t, 0)).find((s) => s !== undefined);
      ts.forEachChild(n, visit);
    };
    visit(fn.body);
    if (found) return found;
  }
  // `({ route }: Props)` or `(props: Props)` with Props naming the screen.
  const param = fn.parameters[0];
  return param?.type ? screenOfType(engine, file, param.type, 0) : undefined;
}

/** The string literal type argument of a screen-props or route type (through one alias or two). */
function screenOfType(engine: ModuleLookup, file: FileIndex, t: ts.TypeNode, depth: number): string | undefined {
  if (depth > 3 || !ts.isTypeReferenceNode(t)) return undefined;
  for (const a of t.typeArguments ?? []) {
    if (ts.isLiteralTypeNode(a) && ts.isStringLiteral(a.literal)) return a.literal.text;
    const inner = screenOfType(engine, file, a, depth + 1);
    if (inner) return inner;
  }
  if (t.typeArguments?.length || !ts.isIdentifier(t.typeName)) return undefined;
  const r = resolveName(engine, file, t.typeName.text);
  return r?.kind === "decl" && ts.isTypeAliasDeclaration(r.node) ? screenOfType(engine, r.file, r.node.type, depth + 1) : undefined;
}

function enclosingFunction(n: ts.Node): (ts.SignatureDeclaration & { body?: ts.Node }) | undefined {
  return n.parent ? ts.findAncestor(n.parent, ts.isFunctionLike) : undefined;
}
