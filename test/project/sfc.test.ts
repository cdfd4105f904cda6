// Vue single-file components: discovery finds them, their script blocks parse with positions unchanged,
// and imports of them resolve, with the config's path aliases too.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { ts } from "../../src/typescript.cjs";
import { DEFAULT_CONFIG } from "../../src/model/config.js";
import { discoverProjectsSync, unitIndex } from "../../src/project/index.js";
import { createModuleResolver } from "../../src/project/module-resolver.js";
import { isSfc, sfcScript } from "../../src/project/sfc.js";
import { parseFile } from "../../src/scan.js";

const FIXTURE = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../fixtures/flows/vue-sfc");

const SFC = [
  "<template>",
  '  <div @click="save">{{ phone }}</div>',
  "</template>",
  '<script lang="ts">',
  "export const a: number = 1;",
  "</script>",
  "<script setup>",
  "const b = 2;",
  "</script>",
  "<style>.x { color: red; }</style>",
].join("\n");

describe("sfcScript", () => {
  it("keeps the script blocks where they are and blanks the rest, line breaks included", () => {
    const { text } = sfcScript(SFC);
    expect(text.length).toBe(SFC.length);
    expect(text.split("\n").length).toBe(SFC.split("\n").length);
    expect(text.indexOf("export const a")).toBe(SFC.indexOf("export const a"));
    expect(text.indexOf("const b = 2")).toBe(SFC.indexOf("const b = 2"));
    expect(text).not.toContain("template");
    expect(text).not.toContain("color");
    expect(text).not.toContain("<script");
  });

  it("reads both blocks as TypeScript when either is, and plain blocks as JavaScript", () => {
    expect(sfcScript(SFC).kind).toBe(ts.ScriptKind.TS);
    expect(sfcScript("<script>\nexport default {}\n</script>").kind).toBe(ts.ScriptKind.JS);
    expect(sfcScript('<script setup lang="tsx">\nconst x = <b />\n</script>').kind).toBe(ts.ScriptKind.TSX);
  });

  it("has no script for a component without one, or one whose script lives in another file", () => {
    expect(sfcScript("<template><p>hi</p></template>").text.trim()).toBe("");
    expect(sfcScript('<script src="./page.js" />\n<template/>').text.trim()).toBe("");
  });

  it("parses to a source file whose positions are the file's", () => {
    const sf = parseFile("/x/Comp.vue", SFC);
    const decl = sf.statements[0];
    expect(sf.getLineAndCharacterOfPosition(decl.getStart(sf)).line).toBe(4);
    expect(sf.text.length).toBe(SFC.length);
  });

  it("knows a component by its extension", () => {
    expect(isSfc("src/App.vue")).toBe(true);
    expect(isSfc("src/vue.config.js")).toBe(false);
  });
});

describe("components in a project", () => {
  const projects = discoverProjectsSync(FIXTURE, DEFAULT_CONFIG);
  const unitOf = unitIndex(projects.units);
  const resolve = createModuleResolver(FIXTURE, projects, unitOf, (f) => unitOf.has(f));
  const at = (rel: string) => path.join(FIXTURE, rel);

  it("are discovered with the project's scripts", () => {
    expect(unitOf.has(at("src/views/Profile.vue"))).toBe(true);
    expect(unitOf.has(at("src/components/UserCard.vue"))).toBe(true);
  });

  it("resolve through the config's path aliases and relative paths, and resolve their own imports", () => {
    expect(resolve("@/components/UserCard.vue", at("src/views/Profile.vue"))).toBe(at("src/components/UserCard.vue"));
    expect(resolve("../components/UserCard.vue", at("src/views/Profile.vue"))).toBe(at("src/components/UserCard.vue"));
    expect(resolve("@/api/track", at("src/components/UserCard.vue"))).toBe(at("src/api/track.js"));
    expect(resolve("@/components/Missing.vue", at("src/views/Profile.vue"))).toBeUndefined();
  });
});
