import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { createTermCardController } from '../../../page/term-card-controller';
import { showPage } from './page-setup';

const CONTENT = {
  name: 'Hip bursitis',
  explanation: 'A sore, swollen cushion on the outside of the hip.',
  relatedName: 'Hip bursitis',
  openHint: null,
  muted: false,
  onMore: () => {},
  onCheck: () => {},
  onMute: () => {},
  onUndoMute: () => {},
};
const ANCHOR = [{ left: 100, top: 100, right: 180, bottom: 120 }];

const openCard = () => document.querySelector(':popover-open');

describe('the card controller', () => {
  it('shows the card in a plain element with no name of ours, and removes it on hide', () => {
    showPage('<p>Page</p>');
    const before = document.documentElement.innerHTML;
    const card = createTermCardController(document, { onFocusLeft: () => {} });
    card.show(CONTENT, ANCHOR, { dark: false, focus: false });
    const host = openCard() as HTMLElement;
    expect(host.tagName).toBe('DIV');
    expect(host.getAttributeNames().sort()).toEqual(['popover', 'style']);
    expect(host.shadowRoot).toBeNull();
    expect(card.contains(host)).toBe(true);
    // Placed below the term, in the viewport, with a real size.
    const box = host.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(ANCHOR[0]?.bottom ?? 0);
    expect(box.width).toBeGreaterThan(250);
    card.hide();
    expect(openCard()).toBeNull();
    expect(document.documentElement.innerHTML).toBe(before);
    card.destroy();
  });

  it('takes focus when asked, gives it back on hide, and says when the reader tabs out', async () => {
    showPage('<button id="before">Before</button><button id="after">After</button>');
    const focusLeft = vi.fn();
    const card = createTermCardController(document, { onFocusLeft: focusLeft });
    const before = document.getElementById('before') as HTMLButtonElement;
    before.focus();
    card.show(CONTENT, ANCHOR, { dark: true, focus: true });
    expect(card.contains(document.activeElement)).toBe(true);
    expect(getComputedStyle(openCard() as Element).colorScheme).toBe('dark');
    card.hide();
    expect(document.activeElement).toBe(before);
    // A forged focusout on the host (a page can find it) says nothing.
    card.show(CONTENT, ANCHOR, { dark: false, focus: true });
    const after = document.getElementById('after');
    openCard()?.dispatchEvent(new FocusEvent('focusout', { relatedTarget: after }));
    expect(focusLeft).not.toHaveBeenCalled();
    // The reader tabs back out of the card (More, ×, then the page): the explainer is told.
    await userEvent.tab({ shift: true });
    expect(focusLeft).not.toHaveBeenCalled();
    await userEvent.tab({ shift: true });
    expect(document.activeElement).toBe(after);
    expect(focusLeft).toHaveBeenCalledOnce();
    card.destroy();
  });
});
