/**
 * The term explainer's code, injected by the background into the content script's world when the
 * page could hold a term or the reader asks for terms (page/explainer-module.ts says why and
 * how), not listed in the manifest.
 */
import compiledTerms from 'virtual:compiled-terms';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { createTermMatcher } from '../../knowledge/terms/term-matcher';
import { provideExplainerModule } from '../../page/explainer-module';
import { startTermExplainer } from '../../page/term-explainer';

export default defineUnlistedScript(() => {
  provideExplainerModule({ startTermExplainer, matcher: createTermMatcher(compiledTerms) });
});
