/**
 * The content script on running sites: checks the site is switched on, then runs the term
 * explainer, and tears it down when the site is switched off or the extension goes away.
 */

import compiledTerms from 'virtual:compiled-terms';
import { browser } from 'wxt/browser';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { DEFAULT_RUNNING_SITES, matchPatternsForSite } from '../../knowledge/running-sites';
import { createTermMatcher } from '../../knowledge/terms/term-matcher';
import { startTermExplainer, type TermExplainer } from '../../page/term-explainer';
import type {
  Message,
  OpenGuideReply,
  PageSiteReply,
  PageTermsReply,
  TermDescription,
} from '../../platform/messages';
import { isSiteOn, loadSettings, type Settings, watchSettings } from '../../platform/settings';
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
          const message: Message = { type: 'page→background:describe-term', termId };
          return ((await browser.runtime.sendMessage(message)) as TermDescription | null) ?? null;
        },
        async openGuide(route) {
          const message: Message = { type: 'page→background:open-guide', route };
          const reply = (await browser.runtime.sendMessage(message)) as OpenGuideReply | undefined;
          if (reply?.opened) return null;
          return reply?.hint ?? 'Click the Hip Pain Guide toolbar button to open the guide.';
        },
      });
    };

    apply(await loadSettings());
    const stopWatching = watchSettings(apply);

    const onMessage = (raw: unknown): Promise<unknown> | undefined => {
      const message = raw as Message;
      switch (message.type) {
        case 'sidebar→page:list-terms':
          return (explainer?.countTerms() ?? Promise.resolve(null)).then(
            (terms): PageTermsReply | null => (terms ? { terms } : null),
          );
        case 'sidebar→page:show-term':
          return explainer?.showTerm(message.termId, message.index) ?? Promise.resolve(false);
        case 'sidebar→page:which-site':
          // Answered even when the site is off, so the sidebar can offer to switch it on.
          return Promise.resolve({ host } satisfies PageSiteReply);
        case 'background→page:next-term':
          return explainer?.showNextTerm() ?? Promise.resolve();
        default:
          return undefined;
      }
    };
    browser.runtime.onMessage.addListener(onMessage);

    // One teardown path: the extension reloading or updating ends everything on the page.
    ctx.onInvalidated(() => {
      stopWatching();
      browser.runtime.onMessage.removeListener(onMessage);
      explainer?.destroy();
      explainer = null;
    });
  },
});
