/*
 * Tables that become stacked cards on a narrow screen: one card per row, each cell with its
 * column heading as a label (handbook.css, "Stacked tables"). A table is marked by an
 * element with the class "ladder-stack" around it (a template's wrapper, or the page
 * script's comparison view).
 *
 * The labels are copied from the table's own header cells, so they are in the page's
 * language whatever it is. Only a table whose cells carry their labels is stacked: the
 * wrapper gets data-stacked when they are set. Without this script a marked table stays a
 * table and scrolls sideways like any other. Paper keeps the table (the stylesheet stacks
 * only on screen).
 *
 * A table shown as blocks may lose its table semantics in some browsers, so each part
 * also gets its explicit role (table, row, column header, cell). Runs on every page,
 * including pages reached by Material's instant navigation.
 */

/** Each column's heading text, by column number (a heading spanning columns covers each). */
function headings(table) {
  const row = table.tHead && table.tHead.rows[0];
  const names = [];
  if (!row) return names;
  for (const cell of row.cells) {
    for (let n = 0; n < cell.colSpan; n += 1) names.push(cell.textContent.trim());
  }
  return names;
}

/** Labels every body cell of `table` with its column's heading; marks its wrapper stacked. */
export function labelCells(table) {
  const names = headings(table);
  if (!names.length) return;
  table.setAttribute("role", "table");
  table.tHead.setAttribute("role", "rowgroup");
  for (const cell of table.tHead.rows[0].cells) cell.setAttribute("role", "columnheader");
  table.tHead.rows[0].setAttribute("role", "row");
  for (const body of table.tBodies) {
    body.setAttribute("role", "rowgroup");
    for (const row of body.rows) {
      row.setAttribute("role", "row");
      let column = 0;
      for (const cell of row.cells) {
        const header = cell.tagName === "TH";
        cell.setAttribute("role", header ? "rowheader" : "cell");
        cell.setAttribute("data-label", names[column] || "");
        column += cell.colSpan;
      }
    }
  }
  const wrapper = table.closest(".ladder-stack");
  if (wrapper) wrapper.setAttribute("data-stacked", "");
}

/** Labels every marked table in `root`. */
export function stackTables(root) {
  root.querySelectorAll(".ladder-stack table").forEach(labelCells);
}

if (typeof window !== "undefined" && typeof document !== "undefined") {
  if (typeof window.document$ !== "undefined") {
    window.document$.subscribe(() => stackTables(document));
  } else if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", () => stackTables(document));
  } else {
    stackTables(document);
  }
}
