/*
 * The self-assessment page's interactive layer: plain JavaScript, no library, no network.
 *
 * The page is a complete printable form without this script (progressive enhancement).
 * The script adds what paper cannot do: it saves every answer in this browser (keyed by role
 * and ladder version, so a reload loses nothing), shows what a chosen target role requires,
 * exports the answers as JSON (the format of generator/assessment.py, with a published JSON
 * Schema) and as a Markdown summary, imports other files (the manager's, or earlier cycles)
 * and compares them: side by side per competency, with a readiness verdict against the
 * move's readiness rule, a suggested plan in the handbook's four stages, and how each
 * rating moved over time. Nothing leaves the browser.
 *
 * Sections:
 *   1. Limits and names of the file format.
 *   2. Logic: pure functions over plain data (no DOM), exposed as
 *      window.LadderSelfAssessment.logic for the tests.
 *   3. The page: reading and filling the form, rendering the review, saving, files.
 *   4. Start: through Material's document$ (instant navigation replaces the page without
 *      a reload) when present, else on DOMContentLoaded; never twice on the same form.
 *
 * Every text from the ladder or from an imported file reaches the page through textContent
 * (or createTextNode), never as HTML.
 */
(function () {
  "use strict";

  // Instant navigation re-runs this file on every visit to a self-assessment page: the
  // first run defines everything, later runs only start the page that is now shown.
  if (window.LadderSelfAssessment) {
    window.LadderSelfAssessment.start();
    return;
  }

  // 1. Limits and names ---------------------------------------------------------------------
  var FORMAT = "ladder-assessment";
  var FORMAT_VERSION = 1;
  var MAX_FILE_BYTES = 1024 * 1024;
  var MAX_TEXT = 20000;
  var MAX_NAME = 200;
  var MAX_ITEMS = 500;
  var MAX_IMPORTS = 20;
  var STORAGE_PREFIX = "ladder-self-assessment:v1:";
  var ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;
  var ID_MAX = 64;
  var DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
  var FIELDS = [
    "$schema", "format", "format_version", "ladder_version", "role", "role_title",
    "target_role", "rater", "name", "date", "months_in_role", "ratings", "evidence",
    "kpi_actuals", "summary"
  ];
  var REQUIRED = ["format", "format_version", "ladder_version", "role", "rater", "date", "ratings"];
  var RATERS = { self: "Self", manager: "Manager" };
  var MOVE_KINDS = { promotion: "promotion", lateral: "lateral move", "track-change": "track change" };

  // 2. Logic ---------------------------------------------------------------------------------
  function has(object, key) {
    return Object.prototype.hasOwnProperty.call(object, key);
  }

  function isObject(value) {
    return value !== null && typeof value === "object" && !Array.isArray(value);
  }

  function length(text) {
    return Array.from(text).length; // code points, as JSON Schema counts them
  }

  /** Prose from the YAML without its inline Markdown marks: the page shows it as text. */
  function plainText(text) {
    return String(text === null || text === undefined ? "" : text)
      .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, "$2")
      .replace(/\*(?=\S)([^*]*?\S)\*/g, "$1")
      .replace(/(^|[^\w])_(?=\S)([^_]*?\S)_(?!\w)/g, "$1$2")
      .replace(/`+([^`]*)`+/g, "$1")
      .replace(/\\([\\`*_{}[\]()#+\-.!|])/g, "$1")
      .replace(/\s+/g, " ")
      .trim();
  }

  var scales = new WeakMap();

  /** Ranks of proficiency levels (1 = lowest) and, per rating, its place and rank. */
  function scaleOf(data) {
    var known = scales.get(data);
    if (known) return known;
    var levels = {};
    data.proficiency_scale.forEach(function (level) {
      levels[level.id] = level;
    });
    var ratings = {};
    data.rating_scale.forEach(function (rating, index) {
      var level = rating.proficiency ? levels[rating.proficiency] : null;
      ratings[rating.id] = { index: index, name: rating.name, rank: level ? level.rank : 0 };
    });
    known = { levels: levels, ratings: ratings };
    scales.set(data, known);
    return known;
  }

  /** The proficiency rank a rating stands for: 0 for "no evidence", null if unknown. */
  function rankOf(data, ratingId) {
    var rating = scaleOf(data).ratings[ratingId];
    return rating ? rating.rank : null;
  }

  function ratingName(data, ratingId) {
    var rating = scaleOf(data).ratings[ratingId];
    return rating ? rating.name : "not rated";
  }

  function levelName(data, levelId) {
    var level = scaleOf(data).levels[levelId];
    return level ? level.name : levelId;
  }

  /** A number typed the way people write results: "92", "92%", "EUR 150,000", "4.2 / 5".
   *  null when empty, NaN when it is not a number. */
  function parseNumber(text) {
    if (typeof text === "number") return isFinite(text) ? text : NaN;
    var raw = String(text === null || text === undefined ? "" : text).trim();
    if (!raw) return null;
    var cleaned = raw.replace(/[\s,\u00a0\u202f]/g, "");
    var match = /^[^\d.+-]*([+-]?(?:\d+(?:\.\d*)?|\.\d+))(?:\/[\d.]+)?[^\d]*$/.exec(cleaned);
    return match ? Number(match[1]) : NaN;
  }

  function formatNumber(value) {
    if (Number.isInteger(value)) return value.toLocaleString("en-GB");
    return value.toLocaleString("en-GB", { maximumFractionDigits: 2 });
  }

  /** A value in a KPI's unit, as the handbook writes it: 100%, EUR 150,000, 45 days. */
  function formatMeasure(kpi, value) {
    if (value === null || value === undefined) return "";
    var number = formatNumber(value);
    switch (kpi.unit) {
      case "percent": return number + "%";
      case "currency": return ((kpi.currency ? kpi.currency + " " : "") + number).trim();
      case "days": return number + (value === 1 ? " day" : " days");
      case "ratio": return (Number.isInteger(value * 10) ? value.toFixed(1) : number) + "x";
      case "score": return kpi.scale_max !== null && kpi.scale_max !== undefined
        ? number + " / " + formatNumber(kpi.scale_max) : number;
      default: return number;
    }
  }

  /** Where a KPI's actual stands against the role's target.
   *  atTarget: true or false; null when the actual is missing; undefined when the KPI has
   *  no target at all (it then takes no part in the readiness rule). */
  function kpiResult(kpi, entry) {
    if (kpi.target === null || kpi.target === undefined) {
      if (!kpi.expectation) return { state: "no-target", atTarget: undefined };
      var met = entry ? entry.met : null;
      if (met === true) return { state: "met", atTarget: true };
      if (met === false) return { state: "not-met", atTarget: false };
      return { state: "missing", atTarget: null };
    }
    var value = entry && typeof entry.value === "number" ? entry.value : null;
    if (value === null) return { state: "missing", atTarget: null };
    var lowerIsBetter = kpi.direction === "lower-is-better";
    var reaches = function (goal) {
      return lowerIsBetter ? value <= goal : value >= goal;
    };
    if (kpi.stretch !== null && kpi.stretch !== undefined && reaches(kpi.stretch)) {
      return { state: "stretch", atTarget: true };
    }
    if (reaches(kpi.target)) return { state: "on-target", atTarget: true };
    if (kpi.threshold !== null && kpi.threshold !== undefined && !reaches(kpi.threshold)) {
      return { state: "below-threshold", atTarget: false };
    }
    return { state: "below-target", atTarget: false };
  }

  /**
   * The readiness rule of a move, checked against ratings (DESIGN.md §1 step 3).
   *   rule:         {at_or_above_share, largest_gap, kpis_at_target, minimum_months_in_role}
   *   requirements: [{id, required_rank}] of the target role
   *   ranks:        {competency id: rank}; 0 = rated below the lowest level ("no evidence"),
   *                 null or absent = not rated yet
   *   kpis:         [true | false | null] per KPI of the current role that has a target
   *                 (null = no actual yet)
   *   months:       whole months in the current role, or null when not given
   * Each check is "met", "not-met" or "unknown" (the answer depends on what is missing);
   * the verdict is "not-ready" when any check is not met, else "incomplete" when any is
   * unknown, else "ready".
   */
  function readiness(rule, requirements, ranks, kpis, months) {
    var checks = [];
    var total = requirements.length;
    var atOrAbove = 0;
    var unrated = 0;
    var largest = 0;
    var couldExceed = false;
    requirements.forEach(function (req) {
      var rank = ranks[req.id];
      if (rank === null || rank === undefined) {
        unrated += 1;
        if (req.required_rank > rule.largest_gap) couldExceed = true;
        return;
      }
      if (rank >= req.required_rank) atOrAbove += 1;
      largest = Math.max(largest, req.required_rank - rank);
    });
    // The smallest whole number of competencies that reaches the share (no float drift).
    var needed = 0;
    while (needed < total && needed * 100 < rule.at_or_above_share * total) needed += 1;
    checks.push({
      rule: "share",
      state: atOrAbove >= needed ? "met" : atOrAbove + unrated >= needed ? "unknown" : "not-met",
      atOrAbove: atOrAbove, total: total, needed: needed, unrated: unrated,
      share: rule.at_or_above_share
    });
    checks.push({
      rule: "largest-gap",
      state: largest > rule.largest_gap ? "not-met" : couldExceed ? "unknown" : "met",
      largest: largest, allowed: rule.largest_gap, unrated: unrated
    });
    if (rule.kpis_at_target) {
      var below = kpis.filter(function (k) { return k === false; }).length;
      var missing = kpis.filter(function (k) { return k === null || k === undefined; }).length;
      checks.push({
        rule: "kpis",
        state: below ? "not-met" : missing ? "unknown" : "met",
        below: below, missing: missing, total: kpis.length
      });
    }
    if (rule.minimum_months_in_role > 0) {
      var known = typeof months === "number" && isFinite(months);
      checks.push({
        rule: "months",
        state: !known ? "unknown" : months >= rule.minimum_months_in_role ? "met" : "not-met",
        months: known ? months : null, minimum: rule.minimum_months_in_role
      });
    }
    var states = checks.map(function (c) { return c.state; });
    var verdict = states.indexOf("not-met") >= 0 ? "not-ready"
      : states.indexOf("unknown") >= 0 ? "incomplete" : "ready";
    return { verdict: verdict, checks: checks };
  }

  /** Per competency, the rating that counts when two raters are compared: the lower of the
   *  two until they agree (a review settles on evidence, not on the kinder reading); the one
   *  rating when only one exists; nothing when neither rated. */
  function agreedRanks(data, ids, assessments) {
    var ranks = {};
    ids.forEach(function (id) {
      var found = assessments
        .map(function (a) { return a && a.ratings ? rankOf(data, a.ratings[id]) : null; })
        .filter(function (rank) { return rank !== null; });
      ranks[id] = found.length ? Math.min.apply(null, found) : null;
    });
    return ranks;
  }

  function label(assessment) {
    if (!assessment) return "";
    var who = RATERS[assessment.rater] || "Rater not stated";
    var when = assessment.date || "no date";
    return who + ", " + when + (assessment.name ? ", " + assessment.name : "");
  }

  /** Which imported file to compare with by default: the newest one from the other rater
   *  (the manager's for a self-assessment), else the newest one. -1 when none. */
  function chooseCompanion(current, imports) {
    var rater = current.rater || "self";
    var best = -1;
    var bestOther = -1;
    imports.forEach(function (other, index) {
      if (best < 0 || String(other.date) >= String(imports[best].date)) best = index;
      if (other.rater !== rater &&
          (bestOther < 0 || String(other.date) >= String(imports[bestOther].date))) {
        bestOther = index;
      }
    });
    return bestOther >= 0 ? bestOther : best;
  }

  /** Everything the review shows, computed from plain data: this form (`current`), the
   *  imported files, and which of them to compare with. */
  function review(data, current, imports, companionIndex, options) {
    var hideExpected = Boolean(options && options.hideExpected);
    var companion = companionIndex >= 0 && companionIndex < imports.length
      ? imports[companionIndex] : null;
    var targetId = current.target_role || (companion && companion.target_role) || null;
    var transition = null;
    data.transitions.forEach(function (t) {
      if (t.to === targetId) transition = t;
    });
    var twoRaters = Boolean(companion && companion.rater !== (current.rater || "self"));
    var counted = twoRaters ? [current, companion] : [current];

    var rows = [];
    var byId = {};
    data.competencies.forEach(function (c) {
      byId[c.id] = { id: c.id, name: c.name, role: c, target: null };
      rows.push(byId[c.id]);
    });
    if (transition) {
      transition.competencies.forEach(function (c) {
        if (!byId[c.id]) {
          byId[c.id] = { id: c.id, name: c.name, role: null, target: null };
          rows.push(byId[c.id]);
        }
        byId[c.id].target = c;
      });
    }
    var ids = rows.map(function (r) { return r.id; });
    var agreed = agreedRanks(data, ids, counted);
    var scale = scaleOf(data);
    rows.forEach(function (row) {
      row.counted = lowerRating(data, counted.map(function (a) { return a.ratings[row.id]; }));
      var a = current.ratings[row.id];
      var b = companion ? companion.ratings[row.id] : undefined;
      row.rated = Boolean(a);
      row.shown = !hideExpected || row.rated;
      row.a = { rating: a || null, name: a ? ratingName(data, a) : "not rated",
        evidence: (current.evidence && current.evidence[row.id]) || "" };
      row.b = companion ? { rating: b || null, name: b ? ratingName(data, b) : "not rated",
        evidence: (companion.evidence && companion.evidence[row.id]) || "" } : null;
      row.difference = a && b && scale.ratings[a] && scale.ratings[b]
        ? scale.ratings[b].index - scale.ratings[a].index : null;
      row.agreed = agreed[row.id];
      row.gap = row.role && row.agreed !== null ? Math.max(0, row.role.required_rank - row.agreed) : null;
      row.targetGap = row.target && row.agreed !== null
        ? Math.max(0, row.target.required_rank - row.agreed) : null;
    });

    var kpis = data.kpis.map(function (kpi) {
      var mine = current.kpi_actuals ? current.kpi_actuals[kpi.id] : undefined;
      var theirs = companion && companion.kpi_actuals ? companion.kpi_actuals[kpi.id] : undefined;
      var a = kpiResult(kpi, mine);
      var b = companion ? kpiResult(kpi, theirs) : null;
      var counts = a.state !== "missing" ? a : b && b.state !== "missing" ? b : a;
      return { kpi: kpi, a: { entry: mine || null, result: a },
        b: companion ? { entry: theirs || null, result: b } : null, result: counts };
    });

    var months = typeof current.months_in_role === "number" ? current.months_in_role
      : companion && typeof companion.months_in_role === "number" ? companion.months_in_role : null;
    var verdict = null;
    if (transition) {
      verdict = readiness(
        transition.readiness,
        transition.competencies,
        agreed,
        kpis.filter(function (k) { return k.result.atTarget !== undefined; })
          .map(function (k) { return k.result.atTarget; }),
        months
      );
    }
    var result = {
      current: current, companion: companion, twoRaters: twoRaters, transition: transition,
      rows: rows, kpis: kpis, months: months, readiness: verdict
    };
    result.plan = plan(data, result);
    result.history = history(data, rows, current, imports);
    return result;
  }

  /** The suggested plan in the handbook's four stages, from the review's gaps. */
  function plan(data, view) {
    var stages = {};
    data.plan_stages.forEach(function (stage) {
      stages[stage.id] = { id: stage.id, name: stage.name, summary: stage.summary,
        announced: stage.announced, items: [] };
    });
    var role = data.role.title;
    var move = view.transition;
    var deepen = stages.current_role.items;
    view.rows.forEach(function (row) {
      if (!row.role) return;
      if (row.agreed === null) {
        deepen.push("Rate " + row.name + " first: the plan needs a rating to work from.");
      } else if (row.gap > 0) {
        deepen.push("Deepen " + row.name + ": rated " + ratingName(data, row.counted) +
          ", " + role + " requires " + levelName(data, row.role.required) + ".");
      }
    });
    view.kpis.forEach(function (k) {
      if (k.result.atTarget === false) {
        var goal = k.kpi.target !== null && k.kpi.target !== undefined
          ? formatMeasure(k.kpi, k.kpi.target) : "the expectation";
        deepen.push("Bring " + k.kpi.name + " to target (" + goal + ").");
      }
    });
    if (!deepen.length) {
      deepen.push("Every competency is at the level " + role + " requires: keep using the " +
        "whole breadth of the role and stay a model for others.");
    }
    stageExamples(data, "current_role").forEach(function (e) { deepen.push(e); });

    var trial = stages.trial.items;
    var permanent = stages.new_responsibilities.items;
    var next = stages.new_role.items;
    if (!move) {
      var hint = data.transitions.length
        ? "Choose the role you are working towards (above) to see what this stage holds " +
          "for that move."
        : role + " has no move to another role in this ladder; grow within the role.";
      trial.push(hint);
      stageExamples(data, "trial").forEach(function (e) { trial.push(e); });
      permanent.push(hint);
      stageExamples(data, "new_responsibilities").forEach(function (e) { permanent.push(e); });
      next.push(hint);
      return orderStages(data, stages);
    }
    move.trial_activities.forEach(function (activity) {
      trial.push("Start: " + activity);
    });
    view.rows.forEach(function (row) {
      if (!row.target) return;
      if (row.agreed === null) {
        trial.push("Rate " + row.name + " to see how far it is from what " + move.title +
          " requires.");
      } else if (row.targetGap > 0) {
        trial.push("Practise " + row.name + " towards " + levelName(data, row.target.required) +
          " (now rated " + ratingName(data, row.counted) + ").");
      }
    });
    if (move.new_responsibilities.length) {
      move.new_responsibilities.forEach(function (r) { permanent.push("Take on: " + r); });
    } else {
      stageExamples(data, "new_responsibilities").forEach(function (e) { permanent.push(e); });
    }
    var time = move.typical_time;
    next.push("Move to " + move.title + " (" + (MOVE_KINDS[move.kind] || move.kind) +
      "), usually after " + monthsText(time.min_months, time.max_months) + " as " + role + ".");
    next.push("Readiness now: " + verdictText(view.readiness, move.title) + ".");
    view.rows.forEach(function (row) {
      if (row.target && !row.role) {
        next.push("New in " + move.title + ": " + row.name + (row.shown
          ? " at " + levelName(data, row.target.required) : "") + ".");
      }
    });
    return orderStages(data, stages);
  }

  /** Of several ratings (ids, some missing), the lowest known one; null when none. */
  function lowerRating(data, ratingIds) {
    var ratings = scaleOf(data).ratings;
    var lowest = null;
    ratingIds.forEach(function (id) {
      if (!id || !ratings[id]) return;
      if (lowest === null || ratings[id].rank < ratings[lowest].rank ||
          (ratings[id].rank === ratings[lowest].rank && ratings[id].index < ratings[lowest].index)) {
        lowest = id;
      }
    });
    return lowest;
  }

  function stageExamples(data, id) {
    var found = [];
    data.plan_stages.forEach(function (stage) {
      if (stage.id === id) {
        stage.examples.forEach(function (e) { found.push("For example: " + e); });
      }
    });
    return found;
  }

  function orderStages(data, stages) {
    return data.plan_stages.map(function (stage) { return stages[stage.id]; });
  }

  function monthsText(low, high) {
    if (low === high) return low + (low === 1 ? " month" : " months");
    return low + " to " + high + " months";
  }

  function verdictText(result, title) {
    if (!result) return "";
    if (result.verdict === "ready") return "ready for " + title;
    if (result.verdict === "not-ready") return "not ready yet for " + title;
    return "not enough information yet to tell";
  }

  /** Each rule check in words, as the page and the Markdown summary show it. */
  function checkText(check, data, move) {
    var mark = check.state === "met" ? "Met" : check.state === "not-met" ? "Not met" : "Not known yet";
    var text;
    if (check.rule === "share") {
      text = "At least " + check.share + "% of the competencies " + move.title +
        " requires at or above the required level: " + check.atOrAbove + " of " + check.total +
        " (" + check.needed + " needed)";
      if (check.unrated) text += ", " + check.unrated + " not rated yet";
    } else if (check.rule === "largest-gap") {
      text = "No competency more than " + check.allowed + (check.allowed === 1 ? " level" : " levels") +
        " below the required level: the largest gap is " + check.largest +
        (check.largest === 1 ? " level" : " levels");
      if (check.unrated) text += " among the rated ones";
    } else if (check.rule === "kpis") {
      text = "Every KPI of " + data.role.title + " at or above target: " +
        (check.total - check.below - check.missing) + " of " + check.total + " at target";
      if (check.below) text += ", " + check.below + " below";
      if (check.missing) text += ", " + check.missing + " without an actual result";
    } else {
      text = "At least " + check.minimum + " months as " + data.role.title + ": " +
        (check.months === null ? "months in the role not given" : check.months + " months");
    }
    return { mark: mark, text: text };
  }

  /** How each rating moved: every assessment in date order, each cell compared with the
   *  same rater's previous rating. null unless one rater has assessments from at least two
   *  dates (one self and one manager rating is a comparison, not a history). */
  function history(data, rows, current, imports) {
    var all = imports.map(function (a) { return { assessment: a, mine: false }; });
    all.push({ assessment: current, mine: true });
    var dates = {};
    all.forEach(function (entry) {
      var rater = entry.assessment.rater || "self";
      dates[rater] = dates[rater] || {};
      dates[rater][entry.assessment.date || ""] = true;
    });
    var cycles = Object.keys(dates).some(function (rater) {
      return Object.keys(dates[rater]).length >= 2;
    });
    if (!cycles) return null;
    all.sort(function (x, y) {
      var dx = String(x.assessment.date || "");
      var dy = String(y.assessment.date || "");
      if (dx !== dy) return dx < dy ? -1 : 1;
      var rx = String(x.assessment.rater);
      var ry = String(y.assessment.rater);
      return rx === ry ? Number(x.mine) - Number(y.mine) : rx === "self" ? -1 : ry === "self" ? 1 : 0;
    });
    var scale = scaleOf(data);
    var columns = all.map(function (entry) {
      return { label: label(entry.assessment) + (entry.mine ? " (this form)" : ""),
        rater: entry.assessment.rater };
    });
    var lines = rows.map(function (row) {
      var previous = {};
      var cells = all.map(function (entry) {
        var rating = entry.assessment.ratings[row.id];
        var rater = entry.assessment.rater || "self";
        var cell = { rating: rating || null, name: rating ? ratingName(data, rating) : "not rated",
          change: null, from: null };
        if (rating && scale.ratings[rating]) {
          var before = previous[rater];
          if (before) {
            var step = scale.ratings[rating].index - scale.ratings[before].index;
            cell.change = step > 0 ? "up" : step < 0 ? "down" : "same";
            cell.from = ratingName(data, before);
          }
          previous[rater] = rating;
        }
        return cell;
      });
      return { id: row.id, name: row.name, cells: cells };
    });
    return { columns: columns, rows: lines };
  }

  /** Problems with a file's shape, checked against the published schema's rules. */
  function validateShape(doc) {
    var problems = [];
    function fail(message) {
      if (problems.length < 5) problems.push(message);
    }
    function idOk(value) {
      return typeof value === "string" && value.length <= ID_MAX && ID.test(value);
    }
    function text(value, limit) {
      return typeof value === "string" && length(value) <= limit;
    }
    if (!isObject(doc)) return ["the file holds " + (Array.isArray(doc) ? "a list" : "a single value") +
      ", not an assessment"];
    Object.keys(doc).forEach(function (key) {
      if (FIELDS.indexOf(key) < 0) fail("it has a field this format does not know: \"" + key + "\"");
    });
    REQUIRED.forEach(function (key) {
      if (!has(doc, key)) fail("the field \"" + key + "\" is missing");
    });
    if (has(doc, "format") && doc.format !== FORMAT) {
      fail("\"format\" should be \"" + FORMAT + "\"");
    }
    if (has(doc, "format_version") && doc.format_version !== FORMAT_VERSION) {
      fail(typeof doc.format_version === "number" && doc.format_version > FORMAT_VERSION
        ? "it was written in a newer version of the file format (" + doc.format_version +
          "); this page reads version " + FORMAT_VERSION
        : "\"format_version\" should be " + FORMAT_VERSION);
    }
    if (has(doc, "$schema") && doc.$schema !== null && !text(doc.$schema, 2000)) {
      fail("\"$schema\" should be an address");
    }
    if (has(doc, "ladder_version") && !(text(doc.ladder_version, 100) && doc.ladder_version.length)) {
      fail("\"ladder_version\" should be a version such as \"2026.2\"");
    }
    if (has(doc, "role") && !idOk(doc.role)) fail("\"role\" should be a role id");
    if (has(doc, "role_title") && doc.role_title !== null && !text(doc.role_title, 300)) {
      fail("\"role_title\" should be text");
    }
    if (has(doc, "target_role") && doc.target_role !== null && !idOk(doc.target_role)) {
      fail("\"target_role\" should be a role id or null");
    }
    if (has(doc, "rater") && !has(RATERS, doc.rater)) {
      fail("\"rater\" should be \"self\" or \"manager\"");
    }
    if (has(doc, "name") && !text(doc.name, MAX_NAME)) {
      fail("\"name\" should be text of at most " + MAX_NAME + " characters");
    }
    if (has(doc, "date") && !validDate(doc.date)) {
      fail("\"date\" should be a date written as YYYY-MM-DD");
    }
    if (has(doc, "months_in_role") && doc.months_in_role !== null &&
        !(Number.isInteger(doc.months_in_role) && doc.months_in_role >= 0 && doc.months_in_role <= 600)) {
      fail("\"months_in_role\" should be a whole number of months from 0 to 600");
    }
    function mapping(key, check, what) {
      if (!has(doc, key)) return;
      var value = doc[key];
      if (!isObject(value)) {
        fail("\"" + key + "\" should be a mapping of ids to " + what);
        return;
      }
      var keys = Object.keys(value);
      if (keys.length > MAX_ITEMS) fail("\"" + key + "\" has more than " + MAX_ITEMS + " entries");
      keys.forEach(function (k) {
        if (!idOk(k)) fail("\"" + key + "\" has an entry whose key is not an id: \"" + k.slice(0, 80) + "\"");
        else if (!check(value[k])) fail("\"" + key + "\" has an entry for \"" + k + "\" that is not " + what);
      });
    }
    mapping("ratings", idOk, "rating ids");
    mapping("evidence", function (v) { return text(v, MAX_TEXT); },
      "text of at most " + MAX_TEXT + " characters");
    mapping("kpi_actuals", function (v) {
      if (!isObject(v)) return false;
      return Object.keys(v).every(function (k) {
        if (k === "value") return v.value === null || (typeof v.value === "number" && isFinite(v.value));
        if (k === "text") return v.text === null || text(v.text, MAX_TEXT);
        if (k === "met") return v.met === null || typeof v.met === "boolean";
        return false;
      });
    }, "a result (value, text, met)");
    if (has(doc, "summary")) {
      var summary = doc.summary;
      var good = isObject(summary) && Object.keys(summary).every(function (k) {
        return (k === "strengths" || k === "focus") && text(summary[k], MAX_TEXT);
      });
      if (!good) fail("\"summary\" should hold only \"strengths\" and \"focus\" texts");
    }
    return problems;
  }

  function validDate(value) {
    var match = typeof value === "string" ? DATE.exec(value) : null;
    if (!match) return false;
    var year = Number(match[1]);
    var month = Number(match[2]);
    var day = Number(match[3]);
    var date = new Date(Date.UTC(year, month - 1, day));
    return year >= 1 && date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 &&
      date.getUTCDate() === day;
  }

  /** A file (already of the right shape) mapped onto this page's role and ladder version.
   *  Items are found by id, or by a former id when the ladder renamed them; items that no
   *  longer exist are left out and named in the notes. {error} when the file is for
   *  another role: then nothing may change. */
  function mapAssessment(data, doc) {
    var role = data.role;
    if (doc.role !== role.id && role.former_ids.indexOf(doc.role) < 0) {
      return { error: "it is an assessment of " + (doc.role_title ? "\"" + doc.role_title + "\" (" +
        doc.role + ")" : "the role \"" + doc.role + "\"") + ", not of " + role.title +
        "; import it on that role's self-assessment page" };
    }
    var competencies = {};
    var all = data.competencies.slice();
    data.transitions.forEach(function (t) { all = all.concat(t.competencies); });
    all.forEach(function (c) { competencies[c.id] = c; });
    all.forEach(function (c) {
      (c.former_ids || []).forEach(function (old) {
        if (!competencies[old]) competencies[old] = c;
      });
    });
    var kpis = {};
    data.kpis.forEach(function (k) { kpis[k.id] = k; });
    data.kpis.forEach(function (k) {
      (k.former_ids || []).forEach(function (old) {
        if (!kpis[old]) kpis[old] = k;
      });
    });
    var scale = scaleOf(data);
    var notes = [];
    var renamed = [];
    var dropped = [];
    var unknownRatings = [];
    var mapped = {
      format: FORMAT, format_version: FORMAT_VERSION, ladder_version: doc.ladder_version,
      role: role.id, role_title: doc.role_title || null, target_role: null, rater: doc.rater,
      name: doc.name || "", date: doc.date,
      months_in_role: typeof doc.months_in_role === "number" ? doc.months_in_role : null,
      ratings: {}, evidence: {}, kpi_actuals: {},
      summary: { strengths: (doc.summary && doc.summary.strengths) || "",
        focus: (doc.summary && doc.summary.focus) || "" }
    };
    function note(list, item) {
      if (list.indexOf(item) < 0) list.push(item);
    }
    Object.keys(doc.ratings).forEach(function (id) {
      var c = competencies[id];
      if (!c) return note(dropped, "\"" + id + "\"");
      if (c.id !== id) note(renamed, "\"" + id + "\" is now " + c.name);
      if (!scale.ratings[doc.ratings[id]]) {
        return note(unknownRatings, c.name + " (\"" + doc.ratings[id] + "\")");
      }
      mapped.ratings[c.id] = doc.ratings[id];
    });
    Object.keys(doc.evidence || {}).forEach(function (id) {
      var c = competencies[id];
      if (!c) return note(dropped, "\"" + id + "\"");
      if (c.id !== id) note(renamed, "\"" + id + "\" is now " + c.name);
      if (doc.evidence[id]) mapped.evidence[c.id] = doc.evidence[id];
    });
    Object.keys(doc.kpi_actuals || {}).forEach(function (id) {
      var k = kpis[id];
      if (!k) return note(dropped, "KPI \"" + id + "\"");
      if (k.id !== id) note(renamed, "KPI \"" + id + "\" is now " + k.name);
      var entry = doc.kpi_actuals[id];
      var copy = {};
      if (typeof entry.value === "number") copy.value = entry.value;
      if (typeof entry.text === "string" && entry.text) copy.text = entry.text;
      if (typeof entry.met === "boolean") copy.met = entry.met;
      mapped.kpi_actuals[k.id] = copy;
    });
    if (doc.target_role) {
      data.transitions.forEach(function (t) {
        if (t.to === doc.target_role || (t.former_ids || []).indexOf(doc.target_role) >= 0) {
          mapped.target_role = t.to;
        }
      });
      if (!mapped.target_role) {
        notes.push("It works towards \"" + doc.target_role + "\", which is not a move from " +
          role.title + " in this version; that target was left out.");
      }
    }
    var otherVersion = doc.ladder_version !== data.ladder_version;
    if (otherVersion) {
      var count = Object.keys(mapped.ratings).length;
      notes.unshift("It was made with ladder version " + doc.ladder_version + "; this page shows " +
        "version " + data.ladder_version + ". Every item that still exists was carried over: " +
        count + (count === 1 ? " rating" : " ratings") + ".");
      var missing = data.competencies.filter(function (c) { return !mapped.ratings[c.id]; })
        .map(function (c) { return c.name; });
      if (missing.length) notes.push("Not rated in that file: " + missing.join(", ") + ".");
    }
    if (doc.role !== role.id) notes.push("The role was called \"" + doc.role + "\" then.");
    if (renamed.length) notes.push("Renamed since: " + renamed.join("; ") + ".");
    if (dropped.length) {
      notes.push("No longer part of this role, left out: " + dropped.join(", ") + ".");
    }
    if (unknownRatings.length) {
      notes.push("Ratings not on this ladder's rating scale, left out: " +
        unknownRatings.join(", ") + ".");
    }
    return { error: null, assessment: mapped, notes: notes, otherVersion: otherVersion };
  }

  /** A file's text read as an assessment for this page: {error} or {assessment, notes}. */
  function readFile(data, text, size) {
    if (size > MAX_FILE_BYTES) {
      return { error: "it is " + Math.ceil(size / 1024) + " KB, larger than the limit of " +
        MAX_FILE_BYTES / 1024 + " KB; an exported assessment is a few KB" };
    }
    var doc;
    try {
      doc = JSON.parse(text);
    } catch (e) {
      return { error: "it is not a JSON file (an exported assessment ends in .json)" };
    }
    var problems = validateShape(doc);
    if (problems.length) {
      return { error: "it is not a self-assessment file of this handbook: " + problems.join("; ") };
    }
    return mapAssessment(data, doc);
  }

  /** The review as a Markdown summary (the downloadable counterpart of the page). */
  function toMarkdown(data, view) {
    var lines = [];
    var current = view.current;
    function line(text) { lines.push(text === undefined ? "" : text); }
    function escape(text) {
      return String(text).replace(/([\\`*_{}[\]<>#|])/g, "\\$1").replace(/\r?\n/g, " ");
    }
    function block(text) {
      return String(text).split(/\r?\n/).map(function (l, i) {
        return (i ? "  " : "") + escape(l);
      }).join("\n");
    }
    line("# Self-assessment: " + escape(data.role.title));
    line();
    line("- Ladder version: " + escape(data.ladder_version));
    line("- Rated by: " + (RATERS[current.rater] || "not stated") +
      (current.name ? " (" + escape(current.name) + ")" : ""));
    line("- Date: " + (current.date || "not given"));
    line("- Months in the role: " + (typeof current.months_in_role === "number"
      ? current.months_in_role : "not given"));
    line("- Working towards: " + (view.transition ? escape(view.transition.title) : "no move in view"));
    if (view.companion) line("- Compared with: " + escape(label(view.companion)));
    line();
    line("## Competencies");
    view.rows.forEach(function (row) {
      line();
      line("### " + escape(row.name));
      line();
      if (row.role) {
        line("- Required for " + escape(data.role.title) + ": " +
          (row.shown ? levelName(data, row.role.required) : "hidden until rated"));
      }
      if (row.target) {
        line("- Required for " + escape(view.transition.title) + ": " +
          (row.shown ? levelName(data, row.target.required) : "hidden until rated"));
      }
      line("- " + escape(label(current) || "This form") + ": " + escape(row.a.name));
      if (row.a.evidence) line("  - Evidence: " + block(row.a.evidence));
      if (row.b) {
        line("- " + escape(label(view.companion)) + ": " + escape(row.b.name));
        if (row.b.evidence) line("  - Evidence: " + block(row.b.evidence));
        line("- Difference: " + differenceText(row, view));
      }
      var gaps = gapTexts(data, row, view);
      if (gaps.length) line("- Gap: " + gaps.join("; "));
    });
    if (view.kpis.length) {
      line();
      line("## KPIs");
      line();
      view.kpis.forEach(function (k) {
        line("- " + escape(k.kpi.name) + ": target " + escape(targetText(k.kpi)) + "; actual " +
          escape(actualText(k.kpi, k.a.entry)) + " (" + resultText(k.a.result) + ")" +
          (k.b ? "; " + escape(label(view.companion)) + ": " + escape(actualText(k.kpi, k.b.entry)) : ""));
      });
    }
    var summary = current.summary || {};
    if (summary.strengths || summary.focus) {
      line();
      line("## Summary");
      line();
      if (summary.strengths) line("- Strengths to build on: " + block(summary.strengths));
      if (summary.focus) line("- What to work on next: " + block(summary.focus));
    }
    if (view.readiness) {
      line();
      line("## Readiness for " + escape(view.transition.title));
      line();
      line("Verdict: " + verdictText(view.readiness, view.transition.title) + ".");
      line();
      view.readiness.checks.forEach(function (check) {
        var words = checkText(check, data, view.transition);
        line("- " + words.mark + ": " + escape(words.text));
      });
    }
    line();
    line("## Suggested plan");
    view.plan.forEach(function (stage) {
      line();
      line("### " + escape(stage.name) + " (" + (stage.announced ? "announced" : "not announced") + ")");
      line();
      stage.items.forEach(function (item) { line("- " + escape(item)); });
    });
    if (view.history) {
      line();
      line("## How ratings moved");
      line();
      view.history.rows.forEach(function (row) {
        line("- " + escape(row.name) + ": " + row.cells.map(function (cell, i) {
          return escape(view.history.columns[i].label) + " " + escape(cell.name) + moveText(cell);
        }).join("; "));
      });
    }
    line();
    return lines.join("\n");
  }

  function differenceText(row, view) {
    if (!row.b) return "";
    if (row.difference === null) return "cannot compare: not rated by both";
    if (row.difference === 0) return "same rating";
    var who = RATERS[view.companion.rater] || "The other";
    var steps = Math.abs(row.difference);
    return who + " rates " + steps + (steps === 1 ? " step " : " steps ") +
      (row.difference > 0 ? "higher" : "lower");
  }

  function gapTexts(data, row, view) {
    var gaps = [];
    if (row.role && row.gap > 0 && row.shown) {
      gaps.push(row.gap + (row.gap === 1 ? " level" : " levels") + " below " +
        levelName(data, row.role.required) + " (" + data.role.title + ")");
    }
    if (row.target && row.targetGap > 0 && row.shown) {
      gaps.push(row.targetGap + (row.targetGap === 1 ? " level" : " levels") + " below " +
        levelName(data, row.target.required) + " (" + view.transition.title + ")");
    }
    return gaps;
  }

  function moveText(cell) {
    if (cell.change === "up") return " (up from " + cell.from + ")";
    if (cell.change === "down") return " (down from " + cell.from + ")";
    if (cell.change === "same") return " (unchanged)";
    return "";
  }

  function targetText(kpi) {
    if (kpi.target === null || kpi.target === undefined) {
      return kpi.expectation ? plainText(kpi.expectation) : "no fixed target";
    }
    return formatMeasure(kpi, kpi.target);
  }

  function actualText(kpi, entry) {
    if (!entry) return "not given";
    if (typeof entry.value === "number") return formatMeasure(kpi, entry.value);
    var parts = [];
    if (entry.text) parts.push(entry.text);
    if (entry.met === true) parts.push("expectation met");
    if (entry.met === false) parts.push("expectation not met");
    return parts.length ? parts.join(", ") : "not given";
  }

  function resultText(result) {
    switch (result.state) {
      case "stretch": return "stretch reached";
      case "on-target": return "at or better than target";
      case "below-target": return "below target";
      case "below-threshold": return "below the lowest acceptable result";
      case "met": return "expectation met";
      case "not-met": return "expectation not met";
      case "no-target": return "no target";
      default: return "no actual yet";
    }
  }

  // 3. The page -------------------------------------------------------------------------------
  /** An element with text children; never parses HTML. */
  function h(tag, props) {
    var node = document.createElement(tag);
    Object.keys(props || {}).forEach(function (key) {
      var value = props[key];
      if (value === null || value === undefined || value === false) return;
      if (key === "class") node.className = value;
      else if (key === "hidden") node.hidden = true;
      else node.setAttribute(key, value === true ? "" : String(value));
    });
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) {
      child.forEach(function (c) { append(node, c); });
    } else if (typeof child === "string" || typeof child === "number") {
      node.appendChild(document.createTextNode(String(child)));
    } else {
      node.appendChild(child);
    }
  }

  function today() {
    var now = new Date();
    var pad = function (n) { return (n < 10 ? "0" : "") + n; };
    return now.getFullYear() + "-" + pad(now.getMonth() + 1) + "-" + pad(now.getDate());
  }

  function emptyForm() {
    return { name: "", date: "", rater: "", target: "", months: "", hideExpected: false,
      ratings: {}, evidence: {}, kpis: {}, strengths: "", focus: "" };
  }

  function storage() {
    try {
      var probe = "ladder-self-assessment:probe";
      window.localStorage.setItem(probe, "1");
      window.localStorage.removeItem(probe);
      return window.localStorage;
    } catch (e) {
      return null;
    }
  }

  /** The interactive layer of one form. */
  function enhance(root, data) {
    var store = storage();
    var key = STORAGE_PREFIX + data.role.id + ":" + data.ladder_version;
    var state = { form: emptyForm(), imports: [], companion: -1 };
    var byId = function (id) { return root.querySelector("#" + id); };
    var messages = byId("ladder-sa-messages");
    var reviewBox = byId("ladder-sa-review");
    var targetBox = byId("ladder-sa-target-items");
    var importsBox = byId("ladder-sa-imports");
    var schemaLink = root.querySelector("a.ladder-sa-schema-link");
    var reviewTimer = null;

    // -- saving ------------------------------------------------------------------------
    function load() {
      if (!store) return;
      var saved;
      try {
        saved = JSON.parse(store.getItem(key) || "null");
      } catch (e) {
        saved = null;
      }
      if (!isObject(saved)) return;
      var form = emptyForm();
      if (isObject(saved.form)) {
        Object.keys(form).forEach(function (k) {
          if (has(saved.form, k) && typeof saved.form[k] === typeof form[k]) form[k] = saved.form[k];
        });
      }
      state.form = form;
      if (Array.isArray(saved.imports)) {
        // Only what still reads as a file of this format: a save edited by hand, or written
        // by another version of this page, never breaks the page.
        state.imports = saved.imports.filter(function (entry) {
          return isObject(entry) && !validateShape(entry.assessment).length;
        }).map(function (entry) {
          return { assessment: entry.assessment, source: String(entry.source || "a file"),
            notes: Array.isArray(entry.notes) ? entry.notes.map(String) : [] };
        });
      }
      state.companion = typeof saved.companion === "number" ? saved.companion : chooseCompanion(
        currentAssessment(false), assessments());
    }

    function save() {
      var saved = byId("ladder-sa-saved");
      if (!store) {
        saved.textContent = "This browser does not let the page save anything: export the " +
          "assessment as JSON to keep it.";
        return;
      }
      try {
        store.setItem(key, JSON.stringify({ saved_at: new Date().toISOString(), form: state.form,
          imports: state.imports, companion: state.companion }));
        saved.textContent = "Saved in this browser at " + new Date().toLocaleTimeString("en-GB") +
          " (this role, ladder version " + data.ladder_version + "). Nothing leaves the browser.";
      } catch (e) {
        saved.textContent = "Could not save in this browser (its storage is full or blocked): " +
          "export the assessment as JSON to keep it.";
      }
    }

    function assessments() {
      return state.imports.map(function (entry) { return entry.assessment; });
    }

    // -- the form ------------------------------------------------------------------------
    function visibleCompetencies() {
      var ids = data.competencies.map(function (c) { return c.id; });
      var move = currentMove();
      if (move) {
        move.competencies.forEach(function (c) {
          if (ids.indexOf(c.id) < 0) ids.push(c.id);
        });
      }
      return ids;
    }

    function currentMove() {
      var found = null;
      data.transitions.forEach(function (t) {
        if (t.to === state.form.target) found = t;
      });
      return found;
    }

    /** The form as an assessment (the export format). */
    function currentAssessment(forExport) {
      var form = state.form;
      var ratings = {};
      var evidence = {};
      visibleCompetencies().forEach(function (id) {
        if (form.ratings[id] && scaleOf(data).ratings[form.ratings[id]]) ratings[id] = form.ratings[id];
        if (form.evidence[id] && form.evidence[id].trim()) {
          evidence[id] = Array.from(form.evidence[id]).slice(0, MAX_TEXT).join("");
        }
      });
      var actuals = {};
      data.kpis.forEach(function (kpi) {
        var entry = form.kpis[kpi.id];
        if (!entry) return;
        var numeric = kpi.target !== null && kpi.target !== undefined;
        var out = {};
        if (numeric) {
          var value = parseNumber(entry.text);
          if (typeof value === "number" && !isNaN(value)) out.value = value;
        } else if (entry.text && entry.text.trim()) {
          out.text = Array.from(entry.text).slice(0, MAX_TEXT).join("");
        }
        if (!numeric && typeof entry.met === "boolean") out.met = entry.met;
        if (Object.keys(out).length) actuals[kpi.id] = out;
      });
      var months = parseNumber(form.months);
      var doc = {};
      if (forExport && schemaLink) doc.$schema = schemaLink.href;
      doc.format = FORMAT;
      doc.format_version = FORMAT_VERSION;
      doc.ladder_version = data.ladder_version;
      doc.role = data.role.id;
      doc.role_title = data.role.title;
      doc.target_role = currentMove() ? form.target : null;
      doc.rater = has(RATERS, form.rater) ? form.rater : forExport ? "self" : null;
      doc.name = Array.from(form.name.trim()).slice(0, MAX_NAME).join("");
      doc.date = form.date.trim();
      doc.months_in_role = Number.isInteger(months) && months >= 0 && months <= 600 ? months : null;
      doc.ratings = ratings;
      doc.evidence = evidence;
      doc.kpi_actuals = actuals;
      doc.summary = {
        strengths: Array.from(form.strengths).slice(0, MAX_TEXT).join(""),
        focus: Array.from(form.focus).slice(0, MAX_TEXT).join("")
      };
      return doc;
    }

    function formFrom(assessment) {
      var form = emptyForm();
      form.hideExpected = state.form.hideExpected;
      form.name = assessment.name || "";
      form.date = assessment.date || "";
      form.rater = assessment.rater || "";
      form.target = assessment.target_role || "";
      form.months = typeof assessment.months_in_role === "number" ? String(assessment.months_in_role) : "";
      form.ratings = Object.assign({}, assessment.ratings);
      form.evidence = Object.assign({}, assessment.evidence);
      Object.keys(assessment.kpi_actuals || {}).forEach(function (id) {
        var entry = assessment.kpi_actuals[id];
        form.kpis[id] = { text: typeof entry.value === "number" ? String(entry.value) : entry.text || "",
          met: typeof entry.met === "boolean" ? entry.met : null };
      });
      form.strengths = (assessment.summary && assessment.summary.strengths) || "";
      form.focus = (assessment.summary && assessment.summary.focus) || "";
      return form;
    }

    function formIsEmpty() {
      var form = state.form;
      return !form.name && !Object.keys(form.ratings).length &&
        !Object.keys(form.evidence).some(function (k) { return form.evidence[k]; }) &&
        !form.strengths && !form.focus;
    }

    /** Copies one control's value into the state; true when the control belongs to the form. */
    function read(control) {
      var form = state.form;
      var id = control.id || "";
      var holder = control.closest("[data-competency]");
      var competency = holder ? holder.getAttribute("data-competency") : null;
      if (id === "ladder-sa-name") form.name = control.value;
      else if (id === "ladder-sa-date") form.date = control.value;
      else if (id === "ladder-sa-months") form.months = control.value;
      else if (id === "ladder-sa-target") form.target = control.value;
      else if (id === "ladder-sa-hide-expected") form.hideExpected = control.checked;
      else if (id === "ladder-sa-strengths") form.strengths = control.value;
      else if (id === "ladder-sa-focus") form.focus = control.value;
      else if (control.name === "rater" && control.checked) form.rater = control.value;
      else if (control.hasAttribute("data-rating") && competency && control.checked) {
        form.ratings[competency] = control.value;
      } else if (id.indexOf("evidence-") === 0 && competency) form.evidence[competency] = control.value;
      else if (id.indexOf("actual-") === 0) {
        var kpi = control.getAttribute("data-kpi");
        form.kpis[kpi] = form.kpis[kpi] || { text: "", met: null };
        form.kpis[kpi].text = control.value;
      } else if (control.name && control.name.indexOf("met-") === 0 && control.checked) {
        var which = control.getAttribute("data-kpi");
        form.kpis[which] = form.kpis[which] || { text: "", met: null };
        form.kpis[which].met = control.value === "met";
      } else {
        return false;
      }
      return true;
    }

    /** Puts the state into every control (after loading, importing into the form, clearing). */
    function fill() {
      var form = state.form;
      var set = function (id, value) {
        var control = byId(id);
        if (control) control.value = value;
      };
      set("ladder-sa-name", form.name);
      set("ladder-sa-date", form.date);
      set("ladder-sa-months", form.months);
      set("ladder-sa-strengths", form.strengths);
      set("ladder-sa-focus", form.focus);
      var target = byId("ladder-sa-target");
      if (target) {
        target.value = form.target;
        if (target.value !== form.target) {
          form.target = "";
          target.value = "";
        }
      }
      byId("ladder-sa-hide-expected").checked = form.hideExpected;
      root.querySelectorAll("input[name='rater']").forEach(function (radio) {
        radio.checked = radio.value === form.rater;
      });
      renderTarget();
      fillCompetencies(root);
      data.kpis.forEach(function (kpi) {
        var entry = form.kpis[kpi.id] || { text: "", met: null };
        set("actual-" + kpi.id, entry.text || "");
        root.querySelectorAll("input[name='met-" + kpi.id + "']").forEach(function (radio) {
          radio.checked = entry.met !== null && (radio.value === "met") === entry.met;
        });
      });
      root.querySelectorAll("textarea").forEach(copyForPrint);
      showExpected();
      showKpiResults();
    }

    function fillCompetencies(scope) {
      var form = state.form;
      scope.querySelectorAll("fieldset.ladder-sa-rating").forEach(function (set) {
        var competency = set.getAttribute("data-competency");
        set.querySelectorAll("input[type='radio']").forEach(function (radio) {
          radio.checked = radio.value === form.ratings[competency];
        });
      });
      scope.querySelectorAll("textarea[id^='evidence-']").forEach(function (area) {
        area.value = form.evidence[area.getAttribute("data-competency")] || "";
      });
    }

    /** What the target role requires: its level and descriptor on the items both roles
     *  share, and items of their own for competencies only the target requires. */
    function renderTarget() {
      root.querySelectorAll(".ladder-sa-target-req").forEach(function (node) { node.remove(); });
      targetBox.textContent = "";
      targetBox.hidden = true;
      var move = currentMove();
      if (!move) return;
      var extra = [];
      move.competencies.forEach(function (c) {
        var item = root.querySelector(".ladder-sa-item[data-competency='" + c.id + "']:not(.ladder-sa-item--target)");
        if (item) {
          var block = h("div", { class: "ladder-sa-target-req" },
            requirementLine(c, move), descriptorList(c));
          item.insertBefore(block, item.querySelector("fieldset.ladder-sa-rating"));
        } else {
          extra.push(c);
        }
      });
      if (!extra.length) return;
      targetBox.hidden = false;
      append(targetBox, h("h3", { id: "ladder-sa-target-heading" }, "Also required for " + move.title));
      append(targetBox, h("p", null, move.title + " requires these competencies too, which " +
        data.role.title + " does not. Rate them as well:"));
      extra.forEach(function (c) {
        append(targetBox, h("div", { class: "ladder-sa-item ladder-sa-item--target",
          "data-competency": c.id, "data-target-only": "true" },
          h("h4", null, c.name),
          requirementLine(c, move),
          descriptorList(c),
          ratingFieldset(c),
          h("p", { class: "ladder-sa-evidence" },
            h("label", { for: "evidence-" + c.id }, "Why this rating: evidence for " + c.name),
            h("textarea", { id: "evidence-" + c.id, name: "evidence-" + c.id, rows: 4,
              "data-competency": c.id }))));
      });
      fillCompetencies(targetBox);
      targetBox.querySelectorAll("textarea").forEach(copyForPrint);
    }

    function requirementLine(c, move) {
      var reason = move.lower_proficiency[c.id];
      return [
        h("p", { class: "ladder-sa-expected", "data-competency": c.id },
          "Required for " + move.title + ": ", h("strong", null, levelName(data, c.required)),
          reason ? " (lower than now: " + plainText(reason) + ")" : ""),
        h("p", { class: "ladder-sa-concealed", "data-competency": c.id, hidden: true },
          "The level " + move.title + " requires is hidden until you rate this competency.")
      ];
    }

    function descriptorList(c) {
      if (!c.descriptor) return null;
      var d = c.descriptor;
      return h("ul", { class: "ladder-sa-descriptor" },
        [["What must be achieved: ", d.achieves], ["Which skills are needed: ", d.skills],
          ["What must be demonstrated: ", d.demonstrates], ["What must be known: ", d.knows]]
          .map(function (pair) {
            return h("li", null, h("strong", null, pair[0]), plainText(pair[1]));
          }));
    }

    function ratingFieldset(c) {
      return h("fieldset", { class: "ladder-sa-rating", "data-competency": c.id },
        h("legend", null, "Rating for " + c.name),
        data.rating_scale.map(function (rating) {
          return [h("label", null, h("input", { type: "radio", name: "rating-" + c.id,
            value: rating.id, id: "rating-" + c.id + "-" + rating.id, "data-rating": rating.id }),
          " " + rating.name), " "];
        }));
    }

    /** Against anchoring: with the option on, an item's required level shows only once
     *  it has a rating. */
    function showExpected() {
      var form = state.form;
      root.querySelectorAll(".ladder-sa-expected[data-competency]").forEach(function (node) {
        var competency = node.getAttribute("data-competency");
        var conceal = form.hideExpected && !form.ratings[competency];
        node.hidden = conceal;
        var note = node.nextElementSibling;
        if (note && note.classList.contains("ladder-sa-concealed")) note.hidden = !conceal;
      });
    }

    function showKpiResults() {
      data.kpis.forEach(function (kpi) {
        var status = byId("status-" + kpi.id);
        if (!status) return;
        var entry = state.form.kpis[kpi.id];
        var text = entry ? entry.text : "";
        var value = parseNumber(text);
        status.className = "ladder-sa-kpi-status";
        if (value === null) {
          status.textContent = "";
        } else if (isNaN(value)) {
          status.textContent = "Not a number: write the result as a number, such as 92";
          status.classList.add("is-invalid");
        } else {
          var result = kpiResult(kpi, { value: value });
          status.textContent = (result.atTarget ? "\u2713 " : "\u2717 ") + resultText(result) +
            " (read as " + formatMeasure(kpi, value) + ")";
          status.classList.add(result.atTarget ? "is-met" : "is-below");
        }
      });
    }

    /** Printed textareas cut their text at the box's edge: a plain copy prints instead. */
    function copyForPrint(area) {
      var copy = area.nextElementSibling;
      if (!copy || !copy.classList.contains("ladder-sa-print-copy")) {
        copy = h("div", { class: "ladder-sa-print-copy", "aria-hidden": "true" });
        area.parentNode.insertBefore(copy, area.nextSibling);
      }
      copy.textContent = area.value;
    }

    // -- the review ------------------------------------------------------------------------
    function currentView(forExport) {
      return review(data, currentAssessment(Boolean(forExport)), assessments(), state.companion,
        { hideExpected: state.form.hideExpected });
    }

    function scheduleReview() {
      if (reviewTimer !== null) window.clearTimeout(reviewTimer);
      reviewTimer = window.setTimeout(function () {
        reviewTimer = null;
        renderReview();
      }, 120);
    }

    function renderReview() {
      var view = currentView(false);
      reviewBox.textContent = "";
      reviewBox.hidden = false;
      var me = label(view.current) || "This form";
      var them = view.companion ? label(view.companion) : null;
      append(reviewBox, h("h2", { id: "ladder-sa-review-heading" }, "Review"));
      append(reviewBox, h("p", null, view.companion
        ? "This form (" + me + ") side by side with the imported file (" + them + "). " +
          (view.twoRaters ? "Where the two ratings differ, the lower one counts for gaps, " +
            "readiness and the plan until you agree." : "Both are from the same rater: " +
            "gaps, readiness and the plan follow this form.")
        : "From this form alone. Import your manager's file (or one of your own from an " +
          "earlier cycle) above to compare."));

      // Expectations summary
      append(reviewBox, h("h3", null, "What is expected"));
      append(reviewBox, h("p", null, data.role.title + ": " + plainText(data.role.summary)));
      var move = view.transition;
      append(reviewBox, table(["Competency", "Required for " + data.role.title]
        .concat(move ? ["Required for " + move.title] : []),
        view.rows.map(function (row) {
          return [row.name, required(row, row.role)].concat(move ? [required(row, row.target)] : []);
        }), "ladder-sa-table ladder-sa-expectations"));

      // Comparison
      append(reviewBox, h("h3", null, view.companion ? "Ratings compared" : "Ratings and gaps"));
      var head = ["Competency", "Required", "This form: " + me];
      if (view.companion) head.push("Imported: " + them, "Difference");
      head.push("Gap");
      var body = view.rows.map(function (row) {
        var cells = [row.name, requiredShort(row, move), ratingCell(row.a)];
        if (view.companion) cells.push(ratingCell(row.b), differenceCell(row, view));
        cells.push(gapCell(row, view));
        return cells;
      });
      var compared = table(head, body, "ladder-sa-table ladder-sa-compare");
      view.rows.forEach(function (row, index) {
        var tr = compared.querySelector("tbody").rows[index];
        tr.setAttribute("data-competency", row.id);
        if (row.b && row.difference !== null && row.difference !== 0) tr.classList.add("ladder-sa-differs");
        if ((row.gap > 0 || row.targetGap > 0) && row.shown) tr.classList.add("ladder-sa-has-gap");
      });
      append(reviewBox, compared);

      if (view.kpis.length) {
        var kpiHead = ["KPI", "Target", "This form"].concat(view.companion ? ["Imported"] : [])
          .concat(["Result"]);
        append(reviewBox, table(kpiHead, view.kpis.map(function (k) {
          var result = k.result;
          var mark = result.atTarget === true ? "\u2713 " : result.atTarget === false ? "\u2717 " : "";
          return [k.kpi.name, targetText(k.kpi), actualText(k.kpi, k.a.entry)]
            .concat(view.companion ? [actualText(k.kpi, k.b.entry)] : [])
            .concat([mark + resultText(result)]);
        }), "ladder-sa-table ladder-sa-kpi-compare"));
      }

      // Readiness
      var ready = h("section", { class: "ladder-sa-readiness", id: "ladder-sa-readiness" });
      if (move && view.readiness) {
        var verdict = view.readiness.verdict;
        var symbol = verdict === "ready" ? "\u2713 " : verdict === "not-ready" ? "\u2717 " : "? ";
        append(ready, h("h3", null, "Readiness for " + move.title));
        append(ready, h("p", { class: "ladder-sa-verdict ladder-sa-verdict--" + verdict,
          "data-verdict": verdict }, h("strong", null, symbol + "Verdict: " +
          verdictText(view.readiness, move.title) + ".")));
        append(ready, h("p", null, "The readiness rule of this move" +
          (sameRule(move.readiness, data.readiness_default) ? " (the handbook's default)" : "") +
          ", checked one condition at a time" +
          (view.twoRaters ? ", with the lower of the two ratings counting:" : ":")));
        append(ready, h("ul", { class: "ladder-sa-checks" }, view.readiness.checks.map(function (check) {
          var words = checkText(check, data, move);
          return h("li", { class: "ladder-sa-check ladder-sa-check--" + check.state,
            "data-rule": check.rule },
          h("strong", null, (check.state === "met" ? "\u2713 " : check.state === "not-met" ? "\u2717 " : "? ") +
            words.mark + ": "), words.text + ".");
        })));
      } else {
        append(ready, h("h3", null, "Readiness"));
        append(ready, h("p", null, data.transitions.length
          ? "Choose the role you are working towards (under About this assessment) for a " +
            "readiness verdict against that move's rule."
          : data.role.title + " has no move to another role in this ladder, so there is no " +
            "readiness rule to check."));
      }
      append(reviewBox, ready);

      // Plan
      append(reviewBox, h("h3", null, "Suggested plan"));
      append(reviewBox, h("p", null, "In the handbook's four stages, from the gaps above. " +
        "Agree on it in the conversation; it is a starting point, not a decision."));
      view.plan.forEach(function (stage, index) {
        append(reviewBox, h("div", { class: "ladder-sa-stage", "data-stage": stage.id },
          h("h4", null, (index + 1) + ". " + stage.name),
          h("p", null, plainText(stage.summary) + " " +
            (stage.announced ? "Announced to others." : "Not announced to others.")),
          h("ul", null, stage.items.map(function (item) { return h("li", null, item); }))));
      });

      // History
      if (view.history) {
        append(reviewBox, h("h3", null, "How ratings moved over time"));
        append(reviewBox, table(["Competency"].concat(view.history.columns.map(function (c) {
          return c.label;
        })), view.history.rows.map(function (row) {
          return [row.name].concat(row.cells.map(function (cell) {
            var arrow = cell.change === "up" ? "\u25b2 " : cell.change === "down" ? "\u25bc " :
              cell.change === "same" ? "= " : "";
            return arrow + cell.name + moveText(cell);
          }));
        }), "ladder-sa-table ladder-sa-history"));
      }
    }

    function sameRule(a, b) {
      return ["at_or_above_share", "largest_gap", "kpis_at_target", "minimum_months_in_role"]
        .every(function (k) { return a[k] === b[k]; });
    }

    function required(row, requirement) {
      if (!requirement) return "not required";
      return row.shown ? levelName(data, requirement.required) : "hidden until rated";
    }

    function requiredShort(row, move) {
      var parts = [];
      if (row.role) parts.push(required(row, row.role) + " now");
      if (row.target) parts.push(required(row, row.target) + " for " + move.title);
      return parts.join("; ");
    }

    function ratingCell(side) {
      return h("div", null, h("strong", null, side.name),
        side.evidence ? h("div", { class: "ladder-sa-compare__evidence" }, side.evidence) : null);
    }

    function differenceCell(row, view) {
      var text = differenceText(row, view);
      if (row.difference !== null && row.difference !== 0) {
        return h("span", { class: "ladder-sa-flag" }, h("strong", null, "\u2260 Differs: "), text);
      }
      return text;
    }

    function gapCell(row, view) {
      var gaps = gapTexts(data, row, view);
      if (gaps.length) {
        return h("span", { class: "ladder-sa-flag" }, h("strong", null, "\u25bc Gap: "), gaps.join("; "));
      }
      if (!row.shown) return "hidden until rated";
      return row.agreed === null ? "not rated" : "\u2713 none";
    }

    function table(head, rows, className) {
      return h("div", { class: "ladder-sa-table-wrap" }, h("table", { class: className },
        h("thead", null, h("tr", null, head.map(function (cell) {
          return h("th", { scope: "col" }, cell);
        }))),
        h("tbody", null, rows.map(function (cells) {
          return h("tr", null, cells.map(function (cell, i) {
            return i === 0 ? h("th", { scope: "row" }, cell) : h("td", null, cell);
          }));
        }))));
    }

    // -- imported files -------------------------------------------------------------------
    function renderImports() {
      importsBox.textContent = "";
      offerOtherVersion();
      if (!state.imports.length) return;
      var choose = h("select", { id: "ladder-sa-compare", name: "compare-with" },
        h("option", { value: "-1" }, "Nothing: show this form alone"),
        state.imports.map(function (entry, index) {
          return h("option", { value: index }, label(entry.assessment) + " (" + entry.source + ")");
        }));
      choose.value = String(state.companion);
      append(importsBox, h("p", null, h("label", { for: "ladder-sa-compare" }, "Compare this form with"),
        " ", choose));
      append(importsBox, h("ul", { class: "ladder-sa-import-list", "aria-label": "Imported files" },
        state.imports.map(function (entry, index) {
          return h("li", null,
            h("strong", null, label(entry.assessment)), " from " + entry.source +
            ", ladder version " + entry.assessment.ladder_version + " ",
            h("button", { type: "button", class: "ladder-sa-remove", "data-remove": index,
              "aria-label": "Remove " + entry.source + " (" + label(entry.assessment) + ")" }, "Remove"),
            entry.notes.length ? h("ul", { class: "ladder-sa-notes" }, entry.notes.map(function (n) {
              return h("li", null, n);
            })) : null);
        })));
    }

    /** A message in the live region; lines given as {problem: text} are marked in words
     *  ("Problem:"), not by colour alone. */
    function say(kind, lines, link) {
      messages.textContent = "";
      var box = h("div", { class: "ladder-sa-message ladder-sa-message--" + kind });
      lines.forEach(function (line) {
        append(box, typeof line === "string" ? h("p", null, line)
          : h("p", { class: "ladder-sa-problem" }, h("strong", null, "Problem: "), line.problem));
      });
      if (link) append(box, h("p", null, h("a", { href: "#ladder-sa-review-heading" }, link)));
      append(messages, box);
    }

    function importFiles(files) {
      var list = Array.prototype.slice.call(files);
      var problems = [];
      var reports = [];
      var imported = 0;
      var next = function () {
        if (!list.length) {
          finish();
          return;
        }
        var file = list.shift();
        var name = String(file.name || "the file").slice(0, 200);
        var refuse = function (reason) {
          problems.push({ problem: name + " was not imported: " + reason + ". Nothing was changed." });
          next();
        };
        if (file.size > MAX_FILE_BYTES) {
          refuse(readFile(data, "", file.size).error);
          return;
        }
        if (state.imports.length >= MAX_IMPORTS) {
          refuse("the page keeps at most " + MAX_IMPORTS + " imported files; remove one first");
          return;
        }
        file.text().then(function (text) {
          var result = readFile(data, text, file.size);
          if (result.error) {
            refuse(result.error);
            return;
          }
          var same = JSON.stringify(result.assessment);
          if (state.imports.some(function (e) { return JSON.stringify(e.assessment) === same; })) {
            refuse("the same file is already imported");
            return;
          }
          state.imports.push({ assessment: result.assessment, source: name, notes: result.notes });
          imported += 1;
          reports.push("Imported " + name + ": " + label(result.assessment) + "." +
            (result.notes.length ? " " + result.notes.join(" ") : ""));
          next();
        }, function () {
          refuse("the browser could not read it");
        });
      };
      var finish = function () {
        if (imported) {
          state.companion = chooseCompanion(currentAssessment(false), assessments());
          save();
          renderImports();
          renderReview();
        }
        say(problems.length ? "error" : "ok", problems.concat(reports),
          imported ? "Go to the review" : null);
      };
      next();
    }

    /** A save from another ladder version of this role: offered, never loaded unasked. */
    function offerOtherVersion() {
      if (!store || !formIsEmpty()) return;
      var prefix = STORAGE_PREFIX + data.role.id + ":";
      var best = null;
      for (var i = 0; i < store.length; i++) {
        var k = store.key(i);
        if (!k || k.indexOf(prefix) !== 0 || k === key) continue;
        try {
          var saved = JSON.parse(store.getItem(k));
          if (isObject(saved) && isObject(saved.form) &&
              (!best || String(saved.saved_at) > String(best.saved.saved_at))) {
            best = { key: k, version: k.slice(prefix.length), saved: saved };
          }
        } catch (e) { /* not ours to read */ }
      }
      if (!best) return;
      append(importsBox, h("p", { class: "ladder-sa-draft" },
        "This browser also holds an assessment of this role saved under ladder version " +
        best.version + ". ",
        h("button", { type: "button", id: "ladder-sa-bring", "data-key": best.key },
          "Bring it into this form")));
    }

    function bringOtherVersion(storageKey) {
      if (!formIsEmpty()) {
        say("error", [{ problem: "This form already has answers; clear it first if you want " +
          "to bring in the older one. Nothing was changed." }]);
        return;
      }
      var saved;
      try {
        saved = JSON.parse(store.getItem(storageKey));
      } catch (e) {
        saved = null;
      }
      if (!isObject(saved) || !isObject(saved.form)) {
        say("error", [{ problem: "The older assessment could not be read. Nothing was changed." }]);
        return;
      }
      var version = storageKey.slice((STORAGE_PREFIX + data.role.id + ":").length);
      var old = saved.form;
      var doc = { format: FORMAT, format_version: FORMAT_VERSION, ladder_version: version,
        role: data.role.id, rater: has(RATERS, old.rater) ? old.rater : "self",
        name: String(old.name || ""), date: String(old.date || ""),
        months_in_role: Number.isInteger(parseNumber(old.months)) ? parseNumber(old.months) : null,
        target_role: old.target || null, ratings: isObject(old.ratings) ? old.ratings : {},
        evidence: isObject(old.evidence) ? old.evidence : {}, kpi_actuals: {},
        summary: { strengths: String(old.strengths || ""), focus: String(old.focus || "") } };
      Object.keys(isObject(old.kpis) ? old.kpis : {}).forEach(function (id) {
        var entry = old.kpis[id] || {};
        var value = parseNumber(entry.text);
        doc.kpi_actuals[id] = typeof value === "number" && !isNaN(value) ? { value: value }
          : { text: String(entry.text || ""), met: typeof entry.met === "boolean" ? entry.met : null };
      });
      var result = mapAssessment(data, doc);
      state.form = formFrom(result.assessment);
      if (!has(RATERS, old.rater)) state.form.rater = "";
      (Array.isArray(saved.imports) ? saved.imports : []).forEach(function (entry) {
        if (!isObject(entry) || !isObject(entry.assessment)) return;
        if (validateShape(entry.assessment).length) return;
        var mapped = mapAssessment(data, entry.assessment);
        if (!mapped.error) {
          state.imports.push({ assessment: mapped.assessment, source: String(entry.source || "file"),
            notes: mapped.notes });
        }
      });
      state.companion = chooseCompanion(currentAssessment(false), assessments());
      fill();
      save();
      renderImports();
      renderReview();
      say("ok", ["Brought in the assessment saved under ladder version " + version + "."]
        .concat(result.notes));
    }

    // -- files out ---------------------------------------------------------------------------
    function ready() {
      var form = state.form;
      if (!has(RATERS, form.rater)) {
        say("error", [{ problem: "Choose who is rating (the person in the role or their " +
          "manager) before exporting. Nothing was exported." }]);
        byId("ladder-sa-rater-self").focus();
        return false;
      }
      if (!form.date.trim()) {
        form.date = today();
        byId("ladder-sa-date").value = form.date;
        save();
      }
      if (!validDate(form.date.trim())) {
        say("error", [{ problem: "The date should be written as YYYY-MM-DD, such as " +
          today() + ". Nothing was exported." }]);
        byId("ladder-sa-date").focus();
        return false;
      }
      return true;
    }

    function fileName(extension) {
      var form = state.form;
      return "self-assessment-" + data.role.id + "-" + form.date.trim() + "-" + form.rater + "." + extension;
    }

    function download(name, text, type) {
      var url = URL.createObjectURL(new Blob([text], { type: type }));
      var link = h("a", { href: url, download: name, hidden: true });
      document.body.appendChild(link);
      link.click();
      link.remove();
      window.setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
    }

    function exportJson() {
      if (!ready()) return;
      var name = fileName("json");
      download(name, JSON.stringify(currentAssessment(true), null, 2) + "\n", "application/json");
      say("ok", ["Exported " + name + ". Send it to the other person in the review; they " +
        "import it on this page to compare."]);
    }

    function exportMarkdown() {
      if (!ready()) return;
      var name = fileName("md");
      download(name, toMarkdown(data, currentView(true)), "text/markdown");
      say("ok", ["Exported " + name + ", a summary to read or paste into review notes."]);
    }

    function clearForm() {
      if (!window.confirm("Clear every answer on this form? Imported files stay.")) return;
      var hide = state.form.hideExpected;
      state.form = emptyForm();
      state.form.hideExpected = hide;
      fill();
      save();
      renderImports();
      renderReview();
      say("ok", ["The form is empty again. Imported files are kept."]);
      byId("ladder-sa-name").focus();
    }

    // -- events ----------------------------------------------------------------------------
    function onEdit(event) {
      var control = event.target;
      if (!(control instanceof HTMLElement) || control.id === "ladder-sa-import") return;
      if (control.id === "ladder-sa-compare") {
        if (event.type !== "change") return;
        state.companion = Number(control.value);
        save();
        renderReview();
        return;
      }
      if (!read(control)) return;
      if (control.id === "ladder-sa-target") renderTarget();
      if (control.tagName === "TEXTAREA") copyForPrint(control);
      showExpected();
      showKpiResults();
      save();
      scheduleReview();
    }

    function onClick(event) {
      var button = event.target instanceof Element ? event.target.closest("button") : null;
      if (!button || !root.contains(button)) return;
      if (button.id === "ladder-sa-export-json") exportJson();
      else if (button.id === "ladder-sa-export-markdown") exportMarkdown();
      else if (button.id === "ladder-sa-clear") clearForm();
      else if (button.id === "ladder-sa-bring") bringOtherVersion(button.getAttribute("data-key"));
      else if (button.hasAttribute("data-remove")) {
        var index = Number(button.getAttribute("data-remove"));
        var removed = state.imports.splice(index, 1)[0];
        state.companion = chooseCompanion(currentAssessment(false), assessments());
        save();
        renderImports();
        renderReview();
        say("ok", ["Removed " + removed.source + " (" + label(removed.assessment) + ")."]);
        byId("ladder-sa-import").focus();
      }
    }

    // -- start -------------------------------------------------------------------------------
    root.classList.add("is-enhanced");
    byId("ladder-sa-controls").hidden = false;
    root.querySelectorAll(".ladder-sa-nojs").forEach(function (node) { node.hidden = true; });
    root.querySelectorAll(".ladder-sa-expected[data-competency]").forEach(function (node) {
      var note = h("p", { class: "ladder-sa-concealed", "data-competency": node.getAttribute("data-competency"),
        hidden: true }, "The required level is hidden until you rate this competency.");
      node.parentNode.insertBefore(note, node.nextSibling);
    });
    load();
    fill();
    if (state.companion < -1 || state.companion >= state.imports.length) {
      state.companion = chooseCompanion(currentAssessment(false), assessments());
    }
    renderImports();
    renderReview();
    if (!store) save();
    root.addEventListener("input", onEdit);
    root.addEventListener("change", onEdit);
    root.addEventListener("click", onClick);
    byId("ladder-sa-import").addEventListener("change", function (event) {
      var input = event.target;
      if (input.files && input.files.length) importFiles(input.files);
      input.value = "";
    });
  }

  // 4. Start -----------------------------------------------------------------------------------
  function start() {
    var root = document.getElementById("ladder-self-assessment");
    var source = document.getElementById("ladder-role-data");
    if (!root || !source || root.getAttribute("data-ladder-enhanced") === "true") return;
    var data;
    try {
      // An attribute, not a JSON <script>: instant navigation re-creates scripts without
      // their attributes (see RoleData in generator/pages.py).
      data = JSON.parse(source.getAttribute("data-role-data"));
    } catch (e) {
      return; // the printable form still works
    }
    root.setAttribute("data-ladder-enhanced", "true");
    enhance(root, data);
  }

  window.LadderSelfAssessment = {
    start: start,
    logic: {
      limits: { maxFileBytes: MAX_FILE_BYTES, maxText: MAX_TEXT, maxImports: MAX_IMPORTS },
      plainText: plainText,
      parseNumber: parseNumber,
      formatMeasure: formatMeasure,
      kpiResult: kpiResult,
      readiness: readiness,
      agreedRanks: agreedRanks,
      chooseCompanion: chooseCompanion,
      review: review,
      plan: plan,
      history: history,
      validateShape: validateShape,
      validDate: validDate,
      mapAssessment: mapAssessment,
      readFile: readFile,
      toMarkdown: toMarkdown
    }
  };

  if (window.document$ && typeof window.document$.subscribe === "function") {
    window.document$.subscribe(start);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
