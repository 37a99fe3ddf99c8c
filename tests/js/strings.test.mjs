// The texts come from the page: `t` looks a key up in the table the page's JSON carries
// (`strings`, here the English one of the fixture pages, which helpers.mjs puts in place as
// page.js does), and a translation's table takes its place as a whole.
import { test, afterEach } from "node:test";
import assert from "node:assert/strict";
import { t, useStrings } from "../../overrides/assets/javascripts/self-assessment/strings.js";
import { roleData, useEnglish } from "./helpers.mjs";

afterEach(useEnglish);

test("placeholders and plural forms", () => {
  assert.equal(t("levels", { count: 1 }), "1 level");
  assert.equal(t("levels", { count: 2 }), "2 levels");
  assert.equal(t("levels", { count: 0 }), "0 levels");
  assert.equal(t("imports.done", { name: "a.json", label: "Manager, 2026-06-03" }), "Imported a.json: Manager, 2026-06-03.");
  assert.equal(t("imports.done", { name: "a.json" }), "Imported a.json: {label}.");
});

test("a key the table lacks shows as itself", () => {
  assert.equal(t("no.such.key"), "no.such.key");
  assert.equal(t("constructor"), "constructor");
  useStrings(null);
  assert.equal(t("review.heading"), "review.heading");
});

test("a translation's table replaces the texts, with the plural rules of its language", () => {
  useStrings({
    "review.heading": "Bilan",
    "levels": { one: "{count} niveau", other: "{count} niveaux" },
    "review.plan": 42,
    "months": { one: "{count} mois" }
  }, "fr");
  assert.equal(t("review.heading"), "Bilan");
  assert.equal(t("levels", { count: 2 }), "2 niveaux");
  assert.equal(t("levels", { count: 0 }), "0 niveau"); // French counts 0 as singular
  assert.equal(t("review.plan"), "review.plan"); // not a text: left out
  assert.equal(t("months", { count: 3 }), "months"); // no "other" form: left out
  assert.equal(t("imports.done", { name: "a.json", label: "x" }), "imports.done"); // not in this table
  useEnglish();
  assert.equal(t("review.heading"), roleData("rep").strings["review.heading"]);
});
