/*
 * The role's data as the page embeds it (RoleData in generator/site/pages.py): safe key
 * lookups, the proficiency and rating scales, and the ladder's prose as plain text.
 * Pure functions, no DOM.
 *
 * Every key that comes from data (a file, the browser's storage, the page's JSON) is looked
 * up with `has` or in a `dict`: a key such as "constructor" or "__proto__" is then plain
 * data, never a property every JavaScript object has.
 */

export function has(object, key) {
  return object !== null && object !== undefined && Object.prototype.hasOwnProperty.call(object, key);
}

/** The value under an own key, else undefined ("constructor" finds nothing in {}). */
export function own(object, key) {
  return has(object, key) ? object[key] : undefined;
}

/** A prototype-free copy of an object's own entries: a map from ids to values. */
export function dict(entries) {
  const out = Object.create(null);
  if (entries) {
    for (const key of Object.keys(entries)) out[key] = entries[key];
  }
  return out;
}

export function isObject(value) {
  return value !== null && typeof value === "object" && !Array.isArray(value);
}

/** Length in code points, as JSON Schema counts them. */
export function length(text) {
  return Array.from(text).length;
}

/** At most `limit` code points of a text. */
export function clip(text, limit) {
  return Array.from(String(text)).slice(0, limit).join("");
}

/** Prose from the YAML without its inline Markdown marks: the page shows it as text. */
export function plainText(text) {
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

const scales = new WeakMap();

/** Ranks of proficiency levels (1 = lowest) and, per rating, its place and rank. */
export function scaleOf(data) {
  let known = scales.get(data);
  if (known) return known;
  const levels = new Map();
  data.proficiency_scale.forEach((level) => levels.set(level.id, level));
  const ratings = new Map();
  data.rating_scale.forEach((rating, index) => {
    const level = rating.proficiency ? levels.get(rating.proficiency) : null;
    ratings.set(rating.id, { index, name: rating.name, rank: level ? level.rank : 0 });
  });
  known = { levels, ratings };
  scales.set(data, known);
  return known;
}

/** The proficiency rank a rating stands for: 0 for "no evidence", null if unknown. */
export function rankOf(data, ratingId) {
  const rating = scaleOf(data).ratings.get(ratingId);
  return rating ? rating.rank : null;
}

export function isRating(data, ratingId) {
  return scaleOf(data).ratings.has(ratingId);
}

/** The rating's name; null when the id is not on the scale. */
export function ratingName(data, ratingId) {
  const rating = scaleOf(data).ratings.get(ratingId);
  return rating ? rating.name : null;
}

/** What a requirement says beyond its level, in reading order: the level's one text (split
 *  into its paragraphs and list items), the assessment questions the level answers (only
 *  those it has), then the role's own expectation (a text or a list). Each part is
 *  {key, text}: key names the question's label in the strings table, or is null. */
export function requirementParts(requirement) {
  const parts = [];
  const field = (object, name) => (object && Object.prototype.hasOwnProperty.call(object, name)
    && typeof object[name] === "string" && object[name].trim() ? object[name] : null);
  const pieces = (text) => text.split(/\n\s*\n|\n(?=\s*- )/)
    .map((piece) => piece.trim().replace(/^- +/, "")).filter(Boolean);
  const d = requirement ? requirement.descriptor : null;
  const text = field(d, "text");
  if (text) pieces(text).forEach((piece) => parts.push({ key: null, text: piece }));
  [["descriptor.achieves", "achieves"], ["descriptor.skills", "skills"],
    ["descriptor.demonstrates", "demonstrates"], ["descriptor.knows", "knows"]]
    .forEach(([key, name]) => { const answer = field(d, name); if (answer) parts.push({ key, text: answer }); });
  const expectation = requirement ? requirement.expectation : null;
  if (Array.isArray(expectation)) {
    expectation.filter((item) => typeof item === "string" && item.trim())
      .forEach((item) => parts.push({ key: null, text: item }));
  } else if (typeof expectation === "string" && expectation.trim()) {
    pieces(expectation).forEach((piece) => parts.push({ key: null, text: piece }));
  }
  return parts;
}

/** True when a requirement names a level on the scale (an unlevelled one only describes). */
export function hasLevel(requirement) {
  return Boolean(requirement) && typeof requirement.required_rank === "number";
}

export function levelName(data, levelId) {
  if (levelId === null || levelId === undefined) return "";  // an unlevelled requirement
  const level = scaleOf(data).levels.get(levelId);
  return level ? level.name : levelId;
}

/** Of several ratings (ids, some missing), the lowest known one; null when none. */
export function lowerRating(data, ratingIds) {
  const ratings = scaleOf(data).ratings;
  let lowest = null;
  ratingIds.forEach((id) => {
    const rating = ratings.get(id);
    if (!id || !rating) return;
    const best = lowest === null ? null : ratings.get(lowest);
    if (best === null || rating.rank < best.rank ||
        (rating.rank === best.rank && rating.index < best.index)) {
      lowest = id;
    }
  });
  return lowest;
}

/** The move to a target role, or null. */
export function moveTo(data, roleId) {
  return data.transitions.find((t) => t.to === roleId) || null;
}
