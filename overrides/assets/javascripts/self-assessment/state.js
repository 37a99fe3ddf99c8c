/*
 * The form's state and what this browser keeps of it.
 *
 * The state is plain data: the form's answers (`form`), the imported files and which of
 * them the review compares with. It is saved in localStorage under one key per role and
 * ladder version. What is read back is checked as strictly as an imported file: a saved
 * entry that does not have exactly the shape this page writes (edited by hand, cut short,
 * written by something else) is set aside under another key, never half-used, and the form
 * starts clean. Pure functions; the storage object is passed in.
 */

import { dict, has, isObject, isRating, length } from "./model.js";
import { mapAssessment } from "./files.js";
import { parseActual, parseMonths } from "./actuals.js";
import { FORMAT, FORMAT_VERSION, LIMITS, isId, isRater, validateShape } from "./shape.js";
import { t } from "./strings.js";

export const STORAGE_PREFIX = "ladder-self-assessment:v1:";
export const DAMAGED_PREFIX = "ladder-self-assessment:damaged:v1:";

export function storageKey(data) {
  return STORAGE_PREFIX + data.role.id + ":" + data.ladder_version;
}

export function damagedKey(data) {
  return DAMAGED_PREFIX + data.role.id + ":" + data.ladder_version;
}

export function emptyForm() {
  return {
    name: "", raterName: "", date: "", rater: "", target: "", months: "", hideExpected: false,
    ratings: dict(), evidence: dict(), kpis: dict(), strengths: "", focus: "", others: dict()
  };
}

export function emptyState() {
  return { form: emptyForm(), imports: [], companion: -1 };
}

/** This browser's localStorage, or null when the page may not use it. */
export function browserStorage(win) {
  try {
    const probe = "ladder-self-assessment:probe";
    win.localStorage.setItem(probe, "1");
    win.localStorage.removeItem(probe);
    return win.localStorage;
  } catch (e) {
    return null;
  }
}

const TEXT_FIELDS = { name: LIMITS.name, raterName: LIMITS.name, date: 100, rater: 20, target: 100, months: 100,
  strengths: LIMITS.text, focus: LIMITS.text };

function textOk(value, limit) {
  return typeof value === "string" && length(value) <= limit;
}

/** A mapping of ids read from storage: a prototype-free copy, or a reason it is damaged. */
function ids(value, what, check) {
  if (!isObject(value)) return { problem: t("saved.notMapping", { what }) };
  const keys = Object.keys(value);
  if (keys.length > LIMITS.items) return { problem: t("saved.tooMany", { what }) };
  const out = dict();
  for (const key of keys) {
    if (!isId(key)) return { problem: t("saved.badKey", { what, key: key.slice(0, 80) }) };
    if (!check(value[key])) return { problem: t("saved.badEntry", { what, key }) };
    out[key] = value[key];
  }
  return { value: out };
}

function kpiOk(entry) {
  return isObject(entry) && Object.keys(entry).every((k) => k === "text" || k === "met") &&
    textOk(entry.text, LIMITS.text) && (entry.met === null || typeof entry.met === "boolean");
}

/** A saved form checked field by field: {form} or {problem}. Fields it lacks take their
 *  empty value (an older page saved fewer); a field it should not have is damage.
 *  `otherVersion`: the save is from another ladder version, whose rating scale may differ. */
