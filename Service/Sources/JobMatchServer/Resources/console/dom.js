// Building the page's elements: no templates, no innerHTML, so that no
// record's text is ever read as markup.

const SVG = "http://www.w3.org/2000/svg";

/** An HTML element: `attributes` (a `class`, `on…` handlers, booleans), then children (nodes, strings, arrays). */
export function h(tag, attributes = {}, ...children) {
  return fill(document.createElement(tag), attributes, children);
}

/** An SVG element, as `h`. */
export function s(tag, attributes = {}, ...children) {
  return fill(document.createElementNS(SVG, tag), attributes, children);
}

function fill(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? "" : String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : String(child));
  }
}

/** Chinese first, English beside it: `中文 English`, the English marked as such. */
export function bi(name) {
  return [h("span", { class: "zh" }, name.zh), " ", h("span", { class: "en", lang: "en" }, name.en)];
}

/** Replaces `element`'s children. */
export function replace(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

/** A number with `digits` decimals, or "—" when there is none. */
export function fixed(value, digits) {
  return typeof value === "number" && Number.isFinite(value) ? value.toFixed(digits) : "—";
}

/** Yuan, grouped: `¥6,400`. */
export function yuan(value) {
  return typeof value === "number" ? "¥" + Math.round(value).toLocaleString("en-US") : "—";
}
