import { describe, expect, it } from "vitest";
import { classifyUrl, resolveAgainst } from "../../src/engine/urls.js";

describe("classifyUrl", () => {
  it.each([
    [{ prefix: "https://api.example.cn/v1/", complete: false }, "api.example.cn"],
    [{ prefix: "https://api.example.cn", complete: true }, "api.example.cn"],
    // An origin followed by something unknown (`API_BASE + path`): the host is whole.
    [{ prefix: "https://api.kangning-clinic.cn", complete: false }, "api.kangning-clinic.cn"],
    [{ prefix: "http://localhost", complete: false }, "localhost"],
  ])("%o names %s", (url, host) => {
    expect(classifyUrl(url)).toEqual({ kind: "host", host });
  });

  it.each([
    { prefix: "https://api.", complete: false },
    { prefix: "https://api", complete: false },
    { prefix: "https://cdn-", complete: false },
    { prefix: "https://", complete: false },
  ])("%o ends inside a host name: unresolved", (url) => {
    expect(classifyUrl(url).kind).toBe("unresolved");
  });

  it("tells relative URLs apart", () => {
    expect(classifyUrl({ prefix: "/api/users", complete: true })).toEqual({ kind: "relative" });
  });
});

describe("resolveAgainst", () => {
  const full = (prefix: string) => ({ prefix, complete: true });
  it.each([
    // ky's prefixUrl, axios's baseURL and got's prefixUrl join the two with one slash.
    ["https://poll.kuaidi100.com", "poll", "https://poll.kuaidi100.com/poll"],
    ["https://api.example.cn/v1/", "/users", "https://api.example.cn/v1/users"],
    ["https://api.example.cn/v1", "users", "https://api.example.cn/v1/users"],
    ["https://api.example.cn/v1", "?page=2", "https://api.example.cn/v1?page=2"],
    ["https://api.example.cn", "https://other.example.com/x", "https://other.example.com/x"],
  ])("%s and %s make %s", (base, url, want) => {
    expect(resolveAgainst(full(base), full(url))?.prefix).toBe(want);
  });

  it("keeps what is not known past the base", () => {
    expect(resolveAgainst(full("https://api.example.cn"), { prefix: "", complete: false })).toEqual({ prefix: "https://api.example.cn", complete: false });
  });
});
