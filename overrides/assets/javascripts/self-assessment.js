/*
 * The self-assessment page's interactive layer: plain JavaScript modules, no library, no
 * network. The page is a complete printable form without it (progressive enhancement);
 * the modules in self-assessment/ add what paper cannot do: autosave in this browser, a
 * target role, export and import, comparison, readiness and a plan. Nothing leaves the
 * browser.
 *
 * The page loads this file with <script type="module"> inside its content (see
 * overrides/self-assessment.html). Material's instant navigation swaps the content in place
 * and re-inserts that script, but a module runs once per document, so the form is started
 * through Material's document$, which emits every page shown (the current one first);
 * without Material, on DOMContentLoaded. start() never enhances the same form twice.
 */

import { start } from "./self-assessment/page.js";

if (window.document$ && typeof window.document$.subscribe === "function") {
  window.document$.subscribe(() => start());
} else if (document.readyState === "loading") {
  document.addEventListener("DOMContentLoaded", () => start());
} else {
  start();
}