export function checkForm(data, saved, otherVersion) {
  if (!isObject(saved)) return { problem: t("saved.noForm") };
  const form = emptyForm();
  for (const key of Object.keys(saved)) {
    const value = saved[key];
    if (has(TEXT_FIELDS, key)) {
      if (!textOk(value, TEXT_FIELDS[key])) return { problem: t("saved.badField", { key }) };
      form[key] = value;
    } else if (key === "hideExpected") {
      if (typeof value !== "boolean") return { problem: t("saved.badField", { key }) };
      form.hideExpected = value;
    } else if (key === "others") {
      const read = checkOthers(data, value, otherVersion);
      if (read.problem) return read;
      form.others = read.value;
    } else if (key === "ratings" || key === "evidence" || key === "kpis") {
      const check = key === "ratings" ? (v) => isId(v) && (otherVersion || isRating(data, v))
        : key === "evidence" ? (v) => textOk(v, LIMITS.text) : kpiOk;
      const read = ids(value, key, check);
      if (read.problem) return read;
      form[key] = read.value;
    } else {
      return { problem: t("saved.unknownField", { key: key.slice(0, 80) }) };
    }
  }
  if (form.rater && !isRater(form.rater)) return { problem: t("saved.badField", { key: "rater" }) };
  return { form };
}

/** The answers kept for the rater not now filling in the form (see `switchRater`): per
 *  rater, a form of the same shape without the others and the fields both raters share. */
function checkOthers(data, value, otherVersion) {
  if (!isObject(value) || !Object.keys(value).every(isRater)) return { problem: t("saved.badField", { key: "others" }) };
  const out = dict();
  for (const rater of Object.keys(value)) {
    const part = value[rater];
    if (!isObject(part) || !Object.keys(part).every((k) => RATER_FIELDS.indexOf(k) >= 0)) {
      return { problem: t("saved.badField", { key: "others" }) };
    }
    const read = checkForm(data, part, otherVersion);
    if (read.problem) return read;
    const kept = dict();
    RATER_FIELDS.forEach((k) => { kept[k] = read.form[k]; });
    out[rater] = kept;
  }
  return { value: out };
}

/** What belongs to one rater; the rest of the form (the person, the date, the target,
 *  the months) is shared. */
export const RATER_FIELDS = ["raterName", "ratings", "evidence", "kpis", "strengths", "focus"];

/** Switches who is filling in the form: the current rater's answers are kept for them,
 *  and the new rater's own earlier answers come back. Returns the new form. */
export function switchRater(form, to) {
  const next = Object.assign(emptyForm(), form);
  next.others = dict(form.others);
  if (isRater(form.rater)) {
    const kept = dict();
    RATER_FIELDS.forEach((k) => { kept[k] = form[k]; });
    next.others[form.rater] = kept;
  }
  const back = next.others[to] || emptyForm();
  RATER_FIELDS.forEach((k) => { next[k] = back[k]; });
  delete next.others[to];
  next.rater = to;
  return next;
}

/** True when the form has answers that belong to whoever is rating. */
export function hasRatings(form) {
  return Object.keys(form.ratings).length > 0 || Object.keys(form.evidence).some((k) => form.evidence[k]) ||
    Boolean(form.strengths || form.focus);
}

/** One saved import: its assessment must read as an import of this role would. */
function checkImport(data, entry) {
  if (!isObject(entry) || !Object.keys(entry).every((k) => ["assessment", "source", "notes"].indexOf(k) >= 0)) {
    return null;
  }
  if (!textOk(entry.source, LIMITS.name) || !Array.isArray(entry.notes) ||
      !entry.notes.every((n) => textOk(n, LIMITS.text))) {
    return null;
  }
  if (validateShape(entry.assessment).length) return null;
  const mapped = mapAssessment(data, entry.assessment);
  if (mapped.error) return null;
  return { assessment: mapped.assessment, source: entry.source, notes: entry.notes.slice() };
}

/** The text saved under this page's key read back: {state} when it is sound (or there is
 *  none), {damaged: reason} when it is not. Never throws. */
