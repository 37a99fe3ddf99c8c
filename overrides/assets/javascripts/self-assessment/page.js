/*
 * The page's controls: one form made interactive. Holds the page's context (`ctx`: the
 * elements, the role's data, the state, the storage), saves on every edit, renders the
 * review, exports files, and answers the buttons. The other *-view.js modules draw their
 * part of the page from the same context.
 */

import { append, h } from "./dom.js";
import { has, isObject } from "./model.js";
import { assessmentOf, readDocument } from "./files.js";
import { chooseCompanion, label, review } from "./compare.js";
import { toMarkdown } from "./markdown.js";
import { LIMITS, isRater, validDate } from "./shape.js";
import {
  browserStorage, damagedKey, emptyForm, emptyState, formFrom, formIsEmpty, hasRatings, readSaved,
  storageKey, switchRater, writeSaved
} from "./state.js";
import { t, useStrings } from "./strings.js";
import {
  announceTarget, copyForPrint, fill, readControl, renderTarget, showExpected, showFieldProblems,
  showKpiResults
} from "./form-view.js";
import { parseMonths } from "./actuals.js";
import { bringOtherVersion, importFiles, renderImports } from "./imports-view.js";
import { renderReview } from "./review-view.js";
import { LINK_LIMIT, MAIL_LIMIT, browserCodec, readFragment, shareFragment } from "./share.js";

function today() {
  const now = new Date();
  const pad = (n) => (n < 10 ? "0" : "") + n;
  return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
}

function download(name, text, type) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = h("a", { href: url, download: name, hidden: true });
  document.body.appendChild(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 60000);
}

function context(root, data) {
  const byId = (id) => root.querySelector("#" + id);
  const schemaLink = root.querySelector("a.ladder-sa-schema-link");
  const ctx = {
    root, data, byId,
    store: browserStorage(window),
    key: storageKey(data),
    state: emptyState(),
    els: {
      messages: byId("ladder-sa-messages"), review: byId("ladder-sa-review"),
      targetBox: byId("ladder-sa-target-items"), imports: byId("ladder-sa-imports"),
      saved: byId("ladder-sa-saved")
    },
    schemaUrl: schemaLink ? schemaLink.href : null,
    reviewTimer: null
  };
  ctx.assessments = () => ctx.state.imports.map((entry) => entry.assessment);
  ctx.current = (forExport) => assessmentOf(data, ctx.state.form,
    { forExport: Boolean(forExport), schema: ctx.schemaUrl });
  ctx.view = (forExport) => review(data, ctx.current(forExport), ctx.assessments(), ctx.state.companion,
    { hideExpected: ctx.state.form.hideExpected });
  ctx.save = () => save(ctx);
  ctx.fill = () => fill(ctx);
  ctx.say = (kind, lines, link) => say(ctx, kind, lines, link);
  ctx.refresh = () => {
    renderImports(ctx);
    renderReview(ctx, ctx.view(false));
  };
  return ctx;
}

/** A message in the live region; lines given as {problem: text} are marked in words
 *  ("Problem:"), not by colour alone. */
function say(ctx, kind, lines, link) {
  const box = h("div", { class: "ladder-sa-message ladder-sa-message--" + kind });
  lines.forEach((line) => {
    append(box, typeof line === "string" ? h("p", null, line)
      : h("p", { class: "ladder-sa-problem" }, h("strong", null, t("message.problem")), line.problem));
  });
  if (link) append(box, h("p", null, h("a", { href: "#ladder-sa-review-heading" }, link)));
  ctx.els.messages.textContent = "";
  append(ctx.els.messages, box);
}

function save(ctx) {
  const saved = ctx.els.saved;
  if (!ctx.store) {
    saved.textContent = t("saved.noStorage");
    return;
  }
  try {
    ctx.store.setItem(ctx.key, writeSaved(ctx.state, new Date()));
    saved.textContent = t("saved.at", { time: new Date().toLocaleTimeString(ctx.data.wording.locale), version: ctx.data.ladder_version });
  } catch (e) {
    saved.textContent = t("saved.failed");
  }
}

