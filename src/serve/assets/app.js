// newsfacet serve: the search page's script. No dependencies; talks to /api/search,
// /api/deaths and /api/articles/{id}; the page state lives in the URL, so back/forward and
// reloading work and a search can be shared as a link.
"use strict";

const PAGE = 10;
const FACETS = ["group", "province", "country"];
const FACET_SHOWN = 12;
const $ = (id) => document.getElementById(id);

// ---- state <-> URL -------------------------------------------------------------------------
function emptyState() {
  return { q: "", sort: "relevance", from: "", to: "", min_deaths: "", max_deaths: "",
           group: [], province: [], country: [], offset: 0, by: "province", article: "" };
}

function stateFromUrl() {
  const p = new URLSearchParams(location.search);
  const s = emptyState();
  for (const k of ["q", "sort", "from", "to", "min_deaths", "max_deaths", "by", "article"]) {
    if (p.has(k)) s[k] = p.get(k);
  }
  for (const k of FACETS) s[k] = p.getAll(k);
  s.offset = Math.max(0, parseInt(p.get("offset") || "0", 10) || 0);
  return s;
}

function urlParams(s, opts = {}) {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  if (!opts.noDates) {
    if (s.from) p.set("from", s.from);
    if (s.to) p.set("to", s.to);
  }
  for (const k of FACETS) for (const v of s[k]) p.append(k, v);
  if (s.min_deaths !== "") p.set("min_deaths", s.min_deaths);
  if (s.max_deaths !== "") p.set("max_deaths", s.max_deaths);
  return p;
}

function pageUrl(s) {
  const p = urlParams(s);
  if (s.sort !== "relevance") p.set("sort", s.sort);
  if (s.offset) p.set("offset", String(s.offset));
  if (s.by !== "province") p.set("by", s.by);
  if (s.article) p.set("article", s.article);
  const q = p.toString();
  return q ? "?" + q : location.pathname;
}

let state = stateFromUrl();

// Changes the state and records it in the history. Paging and the article view keep the offset
// (opts.keepOffset); other changes start from the first page and close the article.
function go(change, opts = {}) {
  const next = Object.assign({}, state, change);
  if (!("offset" in change)) next.offset = opts.keepOffset ? state.offset : 0;
  if (!("article" in change)) next.article = "";
  state = next;
  history[opts.replace ? "replaceState" : "pushState"](null, "", pageUrl(state));
  render();
}

window.addEventListener("popstate", () => { state = stateFromUrl(); render(); });

// ---- DOM helpers ---------------------------------------------------------------------------
function el(tag, attrs, ...kids) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === null || v === undefined || v === false) continue;
    if (k === "class") e.className = v;
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else e.setAttribute(k, v === true ? "" : v);
  }
  for (const kid of kids.flat()) {
    if (kid === null || kid === undefined || kid === false) continue;
    e.append(kid instanceof Node ? kid : String(kid));
  }
  return e;
}

const SVG = "http://www.w3.org/2000/svg";
function svg(tag, attrs, ...kids) {
  const e = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs || {})) e.setAttribute(k, v);
  for (const kid of kids) e.append(kid instanceof Node ? kid : String(kid));
  return e;
}

const fmt = (n) => Number(n).toLocaleString("en");

async function getJson(url) {
  const r = await fetch(url, { headers: { Accept: "application/json" } });
  let body = null;
  try { body = await r.json(); } catch (_) { /* not JSON */ }
  if (!r.ok) throw new Error((body && body.error) || `${r.status} ${r.statusText}`);
  return body;
}

// Text with byte ranges (UTF-8 offsets, as the server counts) marked.
function highlighted(text, ranges) {
  const bytes = new TextEncoder().encode(text);
  const dec = new TextDecoder();
  const out = [];
  let at = 0;
  for (const [s, e] of [...(ranges || [])].sort((a, b) => a[0] - b[0])) {
    if (s < at || e > bytes.length || s >= e) continue;
    out.push(dec.decode(bytes.slice(at, s)), el("mark", {}, dec.decode(bytes.slice(s, e))));
    at = e;
  }
  out.push(dec.decode(bytes.slice(at)));
  return out;
}

function placeName(p) { return p.province ? `${p.province}, ${p.country}` : p.country; }

// ---- rendering -----------------------------------------------------------------------------
let seq = 0;

