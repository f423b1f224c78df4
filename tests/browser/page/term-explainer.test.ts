/**
 * The explainer with real input: a card opens when the reader's pointer rests on a marked term,
 * never for events a page forges, and with marks set to 'none' only when asked.
 */

import { describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import type { MarkStyle } from '../../../knowledge/preferences';
import { describeTerm } from '../../../knowledge/terms/term-description';
import type { CardModule } from '../../../page/card-module';
import { isDarkAround } from '../../../page/page-theme';
import { createTermCardController } from '../../../page/term-card-controller';
import { type ExplainerOptions, startTermExplainer } from '../../../page/term-explainer';
import type { MarkScope } from '../../../platform/mark-scope';
import type { MarkNames } from '../../../platform/messages';
import { markedWords, matcher, showPage, testLifetime } from './page-setup';

const openCard = () => document.querySelector(':popover-open');

function startExplainer(markStyle: MarkStyle, settings: Partial<ExplainerOptions> = {}) {
  const life = testLifetime();
  const styleMarks = vi.fn(async (_names: MarkNames, _scope: MarkScope, _on: boolean) => {});
  const muteTerm = vi.fn(async (_termId: string, _muted: boolean) => {});
  const termsMetChanged = vi.fn(() => {});
  // The card's code, as page-card.js provides it in the extension.
  const loadCard = vi.fn(
    async (): Promise<CardModule> => ({ createTermCardController, isDarkAround }),
  );
  const explainer = startTermExplainer(document, life, {
    markStyle,
    ...CALM,
    matcher,
    describe: async (termId) => describeTerm(termId),
    loadCard,
    openGuide: async () => null,
    styleMarks,
    muteTerm,
    termsMetChanged,
    ...settings,
  });
  return { life, explainer, styleMarks, muteTerm, termsMetChanged, loadCard };
}

/** The settings the explainer starts with in these tests (calm defaults, short delay). */
const CALM = {
  cardDelayMs: 150,
  theme: 'auto',
  markingMode: 'first-in-view',
  cardOpening: 'hover',
  mutedTerms: [],
} as const satisfies Parameters<ReturnType<typeof startTermExplainer>['applySettings']>[0];

/** Waits long enough for a card to have opened, had anything asked for one (delay 150 ms). */
const pastCardDelay = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('the explainer', () => {
  it('opens a card when the reader rests on a term, and closes it on the reader’s Esc', async () => {
    showPage('<p>Sore outside? Maybe <span id="term">hip bursitis</span>, maybe not.</p>');
    startExplainer('background');
    await expect.poll(markedWords).toEqual(['hip bursitis']);
    await userEvent.hover(document.getElementById('term') as HTMLElement);
    await expect.poll(openCard).not.toBeNull();
    await userEvent.keyboard('{Escape}');
    await expect.poll(openCard).toBeNull();
  });

  it('loads the card’s code only when a card is first needed, once, and again after a failure', async () => {
    showPage(`<p>Sore outside? Maybe <span id="first">hip bursitis</span>, or a
      <span id="second">labral tear</span>, maybe not.</p><p id="plain">Nothing here.</p>`);
    const failOnce = vi.fn(async (): Promise<CardModule> => {
      throw new Error('The card script did not run in this page');
    });
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { loadCard } = startExplainer('background', { loadCard: failOnce });
    await expect.poll(markedWords).toEqual(['hip bursitis', 'labral tear']);
    await userEvent.hover(document.getElementById('plain') as HTMLElement);
    await pastCardDelay();
    expect(failOnce).not.toHaveBeenCalled();
    // A failed load shows no card, says why in the console, and is tried again on the next term.
    await userEvent.hover(document.getElementById('first') as HTMLElement);
    await expect.poll(() => warn.mock.calls.length).toBe(1);
    expect(openCard()).toBeNull();
    failOnce.mockImplementation(loadCard);
    await userEvent.hover(document.getElementById('second') as HTMLElement);
    await expect.poll(openCard).not.toBeNull();
    // Loaded once: the next card needs nothing more.
    await userEvent.hover(document.getElementById('plain') as HTMLElement);
    await expect.poll(openCard).toBeNull();
    await userEvent.hover(document.getElementById('first') as HTMLElement);
    await expect.poll(openCard).not.toBeNull();
    expect(failOnce).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });

  it('opens nothing for forged pointer moves, and closes nothing for forged keys', async () => {
    showPage('<p>Sore outside? Maybe <span id="term">hip bursitis</span>, maybe not.</p>');
    startExplainer('background');
    await expect.poll(markedWords).toEqual(['hip bursitis']);
    const term = document.getElementById('term') as HTMLElement;
    const box = term.getBoundingClientRect();
    const at = { clientX: box.left + 5, clientY: box.top + 5, bubbles: true };
    for (let i = 0; i < 3; i++) {
      term.dispatchEvent(new MouseEvent('mousemove', at));
      term.dispatchEvent(new PointerEvent('pointermove', at));
    }
    await pastCardDelay();
    expect(openCard()).toBeNull();
    await userEvent.hover(term);
    await expect.poll(openCard).not.toBeNull();
    document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    window.dispatchEvent(new Event('scroll'));
    await pastCardDelay();
    expect(openCard()).not.toBeNull();
  });

  it('with marks set to none: no highlight, no style sheet, no hover, but the keyboard works', async () => {
    showPage('<p>Sore outside? Maybe <span id="term">hip bursitis</span>, maybe not.</p>');
    const { explainer, styleMarks } = startExplainer('none');
    await userEvent.hover(document.getElementById('term') as HTMLElement);
    await pastCardDelay();
    expect(openCard()).toBeNull();
    // The badge still counts the terms near the screen.
    await expect.poll(() => explainer.countTermsMet()).toBe(1);
    expect(CSS.highlights.size).toBe(0);
    expect(styleMarks).not.toHaveBeenCalled();
    await explainer.showNextTerm();
    await expect.poll(openCard).not.toBeNull();
    expect(await explainer.countTerms()).toEqual([{ termId: 'hip-bursitis', count: 1 }]);
  });

  it('counts the terms met near the screen for the badge, more as the reader scrolls, muted ones not', async () => {
    const filler = '<p style="height: 3000px">Nothing to see here.</p>';
    showPage(`<p>Hip bursitis and a labral tear.</p>${filler}
      <p id="far">A stress fracture needs rest.</p>${filler}`);
    const { explainer, termsMetChanged } = startExplainer('background');
    await expect.poll(() => explainer.countTermsMet()).toBe(2);
    await expect.poll(() => termsMetChanged.mock.calls.length).toBe(1);
    document.getElementById('far')?.scrollIntoView({ block: 'center' });
    await expect.poll(() => explainer.countTermsMet()).toBe(3);
    await expect.poll(() => termsMetChanged.mock.calls.length).toBe(2);
    // Scrolling back meets nothing new: the count stays and nothing more is told.
    window.scrollTo(0, 0);
    await pastCardDelay();
    expect(explainer.countTermsMet()).toBe(3);
    expect(termsMetChanged).toHaveBeenCalledTimes(2);
    explainer.applySettings({ ...CALM, mutedTerms: ['labral-tear'] });
    expect(explainer.countTermsMet()).toBe(2);
  });

  it('removes its card, marks and style sheet when its lifetime ends', async () => {
    showPage('<p>Sore outside? Maybe <span id="term">hip bursitis</span>, maybe not.</p>');
    const before = document.documentElement.innerHTML;
    const { life, explainer, styleMarks } = startExplainer('underline');
    await expect.poll(markedWords).toEqual(['hip bursitis']);
    await explainer.showNextTerm();
    await expect.poll(openCard).not.toBeNull();
    life.end();
    expect(openCard()).toBeNull();
    expect(CSS.highlights.size).toBe(0);
    expect(document.documentElement.innerHTML).toBe(before);
    await expect.poll(() => styleMarks.mock.calls.map(([, , on]) => on)).toEqual([true, false]);
    // The same random names on and off.
    expect(styleMarks.mock.calls[0]?.[0]).toBe(styleMarks.mock.calls[1]?.[0]);
  });

  it('marks each term once per screen, and a later unmarked mention still explains itself', async () => {
    showPage(`<p>Hip bursitis first. A labral tear. Then <span id="later">hip bursitis</span>
      again, and a labral tear again.</p>`);
    const { explainer } = startExplainer('background');
    await expect.poll(markedWords).toEqual(['Hip bursitis', 'labral tear']);
    await userEvent.hover(document.getElementById('later') as HTMLElement);
    await expect.poll(openCard).not.toBeNull();
    // Every mention, when the reader asks for it in settings.
    explainer.applySettings({ ...CALM, markingMode: 'every' });
    await expect
      .poll(markedWords)
      .toEqual(['Hip bursitis', 'labral tear', 'hip bursitis', 'labral tear']);
  });

  it('mutes a term from its card, then offers the undo there, from the keyboard', async () => {
    showPage('<p>Maybe hip bursitis, maybe a labral tear.</p>');
    const { explainer, muteTerm } = startExplainer('background');
    await expect.poll(markedWords).toEqual(['hip bursitis', 'labral tear']);
    // The keyboard command focuses "More in the guide"; "Don't mark this word" is two Tabs on.
    await explainer.showNextTerm();
    await expect.poll(openCard).not.toBeNull();
    await userEvent.keyboard('{Tab}{Tab}{Enter}');
    await expect.poll(() => muteTerm.mock.calls).toEqual([['hip-bursitis', true]]);
    // The settings come back muted: the marks go, the card stays with the Undo focused.
    explainer.applySettings({ ...CALM, mutedTerms: ['hip-bursitis'] });
    await expect.poll(markedWords).toEqual(['labral tear']);
    expect(openCard()).not.toBeNull();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => muteTerm.mock.calls.at(-1)).toEqual(['hip-bursitis', false]);
    explainer.applySettings({ ...CALM, mutedTerms: [] });
    await expect.poll(markedWords).toEqual(['hip bursitis', 'labral tear']);
  });

  it('with Alt chosen, opens a card only while Alt is held', async () => {
    showPage('<p>Sore outside? Maybe <span id="term">hip bursitis</span>, maybe not.</p>');
    startExplainer('background', { cardOpening: 'modifier' });
    await expect.poll(markedWords).toEqual(['hip bursitis']);
    const term = document.getElementById('term') as HTMLElement;
    await userEvent.hover(term);
    await pastCardDelay();
    expect(openCard()).toBeNull();
    await userEvent.keyboard('{Alt>}');
    await expect.poll(openCard).not.toBeNull();
    await userEvent.keyboard('{/Alt}');
  });

  it('with click chosen, opens on a click, not on a rest, and closes on a click elsewhere', async () => {
    showPage(`<p>Sore outside? Maybe <span id="term">hip bursitis</span>, maybe not.</p>
      <p id="elsewhere">Nothing here.</p>`);
    startExplainer('background', { cardOpening: 'click' });
    await expect.poll(markedWords).toEqual(['hip bursitis']);
    const term = document.getElementById('term') as HTMLElement;
    await userEvent.hover(term);
    await pastCardDelay();
    expect(openCard()).toBeNull();
    await userEvent.click(term);
    await expect.poll(openCard).not.toBeNull();
    await userEvent.click(document.getElementById('elsewhere') as HTMLElement);
    await expect.poll(openCard).toBeNull();
  });

  it('with no marks, opens no card on a click either', async () => {
    showPage('<p>Sore outside? Maybe <span id="term">hip bursitis</span>, maybe not.</p>');
    startExplainer('none', { cardOpening: 'click' });
    await userEvent.click(document.getElementById('term') as HTMLElement);
    await pastCardDelay();
    expect(openCard()).toBeNull();
  });
});
