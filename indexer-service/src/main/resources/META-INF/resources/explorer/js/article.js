// One article: clean text with every statement highlighted and labelled with its speaker (quotes and reported
// speech styled apart), the removed boilerplate shown separately, and the metadata.
import { get } from "./api.js";
import { h, date } from "./dom.js";

export async function articleView(main, id) {
  const article = await get(`articles/${encodeURIComponent(id)}`);
  const statements = article.statements ?? [];
  const speakers = [...new Set(statements.map((s) => s.speaker?.name ?? "unresolved"))];
  main.append(h("article.reader", {},
    h("p.back", {}, h("a", { href: "#/articles", onclick: backIfPossible }, "← Back")),
    h("h1", {}, article.title ?? article.url),
    metadata(article),
    statements.length ? h("p.legend", {},
      h("span.statement-mark.direct", {}, "quote"), " ", h("span.statement-mark.indirect", {}, "reported speech"),
      ` · ${statements.length} statements by ${speakers.length} speaker${speakers.length === 1 ? "" : "s"}`) : null,
    h("div.body", {}, paragraphs(article.text ?? "", article.paragraphs ?? [], statements)),
    boilerplate(article.boilerplate ?? [])));
}

function backIfPossible(event) {
  if (history.length > 1) {
    event.preventDefault();
    history.back();
  }
}

function metadata(article) {
  const rows = [
    ["Published", article.publishedAt ? date(article.publishedAt) : "unknown"],
    ["Authors", (article.authors ?? []).join(", ") || "unknown"],
    ["Language", article.language ? `${article.language} (confidence ${Number(article.languageConfidence ?? 0).toFixed(2)})` : "unknown"],
    ["Site", article.site],
    ["Parser", article.parserVersion],
    ["Source", h("a", { href: article.url, rel: "noopener noreferrer" }, article.url)],
  ];
  return h("dl.metadata", {}, rows.map(([name, value]) => [h("dt", {}, name), h("dd", {}, value ?? "")]));
}

/** Paragraphs located in the text by offset, with each statement's span wrapped in a labelled mark. */
function paragraphs(text, paragraphTexts, statements) {
  const sorted = [...statements].sort((a, b) => a.start - b.start);
  let cursor = 0;
  return paragraphTexts.map((paragraph) => {
    const start = text.indexOf(paragraph, cursor);
    const from = start < 0 ? cursor : start;
    const to = from + paragraph.length;
    cursor = to;
    const element = h("p");
    let position = from;
    for (const statement of sorted.filter((s) => s.start >= from && s.end <= to)) {
      if (statement.start < position) continue; // overlapping statements: the first one shown wins
      element.append(text.slice(position, statement.start), mark(statement, text.slice(statement.start, statement.end)));
      position = statement.end;
    }
    element.append(text.slice(position, to));
    return element;
  });
}

function mark(statement, span) {
  const kind = statement.kind === "direct" ? "direct" : "indirect";
  const speaker = statement.speaker ?? {};
  const who = speaker.name || speaker.title || "unresolved speaker";
  const role = [speaker.title, speaker.affiliation].filter(Boolean).join(", ");
  return h(`mark.statement.${kind}`, {
    tabindex: "0",
    "data-speaker": speaker.name ?? "",
    title: `${who}${role ? ` (${role})` : ""} · ${kind === "direct" ? "quote" : "reported"} · ${statement.cue ?? ""}`,
  }, span, h("span.speaker", {}, who));
}

function boilerplate(blocks) {
  if (!blocks.length) return null;
  return h("section.boilerplate", { "aria-label": "Removed boilerplate" },
    h("h2", {}, `Removed boilerplate (${blocks.length})`),
    h("ul", {}, blocks.map((b) => h("li", {}, h("span.reason", {}, b.reason), b.language ? ` · ${b.language} · ` : " · ", b.text))));
}
