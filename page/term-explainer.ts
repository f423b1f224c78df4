/**
 * Everything the extension does on a page, with one way out: marks terms (highlighter), shows a
 * card when the pointer rests on one or the keyboard steps to it, and answers the sidebar's
 * "on this page" questions. `destroy()` removes every mark, card, listener, observer and timer.
 */
import type { TermDescription } from '../knowledge/term-description';
import type { TermMatcher } from '../knowledge/term-matcher';
import type { Box } from './card-placement';
import { isDarkAround } from './page-theme';
import { createTermCardController } from './term-card-controller';
import { type MarkStyle, startTermHighlighter, type TermAt } from './term-highlighter';

export interface ExplainerSettings {
  markStyle: MarkStyle;
  cardDelayMs: number;
  theme: 'auto' | 'light' | 'dark';
}

export interface ExplainerOptions extends ExplainerSettings {
  matcher: TermMatcher;
  /** A term's card text, from the background (cached here once fetched). */
  describe(termId: string): Promise<TermDescription | null>;
  /**
   * Asks the background to open the sidebar at `route`. Resolves null if it opened, or what to
   * tell the reader where the browser does not allow it (Firefox, from a page).
   */
  openGuide(route: string): Promise<string | null>;
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

function boxOfHit(doc: Document, at: TermAt): Box | null {
  const range = doc.createRange();
  range.setStart(at.text, at.hit.start);
  range.setEnd(at.text, at.hit.end);
  const rects = [...range.getClientRects()];
  range.detach();
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
  const highlighter = startTermHighlighter(doc, options.matcher, settings.markStyle);
  const card = createTermCardController(doc);
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
      description = options.describe(termId).catch(() => null);
      descriptions.set(termId, description);
    }
    return description;
  };

  const show = async (at: TermAt, focus: boolean) => {
    const description = await describe(at.termId);
    // The pointer may have moved on while the text was on its way.
    if (!focus && !sameHit(at, pending)) return;
    const anchor = boxOfHit(doc, at);
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
      onCheck: () => void openGuide(`check?from=${encodeURIComponent(at.termId)}`),
    };
    const openGuide = async (route: string) => {
      const hint = await options.openGuide(route);
      if (hint) card.update({ ...content, openHint: hint });
    };
    card.show(content, anchor, { dark, focus });
  };

  /** Hover: after the pointer rests on a term for the card delay, show its card. */
  const onPointerFrame = () => {
    frameRequested = false;
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
      if (event.key === 'Escape' && card.isOpen()) {
        hide();
        event.stopPropagation();
      }
    },
    { signal, capture: true },
  );
  view.addEventListener('scroll', () => shown && !card.contains(doc.activeElement) && hide(), {
    passive: true,
    signal,
  });

  const scrollToAndShow = (at: TermAt) => {
    at.text.parentElement?.scrollIntoView({ block: 'center', behavior: 'instant' });
    highlighter.refresh();
    pending = at;
    void show(at, true);
  };

  return {
    async showNextTerm() {
      const all = await highlighter.allTerms();
      if (all.length === 0) return;
      const startIndex = shown
        ? all.findIndex((at) => sameHit(at, shown)) + 1
        : all.findIndex((at) => (boxOfHit(doc, at)?.top ?? -1) >= 0);
      scrollToAndShow(all[startIndex >= 0 && startIndex < all.length ? startIndex : 0] as TermAt);
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
      destroyed = true;
      listeners.abort();
      clearTimers();
      card.destroy();
      highlighter.destroy();
    },
  };
}
