// ThinkJS 3 controllers: before an action (`quoteAction`) runs, the controller's `__before` does, its own or
// the one it inherits; an action runs only when `__before` lets the request through (returns anything but
// false, `this.fail(…)` included). So the guards that hold wherever `__before` runs to its end guard every
// action of the class (Engine.middlewareGuards). uniCloud cloud objects' `_before` works the same way.
import { ts } from "../typescript.cjs";
import { propName, type FileIndex } from "./file-index.js";
import { baseClassOf, type ModuleLookup } from "./resolve.js";

/**
 * The hook that runs before `node`: a ThinkJS action's (a `…Action` method) `__before`, or a uniCloud cloud
 * object's `_before` (cloudfunctions/<name>/index.obj.js exports an object whose methods the client calls
 * through `uniCloud.importObject(name)`; `_before` runs first and throws to refuse), if any.
 */
export function beforeHookOf(engine: ModuleLookup & { fileOf(n: ts.Node): FileIndex | undefined }, node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  const cloud = cloudObjectBeforeHook(node);
  if (cloud) return cloud;
  if (!ts.isMethodDeclaration(node) || !node.name || !/.Action$/.test(propName(node.name) ?? "") || !ts.isClassLike(node.parent)) return undefined;
  let cls: ts.ClassLikeDeclaration | undefined = node.parent;
  for (let i = 0; cls && i < 10; i++) {
    const hook = cls.members.find((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && !!m.name && propName(m.name) === "__before" && !!m.body);
    if (hook) return hook;
    cls = baseClassOf(engine, cls);
  }
  return undefined;
}

const CLOUD_OBJECT_FILE = /\/index\.obj\.[cm]?[jt]s$/;

/** A uniCloud cloud object method's `_before` hook (methods named with `_` are the object's own hooks). */
function cloudObjectBeforeHook(node: ts.Node): ts.FunctionLikeDeclaration | undefined {
  const member = ts.isMethodDeclaration(node) ? node : ts.isPropertyAssignment(node.parent) && (ts.isFunctionExpression(node) || ts.isArrowFunction(node)) ? node.parent : undefined;
  const name = member?.name && propName(member.name);
  const object = member?.parent;
  if (!member || name === undefined || name.startsWith("_") || !object || !ts.isObjectLiteralExpression(object) || !CLOUD_OBJECT_FILE.test(node.getSourceFile().fileName)) return undefined;
  for (const p of object.properties) {
    if (!p.name || propName(p.name) !== "_before") continue;
    if (ts.isMethodDeclaration(p) && p.body) return p;
    if (ts.isPropertyAssignment(p) && (ts.isFunctionExpression(p.initializer) || ts.isArrowFunction(p.initializer))) return p.initializer;
  }
  return undefined;
}
