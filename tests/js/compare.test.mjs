// Readiness, KPI results and which rating counts: hand-computed cases (moved here from the
// browser tests, where they ran through the page).
import { test } from "node:test";
import assert from "node:assert/strict";
import { agreedRanks, chooseCompanion, kpiResult, readiness } from "../../overrides/assets/javascripts/self-assessment/compare.js";
import { plain, roleData } from "./helpers.mjs";

const DEFAULT_RULE = { at_or_above_share: 80.0, largest_gap: 1, kpis_at_target: true, minimum_months_in_role: 6 };
const STRICT_RULE = { at_or_above_share: 100.0, largest_gap: 0, kpis_at_target: true, minimum_months_in_role: 0 };
const TO_SENIOR = [
  { id: "discovery", required_rank: 2 },
  { id: "negotiation", required_rank: 2 },
  { id: "coaching", required_rank: 1 }
];
const FIVE = [0, 1, 2, 3, 4].map((n) => ({ id: `c${n}`, required_rank: 2 }));
const ranks = (d, n, c) => ({ discovery: d, negotiation: n, coaching: c });
const SIXTY = { ...DEFAULT_RULE, at_or_above_share: 60.0, minimum_months_in_role: 0 };
const ALL = { share: "met", "largest-gap": "met", kpis: "met", months: "met" };

const READINESS_CASES = [
  // 3 of 3 at or above (80% of 3 = 2.4, so 3 needed), gap 0, KPIs met, 14 >= 6 months.
  [DEFAULT_RULE, TO_SENIOR, ranks(2, 2, 1), [true, true, true], 14, "ready", ALL],
  // 2 of 3 is 67%: short of the share, though the largest gap (1) is allowed.
  [DEFAULT_RULE, TO_SENIOR, ranks(2, 1, 1), [true, true, true], 14, "not-ready", { ...ALL, share: "not-met" }],
  // "No evidence" (rank 0) on Discovery: 2 levels below Skilled breaks the gap too.
  [DEFAULT_RULE, TO_SENIOR, ranks(0, 2, 1), [true, true, true], 14, "not-ready",
    { ...ALL, share: "not-met", "largest-gap": "not-met" }],
  // Coaching unrated: 2 of 3 plus 1 unknown could still reach 3; its gap could be at most
  // 1 (required rank 1), which the rule allows, so the gap check is already met.
  [DEFAULT_RULE, TO_SENIOR, ranks(2, 2, null), [true, true, true], 14, "incomplete", { ...ALL, share: "unknown" }],
  // Discovery unrated: it could be 2 levels short, more than 1, so the gap is not known.
  [DEFAULT_RULE, TO_SENIOR, ranks(null, 2, 1), [true, true, true], 14, "incomplete",
    { ...ALL, share: "unknown", "largest-gap": "unknown" }],
  // One KPI below target fails the rule even while another has no actual yet.
  [DEFAULT_RULE, TO_SENIOR, ranks(3, 2, 1), [true, false, null], 14, "not-ready", { ...ALL, kpis: "not-met" }],
  [DEFAULT_RULE, TO_SENIOR, ranks(3, 2, 1), [true, null], 14, "incomplete", { ...ALL, kpis: "unknown" }],
  // Months: 5 is short of 6; exactly 6 is enough; not given is unknown.
  [DEFAULT_RULE, TO_SENIOR, ranks(2, 2, 1), [true], 5, "not-ready", { ...ALL, months: "not-met" }],
  [DEFAULT_RULE, TO_SENIOR, ranks(2, 2, 1), [true], 6, "ready", ALL],
  [DEFAULT_RULE, TO_SENIOR, ranks(2, 2, 1), [true], null, "incomplete", { ...ALL, months: "unknown" }],
  // A role without KPIs meets the KPI condition.
  [DEFAULT_RULE, TO_SENIOR, ranks(2, 2, 1), [], 6, "ready", ALL],
  // Senior sales rep to team lead: every competency at level, no gap at all, no months.
  [STRICT_RULE, FIVE, { c0: 3, c1: 2, c2: 2, c3: 2, c4: 2 }, [true], null, "ready",
    { share: "met", "largest-gap": "met", kpis: "met" }],
  [STRICT_RULE, FIVE, { c0: 3, c1: 2, c2: 2, c3: 2, c4: 1 }, [true], null, "not-ready",
    { share: "not-met", "largest-gap": "not-met", kpis: "met" }],
  // 60% of 5 is exactly 3: three at level are enough, two are not.
  [SIXTY, FIVE, { c0: 2, c1: 2, c2: 2, c3: 1, c4: 1 }, [], null, "ready",
    { share: "met", "largest-gap": "met", kpis: "met" }],
  [SIXTY, FIVE, { c0: 2, c1: 2, c2: 1, c3: 1, c4: 1 }, [], null, "not-ready",
    { share: "not-met", "largest-gap": "met", kpis: "met" }],
  // KPIs not part of the rule: a KPI below target does not count.
  [{ ...DEFAULT_RULE, kpis_at_target: false }, TO_SENIOR, ranks(2, 2, 1), [false], 7, "ready",
    { share: "met", "largest-gap": "met", months: "met" }]
];

