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

// "Read this out loud" buttons use the browser's own speech, where it has it.
for (const button of document.querySelectorAll("[data-read-aloud]")) {
  if (!("speechSynthesis" in window)) {
    button.hidden = true;
    continue;
  }
  button.addEventListener("click", () => {
    window.speechSynthesis.cancel();
    const utterance = new SpeechSynthesisUtterance(button.getAttribute("data-read-aloud"));
    utterance.lang = "en-GB";
    window.speechSynthesis.speak(utterance);
  });
}
