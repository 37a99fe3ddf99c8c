/*
 * Comparison and readiness: where each KPI stands against its target, the readiness rule
 * of a move checked against ratings, which rating counts when two raters differ, and the
 * review (this form side by side with an imported one, with gaps, readiness, the plan and
 * how ratings moved). Pure functions over plain data, no DOM.
 */

import { hasLevel, isRating, lowerRating, moveTo, own, rankOf, ratingName, scaleOf } from "./model.js";
import { isRater } from "./shape.js";
import { plan } from "./plan.js";
import { t } from "./strings.js";

const isSet = (value) => value !== null && value !== undefined;

/** Where a KPI's actual stands against the role's target.
 *  atTarget: true or false; null when the actual is missing; undefined when the KPI has
 *  no target at all (it then takes no part in the readiness rule). */
export function kpiResult(kpi, entry) {
  if (!isSet(kpi.target)) {
    if (!kpi.expectation) return { state: "no-target", atTarget: undefined };
    const met = entry ? entry.met : null;
    if (met === true) return { state: "met", atTarget: true };
    if (met === false) return { state: "not-met", atTarget: false };
    return { state: "missing", atTarget: null };
  }
  const value = entry && typeof entry.value === "number" ? entry.value : null;
  if (value === null) return { state: "missing", atTarget: null };
  const lowerIsBetter = kpi.direction === "lower-is-better";
  const reaches = (goal) => (lowerIsBetter ? value <= goal : value >= goal);
  if (isSet(kpi.stretch) && reaches(kpi.stretch)) return { state: "stretch", atTarget: true };
  if (reaches(kpi.target)) return { state: "on-target", atTarget: true };
  if (isSet(kpi.threshold) && !reaches(kpi.threshold)) return { state: "below-threshold", atTarget: false };
  return { state: "below-target", atTarget: false };
}

/**
 * The readiness rule of a move, checked against ratings (DESIGN.md §1 step 3).
 *   rule:         {at_or_above_share, largest_gap, kpis_at_target, minimum_months_in_role}
 *   requirements: [{id, required_rank}] of the target role
 *   ranks:        Map or object of competency id to rank; 0 = rated below the lowest level
 *                 ("no evidence"), null or absent = not rated yet
 *   kpis:         [true | false | null] per KPI of the current role that has a target
 *                 (null = no actual yet)
 *   months:       whole months in the current role, or null when not given
 * Each check is "met", "not-met" or "unknown" (the answer depends on what is missing);
 * the verdict is "not-ready" when any check is not met, else "incomplete" when any is
 * unknown, else "ready".
 */
export function readiness(rule, requirements, ranks, kpis, months) {
  const rankFor = (id) => (ranks instanceof Map ? ranks.get(id) : own(ranks, id));
  // Only requirements with a level can be at, above or below it; an unlevelled one is read
  // and discussed, not counted.
  requirements = requirements.filter((req) => typeof req.required_rank === "number");
  const checks = [];
  const total = requirements.length;
  let atOrAbove = 0;
  let unrated = 0;
  let largest = 0;
  let couldExceed = false;
  requirements.forEach((req) => {
    const rank = rankFor(req.id);
    if (!isSet(rank)) {
      unrated += 1;
      if (req.required_rank > rule.largest_gap) couldExceed = true;
      return;
    }
    if (rank >= req.required_rank) atOrAbove += 1;
    largest = Math.max(largest, req.required_rank - rank);
  });
  // The smallest whole number of competencies that reaches the share (no float drift).
  let needed = 0;
  while (needed < total && needed * 100 < rule.at_or_above_share * total) needed += 1;
  checks.push({
    rule: "share",
    state: atOrAbove >= needed ? "met" : atOrAbove + unrated >= needed ? "unknown" : "not-met",
    atOrAbove, total, needed, unrated, share: rule.at_or_above_share
  });
  checks.push({
    rule: "largest-gap",
    state: largest > rule.largest_gap ? "not-met" : couldExceed ? "unknown" : "met",
    largest, allowed: rule.largest_gap, unrated
  });
  if (rule.kpis_at_target) {
    const below = kpis.filter((k) => k === false).length;
    const missing = kpis.filter((k) => !isSet(k)).length;
    checks.push({
      rule: "kpis", state: below ? "not-met" : missing ? "unknown" : "met",
      below, missing, total: kpis.length
    });
  }
  if (rule.minimum_months_in_role > 0) {
    const known = typeof months === "number" && isFinite(months);
    checks.push({
      rule: "months",
      state: !known ? "unknown" : months >= rule.minimum_months_in_role ? "met" : "not-met",
      months: known ? months : null, minimum: rule.minimum_months_in_role
    });
  }
  const states = checks.map((c) => c.state);
  const verdict = states.indexOf("not-met") >= 0 ? "not-ready"
    : states.indexOf("unknown") >= 0 ? "incomplete" : "ready";
  return { verdict, checks };
}

