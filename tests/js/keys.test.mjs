// Keys that every JavaScript object has ("constructor", "__proto__", "toString") are
// plain data wherever a key comes from a file, the browser's storage or the ladder.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile } from "../../overrides/assets/javascripts/self-assessment/files.js";
import { review } from "../../overrides/assets/javascripts/self-assessment/compare.js";
import { toMarkdown } from "../../overrides/assets/javascripts/self-assessment/markdown.js";
import { managerFile, plain, roleData } from "./helpers.mjs";

test("an import naming constructor leaves it out, as any unknown id", () => {
  const data = roleData("rep");
  const doc = managerFile({
    ratings: { discovery: "basic", constructor: "skilled" },
    evidence: { constructor: "Not a competency here." },
    kpi_actuals: { constructor: { value: 3 }, "win-rate": { value: 30 } }
  });
  const text = JSON.stringify(doc);
  const result = readFile(data, text, text.length);
  assert.equal(result.error, null);
  const mapped = plain(result.assessment);
  assert.deepEqual(mapped.ratings, { discovery: "basic" });
  assert.deepEqual(mapped.evidence, {});
  assert.deepEqual(mapped.kpi_actuals, { "win-rate": { value: 30 } });
  const notes = result.notes.join(" ");
  assert.ok(notes.includes('No longer part of this role, left out: "constructor", KPI "constructor".'), notes);
  assert.ok(!/Object|undefined|function/.test(notes), notes);
  assert.ok(!JSON.stringify(result.assessment).includes("undefined"));
});

test("__proto__ in a file is refused as a key that is not an id, and pollutes nothing", () => {
  const data = roleData("rep");
  const text = '{"format":"ladder-assessment","format_version":1,"ladder_version":"1.1","role":"rep",' +
    '"rater":"self","date":"2026-01-31","ratings":{"__proto__":"basic"}}';
  const result = readFile(data, text, text.length);
  assert.match(result.error, /"ratings" has an entry whose key is not an id: "__proto__"/);
  assert.equal({}.basic, undefined);
  assert.equal(Object.prototype.polluted, undefined);
});

test("a ladder whose ids are constructor works like any other", () => {
  const data = roleData("rep");
  data.competencies[0] = { ...data.competencies[0], id: "constructor", name: "Constructing" };
  data.kpis[0] = { ...data.kpis[0], id: "constructor", name: "Built things" };
  data.rating_scale[1] = { ...data.rating_scale[1], id: "constructor" };
  const doc = managerFile({
    target_role: null,
    ratings: { constructor: "constructor" },
    evidence: { constructor: "Built two." },
    kpi_actuals: { constructor: { value: 120 } }
  });
  const text = JSON.stringify(doc);
  const result = readFile(data, text, text.length);
  assert.equal(result.error, null, result.error);
  assert.deepEqual(plain(result.assessment.ratings), { constructor: "constructor" });
  const empty = { ...result.assessment, ratings: {}, evidence: {}, kpi_actuals: {}, rater: "self" };
  const view = review(data, empty, [result.assessment], 0, {});
  const row = view.rows.find((r) => r.id === "constructor");
  assert.equal(row.b.name, data.rating_scale[1].name);
  assert.equal(row.a.name, "not rated");
  assert.equal(row.b.evidence, "Built two.");
  assert.equal(view.kpis[0].b.result.state !== "missing", true);
  const markdown = toMarkdown(data, view);
  assert.ok(markdown.includes("### Constructing"));
  assert.ok(!markdown.includes("function"));
});
