import preact from '@preact/preset-vite';
import type { Plugin, ResolvedConfig } from 'vite';
import { defineConfig } from 'wxt';
import { DEMO_HOST, DEMO_PORT, demoServerPlugin } from './demo/demo-server';
import { DEFAULT_RUNNING_SITES, matchPatternsForSite } from './knowledge/running-sites';
import { GLOSSARY } from './knowledge/terms/glossary';
import { VARIANTS_NEEDING_CONTEXT } from './knowledge/terms/term-context';
import { compileTermGate, type GateMode, type TermGate } from './knowledge/terms/term-gate';
import { compileTerms } from './knowledge/terms/term-matcher';
import { CONTENT_SCRIPT_FILE } from './platform/content-script-file';

/**
 * `virtual:compiled-terms`: the glossary compiled for matching at build time (a trie of the
 * variants and the term ids, without the card texts), so the content script carries and does only what it
 * needs on every page; cards ask the background for their text.
 */
function compiledTermsPlugin(): Plugin {
  const id = 'virtual:compiled-terms';
  return {
    name: 'hip-pain-guide-compiled-terms',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (source) =>
      source === `\0${id}`
        ? `export default ${JSON.stringify(compileTerms(GLOSSARY, { needingContext: VARIANTS_NEEDING_CONTEXT }))};`
        : undefined,
  };
}

/** How the gate reads and tests the page (HPG_GATE, for side-by-side builds; see `GateMode`). */
function gateMode(): GateMode {
  const mode = process.env.HPG_GATE ?? 'background';
  if (!['regex', 'staged', 'trie', 'nodes', 'texts', 'background'].includes(mode))
    throw new Error(`HPG_GATE=${mode}?`);
  return mode as GateMode;
}

const NO_AUTOMATON = { keys: '', counts: '', flags: '' };
const NO_PATTERNS = {
  clear: '',
  ambiguous: '',
  running: '',
  firstWords: '',
  joins: '',
  joinable: '',
};

/** The gate in `mode`: only what that mode reads (the automaton, the patterns or neither). */
function gateFor(mode: GateMode): TermGate {
  const gate = compileTermGate(GLOSSARY, { needingContext: VARIANTS_NEEDING_CONTEXT, mode });
  if (mode === 'background') return { ...gate, ...NO_PATTERNS, automaton: NO_AUTOMATON };
  if (mode === 'trie' || mode === 'nodes') {
    return { ...gate, clear: '', ambiguous: '', running: '', firstWords: '' };
  }
  return { ...gate, automaton: NO_AUTOMATON };
}

/**
 * `virtual:term-gate`: the page gate's patterns (knowledge/terms/term-gate.ts), made from every
 * variant at build time, for the content script to tell whether a page could hold a term before
 * it loads the explainer; in the `background` mode the page gets only its mode, and the
 * background, which reads for it, gets the patterns as `virtual:term-gate-patterns`.
 */
function termGatePlugin(): Plugin {
  const modules: Record<string, () => TermGate> = {
    'virtual:term-gate': () => gateFor(gateMode()),
    // The background reads as the `texts` mode would in the page.
    'virtual:term-gate-patterns': () => gateFor('texts'),
  };
  return {
    name: 'hip-pain-guide-term-gate',
    resolveId: (source) => (source in modules ? `\0${source}` : undefined),
    load: (source) => {
      const make = source.startsWith('\0') ? modules[source.slice(1)] : undefined;
      if (!make) return undefined;
      const gate = make();
      // The mode alone as well, a constant the bundler can fold: the content script then ships
      // only the reading its mode does.
      return `export const mode = ${JSON.stringify(gate.mode)};\nexport default ${JSON.stringify(gate)};`;
    },
  };
}

const ICONS = {
  16: 'icons/icon-16.png',
  32: 'icons/icon-32.png',
  48: 'icons/icon-48.png',
  128: 'icons/icon-128.png',
};
const TOOLBAR_ICONS = { 16: ICONS[16], 32: ICONS[32] };

/** The scripts that run in web pages: the content script and the explainer's and card's code it loads. */
const PAGE_SCRIPT_ENTRIES = [
  'entrypoints/page-terms/',
  'entrypoints/page-card/',
  'entrypoints/page-explainer/',
];

/** True when a build (WXT builds each unlisted script on its own) makes a page script. */
function buildsPageScript(config: ResolvedConfig): boolean {
  const entry = JSON.stringify(config.build.lib ? config.build.lib.entry : '');
  return PAGE_SCRIPT_ENTRIES.some((folder) => entry.includes(folder));
}

/**
 * The content script talks to the browsers' own promise-based API (`@wxt-dev/browser`: Firefox's
 * `browser`, Chrome's `chrome`) rather than webextension-polyfill, which WXT's module puts
 * behind `wxt/browser` for every entry point: the polyfill is ~2.7 KB of the content script's
 * 15 KB gzip budget, and the content script needs none of it (`sendMessage` and `storage` return
 * promises in both browsers under Manifest V3; `listenForCalls` in platform/messages.ts answers
 * through `sendResponse`, which both support). The other entry points keep the polyfill.
 * One thing to know: a background handler that rejects is answered as `undefined` (no answer),
 * not as a rejection, so senders treat a missing reply as a failure.
 */
function nativeBrowserInContentScript(): Plugin {
  let isContentScript = false;
  return {
    name: 'hip-pain-guide-native-browser-in-content-script',
    enforce: 'pre',
    configResolved(config) {
      isContentScript = buildsPageScript(config);
    },
    resolveId(source, importer) {
      // `wxt/browser` arrives here already aliased by the polyfill module.
      if (!isContentScript || source !== '@wxt-dev/webextension-polyfill/browser') return null;
      return this.resolve('@wxt-dev/browser', importer, { skipSelf: true });
    },
  };
}

