/*
 * The assessment file format (generator/model/assessment.py, published as a JSON Schema):
 * its limits, and a check of a document's shape that follows the schema's rules. The same
 * check reads a file being imported, a link being opened and what this browser saved.
 * Pure functions, no DOM.
 */

import { has, isObject, length } from "./model.js";
import { t } from "./strings.js";

export const FORMAT = "ladder-assessment";
export const FORMAT_VERSION = 1;
export const LIMITS = Object.freeze({
  fileBytes: 1024 * 1024,
  text: 20000,
  name: 200,
  items: 500,
  imports: 20,
  months: 600
});
export const RATERS = Object.freeze(["self", "manager"]);
const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const ID_MAX = 64;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const FIELDS = [
  "$schema", "format", "format_version", "ladder_version", "role", "role_title",
  "target_role", "rater", "name", "rater_name", "date", "months_in_role", "ratings",
  "evidence", "kpi_actuals", "summary"
];
const REQUIRED = ["format", "format_version", "ladder_version", "role", "rater", "date", "ratings"];

export function isId(value) {
  return typeof value === "string" && value.length <= ID_MAX && ID.test(value);
}

export function isRater(value) {
  return RATERS.indexOf(value) >= 0;
}

/** A real day written as YYYY-MM-DD (2026-02-30 is not one). */
export function validDate(value) {
  const match = typeof value === "string" ? DATE.exec(value) : null;
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day;
}

function isText(value, limit) {
  return typeof value === "string" && length(value) <= limit;
}

function kpiEntryOk(v) {
  if (!isObject(v)) return false;
  return Object.keys(v).every((k) => {
    if (k === "value") return v.value === null || (typeof v.value === "number" && isFinite(v.value));
    if (k === "text") return v.text === null || isText(v.text, LIMITS.text);
    if (k === "met") return v.met === null || typeof v.met === "boolean";
    return false;
  });
}

/** Problems with a document's shape (at most five), in words; [] when it is an assessment. */
export function validateShape(doc) {
  const problems = [];
  const fail = (key, params) => {
    if (problems.length < 5) problems.push(t(key, params));
  };
  if (!isObject(doc)) {
    return [t(Array.isArray(doc) ? "shape.list" : "shape.value")];
  }
  Object.keys(doc).forEach((key) => {
    if (FIELDS.indexOf(key) < 0) fail("shape.unknownField", { key: key.slice(0, 80) });
  });
  REQUIRED.forEach((key) => {
    if (!has(doc, key)) fail("shape.missing", { key });
  });
  if (has(doc, "format") && doc.format !== FORMAT) fail("shape.format", { format: FORMAT });
  if (has(doc, "format_version") && doc.format_version !== FORMAT_VERSION) {
    if (typeof doc.format_version === "number" && doc.format_version > FORMAT_VERSION) {
      fail("shape.newer", { found: doc.format_version, version: FORMAT_VERSION });
    } else {
      fail("shape.formatVersion", { version: FORMAT_VERSION });
    }
  }
  if (has(doc, "$schema") && doc.$schema !== null && !isText(doc.$schema, 2000)) fail("shape.schema");
  if (has(doc, "ladder_version") && !(isText(doc.ladder_version, 100) && doc.ladder_version.length)) {
    fail("shape.ladderVersion");
  }
  if (has(doc, "role") && !isId(doc.role)) fail("shape.role");
  if (has(doc, "role_title") && doc.role_title !== null && !isText(doc.role_title, 300)) {
    fail("shape.roleTitle");
  }
  if (has(doc, "target_role") && doc.target_role !== null && !isId(doc.target_role)) {
    fail("shape.targetRole");
  }
  if (has(doc, "rater") && !isRater(doc.rater)) fail("shape.rater");
  ["name", "rater_name"].forEach((key) => {
    if (has(doc, key) && !isText(doc[key], LIMITS.name)) fail("shape.name", { key, limit: LIMITS.name });
  });
  if (has(doc, "date") && !validDate(doc.date)) fail("shape.date");
  if (has(doc, "months_in_role") && doc.months_in_role !== null &&
      !(Number.isInteger(doc.months_in_role) && doc.months_in_role >= 0 &&
        doc.months_in_role <= LIMITS.months)) {
    fail("shape.months", { limit: LIMITS.months });
  }
  const mapping = (key, check, what) => {
    if (!has(doc, key)) return;
    const value = doc[key];
    if (!isObject(value)) {
      fail("shape.mapping", { key, what: t(what, { limit: LIMITS.text }) });
      return;
    }
    const keys = Object.keys(value);
    if (keys.length > LIMITS.items) fail("shape.tooMany", { key, limit: LIMITS.items });
    keys.forEach((k) => {
      if (!isId(k)) fail("shape.badKey", { key, id: k.slice(0, 80) });
      else if (!check(value[k])) fail("shape.badEntry", { key, id: k, what: t(what, { limit: LIMITS.text }) });
    });
  };
  mapping("ratings", isId, "shape.what.ratings");
  mapping("evidence", (v) => isText(v, LIMITS.text), "shape.what.evidence");
  mapping("kpi_actuals", kpiEntryOk, "shape.what.kpis");
  if (has(doc, "summary")) {
    const summary = doc.summary;
    const good = isObject(summary) && Object.keys(summary).every((k) =>
      (k === "strengths" || k === "focus") && isText(summary[k], LIMITS.text));
    if (!good) fail("shape.summary");
  }
  return problems;
}
