/*
 * The map page's two parts, the map and the list of moves, in the order the screen shows
 * them. On a phone the stylesheet shows the list first (handbook.css gives the map
 * `order: 1`), but the Tab key and screen readers follow the document, where the map comes
 * first: a keyboard user went through every box of a drawing below the screen before
 * reaching the list on it. So the document follows the screen: whenever the page is shown
 * or resized (a phone turned sideways is wide enough for the map first), the part the
 * stylesheet puts second is moved after the other; paper (which keeps the map first) gets
 * the page's own order while it prints. The order itself stays in the stylesheet alone;
 * this script reads it. The part that holds the focus is never the one moved, so the
 * focus stays where it is.
 *
 * Without this script the list still comes first on a phone, and the Tab key still meets
 * the map first. Runs on every page, including pages reached by Material's instant
 * navigation; pages without a map are left alone.
 */

/** The map page's two parts in `root`, or null on any other page. */
function parts(root) {
  const page = root.querySelector(".ladder-map-page");
  const map = page && page.querySelector(":scope > .ladder-map-view");
  const moves = page && page.querySelector(":scope > .ladder-map-moves");
  return map && moves ? { map, moves } : null;
}

/** Puts the map after the list of moves (`mapLast`) or before it, moving the part that
 *  does not hold the focus. */
function place({ map, moves }, mapLast) {
  const isLast = Boolean(moves.compareDocumentPosition(map) & Node.DOCUMENT_POSITION_FOLLOWING);
  if (mapLast === isLast) return;
  const [first, second] = mapLast ? [moves, map] : [map, moves];
  if (first.contains(document.activeElement)) first.after(second);
  else second.before(first);
}

/** Puts the map page's parts in `root` in the order the stylesheet shows them. */
export function followShownOrder(root) {
  const found = parts(root);
  if (!found) return;
  const order = (el) => Number(getComputedStyle(el).order);
  place(found, order(found.map) > order(found.moves));
}

/** Puts them back in the order the page was written in (the map first), as paper shows. */
export function writtenOrder(root) {
  const found = parts(root);
  if (found) place(found, false);
}

if (typeof window !== "undefined" && typeof document !== "undefined") {
  let pending = false;
  const follow = () => {
    pending = false;
    followShownOrder(document);
  };
  window.addEventListener("beforeprint", () => writtenOrder(document));
  window.addEventListener("afterprint", follow);
  window.addEventListener("resize", () => {
    if (!pending) {
      pending = true;
      window.requestAnimationFrame(follow);
    }
  });
  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(follow);
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", follow);
  } else {
    follow();
  }
}
