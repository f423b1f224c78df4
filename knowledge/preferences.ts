/**
 * The choices a reader makes about how the extension looks. The settings store them, the page
 * side and the sidebar follow them; each list is declared once, here.
 */

/** How terms are marked on a page: a shaded background (the default), an underline, or none. */
export const MARK_STYLES = ['underline', 'background', 'off'] as const;
export type MarkStyle = (typeof MARK_STYLES)[number];

/** The colour scheme of the sidebar and the cards; "auto" follows the system or the page. */
export const THEMES = ['auto', 'light', 'dark'] as const;
export type Theme = (typeof THEMES)[number];
