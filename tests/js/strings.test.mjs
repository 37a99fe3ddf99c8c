// One table of texts: every key the script asks for is in it, and a translation from the
// page's JSON replaces entries key by key.
import { test, afterEach } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { STRINGS, t, useStrings } from "../../overrides/assets/javascripts/self-assessment/strings.js";
import { SCRIPTS } from "./helpers.mjs";

afterEach(() => useStrings(null));

test("every key the modules look up is in the table", () => {
  const missing = [];
  for (const name of readdirSync(SCRIPTS)) {
    const source = readFileSync(new URL(name, SCRIPTS), "utf-8");
    // Every literal shaped like a key ("review.heading"), wherever it is passed to t().
    for (const match of source.matchAll(/"([a-z]+\.[A-Za-z.-]*[A-Za-z-])"/g)) {
      if (/\.js$|^[a-z]+\.ladder-/.test(match[1])) continue; // a module, a CSS selector
      if (!Object.prototype.hasOwnProperty.call(STRINGS, match[1])) missing.push(`${name}: ${match[1]}`);
    }
    for (const match of source.matchAll(/\bt\("([A-Za-z-]+\.)" \+/g)) {
      if (!Object.keys(STRINGS).some((key) => key.startsWith(match[1]))) missing.push(`${name}: ${match[1]}*`);
    }
  }
  assert.deepEqual(missing, []);
});

test("placeholders and plural forms", () => {
  assert.equal(t("levels", { count: 1 }), "1 level");
  assert.equal(t("levels", { count: 2 }), "2 levels");
  assert.equal(t("imports.done", { name: "a.json", label: "Manager, 2026-06-03" }), "Imported a.json: Manager, 2026-06-03.");
  assert.equal(t("no.such.key"), "no.such.key");
});

test("a translation replaces known keys only, with texts or plural pairs", () => {
  useStrings({
    "review.heading": "Bilan",
    "levels": { one: "{count} niveau", other: "{count} niveaux" },
    "made.up": "ignored",
    "review.plan": 42,
    "constructor": "ignored too"
  }, "fr");
  assert.equal(t("review.heading"), "Bilan");
  assert.equal(t("levels", { count: 2 }), "2 niveaux");
  assert.equal(t("levels", { count: 0 }), "0 niveau"); // French counts 0 as singular
  assert.equal(t("review.plan"), "Suggested plan");
  assert.equal(t("constructor"), "constructor");
  useStrings(undefined);
  assert.equal(t("review.heading"), "Review");
});
