import { describe, expect, it } from 'vitest';
import { ARROW_INSET, type Box, CARD_GAP, placeCard } from '../../../page/card-placement';

const viewport = { width: 800, height: 600 };
const card = { width: 300, height: 200 };
const term = (left: number, top: number, width = 60, height = 18): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

function cardBox(placement: ReturnType<typeof placeCard>, height = card.height): Box {
  const h = Math.min(height, placement.maxHeight);
  return {
    left: placement.left,
    top: placement.top,
    right: placement.left + card.width,
    bottom: placement.top + h,
  };
}

describe('placeCard', () => {
  it('puts the card just below a term near the top, aligned with it', () => {
    const placement = placeCard(term(100, 50), card, viewport);
    expect(placement).toMatchObject({ side: 'below', left: 100, top: 68 + CARD_GAP });
  });

  it('flips above a term near the bottom of the viewport', () => {
    const placement = placeCard(term(100, 560), card, viewport);
    expect(placement.side).toBe('above');
    expect(placement.top + card.height).toBe(560 - CARD_GAP);
  });

  it('slides left to stay inside the viewport for a term at the right edge', () => {
    const placement = placeCard(term(760, 100, 40), card, viewport);
    expect(placement.left + card.width).toBeLessThanOrEqual(viewport.width - CARD_GAP);
  });

  it('never covers the term and never leaves the viewport, wherever the term is', () => {
    for (let top = 0; top <= 580; top += 20) {
      for (let left = 0; left <= 740; left += 37) {
        const t = term(left, top);
        const placement = placeCard(t, card, viewport);
        const box = cardBox(placement);
        expect(overlaps(box, t), `term at ${left},${top}`).toBe(false);
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.top).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(viewport.width);
        expect(box.bottom).toBeLessThanOrEqual(viewport.height);
      }
    }
  });

  it('caps the height to the roomier side when the card fits on neither (small window)', () => {
    const small = { width: 320, height: 300 };
    const placement = placeCard(term(10, 120), { width: 300, height: 260 }, small);
    expect(placement.side).toBe('below');
    expect(placement.maxHeight).toBe(300 - 138 - 2 * CARD_GAP);
  });

  it('points its arrow at the middle of the term, even where the card slid to stay inside', () => {
    for (const left of [0, 100, 400, 760]) {
      const t = term(left, 100, 40);
      const placement = placeCard(t, card, viewport);
      const tip = placement.left + placement.arrowLeft;
      expect(tip, `term at ${left}`).toBeGreaterThanOrEqual(Math.min(t.left, viewport.width));
      expect(tip, `term at ${left}`).toBeLessThanOrEqual(t.right);
      expect(placement.arrowLeft).toBeGreaterThanOrEqual(ARROW_INSET);
      expect(placement.arrowLeft).toBeLessThanOrEqual(card.width - ARROW_INSET);
    }
  });

  it('never covers any line of a term that wraps, and points at the line it faces', () => {
    // "iliotibial band | syndrome": the end of one line and the start of the next.
    const lines = [term(600, 200, 180), term(20, 222, 70)];
    const below = placeCard(lines, card, viewport);
    for (const line of lines) expect(overlaps(cardBox(below), line)).toBe(false);
    expect(below.side).toBe('below');
    expect(below.left + below.arrowLeft).toBeLessThanOrEqual(90);

    const nearBottom = [term(600, 520, 180), term(20, 542, 70)];
    const above = placeCard(nearBottom, card, viewport);
    expect(above.side).toBe('above');
    for (const line of nearBottom) expect(overlaps(cardBox(above), line)).toBe(false);
    expect(above.left + above.arrowLeft).toBeGreaterThanOrEqual(600);
  });
});
