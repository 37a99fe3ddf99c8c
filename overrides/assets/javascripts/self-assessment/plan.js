/*
 * The suggested plan in the handbook's four stages (current role in full depth, a trial,
 * new responsibilities, the new role), from a review's gaps and the move's own activities.
 * Pure functions, no DOM.
 */

import { levelName, ratingName } from "./model.js";
import { formatMeasure, formatMonths } from "./format.js";
import { t } from "./strings.js";
import { verdictText } from "./words.js";

function stageExamples(data, id) {
  const found = [];
  data.plan_stages.forEach((stage) => {
    if (stage.id === id) stage.examples.forEach((e) => found.push(t("plan.example", { text: e })));
  });
  return found;
}

/** The rating the plan works from, in words; with two raters who differ, both ratings and
 *  why the lower one counts. */
function ratingWords(data, row, view) {
  const counted = ratingName(data, row.counted);
  if (!view.twoRaters || !row.a.rating || !row.b.rating || row.a.rating === row.b.rating) return counted;
  const mine = { who: t("who." + (view.current.rater || "self")), name: row.a.name };
  const theirs = { who: t("who." + view.companion.rater), name: row.b.name };
  const [low, high] = row.counted === row.a.rating ? [mine, theirs] : [theirs, mine];
  return t("plan.twoRatings", { low: low.name, lowWho: low.who, high: high.name, highWho: high.who });
}

/** The plan: one entry per stage of data.plan_stages, each {id, name, summary, announced,
 *  items}, from `view` (see compare.review). */
export function plan(data, view) {
  const stages = new Map();
  data.plan_stages.forEach((stage) => {
    stages.set(stage.id, { id: stage.id, name: stage.name, summary: stage.summary,
      announced: stage.announced, items: [] });
  });
  const ordered = () => data.plan_stages.map((stage) => stages.get(stage.id));
  const role = data.role.title;
  const move = view.transition;
  const deepen = stages.get("current_role").items;
  const nothingRated = view.rows.every((row) => row.agreed === null);
  if (nothingRated) deepen.push(t("plan.rateAllFirst"));
  view.rows.forEach((row) => {
    if (!row.role || nothingRated) return;
    if (row.agreed === null) {
      deepen.push(t("plan.rateFirst", { name: row.name }));
    } else if (row.gap > 0) {
      deepen.push(t("plan.deepen", { name: row.name, rating: ratingWords(data, row, view),
        role, level: levelName(data, row.role.required) }));
    }
  });
  view.kpis.forEach((k) => {
    if (k.result.atTarget === false) {
      const goal = k.kpi.target !== null && k.kpi.target !== undefined
        ? formatMeasure(data.wording, k.kpi, k.kpi.target) : t("plan.theExpectation");
      deepen.push(t("plan.kpiToTarget", { name: k.kpi.name, goal }));
    }
  });
  if (!deepen.length) deepen.push(t("plan.allAtLevel", { role }));
  stageExamples(data, "current_role").forEach((e) => deepen.push(e));

  const trial = stages.get("trial").items;
  const permanent = stages.get("new_responsibilities").items;
  const next = stages.get("new_role").items;
  if (!move) {
    const hint = data.transitions.length ? t("plan.chooseTarget") : t("plan.noMove", { role });
    trial.push(hint);
    stageExamples(data, "trial").forEach((e) => trial.push(e));
    permanent.push(hint);
    stageExamples(data, "new_responsibilities").forEach((e) => permanent.push(e));
    next.push(hint);
    return ordered();
  }
  move.trial_activities.forEach((activity) => trial.push(t("plan.start", { text: activity })));
  view.rows.forEach((row) => {
    if (!row.target || nothingRated) return;
    if (row.agreed === null) {
      trial.push(t("plan.rateToSee", { name: row.name, target: move.title }));
    } else if (row.targetGap > 0) {
      trial.push(t("plan.practise", { name: row.name, level: levelName(data, row.target.required),
        rating: ratingWords(data, row, view) }));
    }
  });
  if (move.new_responsibilities.length) {
    move.new_responsibilities.forEach((r) => permanent.push(t("plan.takeOn", { text: r })));
  } else {
    stageExamples(data, "new_responsibilities").forEach((e) => permanent.push(e));
  }
  const time = move.typical_time;
  next.push(t("plan.moveTo", { target: move.title, kind: t("move." + move.kind),
    time: formatMonths(data.wording, time.min_months, time.max_months), role }));
  next.push(t("plan.readinessNow", { verdict: verdictText(view.readiness, move.title) }));
  view.rows.forEach((row) => {
    if (row.target && !row.role) {
      next.push(row.shown
        ? t("plan.newIn", { target: move.title, name: row.name, level: levelName(data, row.target.required) })
        : t("plan.newInHidden", { target: move.title, name: row.name }));
    }
  });
  return ordered();
}
