// Labels and lists are punctuated as the page's language does, from the page's table of
// texts: French sets a no-break space before ":" and ";" (the catalogue's
// `punctuation.label` and `punctuation.list`, the messages wording.py's `labelled` and
// `in_a_list` use; tests/js/test_parity.py checks both sides agree). The script writes no
// ": " or "; " of its own, in the Markdown summary or in a refused file's reasons.
import { test, afterEach } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "../../overrides/assets/javascripts/self-assessment/files.js";
import { review } from "../../overrides/assets/javascripts/self-assessment/compare.js";
import { toMarkdown } from "../../overrides/assets/javascripts/self-assessment/markdown.js";
import { useStrings } from "../../overrides/assets/javascripts/self-assessment/strings.js";
import { managerFile, roleData, useEnglish } from "./helpers.mjs";

afterEach(useEnglish);

const NBSP = "\u00a0";

function summary(data) {
  const text = JSON.stringify(managerFile());
  const imported = readFile(data, text, text.length).assessment;
  const mine = {
    ...imported, rater: "self", name: "Alex", rater_name: "", date: "2026-06-01",
    ratings: { discovery: "skilled" }, evidence: {}, kpi_actuals: { "quota-attainment": { value: 90 } }
  };
  return toMarkdown(data, review(data, mine, [imported], 0, {}));
}

function frenchPunctuation(data) {
  useStrings({ ...data.strings, "punctuation.label": "{label}" + NBSP + ":", "punctuation.list": NBSP + "; " }, "fr");
}

test("the Markdown summary sets labels and lists with the language's punctuation", () => {
  const data = roleData("rep");
  const english = summary(data);
  assert.ok(english.includes("\n- Manager, 2026-06-03, Kim Ode: Basic\n"), english);
  assert.ok(english.includes("(below target); Manager, 2026-06-03, Kim Ode: 105%\n"), english);
  assert.ok(english.includes("\n- Met: At least 6 months as Sales rep: 14 months\n"), english);
  frenchPunctuation(data);
  const french = summary(data);
  assert.ok(french.includes(`\n- Manager, 2026-06-03, Kim Ode${NBSP}: Basic\n`), french);
  assert.ok(french.includes(`(below target)${NBSP}; Manager, 2026-06-03, Kim Ode${NBSP}: 105%\n`), french);
  assert.ok(french.includes(`\n- Met${NBSP}: At least 6 months`), french);
});

test("a refused file's reasons are listed with the language's semicolon", () => {
  const data = roleData("rep");
  frenchPunctuation(data);
  const { error } = readFile(data, '{"format": "ladder-assessment"}', 32);
  assert.ok(error.includes(`"format_version" is missing${NBSP}; the field`), error);
  assert.ok(!/[^\u00a0]; /.test(error), error);
});
