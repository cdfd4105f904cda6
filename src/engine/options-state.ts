// Options-object components (Vue's options API, uni-app pages, WeChat/Alipay/Douyin `Page({...})` and
// `Component({...})`) declare their state up front in `data` with empty placeholders, and the template
// fills it from user input where the analysis cannot see (`v-model="form.phone"`, `bindinput`). A method
// then reads it back through `this` (Vue: `this.form`; mini-programs: `this.data.form`). So the
// placeholders stand for what the user will type: a slot named like PI is PI when it is used, as
// a `useState("")` is. Class components do the same with fields (Angular and Ionic pages bound by
// `[(ngModel)]="form.phone"`, Stencil, Lit, React class `state`). Purely syntactic, and local to the file.
import { ts } from "../typescript.cjs";
import { SERVICE_SCHEMAS, type ServiceSchemaEntry } from "../catalog/service-schemas.js";
import { STATE_CLASSES } from "../catalog/state.js";
import { initializerOf, propName, skipWrappers } from "./file-index.js";

/** Groups of methods inside an options object whose `this` is the component (`methods: { save() {…} }`). */
const METHOD_GROUPS = new Set(["methods", "computed", "watch", "lifetimes", "pageLifetimes", "observers"]);

/** One state slot declared in `data`: its name, where it is declared, and its own slots when it is an object. */
export interface StateSlot {
  name: string;
  node: ts.Node;
  slots?: StateSlot[];
  /** Starts as `false`: a yes/no the template sets, which says a fact at most (`hasDiabetes`), not data (`location`). */
  flag?: true;
}

function isFalse(e: ts.Expression): boolean {
  return skipWrappers(e).kind === ts.SyntaxKind.FalseKeyword;
}

/** Where the component's state lives on `this`: directly (Vue) or under `this.data` (mini-programs). */
export interface OptionsState {
  slots: StateSlot[];
  underData: boolean;
}

/** The options object a method belongs to (`export default {…}`, `Page({…})`), if `fn` is one of its methods. */
export function optionsObjectOf(fn: ts.Node): ts.ObjectLiteralExpression | undefined {
  let holder: ts.Node | undefined = fn.parent;
  if (holder && ts.isPropertyAssignment(holder) && holder.initializer === fn) holder = holder.parent;
  if (!holder || !ts.isObjectLiteralExpression(holder)) return undefined;
  const group = holder.parent;
  if (group && ts.isPropertyAssignment(group) && METHOD_GROUPS.has(propName(group.name) ?? "") && ts.isObjectLiteralExpression(group.parent)) return group.parent;
  return holder;
}

/** The service schema (catalog/service-schemas.ts) a function sits in, at any depth of its actions or methods. */
export function serviceSchemaOf(fn: ts.Node): { schema: ts.ObjectLiteralExpression; entry: ServiceSchemaEntry } | undefined {
  let n: ts.Node | undefined = fn.parent;
  for (let depth = 0; n && depth < 8; depth++, n = n.parent) {
    if (!ts.isObjectLiteralExpression(n)) continue;
    const keys = new Set(n.properties.map((p) => (p.name ? propName(p.name) : undefined)));
    const entry = SERVICE_SCHEMAS.find((e) => e.keys.every((k) => keys.has(k)) && e.anyOf.some((k) => keys.has(k)));
    if (entry) return { schema: n, entry };
  }
  return undefined;
}

/**
 * The before-hooks of a service schema's action (Moleculer's `hooks: { before: { '*': 'checkConsent',
 * create: [fn] } }`): method names, or the hook expressions themselves, that run before the action `fn` is.
 */
export function serviceBeforeHooks(fn: ts.Node): Array<string | ts.Expression> {
  const found = serviceSchemaOf(fn);
  if (!found) return [];
  // The action's name: the property of the schema's `actions` object that holds fn (or its `{ handler }`).
  let action: string | undefined;
  for (let n: ts.Node = fn; n.parent && n !== found.schema; n = n.parent) {
    const holder = n.parent;
    if ((ts.isPropertyAssignment(holder) || ts.isMethodDeclaration(holder)) && ts.isObjectLiteralExpression(holder.parent)) {
      const group = holder.parent.parent;
      if (group && ts.isPropertyAssignment(group) && propName(group.name) === "actions" && group.parent === found.schema) {
        action = propName(holder.name);
        break;
      }
    }
  }
  if (action === undefined) return [];
  const hooks = initializerOf(found.schema, "hooks");
  const before = hooks && ts.isObjectLiteralExpression(hooks) ? initializerOf(hooks, "before") : undefined;
  if (!before || !ts.isObjectLiteralExpression(before)) return [];
  const out: Array<string | ts.Expression> = [];
  for (const key of ["*", action]) {
    const v = initializerOf(before, key);
    for (const h of v ? (ts.isArrayLiteralExpression(v) ? v.elements : [v]) : []) out.push(ts.isStringLiteralLike(h) ? h.text : h);
  }
  return out;
}

