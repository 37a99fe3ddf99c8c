// What the browser saved is read back as strictly as an import: a damaged entry is named,
// never half-used, and reading it never throws. Keys such as "constructor" are plain data.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readSaved, writeSaved, emptyState, formFrom } from "../../overrides/assets/javascripts/self-assessment/state.js";
import { assessmentOf } from "../../overrides/assets/javascripts/self-assessment/files.js";
import { managerFile, plain, roleData } from "./helpers.mjs";

const data = roleData("rep");

function goodSave() {
  return {
    saved_at: "2026-06-01T09:00:00.000Z",
    form: {
      name: "Kim Ode", date: "2026-06-01", rater: "self", target: "senior-rep", months: "14",
      hideExpected: false, ratings: { discovery: "skilled", coaching: "basic" },
      evidence: { discovery: "Forty calls." }, kpis: { "win-rate": { text: "27", met: null } },
      strengths: "", focus: ""
    },
    imports: [{ assessment: managerFile(), source: "manager.json", notes: [] }],
    companion: 0
  };
}

test("a sound save is read back whole", () => {
  const read = readSaved(data, JSON.stringify(goodSave()));
  assert.equal(read.damaged, undefined);
  assert.equal(read.state.form.name, "Kim Ode");
  assert.deepEqual(plain(read.state.form.ratings), { discovery: "skilled", coaching: "basic" });
  assert.equal(read.state.imports.length, 1);
  assert.equal(read.state.companion, 0);
  // What the page writes, it reads again.
  const again = readSaved(data, writeSaved(read.state, new Date(0)));
  assert.deepEqual(plain(again.state), plain(read.state));
});

test("nothing saved is an empty form, not damage", () => {
  const read = readSaved(data, null);
  assert.equal(read.damaged, undefined);
  assert.deepEqual(plain(read.state), plain(emptyState()));
});

test("a save from an older page, with fewer fields, fills in the rest", () => {
  const read = readSaved(data, JSON.stringify({ form: { name: "Kim" } }));
  assert.equal(read.state.form.name, "Kim");
  assert.equal(read.state.form.hideExpected, false);
  assert.equal(read.state.companion, null); // the page chooses
});

const form = (changes) => { const s = goodSave(); Object.assign(s.form, changes); return s; };
const DAMAGED = {
  "ratings null (issue 11's example)": { form: { ratings: null } },
  "text cut short": JSON.stringify(goodSave()).slice(0, 40),
  "not JSON": "Kim did well",
  "null": "null",
  "a list": "[]",
  "a number": "42",
  "no form": { imports: [] },
  "form is a list": { form: [] },
  "ratings a list": form({ ratings: ["skilled"] }),
  "a rating not on the scale": form({ ratings: { discovery: "mastery" } }),
  "a rating that is a number": form({ ratings: { discovery: 3 } }),
  "a key that is not an id": form({ ratings: { Discovery: "basic" } }),
  "a __proto__ key": '{"form":{"ratings":{"__proto__":"basic"}}}',
  "a __proto__ field": '{"form":{"__proto__":{"polluted":true}}}',
  "evidence a number": form({ evidence: { discovery: 5 } }),
  "a KPI entry with a number as text": form({ kpis: { "win-rate": { text: 27, met: null } } }),
  "a KPI entry with more keys": form({ kpis: { "win-rate": { text: "27", met: null, value: 1 } } }),
  "met as text": form({ kpis: { "win-rate": { text: "", met: "yes" } } }),
  "a name that is not text": form({ name: 7 }),
  "a name far too long": form({ name: "x".repeat(5000) }),
  "hideExpected as text": form({ hideExpected: "true" }),
  "an unknown rater": form({ rater: "boss" }),
  "an unknown form field": form({ score: 3 }),
  "an unknown top-level field": { ...goodSave(), extra: 1 },
  "imports not a list": { ...goodSave(), imports: {} },
  "an import that is not an assessment": { ...goodSave(), imports: [{ assessment: { role: "rep" }, source: "a", notes: [] }] },
  "an import of another role": { ...goodSave(), imports: [{ assessment: managerFile({ role: "team-lead" }), source: "a", notes: [] }] },
  "an import without notes": { ...goodSave(), imports: [{ assessment: managerFile(), source: "a" }] },
  "companion out of range": { ...goodSave(), companion: 3 },
  "companion as text": { ...goodSave(), companion: "0" },
  "saved_at a number": { ...goodSave(), saved_at: 1 }
};

for (const [name, value] of Object.entries(DAMAGED)) {
  test(`a damaged save is named, not used: ${name}`, () => {
    const text = typeof value === "string" ? value : JSON.stringify(value);
    const read = readSaved(data, text);
    assert.equal(read.state, undefined, name);
    assert.equal(typeof read.damaged, "string");
    assert.ok(read.damaged.length > 5);
  });
}

test("mutated saves never throw: each is read whole or named damaged", () => {
  const text = JSON.stringify(goodSave());
  let seed = 7;
  const random = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
  const pieces = ["null", "[]", "{}", "\"constructor\"", "\"__proto__\"", "-1", "1e999", "true", ",", "\"", "}"];
  let sound = 0;
  for (let i = 0; i < 3000; i++) {
    const at = Math.floor(random() * text.length);
    const kind = random();
    const mutated = kind < 0.3 ? text.slice(0, at)
      : kind < 0.6 ? text.slice(0, at) + String.fromCharCode(32 + Math.floor(random() * 90)) + text.slice(at + 1)
        : text.slice(0, at) + pieces[Math.floor(random() * pieces.length)] + text.slice(at);
    const read = readSaved(data, mutated);
    assert.ok(Boolean(read.state) !== Boolean(read.damaged), mutated);
    if (read.state) {
      sound += 1;
      assessmentOf(data, read.state.form, {}); // a sound state works everywhere
    }
  }
  assert.ok(sound > 0 && sound < 3000);
});

test("a form filled from a file keeps keys like constructor as data", () => {
  const filled = formFrom({ ratings: JSON.parse('{"constructor":"basic"}'), evidence: {}, kpi_actuals: {} });
  assert.equal(filled.ratings.constructor, "basic");
  assert.equal(Object.getPrototypeOf(filled.ratings), null);
  assert.equal(formFrom({ ratings: {}, evidence: {} }).ratings.constructor, undefined);
});

test("switching who is rating keeps each rater's answers as theirs", async () => {
  const { switchRater, hasRatings } = await import("../../overrides/assets/javascripts/self-assessment/state.js");
  const read = readSaved(data, JSON.stringify(goodSave()));
  const asManager = switchRater(read.state.form, "manager");
  assert.equal(asManager.rater, "manager");
  assert.equal(hasRatings(asManager), false); // the person's ratings are not relabelled
  assert.equal(asManager.name, "Kim Ode"); // the person assessed is shared
  asManager.ratings.discovery = "basic";
  const back = switchRater(asManager, "self");
  assert.deepEqual(plain(back.ratings), { discovery: "skilled", coaching: "basic" });
  assert.deepEqual(plain(back.others.manager.ratings), { discovery: "basic" });
  // Saved and read back, strictly.
  const state = { ...read.state, form: back };
  const again = readSaved(data, writeSaved(state, new Date(0)));
  assert.deepEqual(plain(again.state.form), plain(back));
  const bad = JSON.parse(writeSaved(state, new Date(0)));
  bad.form.others.boss = {};
  assert.ok(readSaved(data, JSON.stringify(bad)).damaged);
  bad.form.others = { manager: { ratings: null } };
  assert.ok(readSaved(data, JSON.stringify(bad)).damaged);
});
