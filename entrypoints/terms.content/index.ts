/**
 * The content script on running sites: checks the site is switched on, then runs the term
 * explainer, and tears it down when the site is switched off or the extension goes away.
 */

import compiledTerms from 'virtual:compiled-terms';
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { Settings } from '../../knowledge/preferences';
import { DEFAULT_RUNNING_SITES, matchPatternsForSite } from '../../knowledge/running-sites';
import { createTermMatcher } from '../../knowledge/terms/term-matcher';
import { startTermExplainer, type TermExplainer } from '../../page/term-explainer';
import { readExtensionMessage } from '../../platform/content/extension-messages';
import { listenForCalls, sendToBackground, type ToPageCalls } from '../../platform/messages';
import { isSiteOn, loadSettings, watchSettings } from '../../platform/settings';
import './style.css';

export default defineContentScript({
  matches: DEFAULT_RUNNING_SITES.flatMap(matchPatternsForSite),
  runAt: 'document_idle',
  async main(ctx) {
    const host = location.hostname;
    let explainer: TermExplainer | null = null;
    const matcher = createTermMatcher(compiledTerms);

    const apply = (settings: Settings) => {
      const on = isSiteOn(settings, host);
      if (!on) {
        explainer?.destroy();
        explainer = null;
        return;
      }
      const explainerSettings = {
        markStyle: settings.markStyle,
        cardDelayMs: settings.cardDelayMs,
        theme: settings.theme,
      };
      if (explainer) {
        explainer.applySettings(explainerSettings);
        return;
      }
      explainer = startTermExplainer(document, {
        ...explainerSettings,
        matcher,
        // The extension reloaded or updated: this copy stops and removes its marks.
        isContextValid: () => ctx.isValid,
        async describe(termId) {
          return (await sendToBackground('page→background:describe-term', { termId })) ?? null;
        },
        async openGuide(route) {
          const reply = await sendToBackground('page→background:open-guide', { route });
          if (reply?.opened) return null;
          return reply?.hint ?? 'Click the Hip Pain Guide toolbar button to open the guide.';
        },
      });
    };

    apply(await loadSettings());
    const stopWatching = watchSettings(apply);

    const stopListening = listenForCalls<ToPageCalls>(readExtensionMessage, {
      'sidebar→page:list-terms': async () => {
        const terms = await explainer?.countTerms();
        return terms ? { terms } : null;
      },
      'sidebar→page:show-term': ({ termId, index }) => explainer?.showTerm(termId, index) ?? false,
      // Answered even when the site is off, so the sidebar can offer to switch it on.
      'sidebar→page:which-site': () => ({ host }),
      'background→page:next-term': async () => {
        await explainer?.showNextTerm();
        return null;
      },
      'background→page:ping': () => true,
    });

    // One teardown path: the extension reloading or updating ends everything on the page.
    ctx.onInvalidated(() => {
      stopWatching();
      stopListening();
      explainer?.destroy();
      explainer = null;
    });
  },
});