/** The methods of an options object and of its `methods` group, by name (a method, or a function-valued property). */
export function optionsMethods(options: ts.ObjectLiteralExpression): Map<string, ts.FunctionLikeDeclaration> {
  const out = new Map<string, ts.FunctionLikeDeclaration>();
  const collect = (obj: ts.ObjectLiteralExpression) => {
    for (const p of obj.properties) {
      const name = p.name && propName(p.name);
      if (name === undefined) continue;
      if (ts.isMethodDeclaration(p)) out.set(name, p);
      else if (ts.isPropertyAssignment(p)) {
        const init = p.initializer;
        if (ts.isFunctionExpression(init) || ts.isArrowFunction(init)) out.set(name, init);
        else if (name === "methods" && ts.isObjectLiteralExpression(init)) collect(init);
      }
    }
  };
  collect(options);
  return out;
}

/** Calls spread into the groups of an options object whose members are on `this` (`computed: { ...mapGetters([…]) }`). */
export function optionsSpreads(options: ts.ObjectLiteralExpression): ts.CallExpression[] {
  const out: ts.CallExpression[] = [];
  for (const p of options.properties) {
    if (!ts.isPropertyAssignment(p) || !ts.isObjectLiteralExpression(p.initializer)) continue;
    const group = propName(p.name);
    if (group !== "computed" && group !== "methods") continue;
    for (const q of p.initializer.properties) if (ts.isSpreadAssignment(q) && ts.isCallExpression(q.expression)) out.push(q.expression);
  }
  return out;
}

function isPlaceholder(e: ts.Expression): boolean {
  while (ts.isParenthesizedExpression(e) || ts.isAsExpression(e) || ts.isSatisfiesExpression(e)) e = e.expression;
  switch (e.kind) {
    case ts.SyntaxKind.StringLiteral:
    case ts.SyntaxKind.NoSubstitutionTemplateLiteral:
      // A non-empty string is a constant (a title, a hotline), not a field waiting for input.
      return (e as ts.StringLiteral).text === "";
    case ts.SyntaxKind.NumericLiteral:
    case ts.SyntaxKind.NullKeyword:
    case ts.SyntaxKind.FalseKeyword:
      return true;
    case ts.SyntaxKind.Identifier:
      return (e as ts.Identifier).text === "undefined";
    case ts.SyntaxKind.ArrayLiteralExpression:
      return (e as ts.ArrayLiteralExpression).elements.length === 0;
    default:
      return false;
  }
}

/** The slots of an object literal of placeholders; a nested object literal is a slot with slots. */
export function placeholderSlots(obj: ts.ObjectLiteralExpression, depth = 0): StateSlot[] {
  const out: StateSlot[] = [];
  for (const p of obj.properties) {
    if (!ts.isPropertyAssignment(p)) continue;
    const name = propName(p.name);
    if (name === undefined) continue;
    let init = p.initializer;
    while (ts.isParenthesizedExpression(init)) init = init.expression;
    if (ts.isObjectLiteralExpression(init)) out.push({ name, node: p.name, slots: depth < 3 ? placeholderSlots(init, depth + 1) : [] });
    else if (isPlaceholder(init)) out.push(isFalse(init) ? { name, node: p.name, flag: true } : { name, node: p.name });
  }
  return out;
}

/** Decorators and base classes that make a class a UI component whose fields a template fills. */
const COMPONENT_DECORATORS = new Set(["Component", "Page", "Options"]);
const COMPONENT_BASES = /(^|\.)(Component|PureComponent|LitElement|Vue)$/;

const componentClasses = new WeakMap<ts.ClassLikeDeclaration, boolean>();

/** A class whose fields are component state: decorated `@Component(…)` / `@Page(…)`, extending a component base, or an observable store. */
export function isComponentClass(cls: ts.ClassLikeDeclaration): boolean {
  let yes = componentClasses.get(cls);
  if (yes === undefined) componentClasses.set(cls, (yes = componentMarks(cls)));
  return yes;
}

function componentMarks(cls: ts.ClassLikeDeclaration): boolean {
  for (const d of ts.canHaveDecorators(cls) ? (ts.getDecorators(cls) ?? []) : []) {
    const e = ts.isCallExpression(d.expression) ? d.expression.expression : d.expression;
    if (ts.isIdentifier(e) && COMPONENT_DECORATORS.has(e.text)) return true;
  }
  const ext = cls.heritageClauses?.find((h) => h.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
  return (!!ext && COMPONENT_BASES.test(ext.getText())) || isObservableStateClass(cls);
}

const OBSERVABLE_CTOR_CALLS = new Set(STATE_CLASSES.flatMap((e) => e.constructorCalls));
const STATE_FIELD_CALLS = new Set(STATE_CLASSES.flatMap((e) => e.fieldInitializers ?? []));

/** `$state('')` / `$state.raw(x)` (a rune that makes a field reactive state): the call, when it is one. */
function stateFieldCall(init: ts.Expression | undefined): ts.CallExpression | undefined {
  if (!init || !ts.isCallExpression(init)) return undefined;
  const e = init.expression;
  const name = ts.isIdentifier(e) ? e.text : ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.expression) ? `${e.expression.text}.${e.name.text}` : undefined;
  return name && STATE_FIELD_CALLS.has(name) ? init : undefined;
}
const OBSERVABLE_FIELD_DECORATORS = new Set(STATE_CLASSES.flatMap((e) => e.fieldDecorators));

