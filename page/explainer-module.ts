/**
 * The explainer's code (the term matcher with the compiled glossary, the term index, the marked
 * window and its passes, the card's hover and keys) as a file of its own, `page-explainer.js`,
 * which the content script has the background inject into its own world when the page could
 * hold a term (the page gate, page/page-gate.ts) or the reader asks for terms: on most pages of
 * the web it never loads, and parsing, compiling and starting it cost every load
 * (docs/highlighting.md, "The page gate"). Injected like the card's code (page/card-module.ts):
 * not web-accessible, its functions left on the global of the content scripts' world.
 */
import type { TermMatcher } from '../knowledge/terms/term-matcher';
import type { startTermExplainer } from './term-explainer';

/** What `page-explainer.js` provides. */
export interface ExplainerModule {
  startTermExplainer: typeof startTermExplainer;
  /** The glossary's matcher, made for this injection. */
  matcher: TermMatcher;
}

/** The global of the content scripts' world that carries the explainer's functions. */
const EXPLAINER_MODULE_KEY = 'hipPainGuideExplainerModule';

type WorldGlobal = typeof globalThis & { [EXPLAINER_MODULE_KEY]?: ExplainerModule };

/** Called by `page-explainer.js` when it runs (each injection replaces the last). */
export function provideExplainerModule(module: ExplainerModule): void {
  (globalThis as WorldGlobal)[EXPLAINER_MODULE_KEY] = module;
}

/** The explainer's functions, once `page-explainer.js` ran in this world; throws if it did not. */
export function takeExplainerModule(): ExplainerModule {
  const module = (globalThis as WorldGlobal)[EXPLAINER_MODULE_KEY];
  if (!module) throw new Error('The explainer script did not run in this page');
  return module;
}
