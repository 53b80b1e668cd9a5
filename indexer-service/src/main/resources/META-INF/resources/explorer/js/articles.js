// The article search: words, site, language and date filters; results with highlighted snippets; per-day
// timeline and language breakdown for the same filter.
import { get } from "./api.js";
import { h, snippet, date } from "./dom.js";
import { timeline, shares } from "./charts.js";

const FIELDS = ["q", "site", "language", "from", "to"];

export async function articlesView(main, params, navigate) {
  const form = h("form.search", { role: "search", "aria-label": "Search articles" },
    field("q", "Words", params, { type: "search", placeholder: "e.g. Caspian", autofocus: true }),
    field("site", "Site", params, { placeholder: "any" }),
    field("language", "Language", params, { placeholder: "any", size: 4 }),
    field("from", "From", params, { type: "date" }),
    field("to", "To", params, { type: "date" }),
    h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate("articles", Object.fromEntries(FIELDS.map((name) => [name, form.elements[name].value])));
  });
  const status = h("p.status", { role: "status", "aria-live": "polite" }, "Searching…");
  const results = h("ol.results", { "aria-label": "Articles" });
  const side = h("aside.facets", { "aria-label": "Breakdown" });
  main.append(h("h1.visually-hidden", {}, "Articles"), form, h("div.columns", {}, h("section", {}, status, results), side));

  const filter = Object.fromEntries(FIELDS.map((name) => [name, params.get(name)]));
  const [page, facets] = await Promise.all([get("articles", { ...filter, size: 50 }), get("articles/facets", filter)]);
  status.textContent = page.total === 1 ? "1 article" : `${page.total} articles`;
  for (const hit of page.hits) {
    results.append(h("li.result", {},
      h("a.title", { href: `#/article/${hit.id}` }, hit.title || hit.url),
      h("p.meta", {}, [hit.site, date(hit.publishedAt), hit.language].filter(Boolean).join(" · ")),
      hit.snippet ? snippet(hit.snippet) : null));
  }
  side.append(timeline(facets.perDay),
    shares(facets.languages, "Languages", (language) => navigate("articles", { ...filter, language })),
    shares(facets.sites, "Sites", (site) => navigate("articles", { ...filter, site })));
}

function field(name, label, params, attributes) {
  const id = `f-${name}`;
  return h("label", { for: id }, label, h("input", { id, name, value: params.get(name) ?? "", ...attributes }));
}