/** An observable state class (catalog/state.ts STATE_CLASSES): `makeAutoObservable(this)` in its constructor, or `@observable` fields. */
function isObservableStateClass(cls: ts.ClassLikeDeclaration): boolean {
  for (const m of cls.members) {
    if (ts.isPropertyDeclaration(m)) {
      if (stateFieldCall(m.initializer)) return true;
      for (const d of ts.getDecorators(m) ?? []) {
        let e: ts.Expression = ts.isCallExpression(d.expression) ? d.expression.expression : d.expression;
        while (ts.isPropertyAccessExpression(e)) e = e.expression;
        if (ts.isIdentifier(e) && OBSERVABLE_FIELD_DECORATORS.has(e.text)) return true;
      }
    }
    if (ts.isConstructorDeclaration(m) && m.body) {
      for (const st of m.body.statements) {
        if (!ts.isExpressionStatement(st) || !ts.isCallExpression(st.expression)) continue;
        const callee = st.expression.expression;
        const name = ts.isIdentifier(callee) ? callee.text : ts.isPropertyAccessExpression(callee) ? callee.name.text : undefined;
        const first = st.expression.arguments[0];
        if (name && OBSERVABLE_CTOR_CALLS.has(name) && first?.kind === ts.SyntaxKind.ThisKeyword) return true;
      }
    }
  }
  return false;
}

/** Decorators of a component's inputs, which the host page or parent component gives (Stencil, Angular, Lit). */
const INPUT_DECORATORS = new Set(["Prop", "Input", "property"]);

/**
 * A component field declared with a placeholder (`phone = ''`) or an object of them (`form = { phone: '' }`),
 * or an input its host gives without a default (`@Prop() userId: string`).
 */
export function fieldSlot(m: ts.PropertyDeclaration): StateSlot | undefined {
  const name = propName(m.name);
  let init = m.initializer;
  // A rune's argument is the field's initial value (`userId = $state('')`); with none, it starts undefined.
  const rune = stateFieldCall(init);
  if (rune) init = rune.arguments[0] ?? ts.factory.createIdentifier("undefined");
  if (name !== undefined && !init && isInputField(m)) return { name, node: m.name };
  if (name === undefined || !init) return undefined;
  while (ts.isParenthesizedExpression(init) || ts.isAsExpression(init) || ts.isSatisfiesExpression(init)) init = init.expression;
  if (ts.isObjectLiteralExpression(init)) return { name, node: m.name, slots: placeholderSlots(init) };
  if (!isPlaceholder(init)) return undefined;
  return isFalse(init) ? { name, node: m.name, flag: true } : { name, node: m.name };
}

function isInputField(m: ts.PropertyDeclaration): boolean {
  for (const d of ts.getDecorators(m) ?? []) {
    const e = ts.isCallExpression(d.expression) ? d.expression.expression : d.expression;
    if (ts.isIdentifier(e) && INPUT_DECORATORS.has(e.text)) return true;
  }
  return false;
}

/** The object literal a `data` function returns (`data() { return {…} }`, `data: () => ({…})`). */
function returnedObject(fn: ts.FunctionLikeDeclaration): ts.ObjectLiteralExpression | undefined {
  const body = fn.body;
  if (!body) return undefined;
  let e: ts.Node = body;
  if (ts.isBlock(body)) {
    const ret = body.statements.find(ts.isReturnStatement);
    if (!ret?.expression) return undefined;
    e = ret.expression;
  }
  while (ts.isParenthesizedExpression(e as ts.Expression)) e = (e as ts.ParenthesizedExpression).expression;
  return ts.isObjectLiteralExpression(e) ? e : undefined;
}

/** The state an options object declares in `data`, or undefined when it declares none we can read. */
export function optionsState(options: ts.ObjectLiteralExpression): OptionsState | undefined {
  for (const p of options.properties) {
    if (!p.name || propName(p.name) !== "data") continue;
    if (ts.isMethodDeclaration(p)) {
      const obj = returnedObject(p);
      return obj && { slots: placeholderSlots(obj), underData: false };
    }
    if (!ts.isPropertyAssignment(p)) return undefined;
    const init = p.initializer;
    if (ts.isArrowFunction(init) || ts.isFunctionExpression(init)) {
      const obj = returnedObject(init);
      return obj && { slots: placeholderSlots(obj), underData: false };
    }
    // `data: {…}`: a mini-program page (`this.data.x`; Vue's root instance also reads `this.x`).
    if (ts.isObjectLiteralExpression(init)) return { slots: placeholderSlots(init), underData: true };
    return undefined;
  }
  return undefined;
}
