/**
 * Everything the extension does on a page, with one way out: marks terms (highlighter), shows a
 * card when the pointer rests on one or the keyboard steps to it, and answers the sidebar's
 * "on this page" questions. `destroy()` removes every mark, card, listener, observer and timer.
 */
import type { MarkStyle, Theme } from '../knowledge/preferences';
import type { Route } from '../knowledge/routes';
import type { TermDescription } from '../knowledge/terms/term-description';
import type { TermMatcher } from '../knowledge/terms/term-matcher';
import type { Box } from './card-placement';
import { isDarkAround } from './page-theme';
import { createTermCardController } from './term-card-controller';
import { startTermHighlighter, type TermAt } from './term-highlighter';

export interface ExplainerSettings {
  markStyle: MarkStyle;
  cardDelayMs: number;
  theme: Theme;
}

export interface ExplainerOptions extends ExplainerSettings {
  matcher: TermMatcher;
  /** A term's card text, from the background (cached here once fetched). */
  describe(termId: string): Promise<TermDescription | null>;
  /**
   * Asks the background to open the sidebar at `route`. Resolves null if it opened, or what to
   * tell the reader where the browser does not allow it (Firefox, from a page).
   */
  openGuide(route: Route): Promise<string | null>;
  /** False once the extension is gone (reloaded or updated): the explainer then removes itself. */
  isContextValid(): boolean;
}

export interface TermExplainer {
  /** Steps to the next term after the last one shown (or the first below the top of the view). */
  showNextTerm(): Promise<void>;
  /** Counts of each term on the whole page. */
  countTerms(): Promise<{ termId: string; count: number }[]>;
  /** Scrolls to the `index`-th occurrence of a term and opens its card. */
  showTerm(termId: string, index: number): Promise<boolean>;
  applySettings(settings: ExplainerSettings): void;
  destroy(): void;
}

/** How long the card stays after the pointer leaves the term, so it can move onto the card. */
const HIDE_GRACE_MS = 300;

function boxOfHit(range: Range, at: TermAt): Box | null {
  if (!at.text.isConnected) return null;
  range.setStart(at.text, at.hit.start);
  range.setEnd(at.text, at.hit.end);
  const rects = [...range.getClientRects()];
  range.collapse(true);
  const first = rects[0];
  if (!first) return null;
  // A term wrapped over two lines: anchor to its first line.
  return { left: first.left, top: first.top, right: first.right, bottom: first.bottom };
}

function sameHit(a: TermAt | null, b: TermAt | null): boolean {
  return !!a && !!b && a.text === b.text && a.hit.start === b.hit.start;
}

