// The staff page. Letter text and user input reach the page only through textContent and text nodes,
// never as markup, so a letter holding "<script>" is shown as those characters.
"use strict";

const $ = (id) => document.getElementById(id);

function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) node.textContent = String(text);
  if (className) node.className = className;
  return node;
}

// Splits the text at the server's character offsets; each marked span becomes a <mark> holding plain text.
function highlighted(tag, text, marks, className) {
  const node = el(tag, undefined, className);
  let at = 0;
  for (const m of marks || []) {
    if (m.start < at || m.end > text.length || m.end <= m.start) continue;
    node.append(document.createTextNode(text.slice(at, m.start)), el("mark", text.slice(m.start, m.end)));
    at = m.end;
  }
  node.append(document.createTextNode(text.slice(at)));
  return node;
}

// The API key, when the page is served to the network with one, lives only in this tab's session storage.
function withKey(options, accept) {
  const merged = Object.assign({}, options);
  merged.headers = Object.assign({ Accept: accept }, (options && options.headers) || {});
  const key = sessionStorage.getItem("foibot-key");
  if (key) merged.headers.Authorization = `Bearer ${key}`;
  return merged;
}

function needKey(response) {
  if (response.status !== 401) return false;
  $("key-form").hidden = false;
  return true;
}

async function api(path, options) {
  const response = await fetch(path, withKey(options, "application/json"));
  if (needKey(response)) throw new Error("This page needs its API key: enter it above.");
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && (body.errors ? Object.values(body.errors).flat().join(" ") : body.detail || body.title);
    throw new Error(detail || `The server answered ${response.status}.`);
  }
  return body;
}

// Saves what the API sends as a CSV file, through a link the page makes and clicks (the key goes in the header).
async function download(path, options, fileName, status) {
  try {
    const response = await fetch(path, withKey(options, "text/csv"));
    if (needKey(response)) throw new Error("This page needs its API key: enter it above.");
    if (!response.ok) throw new Error(`The server answered ${response.status}.`);
    const link = el("a");
    link.href = URL.createObjectURL(await response.blob());
    link.download = fileName;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 10000);
  } catch (error) {
    status.textContent = error.message;
  }
}

function citeLine(item) {
  const parts = [item.authority || "unknown authority", item.ref ? `ref ${item.ref}` : "no reference", item.date || "undated"];
  if (item.number) parts.push(`question ${item.number}`);
  parts.push(item.outcome);
  return parts.join(" · ");
}

