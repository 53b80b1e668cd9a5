// Element building without innerHTML: text is always set as text, so nothing from the index can inject markup.

/** h("a.cls", {href: "#"}, "text", child…) → element */
export function h(tag, attributes = {}, ...children) {
  const [name, ...classes] = tag.split(".");
  const element = document.createElement(name);
  if (classes.length) element.className = classes.join(" ");
  for (const [key, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (key.startsWith("on")) element.addEventListener(key.slice(2), value);
    else element.setAttribute(key, value === true ? "" : value);
  }
  append(element, children);
  return element;
}

export function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

/** A highlight snippet from the API: HTML-escaped text whose only markup is <em>; rebuilt as nodes. */
export function snippet(escaped) {
  const paragraph = h("p.snippet");
  const parts = escaped.split(/(<em>.*?<\/em>)/);
  for (const part of parts) {
    const match = part.match(/^<em>(.*)<\/em>$/);
    paragraph.append(match ? h("mark", {}, unescape(match[1])) : unescape(part));
  }
  return paragraph;
}

function unescape(text) {
  const area = document.createElement("textarea");
  area.innerHTML = text; // a textarea decodes entities without parsing markup
  return area.value;
}

export function date(iso) {
  return iso ? iso.slice(0, 10) : "undated";
}
