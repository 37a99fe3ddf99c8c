/*
 * Files in and out: a file's text read as an assessment of this page's role (checked,
 * then mapped onto this ladder version through former ids), and the form written as an
 * assessment (the export format). Pure functions, no DOM.
 */

import { clip, dict, has, isObject, isRating, own } from "./model.js";
import { parseActual, parseMonths } from "./actuals.js";
import { FORMAT, FORMAT_VERSION, LIMITS, isRater, validateShape } from "./shape.js";
import { listed, t } from "./strings.js";

/** Every competency this page knows (the role's and each target role's), by id and by
 *  former id; and every KPI likewise. */
function lookups(data) {
  const competencies = new Map();
  const all = data.competencies.concat(...data.transitions.map((move) => move.competencies));
  all.forEach((c) => { if (!competencies.has(c.id)) competencies.set(c.id, c); });
  all.forEach((c) => (c.former_ids || []).forEach((old) => {
    if (!competencies.has(old)) competencies.set(old, c);
  }));
  const kpis = new Map();
  data.kpis.forEach((k) => kpis.set(k.id, k));
  data.kpis.forEach((k) => (k.former_ids || []).forEach((old) => {
    if (!kpis.has(old)) kpis.set(old, k);
  }));
  return { competencies, kpis };
}

/** A document (already of the right shape) mapped onto this page's role and ladder
 *  version. Items are found by id, or by a former id when the ladder renamed them; items
 *  that no longer exist are left out and named in the notes. {error} when the file is for
 *  another role: then nothing may change. */
export function mapAssessment(data, doc) {
  const role = data.role;
  if (doc.role !== role.id && role.former_ids.indexOf(doc.role) < 0) {
    return {
      error: doc.role_title
        ? t("file.otherRoleTitled", { title: doc.role_title, id: doc.role, role: role.title })
        : t("file.otherRole", { id: doc.role, role: role.title })
    };
  }
  const { competencies, kpis } = lookups(data);
  const notes = [];
  const renamed = [];
  const dropped = [];
  const unknownRatings = [];
  const summary = isObject(doc.summary) ? doc.summary : {};
  const mapped = {
    format: FORMAT, format_version: FORMAT_VERSION, ladder_version: doc.ladder_version,
    role: role.id, role_title: doc.role_title || null, target_role: null, rater: doc.rater,
    name: doc.name || "", rater_name: doc.rater_name || "", date: doc.date,
    months_in_role: typeof doc.months_in_role === "number" ? doc.months_in_role : null,
    ratings: dict(), evidence: dict(), kpi_actuals: dict(),
    summary: { strengths: own(summary, "strengths") || "", focus: own(summary, "focus") || "" }
  };
  const note = (list, item) => {
    if (list.indexOf(item) < 0) list.push(item);
  };
  Object.keys(doc.ratings).forEach((id) => {
    const c = competencies.get(id);
    if (!c) return note(dropped, t("file.item", { id }));
    if (c.id !== id) note(renamed, t("file.renamed", { id, name: c.name }));
    if (!isRating(data, doc.ratings[id])) {
      return note(unknownRatings, t("file.unknownRating", { name: c.name, rating: doc.ratings[id] }));
    }
    mapped.ratings[c.id] = doc.ratings[id];
  });
  const evidence = isObject(doc.evidence) ? doc.evidence : {};
  Object.keys(evidence).forEach((id) => {
    const c = competencies.get(id);
    if (!c) return note(dropped, t("file.item", { id }));
    if (c.id !== id) note(renamed, t("file.renamed", { id, name: c.name }));
    if (evidence[id]) mapped.evidence[c.id] = evidence[id];
  });
  const actuals = isObject(doc.kpi_actuals) ? doc.kpi_actuals : {};
  Object.keys(actuals).forEach((id) => {
    const k = kpis.get(id);
    if (!k) return note(dropped, t("file.kpiItem", { id }));
    if (k.id !== id) note(renamed, t("file.kpiRenamed", { id, name: k.name }));
    const entry = actuals[id];
    const copy = {};
    if (typeof entry.value === "number") copy.value = entry.value;
    if (typeof entry.text === "string" && entry.text) copy.text = entry.text;
    if (typeof entry.met === "boolean") copy.met = entry.met;
    mapped.kpi_actuals[k.id] = copy;
  });
  if (doc.target_role) {
    data.transitions.forEach((move) => {
      if (move.to === doc.target_role || (move.former_ids || []).indexOf(doc.target_role) >= 0) {
        mapped.target_role = move.to;
      }
    });
    if (!mapped.target_role) notes.push(t("file.targetGone", { id: doc.target_role, role: role.title }));
  }
  const otherVersion = doc.ladder_version !== data.ladder_version;
  if (otherVersion) {
    const count = Object.keys(mapped.ratings).length;
    notes.unshift(t("file.otherVersion", { then: doc.ladder_version, now: data.ladder_version, count }));
    const missing = data.competencies.filter((c) => !has(mapped.ratings, c.id)).map((c) => c.name);
    if (missing.length) notes.push(t("file.notRated", { names: missing.join(", ") }));
  }
  if (doc.role !== role.id) notes.push(t("file.roleWas", { id: doc.role }));
  if (renamed.length) notes.push(t("file.renamedSince", { items: listed(renamed) }));
  if (dropped.length) notes.push(t("file.droppedItems", { items: dropped.join(", ") }));
  if (unknownRatings.length) notes.push(t("file.unknownRatings", { items: unknownRatings.join(", ") }));
  return { error: null, assessment: mapped, notes, otherVersion };
}

