// Progressive enhancement only: every page works without this file.
import { initAll } from '/assets/govuk-frontend.js';

initAll();
