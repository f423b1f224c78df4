/**
 * The content script on running sites: checks the site is switched on and nothing is paused,
 * then runs the term explainer for as long as both hold. It is a gate: the explainer's code
 * (matcher, viewport passes, marks) is loaded only when the page could hold a term
 * (page/page-gate.ts: the page's words, then what its changes add, go to the background, which
 * tests them with the gate's patterns, so the page compiles and runs none), or when the sidebar
 * or the keyboard asks for terms on such a page; most pages of the web hold none, and pay only
 * this script (docs/highlighting.md, "The page gate"). It tells the background what it does,
 * for the toolbar button (on, off or paused, and how many different terms the reader has met on
 * the page so far: it grows as they scroll).
 * One teardown path: the explainer's lifetime ends when the site is switched off or the mark
 * style changes, and with the script's own lifetime when a newer copy starts on the page or the
 * extension reloads, updates or goes away.
 *
 * Nothing is added to a page whose site is off: no style, no highlight, no element, no message
 * and no event a page could listen for.
 *
 * An unlisted script, put in the manifest by wxt.config.ts (`CONTENT_SCRIPT_FILE`), rather than
 * a `defineContentScript`: WXT runs those inside a content-script context that dispatches an
 * event named after the extension's id at every start, and no option turns that off
 * (platform/content/script-lifetime.ts says more).
 */

import termGate, { mode as gateMode } from 'virtual:term-gate';
import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { Settings } from '../../knowledge/preferences';
import type { GateReadRequest } from '../../knowledge/terms/gate-reader';
import { takeCardModule } from '../../page/card-module';
import { type ExplainerModule, takeExplainerModule } from '../../page/explainer-module';
import { childLifetime, type Lifetime } from '../../page/lifetime';
import { watchForTerms, watchForTermsFrom } from '../../page/page-gate';
import type { TermExplainer } from '../../page/term-explainer';
import { readExtensionMessage } from '../../platform/content/extension-messages';
import {
  REPLACEMENT_KEY_STORAGE,
  startScriptLifetime,
} from '../../platform/content/script-lifetime';
import {
  listenForCalls,
  type PageState,
  sendToBackground,
  type ToPageCalls,
} from '../../platform/messages';
import {
  isSiteOn,
  SETTINGS_STORAGE,
  setTermMuted,
  settingsFrom,
  watchSettings,
} from '../../platform/settings';