/** Per competency, the rating that counts when two raters are compared: the lower of the
 *  two until they agree (a review settles on evidence, not on the kinder reading); the one
 *  rating when only one exists; nothing when neither rated. A Map from id to rank. */
export function agreedRanks(data, ids, assessments) {
  const ranks = new Map();
  ids.forEach((id) => {
    const found = assessments
      .map((a) => (a && a.ratings ? rankOf(data, own(a.ratings, id)) : null))
      .filter((rank) => rank !== null);
    ranks.set(id, found.length ? Math.min(...found) : null);
  });
  return ranks;
}

/** "Manager, 2026-06-03, Kim Ode": who rated, when, whom. */
export function label(assessment) {
  if (!assessment) return "";
  const who = isRater(assessment.rater) ? t("rater." + assessment.rater) : t("rater.unknown");
  const when = assessment.date || t("label.noDate");
  return [who, when].concat(assessment.name ? [assessment.name] : []).join(", ");
}

/** Which imported file to compare with by default: the newest one from the other rater
 *  (the manager's for a self-assessment), else the newest one. -1 when none. */
export function chooseCompanion(current, imports) {
  const rater = current.rater || "self";
  let best = -1;
  let bestOther = -1;
  imports.forEach((other, index) => {
    if (best < 0 || String(other.date) >= String(imports[best].date)) best = index;
    if (other.rater !== rater &&
        (bestOther < 0 || String(other.date) >= String(imports[bestOther].date))) {
      bestOther = index;
    }
  });
  return bestOther >= 0 ? bestOther : best;
}

function side(data, assessment, id) {
  const rating = own(assessment.ratings, id);
  return {
    rating: rating || null,
    name: rating ? ratingName(data, rating) || t("rating.none") : t("rating.none"),
    evidence: (assessment.evidence && own(assessment.evidence, id)) || ""
  };
}

/** Everything the review shows, computed from plain data: this form (`current`), the
 *  imported files, and which of them to compare with. */
