// The Explorer's router: #/articles?…, #/statements?…, #/article/<id>. Every view renders into <main>.
import { h } from "./dom.js";
import { articlesView } from "./articles.js";
import { statementsView } from "./statements.js";
import { articleView } from "./article.js";

const main = document.getElementById("main");

function navigate(view, params = {}) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v !== undefined && v !== null && String(v).trim() !== ""));
  location.hash = `#/${view}${query.size ? `?${query}` : ""}`;
}

async function render() {
  const [path, query = ""] = location.hash.replace(/^#\/?/, "").split("?");
  const [view, id] = path.split("/");
  const params = new URLSearchParams(query);
  document.querySelectorAll("nav a").forEach((link) => {
    const current = link.dataset.view === (view === "article" ? "" : view || "articles");
    link.toggleAttribute("aria-current", current);
    if (current) link.setAttribute("aria-current", "page");
  });
  main.replaceChildren();
  main.setAttribute("aria-busy", "true");
  try {
    if (view === "article" && id) await articleView(main, decodeURIComponent(id));
    else if (view === "statements") await statementsView(main, params, navigate);
    else await articlesView(main, params, navigate);
  } catch (error) {
    main.append(h("p.error", { role: "alert" }, `Could not load: ${error.message}`));
  } finally {
    main.removeAttribute("aria-busy");
  }
}

window.addEventListener("hashchange", render);
render();
