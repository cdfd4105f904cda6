// Which nodes are analysis units: the module body, top-level functions, and
// class members wherever the class is (also inside a function body).
import { describe, expect, it } from "vitest";
import { ts } from "ts-morph";
import { collectUnits } from "../../src/engine/file-index.js";
import { parseFile } from "../../src/scan.js";

/** Each unit as "Kind@line". */
const units = (text: string) => {
  const sf = parseFile("/p/a.ts", text);
  return collectUnits(sf).map((n) => `${ts.SyntaxKind[n.kind]}@${sf.getLineAndCharacterOfPosition(n.getStart(sf)).line + 1}`);
};

describe("collectUnits", () => {
  it("takes top-level functions and class members, not nested functions or callbacks", () => {
    const text = [
      "export function top(a: string) {",
      "  const inner = () => a;",
      "  function nested() { return inner(); }",
      "  return nested();",
      "}",
      "export const arrow = (x: number) => x + 1;",
      "setTimeout(() => console.log(1), 10);",
      "class K {",
      "  m() { return 1; }",
      "  get g() { return 2; }",
      "  f = () => 3;",
      "  constructor() {}",
      "}",
    ].join("\n");
    expect(units(text)).toEqual(["FunctionDeclaration@1", "SourceFile@1", "ArrowFunction@6", "MethodDeclaration@9", "GetAccessor@10", "ArrowFunction@11", "Constructor@12"]);
  });

  it("leaves immediately invoked functions to run inside the module body, with their arguments", () => {
    const text = [
      "(function ($) {",
      "  function helper() { return $; }",
      "  helper();",
      "})(jQuery);",
      "!function () { class Inner { m() { return 1; } } }();",
      "(() => 1)();",
      "export const later = function () { return 2; };",
    ].join("\n");
    expect(units(text)).toEqual(["SourceFile@1", "MethodDeclaration@5", "FunctionExpression@7"]);
  });

  it("finds the members of a class declared inside a function, however deep", () => {
    const text = [
      "export function factory(email: string) {",
      "  return [1].map(() => {",
      "    class Local {",
      "      send() { console.log(email); }",
      "    }",
      "    return new Local();",
      "  });",
      "}",
      "function noClasses() { const classify = () => 1; return classify(); }",
    ].join("\n");
    expect(units(text)).toEqual(["FunctionDeclaration@1", "SourceFile@1", "MethodDeclaration@4", "FunctionDeclaration@9"]);
  });
});