let lastKey = null;

async function render() {
  const key = pageUrl(Object.assign({}, state, { article: "" }));
  if (key === lastKey) { // only the article changed
    if (state.article) openArticle(state.article, false);
    else closeArticle(false);
    return;
  }
  lastKey = key;
  const my = ++seq;
  syncForm();
  renderChips();
  const search = urlParams(state);
  search.set("sort", state.sort);
  search.set("limit", String(PAGE));
  search.set("offset", String(state.offset));
  const timeline = urlParams(state, { noDates: true });
  timeline.set("limit", "0");
  const deaths = urlParams(state);
  deaths.set("by", state.by);
  document.body.classList.add("loading");
  try {
    const [res, tl, dz] = await Promise.all([
      getJson("/api/search?" + search),
      getJson("/api/search?" + timeline),
      getJson("/api/deaths?" + deaths),
    ]);
    if (my !== seq) return;
    $("error").hidden = true;
    renderSummary(res);
    renderFacets(res.facets);
    renderTimeline(tl.facets.month);
    renderTolls(dz.rows);
    renderResults(res);
    renderPager(res.total);
  } catch (e) {
    if (my !== seq) return;
    lastKey = null;
    $("error").textContent = e.message;
    $("error").hidden = false;
    $("summary").textContent = "";
  } finally {
    if (my === seq) document.body.classList.remove("loading");
  }
  if (state.article) openArticle(state.article, false);
  else closeArticle(false);
}

function syncForm() {
  $("q").value = state.q;
  $("sort").value = state.sort;
  $("from").value = state.from.length === 4 ? state.from + "-01" : state.from.slice(0, 7);
  $("to").value = state.to.length === 4 ? state.to + "-12" : state.to.slice(0, 7);
  $("min_deaths").value = state.min_deaths;
  $("max_deaths").value = state.max_deaths;
  $("by").value = state.by;
}

function renderChips() {
  const chips = [];
  const chip = (label, change) => chips.push(el("button", {
    type: "button", class: "chip", title: "Remove this filter",
    onclick: () => go(change),
  }, label, el("span", { "aria-hidden": "true" }, " ×")));
  if (state.from || state.to) chip(`${state.from || "…"} – ${state.to || "…"}`, { from: "", to: "" });
  if (state.min_deaths !== "" || state.max_deaths !== "")
    chip(`deaths ${state.min_deaths || 0} – ${state.max_deaths || "∞"}`, { min_deaths: "", max_deaths: "" });
  for (const k of FACETS)
    for (const v of state[k]) chip(`${k}: ${v}`, { [k]: state[k].filter((x) => x !== v) });
  $("chips").replaceChildren(...chips);
}

function renderSummary(res) {
  const d = res.facets.deaths;
  const parts = [`${fmt(res.total)} article${res.total === 1 ? "" : "s"}`];
  if (d.articles) parts.push(`${fmt(d.total)} deaths in ${fmt(d.articles)} with a known toll (largest ${fmt(d.max)})`);
  $("summary").textContent = parts.join(" · ");
}

function facetEntries(kind, f) {
  if (kind === "province") return f.province.map((p) => ({ value: p.province, label: p.province, sub: p.country, count: p.count }));
  return f[kind].map((c) => ({ value: c.name, label: c.name, count: c.count }));
}

const expanded = {};
function renderFacets(f) {
  for (const kind of FACETS) {
    const list = $("facet-" + kind);
    const entries = facetEntries(kind, f);
    const lower = (s) => s.toLowerCase();
    const selected = state[kind];
    for (const v of selected) {
      if (!entries.some((e) => lower(e.value) === lower(v))) entries.unshift({ value: v, label: v, count: 0 });
    }
    const shown = expanded[kind] ? entries : entries.slice(0, Math.max(FACET_SHOWN, selected.length));
    const items = shown.map((e) => {
      const on = selected.some((v) => lower(v) === lower(e.value));
      const id = `f-${kind}-${e.value}-${e.sub || ""}`.replace(/[^A-Za-z0-9_-]/g, "_");
      const box = el("input", { type: "checkbox", id, checked: on, "data-value": e.value });
      box.addEventListener("change", () => {
        const rest = selected.filter((v) => lower(v) !== lower(e.value));
        go({ [kind]: box.checked ? [...rest, e.value] : rest });
      });
      return el("li", { class: on ? "on" : "" }, box,
        el("label", { for: id }, e.label, e.sub ? el("span", { class: "sub" }, " " + e.sub) : null),
        el("span", { class: "count" }, fmt(e.count)));
    });
    if (!entries.length) items.push(el("li", { class: "none" }, "none in these results"));
    if (entries.length > FACET_SHOWN) {
      items.push(el("li", { class: "more" }, el("button", {
        type: "button", class: "link",
        onclick: () => { expanded[kind] = !expanded[kind]; renderFacets(f); },
      }, expanded[kind] ? "Show fewer" : `Show all ${entries.length}`)));
    }
    list.replaceChildren(...items);
  }
}

