/*
 * Every text the script shows or writes comes from the page, and `t` looks one up.
 *
 * The texts are messages of the generator's catalogue (generator/site/script_strings/),
 * in the handbook's language: the page's embedded JSON carries them as `strings`, key ->
 * a text with {placeholders}, or {one, other, ...} forms chosen by the `count` parameter
 * with the plural rules of the page's language (CLDR, as `Intl.PluralRules` gives them).
 * `useStrings` puts that table in place; values of the wrong kind are ignored. The script
 * keeps no copy of its own, in English or any language. Texts from the ladder (titles,
 * names, descriptors) come with the ladder's data; numbers, units, months and the names
 * of directions and target numbers with the page's `wording` data (format.js). A number
 * placed in a text ({length}, {count}, {limit}) is written by that data's rule, as the
 * pages write numbers: "2,500" in English, "2 500" in French, "2.500" in German.
 */

import { fillIn, formatNumber, plural } from "./format.js";

let table = Object.create(null);
let locale = "en";
let wording = null;

function usable(value) {
  if (typeof value === "string") return true;
  return value !== null && typeof value === "object" && typeof value.other === "string" &&
    Object.keys(value).every((k) => typeof value[k] === "string");
}

/** Puts the page's table of texts in place (entries of the wrong kind are left out);
 *  without one, an empty table. `language`: the page's, for plural rules; `words`: the
 *  page's `wording` data, whose number rule writes the numbers placed in a text (without
 *  it, numbers are written as JavaScript writes them). */
export function useStrings(strings, language, words) {
  const next = Object.create(null);
  if (strings !== null && typeof strings === "object") {
    Object.keys(strings).forEach((key) => {
      if (usable(strings[key])) next[key] = strings[key];
    });
  }
  table = next;
  locale = language || "en";
  wording = words !== null && typeof words === "object" && words.number !== null &&
    typeof words.number === "object" ? words : null;
}

/** The parameters with every number written as the page writes numbers. */
function written(params) {
  const out = Object.create(null);
  Object.keys(params).forEach((key) => {
    const value = params[key];
    out[key] = wording && typeof value === "number" && Number.isFinite(value) ? formatNumber(wording, value) : value;
  });
  return out;
}

/** The text under `key`, with its {placeholders} filled from `params`. A key the table
 *  lacks shows as itself: the generator writes every key the script uses into every page
 *  (tests/js/test_parity.py checks both lists), so this is a mistake, visible and harmless. */
export function t(key, params) {
  if (!Object.prototype.hasOwnProperty.call(table, key)) return key;
  const entry = table[key];
  const count = params && typeof params.count === "number" ? params.count : 1;
  return fillIn(plural(entry, count, locale), written(params || {}));
}

/** A text after its label, punctuated as the page's language does (the catalogue's
 *  `punctuation.label`, as wording.py's `labelled`): "Gap: 1 level", "Écart\u00a0: 1 niveau". */
export function labelled(label, text) {
  return t("punctuation.label", { label }) + " " + text;
}

/** Items one after another between the language's semicolons (`punctuation.list`, as
 *  wording.py's `in_a_list`): "a; b", "a\u00a0; b" in French. */
export function listed(items) {
  return items.join(t("punctuation.list"));
}
