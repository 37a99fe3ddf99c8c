/*
 * The form on the page: reading a control into the state, putting the state into every
 * control, the target role's requirements, the concealed levels and the KPI results
 * beside each actual. `ctx` is the page's context (see page.js).
 */

import { append, h } from "./dom.js";
import { hasLevel, levelName, own, plainText, requirementParts } from "./model.js";
import { formMove } from "./files.js";
import { formatMeasure } from "./format.js";
import { parseActual, parseMonths } from "./actuals.js";
import { LIMITS, validDate } from "./shape.js";
import { kpiResult } from "./compare.js";
import { t } from "./strings.js";
import { resultText } from "./words.js";

const FIELDS = {
  "ladder-sa-name": "name", "ladder-sa-rater-name": "raterName", "ladder-sa-date": "date", "ladder-sa-months": "months",
  "ladder-sa-target": "target", "ladder-sa-strengths": "strengths", "ladder-sa-focus": "focus"
};

function kpiEntry(form, kpi) {
  if (!own(form.kpis, kpi)) form.kpis[kpi] = { text: "", met: null };
  return form.kpis[kpi];
}

/** Copies one control's value into the state; true when the control belongs to the form. */
export function readControl(ctx, control) {
  const form = ctx.state.form;
  const id = control.id || "";
  const holder = control.closest("[data-competency]");
  const competency = holder ? holder.getAttribute("data-competency") : null;
  if (Object.prototype.hasOwnProperty.call(FIELDS, id)) form[FIELDS[id]] = control.value;
  else if (id === "ladder-sa-hide-expected") form.hideExpected = control.checked;
  else if (control.name === "rater" && control.checked) form.rater = control.value;
  else if (control.hasAttribute("data-rating") && competency && control.checked) {
    form.ratings[competency] = control.value;
  } else if (id.indexOf("evidence-") === 0 && competency) form.evidence[competency] = control.value;
  else if (id.indexOf("actual-") === 0) kpiEntry(form, control.getAttribute("data-kpi")).text = control.value;
  else if (control.name && control.name.indexOf("met-") === 0 && control.checked) {
    kpiEntry(form, control.getAttribute("data-kpi")).met = control.value === "met";
  } else {
    return false;
  }
  return true;
}

/** Puts the state into every control (after loading, importing into the form, clearing). */
export function fill(ctx) {
  const { root, data, byId } = ctx;
  const form = ctx.state.form;
  const set = (id, value) => {
    const control = byId(id);
    if (control) control.value = value;
  };
  Object.keys(FIELDS).forEach((id) => { if (id !== "ladder-sa-target") set(id, form[FIELDS[id]]); });
  const target = byId("ladder-sa-target");
  if (target) {
    target.value = form.target;
    if (target.value !== form.target) {
      form.target = "";
      target.value = "";
    }
  }
  byId("ladder-sa-hide-expected").checked = form.hideExpected;
  root.querySelectorAll("input[name='rater']").forEach((radio) => {
    radio.checked = radio.value === form.rater;
  });
  renderTarget(ctx);
  fillCompetencies(ctx, root);
  data.kpis.forEach((kpi) => {
    const entry = own(form.kpis, kpi.id) || { text: "", met: null };
    set("actual-" + kpi.id, entry.text || "");
    root.querySelectorAll("input[name='met-" + kpi.id + "']").forEach((radio) => {
      radio.checked = entry.met !== null && (radio.value === "met") === entry.met;
    });
  });
  root.querySelectorAll("textarea").forEach(copyForPrint);
  showExpected(ctx);
  showKpiResults(ctx);
  showFieldProblems(ctx);
}

function fillCompetencies(ctx, scope) {
  const form = ctx.state.form;
  scope.querySelectorAll("fieldset.ladder-sa-rating").forEach((set) => {
    const competency = set.getAttribute("data-competency");
    set.querySelectorAll("input[type='radio']").forEach((radio) => {
      radio.checked = radio.value === own(form.ratings, competency);
    });
  });
  scope.querySelectorAll("textarea[id^='evidence-']").forEach((area) => {
    area.value = own(form.evidence, area.getAttribute("data-competency")) || "";
  });
}

