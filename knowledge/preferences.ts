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
  theme: Theme;
  /** Miles or km for the journal; null until the runner chooses (the browser's language decides). */
  distanceUnit: DistanceUnit | null;
}
