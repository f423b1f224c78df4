import preact from '@preact/preset-vite';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import { DEMO_HOST, DEMO_PORT, demoServerPlugin } from './demo/demo-server';
import { GLOSSARY } from './knowledge/glossary';
import { termSpellings } from './knowledge/glossary-variants';

/**
 * `virtual:term-spellings`: the glossary's ids and spellings without its card texts, computed at
 * build time from knowledge/glossary.ts, so the content script carries only what it matches with.
 */
function termSpellingsPlugin(): Plugin {
  const id = 'virtual:term-spellings';
  return {
    name: 'hip-pain-guide-term-spellings',
    resolveId: (source) => (source === id ? `\0${id}` : undefined),
    load: (source) =>
      source === `\0${id}`
        ? `export default ${JSON.stringify(termSpellings(GLOSSARY))};`
        : undefined,
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  // Explicit imports everywhere: a reader can see where every name comes from.
  imports: false,
  // Lets parallel builds (a test run beside a dev session) use separate folders.
  outDir: process.env.HPG_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), termSpellingsPlugin(), demoServerPlugin()],
  }),
  manifest: ({ browser }) => ({
    name: 'Hip Pain Guide',
    description:
      'Plain-English explanations of hip-pain terms on running sites, and a private guide to what your sore hip may be telling you.',
    permissions: ['storage', 'contextMenus', 'scripting'],
    // Default running sites come from the content script's `matches`; any other site is asked
    // for at the moment the user switches it on.
    optional_host_permissions: ['*://*/*'],
    action: { default_title: 'Open Hip Pain Guide' },
    commands:
      browser === 'firefox'
        ? {
            _execute_sidebar_action: {
              suggested_key: { default: 'Alt+Shift+H' },
              description: 'Open Hip Pain Guide',
            },
            'next-term': {
              suggested_key: { default: 'Alt+Shift+J' },
              description: 'Explain the next hip-pain term on the page',
            },
          }
        : {
            // With `openPanelOnActionClick`, the action command opens the side panel.
            _execute_action: {
              suggested_key: { default: 'Alt+Shift+H' },
              description: 'Open Hip Pain Guide',
            },
            'next-term': {
              suggested_key: { default: 'Alt+Shift+J' },
              description: 'Explain the next hip-pain term on the page',
            },
          },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'hip-pain-guide@example.org', strict_min_version: '128.0' },
          },
        }
      : {}),
  }),
  webExt: {
    binaries: { chrome: '/usr/bin/chromium', firefox: '/usr/bin/firefox-esr' },
    chromiumArgs: [`--host-resolver-rules=MAP ${DEMO_HOST} 127.0.0.1`],
    firefoxPref: { 'network.dns.localDomains': DEMO_HOST },
    startUrls: [`http://${DEMO_HOST}:${DEMO_PORT}/article.html`],
  },
});