function requirementLine(data, c, move) {
  const reason = own(move.lower_proficiency, c.id);
  if (!hasLevel(c)) {
    return [h("p", { class: "ladder-sa-concealed", "data-competency": c.id, hidden: true },
      t("form.targetConcealed", { role: move.title }))];
  }
  return [
    h("p", { class: "ladder-sa-expected", "data-competency": c.id },
      t("form.requiredFor", { role: move.title }), h("strong", null, levelName(data, c.required)),
      reason ? t("form.lowerThanNow", { reason: plainText(reason) }) : ""),
    h("p", { class: "ladder-sa-concealed", "data-competency": c.id, hidden: true },
      t("form.targetConcealed", { role: move.title }))
  ];
}

function descriptorList(c) {
  const parts = requirementParts(c);
  if (!parts.length) return null;
  return h("ul", { class: "ladder-sa-descriptor" },
    parts.map((part) => h("li", null, part.key ? h("strong", null, t(part.key)) : "",
      plainText(part.text))));
}

function ratingFieldset(data, c) {
  return h("fieldset", { class: "ladder-sa-rating", "data-competency": c.id },
    h("legend", null, t("form.ratingFor", { name: c.name })),
    data.rating_scale.map((rating) => [h("label", null, h("input", { type: "radio",
      name: "rating-" + c.id, value: rating.id, id: "rating-" + c.id + "-" + rating.id,
      "data-rating": rating.id }), " " + rating.name), " "]));
}

/** What the target role requires: its level and descriptor on the items both roles
 *  share, and items of their own for competencies only the target requires. */
export function renderTarget(ctx) {
  const { root, data } = ctx;
  const box = ctx.els.targetBox;
  root.querySelectorAll(".ladder-sa-target-req").forEach((node) => node.remove());
  document.querySelectorAll(".ladder-sa-toc-target").forEach((node) => node.remove());
  box.textContent = "";
  box.hidden = true;
  const move = formMove(data, ctx.state.form);
  if (!move) return [];
  const extra = [];
  move.competencies.forEach((c) => {
    const item = root.querySelector(".ladder-sa-item[data-competency='" + c.id + "']:not(.ladder-sa-item--target)");
    if (item) {
      const block = h("div", { class: "ladder-sa-target-req" }, requirementLine(data, c, move), descriptorList(c));
      item.insertBefore(block, item.querySelector("fieldset.ladder-sa-rating"));
    } else {
      extra.push(c);
    }
  });
  if (!extra.length) return [];
  box.hidden = false;
  append(box, h("h3", { id: "ladder-sa-target-heading" }, t("form.alsoRequired", { role: move.title })));
  append(box, h("p", null, t("form.alsoRequiredIntro", { target: move.title, role: data.role.title })));
  extra.forEach((c) => {
    append(box, h("div", { class: "ladder-sa-item ladder-sa-item--target", "data-competency": c.id,
      "data-target-only": "true" },
    h("h4", { id: "ladder-sa-target-" + c.id }, c.name),
    requirementLine(data, c, move),
    descriptorList(c),
    ratingFieldset(data, c),
    h("p", { class: "ladder-sa-evidence" },
      h("label", { for: "evidence-" + c.id }, t("form.evidenceFor", { name: c.name })),
      h("textarea", { id: "evidence-" + c.id, name: "evidence-" + c.id, rows: 4, "data-competency": c.id }))));
  });
  fillCompetencies(ctx, box);
  box.querySelectorAll("textarea").forEach(copyForPrint);
  listInContents(move, extra);
  return extra;
}

/** The target role's own competencies in the page's table of contents, under
 *  Competencies, so they are not out of sight at the end of the form. */
function listInContents(move, extra) {
  const link = document.querySelector(".md-nav--secondary a.md-nav__link[href$='#competencies']");
  if (!link) return;
  const entry = (href, text, children) => h("li", { class: "md-nav__item" },
    h("a", { class: "md-nav__link", href }, h("span", { class: "md-ellipsis" }, text)),
    children ? h("nav", { class: "md-nav" }, h("ul", { class: "md-nav__list" }, children)) : null);
  const item = entry("#ladder-sa-target-heading", t("form.alsoRequired", { role: move.title }),
    extra.map((c) => entry("#ladder-sa-target-" + c.id, c.name)));
  item.classList.add("ladder-sa-toc-target");
  const li = link.parentNode;
  li.parentNode.insertBefore(item, li.nextSibling);
}

