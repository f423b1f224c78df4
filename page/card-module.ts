/**
 * The card's code (controller, view, styles, placement, the page's theme) as a file of its own,
 * `page-card.js`, which the content script has the background inject into its own world the
 * first time a card is needed: most page loads never open a card, and evaluating and compiling
 * the card with the rest cost every load (docs/highlighting.md, "The script's own start").
 *
 * The injected file leaves its functions on the global of the content scripts' world, which the
 * page's own scripts never see (an isolated world in Chrome, the content script sandbox in
 * Firefox); nothing of it is web-accessible, so no page can fetch it to tell the extension is
 * installed. The content script reads them right after the injection it asked for resolves.
 */
import type { isDarkAround } from './page-theme';
import type { createTermCardController } from './term-card-controller';

/** What `page-card.js` provides. */
export interface CardModule {
  createTermCardController: typeof createTermCardController;
  isDarkAround: typeof isDarkAround;
}

/** The global of the content scripts' world that carries the card's functions. */
const CARD_MODULE_KEY = 'hipPainGuideCardModule';

type WorldGlobal = typeof globalThis & { [CARD_MODULE_KEY]?: CardModule };

/** Called by `page-card.js` when it runs (each injection replaces the last). */
export function provideCardModule(module: CardModule): void {
  (globalThis as WorldGlobal)[CARD_MODULE_KEY] = module;
}

/** The card's functions, once `page-card.js` ran in this world; throws if it did not. */
export function takeCardModule(): CardModule {
  const module = (globalThis as WorldGlobal)[CARD_MODULE_KEY];
  if (!module) throw new Error('The card script did not run in this page');
  return module;
}
