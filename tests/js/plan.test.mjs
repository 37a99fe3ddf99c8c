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

test("with two raters who differ, the plan names both ratings and the one it follows", () => {
  const self = blank({ ratings: { discovery: "skilled", negotiation: "basic", coaching: "basic" } });
  const manager = managerFile({ ratings: { discovery: "basic", negotiation: "skilled", coaching: "basic" } });
  const view = review(data, self, [manager], 0, {});
  const trial = view.plan[1].items.join("\n");
  assert.ok(trial.includes("Practise Discovery towards Skilled (now rated Basic by the manager, " +
    "Skilled by the person in the role; the plan follows the lower rating until you agree)."), trial);
  assert.ok(trial.includes("Practise Negotiation towards Skilled (now rated Basic by the person in the role, " +
    "Skilled by the manager; the plan follows the lower rating until you agree)."), trial);
  // Once they agree, the plan names the one rating.
  const agreed = review(data, self, [managerFile({ ratings: self.ratings })], 0, {});
  assert.ok(agreed.plan[1].items.includes("Practise Negotiation towards Skilled (now rated Basic)."));
});