/** Said where the target role is chosen: what it adds to the form, with a link there. */
export function announceTarget(ctx, extra) {
  const note = ctx.byId("ladder-sa-target-note");
  if (!note) return;
  note.textContent = "";
  const move = formMove(ctx.data, ctx.state.form);
  if (!move || !extra.length) return;
  append(note, t("form.targetAdds", { target: move.title, names: extra.map((c) => c.name).join(", "),
    role: ctx.data.role.title }) + " ");
  append(note, h("a", { href: "#ladder-sa-target-heading" }, t("form.targetAddsLink", { target: move.title })));
}

/** Against anchoring: with the option on, an item's required level shows only once it has
 *  a rating. */
export function showExpected(ctx) {
  const form = ctx.state.form;
  ctx.root.querySelectorAll(".ladder-sa-expected[data-competency]").forEach((node) => {
    const conceal = form.hideExpected && !own(form.ratings, node.getAttribute("data-competency"));
    node.hidden = conceal;
    const note = node.nextElementSibling;
    if (note && note.classList.contains("ladder-sa-concealed")) note.hidden = !conceal;
  });
}

/** A field's problem in words right after it (and named by aria-describedby); none when
 *  `problem` is null. The field keeps what the person typed. */
export function markField(control, problem) {
  const id = control.id + "-problem";
  let note = control.ownerDocument.getElementById(id);
  if (!note && problem) {
    note = h("span", { class: "ladder-sa-field-problem", id });
    control.parentNode.insertBefore(note, control.nextSibling);
    const described = (control.getAttribute("aria-describedby") || "").split(" ").filter(Boolean);
    control.setAttribute("aria-describedby", described.concat([id]).join(" "));
  }
  if (note) {
    note.textContent = problem || "";
    note.hidden = !problem;
  }
  if (problem) control.setAttribute("aria-invalid", "true");
  else control.removeAttribute("aria-invalid");
}

/** The date and the months in the role, checked as they are typed. */
export function showFieldProblems(ctx) {
  const form = ctx.state.form;
  const date = ctx.byId("ladder-sa-date");
  if (date) {
    const text = form.date.trim();
    markField(date, !text || validDate(text) ? null
      : /^\d{4}-\d{2}-\d{2}$/.test(text) ? t("date.noSuchDay", { text }) : t("date.invalid"));
  }
  const months = ctx.byId("ladder-sa-months");
  if (months) {
    const read = parseMonths(form.months, LIMITS.months);
    // A number field holds "" for text it cannot read: then the browser's own value is bad.
    const bad = read.problem || (months.validity && months.validity.badInput);
    markField(months, bad ? t("months.invalid", { limit: LIMITS.months }) : null);
  }
}

export function showKpiResults(ctx) {
  const { data, byId } = ctx;
  data.kpis.forEach((kpi) => {
    const status = byId("status-" + kpi.id);
    if (!status) return;
    const entry = own(ctx.state.form.kpis, kpi.id);
    const read = parseActual(data.wording, kpi, entry ? entry.text : "");
    const input = byId("actual-" + kpi.id);
    status.className = "ladder-sa-kpi-status";
    if (read.empty) {
      status.textContent = "";
    } else if (read.problem) {
      status.textContent = read.problem;
      status.classList.add("is-invalid");
    } else {
      const result = kpiResult(kpi, { value: read.value });
      status.textContent = (result.atTarget ? "\u2713 " : "\u2717 ") + resultText(data, kpi, result) +
        t("kpi.readAs", { value: formatMeasure(data.wording, kpi, read.value) });
      status.classList.add(result.atTarget ? "is-met" : "is-below");
    }
    if (input) {
      if (read.problem) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
    }
  });
}

/** Printed textareas cut their text at the box's edge: a plain copy prints instead. */
export function copyForPrint(area) {
  let copy = area.nextElementSibling;
  if (!copy || !copy.classList.contains("ladder-sa-print-copy")) {
    copy = h("div", { class: "ladder-sa-print-copy", "aria-hidden": "true" });
    area.parentNode.insertBefore(copy, area.nextSibling);
  }
  copy.textContent = area.value;
}