READINESS_CASES.forEach(([rule, requirements, rated, kpis, months, verdict, states], n) => {
  test(`readiness rule, hand-computed case ${n + 1}: ${verdict}`, () => {
    const result = readiness(rule, requirements, rated, kpis, months);
    assert.equal(result.verdict, verdict);
    assert.deepEqual(Object.fromEntries(result.checks.map((c) => [c.rule, c.state])), states);
  });
});

test("share and gap details", () => {
  const result = readiness(DEFAULT_RULE, TO_SENIOR, ranks(2, 0, null), [true], 8);
  const [share, gap] = result.checks;
  assert.deepEqual([share.atOrAbove, share.total, share.needed, share.unrated], [1, 3, 3, 1]);
  assert.deepEqual([gap.largest, gap.allowed], [2, 1]);
});

test("readiness reads ranks from a Map as from an object", () => {
  const map = new Map(Object.entries(ranks(2, 2, 1)));
  assert.equal(readiness(DEFAULT_RULE, TO_SENIOR, map, [true], 6).verdict, "ready");
});

const KPI_CASES = [
  // target, threshold, stretch, direction, value, state, at target
  [100, 80, 120, "higher-is-better", 125, "stretch", true],
  [100, 80, 120, "higher-is-better", 100, "on-target", true],
  [100, 80, 120, "higher-is-better", 90, "below-target", false],
  [100, 80, 120, "higher-is-better", 79.5, "below-threshold", false],
  [45, 60, null, "lower-is-better", 40, "on-target", true],
  [45, 60, null, "lower-is-better", 50, "below-target", false],
  [45, 60, null, "lower-is-better", 61, "below-threshold", false],
  [45, 60, 30, "lower-is-better", 30, "stretch", true],
  [25, null, null, "higher-is-better", null, "missing", null]
];

KPI_CASES.forEach(([target, threshold, stretch, direction, value, state, atTarget]) => {
  test(`KPI result: ${value} against ${target} (${direction}) is ${state}`, () => {
    const kpi = { target, threshold, stretch, direction };
    const entry = value !== null ? { value } : null;
    assert.deepEqual(kpiResult(kpi, entry), { state, atTarget });
  });
});

test("KPIs judged against an expectation", () => {
  const kpi = { target: null, expectation: "Every rep names one thing they learnt." };
  assert.equal(kpiResult(kpi, { met: true }).state, "met");
  assert.equal(kpiResult(kpi, { met: false }).atTarget, false);
  assert.equal(kpiResult(kpi, { text: "Survey late" }).atTarget, null);
  const noTarget = kpiResult({ target: null, expectation: null }, { value: 3 });
  assert.equal(noTarget.state, "no-target");
  assert.equal(noTarget.atTarget, undefined);
});

test("the lower of two ratings counts", () => {
  const data = roleData("rep");
  const self = { ratings: { discovery: "leading", negotiation: "basic" } };
  const manager = { ratings: { discovery: "skilled", coaching: "no-evidence" } };
  const result = agreedRanks(data, ["discovery", "negotiation", "coaching", "prospecting"], [self, manager]);
  assert.deepEqual(plain(result), { discovery: 2, negotiation: 1, coaching: 0, prospecting: null });
});

test("the companion is the newest file of the other rater, else the newest", () => {
  const files = [
    { rater: "manager", date: "2026-01-01" },
    { rater: "self", date: "2026-05-01" },
    { rater: "manager", date: "2026-03-01" }
  ];
  assert.equal(chooseCompanion({ rater: "self" }, files), 2);
  assert.equal(chooseCompanion({ rater: "manager" }, files), 1);
  assert.equal(chooseCompanion({ rater: "self" }, [files[1]]), 0);
  assert.equal(chooseCompanion({ rater: "self" }, []), -1);
});
