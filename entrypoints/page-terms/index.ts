/**
 * The content script on running sites: checks the site is switched on and nothing is paused,
 * then runs the term explainer for as long as both hold. It tells the background what it does,
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

import compiledTerms from 'virtual:compiled-terms';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import type { Settings } from '../../knowledge/preferences';
import { createTermMatcher } from '../../knowledge/terms/term-matcher';
import { takeCardModule } from '../../page/card-module';
import { childLifetime, type Lifetime } from '../../page/lifetime';
import { startTermExplainer, type TermExplainer } from '../../page/term-explainer';
import { readExtensionMessage } from '../../platform/content/extension-messages';
import { startScriptLifetime } from '../../platform/content/script-lifetime';
import {
  listenForCalls,
  type PageState,
  sendToBackground,
  type ToPageCalls,
} from '../../platform/messages';
import { isSiteOn, loadSettings, setTermMuted, watchSettings } from '../../platform/settings';

export default defineUnlistedScript(async () => {
  const [scriptLifetime, storedSettings] = await Promise.all([
    startScriptLifetime(document),
    loadSettings(),
  ]);
  // Everything this copy does on the page hangs on `script`.
  const script = childLifetime(scriptLifetime, window);
  const host = location.hostname;
  const matcher = createTermMatcher(compiledTerms);
  let running: { explainer: TermExplainer; life: Lifetime; markStyle: string } | null = null;

  const stop = () => {
    running?.life.end();
    running = null;
  };

  const pageState = (): PageState => ({
    explaining: running !== null,
    termCount: running?.explainer.countTermsMet() ?? 0,
  });
  const reportState = () => {
    sendToBackground('page→background:page-state', pageState())
      // The background is the extension's own worker: it is there unless the extension is
      // being reloaded, when this copy is about to be torn down anyway; nothing is lost.
      .catch(() => undefined);
  };

  const apply = (settings: Settings) => {
    // Paused: marks and cards go at once, and come back when the pause ends.
    if (!script.isValid || !isSiteOn(settings, host) || settings.paused) {
      stop();
      if (script.isValid) reportState();
      return;
    }
    const explainerSettings = {
      cardDelayMs: settings.cardDelayMs,
      theme: settings.theme,
      markingMode: settings.markingMode,
      cardOpening: settings.cardOpening,
      mutedTerms: settings.mutedTerms,
    };
    if (running && running.markStyle === settings.markStyle) {
      running.explainer.applySettings(explainerSettings);
      reportState();
      return;
    }
    // A new mark style starts afresh: other marks, other names, or none at all.
    stop();
    const life = childLifetime(script, window);
    const explainer = startTermExplainer(document, life, {
      ...explainerSettings,
      markStyle: settings.markStyle,
      matcher,
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
    reportState();
  };

  apply(storedSettings);
  script.onEnd(watchSettings(apply));

  const stopListening = listenForCalls<ToPageCalls>(readExtensionMessage, {
    'sidebar→page:list-terms': async () => {
      const terms = await running?.explainer.countTerms();
      return terms ? { terms } : null;
    },
    'sidebar→page:show-term': ({ termId, index }) =>
      running?.explainer.showTerm(termId, index) ?? false,
    // Answered even when the site is off, so the sidebar can offer to switch it on.
    'sidebar→page:which-site': () => ({ host }),
    'background→page:next-term': async () => {
      await running?.explainer.showNextTerm();
      return null;
    },
    'background→page:ping': () => true,
    'background→page:page-state': pageState,
  });
  script.onEnd(stopListening);
});
