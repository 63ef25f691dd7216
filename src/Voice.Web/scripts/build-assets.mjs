// Builds wwwroot/lib from npm packages: compiles our Sass over govuk-frontend and copies the
// scripts we serve. Runs from MSBuild before every build when inputs changed; nothing here is
// committed and nothing is fetched at run time.
import { compile } from "sass";
import { cpSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const lib = join(root, "wwwroot", "lib");
const modules = join(root, "node_modules");

rmSync(lib, { recursive: true, force: true });
mkdirSync(join(lib, "govuk"), { recursive: true });
mkdirSync(join(lib, "htmx"), { recursive: true });

const css = compile(join(root, "Styles", "app.scss"), {
  loadPaths: [modules],
  style: "compressed",
  quietDeps: true,
  silenceDeprecations: ["import", "global-builtin", "color-functions", "slash-div"],
});
writeFileSync(join(lib, "app.css"), css.css);

cpSync(join(modules, "govuk-frontend", "dist", "govuk", "govuk-frontend.min.js"), join(lib, "govuk", "govuk-frontend.min.js"));
// govuk-frontend's images (crown, crest, favicons) are the government's brand: not copied.
cpSync(join(modules, "htmx.org", "dist", "htmx.min.js"), join(lib, "htmx", "htmx.min.js"));
console.log("Voice assets built in wwwroot/lib");
