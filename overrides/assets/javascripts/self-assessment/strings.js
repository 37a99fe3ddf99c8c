/*
 * Every text the script shows or writes, in one table, and `t`, which looks one up.
 *
 * Entries are texts with {placeholders}, or {one, other} pairs chosen by the `count`
 * parameter (the plural rules of the page's language). The page's embedded JSON may carry
 * a `strings` object with the same keys (a translation): `useStrings` puts its entries in
 * place of these, key by key; keys it does not know, and values of the wrong kind, are
 * ignored. Texts from the ladder (titles, names, descriptors) are not here: they come
 * with the ladder's data. Numbers, units, months and the names of directions and target
 * numbers come with the page's `wording` data (format.js).
 */

import { fillIn, plural } from "./format.js";

export const STRINGS = Object.freeze({
  // Raters and labels
  "rater.self": "Self",
  "rater.manager": "Manager",
  "rater.unknown": "Rater not stated",
  "rater.switchConfirm": "This form holds ratings by {from}. Switch to rating as {to}? The ratings by {from} are kept for them, and come back when you switch back.",
  "rater.switched": "Now rating as {to}. The ratings by {from} are kept: choose them again under \u201cWho is rating\u201d to see them.",
  "label.noDate": "no date",
  "rating.none": "not rated",
  "move.promotion": "promotion",
  "move.lateral": "lateral move",
  "move.track-change": "track change",
  "levels": { one: "{count} level", other: "{count} levels" },
  "months": { one: "{count} month", other: "{count} months" },

  // Checking a file's shape
  "shape.list": "the file holds a list, not an assessment",
  "shape.value": "the file holds a single value, not an assessment",
  "shape.unknownField": "it has a field this format does not know: \"{key}\"",
  "shape.missing": "the field \"{key}\" is missing",
  "shape.format": "\"format\" should be \"{format}\"",
  "shape.newer": "it was written in a newer version of the file format ({found}); this page reads version {version}",
  "shape.formatVersion": "\"format_version\" should be {version}",
  "shape.schema": "\"$schema\" should be an address",
  "shape.ladderVersion": "\"ladder_version\" should be a version such as \"2026.2\"",
  "shape.role": "\"role\" should be a role id",
  "shape.roleTitle": "\"role_title\" should be text",
  "shape.targetRole": "\"target_role\" should be a role id or null",
  "shape.rater": "\"rater\" should be \"self\" or \"manager\"",
  "shape.name": "\"{key}\" should be text of at most {limit} characters",
  "shape.date": "\"date\" should be a date written as YYYY-MM-DD",
  "shape.months": "\"months_in_role\" should be a whole number of months from 0 to {limit}",
  "shape.mapping": "\"{key}\" should be a mapping of ids to {what}",
  "shape.tooMany": "\"{key}\" has more than {limit} entries",
  "shape.badKey": "\"{key}\" has an entry whose key is not an id: \"{id}\"",
  "shape.badEntry": "\"{key}\" has an entry for \"{id}\" that is not {what}",
  "shape.what.ratings": "rating ids",
  "shape.what.evidence": "text of at most {limit} characters",
  "shape.what.kpis": "a result (value, text, met)",
  "shape.summary": "\"summary\" should hold only \"strengths\" and \"focus\" texts",

  // Reading a file
  "file.tooLarge": "it is {size} KB, larger than the limit of {limit} KB; an exported assessment is a few KB",
  "file.damagedJson": "it is a damaged JSON file (cut short or edited by hand, so it no longer reads as JSON); export it again from the page it came from",
  "file.notJson": "it is not a JSON file (an exported assessment ends in .json)",
  "file.notOurs": "it is not a self-assessment file of this handbook: {problems}",
  "file.otherRoleTitled": "it is an assessment of \"{title}\" ({id}), not of {role}; import it on that role's self-assessment page",
  "file.otherRole": "it is an assessment of the role \"{id}\", not of {role}; import it on that role's self-assessment page",
  "file.item": "\"{id}\"",
  "file.kpiItem": "KPI \"{id}\"",
  "file.renamed": "\"{id}\" is now {name}",
  "file.kpiRenamed": "KPI \"{id}\" is now {name}",
  "file.unknownRating": "{name} (\"{rating}\")",
  "file.targetGone": "It works towards \"{id}\", which is not a move from {role} in this version; that target was left out.",
  "file.otherVersion": {
    one: "It was made with ladder version {then}; this page shows version {now}. Every item that still exists was carried over: {count} rating.",
    other: "It was made with ladder version {then}; this page shows version {now}. Every item that still exists was carried over: {count} ratings."
  },
  "file.notRated": "Not rated in that file: {names}.",
  "file.roleWas": "The role was called \"{id}\" then.",
  "file.renamedSince": "Renamed since: {items}.",
  "file.droppedItems": "No longer part of this role, left out: {items}.",
  "file.unknownRatings": "Ratings not on this ladder's rating scale, left out: {items}.",

  // What this browser saved
  "saved.noStorage": "This browser does not let the page save anything: export the assessment as JSON to keep it.",
  "saved.at": "Saved in this browser at {time} (this role, ladder version {version}). Nothing leaves the browser.",
  "saved.failed": "Could not save in this browser (its storage is full or blocked): export the assessment as JSON to keep it.",
  "saved.damaged": "The answers this browser had saved for this form could not be read ({reason}), so the form starts empty. The damaged copy was set aside in this browser's storage under \"{key}\", in case someone can repair it; nothing else was changed.",
  "saved.damagedNotKept": "The answers this browser had saved for this form could not be read ({reason}), so the form starts empty.",
  "saved.notJson": "it is not JSON",
  "saved.notObject": "it is not a saved form",
  "saved.noForm": "it holds no form",
  "saved.unknownField": "it has a field this page does not write: \"{key}\"",
  "saved.badField": "its \"{key}\" is not what this page writes",
  "saved.notMapping": "its \"{what}\" is not a mapping of ids",
  "saved.tooMany": "its \"{what}\" has too many entries",
  "saved.badKey": "its \"{what}\" has a key that is not an id: \"{key}\"",
  "saved.badEntry": "its \"{what}\" has an entry for \"{key}\" that this page does not write",
  "saved.badImport": "one of its imported files does not read as an assessment of this role",

  // The form
  "form.concealed": "The required level is hidden until you rate this competency.",
  "form.targetConcealed": "The level {role} requires is hidden until you rate this competency.",
  "form.requiredFor": "Required for {role}: ",
  "form.lowerThanNow": " (lower than now: {reason})",
  "form.alsoRequired": "Also required for {role}",
  "form.targetAdds": "{target} also requires {names}, which {role} does not: added to the form after the other competencies.",
  "form.targetAddsLink": "Go to what {target} also requires",
  "form.alsoRequiredIntro": "{target} requires these competencies too, which {role} does not. Rate them as well:",
  "form.ratingFor": "Rating for {name}",
  "form.evidenceFor": "Why this rating: evidence for {name}",
  "descriptor.achieves": "What must be achieved: ",
  "descriptor.skills": "Which skills are needed: ",
  "descriptor.demonstrates": "What must be demonstrated: ",
  "descriptor.knows": "What must be known: ",

  // KPIs
  "kpi.readAs": " (read as {value})",
  "kpi.stretch": "stretch reached",
  "kpi.atTarget": "at or better than target",
  "kpi.belowTarget": "below target",
  "kpi.aboveTarget": "above target",
  "kpi.shortOfThreshold": "worse than the {threshold} result",
  "kpi.met": "expectation met",
  "kpi.notMet": "expectation not met",
  "kpi.none": "no target",
  "kpi.missing": "no actual yet",
  "kpi.noTarget": "no fixed target",
  "kpi.notGiven": "not given",

  // Reading an actual result and the months in the role
  "actual.notANumber": "Not understood: write a number in this KPI's unit, such as {example}.",
  "actual.ambiguous": "\"{text}\" could be {grouped} or {decimal}; this page groups thousands with \"{separator}\", so write one of those.",
  "actual.otherUnit": "\"{word}\" is not this KPI's unit: it is measured in {unit}. Write, for example, {example}.",
  "actual.negative": "A result in {unit} cannot be below zero: write, for example, {example}.",
  "actual.outOfScale": "Above the top of this KPI's scale ({max}): write, for example, {example}.",
  "input.percent": "%|percent|per cent",
  "input.days": "days|day|d",
  "input.ratio": "x|\u00d7",
  "input.outOf": "out of {max}",
  "unit.percent": "percent",
  "unit.currency": "{currency}",
  "unit.days": "days",
  "unit.ratio": "a ratio (such as 3.0x)",
  "unit.score": "points of its scale",
  "unit.count": "a plain count",
  "unit.qualitative": "words",
  "months.invalid": "Write the months as a whole number from 0 to {limit}, such as 14.",
  "date.invalid": "Write the date as year-month-day, such as 2026-03-31.",
  "date.noSuchDay": "There is no such day: {text}. Write a real date as year-month-day, such as 2026-03-31.",

  // Messages
  "message.problem": "Problem: ",
  "page.failed": "The interactive part of this form stopped working. What you type is not saved; print the page, or reload it to try again.",
  "export.needsRater": "Choose who is rating (the person in the role or their manager) before exporting. Nothing was exported.",
  "export.badMonths": "The months in this role should be a whole number from 0 to {limit}. Nothing was exported.",
  "export.badDate": "The date should be written as YYYY-MM-DD, such as {today}. Nothing was exported.",
  "export.json": "Exported {name}. Send it to the other person in the review; they import it on this page to compare.",
  "export.markdown": "Exported {name}, a summary to read or paste into review notes.",
  "share.copied": "Link copied ({length} characters). Whoever opens it sees this assessment next to their own form; the answers travel inside the link, not through any server.",
  "share.shown": "The link is in the field below ({length} characters): copy it from there. The answers travel inside the link, not through any server.",
  "share.long": "This link is {length} characters long; some mail programs cut links longer than {limit}. If it does not open whole, send the JSON file instead (Export as JSON).",
  "share.tooLong": "A link would be {length} characters long, more than {limit}, too long to share safely. Send the JSON file instead (Export as JSON). Nothing was copied.",
  "share.unsupported": "This browser cannot compress a link. Send the JSON file instead (Export as JSON).",
  "share.damaged": "the link is damaged (cut short, or changed after it was made); ask for the link again or for the JSON file",
  "share.refused": "The assessment in this link was not opened: {reason}. Nothing was changed.",
  "share.source": "a link",
  "share.opened": "Opened the assessment in the link ({label}) to compare with this form. It was read in this browser; nothing was sent anywhere.",
  "clear.confirm": "Clear every answer on this form? Imported files stay.",
  "clear.done": "The form is empty again. Imported files are kept.",

  // Imported files
  "imports.nothing": "Nothing: show this form alone",
  "imports.option": "{label} ({source})",
  "imports.compareWith": "Compare this form with",
  "imports.listLabel": "Imported files",
  "imports.from": " from {source}, ladder version {version}",
  "imports.remove": "Remove",
  "imports.removeLabel": "Remove {source} ({label})",
  "imports.removed": "Removed {source} ({label}).",
  "imports.goToReview": "Go to the review",
  "imports.theFile": "the file",
  "imports.refused": "{name} was not imported: {reason}. Nothing was changed.",
  "imports.tooMany": "the page keeps at most {limit} imported files; remove one first",
  "imports.same": "the same file is already imported",
  "imports.unreadable": "the browser could not read it",
  "imports.done": "Imported {name}: {label}.",
  "imports.ownFile": "It is by the same rater as this form: to carry on with it, use \u201cLoad into this form\u201d in the list of imported files.",
  "imports.load": "Load into this form",
  "imports.loadLabel": "Load {source} into this form",
  "imports.loadConfirm": "Replace the answers on this form with the file's? The file's answers take their place.",
  "imports.loaded": "Loaded {source} into this form; it is no longer listed as a file to compare with.",
  "imports.otherVersion": "This browser also holds an assessment of this role saved under ladder version {version}.",
  "imports.bring": "Bring it into this form",
  "imports.bringNotEmpty": "This form already has answers; clear it first if you want to bring in the older one. Nothing was changed.",
  "imports.bringUnreadable": "The older assessment could not be read. Nothing was changed.",
  "imports.brought": "Brought in the assessment saved under ladder version {version}.",

  // The review
  "review.heading": "Review",
  "review.thisForm": "This form",
  "review.alone": "From this form alone. Import your manager's file (or one of your own from an earlier cycle) above to compare.",
  "review.sideBySide": "This form ({me}) side by side with the imported file ({them}).",
  "review.lowerCounts": "Where the two ratings differ, the lower one counts for gaps, readiness and the plan until you agree.",
  "review.sameRater": "Both are from the same rater: gaps, readiness and the plan follow this form.",
  "review.expected": "What is expected",
  "review.roleSummary": "{role}: {summary}",
  "review.competency": "Competency",
  "review.requiredFor": "Required for {role}",
  "review.required": "Required",
  "review.thisFormColumn": "This form: {label}",
  "review.importedColumn": "Imported: {label}",
  "review.difference": "Difference",
  "review.gapColumn": "Gap",
  "review.compared": "Ratings compared",
  "review.ratings": "Ratings and gaps",
  "review.differs": "\u2260 Differs: ",
  "review.gap": "\u25bc Gap: ",
  "review.noGap": "\u2713 none",
  "review.kpi": "KPI",
  "review.target": "Target",
  "review.imported": "Imported",
  "review.result": "Result",
  "review.readiness": "Readiness",
  "review.readinessFor": "Readiness for {target}",
  "review.chooseTarget": "Choose the role you are working towards (under About this assessment) for a readiness verdict against that move's rule.",
  "review.noMove": "{role} has no move to another role in this ladder, so there is no readiness rule to check.",
  "review.verdict": "Verdict: {verdict}.",
  "review.rule": "The readiness rule of this move, checked one condition at a time",
  "review.ruleDefault": "The readiness rule of this move (the handbook's default), checked one condition at a time",
  "review.ruleLower": ", with the lower of the two ratings counting:",
  "review.ruleEnd": ":",
  "review.plan": "Suggested plan",
  "review.planIntro": "In the handbook's four stages, from the gaps above. Agree on it in the conversation; it is a starting point, not a decision.",
  "review.announced": "Announced to others.",
  "review.notAnnounced": "Not announced to others.",
  "review.history": "How ratings moved over time",
  "review.legend": "Shaded rows with a bar at the left need a word in the review: \u2260 marks where the two ratings differ, \u25bc where a rating is below the required level.",
  "required.not": "not required",
  "required.hidden": "hidden until rated",
  "required.now": "{level} now",
  "required.forTarget": "{level} for {target}",

  // Readiness
  "verdict.ready": "ready for {target}",
  "verdict.notReady": "not ready yet for {target}",
  "verdict.incomplete": "not enough information yet to tell",
  "check.met": "Met",
  "check.not-met": "Not met",
  "check.unknown": "Not known yet",
  "check.share": "At least {share} of the competencies {target} requires at or above the required level: {count} of {total} ({needed} needed)",
  "check.unrated": ", {count} not rated yet",
  "check.gap": "No competency more than {allowed} below the required level: the largest gap is {largest}",
  "check.amongRated": " among the rated ones",
  "check.kpis": "Every KPI of {role} at its target or better: {count} of {total} at target",
  "check.kpisShort": ", {count} short of target",
  "check.kpisMissing": ", {count} without an actual result",
  "check.months": "At least {minimum} months as {role}: {months}",
  "check.monthsUnknown": "months in the role not given",
  "difference.unknown": "cannot compare: not rated by both",
  "difference.same": "same rating",
  "difference.other": "The other",
  "difference.higher": { one: "{who} rates {count} step higher", other: "{who} rates {count} steps higher" },
  "difference.lower": { one: "{who} rates {count} step lower", other: "{who} rates {count} steps lower" },
  "gap.below": "{levels} below {level} ({role})",
  "history.thisForm": " (this form)",
  "history.up": " (up from {from})",
  "history.down": " (down from {from})",
  "history.same": " (unchanged)",

  // The plan
  "plan.example": "For example: {text}",
  "plan.twoRatings": "{low} by {lowWho}, {high} by {highWho}; the plan follows the lower rating until you agree",
  "who.self": "the person in the role",
  "who.manager": "the manager",
  "plan.rateFirst": "Rate {name} first: the plan needs a rating to work from.",
  "plan.rateAllFirst": "Rate the competencies first: the plan needs ratings to work from.",
  "plan.deepen": "Deepen {name}: rated {rating}, {role} requires {level}.",
  "plan.theExpectation": "the expectation",
  "plan.kpiToTarget": "Bring {name} to target ({goal}).",
  "plan.allAtLevel": "Every competency is at the level {role} requires: keep using the whole breadth of the role and stay a model for others.",
  "plan.chooseTarget": "Choose the role you are working towards (above) to see what this stage holds for that move.",
  "plan.noMove": "{role} has no move to another role in this ladder; grow within the role.",
  "plan.start": "Start: {text}",
  "plan.rateToSee": "Rate {name} to see how far it is from what {target} requires.",
  "plan.practise": "Practise {name} towards {level} (now rated {rating}).",
  "plan.takeOn": "Take on: {text}",
  "plan.moveTo": "Move to {target} ({kind}), usually after {time} as {role}.",
  "plan.readinessNow": "Readiness now: {verdict}.",
  "plan.newIn": "New in {target}: {name} at {level}.",
  "plan.newInHidden": "New in {target}: {name}.",

  // The Markdown summary
  "md.title": "Self-assessment: {role}",
  "md.version": "Ladder version: {value}",
  "md.ratedBy": "Rated by: {value}",
  "md.raterNamed": "{rater} ({name})",
  "md.person": "Person assessed: {value}",
  "md.notStated": "not stated",
  "md.date": "Date: {value}",
  "md.months": "Months in the role: {value}",
  "md.notGiven": "not given",
  "md.towards": "Working towards: {value}",
  "md.noMove": "no move in view",
  "md.comparedWith": "Compared with: {value}",
  "md.competencies": "Competencies",
  "md.requiredFor": "Required for {role}: {level}",
  "md.evidence": "Evidence: {text}",
  "md.difference": "Difference: {text}",
  "md.gap": "Gap: {text}",
  "md.kpis": "KPIs",
  "md.kpi": "{name}: target {target}; actual {actual} ({result})",
  "md.summary": "Summary",
  "md.strengths": "Strengths to build on: {text}",
  "md.focus": "What to work on next: {text}",
  "md.verdict": "Verdict: {verdict}.",
  "md.announced": "announced",
  "md.notAnnounced": "not announced",
  "md.history": "How ratings moved"
});

let table = STRINGS;
let locale = "en";

function usable(value) {
  if (typeof value === "string") return true;
  return value !== null && typeof value === "object" && typeof value.other === "string" &&
    Object.keys(value).every((k) => typeof value[k] === "string");
}

/** Puts a translation's entries in place of the defaults (unknown keys and values of the
 *  wrong kind are ignored); without one, the defaults. `language`: for plural rules. */
export function useStrings(overrides, language) {
  const next = Object.assign(Object.create(null), STRINGS);
  if (overrides !== null && typeof overrides === "object") {
    Object.keys(overrides).forEach((key) => {
      if (Object.prototype.hasOwnProperty.call(STRINGS, key) && usable(overrides[key])) next[key] = overrides[key];
    });
  }
  table = next;
  locale = language || "en";
}

/** The text under `key`, with its {placeholders} filled from `params`. An unknown key is
 *  a mistake in the script: it shows as itself, and tests/js/strings.test.mjs finds it. */
export function t(key, params) {
  if (!Object.prototype.hasOwnProperty.call(table, key)) return key;
  const entry = table[key];
  const count = params && typeof params.count === "number" ? params.count : 1;
  return fillIn(plural(entry, count, locale), params || {});
}
