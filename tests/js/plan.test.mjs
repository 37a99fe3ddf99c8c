// The plan: an empty form asks once for ratings; a plan from two raters says which rating
// it follows and why.
import { test } from "node:test";
import assert from "node:assert/strict";
import { review } from "../../overrides/assets/javascripts/self-assessment/compare.js";
import { managerFile, roleData } from "./helpers.mjs";

const data = roleData("rep");
const blank = (changes) => ({ rater: "self", ratings: {}, evidence: {}, kpi_actuals: {}, target_role: "senior-rep",
  months_in_role: null, ...changes });

test("an empty form's plan asks for ratings once, in the first stage only", () => {
  const view = review(data, blank(), [], -1, {});
  const items = view.plan.flatMap((stage) => stage.items);
  assert.deepEqual(items.filter((i) => /^Rate /.test(i)), ["Rate the competencies first: the plan needs ratings to work from."]);
});

test("with some ratings, each unrated competency is named", () => {
  const view = review(data, blank({ ratings: { discovery: "basic" } }), [], -1, {});
  const first = view.plan[0].items;
  assert.ok(first.includes("Rate Negotiation first: the plan needs a rating to work from."), first.join("\n"));
  assert.ok(!first.some((i) => i.startsWith("Rate the competencies")));
});
