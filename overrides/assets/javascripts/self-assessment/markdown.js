/*
 * The review as a Markdown summary, the downloadable counterpart of the page. Every text
 * from the ladder or a file is escaped, so it reads as text in any Markdown viewer.
 * Pure functions, no DOM.
 */

import { isRater } from "./shape.js";
import { levelName } from "./model.js";
import { label } from "./compare.js";
import { labelled, listed, t } from "./strings.js";
import {
  actualText, checkText, differenceText, gapTexts, moveText, resultText, targetText, verdictText
} from "./words.js";

/** Markdown's special characters escaped, on one line. */
export function escape(text) {
  return String(text).replace(/([\\`*_{}[\]<>#|])/g, "\\$1").replace(/\r?\n/g, " ");
}

/** A text of several lines as the continuation of a list item. */
function block(text) {
  return String(text).split(/\r?\n/).map((l, i) => (i ? "  " : "") + escape(l)).join("\n");
}

export function toMarkdown(data, view) {
  const lines = [];
  const line = (text) => lines.push(text === undefined ? "" : text);
  const item = (key, value) => line("- " + t(key, { value }));
  const current = view.current;
  const required = (row, requirement) =>
    (row.shown ? levelName(data, requirement.required) : t("required.hidden"));
  line("# " + t("md.title", { role: escape(data.role.title) }));
  line();
  item("md.version", escape(data.ladder_version));
  const rater = isRater(current.rater) ? t("rater." + current.rater) : t("md.notStated");
  // Whoever fills in a self-assessment is the person assessed; a manager names themselves.
  const raterName = current.rater_name || (current.rater === "self" ? current.name : "");
  if (current.name) item("md.person", escape(current.name));
  item("md.ratedBy", raterName ? t("md.raterNamed", { rater, name: escape(raterName) }) : rater);
  item("md.date", current.date || t("md.notGiven"));
  item("md.months", typeof current.months_in_role === "number" ? current.months_in_role : t("md.notGiven"));
  item("md.towards", view.transition ? escape(view.transition.title) : t("md.noMove"));
  if (view.companion) item("md.comparedWith", escape(label(view.companion)));
  line();
  line("## " + t("md.competencies"));
  view.rows.forEach((row) => {
    line();
    line("### " + escape(row.name));
    line();
    if (row.role) line("- " + t("md.requiredFor", { role: escape(data.role.title), level: required(row, row.role) }));
    if (row.target) {
      line("- " + t("md.requiredFor", { role: escape(view.transition.title), level: required(row, row.target) }));
    }
    line("- " + labelled(escape(label(current) || t("review.thisForm")), escape(row.a.name)));
    if (row.a.evidence) line("  - " + t("md.evidence", { text: block(row.a.evidence) }));
    if (row.b) {
      line("- " + labelled(escape(label(view.companion)), escape(row.b.name)));
      if (row.b.evidence) line("  - " + t("md.evidence", { text: block(row.b.evidence) }));
      line("- " + t("md.difference", { text: differenceText(row, view) }));
    }
    const gaps = gapTexts(data, row, view);
    if (gaps.length) line("- " + t("md.gap", { text: listed(gaps) }));
  });
  if (view.kpis.length) {
    line();
    line("## " + t("md.kpis"));
    line();
    view.kpis.forEach((k) => {
      let text = t("md.kpi", { name: escape(k.kpi.name), target: escape(targetText(data, k.kpi)),
        actual: escape(actualText(data, k.kpi, k.a.entry)), result: resultText(data, k.kpi, k.a.result) });
      if (k.b) text = listed([text, labelled(escape(label(view.companion)), escape(actualText(data, k.kpi, k.b.entry)))]);
      line("- " + text);
    });
  }
  const summary = current.summary || {};
  if (summary.strengths || summary.focus) {
    line();
    line("## " + t("md.summary"));
    line();
    if (summary.strengths) line("- " + t("md.strengths", { text: block(summary.strengths) }));
    if (summary.focus) line("- " + t("md.focus", { text: block(summary.focus) }));
  }
  if (view.readiness) {
    line();
    line("## " + t("review.readinessFor", { target: escape(view.transition.title) }));
    line();
    line(t("md.verdict", { verdict: verdictText(view.readiness, view.transition.title) }));
    line();
    view.readiness.checks.forEach((check) => {
      const words = checkText(check, data, view.transition);
      line("- " + labelled(words.mark, escape(words.text)));
    });
  }
  line();
  line("## " + t("review.plan"));
  view.plan.forEach((stage) => {
    line();
    line("### " + escape(stage.name) + " (" + t(stage.announced ? "md.announced" : "md.notAnnounced") + ")");
    line();
    stage.items.forEach((entry) => line("- " + escape(entry)));
  });
  if (view.history) {
    line();
    line("## " + t("md.history"));
    line();
    view.history.rows.forEach((row) => {
      line("- " + labelled(escape(row.name), listed(row.cells.map((cell, i) =>
        escape(view.history.columns[i].label) + " " + escape(cell.name) + moveText(cell)))));
    });
  }
  line();
  return lines.join("\n");
}