function monthRange(first, last) {
  const out = [];
  let [y, m] = first.split("-").map(Number);
  const [ly, lm] = last.split("-").map(Number);
  while (y < ly || (y === ly && m <= lm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) { m = 1; y++; }
    if (out.length > 2400) break;
  }
  return out;
}

let lastMonths = [];
function renderTimeline(months) {
  const box = $("timeline");
  lastMonths = months;
  if (!months.length) { box.replaceChildren(el("p", { class: "hint" }, "No dated events in these results.")); renderYears([]); return; }
  const counts = new Map(months.map((m) => [m.name, m.count]));
  const all = monthRange(months[0].name, months[months.length - 1].name);
  const max = Math.max(...months.map((m) => m.count));
  const W = 800, H = 150, top = 8, bottom = 22, left = 28;
  const bw = (W - left) / all.length;
  const from = state.from ? state.from.slice(0, 7) : "";
  const to = state.to ? (state.to.length === 4 ? state.to + "-12" : state.to.slice(0, 7)) : "";
  const fromM = from.length === 4 ? from + "-01" : from;
  const chart = svg("svg", { viewBox: `0 0 ${W} ${H}`, role: "img", class: "chart",
    "aria-label": `Matches per month, ${all[0]} to ${all[all.length - 1]}, at most ${max} in a month` });
  chart.append(svg("line", { x1: left, x2: W, y1: H - bottom, y2: H - bottom, class: "axis" }));
  chart.append(svg("text", { x: left - 4, y: top + 8, class: "tick", "text-anchor": "end" }, String(max)));
  chart.append(svg("text", { x: left - 4, y: H - bottom, class: "tick", "text-anchor": "end" }, "0"));
  let lastYearX = -1e9;
  all.forEach((m, i) => {
    const c = counts.get(m) || 0;
    const h = c ? Math.max(2, (H - top - bottom) * c / max) : 0;
    const x = left + i * bw;
    const inRange = (!fromM || m >= fromM) && (!to || m <= to);
    const sel = (state.from || state.to) && inRange;
    const g = svg("g", { class: "bar" + (sel ? " sel" : "") + (c ? "" : " empty"), "data-month": m });
    g.append(svg("rect", { x, y: top, width: Math.max(bw, 1), height: H - top - bottom, class: "hit" }));
    if (c) g.append(svg("rect", { x: x + bw * 0.1, y: H - bottom - h, width: Math.max(bw * 0.8, 1), height: h, class: "val" }));
    g.append(svg("title", {}, `${m}: ${c} article${c === 1 ? "" : "s"}`));
    g.addEventListener("click", (ev) => {
      if (ev.shiftKey && (state.from || state.to)) {
        const lo = [fromM || m, m].sort()[0], hi = [to || m, m].sort()[1];
        go({ from: lo, to: hi });
      } else go({ from: m, to: m });
    });
    chart.append(g);
    if (m.endsWith("-01") || i === 0) {
      if (x - lastYearX > 34) {
        chart.append(svg("text", { x, y: H - 6, class: "tick" }, m.slice(0, 4)));
        lastYearX = x;
      }
    }
  });
  box.replaceChildren(chart);
  renderYears(all);
}

function renderYears(all) {
  const years = [...new Set(all.map((m) => m.slice(0, 4)))];
  const btns = years.map((y) => el("button", {
    type: "button", class: "year" + (state.from === y && state.to === y ? " on" : ""),
    "aria-pressed": state.from === y && state.to === y ? "true" : "false",
    onclick: () => go({ from: y, to: y }),
  }, y));
  if (state.from || state.to) btns.push(el("button", { type: "button", class: "link", onclick: () => go({ from: "", to: "" }) }, "any date"));
  $("years").replaceChildren(...btns);
}