/** A parsed document read as an assessment for this page: {error} or {assessment, notes}. */
export function readDocument(data, doc) {
  const problems = validateShape(doc);
  if (problems.length) return { error: t("file.notOurs", { problems: listed(problems) }) };
  return mapAssessment(data, doc);
}

/** A file's text read as an assessment for this page: {error} or {assessment, notes}. */
export function readFile(data, text, size) {
  if (size > LIMITS.fileBytes) {
    return { error: t("file.tooLarge", { size: Math.ceil(size / 1024), limit: LIMITS.fileBytes / 1024 }) };
  }
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    // Text that starts as JSON does is a damaged JSON file (cut short, edited), not another kind.
    return { error: t(/^\s*[{[]/.test(text) ? "file.damagedJson" : "file.notJson") };
  }
  return readDocument(data, doc);
}

/** The move the form works towards, or null. */
export function formMove(data, form) {
  return data.transitions.find((move) => move.to === form.target) || null;
}

/** The ids of the competencies the form shows: the role's, then the target role's own. */
export function formCompetencies(data, form) {
  const ids = data.competencies.map((c) => c.id);
  const move = formMove(data, form);
  if (move) move.competencies.forEach((c) => { if (ids.indexOf(c.id) < 0) ids.push(c.id); });
  return ids;
}

/** The form (see state.js) as an assessment, the export format. `forExport`: a rater is
 *  always named (the export checks it was chosen) and `schema` is the schema's address. */
export function assessmentOf(data, form, options) {
  const forExport = Boolean(options && options.forExport);
  const ratings = dict();
  const evidence = dict();
  formCompetencies(data, form).forEach((id) => {
    const rating = own(form.ratings, id);
    if (rating && isRating(data, rating)) ratings[id] = rating;
    const text = own(form.evidence, id);
    if (text && text.trim()) evidence[id] = clip(text, LIMITS.text);
  });
  const actuals = dict();
  data.kpis.forEach((kpi) => {
    const entry = own(form.kpis, kpi.id);
    if (!entry) return;
    const numeric = kpi.target !== null && kpi.target !== undefined;
    const out = {};
    if (numeric) {
      // A result not understood keeps the person's words, never a guessed number.
      const read = parseActual(data.wording, kpi, entry.text);
      if (has(read, "value")) out.value = read.value;
      else if (read.problem) out.text = clip(entry.text.trim(), LIMITS.text);
    } else if (entry.text && entry.text.trim()) {
      out.text = clip(entry.text, LIMITS.text);
    }
    if (!numeric && typeof entry.met === "boolean") out.met = entry.met;
    if (Object.keys(out).length) actuals[kpi.id] = out;
  });
  const months = parseMonths(form.months, LIMITS.months);
  const doc = {};
  if (forExport && options.schema) doc.$schema = options.schema;
  doc.format = FORMAT;
  doc.format_version = FORMAT_VERSION;
  doc.ladder_version = data.ladder_version;
  doc.role = data.role.id;
  doc.role_title = data.role.title;
  doc.target_role = formMove(data, form) ? form.target : null;
  doc.rater = isRater(form.rater) ? form.rater : forExport ? "self" : null;
  doc.name = clip(form.name.trim(), LIMITS.name);
  doc.rater_name = clip(form.raterName.trim(), LIMITS.name);
  doc.date = form.date.trim();
  doc.months_in_role = has(months, "value") ? months.value : null;
  doc.ratings = ratings;
  doc.evidence = evidence;
  doc.kpi_actuals = actuals;
  doc.summary = { strengths: clip(form.strengths, LIMITS.text), focus: clip(form.focus, LIMITS.text) };
  return doc;
}
