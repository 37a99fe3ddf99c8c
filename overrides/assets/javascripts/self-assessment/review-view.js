/*
 * The review on the page: what is expected, the ratings compared, the KPIs, readiness,
 * the plan and how ratings moved. Built from compare.review's plain data; marks are words
 * and symbols first, colour only repeats them.
 */

import { append, h, table } from "./dom.js";
import { levelName, plainText } from "./model.js";
import { label } from "./compare.js";
import { labelCells } from "../stack-tables.js";
import { listed, t } from "./strings.js";
import {
  actualText, checkText, differenceText, gapTexts, moveText, resultText, targetText, verdictText
} from "./words.js";

const RULE_KEYS = ["at_or_above_share", "largest_gap", "kpis_at_target", "minimum_months_in_role"];
const MARKS = { met: "\u2713 ", "not-met": "\u2717 ", unknown: "? " };

function required(data, row, requirement) {
  if (!requirement) return t("required.not");
  return row.shown ? levelName(data, requirement.required) : t("required.hidden");
}

function requiredShort(data, row, move) {
  const parts = [];
  if (row.role) parts.push(t("required.now", { level: required(data, row, row.role) }));
  if (row.target) parts.push(t("required.forTarget", { level: required(data, row, row.target), target: move.title }));
  return listed(parts);
}

function ratingCell(side) {
  return h("div", null, h("strong", null, side.name),
    side.evidence ? h("div", { class: "ladder-sa-compare__evidence" }, side.evidence) : null);
}

function differenceCell(row, view) {
  const text = differenceText(row, view);
  if (row.difference !== null && row.difference !== 0) {
    return h("span", { class: "ladder-sa-flag" }, h("strong", null, t("review.differs")), text);
  }
  return text;
}

/** Marks a table's wrapper for stacking: on a phone its rows read as cards, each cell under
 *  its column's heading (stack-tables.js copies the headings, in the page's language, into
 *  the cells' labels; handbook.css stacks only on a narrow screen, never on paper). */
function stacked(wrap) {
  wrap.classList.add("ladder-stack");
  labelCells(wrap.querySelector("table"));
  return wrap;
}

function gapCell(data, row, view) {
  const gaps = gapTexts(data, row, view);
  if (gaps.length) return h("span", { class: "ladder-sa-flag" }, h("strong", null, t("review.gap")), listed(gaps));
  if (!row.shown) return t("required.hidden");
  return row.agreed === null ? t("rating.none") : t("review.noGap");
}

function expectations(data, view) {
  const move = view.transition;
  return [
    h("h3", null, t("review.expected")),
    h("p", null, t("review.roleSummary", { role: data.role.title, summary: plainText(data.role.summary) })),
    table([t("review.competency"), t("review.requiredFor", { role: data.role.title })]
      .concat(move ? [t("review.requiredFor", { role: move.title })] : []),
    view.rows.map((row) => [row.name, required(data, row, row.role)]
      .concat(move ? [required(data, row, row.target)] : [])), "ladder-sa-table ladder-sa-expectations")
  ];
}

function comparison(data, view, me, them) {
  const move = view.transition;
  const head = [t("review.competency"), t("review.required"), t("review.thisFormColumn", { label: me })];
  if (view.companion) head.push(t("review.importedColumn", { label: them }), t("review.difference"));
  head.push(t("review.gapColumn"));
  const body = view.rows.map((row) => {
    const cells = [row.name, requiredShort(data, row, move), ratingCell(row.a)];
    if (view.companion) cells.push(ratingCell(row.b), differenceCell(row, view));
    cells.push(gapCell(data, row, view));
    return cells;
  });
  const compared = table(head, body, "ladder-sa-table ladder-sa-compare");
  view.rows.forEach((row, index) => {
    const tr = compared.querySelector("tbody").rows[index];
    tr.setAttribute("data-competency", row.id);
    if (row.b && row.difference !== null && row.difference !== 0) tr.classList.add("ladder-sa-differs");
    if ((row.gap > 0 || row.targetGap > 0) && row.shown) tr.classList.add("ladder-sa-has-gap");
  });
  stacked(compared); // on a phone: one card per competency
  const marked = view.rows.some((row) => (row.b && row.difference) || ((row.gap > 0 || row.targetGap > 0) && row.shown));
  return [h("h3", null, t(view.companion ? "review.compared" : "review.ratings")), compared,
    marked ? h("p", { class: "ladder-sa-legend" },
      h("span", { class: "ladder-sa-legend__swatch", "aria-hidden": "true" }), t("review.legend")) : null];
}

