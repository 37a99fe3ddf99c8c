/*
 * Imported files on the page: the list with its "compare with" choice, importing files
 * from the picker, and a save of this role under another ladder version, which is offered
 * and never loaded unasked. `ctx` is the page's context (see page.js).
 */

import { append, h } from "./dom.js";
import { isObject } from "./model.js";
import { chooseCompanion, label } from "./compare.js";
import { mapAssessment, readFile } from "./files.js";
import { LIMITS, isRater } from "./shape.js";
import { STORAGE_PREFIX, documentFromSave, formFrom, formIsEmpty } from "./state.js";
import { t } from "./strings.js";

/** A file by the same rater as this form (or any file while the form names no rater):
 *  likely one's own export, which can be loaded to carry on with it. */
export function ownFile(form, assessment) {
  return !isRater(form.rater) || form.rater === assessment.rater;
}

export function renderImports(ctx) {
  const box = ctx.els.imports;
  const state = ctx.state;
  box.textContent = "";
  offerOtherVersion(ctx);
  if (!state.imports.length) return;
  const choose = h("select", { id: "ladder-sa-compare", name: "compare-with" },
    h("option", { value: "-1" }, t("imports.nothing")),
    state.imports.map((entry, index) =>
      h("option", { value: index }, t("imports.option", { label: label(entry.assessment), source: entry.source }))));
  choose.value = String(state.companion);
  append(box, h("p", null, h("label", { for: "ladder-sa-compare" }, t("imports.compareWith")), " ", choose));
  append(box, h("ul", { class: "ladder-sa-import-list", "aria-label": t("imports.listLabel") },
    state.imports.map((entry, index) => h("li", null,
      h("strong", null, label(entry.assessment)),
      t("imports.from", { source: entry.source, version: entry.assessment.ladder_version }) + " ",
      h("button", { type: "button", class: "ladder-sa-remove", "data-remove": index,
        "aria-label": t("imports.removeLabel", { source: entry.source, label: label(entry.assessment) }) },
      t("imports.remove")),
      ownFile(state.form, entry.assessment) ? [" ", h("button", { type: "button", class: "ladder-sa-load",
        "data-load": index, "aria-label": t("imports.loadLabel", { source: entry.source }) }, t("imports.load"))] : null,
      entry.notes.length ? h("ul", { class: "ladder-sa-notes" }, entry.notes.map((n) => h("li", null, n))) : null))));
}

/** Reads the chosen files one after another; each is imported or refused on its own. */
export function importFiles(ctx, files) {
  const { data, state } = ctx;
  const list = Array.prototype.slice.call(files);
  const problems = [];
  const reports = [];
  let imported = 0;
  const finish = () => {
    if (imported) {
      state.companion = chooseCompanion(ctx.current(), ctx.assessments());
      ctx.save();
      ctx.refresh();
    }
    ctx.say(problems.length ? "error" : "ok", problems.concat(reports), imported ? t("imports.goToReview") : null);
  };
  const next = () => {
    if (!list.length) {
      finish();
      return;
    }
    const file = list.shift();
    const name = String(file.name || t("imports.theFile")).slice(0, LIMITS.name);
    const refuse = (reason) => {
      problems.push({ problem: t("imports.refused", { name, reason }) });
      next();
    };
    if (file.size > LIMITS.fileBytes) return refuse(readFile(data, "", file.size).error);
    if (state.imports.length >= LIMITS.imports) return refuse(t("imports.tooMany", { limit: LIMITS.imports }));
    file.text().then((text) => {
      const result = readFile(data, text, file.size);
      if (result.error) return refuse(result.error);
      const same = JSON.stringify(result.assessment);
      if (state.imports.some((e) => JSON.stringify(e.assessment) === same)) return refuse(t("imports.same"));
      state.imports.push({ assessment: result.assessment, source: name, notes: result.notes });
      imported += 1;
      reports.push(t("imports.done", { name, label: label(result.assessment) }) +
        (result.notes.length ? " " + result.notes.join(" ") : "") +
        (ownFile(state.form, result.assessment) ? " " + t("imports.ownFile") : ""));
      return next();
    }, () => refuse(t("imports.unreadable")));
    return undefined;
  };
  next();
}

/** The newest sound save of this role under another ladder version: {key, version, saved}. */
function otherVersionSave(ctx) {
  const { store, data } = ctx;
  const prefix = STORAGE_PREFIX + data.role.id + ":";
  let best = null;
  for (let i = 0; i < store.length; i++) {
    const k = store.key(i);
    if (!k || k.indexOf(prefix) !== 0 || k === ctx.key) continue;
    let saved = null;
    try {
      saved = JSON.parse(store.getItem(k));
    } catch (e) { /* not ours to read */ }
    const version = k.slice(prefix.length);
    if (!isObject(saved) || !documentFromSave(data, version, saved)) continue;
    if (!best || String(saved.saved_at) > String(best.saved.saved_at)) best = { key: k, version, saved };
  }
  return best;
}

function offerOtherVersion(ctx) {
  if (!ctx.store || !formIsEmpty(ctx.state.form)) return;
  const best = otherVersionSave(ctx);
  if (!best) return;
  append(ctx.els.imports, h("p", { class: "ladder-sa-draft" },
    t("imports.otherVersion", { version: best.version }) + " ",
    h("button", { type: "button", id: "ladder-sa-bring", "data-key": best.key }, t("imports.bring"))));
}

export function bringOtherVersion(ctx, storageKey) {
  const { data, state, store } = ctx;
  if (!formIsEmpty(state.form)) {
    ctx.say("error", [{ problem: t("imports.bringNotEmpty") }]);
    return;
  }
  const prefix = STORAGE_PREFIX + data.role.id + ":";
  const version = String(storageKey).slice(prefix.length);
  let saved = null;
  try {
    saved = JSON.parse(store.getItem(storageKey));
  } catch (e) { /* reported below */ }
  const doc = String(storageKey).indexOf(prefix) === 0 ? documentFromSave(data, version, saved) : null;
  if (!doc) {
    ctx.say("error", [{ problem: t("imports.bringUnreadable") }]);
    return;
  }
  const result = mapAssessment(data, doc);
  state.form = formFrom(result.assessment, state.form.hideExpected);
  if (!isRater(saved.form.rater)) state.form.rater = "";
  (Array.isArray(saved.imports) ? saved.imports : []).forEach((entry) => {
    if (!isObject(entry) || !isObject(entry.assessment)) return;
    const read = readFile(data, JSON.stringify(entry.assessment), 0);
    if (!read.error && state.imports.length < LIMITS.imports) {
      state.imports.push({ assessment: read.assessment, source: String(entry.source || t("imports.theFile")).slice(0, LIMITS.name),
        notes: read.notes });
    }
  });
  state.companion = chooseCompanion(ctx.current(), ctx.assessments());
  ctx.fill();
  ctx.save();
  ctx.refresh();
  ctx.say("ok", [t("imports.brought", { version })].concat(result.notes));
}
