/**
 * The explainer's code (the term matcher with the compiled glossary, the term index, the marked
 * window and its passes, the card's hover and keys) as a file of its own, `page-explainer.js`,
 * which the content script has the background inject into its own world when the page could
 * hold a term (the page gate, page/page-gate.ts) or the reader asks for terms: on most pages of
 * the web it never loads, and parsing, compiling and starting it cost every load
 * (docs/highlighting.md, "The page gate"). Injected like the card's code (page/injected-module.ts).
 */
import type { TermMatcher } from '../knowledge/terms/term-matcher';
import { injectedModule } from './injected-module';
import type { startTermExplainer } from './term-explainer';

/** What `page-explainer.js` provides. */
export interface ExplainerModule {
  startTermExplainer: typeof startTermExplainer;
  /** The glossary's matcher, made for this injection. */
  matcher: TermMatcher;
}

const explainerModule = injectedModule<ExplainerModule>('hipPainGuideExplainerModule', 'explainer');

/** Called by `page-explainer.js` when it runs (each injection replaces the last). */
export const provideExplainerModule = explainerModule.provide;

/** The explainer's functions, once `page-explainer.js` ran in this world; throws if it did not. */
export const takeExplainerModule = explainerModule.take;
