// Reading files: the mapping through former ids (moved here from the browser tests) and
// the refusals a person sees.
import { test } from "node:test";
import assert from "node:assert/strict";
import { assessmentOf, mapAssessment, readFile } from "../../overrides/assets/javascripts/self-assessment/files.js";
import { emptyForm } from "../../overrides/assets/javascripts/self-assessment/state.js";
import { managerFile, plain, roleData } from "./helpers.mjs";

test("a file is mapped through former ids: role, competency, target and KPI renamed", () => {
  const levels = [{ id: "developing", name: "Developing", rank: 1 }];
  const scale = [{ id: "developing", name: "Developing", proficiency: "developing" }];
  const competency = (id, former) => ({ id, name: id[0].toUpperCase() + id.slice(1), required: "developing",
    required_rank: 1, former_ids: former });
  const data = {
    ladder_version: "2026.2",
    role: { id: "ae", title: "Account executive", former_ids: ["account-exec"] },
    proficiency_scale: levels,
    rating_scale: scale,
    competencies: [competency("discovery", ["qualifying"])],
    kpis: [{ id: "win-rate", name: "Win rate", target: 25, former_ids: ["close-rate"] }],
    transitions: [{ to: "senior-ae", former_ids: ["sae"], competencies: [competency("coaching", [])] }]
  };
  const document = managerFile({
    ladder_version: "2026.1",
    role: "account-exec",
    target_role: "sae",
    ratings: { qualifying: "developing", coaching: "developing", "cold-calling": "developing" },
    evidence: { qualifying: "Good questions." },
    kpi_actuals: { "close-rate": { value: 30 }, dials: { value: 900 } }
  });
  const result = mapAssessment(data, document);
  assert.equal(result.error, null);
  const mapped = plain(result.assessment);
  assert.equal(mapped.role, "ae");
  assert.equal(mapped.target_role, "senior-ae");
  assert.deepEqual(mapped.ratings, { discovery: "developing", coaching: "developing" });
  assert.deepEqual(mapped.evidence, { discovery: "Good questions." });
  assert.deepEqual(mapped.kpi_actuals, { "win-rate": { value: 30 } });
  assert.equal(mapped.ladder_version, "2026.1");
  const notes = result.notes.join(" ");
  assert.ok(notes.includes("made with ladder version 2026.1; this page shows version 2026.2"), notes);
  assert.ok(notes.includes('Renamed since: "qualifying" is now Discovery; KPI "close-rate" is now Win rate.'), notes);
  assert.ok(notes.includes('left out: "cold-calling", KPI "dials".'), notes);
  const other = mapAssessment(data, { ...document, role: "sdr" });
  assert.ok(other.error.includes("not of Account executive"));
  assert.equal("assessment" in other, false);
});

test("a file that is not JSON, a list, or of another role is refused in words", () => {
  const data = roleData("rep");
  assert.match(readFile(data, "Kim did well.", 13).error, /not a JSON file/);
  assert.match(readFile(data, "[1, 2, 3]", 9).error, /not a self-assessment file of this handbook: the file holds a list/);
  const other = JSON.stringify(managerFile({ role: "team-lead", role_title: "Team lead" }));
  assert.match(readFile(data, other, other.length).error, /an assessment of "Team lead" \(team-lead\), not of Sales rep/);
  assert.match(readFile(data, "{}", 2 * 1024 * 1024).error, /2,048 KB, larger than the limit of 1,024 KB/);
});

test("the form written as an assessment keeps only what this page knows", () => {
  const data = roleData("rep");
  const form = emptyForm();
  form.rater = "self";
  form.date = " 2026-06-01 ";
  form.months = "14";
  form.target = "senior-rep";
  form.ratings.discovery = "skilled";
  form.ratings.coaching = "basic";
  form.ratings.negotiation = "mastery";
  form.evidence.discovery = "Forty calls.";
  form.evidence.prospecting = "Not on this page.";
  form.kpis["win-rate"] = { text: "27", met: null };
  const doc = plain(assessmentOf(data, form, { forExport: true, schema: "https://h.example/s.json" }));
  assert.equal(doc.$schema, "https://h.example/s.json");
  assert.equal(doc.date, "2026-06-01");
  assert.equal(doc.months_in_role, 14);
  assert.equal(doc.target_role, "senior-rep");
  assert.deepEqual(doc.ratings, { discovery: "skilled", coaching: "basic" });
  assert.deepEqual(doc.evidence, { discovery: "Forty calls." });
  assert.deepEqual(doc.kpi_actuals, { "win-rate": { value: 27 } });
  form.target = "";
  assert.deepEqual(plain(assessmentOf(data, form, {}).ratings), { discovery: "skilled" });
});
