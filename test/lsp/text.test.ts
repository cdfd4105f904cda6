// The edge's text helpers: where a sink expression ends, which access chain a
// quick fix wraps, which word a hover classifies.
import { describe, expect, it } from "vitest";
import { accessChainAt, expressionEnd, wordAt } from "../../src/lsp/text.js";

const chain = (line: string, at: string) => {
  const r = accessChainAt(line, line.indexOf(at));
  return r && line.slice(r.start, r.end);
};

describe("expressionEnd", () => {
  it.each([
    ["  console.log(user.email); // note", 2, "console.log(user.email)"],
    ["  await fetch(url, {", 8, "fetch(url, {"],
    ['  logger.info("a;b").then(() => 1);', 2, 'logger.info("a;b").then(() => 1)'],
    ["  send(x)   ", 2, "send(x)"],
    ["  return track(user)) // unbalanced", 9, "track(user)"],
  ])("%s from %i", (line, start, expected) => {
    expect(line.slice(start, expressionEnd(line, start))).toBe(expected);
  });
});

describe("accessChainAt", () => {
  it("covers the whole property access from any part of it", () => {
    const line = "  logger.info(`sent to ${customer.email}`);";
    expect(chain(line, "customer")).toBe("customer.email");
    expect(chain(line, "email")).toBe("customer.email");
  });
  it("leaves a called method out", () => {
    expect(chain("x(user.email.toLowerCase())", "user")).toBe("user.email");
  });
  it("follows optional chaining and this", () => {
    expect(chain("send(req.body?.phone)", "req")).toBe("req.body?.phone");
    expect(chain("send(this.user.phone, 1)", "user")).toBe("this.user.phone");
  });
  it("gives up on a call result", () => {
    expect(chain("send(getUser().phone)", "phone")).toBeUndefined();
  });
});

describe("wordAt", () => {
  it("finds identifiers and Chinese keys", () => {
    expect(wordAt("const 手机号 = 1", 7)).toEqual({ word: "手机号", start: 6, end: 9 });
    expect(wordAt("user.email", 6)).toEqual({ word: "email", start: 5, end: 10 });
    expect(wordAt("a + b", 2)).toBeUndefined();
  });
});
