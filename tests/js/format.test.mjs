// Numbers, units and durations, written from the page's `wording` data as the pages write
// them (test_parity.py compares the script with generator/site/wording.py itself).
import { test } from "node:test";
import assert from "node:assert/strict";
import { formatMeasure, formatMonths, formatNumber, formatPercent } from "../../overrides/assets/javascripts/self-assessment/format.js";
import { roleData } from "./helpers.mjs";

const wording = roleData("rep").wording;

test("numbers: thousands grouped, at most two decimals, no trailing zeros", () => {
  assert.equal(formatNumber(wording, 150000), "150,000");
  assert.equal(formatNumber(wording, 66.666), "66.67");
  assert.equal(formatNumber(wording, 12.5), "12.5");
  assert.equal(formatNumber(wording, 12.0), "12");
  assert.equal(formatNumber(wording, 1234567.891), "1,234,567.89");
  assert.equal(formatNumber(wording, -2500), "-2,500");
  assert.equal(formatNumber(wording, 12.125), "12.12"); // an exact tie goes to the even digit
});

test("units", () => {
  const kpi = (unit, extra) => ({ unit, currency: null, scale_max: null, ...extra });
  assert.equal(formatMeasure(wording, kpi("percent"), 66.666), "66.67%");
  assert.equal(formatMeasure(wording, kpi("currency", { currency: "EUR" }), 150000), "EUR 150,000");
  assert.equal(formatMeasure(wording, kpi("currency"), 150000), "150,000");
  assert.equal(formatMeasure(wording, kpi("days"), 1), "1 day");
  assert.equal(formatMeasure(wording, kpi("days"), 45), "45 days");
  assert.equal(formatMeasure(wording, kpi("ratio"), 3), "3.0x");
  assert.equal(formatMeasure(wording, kpi("ratio"), 2.25), "2.25x");
  assert.equal(formatMeasure(wording, kpi("score", { scale_max: 5 }), 4.2), "4.2 / 5");
  assert.equal(formatMeasure(wording, kpi("score"), 4.2), "4.2");
  assert.equal(formatMeasure(wording, kpi("count"), 1200), "1,200");
  assert.equal(formatMeasure(wording, kpi("count"), null), "");
});

test("months and years, as the transition pages write them", () => {
  assert.equal(formatMonths(wording, 1, 1), "1 month");
  assert.equal(formatMonths(wording, 6, 6), "6 months");
  assert.equal(formatMonths(wording, 6, 12), "6 to 12 months");
  assert.equal(formatMonths(wording, 24, 36), "2 to 3 years");
  assert.equal(formatMonths(wording, 0, 24), "up to 2 years");
  assert.equal(formatMonths(wording, 12, 18), "12 to 18 months");
});

test("percentages", () => {
  assert.equal(formatPercent(wording, 80), "80%");
  assert.equal(formatPercent(wording, 66.666), "66.67%");
});