/** What this browser saved for the form; a damaged save is set aside and reported. */
function load(ctx) {
  if (!ctx.store) return null;
  let text = null;
  try {
    text = ctx.store.getItem(ctx.key);
  } catch (e) {
    return null;
  }
  const read = readSaved(ctx.data, text);
  if (read.state) {
    ctx.state = read.state;
    if (ctx.state.companion === null) ctx.state.companion = chooseCompanion(ctx.current(), ctx.assessments());
    return null;
  }
  let kept = true;
  try {
    ctx.store.setItem(damagedKey(ctx.data), text);
    ctx.store.removeItem(ctx.key);
  } catch (e) {
    kept = false;
  }
  ctx.state = emptyState();
  return { problem: t(kept ? "saved.damaged" : "saved.damagedNotKept", { reason: read.damaged, key: damagedKey(ctx.data) }) };
}

function readyToExport(ctx) {
  const form = ctx.state.form;
  if (!isRater(form.rater)) {
    ctx.say("error", [{ problem: t("export.needsRater") }]);
    ctx.byId("ladder-sa-rater-self").focus();
    return false;
  }
  if (!form.date.trim()) {
    form.date = today();
    ctx.byId("ladder-sa-date").value = form.date;
    save(ctx);
  }
  if (!validDate(form.date.trim())) {
    ctx.say("error", [{ problem: t("export.badDate", { today: today() }) }]);
    ctx.byId("ladder-sa-date").focus();
    return false;
  }
  if (parseMonths(form.months, LIMITS.months).problem) {
    ctx.say("error", [{ problem: t("export.badMonths", { limit: LIMITS.months }) }]);
    ctx.byId("ladder-sa-months").focus();
    return false;
  }
  return true;
}

function fileName(ctx, extension) {
  const form = ctx.state.form;
  return "self-assessment-" + ctx.data.role.id + "-" + form.date.trim() + "-" + form.rater + "." + extension;
}

function exportJson(ctx) {
  if (!readyToExport(ctx)) return;
  const name = fileName(ctx, "json");
  download(name, JSON.stringify(ctx.current(true), null, 2) + "\n", "application/json");
  ctx.say("ok", [t("export.json", { name })]);
}

function exportMarkdown(ctx) {
  if (!readyToExport(ctx)) return;
  const name = fileName(ctx, "md");
  download(name, toMarkdown(ctx.data, ctx.view(true)), "text/markdown");
  ctx.say("ok", [t("export.markdown", { name })]);
}

/** "Copy a link": the assessment in the address's fragment, shown and copied. */
async function shareLink(ctx) {
  if (!readyToExport(ctx)) return;
  let fragment;
  try {
    fragment = await shareFragment(ctx.current(true), browserCodec.compress);
  } catch (e) {
    ctx.say("error", [{ problem: t("share.unsupported") }]);
    return;
  }
  const link = window.location.href.split("#")[0] + fragment;
  const box = ctx.byId("ladder-sa-share-box");
  const field = ctx.byId("ladder-sa-share-link");
  if (link.length > LINK_LIMIT) {
    box.hidden = true;
    ctx.say("error", [{ problem: t("share.tooLong", { length: link.length, limit: LINK_LIMIT }) }]);
    return;
  }
  field.value = link;
  box.hidden = false;
  field.select();
  let copied = false;
  try {
    await navigator.clipboard.writeText(link);
    copied = true;
  } catch (e) { /* the field below holds the link to copy by hand */ }
  const lines = [t(copied ? "share.copied" : "share.shown", { length: link.length })];
  if (link.length > MAIL_LIMIT) lines.push({ problem: t("share.long", { length: link.length, limit: MAIL_LIMIT }) });
  ctx.say(link.length > MAIL_LIMIT ? "error" : "ok", lines);
}

/** A link with an assessment opens it for comparison (never into the form), then the
 *  address is cleaned so that a reload does not open it again. */
