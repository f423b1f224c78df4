/**
 * Where the build puts the content script (entrypoints/page-terms/, an unlisted script), for the
 * manifest in wxt.config.ts and for `scripting` in the background, and the card's code, which the
 * background injects beside it when a page first needs a card (entrypoints/page-card/), and the
 * explainer's, injected when the page could hold a term (entrypoints/page-explainer/). Imports
 * nothing, so that the build configuration can read it.
 */
export const CONTENT_SCRIPT_FILE = 'page-terms.js';
export const CARD_SCRIPT_FILE = 'page-card.js';
export const EXPLAINER_SCRIPT_FILE = 'page-explainer.js';
