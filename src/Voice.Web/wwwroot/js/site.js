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
// language) and read nothing: an English voice reading Urdu is noise, not help.
function voicesReady() {
  const voices = window.speechSynthesis.getVoices();
  if (voices.length > 0) return Promise.resolve(voices);
  return new Promise((resolve) => {
    const done = () => resolve(window.speechSynthesis.getVoices());
    window.speechSynthesis.addEventListener("voiceschanged", done, { once: true });
    setTimeout(done, 1500);
  });
}

function voiceFor(voices, lang) {
  const matching = voices.filter((v) => v.lang.toLowerCase().replace("_", "-").split("-")[0] === lang);
  return matching.find((v) => lang === "en" && v.lang.toLowerCase().replace("_", "-") === "en-gb") ?? matching[0] ?? null;
}

for (const button of document.querySelectorAll("[data-read-aloud]")) {
  const status = document.getElementById(button.getAttribute("aria-describedby") ?? "");
  if (!("speechSynthesis" in window)) {
    button.hidden = true;
    continue;
  }
  button.addEventListener("click", async () => {
    window.speechSynthesis.cancel();
    const lang = (button.dataset.lang || document.documentElement.lang || "en").toLowerCase().split("-")[0];
    const voice = voiceFor(await voicesReady(), lang);
    if (!voice) {
      if (status) status.textContent = button.dataset.noVoice ?? "";
      return;
    }
    if (status) status.textContent = "";
    const utterance = new SpeechSynthesisUtterance(button.getAttribute("data-read-aloud"));
    utterance.voice = voice;
    utterance.lang = voice.lang;
    window.speechSynthesis.speak(utterance);
  });
}