/**
 * Asks V8 to compile every function of the scripts that run in pages as the script loads
 * (`//# allFunctionsCalledOnLoad`, Chrome 136+; other engines read a comment). Left to itself,
 * V8 only pre-parses a function and compiles it at its first call, parsing it twice: nearly all
 * of the content script runs within its first frames on a page, and compiling lazily cost more
 * than compiling it all at once (traces, docs/highlighting.md). The card's code is a file of its
 * own (page/card-module.ts), so the content script compiles none of it.
 */
function compileHintForPageScripts(): Plugin {
  let isPageScript = false;
  return {
    name: 'hip-pain-guide-compile-hint-for-page-scripts',
    // After WXT's own rewriting of the script's first line.
    enforce: 'post',
    configResolved(config) {
      isPageScript = buildsPageScript(config);
    },
    generateBundle(_options, bundle) {
      if (!isPageScript) return;
      for (const chunk of Object.values(bundle)) {
        // First in the file: V8 reads the hint before it meets the first function.
        if (chunk.type === 'chunk') chunk.code = `//# allFunctionsCalledOnLoad\n${chunk.code}`;
      }
    },
  };
}

/**
 * The Content Security Policy of our own pages (sidebar, journal summary): scripts, styles and
 * images only from the extension itself, no network at all (`connect-src 'none'`: the guide
 * never talks to a server, and an injected script could not either), no plugins, no `<base>`
 * rewriting and no form posting anywhere.
 */
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader can see where every name comes from.
  imports: false,
  // Lets parallel builds (a test run beside a dev session) use separate folders.
  outDir: process.env.HPG_OUT_DIR ?? '.output',
  // Manifest V3 for Firefox too (WXT would build MV2 there). In Firefox's MV2 build WXT drops
  // `optional_host_permissions`, so switching on a user's own site could not ask for it, and an
  // MV2 background is persistent, for which Firefox does not keep context menus across restarts
  // (it stores them only for event pages). MV3 keeps one manifest model for both browsers.
  manifestVersion: 3,
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [
      preact(),
      compiledTermsPlugin(),
      termGatePlugin(),
      nativeBrowserInContentScript(),
      compileHintForPageScripts(),
      demoServerPlugin(),
    ],
  }),
  manifest: ({ browser, command }) => ({
    name: 'Hip Pain Guide',
    description:
      'Plain-English explanations of hip-pain terms on running sites, and a private guide to what your sore hip may be telling you.',
    permissions: ['storage', 'contextMenus', 'scripting'],
    // The running sites the content script matches, as host permissions too: content-script
    // matches alone do not let `scripting` reach a tab (Chrome: "Cannot access contents of the
    // page"), and the background inserts the marks' style sheet there (platform/mark-styles.ts).
    // The install prompt names these sites already for the content script, so it asks no more.
    host_permissions: DEFAULT_RUNNING_SITES.flatMap(matchPatternsForSite),
    // Any other site is asked for at the moment the user switches it on.
    optional_host_permissions: ['*://*/*'],
    // The content script, an unlisted script (entrypoints/page-terms/) listed here by hand:
    // WXT's own content-script entry points run inside a context that announces every start to
    // the page (platform/content/script-lifetime.ts). The user's own sites get it from
    // `scripting.registerContentScripts` (platform/site-access.ts).
    content_scripts: [
      {
        matches: DEFAULT_RUNNING_SITES.flatMap(matchPatternsForSite),
        js: [CONTENT_SCRIPT_FILE],
        run_at: 'document_idle',
      },
    ],
    // The brand mark (public/icon.svg, exported by `npm run icons`). The toolbar icon changes
    // per tab to say whether the extension is on, off or paused there.
    icons: ICONS,
    action: { default_title: 'Open Hip Pain Guide', default_icon: TOOLBAR_ICONS },
    // Built extensions only. `wxt` (dev) loads our pages' scripts from its local dev server and
    // keeps a WebSocket to it for reloading, which this policy would block (`script-src 'self'`,
    // `connect-src 'none'`); in dev WXT keeps its own policy and adds that server to it.
    ...(command === 'build'
      ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }
      : {}),
    // sidePanel.open() from a click relayed by a page needs Chrome 116.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    commands: {
      // Firefox's built-in sidebar command; in Chrome, with `openPanelOnActionClick`, the action
      // command opens the side panel.
      [browser === 'firefox' ? '_execute_sidebar_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+H' },
        description: 'Open Hip Pain Guide',
      },
      'next-term': {
        suggested_key: { default: 'Alt+Shift+J' },
        description: 'Explain the next hip-pain term on the page',
      },
      // Alt+Shift+K: Chromium keeps Alt+Shift+P for itself (a suggested key it refuses is left
      // unset without a word: the welcome page's shortcut list in e2e caught it).
      'toggle-pause': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: 'Pause or resume marks and cards on every site',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // The add-on's permanent id on addons.mozilla.org (a UUID we own, not a domain).
              id: '{e27e5d4c-a5ad-41d4-9243-74eed5cde5e0}',
              // The CSS Custom Highlight API arrived in Firefox 140 (the current ESR).
              strict_min_version: '140.0',
              // Nothing leaves the browser. Firefox 140+ shows this at install; older ones ignore it.
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android took `data_collection_permissions` in 142.
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
    chromiumArgs: [
      `--host-resolver-rules=MAP ${DEMO_HOST} 127.0.0.1`,
      // Chromium refuses to start as root (containers, CI machines) without this.
      ...(process.getuid?.() === 0 ? ['--no-sandbox'] : []),
    ],
    firefoxPref: { 'network.dns.localDomains': DEMO_HOST },
    startUrls: [`http://${DEMO_HOST}:${DEMO_PORT}/article.html`],
  },
});