export function readSaved(data, text) {
  if (text === null || text === undefined) return { state: emptyState(), found: false };
  let saved;
  try {
    saved = JSON.parse(text);
  } catch (e) {
    return { damaged: t("saved.notJson") };
  }
  if (!isObject(saved)) return { damaged: t("saved.notObject") };
  for (const key of Object.keys(saved)) {
    if (["saved_at", "form", "imports", "companion"].indexOf(key) < 0) {
      return { damaged: t("saved.unknownField", { key: key.slice(0, 80) }) };
    }
  }
  if (has(saved, "saved_at") && !textOk(saved.saved_at, 100)) return { damaged: t("saved.badField", { key: "saved_at" }) };
  const form = checkForm(data, has(saved, "form") ? saved.form : null);
  if (form.problem) return { damaged: form.problem };
  const state = emptyState();
  state.form = form.form;
  if (has(saved, "imports")) {
    if (!Array.isArray(saved.imports) || saved.imports.length > LIMITS.imports) {
      return { damaged: t("saved.badField", { key: "imports" }) };
    }
    for (const entry of saved.imports) {
      const read = checkImport(data, entry);
      if (!read) return { damaged: t("saved.badImport") };
      state.imports.push(read);
    }
  }
  if (has(saved, "companion")) {
    const c = saved.companion;
    if (!Number.isInteger(c) || c < -1 || c >= state.imports.length) {
      return { damaged: t("saved.badField", { key: "companion" }) };
    }
    state.companion = c;
  } else {
    state.companion = null; // the page chooses
  }
  return { state, found: true };
}

/** The state as the text this page saves. */
export function writeSaved(state, now) {
  return JSON.stringify({ saved_at: now.toISOString(), form: state.form, imports: state.imports,
    companion: state.companion });
}

/** The form filled from an assessment (loading a file into the form). */
export function formFrom(assessment, hideExpected) {
  const form = emptyForm();
  form.hideExpected = Boolean(hideExpected);
  form.name = assessment.name || "";
  form.raterName = assessment.rater_name || "";
  form.date = assessment.date || "";
  form.rater = assessment.rater || "";
  form.target = assessment.target_role || "";
  form.months = typeof assessment.months_in_role === "number" ? String(assessment.months_in_role) : "";
  form.ratings = dict(assessment.ratings);
  form.evidence = dict(assessment.evidence);
  const actuals = assessment.kpi_actuals || {};
  Object.keys(actuals).forEach((id) => {
    const entry = actuals[id];
    form.kpis[id] = { text: typeof entry.value === "number" ? String(entry.value) : entry.text || "",
      met: typeof entry.met === "boolean" ? entry.met : null };
  });
  const summary = assessment.summary || {};
  form.strengths = summary.strengths || "";
  form.focus = summary.focus || "";
  return form;
}

export function formIsEmpty(form) {
  return !form.name && !Object.keys(form.ratings).length &&
    !Object.keys(form.evidence).some((k) => form.evidence[k]) && !form.strengths && !form.focus;
}

/** A save of this role under another ladder version, as a file of that version would be:
 *  the document to map onto this version, or null when the save is not sound. */
export function documentFromSave(data, version, saved) {
  const checked = checkForm(data, isObject(saved) ? saved.form : null, true);
  const old = checked.form;
  if (!old) return null;
  const months = parseMonths(old.months, LIMITS.months);
  const doc = {
    format: FORMAT, format_version: FORMAT_VERSION, ladder_version: version,
    role: data.role.id, rater: isRater(old.rater) ? old.rater : "self",
    name: old.name, date: old.date,
    months_in_role: has(months, "value") ? months.value : null,
    target_role: old.target || null, ratings: old.ratings, evidence: old.evidence,
    kpi_actuals: dict(), summary: { strengths: old.strengths, focus: old.focus }
  };
  const kpis = new Map(data.kpis.map((k) => [k.id, k]));
  Object.keys(old.kpis).forEach((id) => {
    const entry = old.kpis[id];
    const kpi = kpis.get(id);
    const read = kpi && typeof kpi.target === "number" ? parseActual(data.wording, kpi, entry.text) : {};
    doc.kpi_actuals[id] = has(read, "value") ? { value: read.value } : { text: entry.text, met: entry.met };
  });
  return doc;
}