async function openFromLink(ctx) {
  const read = await readFragment(window.location.hash, browserCodec.decompress);
  if (!read) return;
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
  const result = read.error ? { error: t("share.damaged") } : readDocument(ctx.data, read.doc);
  if (result.error) {
    ctx.say("error", [{ problem: t("share.refused", { reason: result.error }) }]);
    return;
  }
  const state = ctx.state;
  const same = JSON.stringify(result.assessment);
  if (!state.imports.some((e) => JSON.stringify(e.assessment) === same)) {
    if (state.imports.length >= LIMITS.imports) {
      ctx.say("error", [{ problem: t("share.refused", { reason: t("imports.tooMany", { limit: LIMITS.imports }) }) }]);
      return;
    }
    state.imports.push({ assessment: result.assessment, source: t("share.source"), notes: result.notes });
  }
  state.companion = state.imports.findIndex((e) => JSON.stringify(e.assessment) === same);
  save(ctx);
  ctx.refresh();
  ctx.say("ok", [t("share.opened", { label: label(result.assessment) })].concat(result.notes), t("imports.goToReview"));
}

function clearForm(ctx) {
  if (!window.confirm(t("clear.confirm"))) return;
  const hide = ctx.state.form.hideExpected;
  ctx.state.form = emptyForm();
  ctx.state.form.hideExpected = hide;
  fill(ctx);
  save(ctx);
  ctx.refresh();
  ctx.say("ok", [t("clear.done")]);
  ctx.byId("ladder-sa-name").focus();
}

function removeImport(ctx, index) {
  const state = ctx.state;
  if (!Number.isInteger(index) || index < 0 || index >= state.imports.length) return;
  const removed = state.imports.splice(index, 1)[0];
  state.companion = chooseCompanion(ctx.current(), ctx.assessments());
  save(ctx);
  ctx.refresh();
  ctx.say("ok", [t("imports.removed", { source: removed.source, label: label(removed.assessment) })]);
  ctx.byId("ladder-sa-import").focus();
}

function scheduleReview(ctx) {
  if (ctx.reviewTimer !== null) window.clearTimeout(ctx.reviewTimer);
  ctx.reviewTimer = window.setTimeout(() => {
    ctx.reviewTimer = null;
    renderReview(ctx, ctx.view(false));
  }, 120);
}

function onEdit(ctx, event) {
  const control = event.target;
  if (!(control instanceof HTMLElement) || control.id === "ladder-sa-import") return;
  if (control.id === "ladder-sa-compare") {
    if (event.type !== "change") return;
    ctx.state.companion = Number(control.value);
    save(ctx);
    renderReview(ctx, ctx.view(false));
    return;
  }
  if (control.name === "rater" && control.checked && !changeRater(ctx, control)) return;
  if (!readControl(ctx, control)) return;
  if (control.id === "ladder-sa-target") announceTarget(ctx, renderTarget(ctx));
  if (control.tagName === "TEXTAREA") copyForPrint(control);
  showExpected(ctx);
  showKpiResults(ctx);
  showFieldProblems(ctx);
  save(ctx);
  scheduleReview(ctx);
}

/** Who is rating changes: with answers on the form, only when the person agrees, and each
 *  rater's answers stay theirs (kept aside, back when switching back). False when the
 *  switch was declined or is done already. */
function changeRater(ctx, radio) {
  const form = ctx.state.form;
  const to = radio.value;
  if (!isRater(form.rater) || form.rater === to || !hasRatings(form)) return true;
  const from = t("who." + form.rater);
  if (!window.confirm(t("rater.switchConfirm", { from, to: t("who." + to) }))) {
    ctx.root.querySelectorAll("input[name='rater']").forEach((r) => { r.checked = r.value === form.rater; });
    return false;
  }
  ctx.state.form = switchRater(form, to);
  fill(ctx);
  save(ctx);
  ctx.refresh();
  ctx.say("ok", [t("rater.switched", { from, to: t("who." + to) })]);
  return false;
}