function renderTolls(rows) {
  const body = $("tolls").querySelector("tbody");
  const shown = rows.filter((r) => r.deaths > 0 || r.with_toll > 0).slice(0, 15);
  const max = Math.max(1, ...shown.map((r) => r.deaths));
  const kind = state.by;
  body.replaceChildren(...shown.map((r) => {
    const on = state[kind].some((v) => v.toLowerCase() === r.name.toLowerCase());
    const name = el("button", {
      type: "button", class: "link", title: on ? "Already a filter" : `Filter on ${r.name}`,
      onclick: () => { if (!on) go({ [kind]: [...state[kind], r.name] }); },
    }, r.name);
    return el("tr", { class: on ? "on" : "" },
      el("td", {}, name, r.country ? el("span", { class: "sub" }, " " + r.country) : null),
      el("td", { class: "num" }, fmt(r.deaths)),
      el("td", { class: "num", title: `${r.with_toll} with a known toll` }, fmt(r.articles)),
      el("td", { class: "bar-col" }, el("span", { class: "hbar", style: `width:${(100 * r.deaths / max).toFixed(1)}%` })));
  }));
  if (!shown.length) body.append(el("tr", {}, el("td", { colspan: "4", class: "hint" }, "No known tolls in these results.")));
}

function renderResults(res) {
  const items = res.hits.map((h) => {
    const facts = [];
    if (h.event_date) facts.push(el("span", { class: "date", title: "Event date" }, h.event_date));
    else if (h.published) facts.push(el("span", { class: "date", title: "Published" }, "published " + h.published));
    if (h.deaths !== null && h.deaths !== undefined)
      facts.push(el("span", { class: "deaths", title: "Deaths" }, `${fmt(h.deaths)} killed`));
    for (const p of h.places.slice(0, 3)) facts.push(el("span", { class: "place" }, placeName(p)));
    for (const g of h.groups.slice(0, 2)) facts.push(el("span", { class: "group" }, g.name));
    const link = el("a", { href: "?article=" + encodeURIComponent(h.id), class: "title",
      onclick: (ev) => { ev.preventDefault(); go({ article: h.id }, { keepOffset: true }); } },
      h.title || h.id);
    return el("li", { class: "hit" }, el("h3", {}, link), el("p", { class: "facts" }, facts),
      el("p", { class: "snippet" }, highlighted(h.snippet, h.highlights)));
  });
  if (!items.length) items.push(el("li", { class: "none" }, "No article matches. Try fewer words or filters."));
  $("results").replaceChildren(...items);
}

function renderPager(total) {
  const pages = Math.ceil(total / PAGE);
  const page = Math.floor(state.offset / PAGE);
  const nav = $("pager");
  if (pages <= 1) { nav.replaceChildren(); return; }
  nav.replaceChildren(
    el("button", { type: "button", disabled: page === 0, onclick: () => go({ offset: (page - 1) * PAGE }), "aria-label": "Previous page" }, "‹ Prev"),
    el("span", { class: "page" }, `Page ${page + 1} of ${pages}`),
    el("button", { type: "button", disabled: page >= pages - 1, onclick: () => go({ offset: (page + 1) * PAGE }), "aria-label": "Next page" }, "Next ›"));
}

// ---- the article view ----------------------------------------------------------------------
let returnFocus = null;
let shownArticle = "";

