/**
 * Every message between the content script, the background and the sidebar, as one
 * discriminated union named by direction (`page→background`, …). Routes are sidebar routes such
 * as `condition/it-band-syndrome`.
 */
import type { TermDescription } from '../knowledge/terms/term-description';
import type { TermHit } from '../knowledge/terms/term-matcher';

export type Message =
  /** A card's "More in the guide" / "Check my symptoms": open the sidebar at `route`. */
  | { type: 'page→background:open-guide'; route: string }
  /** A page card asks for a term's text (the content script carries only the spellings). */
  | { type: 'page→background:describe-term'; termId: string }
  /** The sidebar asks the page which terms it shows. */
  | { type: 'sidebar→page:list-terms' }
  /** The sidebar asks the page to scroll to the `index`-th hit of a term and open its card. */
  | { type: 'sidebar→page:show-term'; termId: string; index: number }
  /** The background asks the page to step to the next term (keyboard command). */
  | { type: 'background→page:next-term' }
  /**
   * The sidebar asks which site the page is on (the sidebar cannot read the address of a
   * running site without the "tabs" permission), so that it can offer to switch it on.
   */
  | { type: 'sidebar→page:which-site' };

/** What the page answers to `sidebar→page:list-terms`. */
export interface PageTermsReply {
  terms: { termId: string; count: number }[];
}

/** What the page answers to `sidebar→page:which-site`. */
export interface PageSiteReply {
  /** `location.hostname` of the page. */
  host: string;
}

/** What the background answers to `page→background:open-guide`. */
export interface OpenGuideReply {
  /**
   * False when the sidebar does not show: in Firefox, which cannot open it from a page click, unless
   * it was open already. The card then says how to open it.
   */
  opened: boolean;
  /** When not opened: how to open it, naming the user's own shortcut for it. */
  hint?: string;
}

export type { TermDescription, TermHit };
