// Two small charts in plain SVG: articles per day, and a share-of-total bar list. No library, no network.
import { h } from "./dom.js";

const SVG = "http://www.w3.org/2000/svg";

function svg(tag, attributes = {}, ...children) {
  const element = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
  element.append(...children);
  return element;
}

/** Bars of articles per day; each bar has a tooltip, the whole chart a text alternative. */
export function timeline(perDay) {
  if (!perDay.length) return h("p.muted", {}, "No dated articles.");
  const width = 600, height = 120, pad = 18;
  const max = Math.max(...perDay.map((b) => b.count));
  const step = (width - 2 * pad) / perDay.length;
  const bars = perDay.map((bucket, i) => {
    const barHeight = Math.max(2, ((height - 2 * pad) * bucket.count) / max);
    return svg("rect", {
      x: pad + i * step + step * 0.1, y: height - pad - barHeight, width: Math.max(1, step * 0.8), height: barHeight,
      class: "bar",
    }, svg("title", {}, `${bucket.key}: ${bucket.count}`));
  });
  const first = perDay[0].key, last = perDay[perDay.length - 1].key;
  const label = `Articles per day from ${first} to ${last}, at most ${max} a day`;
  return h("figure.chart", {},
    svg("svg", { viewBox: `0 0 ${width} ${height}`, role: "img", "aria-label": label },
      ...bars,
      svg("text", { x: pad, y: height - 2, class: "axis" }, first),
      svg("text", { x: width - pad, y: height - 2, class: "axis", "text-anchor": "end" }, last)),
    h("figcaption", {}, "Articles per day"));
}

/** Keys with counts as labelled bars; clicking one calls choose(key). */
export function shares(buckets, caption, choose) {
  const total = buckets.reduce((sum, b) => sum + b.count, 0) || 1;
  return h("figure.shares", {},
    h("figcaption", {}, caption),
    h("ul", {}, buckets.map((bucket) =>
      h("li", {},
        h("button.share", { type: "button", onclick: () => choose(bucket.key), title: `Filter by ${bucket.key}` },
          h("span.key", {}, bucket.key),
          h("span.meter", { "aria-hidden": "true" }, h("span", { style: `width:${(100 * bucket.count) / total}%` })),
          h("span.count", {}, bucket.count))))));
}
