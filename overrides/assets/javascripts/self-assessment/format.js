/*
 * Numbers, KPI units and durations, written the way the handbook's pages write them.
 *
 * The wording is not kept here: the page's embedded JSON carries it (`data.wording`, from
 * generator/site/wording.py's script_wording, the rules the pages use), so a page and its
 * script never disagree. This module only applies it. Pure functions, no DOM.
 */

import { has } from "./model.js";

/** Fills "{name}" fields of a pattern from `params` (own keys only). */
export function fillIn(template, params) {
  return String(template).replace(/\{([A-Za-z_]+)\}/g, (whole, name) =>
    has(params, name) ? String(params[name]) : whole);
}

/** The plural form of an entry ({one, other, ...} or a plain text) for `count`, by the
 *  plural rules of `locale` (CLDR), "other" when the entry lacks that form. A count with
 *  decimals takes the form of 2, as on the pages (wording.py): "1,5 jours", "0.5 days". */
export function plural(entry, count, locale) {
  if (typeof entry === "string") return entry;
  const whole = Number.isInteger(count) ? count : 2;
  let form = whole === 1 ? "one" : "other";
  try {
    form = new Intl.PluralRules(locale || "en").select(whole);
  } catch (e) { /* the simple rule above */ }
  return has(entry, form) ? entry[form] : entry.other;
}

/** Rounds to `digits` decimals as Python's format() does: an exact tie goes to the even
 *  digit (12.125 → 12.12); everything else to the nearest. */
function fixed(value, digits) {
  const scaled = value * 10 ** digits;
  if (Number.isInteger(scaled * 2) && !Number.isInteger(scaled)) {
    const down = Math.floor(scaled);
    const even = down % 2 === 0 ? down : down + 1;
    return (even / 10 ** digits).toFixed(digits);
  }
  return value.toFixed(digits);
}

/** 12 for 12.0, 12.5 for 12.5, 66.67 for 66.666, thousands grouped: 150,000. Rounded to
 *  the wording's max_decimals, trailing zeros dropped, at least `minDecimals` kept. */
export function formatNumber(wording, value, minDecimals) {
  const rule = wording.number;
  const [whole, part] = fixed(value, rule.max_decimals).split(".");
  const fraction = (part || "").replace(/0+$/, "").padEnd(minDecimals || 0, "0");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, "\u0000").split("\u0000").join(rule.group_separator);
  return fraction ? grouped + rule.decimal_separator + fraction : grouped;
}

/** The sign an amount in this currency shows, as the pages write it: the code ("EUR"),
 *  or the language's sign for it from the wording's `currencies` ("€" in French). */
export function currencySign(wording, code) {
  return has(wording.currencies, code) ? wording.currencies[code] : code;
}

/** A value in a KPI's unit, as the handbook writes it: 100%, EUR 150,000, 45 days
 *  (38 000 € in French). A currency without a code and a score without a scale read as
 *  a count. */
export function formatMeasure(wording, kpi, value) {
  if (value === null || value === undefined) return "";
  const hasMax = kpi.scale_max !== null && kpi.scale_max !== undefined;
  let unit = kpi.unit;
  if ((unit === "currency" && !kpi.currency) || (unit === "score" && !hasMax) || !has(wording.units, unit)) {
    unit = "count";
  }
  const number = formatNumber(wording, value, unit === "ratio" ? wording.number.ratio_min_decimals : 0);
  return fillIn(plural(wording.units[unit], value, wording.locale), {
    number, currency: kpi.currency ? currencySign(wording, kpi.currency) : "", max: hasMax ? formatNumber(wording, kpi.scale_max) : ""
  });
}

/** A time range in months, as a reader says it: "12 to 24 months", "2 to 3 years". */
export function formatMonths(wording, low, high) {
  const words = wording.months;
  if (low === high) return fillIn(plural(words, low, wording.locale), { count: low });
  if (high >= words.years_from && low % 12 === 0 && high % 12 === 0) {
    return fillIn(low ? words.range_years : words.up_to_years, { low: low / 12, high: high / 12 });
  }
  return fillIn(words.range, { low, high });
}

/** A share in percent, as the handbook writes every percentage: 80%, 66.67%. */
export function formatPercent(wording, value) {
  return fillIn(wording.percent, { number: formatNumber(wording, value) });
}

/** The name of a KPI's direction, as the pages write it: "lower is better". */
export function directionName(wording, kpi) {
  return has(wording.directions, kpi.direction) ? wording.directions[kpi.direction] : "";
}