export function review(data, current, imports, companionIndex, options) {
  const hideExpected = Boolean(options && options.hideExpected);
  const companion = companionIndex >= 0 && companionIndex < imports.length ? imports[companionIndex] : null;
  const transition = moveTo(data, current.target_role || (companion && companion.target_role) || null);
  const twoRaters = Boolean(companion && companion.rater !== (current.rater || "self"));
  const counted = twoRaters ? [current, companion] : [current];

  const rows = [];
  const byId = new Map();
  data.competencies.forEach((c) => {
    const row = { id: c.id, name: c.name, role: c, target: null };
    byId.set(c.id, row);
    rows.push(row);
  });
  if (transition) {
    transition.competencies.forEach((c) => {
      if (!byId.has(c.id)) {
        const row = { id: c.id, name: c.name, role: null, target: null };
        byId.set(c.id, row);
        rows.push(row);
      }
      byId.get(c.id).target = c;
    });
  }
  const agreed = agreedRanks(data, rows.map((r) => r.id), counted);
  const scale = scaleOf(data).ratings;
  rows.forEach((row) => {
    row.counted = lowerRating(data, counted.map((a) => own(a.ratings, row.id)));
    const a = own(current.ratings, row.id);
    const b = companion ? own(companion.ratings, row.id) : undefined;
    row.rated = Boolean(a);
    row.shown = !hideExpected || row.rated;
    row.a = side(data, current, row.id);
    row.b = companion ? side(data, companion, row.id) : null;
    row.difference = a && b && isRating(data, a) && isRating(data, b)
      ? scale.get(b).index - scale.get(a).index : null;
    row.agreed = agreed.get(row.id);
    row.gap = hasLevel(row.role) && row.agreed !== null
      ? Math.max(0, row.role.required_rank - row.agreed) : null;
    row.targetGap = hasLevel(row.target) && row.agreed !== null
      ? Math.max(0, row.target.required_rank - row.agreed) : null;
  });

  const kpis = data.kpis.map((kpi) => {
    const mine = current.kpi_actuals ? own(current.kpi_actuals, kpi.id) : undefined;
    const theirs = companion && companion.kpi_actuals ? own(companion.kpi_actuals, kpi.id) : undefined;
    const a = kpiResult(kpi, mine);
    const b = companion ? kpiResult(kpi, theirs) : null;
    const counts = a.state !== "missing" ? a : b && b.state !== "missing" ? b : a;
    return {
      kpi, a: { entry: mine || null, result: a },
      b: companion ? { entry: theirs || null, result: b } : null, result: counts
    };
  });

  const months = typeof current.months_in_role === "number" ? current.months_in_role
    : companion && typeof companion.months_in_role === "number" ? companion.months_in_role : null;
  const verdict = transition
    ? readiness(transition.readiness, transition.competencies, agreed,
      kpis.filter((k) => k.result.atTarget !== undefined).map((k) => k.result.atTarget), months)
    : null;
  const result = { current, companion, twoRaters, transition, rows, kpis, months, readiness: verdict };
  result.plan = plan(data, result);
  result.history = history(data, rows, current, imports);
  return result;
}

/** How each rating moved: every assessment in date order, each cell compared with the
 *  same rater's previous rating. null unless one rater has assessments from at least two
 *  dates (one self and one manager rating is a comparison, not a history). */
export function history(data, rows, current, imports) {
  const all = imports.map((assessment) => ({ assessment, mine: false }));
  all.push({ assessment: current, mine: true });
  const dates = new Map();
  all.forEach((entry) => {
    const rater = entry.assessment.rater || "self";
    if (!dates.has(rater)) dates.set(rater, new Set());
    dates.get(rater).add(entry.assessment.date || "");
  });
  if (![...dates.values()].some((days) => days.size >= 2)) return null;
  all.sort((x, y) => {
    const dx = String(x.assessment.date || "");
    const dy = String(y.assessment.date || "");
    if (dx !== dy) return dx < dy ? -1 : 1;
    const rx = String(x.assessment.rater);
    const ry = String(y.assessment.rater);
    return rx === ry ? Number(x.mine) - Number(y.mine) : rx === "self" ? -1 : ry === "self" ? 1 : 0;
  });
  const scale = scaleOf(data).ratings;
  const columns = all.map((entry) => ({
    label: label(entry.assessment) + (entry.mine ? t("history.thisForm") : ""),
    rater: entry.assessment.rater
  }));
  const lines = rows.map((row) => {
    const previous = new Map();
    const cells = all.map((entry) => {
      const rating = own(entry.assessment.ratings, row.id);
      const rater = entry.assessment.rater || "self";
      const cell = { rating: rating || null, name: rating ? ratingName(data, rating) || t("rating.none") : t("rating.none"),
        change: null, from: null };
      if (rating && scale.has(rating)) {
        const before = previous.get(rater);
        if (before) {
          const step = scale.get(rating).index - scale.get(before).index;
          cell.change = step > 0 ? "up" : step < 0 ? "down" : "same";
          cell.from = ratingName(data, before);
        }
        previous.set(rater, rating);
      }
      return cell;
    });
    return { id: row.id, name: row.name, cells };
  });
  return { columns, rows: lines };
}