function kpiTable(data, view) {
  if (!view.kpis.length) return null;
  const head = [t("review.kpi"), t("review.target"), t("review.thisForm")]
    .concat(view.companion ? [t("review.imported")] : []).concat([t("review.result")]);
  return stacked(table(head, view.kpis.map((k) => {
    const result = k.result;
    const mark = result.atTarget === true ? "\u2713 " : result.atTarget === false ? "\u2717 " : "";
    return [k.kpi.name, targetText(data, k.kpi), actualText(data, k.kpi, k.a.entry)]
      .concat(view.companion ? [actualText(data, k.kpi, k.b.entry)] : [])
      .concat([mark + resultText(data, k.kpi, result)]);
  }), "ladder-sa-table ladder-sa-kpi-compare")); // on a phone: one card per KPI
}

function readinessSection(data, view) {
  const move = view.transition;
  const section = h("section", { class: "ladder-sa-readiness", id: "ladder-sa-readiness" });
  if (!move || !view.readiness) {
    append(section, h("h3", null, t("review.readiness")));
    append(section, h("p", null, data.transitions.length ? t("review.chooseTarget")
      : t("review.noMove", { role: data.role.title })));
    return section;
  }
  const verdict = view.readiness.verdict;
  const symbol = verdict === "ready" ? "\u2713 " : verdict === "not-ready" ? "\u2717 " : "? ";
  const sameRule = RULE_KEYS.every((k) => move.readiness[k] === data.readiness_default[k]);
  append(section, h("h3", null, t("review.readinessFor", { target: move.title })));
  append(section, h("p", { class: "ladder-sa-verdict ladder-sa-verdict--" + verdict, "data-verdict": verdict },
    h("strong", null, symbol + t("review.verdict", { verdict: verdictText(view.readiness, move.title) }))));
  append(section, h("p", null, t(sameRule ? "review.ruleDefault" : "review.rule") +
    t(view.twoRaters ? "review.ruleLower" : "review.ruleEnd")));
  append(section, h("ul", { class: "ladder-sa-checks" }, view.readiness.checks.map((check) => {
    const words = checkText(check, data, move);
    return h("li", { class: "ladder-sa-check ladder-sa-check--" + check.state, "data-rule": check.rule },
      h("strong", null, MARKS[check.state] + t("punctuation.label", { label: words.mark }) + " "), words.text + ".");
  })));
  return section;
}

function planSection(view) {
  return [
    h("h3", null, t("review.plan")),
    h("p", null, t("review.planIntro")),
    view.plan.map((stage, index) => h("div", { class: "ladder-sa-stage", "data-stage": stage.id },
      h("h4", null, (index + 1) + ". " + stage.name),
      h("p", null, plainText(stage.summary) + " " + t(stage.announced ? "review.announced" : "review.notAnnounced")),
      h("ul", null, stage.items.map((item) => h("li", null, item)))))
  ];
}

function historySection(view) {
  if (!view.history) return null;
  const arrows = { up: "\u25b2 ", down: "\u25bc ", same: "= " };
  return [
    h("h3", null, t("review.history")),
    stacked(table([t("review.competency")].concat(view.history.columns.map((c) => c.label)),
      view.history.rows.map((row) => [row.name].concat(row.cells.map((cell) =>
        (arrows[cell.change] || "") + cell.name + moveText(cell)))), "ladder-sa-table ladder-sa-history"))
  ];
}

/** Replaces the review box's content with the review of `view`. */
export function renderReview(ctx, view) {
  const { data } = ctx;
  const box = ctx.els.review;
  box.textContent = "";
  box.hidden = false;
  const me = label(view.current) || t("review.thisForm");
  const them = view.companion ? label(view.companion) : null;
  append(box, h("h2", { id: "ladder-sa-review-heading" }, t("review.heading")));
  append(box, h("p", null, !view.companion ? t("review.alone")
    : t("review.sideBySide", { me, them }) + " " + t(view.twoRaters ? "review.lowerCounts" : "review.sameRater")));
  append(box, expectations(data, view));
  append(box, comparison(data, view, me, them));
  append(box, kpiTable(data, view));
  append(box, readinessSection(data, view));
  append(box, planSection(view));
  append(box, historySection(view));
}
