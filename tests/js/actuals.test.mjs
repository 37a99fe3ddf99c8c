// KPI actuals are read strictly in the KPI's unit, with the page language's separators;
// what is not understood is said, never guessed (issue 12, item 11). These replace the
// browser test that read "-5" as a percentage and "2 months" as 2 days.
import { test } from "node:test";
import assert from "node:assert/strict";
import { parseActual, parseMonths, readNumber } from "../../overrides/assets/javascripts/self-assessment/actuals.js";
import { roleData } from "./helpers.mjs";

const wording = roleData("rep").wording;
const KPIS = {
  percent: { unit: "percent", target: 100 },
  eur: { unit: "currency", currency: "EUR", target: 150000 },
  days: { unit: "days", target: 45, direction: "lower-is-better" },
  ratio: { unit: "ratio", target: 3 },
  score: { unit: "score", scale_max: 5, target: 4 },
  nps: { unit: "score", scale_max: 100, target: 30 },
  count: { unit: "count", target: 40 }
};

const READ = [
  ["percent", "92", 92], ["percent", "92%", 92], ["percent", "92 %", 92], ["percent", "105.5%", 105.5],
  ["eur", "EUR 150,000", 150000], ["eur", "150,000 EUR", 150000], ["eur", "eur 36,500", 36500],
  ["eur", "36500", 36500], ["eur", "1,234,567.5", 1234567.5], ["eur", "EUR -2,000", -2000],
  ["days", "45 days", 45], ["days", "1 day", 1], ["days", "60", 60], ["days", "12.5 days", 12.5],
  ["ratio", "3.0x", 3], ["ratio", "2.5", 2.5], ["score", "4.2 / 5", 4.2], ["score", "4.2/5", 4.2],
  ["nps", "-20", -20], ["count", "1,200", 1200], ["count", "  42  ", 42]
];

for (const [kind, text, value] of READ) {
  test(`"${text}" in ${kind} reads ${value}`, () => {
    assert.deepEqual(parseActual(wording, KPIS[kind], text), { value });
  });
}

const REFUSED = [
  // The cases: another language's grouping, another unit, a negative share.
  ["eur", "EUR 36.500", /could be 36,500 or 36\.5/],
  ["days", "2 months", /"months" is not this KPI's unit: it is measured in days\. Write, for example, 45 days\./],
  ["percent", "-5", /cannot be below zero/],
  // Variants of each rule.
  ["eur", "USD 36,500", /"USD" is not this KPI's unit: it is measured in EUR/],
  ["eur", "1.234.567", /Not understood/],
  ["eur", "36,50", /Not understood/],
  ["eur", "150 000", /Not understood/],
  ["days", "3 weeks", /"weeks" is not this KPI's unit/],
  ["days", "-3 days", /cannot be below zero/],
  ["ratio", "-1x", /cannot be below zero/],
  ["count", "about ten", /Not understood: write a number in this KPI's unit, such as 40\./],
  ["count", "1-2", /Not understood/],
  ["percent", "92 EUR", /"EUR" is not this KPI's unit: it is measured in percent/],
  ["score", "6 / 5", /Above the top of this KPI's scale \(5\)/],
  ["score", "4.2 / 10", /Not understood|is not this KPI's unit/],
  ["percent", "1e3", /is not this KPI's unit|Not understood/],
  ["percent", "Infinity", /Not understood/]
];

for (const [kind, text, message] of REFUSED) {
  test(`"${text}" in ${kind} is refused in words`, () => {
    const read = parseActual(wording, KPIS[kind], text);
    assert.equal(read.value, undefined);
    assert.match(read.problem, message);
  });
}

test("nothing typed is no result, not a problem", () => {
  assert.deepEqual(parseActual(wording, KPIS.percent, "   "), { empty: true });
  assert.deepEqual(parseActual(wording, KPIS.percent, null), { empty: true });
});

test("the page language's separators decide", () => {
  const german = { ...wording, number: { ...wording.number, group_separator: ".", decimal_separator: "," } };
  assert.deepEqual(readNumber(german, "36.500"), { value: 36500 });
  assert.deepEqual(readNumber(german, "36,5"), { value: 36.5 });
  assert.equal(readNumber(german, "36,500.5"), null);
});

test("months in the role: a whole number from 0 to the limit", () => {
  assert.deepEqual(parseMonths("14", 600), { value: 14 });
  assert.deepEqual(parseMonths("0", 600), { value: 0 });
  assert.deepEqual(parseMonths("", 600), { empty: true });
  for (const bad of ["-3", "1.5", "601", "ten", "1e2"]) assert.ok(parseMonths(bad, 600).problem, bad);
});