async function openArticle(id, push = true) {
  if (push) { go({ article: id, offset: state.offset }); return; }
  if (shownArticle === id && !$("article").hidden) return;
  shownArticle = id;
  const view = $("article");
  if (view.hidden) returnFocus = document.activeElement;
  let a;
  try {
    a = await getJson("/api/articles/" + encodeURIComponent(id));
  } catch (e) {
    $("a-title").textContent = "Cannot show this article";
    $("a-meta").textContent = e.message;
    for (const x of ["a-facets", "a-evidence", "a-text"]) $(x).replaceChildren();
    view.hidden = false;
    $("a-close").focus();
    return;
  }
  if (shownArticle !== id) return;
  $("a-title").textContent = a.title || a.id;
  const meta = [`id ${a.id}`];
  if (a.published) meta.push(`published ${a.published}`);
  if (a.source) meta.push(a.source);
  $("a-meta").replaceChildren(meta.join(" · "), a.url ? el("span", {}, " · ", el("a", { href: a.url, rel: "noopener noreferrer" }, "original")) : "");
  const row = (k, v) => el("tr", {}, el("th", { scope: "row" }, k), el("td", {}, v));
  const unknown = el("span", { class: "sub" }, "unknown");
  $("a-facets").replaceChildren(
    row("Event date", a.event_date || unknown.cloneNode(true)),
    row("Places", a.places.length ? a.places.map(placeName).join("; ") : unknown.cloneNode(true)),
    row("Groups", a.groups.length ? a.groups.map((g) => g.name).join("; ") : unknown.cloneNode(true)),
    row("Deaths", a.deaths !== null && a.deaths !== undefined ? String(a.deaths) : unknown.cloneNode(true)),
    row("Attackers killed", a.deaths_attackers !== null && a.deaths_attackers !== undefined ? String(a.deaths_attackers) : unknown.cloneNode(true)));
  $("a-evidence").replaceChildren(...a.evidence.map((ev, i) => el("li", { class: "ev facet-" + ev.facet },
    el("button", { type: "button", class: "link", onclick: () => {
      const t = $("a-text").querySelector(`[data-ev~="${i}"]`);
      if (t) { t.scrollIntoView({ block: "center" }); t.classList.add("flash"); setTimeout(() => t.classList.remove("flash"), 1200); }
    } }, `${ev.facet.replace("_", " ")}: ${ev.value}`),
    el("span", { class: "rule" }, " " + ev.rule), el("q", {}, ev.sentence))));
  if (!a.evidence.length) $("a-evidence").append(el("li", { class: "hint" }, "No evidence stored."));
  $("a-text").replaceChildren(...a.segments.map((s) => {
    let node = s.text;
    if (s.span) {
      const facet = a.evidence[s.span[0]].facet;
      node = el("strong", { class: "ev-span facet-" + facet, "data-ev": s.span.join(" "),
        title: s.span.map((i) => `${a.evidence[i].facet}: ${a.evidence[i].value}`).join("\n") }, s.text);
    }
    if (s.sentence) node = el("mark", { class: "ev-sentence", "data-ev": s.sentence.join(" ") }, node);
    return node;
  }));
  view.hidden = false;
  view.scrollTop = 0;
  $("a-close").focus();
}

function closeArticle(push = true) {
  if (push) { go({ article: "" }, { keepOffset: true }); return; }
  shownArticle = "";
  if ($("article").hidden) return;
  $("article").hidden = true;
  if (returnFocus && document.contains(returnFocus)) returnFocus.focus();
}

// ---- wiring --------------------------------------------------------------------------------
$("search").addEventListener("submit", (ev) => {
  ev.preventDefault();
  go({ q: $("q").value.trim(), sort: $("sort").value });
});
$("sort").addEventListener("change", () => go({ sort: $("sort").value, q: $("q").value.trim() }));
for (const id of ["from", "to"]) {
  $(id).addEventListener("change", () => go({ [id]: $(id).value }));
}
for (const id of ["min_deaths", "max_deaths"]) {
  $(id).addEventListener("change", () => {
    const v = $(id).value.trim();
    go({ [id]: /^\d+$/.test(v) ? String(parseInt(v, 10)) : "" });
  });
}
$("by").addEventListener("change", () => go({ by: $("by").value }, { keepOffset: true }));
$("clear").addEventListener("click", () => go({ from: "", to: "", min_deaths: "", max_deaths: "", group: [], province: [], country: [] }));
$("a-close").addEventListener("click", () => closeArticle());
$("article").addEventListener("click", (ev) => { if (ev.target === $("article")) closeArticle(); });
$("toggle-filters").addEventListener("click", () => {
  const open = document.body.classList.toggle("filters-open");
  $("toggle-filters").setAttribute("aria-expanded", String(open));
});
document.addEventListener("keydown", (ev) => {
  if (ev.key === "Escape" && !$("article").hidden) { ev.preventDefault(); closeArticle(); return; }
  const typing = /^(INPUT|SELECT|TEXTAREA)$/.test(document.activeElement.tagName);
  if (ev.key === "/" && !typing && $("article").hidden) { ev.preventDefault(); $("q").focus(); $("q").select(); }
});

history.replaceState(null, "", pageUrl(state));
render();
