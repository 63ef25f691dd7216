// Starts the GOV.UK components and wires htmx to antiforgery. Everything works without this file.
// GOV.UK Frontend's fingerprinted URL is on this script's own tag (no inline import map, so pages
// need no inline script and no CSP nonce).
const govukFrontend = document.querySelector("script[data-govuk-frontend]");
const { initAll } = await import(govukFrontend ? govukFrontend.dataset.govukFrontend : "/lib/govuk/govuk-frontend.min.js");

initAll();

document.body.addEventListener("htmx:configRequest", (event) => {
  const token = document.querySelector('meta[name="request-verification-token"]');
  if (token) event.detail.headers["RequestVerificationToken"] = token.content;
});

// Content swapped in by htmx needs its GOV.UK components started too.
document.body.addEventListener("htmx:afterSwap", (event) => {
  initAll({ scope: event.detail.target });
});

// "Read this out loud" buttons use the browser's own speech, with a voice in the text's language
// (data-lang, else the page's lang). With no such voice they say so (data-no-voice, in the page's
// language) and read nothing: an English voice reading Urdu is noise, not help. A button reads its
// data-read-aloud text, or the words in its language inside the element data-read-aloud-from names:
// never form fields (what the person typed), buttons, hidden text or words in another language.
function voicesReady() {
  const voices = window.speechSynthesis.getVoices();
  if (voices.length > 0) return Promise.resolve(voices);
  return new Promise((resolve) => {
    const done = () => resolve(window.speechSynthesis.getVoices());
    window.speechSynthesis.addEventListener("voiceschanged", done, { once: true });
    setTimeout(done, 1500);
  });
}

const baseLanguage = (code) => (code || "").toLowerCase().replace("_", "-").split("-")[0];

function voiceFor(voices, lang) {
  const matching = voices.filter((v) => baseLanguage(v.lang) === lang);
  return matching.find((v) => lang === "en" && v.lang.toLowerCase().replace("_", "-") === "en-gb") ?? matching[0] ?? null;
}

const notRead = "button, input, textarea, select, script, style, svg, [hidden], [aria-hidden='true'], .govuk-visually-hidden, .voice-js-only, .voice-print-only";
const block = "p, h1, h2, h3, h4, li, label, legend, dt, dd, th, td, div";

function wordsIn(root, lang) {
  const parts = [];
  let lastBlock = null;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    if (!parent || parent.closest(notRead)) continue;
    if (baseLanguage(parent.closest("[lang]")?.getAttribute("lang")) !== lang) continue;
    const text = node.textContent.replace(/\s+/g, " ").trim();
    if (!text) continue;
    const inBlock = parent.closest(block);
    // A pause between a heading or label and what follows, where the text has no full stop of its own.
    if (parts.length > 0 && inBlock !== lastBlock && !/[.!?:;\u061F\u06D4]$/.test(parts[parts.length - 1])) parts[parts.length - 1] += ".";
    parts.push(text);
    lastBlock = inBlock;
  }
  return parts.join(" ");
}

for (const button of document.querySelectorAll("[data-read-aloud]")) {
  const status = document.getElementById((button.getAttribute("aria-describedby") ?? "").split(" ").pop());
  if (!("speechSynthesis" in window)) {
    button.hidden = true;
    continue;
  }
  button.addEventListener("click", async () => {
    window.speechSynthesis.cancel();
    const lang = baseLanguage(button.dataset.lang || document.documentElement.lang || "en");
    const voice = voiceFor(await voicesReady(), lang);
    if (!voice) {
      if (status) status.textContent = button.dataset.noVoice ?? "";
      return;
    }
    if (status) status.textContent = "";
    const from = button.dataset.readAloudFrom ? document.getElementById(button.dataset.readAloudFrom) : null;
    const utterance = new SpeechSynthesisUtterance(from ? wordsIn(from, lang) : button.dataset.readAloud);
    utterance.voice = voice;
    utterance.lang = voice.lang;
    window.speechSynthesis.speak(utterance);
  });
}
