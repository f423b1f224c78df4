/**
 * The card's code (controller, view, styles, placement, the page's theme) as a file of its own,
 * `page-card.js`, which the content script has the background inject into its own world the
 * first time a card is needed: most page loads never open a card, and evaluating and compiling
 * the card with the rest cost every load (docs/highlighting.md, "The script's own start").
 * How it reaches the content script: page/injected-module.ts.
 */
import { injectedModule } from './injected-module';
import type { isDarkAround } from './page-theme';
import type { createTermCardController } from './term-card-controller';

/** What `page-card.js` provides. */
export interface CardModule {
  createTermCardController: typeof createTermCardController;
  isDarkAround: typeof isDarkAround;
}

const cardModule = injectedModule<CardModule>('hipPainGuideCardModule', 'card');

/** Called by `page-card.js` when it runs (each injection replaces the last). */
export const provideCardModule = cardModule.provide;

/** The card's functions, once `page-card.js` ran in this world; throws if it did not. */
export const takeCardModule = cardModule.take;