// A letter's public address, linked only when it is a web address: a provenance table is text anyone may have
// written, and a "javascript:" link must never become clickable.
function publishedLink(address) {
  if (!address || !/^https?:\/\//i.test(address)) return null;
  const link = el("a", "published", "published");
  link.href = address;
  link.rel = "noopener noreferrer";
  link.target = "_blank";
  link.title = address;
  return link;
}

function withLink(cite, address) {
  const link = publishedLink(address);
  if (link) cite.append(" · ", link);
  return cite;
}

function letterButton(ref, label, query) {
  const button = el("button", label, "link");
  button.type = "button";
  button.addEventListener("click", () => openLetter(ref, query, button));
  return button;
}

let lastQuery = "";
let lastSearch = "";
let lastCheck = null;
let returnFocus = null;

async function search(event) {
  event.preventDefault();
  const form = new FormData($("search-form"));
  const params = new URLSearchParams();
  for (const [k, v] of form) if (String(v).trim()) params.set(k, String(v).trim());
  lastQuery = params.get("q") || "";
  lastSearch = params.toString();
  const list = $("results");
  list.replaceChildren();
  $("search-csv").hidden = true;
  $("search-status").textContent = "Searching…";
  try {
    const result = await api(`/api/search?${params}`);
    $("search-status").textContent = result.hits.length ? `${result.hits.length} passages found.` : "No passage matches.";
    $("search-csv").hidden = result.hits.length === 0;
    for (const hit of result.hits) {
      const item = el("li", undefined, "hit");
      const cite = el("p", undefined, "cite");
      cite.append(hit.ref ? letterButton(hit.ref, citeLine(hit), lastQuery) : el("span", citeLine(hit)));
      withLink(cite, hit.sourceAddress);
      item.append(cite, highlighted("p", hit.question, hit.questionMarks, "q"),
        highlighted("p", hit.answer || "(no answer in the text)", hit.answer ? hit.answerMarks : [], "a"));
      list.append(item);
    }
  } catch (error) {
    $("search-status").textContent = error.message;
  }
}

async function openLetter(ref, query, opener) {
  returnFocus = opener || null;
  const q = query ? `?q=${encodeURIComponent(query)}` : "";
  try {
    const path = ref.split("/").map(encodeURIComponent).join("/");
    const { letter, marks } = await api(`/api/letters/${path}${q}`);
    $("letter-heading").textContent = `Letter ${letter.reference || ""}`.trim();
    const meta = $("letter-meta");
    meta.replaceChildren();
    const rows = [["Authority", letter.authority || "unknown"], ["References", (letter.references || []).join(", ")],
      ["Responded", letter.responseDate || "undated"], ["Subject", letter.subject || "(none)"], ["Outcome", letter.outcome], ["Source", letter.source]];
    for (const [name, value] of rows) meta.append(el("dt", name), el("dd", value));
    if (letter.sourceAddress) meta.append(el("dt", "Published"), withLink(el("dd", letter.sourceAddress), letter.sourceAddress));
    const pairs = $("letter-pairs");
    pairs.replaceChildren();
    letter.pairs.forEach((pair, i) => {
      const m = marks[i] || { question: [], answer: [] };
      const item = el("li");
      item.append(highlighted("p", pair.question, m.question, "q"),
        el("p", `${pair.outcome}${(pair.exemptions || []).length ? " · " + pair.exemptions.join(", ") : ""}`, "cite"),
        highlighted("p", pair.answer || "(no answer in the text)", pair.answer ? m.answer : [], "a"));
      pairs.append(item);
    });
    $("letter-panel").hidden = false;
    $("letter-panel").focus();
  } catch (error) {
    $("search-status").textContent = error.message;
  }
}

function closeLetter() {
  $("letter-panel").hidden = true;
  if (returnFocus) returnFocus.focus();
}

function matchList(matches, query) {
  const list = el("ol", undefined, "matches");
  for (const m of matches) {
    const row = el("li");
    const cite = el("p", undefined, "cite");
    cite.append(m.ref ? letterButton(m.ref, citeLine(m), query) : el("span", citeLine(m)), el("span", m.strength, `badge ${m.strength}`));
    withLink(cite, m.sourceAddress);
    row.append(cite, el("p", m.question, "q"), el("p", m.quote || "(no answer in the text)", "a"));
    list.append(row);
  }
  return list;
}

// "Asked 2 times of London Borough of Barnet (2019-08-27 to 2026-01-16): 1 No, 1 NotHeld."
function askedLine(asked, authority) {
  const times = asked.count === 1 ? "once" : `${asked.count} times`;
  const when = asked.first === asked.last ? (asked.first || "undated") : `${asked.first} to ${asked.last}`;
  const outcomes = asked.outcomes.map((o) => `${o.count} ${o.outcome}`).join(", ");
  return `Asked ${times}${authority ? ` of ${authority}` : ""} (${when}): ${outcomes}.`;
}

async function check(event) {
  event.preventDefault();
  const text = $("check-text").value;
  const authority = $("check-authority").value || null;
  const list = $("check-results");
  const warning = $("check-warning");
  list.replaceChildren();
  warning.hidden = true;
  $("check-csv").hidden = true;
  $("check-status").textContent = "Checking…";
  lastCheck = JSON.stringify({ text, authority });
  try {
    const result = await api("/api/check", {
      method: "POST",
      headers: { "Content-Type": "application/json", Accept: "application/json" },
      body: lastCheck,
    });
    $("check-status").textContent = `${result.questions.length} question(s) read${result.authority ? ` for ${result.authority}` : ""}.`;
    if (result.likelyDuplicate) {
      const repeated = result.questions.filter((q) => q.duplicateOf).map((q) => q.number);
      const which = repeated.length === 1 ? `question ${repeated[0]} was` : `questions ${repeated.join(", ")} were`;
      warning.textContent = `Likely duplicate: ${which} already answered. Consider section 21 (information reasonably accessible) and point to the earlier response.`;
      warning.hidden = false;
    }
    for (const q of result.questions) {
      const item = el("li");
      item.append(el("p", q.question, "q"));
      if (q.askedBefore) item.append(el("p", askedLine(q.askedBefore, result.authority), "asked"));
      const none = result.authority ? `No earlier letter of ${result.authority} disclosed on this.` : "No earlier letter disclosed on this.";
      item.append(q.matches.length ? matchList(q.matches, q.question) : el("p", none, "cite"));
      if (q.elsewhere.length) item.append(el("p", "Elsewhere: other authorities' letters", "elsewhere"), matchList(q.elsewhere, q.question));
      list.append(item);
    }
    $("check-csv").hidden = result.questions.length === 0;
  } catch (error) {
    $("check-status").textContent = error.message;
  }
}

function countRows(table, counts) {
  const body = $(table).tBodies[0];
  body.replaceChildren();
  for (const c of counts) {
    const row = el("tr");
    row.append(el("td", c.name), el("td", c.count));
    body.append(row);
  }
}

async function loadStats(event) {
  if (event) event.preventDefault();
  const params = new URLSearchParams();
  for (const [k, v] of new FormData($("stats-form"))) if (String(v).trim()) params.set(k, String(v).trim());
  try {
    const stats = await api(`/api/stats?${params}`);
    $("stats-status").textContent = `${stats.letters} letters${stats.from || stats.to ? ` answered ${stats.from || "…"} to ${stats.to || "…"}` : ""}.`;
    countRows("stats-authority", stats.byAuthority);
    countRows("stats-outcome", stats.byOutcome);
    countRows("stats-exemption", stats.byExemption);
  } catch (error) {
    $("stats-status").textContent = error.message;
  }
}

const verdicts = { Yes: "Yes", No: "No", NotHeld: "Not held", Refused: "Refused", NeitherConfirmNorDeny: "Neither confirmed nor denied", Partial: "Partly", Answered: "Answered", NoAnswer: "No answer in the letters" };

async function ask(event) {
  event.preventDefault();
  const question = $("ask-q").value.trim();
  const panel = $("ask-answer");
  panel.hidden = true;
  $("ask-status").textContent = "Asking…";
  try {
    const answer = await api(`/api/ask?q=${encodeURIComponent(question)}`);
    $("ask-status").textContent = "";
    $("ask-verdict").textContent = `${verdicts[answer.verdict] || answer.verdict} · written by ${answer.engine === "llm" ? "the model, checked against the letters" : "FoiBot from the letters"}`;
    $("ask-text").textContent = answer.text;
    // When a model's answer was set aside, staff see why, so a wrong or invented draft is never a silent mystery.
    $("ask-fallback").textContent = answer.fallback ? `The model's answer was not shown: ${answer.fallback.replace(/\.$/, "")}.` : "";
    $("ask-fallback").hidden = !answer.fallback;
    const list = $("ask-citations");
    list.replaceChildren();
    answer.citations.forEach((c, i) => {
      const row = el("li");
      const cite = el("p", undefined, "cite");
      const line = `[${i + 1}] ${c.authority} · ${c.ref ? "ref " + c.ref : "no reference"} · ${c.date || "undated"}`;
      cite.append(c.ref ? letterButton(c.ref, line, question) : el("span", line));
      withLink(cite, c.sourceAddress);
      row.append(cite, el("p", c.quote || "(no answer in the text)", "a"));
      list.append(row);
    });
    panel.hidden = false;
  } catch (error) {
    $("ask-status").textContent = error.message;
  }
}

async function loadCoverage() {
  try {
    const coverage = await api("/api/authorities");
    $("coverage-summary").textContent = `${coverage.letters} letters from ${coverage.authorities.length} authorities.`;
    const body = $("coverage").tBodies[0];
    for (const a of coverage.authorities) {
      const row = el("tr");
      row.append(el("td", a.authority), el("td", a.letters), el("td", a.earliest || "–"), el("td", a.latest || "–"));
      body.append(row);
      $("authority").append(new Option(a.authority, a.authority));
      $("check-authority").append(new Option(a.authority, a.authority));
    }
  } catch (error) {
    $("coverage-summary").textContent = error.message;
  }
}

document.addEventListener("DOMContentLoaded", () => {
  $("search-form").addEventListener("submit", search);
  $("check-form").addEventListener("submit", check);
  $("stats-form").addEventListener("submit", loadStats);
  $("search-csv").addEventListener("click", () => download(`/api/search?${lastSearch}&format=csv`, {}, "foibot-search.csv", $("search-status")));
  $("check-csv").addEventListener("click", () => download("/api/check?format=csv",
    { method: "POST", headers: { "Content-Type": "application/json" }, body: lastCheck }, "foibot-check.csv", $("check-status")));
  $("key-form").addEventListener("submit", (e) => {
    e.preventDefault();
    sessionStorage.setItem("foibot-key", $("api-key").value.trim());
    $("api-key").value = "";
    $("key-form").hidden = true;
    loadCoverage();
    loadStats();
  });
  $("ask-form").addEventListener("submit", ask);
  $("letter-close").addEventListener("click", closeLetter);
  $("letter-panel").addEventListener("keydown", (e) => { if (e.key === "Escape") closeLetter(); });
  loadCoverage();
  loadStats();
});
