// ThinkJS 3 controllers: before an action (`quoteAction`) runs, the controller's `__before` does, its own or
// the one it inherits; an action runs only when `__before` lets the request through (returns anything but
// false, `this.fail(…)` included). So the guards that hold wherever `__before` runs to its end guard every
// action of the class (Engine.middlewareGuards).
import { ts } from "../typescript.cjs";
import { propName, type FileIndex } from "./file-index.js";
import { baseClassOf, type ModuleLookup } from "./resolve.js";

/** The `__before` hook that runs before `node` when it is a ThinkJS action (a `…Action` method), if any. */
export function beforeHookOf(engine: ModuleLookup & { fileOf(n: ts.Node): FileIndex | undefined }, node: ts.Node): ts.MethodDeclaration | undefined {
  if (!ts.isMethodDeclaration(node) || !node.name || !/.Action$/.test(propName(node.name) ?? "") || !ts.isClassLike(node.parent)) return undefined;
  let cls: ts.ClassLikeDeclaration | undefined = node.parent;
  for (let i = 0; cls && i < 10; i++) {
    const hook = cls.members.find((m): m is ts.MethodDeclaration => ts.isMethodDeclaration(m) && !!m.name && propName(m.name) === "__before" && !!m.body);
    if (hook) return hook;
    cls = baseClassOf(engine, cls);
  }
  return undefined;
}
