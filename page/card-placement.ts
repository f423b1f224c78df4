/**
 * Where the term card goes: a pure function of rectangles, so it is tested without layout.
 * The card never covers the term and stays inside the viewport; when neither side has room for
 * the whole card, it takes the roomier side and scrolls inside (`maxHeight`).
 */

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface CardPlacement {
  left: number;
  top: number;
  side: 'below' | 'above';
  maxHeight: number;
}

/** Space kept between the card and the term, and between the card and the viewport's edge. */
export const CARD_GAP = 8;

export function placeCard(
  term: Box,
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): CardPlacement {
  const spaceBelow = viewport.height - term.bottom - 2 * CARD_GAP;
  const spaceAbove = term.top - 2 * CARD_GAP;
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? spaceBelow : spaceAbove);
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? term.bottom + CARD_GAP : term.top - CARD_GAP - height;
  const width = Math.min(card.width, viewport.width - 2 * CARD_GAP);
  const left = Math.min(
    Math.max(CARD_GAP, term.left),
    Math.max(CARD_GAP, viewport.width - CARD_GAP - width),
  );
  return { left, top, side, maxHeight };
}
