// Who said what: statements searched by speaker and words, grouped by speaker with title and affiliation, each
// linking to its article; the top speakers for the same words beside them.
import { get } from "./api.js";
import { h, date } from "./dom.js";

export async function statementsView(main, params, navigate) {
  const speaker = params.get("speaker") ?? "";
  const q = params.get("q") ?? "";
  const form = h("form.search", { role: "search", "aria-label": "Search statements" },
    h("label", { for: "s-speaker" }, "Speaker", h("input", { id: "s-speaker", name: "speaker", value: speaker, placeholder: "exact name, e.g. Sergey Lavrov" })),
    h("label", { for: "s-q" }, "Words", h("input", { id: "s-q", name: "q", type: "search", value: q, placeholder: "e.g. Caspian", autofocus: true })),
    h("button", { type: "submit" }, "Search"));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    navigate("statements", { speaker: form.elements.speaker.value, q: form.elements.q.value });
  });
  const status = h("p.status", { role: "status", "aria-live": "polite" }, "Searching…");
  const groups = h("div.groups");
  const side = h("aside.facets", { "aria-label": "Top speakers" });
  main.append(h("h1.visually-hidden", {}, "Who said what"), form, h("div.columns", {}, h("section", {}, status, groups), side));

  const [page, speakers] = await Promise.all([get("statements", { speaker, q, size: 100 }), get("speakers", { q, size: 15 })]);
  status.textContent = `${page.total} statement${page.total === 1 ? "" : "s"}` + (speaker ? ` by ${speaker}` : "");
  const bySpeaker = new Map();
  for (const hit of page.hits) {
    const key = hit.speaker ?? "(unresolved speaker)";
    if (!bySpeaker.has(key)) bySpeaker.set(key, []);
    bySpeaker.get(key).push(hit);
  }
  for (const [name, hits] of [...bySpeaker].sort((a, b) => b[1].length - a[1].length)) {
    const first = hits[0];
    groups.append(h("section.speaker", { "aria-label": name },
      h("h2", {}, name, h("span.role", {}, [first.speakerTitle, first.affiliation].filter(Boolean).join(", "))),
      h("ul.statements", {}, hits.map((hit) => h(`li.statement.${hit.kind === "direct" ? "direct" : "indirect"}`, {},
        h("q", {}, hit.text),
        h("p.meta", {}, h("span.kind", {}, hit.kind === "direct" ? "quote" : "reported"), ` · ${hit.cue ?? ""} · `,
          h("a", { href: `#/article/${hit.articleId}` }, hit.title || "article"), ` · ${date(hit.publishedAt)}`))))));
  }
  side.append(h("figure.shares", {}, h("figcaption", {}, q ? `Top speakers on “${q}”` : "Top speakers"),
    h("ol", {}, speakers.map((s) => h("li", {},
      h("button.share", { type: "button", onclick: () => navigate("statements", { speaker: s.name, q }) },
        h("span.key", {}, s.name), h("span.count", {}, s.statements)),
      s.title || s.affiliation ? h("span.role", {}, [s.title, s.affiliation].filter(Boolean).join(", ")) : null)))));
}