export default defineUnlistedScript(async () => {
  // One read for both: each trip to the browser costs every page on a running site.
  const stored = await browser.storage.local.get([REPLACEMENT_KEY_STORAGE, SETTINGS_STORAGE]);
  const scriptLifetime = await startScriptLifetime(document, stored);
  const storedSettings = settingsFrom(stored);
  // Everything this copy does on the page hangs on `script`.
  const script = childLifetime(scriptLifetime, window);
  const host = location.hostname;
  let settings = storedSettings;
  let running: { explainer: TermExplainer; life: Lifetime; markStyle: string } | null = null;
  /** The gate while the page could hold no term (null once it could, or while off). */
  let gate: Lifetime | null = null;
  /** The explainer's code, asked for once the page could hold a term (then kept). */
  let explainerLoading: Promise<ExplainerModule | null> | null = null;
  let explainerModule: ExplainerModule | null = null;
  /** Settles once the gate has answered for the page as it loaded (or at once, off or in-page). */
  let gateFirstRead: Promise<void> = Promise.resolve();

  const isOn = () => script.isValid && isSiteOn(settings, host) && !settings.paused;

  const stop = () => {
    running?.life.end();
    running = null;
    gate?.end();
    gate = null;
  };

  const pageState = (): PageState => ({
    explaining: isOn(),
    termCount: running?.explainer.countTermsMet() ?? 0,
  });
  const reportState = () => {
    sendToBackground('page→background:page-state', pageState())
      // The background is the extension's own worker: it is there unless the extension is
      // being reloaded, when this copy is about to be torn down anyway; nothing is lost.
      .catch(() => undefined);
  };

  /** The page could hold a term: load the explainer's code (once), then start it if still on. */
  const loadExplainer = (): Promise<ExplainerModule | null> => {
    gate?.end();
    gate = null;
    explainerLoading ??= sendToBackground('page→background:load-explainer', {})
      .then(takeExplainerModule)
      .then(
        (module) => {
          explainerModule = module;
          apply(settings);
          return module;
        },
        (error: unknown) => {
          // Not this time (the extension was updated or is going away); the next need asks again.
          explainerLoading = null;
          console.warn('Hip Pain Guide: the term explainer could not be loaded', error);
          return null;
        },
      );
    return explainerLoading;
  };

  /**
   * The running explainer, loading it if the page could hold a term; null where the site is off
   * or the page holds no term (the gate is still closed: nothing to list, show or step to).
   */
  const explainerIfAny = async (): Promise<TermExplainer | null> => {
    // The gate's first answer comes from the background: a question asked before it waits.
    await gateFirstRead;
    if (!isOn() || (gate && !explainerLoading)) return null;
    await loadExplainer();
    return running?.explainer ?? null;
  };

  const startExplainer = (module: ExplainerModule) => {
    const explainerSettings = {
      cardDelayMs: settings.cardDelayMs,
      theme: settings.theme,
      markingMode: settings.markingMode,
      cardOpening: settings.cardOpening,
      mutedTerms: settings.mutedTerms,
    };
    if (running && running.markStyle === settings.markStyle) {
      running.explainer.applySettings(explainerSettings);
      return;
    }
    // A new mark style starts afresh: other marks, other names, or none at all.
    running?.life.end();
    const life = childLifetime(script, window);
    const explainer = module.startTermExplainer(document, life, {
      ...explainerSettings,
      markStyle: settings.markStyle,
      matcher: module.matcher,
      async describe(termId) {
        return (await sendToBackground('page→background:describe-term', { termId })) ?? null;
      },
      async loadCard() {
        // Injected anew for each explainer: after an update, the world may still hold the card
        // of the version before (page/card-module.ts).
        await sendToBackground('page→background:load-card', {});
        return takeCardModule();
      },
      async openGuide(route) {
        const reply = await sendToBackground('page→background:open-guide', { route });
        if (reply?.opened) return null;
        return reply?.hint ?? 'Click the Hip Pain Guide toolbar button to open the guide.';
      },
      async styleMarks(names, scope, on) {
        await sendToBackground('page→background:mark-styles', { names, scope, on });
      },
      async muteTerm(termId, muted) {
        await setTermMuted(termId, muted);
      },
      termsMetChanged: reportState,
    });
    running = { explainer, life, markStyle: settings.markStyle };
  };

  const apply = (next: Settings) => {
    settings = next;
    // Paused: marks and cards go at once, and come back when the pause ends.
    if (!isOn()) {
      stop();
      if (script.isValid) reportState();
      return;
    }
    if (explainerModule) {
      startExplainer(explainerModule);
    } else if (!gate && !explainerLoading) {
      // Until the page could hold a term, only the gate runs (and goes when the site is off).
      const life = childLifetime(script, window);
      gate = life;
      const possible = () => void loadExplainer();
      if (gateMode === 'background') {
        const ask = (request: GateReadRequest) =>
          sendToBackground('page→background:gate-read', request);
        gateFirstRead = watchForTermsFrom(document, ask, life, possible);
      } else {
        watchForTerms(document, termGate, life, possible);
      }
    }
    reportState();
  };

  apply(storedSettings);
  script.onEnd(watchSettings(apply));

  const stopListening = listenForCalls<ToPageCalls>(readExtensionMessage, {
    'sidebar→page:list-terms': async () => {
      if (!isOn()) return null;
      const explainer = await explainerIfAny();
      return { terms: explainer ? await explainer.countTerms() : [] };
    },
    'sidebar→page:show-term': async ({ termId, index }) =>
      (await explainerIfAny())?.showTerm(termId, index) ?? false,
    // Answered even when the site is off, so the sidebar can offer to switch it on.
    'sidebar→page:which-site': () => ({ host }),
    'background→page:next-term': async () => {
      await (await explainerIfAny())?.showNextTerm();
      return null;
    },
    'background→page:ping': () => true,
    'background→page:page-state': pageState,
  });
  script.onEnd(stopListening);
});
