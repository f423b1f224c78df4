/**
 * Where the term card goes: a pure function of rectangles, so it is tested without layout.
 * The card never covers any line of the term (the line being read) and stays inside the viewport;
 * when neither side has room for the whole card, it takes the roomier side and scrolls inside
 * (`maxHeight`). A small arrow on the card's edge points at the term.
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
  /**
   * Where the arrow's tip sits, from the card's left edge: over the middle of the term's line the
   * card faces (its last line below it, its first above), kept off the rounded corners.
   */
  arrowLeft: number;
}

/** Space kept between the card and the term (the arrow fits in it), and the viewport's edge. */
export const CARD_GAP = 8;
/** Closest the arrow comes to the card's side edges (its corners are rounded). */
export const ARROW_INSET = 16;

/** Places a card for a term given as the boxes of its lines (one box for most terms). */
export function placeCard(
  term: Box | readonly Box[],
  card: { width: number; height: number },
  viewport: { width: number; height: number },
): CardPlacement {
  const lines = Array.isArray(term) ? (term as readonly Box[]) : [term as Box];
  const first = lines[0] as Box;
  const last = lines[lines.length - 1] as Box;
  const spanTop = Math.min(...lines.map((line) => line.top));
  const spanBottom = Math.max(...lines.map((line) => line.bottom));
  const spaceBelow = viewport.height - spanBottom - 2 * CARD_GAP;
  const spaceAbove = spanTop - 2 * CARD_GAP;
  const side = card.height <= spaceBelow || spaceBelow >= spaceAbove ? 'below' : 'above';
  const maxHeight = Math.max(0, side === 'below' ? spaceBelow : spaceAbove);
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? spanBottom + CARD_GAP : spanTop - CARD_GAP - height;
  const width = Math.min(card.width, viewport.width - 2 * CARD_GAP);
  const facing = side === 'below' ? last : first;
  const left = Math.min(
    Math.max(CARD_GAP, facing.left),
    Math.max(CARD_GAP, viewport.width - CARD_GAP - width),
  );
  const middle = (facing.left + facing.right) / 2;
  const arrowLeft = Math.min(Math.max(middle - left, ARROW_INSET), width - ARROW_INSET);
  return { left, top, side, maxHeight, arrowLeft };
}
