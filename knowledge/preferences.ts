/**
 * The choices a reader makes about how the extension looks. The settings store them, the page
 * side and the sidebar follow them; each list is declared once, here.
 */
import type { DistanceUnit } from './journal/units';

/**
 * How terms are marked on a page: a shaded background (the default), an underline, or none. With
 * 'none' nothing is marked at all (so a page cannot read which terms were found), hover shows no
 * card, and cards open from the keyboard command or the sidebar's "On this page".
 */
export const MARK_STYLES = ['underline', 'background', 'none'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

/**
 * Which mentions of a term are marked: the first in view on each screen (calm, and fewer marked
 * text nodes cost the page less in every frame it changes), or every one. Unmarked mentions still
 * explain themselves on hover.
 */
export const MARKING_MODES = ['first-in-view', 'every'] as const;
export type MarkingMode = (typeof MARKING_MODES)[number];

/** How a card opens: after the pointer rests on a term, only while Alt is held, or on a click. */
export const CARD_OPENINGS = ['hover', 'modifier', 'click'] as const;
export type CardOpening = (typeof CARD_OPENINGS)[number];

/** The colour scheme of the sidebar and the cards; "auto" follows the system or the page. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];

/** The range of the card delay a reader can choose, in ms. */
export const CARD_DELAY_RANGE = { min: 150, max: 1500 } as const;

/** Everything a reader chooses, as the settings store keeps it. */
export interface Settings {
  /** Default running sites the user switched off. */
  disabledSites: string[];
  /** Other sites the user switched on (each with its host permission granted). */
  userSites: string[];
  /** How long the pointer rests on a term before its card shows, in ms. */
  cardDelayMs: number;
  markStyle: MarkStyle;
  markingMode: MarkingMode;
  cardOpening: CardOpening;
  /** Terms the reader asked not to mark or explain anywhere (glossary ids). */
  mutedTerms: string[];
  theme: Theme;
  /** Miles or km for the journal; null until the runner chooses (the browser's language decides). */
  distanceUnit: DistanceUnit | null;
  /** Marks and cards paused on every site (toolbar menu, sidebar header, keyboard command). */
  paused: boolean;
  /** The toolbar button shows how many different terms the reader has met on the page so far. */
  termCountBadge: boolean;
}
