// Dialogues: our own start-up script. Loaded as a module from the server itself, so the strict
// Content-Security-Policy needs no inline script. It marks the page as JavaScript-enabled (the
// govuk-frontend styles use this) and starts the govuk-frontend components.
import { initAll } from "/assets/govuk-frontend.min.js";

document.body.classList.add("js-enabled", "govuk-frontend-supported");
initAll();
