/*
 * Building the page's elements. Text from the ladder or from a file always becomes a text
 * node: nothing here parses HTML.
 */

export function append(node, child) {
  if (child === null || child === undefined || child === false) return;
  if (Array.isArray(child)) {
    child.forEach((c) => append(node, c));
  } else if (typeof child === "string" || typeof child === "number") {
    node.appendChild(document.createTextNode(String(child)));
  } else {
    node.appendChild(child);
  }
}

/** An element with attributes and children (elements, texts, lists of them). */
export function h(tag, props, ...children) {
  const node = document.createElement(tag);
  Object.keys(props || {}).forEach((key) => {
    const value = props[key];
    if (value === null || value === undefined || value === false) return;
    if (key === "class") node.className = value;
    else if (key === "hidden") node.hidden = true;
    else node.setAttribute(key, value === true ? "" : String(value));
  });
  children.forEach((child) => append(node, child));
  return node;
}

/** A table in a scrolling wrapper: a head row, then rows whose first cell heads the row. */
export function table(head, rows, className, caption) {
  return h("div", { class: "ladder-sa-table-wrap ladder-scroll-cue" }, h("table", { class: className },
    caption ? h("caption", null, caption) : null,
    h("thead", null, h("tr", null, head.map((cell) => h("th", { scope: "col" }, cell)))),
    h("tbody", null, rows.map((cells) => h("tr", null,
      cells.map((cell, i) => (i === 0 ? h("th", { scope: "row" }, cell) : h("td", null, cell))))))));
}
