// Shared by the script's unit tests: the page data the generator writes for the fixture
// ladder (fixtures/*.json, kept current by test_fixture_data.py), its English texts put in
// place as page.js puts a page's, and a way to compare results that hold prototype-free
// objects.
import { readFileSync } from "node:fs";
import { useStrings } from "../../overrides/assets/javascripts/self-assessment/strings.js";

export const SCRIPTS = new URL("../../overrides/assets/javascripts/self-assessment/", import.meta.url);

/** The embedded JSON of a fixture role's self-assessment page ("rep", "senior-rep"). */
export function roleData(role) {
  return JSON.parse(readFileSync(new URL(`fixtures/${role}.json`, import.meta.url), "utf-8"));
}

/** The English texts of the fixture pages (`strings`, written by the generator from its
 *  catalogue's messages) and their number rule, as the script's table: done on import, so
 *  every test reads them. */
export function useEnglish() {
  const data = roleData("rep");
  useStrings(data.strings, "en", data.wording);
}
useEnglish();

/** A value as plain JSON data (Maps become objects), for deepStrictEqual. */
export function plain(value) {
  return JSON.parse(JSON.stringify(value, (key, v) => (v instanceof Map ? Object.fromEntries(v) : v)));
}

/** The manager's assessment of a Sales rep (as in the browser tests), with changes. */
export function managerFile(changes) {
  return Object.assign({
    format: "ladder-assessment",
    format_version: 1,
    ladder_version: "1.1",
    role: "rep",
    role_title: "Sales rep",
    target_role: "senior-rep",
    rater: "manager",
    name: "Kim Ode",
    date: "2026-06-03",
    months_in_role: 14,
    ratings: { discovery: "basic", negotiation: "skilled", coaching: "no-evidence" },
    evidence: { discovery: "Discovery notes are thin on budget and timing." },
    kpi_actuals: { "quota-attainment": { value: 105 } },
    summary: { strengths: "Reliable forecasting.", focus: "Discovery depth." }
  }, changes || {});
}
