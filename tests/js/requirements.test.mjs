// Requirements of frameworks that write one text per level, only some of the four questions,
// or expectations without a level: the form shows what is there and counts only levels.
import { test } from "node:test";
import assert from "node:assert/strict";
import { hasLevel, requirementParts } from "../../overrides/assets/javascripts/self-assessment/model.js";
import { readiness } from "../../overrides/assets/javascripts/self-assessment/compare.js";

test("a level written as one text gives its paragraphs and list items, and no empty questions", () => {
  const parts = requirementParts({
    descriptor: { text: "Plans the quarter with the team.\n\n- Runs the weekly review\n- Keeps the board current" }
  });
  assert.deepEqual(parts, [
    { key: null, text: "Plans the quarter with the team." },
    { key: null, text: "Runs the weekly review" },
    { key: null, text: "Keeps the board current" }
  ]);
});

test("only the questions a level answers are listed, in the method's order", () => {
  const parts = requirementParts({ descriptor: { knows: "The pricing rules", achieves: "Renewals on time" } });
  assert.deepEqual(parts.map((p) => p.key), ["descriptor.achieves", "descriptor.knows"]);
});

test("a role's own expectation follows the level's text, as a text or a list", () => {
  assert.deepEqual(requirementParts({ descriptor: null, expectation: ["Owns one account", " "] }),
    [{ key: null, text: "Owns one account" }]);
  assert.deepEqual(requirementParts({ expectation: "Leads the demo." }), [{ key: null, text: "Leads the demo." }]);
  assert.deepEqual(requirementParts({ descriptor: { text: "  " } }), []);
});

test("keys such as constructor in a descriptor are not read from the prototype", () => {
  const descriptor = JSON.parse('{"__proto__": {"text": "injected"}}');
  assert.deepEqual(requirementParts({ descriptor }), []);
});

test("an unlevelled requirement is not counted by readiness", () => {
  const rule = { at_or_above_share: 100.0, largest_gap: 0, kpis_at_target: false, minimum_months_in_role: 0 };
  const requirements = [
    { id: "delivery", required_rank: 2 },
    { id: "values", required_rank: null }
  ];
  assert.equal(hasLevel(requirements[1]), false);
  const verdict = readiness(rule, requirements, { delivery: 2 }, [], null);
  const share = verdict.checks.find((c) => c.rule === "share");
  assert.equal(share.total, 1);
  assert.equal(share.state, "met");
});