export function startTermExplainer(doc: Document, options: ExplainerOptions): TermExplainer {
  const view = doc.defaultView as Window;
  let settings: ExplainerSettings = {
    markStyle: options.markStyle,
    cardDelayMs: options.cardDelayMs,
    theme: options.theme,
  };
  const highlighter = startTermHighlighter(
    doc,
    options.matcher,
    settings.markStyle,
    options.isContextValid,
  );
  const card = createTermCardController(doc, { onFocusLeft: () => hide() });
  /** One Range for measuring terms, reused: every live Range slows the page's DOM changes. */
  const measuringRange = doc.createRange();
  /** Counts shows, so a slow answer for an older card never lands on a newer one. */
  let showCount = 0;
  const listeners = new AbortController();
  const { signal } = listeners;
  let shown: TermAt | null = null;
  let pending: TermAt | null = null;
  let showTimer: ReturnType<typeof setTimeout> | undefined;
  let hideTimer: ReturnType<typeof setTimeout> | undefined;
  let frameRequested = false;
  let destroyed = false;
  let lastPointer = { x: 0, y: 0, target: null as EventTarget | null };

  const clearTimers = () => {
    clearTimeout(showTimer);
    clearTimeout(hideTimer);
    showTimer = hideTimer = undefined;
  };

  const hide = () => {
    clearTimers();
    shown = null;
    pending = null;
    card.hide();
  };

  const descriptions = new Map<string, Promise<TermDescription | null>>();
  const describe = (termId: string) => {
    let description = descriptions.get(termId);
    if (!description) {
      // No text (the background was asleep or the extension updated) shows no card; asked again next time.
      description = options.describe(termId).catch(() => null);
      descriptions.set(termId, description);
      // Keep answers, not failures: the background may just have been waking up.
      void description.then((found) => found || descriptions.delete(termId));
    }
    return description;
  };

  const show = async (at: TermAt, focus: boolean) => {
    const thisShow = ++showCount;
    const description = await describe(at.termId);
    // The pointer or the keyboard may have moved on while the text was on its way.
    if (thisShow !== showCount || (!focus && !sameHit(at, pending))) return;
    if (!options.isContextValid()) return api.destroy();
    const anchor = boxOfHit(measuringRange, at);
    if (!description || !anchor || destroyed) return;
    clearTimers();
    shown = at;
    const dark =
      settings.theme === 'dark' ||
      (settings.theme === 'auto' && isDarkAround(at.text.parentElement));
    const content = {
      name: description.name,
      explanation: description.explanation,
      relatedName: description.relatedName,
      openHint: null as string | null,
      onMore: () => void openGuide(description.route),
      onCheck: () => void openGuide({ view: 'check', from: at.termId, saved: null, preset: {} }),
    };
    const openGuide = async (route: Route) => {
      const hint = await options
        .openGuide(route)
        .catch(() => 'Hip Pain Guide was updated: reload this page to use it again.');
      if (hint && thisShow === showCount) card.update({ ...content, openHint: hint });
    };
    card.show(content, anchor, { dark, focus });
  };

  /** Hover: after the pointer rests on a term for the card delay, show its card. */
  const onPointerFrame = () => {
    frameRequested = false;
    if (!options.isContextValid()) return api.destroy();
    const { x, y, target } = lastPointer;
    if (card.contains(target)) {
      clearTimeout(hideTimer);
      hideTimer = undefined;
      return;
    }
    const at = highlighter.termAtPoint(x, y);
    if (at && sameHit(at, shown)) {
      clearTimeout(hideTimer);
      hideTimer = undefined;
      return;
    }
    if (at && !sameHit(at, pending)) {
      pending = at;
      void describe(at.termId);
      clearTimeout(showTimer);
      showTimer = setTimeout(() => pending && void show(pending, false), settings.cardDelayMs);
    } else if (!at) {
      pending = null;
      clearTimeout(showTimer);
      showTimer = undefined;
    }
    if (!at && shown && hideTimer === undefined) {
      hideTimer = setTimeout(hide, HIDE_GRACE_MS);
    }
  };

  doc.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      lastPointer = { x: event.clientX, y: event.clientY, target: event.composedPath()[0] ?? null };
      if (!frameRequested) {
        frameRequested = true;
        view.requestAnimationFrame(onPointerFrame);
      }
    },
    { passive: true, signal, capture: true },
  );
  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key !== 'Escape' || !card.isOpen()) return;
      // Esc belongs to the page (its dialog, its search box) unless focus is in our card.
      if (card.contains(doc.activeElement)) event.stopPropagation();
      hide();
    },
    { signal, capture: true },
  );
  view.addEventListener('scroll', () => shown && !card.contains(doc.activeElement) && hide(), {
    passive: true,
    signal,
  });

  const scrollToAndShow = (at: TermAt) => {
    // Centre the term itself: centring a tall paragraph can leave the term off screen.
    const box = boxOfHit(measuringRange, at);
    if (box) {
      view.scrollBy({ top: box.top - view.innerHeight / 2, behavior: 'instant' });
    }
    highlighter.refresh();
    pending = at;
    void show(at, true);
  };

  /** Index of the first term whose text is at or below the top of the screen (binary search). */
  const firstOnScreenOrBelow = (all: TermAt[]): number => {
    let low = 0;
    let high = all.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const top = boxOfHit(measuringRange, all[mid] as TermAt)?.top;
      if (top !== undefined && top < 0) low = mid + 1;
      else high = mid;
    }
    return low % all.length;
  };

  const api: TermExplainer = {
    async showNextTerm() {
      const all = await highlighter.allTerms();
      if (all.length === 0) return;
      // After the term shown last, or else the first at or below the top of the screen.
      let index = shown ? all.findIndex((at) => sameHit(at, shown)) + 1 : -1;
      if (index <= 0) index = firstOnScreenOrBelow(all);
      for (let tries = 0; tries < all.length; tries++, index++) {
        const at = all[index % all.length] as TermAt;
        if (boxOfHit(measuringRange, at)) return scrollToAndShow(at);
      }
    },
    async countTerms() {
      const counts = new Map<string, number>();
      for (const at of await highlighter.allTerms()) {
        counts.set(at.termId, (counts.get(at.termId) ?? 0) + 1);
      }
      return [...counts].map(([termId, count]) => ({ termId, count }));
    },
    async showTerm(termId, index) {
      const matches = (await highlighter.allTerms()).filter((at) => at.termId === termId);
      const at = matches[Math.min(index, matches.length - 1)];
      if (!at) return false;
      scrollToAndShow(at);
      return true;
    },
    applySettings(next) {
      settings = next;
      highlighter.setMarkStyle(next.markStyle);
    },
    destroy() {
      if (destroyed) return;
      destroyed = true;
      listeners.abort();
      clearTimers();
      card.destroy();
      highlighter.destroy();
    },
  };
  return api;
}
