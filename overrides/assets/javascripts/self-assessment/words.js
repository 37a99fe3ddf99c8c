/*
 * The review in words, shared by the page and the Markdown summary: the verdict, each
 * readiness check, differences, gaps, KPI targets and results, and moves between cycles.
 * Pure functions, no DOM.
 */

import { isRater } from "./shape.js";
import { has, levelName, plainText } from "./model.js";
import { formatMeasure, formatPercent } from "./format.js";
import { t } from "./strings.js";

export function verdictText(result, title) {
  if (!result) return "";
  if (result.verdict === "ready") return t("verdict.ready", { target: title });
  if (result.verdict === "not-ready") return t("verdict.notReady", { target: title });
  return t("verdict.incomplete");
}

/** Each rule check in words, as the page and the Markdown summary show it: {mark, text}. */
export function checkText(check, data, move) {
  const mark = t("check." + check.state);
  let text;
  if (check.rule === "share") {
    text = t("check.share", { share: formatPercent(data.wording, check.share), target: move.title,
      count: check.atOrAbove, total: check.total, needed: check.needed });
    if (check.unrated) text += t("check.unrated", { count: check.unrated });
  } else if (check.rule === "largest-gap") {
    text = t("check.gap", { allowed: t("levels", { count: check.allowed }),
      largest: t("levels", { count: check.largest }) });
    if (check.unrated) text += t("check.amongRated");
  } else if (check.rule === "kpis") {
    text = t("check.kpis", { role: data.role.title, count: check.total - check.below - check.missing,
      total: check.total });
    if (check.below) text += t("check.kpisShort", { count: check.below });
    if (check.missing) text += t("check.kpisMissing", { count: check.missing });
  } else {
    text = t("check.months", { count: check.minimum, role: data.role.title,
      months: check.months === null ? t("check.monthsUnknown") : t("months", { count: check.months }) });
  }
  return { mark, text };
}

export function differenceText(row, view) {
  if (!row.b) return "";
  if (row.difference === null) return t("difference.unknown");
  if (row.difference === 0) return t("difference.same");
  const who = isRater(view.companion.rater) ? t("rater." + view.companion.rater) : t("difference.other");
  const steps = Math.abs(row.difference);
  return t(row.difference > 0 ? "difference.higher" : "difference.lower", { who, count: steps });
}

export function gapTexts(data, row, view) {
  const gaps = [];
  if (row.role && row.gap > 0 && row.shown) {
    gaps.push(t("gap.below", { levels: t("levels", { count: row.gap }),
      level: levelName(data, row.role.required), role: data.role.title }));
  }
  if (row.target && row.targetGap > 0 && row.shown) {
    gaps.push(t("gap.below", { levels: t("levels", { count: row.targetGap }),
      level: levelName(data, row.target.required), role: view.transition.title }));
  }
  return gaps;
}

export function moveText(cell) {
  if (cell.change === "up") return t("history.up", { from: cell.from });
  if (cell.change === "down") return t("history.down", { from: cell.from });
  if (cell.change === "same") return t("history.same");
  return "";
}

export function targetText(data, kpi) {
  if (kpi.target === null || kpi.target === undefined) {
    return kpi.expectation ? plainText(kpi.expectation) : t("kpi.noTarget");
  }
  return formatMeasure(data.wording, kpi, kpi.target);
}

export function actualText(data, kpi, entry) {
  if (!entry) return t("kpi.notGiven");
  if (typeof entry.value === "number") return formatMeasure(data.wording, kpi, entry.value);
  const parts = [];
  if (entry.text) parts.push(entry.text);
  if (entry.met === true) parts.push(t("kpi.met"));
  if (entry.met === false) parts.push(t("kpi.notMet"));
  return parts.length ? parts.join(", ") : t("kpi.notGiven");
}

/** Where a result stands, in the KPI's direction: a worse result on a lower-is-better KPI
 *  is "above target", never "below target". */
export function resultText(data, kpi, result) {
  const lower = kpi.direction === "lower-is-better";
  const targets = data.wording.targets;
  switch (result.state) {
    case "stretch": return t("kpi.stretch");
    case "on-target": return t("kpi.atTarget");
    case "below-target": return t(lower ? "kpi.aboveTarget" : "kpi.belowTarget");
    case "below-threshold":
      return t("kpi.shortOfThreshold", { threshold: has(targets, "threshold") ? targets.threshold : "" });
    case "met": return t("kpi.met");
    case "not-met": return t("kpi.notMet");
    case "no-target": return t("kpi.none");
    default: return t("kpi.missing");
  }
}