/** An imported file by the same rater as this form (one's own export) goes into the form. */
function loadImport(ctx, index) {
  const state = ctx.state;
  if (!Number.isInteger(index) || index < 0 || index >= state.imports.length) return;
  if (!formIsEmpty(state.form) && !window.confirm(t("imports.loadConfirm"))) return;
  const entry = state.imports.splice(index, 1)[0];
  state.form = formFrom(entry.assessment, state.form.hideExpected);
  state.companion = chooseCompanion(ctx.current(), ctx.assessments());
  fill(ctx);
  save(ctx);
  ctx.refresh();
  ctx.say("ok", [t("imports.loaded", { source: entry.source })]);
  ctx.byId("ladder-sa-name").focus();
}

function onClick(ctx, event) {
  const button = event.target instanceof Element ? event.target.closest("button") : null;
  if (!button || !ctx.root.contains(button)) return;
  if (button.id === "ladder-sa-export-json") exportJson(ctx);
  else if (button.id === "ladder-sa-export-markdown") exportMarkdown(ctx);
  else if (button.id === "ladder-sa-clear") clearForm(ctx);
  else if (button.id === "ladder-sa-share") shareLink(ctx);
  else if (button.id === "ladder-sa-bring") bringOtherVersion(ctx, button.getAttribute("data-key"));
  else if (button.hasAttribute("data-remove")) removeImport(ctx, Number(button.getAttribute("data-remove")));
  else if (button.hasAttribute("data-load")) loadImport(ctx, Number(button.getAttribute("data-load")));
}

/** The interactive layer of one form. */
export function enhance(root, data) {
  const ctx = context(root, data);
  root.classList.add("is-enhanced");
  ctx.byId("ladder-sa-controls").hidden = false;
  root.querySelectorAll(".ladder-sa-nojs").forEach((node) => { node.hidden = true; });
  root.querySelectorAll(".ladder-sa-expected[data-competency]").forEach((node) => {
    const note = h("p", { class: "ladder-sa-concealed", "data-competency": node.getAttribute("data-competency"),
      hidden: true }, t("form.concealed"));
    node.parentNode.insertBefore(note, node.nextSibling);
  });
  const damaged = load(ctx);
  fill(ctx);
  if (ctx.state.companion < -1 || ctx.state.companion >= ctx.state.imports.length) {
    ctx.state.companion = chooseCompanion(ctx.current(), ctx.assessments());
  }
  ctx.refresh();
  if (!ctx.store) save(ctx);
  if (damaged) ctx.say("error", [damaged]);
  root.addEventListener("input", (event) => onEdit(ctx, event));
  root.addEventListener("change", (event) => onEdit(ctx, event));
  root.addEventListener("click", (event) => onClick(ctx, event));
  ctx.byId("ladder-sa-import").addEventListener("change", (event) => {
    const input = event.target;
    if (input.files && input.files.length) importFiles(ctx, input.files);
    input.value = "";
  });
  openFromLink(ctx);
  return ctx;
}

/** Starts the form on the page now shown, once; a page whose data cannot be read keeps
 *  its printable form. */
export function start() {
  const root = document.getElementById("ladder-self-assessment");
  const source = document.getElementById("ladder-role-data");
  if (!root || !source || root.getAttribute("data-ladder-enhanced") === "true") return;
  let data;
  try {
    // An attribute, not a JSON <script>: instant navigation re-creates scripts without
    // their attributes (see RoleData in generator/site/pages.py).
    data = JSON.parse(source.getAttribute("data-role-data"));
  } catch (e) {
    return;
  }
  if (!isObject(data) || !has(data, "role")) return;
  root.setAttribute("data-ladder-enhanced", "true");
  useStrings(data.strings, document.documentElement.lang, data.wording);
  try {
    enhance(root, data);
  } catch (error) {
    // A fault in the script must not leave a half-working form without a word: the
    // printable form stays, and the person is told; the console keeps the details.
    const messages = root.querySelector("#ladder-sa-messages");
    if (messages) {
      messages.textContent = "";
      append(messages, h("p", { class: "ladder-sa-problem" }, h("strong", null, t("message.problem")), t("page.failed")));
    }
    console.error(error);
  }
}
