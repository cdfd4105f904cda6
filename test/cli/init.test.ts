// `pitrace init` (issue #4): a starter config from what a scan discovers;
// never overwrites without --force; the file it writes is a valid config.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { parseConfigText } from "../../src/config/index.js";

const DEMO = path.resolve(import.meta.dirname, "../../fixtures/demo-shop");
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "pitrace-init-"));
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

describe("pitrace init", () => {
  const root = path.join(tmp, "app");
  let stderr = "";
  beforeAll(() => {
    fs.cpSync(DEMO, root, { recursive: true });
    fs.rmSync(path.join(root, "pitrace.config.yaml"));
    const write = process.stderr.write.bind(process.stderr);
    process.stderr.write = ((s: string) => ((stderr += s), true)) as typeof process.stderr.write;
    return () => {
      process.stderr.write = write;
    };
  });

  it("writes a config listing recipients, their categories and guard candidates", async () => {
    expect(await main(["init", root])).toBe(0);
    const text = fs.readFileSync(path.join(root, "pitrace.config.yaml"), "utf8");
    expect(text).toMatch(/mixpanel/);
    expect(text).toMatch(/hooks\.partner-crm\.com/);
    expect(text).toMatch(/contact\.phone/);
    expect(text).toMatch(/- name: hasConsent/);
    // What it writes is itself a valid config.
    const config = parseConfigText(text, path.join(root, "pitrace.config.yaml"));
    expect(config.consent.guards.map((g) => g.name)).toContain("hasConsent");
  });

  it("refuses to overwrite without --force, and overwrites with it", async () => {
    fs.writeFileSync(path.join(root, "pitrace.config.yaml"), "region: cn\n");
    expect(await main(["init", root])).toBe(2);
    expect(stderr).toMatch(/already exists/);
    expect(fs.readFileSync(path.join(root, "pitrace.config.yaml"), "utf8")).toBe("region: cn\n");
    expect(await main(["init", root, "--force"])).toBe(0);
    expect(fs.readFileSync(path.join(root, "pitrace.config.yaml"), "utf8")).toMatch(/contractors/);
  });
});
