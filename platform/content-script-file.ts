/**
 * Where the build puts the content script (entrypoints/page-terms/, an unlisted script), for the
 * manifest in wxt.config.ts and for `scripting` in the background. Imports nothing, so that the
 * build configuration can read it.
 */
export const CONTENT_SCRIPT_FILE = 'page-terms.js';
