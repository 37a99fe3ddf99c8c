/*
 * Reading what a person typed as a KPI's actual result, strictly: a number in the KPI's own
 * unit, written with the page language's separators (the page's `wording` data). What is
 * not understood is said in words and never guessed: "EUR 36.500" is not read as 36.5,
 * "2 months" is not read as 2 days, "-5" is not a percentage. Pure functions, no DOM.
 */

import { has } from "./model.js";
import { currencySign, formatMeasure } from "./format.js";
import { t } from "./strings.js";

const SPACES = /^[ \u00a0\u202f]$/;
const SPACES_ALL = /[ \u00a0\u202f]/g;
const escape = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Words a person may write after a number in each unit (from the strings table, so a
 *  translation brings its own); anything else is refused. */
function unitWords(unit) {
  return ["percent", "days", "ratio"].indexOf(unit) >= 0 ? t("input." + unit).split("|") : [];
}

/** The number part: digits grouped by the page's thousands separator (or not grouped at
 *  all), an optional decimal part, an optional minus. null when it is not such a number;
 *  {ambiguous} for "36.500" where the decimal mark could be another language's grouping. */
export function readNumber(wording, text) {
  const group = wording.number.group_separator;
  const decimal = wording.number.decimal_separator;
  // A language that groups with a (no-break) space is typed with any space: "38 000".
  if (SPACES.test(group) && !SPACES.test(decimal)) text = text.replace(SPACES_ALL, group);
  const g = escape(group);
  const d = escape(decimal);
  const shape = new RegExp(`^(-?)(\\d{1,3}(?:${g}\\d{3})+|\\d+)(?:${d}(\\d+))?$`);
  const match = shape.exec(text);
  if (!match) return null;
  const [, minus, whole, fraction] = match;
  if (fraction !== undefined && fraction.length === 3 && whole.indexOf(group) < 0 && group !== decimal) {
    return { ambiguous: true, whole, fraction };
  }
  const value = Number((minus ? "-" : "") + whole.split(group).join("") + (fraction ? "." + fraction : ""));
  return Number.isFinite(value) ? { value } : null;
}

/** The unit marks a KPI's actual may carry: before the number (a currency code, or the
 *  language's sign for it: "EUR", "€") or after it (%, days, x, / 5). */
function marks(wording, kpi) {
  const after = unitWords(kpi.unit);
  const before = [];
  if (kpi.unit === "currency" && kpi.currency) {
    const signs = [kpi.currency, currencySign(wording, kpi.currency)];
    before.push(...signs);
    after.push(...signs);
  }
  if (kpi.unit === "score" && kpi.scale_max !== null && kpi.scale_max !== undefined) {
    after.push("/ " + kpi.scale_max, "/" + kpi.scale_max, t("input.outOf", { max: kpi.scale_max }));
  }
  return { before, after };
}

function strip(text, candidates, atStart) {
  const lower = text.toLowerCase();
  for (const mark of candidates.slice().sort((a, b) => b.length - a.length)) {
    const m = mark.toLowerCase();
    if (atStart && lower.startsWith(m)) return { text: text.slice(m.length).trim(), mark };
    if (!atStart && lower.endsWith(m)) return { text: text.slice(0, text.length - m.length).trim(), mark };
  }
  return { text, mark: null };
}

/** What the KPI's unit allows: no negative count, share, time or ratio (an amount of
 *  money may be a loss, a score may have a scale below zero); a score no higher than the
 *  top of its scale. */
function inRange(kpi, value) {
  if (kpi.unit === "score") return kpi.scale_max === null || kpi.scale_max === undefined || value <= kpi.scale_max;
  return kpi.unit === "currency" || value >= 0;
}

/** Whole months in the role, 0 to `limit`: {value}, {empty} or {problem}. */
export function parseMonths(text, limit) {
  const raw = String(text === null || text === undefined ? "" : text).trim();
  if (!raw) return { empty: true };
  if (!/^\d+$/.test(raw) || Number(raw) > limit) return { problem: t("months.invalid", { limit }) };
  return { value: Number(raw) };
}

/** An actual read in the KPI's unit: {value}; {empty} when nothing is typed; {problem} in
 *  words, with an example the person can follow. */
export function parseActual(wording, kpi, text) {
  const raw = String(text === null || text === undefined ? "" : text).trim();
  if (!raw) return { empty: true };
  const example = formatMeasure(wording, kpi, has(kpi, "target") && typeof kpi.target === "number" ? kpi.target : 92);
  const unit = t("unit." + kpi.unit, { currency: kpi.currency ? currencySign(wording, kpi.currency) : "" });
  const { before, after } = marks(wording, kpi);
  const head = strip(raw, before, true);
  const tail = strip(head.text, after, false);
  const read = readNumber(wording, tail.text);
  if (read && read.ambiguous) {
    const grouped = read.whole + wording.number.group_separator + read.fraction;
    const decimal = read.whole + wording.number.decimal_separator + read.fraction.replace(/0+$/, "");
    return { problem: t("actual.ambiguous", { text: raw, grouped, decimal, separator: wording.number.group_separator }) };
  }
  if (!read) {
    const word = /[A-Za-z\u00c0-\uffff%]+/.exec(tail.text);
    if (word && /\d/.test(tail.text)) {
      return { problem: t("actual.otherUnit", { word: word[0], unit, example }) };
    }
    return { problem: t("actual.notANumber", { example }) };
  }
  if (!inRange(kpi, read.value)) {
    return { problem: t(kpi.unit === "score" ? "actual.outOfScale" : "actual.negative",
      { example, unit, max: kpi.scale_max }) };
  }
  return { value: read.value };
}
