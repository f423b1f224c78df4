/**
 * Everything the extension does on a page: marks terms near the viewport (marked window, kept up
 * to date with the page's changes), shows a card when the reader asks for it (the pointer resting
 * on a term, or held with Alt, or a click, as settings say; a tap on a touch screen; the keyboard
 * stepping to it), answers the sidebar's "on this page" questions, and counts the terms the reader
 * has met near the screen so far (the toolbar badge). It lives as long as `life`:
 * ending it removes every mark, card, style, listener, observer and timer.
 *
 * Only the reader's own input counts: a page can dispatch pointer and key events of its own, and
 * those (`isTrusted` false) never open or close a card.
 */
import type { CardOpening, MarkingMode, MarkStyle, Theme } from '../knowledge/preferences';
import type { Route } from '../knowledge/routes';
import type { TermDescription } from '../knowledge/terms/term-description';
import type { TermMatcher } from '../knowledge/terms/term-matcher';
import type { MarkScope } from '../platform/mark-scope';
import type { MarkNames } from '../platform/messages';
import type { CardModule } from './card-module';
import type { Box } from './card-placement';
import type { Lifetime } from './lifetime';
import { type MarkedWindow, randomMarkNames, startMarkedWindow } from './marked-window';
import { followPageChanges } from './page-changes';
import type { CardContent, TermCardController } from './term-card-controller';
import { createTermIndex, sameHit, type TermAt, type TermIndex } from './term-index';

export interface ExplainerSettings {
  cardDelayMs: number;
  theme: Theme;
  markingMode: MarkingMode;
  cardOpening: CardOpening;
  /** Terms never marked or explained. */
  mutedTerms: readonly string[];
}

export interface ExplainerOptions extends ExplainerSettings {
  /** Fixed for the explainer's life: a change of style starts a new one. */
  markStyle: MarkStyle;
  matcher: TermMatcher;
  /** A term's card text, from the background (cached here once fetched). */
  describe(termId: string): Promise<TermDescription | null>;
  /**
   * The card's code, asked for the first time a card may be needed (the pointer rests on a term,
   * a click, the keyboard): most pages never show a card, so it is not part of the content
   * script (page/card-module.ts). Asked again after a failure.
   */
  loadCard(): Promise<CardModule>;
  /**
   * Asks the background to open the sidebar at `route`. Resolves null if it opened, or what to
   * tell the reader where the browser does not allow it (Firefox, from a page).
   */
  openGuide(route: Route): Promise<string | null>;
  /**
   * Has the browser style the highlights of these names within the elements of `scope` in this
   * tab, or (`on` false) stop: a style sheet which page CSP cannot block and page scripts cannot
   * list. Resolves once done.
   */
  styleMarks(names: MarkNames, scope: MarkScope, on: boolean): Promise<void>;
  /** Stores that a term is muted (or not) everywhere; the settings then come back through `applySettings`. */
  muteTerm(termId: string, muted: boolean): Promise<void>;
  /** The reader met a new term (`countTermsMet` grew); called at most every 500 ms. */
  termsMetChanged(): void;
}

export interface TermExplainer {
  /** Steps to the next term after the last one shown (or the first below the top of the view). */
  showNextTerm(): Promise<void>;
  /** Counts of each term on the whole page. */
  countTerms(): Promise<{ termId: string; count: number }[]>;
  /**
   * How many different terms the reader has met near the screen so far (the toolbar badge):
   * no pass over the whole page, the marked window's passes note them.
   */
  countTermsMet(): number;
  /** Scrolls to the `index`-th occurrence of a term and opens its card. */
  showTerm(termId: string, index: number): Promise<boolean>;
  applySettings(settings: ExplainerSettings): void;
}

/** How long the card stays after the pointer leaves the term, so it can move onto the card. */
const HIDE_GRACE_MS = 300;
/** Scrolling meets new terms pass after pass: their count is told at most this often. */
const TERMS_MET_REPORT_MS = 500;

/**
 * Marks that the browser styles for this tab (the marked window removes the style when `life`
 * ends); with the style "none", a window that marks nothing and only notes the terms it meets.
 */
function styledMarkedWindow(
  doc: Document,
  index: TermIndex,
  life: Lifetime,
  options: Pick<ExplainerOptions, 'styleMarks' | 'markingMode' | 'markStyle'>,
  onNewTerms: () => void,
): MarkedWindow {
  /** Made when the first sheet is asked for: most ordinary pages never mark anything. */
  let madeNames: MarkNames | null = null;
  const names = () => {
    madeNames ??= randomMarkNames();
    return madeNames;
  };
  /** Inserts the sheet for `scope`; resolves to its removal. */
  const styleScope = async (scope: MarkScope) => {
    const current = names();
    await options.styleMarks(current, scope, true);
    // If the extension is gone, so is any way to reach the background; the names are random, so
    // nothing findable is left. (A failed insertion is reported by the marked window.)
    return () => void options.styleMarks(current, scope, false).catch(() => undefined);
  };
  const style = options.markStyle === 'none' ? null : options.markStyle;
  return startMarkedWindow(
    doc,
    index,
    life,
    style,
    names,
    styleScope,
    options.markingMode,
    onNewTerms,
  );
}

export function startTermExplainer(
  doc: Document,
  life: Lifetime,
  options: ExplainerOptions,
): TermExplainer {
  const view = doc.defaultView as Window;
  let settings: ExplainerSettings = {
    cardDelayMs: options.cardDelayMs,
    theme: options.theme,
    markingMode: options.markingMode,
    cardOpening: options.cardOpening,
    mutedTerms: options.mutedTerms,
  };
  const index = createTermIndex(doc, options.matcher, life);
  index.setMuted(options.mutedTerms);
  let termsMetReportDue = false;
  const marks = styledMarkedWindow(doc, index, life, options, () => {
    if (termsMetReportDue) return;
    termsMetReportDue = true;
    life.setTimeout(() => {
      termsMetReportDue = false;
      options.termsMetChanged();
    }, TERMS_MET_REPORT_MS);
  });
  followPageChanges(doc, index, marks, life);
  /** The card, once its code has arrived (`loadCard`); null until a card was first needed. */
  let card: TermCardController | null = null;
  let isDarkAround: CardModule['isDarkAround'] = () => false;
  let cardLoading: Promise<TermCardController | null> | null = null;
  const loadCard = (): Promise<TermCardController | null> => {
    cardLoading ??= options.loadCard().then(
      (module) => {
        if (!life.isValid) return null;
        isDarkAround = module.isDarkAround;
        card = module.createTermCardController(doc, { onFocusLeft: () => hide() });
        // Scrolling the page away closes the card. Listened for from the first card on: the first
        // `scroll` listener on a page costs it a frame (see the mouse events below).
        view.addEventListener(
          'scroll',
          (event) => event.isTrusted && shown && !card?.contains(doc.activeElement) && hide(),
          { passive: true, signal },
        );
        return card;
      },
      (error: unknown) => {
        // No card this time (the extension was updated or is going away); the next asks again.
        cardLoading = null;
        console.warn('Hip Pain Guide: the explanation card could not be loaded', error);
        return null;
      },
    );
    return cardLoading;
  };
  /** Where a term's first line is on screen (for scrolling to it). */
  const boxOf = (at: TermAt): Box | null => index.rectsOf(at)[0] ?? null;
  /** Counts shows, so a slow answer for an older card never lands on a newer one. */
  let showCount = 0;
  const { signal } = life;
  let shown: TermAt | null = null;
  let pending: TermAt | null = null;
  let showTimer: number | undefined;
  let hideTimer: number | undefined;
  let frameRequested = false;
  let lastPointer = { x: 0, y: 0, target: null as EventTarget | null, alt: false };

  const clearShowTimer = () => {
    life.clearTimeout(showTimer);
    showTimer = undefined;
  };
  const clearHideTimer = () => {
    life.clearTimeout(hideTimer);
    hideTimer = undefined;
  };

  const hide = () => {
    clearShowTimer();
    clearHideTimer();
    shown = null;
    pending = null;
    card?.hide();
  };
  life.onEnd(() => card?.destroy());

  const descriptions = new Map<string, Promise<TermDescription | null>>();
  const describe = (termId: string) => {
    let description = descriptions.get(termId);
    if (!description) {
      // No text (the background was asleep or the extension updated) shows no card; asked again
      // next time.
      description = options.describe(termId).catch(() => null);
      descriptions.set(termId, description);
      // Keep answers, not failures: the background may just have been waking up.
      void description.then((found) => found || descriptions.delete(termId));
    }
    return description;
  };

  const show = async (at: TermAt, focus: boolean) => {
    const thisShow = ++showCount;
    const [description, loaded] = await Promise.all([describe(at.termId), loadCard()]);
    // The pointer or the keyboard may have moved on while the text was on its way.
    if (thisShow !== showCount || (!focus && !sameHit(at, pending)) || !life.isValid) return;
    const anchor = index.rectsOf(at);
    if (!description || !loaded || anchor.length === 0) return;
    clearShowTimer();
    clearHideTimer();
    shown = at;
    const dark =
      settings.theme === 'dark' ||
      (settings.theme === 'auto' && isDarkAround(at.text.parentElement));
    let content: CardContent = {
      name: description.name,
      explanation: description.explanation,
      relatedName: description.relatedName,
      openHint: null,
      muted: false,
      onMore: () => void openGuide(description.route),
      onCheck: () => void openGuide({ view: 'check', from: at.termId, saved: null, preset: {} }),
      onMute: () => void mute(true),
      onUndoMute: () => void mute(false),
    };
    const update = (change: Partial<CardContent>) => {
      content = { ...content, ...change };
      if (thisShow === showCount) loaded.update(content);
    };
    const openGuide = async (route: Route) => {
      const hint = await options
        .openGuide(route)
        .catch(() => 'Hip Pain Guide was updated: reload this page to use it again.');
      if (hint) update({ openHint: hint });
    };
    // The card stays open to offer the undo; the term's marks go at the next pass.
    const mute = async (muted: boolean) => {
      await options
        .muteTerm(at.termId, muted)
        .then(() => update({ muted, openHint: null }))
        .catch(() => update({ openHint: 'That could not be saved. Try again.' }));
    };
    loaded.show(content, anchor, { dark, focus });
  };

  /**
   * Hover: after the pointer rests on a term near the screen (marked or a later mention) for the
   * card delay, show its card; with the "modifier" setting, only while Alt is held, and at once.
   */
  const onPointerFrame = () => {
    frameRequested = false;
    const { x, y, target, alt } = lastPointer;
    if (card?.contains(target)) return clearHideTimer();
    const modifierOnly = settings.cardOpening === 'modifier';
    const at = modifierOnly && !alt ? null : index.termAtPoint(x, y, marks.isInWindow);
    if (at && sameHit(at, shown)) return clearHideTimer();
    if (at && !sameHit(at, pending)) {
      pending = at;
      // Both on their way while the pointer rests: the card shows as soon as the delay ends.
      void describe(at.termId);
      void loadCard();
      clearShowTimer();
      showTimer = life.setTimeout(
        () => pending && void show(pending, false),
        modifierOnly ? 0 : settings.cardDelayMs,
      );
    } else if (!at) {
      pending = null;
      clearShowTimer();
    }
    if (!at && shown && hideTimer === undefined) hideTimer = life.setTimeout(hide, HIDE_GRACE_MS);
  };

  const requestPointerFrame = () => {
    if (frameRequested) return;
    frameRequested = true;
    life.requestAnimationFrame(onPointerFrame);
  };

  /**
   * A click or a tap: opens the card of the term under it, or closes the card elsewhere. A click
   * is a `PointerEvent` (Chrome 92, Firefox 129 on), which says whether a finger or a pen made it.
   */
  const onClick = (event: MouseEvent) => {
    const pointerType = (event as Partial<PointerEvent>).pointerType;
    const tapped = pointerType === 'touch' || pointerType === 'pen';
    if (!event.isTrusted || (!tapped && settings.cardOpening !== 'click')) return;
    if (card?.contains(event.composedPath()[0] ?? null)) return;
    const at = index.termAtPoint(event.clientX, event.clientY, marks.isInWindow);
    if (!at) {
      if (shown) hide();
      return;
    }
    if (sameHit(at, shown)) return;
    clearShowTimer();
    pending = at;
    void show(at, false);
  };

  // Hover, clicks and taps need marks: with none, cards open from the keyboard, the sidebar or
  // the menu only (a card on words shown as plain text would surprise the reader).
  // Mouse events, not pointer events: the first listener for a pointer event on a page makes
  // Chromium produce a frame for its compositor (~1.5 ms of rendering on a large page that had
  // finished; docs/highlighting.md), and a mouse is all that hovers.
  if (options.markStyle !== 'none') {
    doc.addEventListener(
      'mousemove',
      (event) => {
        if (!event.isTrusted) return;
        // With "click", the pointer resting on a term opens nothing; a click does.
        if (settings.cardOpening === 'click') return;
        lastPointer = {
          x: event.clientX,
          y: event.clientY,
          target: event.composedPath()[0] ?? null,
          alt: event.altKey,
        };
        requestPointerFrame();
      },
      { passive: true, signal, capture: true },
    );
    doc.addEventListener('click', onClick, { signal, capture: true });
    // Pressing or letting go of Alt over a resting pointer counts as moving it.
    const onAlt = (event: KeyboardEvent) => {
      if (!event.isTrusted || event.key !== 'Alt' || settings.cardOpening !== 'modifier') return;
      lastPointer = { ...lastPointer, alt: event.type === 'keydown' };
      requestPointerFrame();
    };
    doc.addEventListener('keydown', onAlt, { signal, capture: true });
    doc.addEventListener('keyup', onAlt, { signal, capture: true });
  }
  doc.addEventListener(
    'keydown',
    (event) => {
      if (!event.isTrusted || event.key !== 'Escape' || !card?.isOpen()) return;
      // Esc belongs to the page (its dialog, its search box) unless focus is in our card.
      if (card.contains(doc.activeElement)) event.stopPropagation();
      hide();
    },
    { signal, capture: true },
  );

  const scrollToAndShow = (at: TermAt) => {
    // Centre the term itself: centring a tall paragraph can leave the term off screen.
    const box = boxOf(at);
    if (box) {
      view.scrollBy({ top: box.top - view.innerHeight / 2, behavior: 'instant' });
    }
    marks.refresh();
    pending = at;
    void show(at, true);
  };

  /** Index of the first term whose text is at or below the top of the screen (binary search). */
  const firstOnScreenOrBelow = (all: TermAt[]): number => {
    let low = 0;
    let high = all.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      const top = boxOf(all[mid] as TermAt)?.top;
      if (top !== undefined && top < 0) low = mid + 1;
      else high = mid;
    }
    return low % all.length;
  };

  return {
    async showNextTerm() {
      const all = await index.allTerms();
      if (all.length === 0) return;
      // After the term shown last, or else the first at or below the top of the screen.
      let next = shown ? all.findIndex((at) => sameHit(at, shown)) + 1 : -1;
      if (next <= 0) next = firstOnScreenOrBelow(all);
      for (let tries = 0; tries < all.length; tries++, next++) {
        const at = all[next % all.length] as TermAt;
        if (boxOf(at)) return scrollToAndShow(at);
      }
    },
    async countTerms() {
      const counts = new Map<string, number>();
      for (const at of await index.allTerms()) {
        counts.set(at.termId, (counts.get(at.termId) ?? 0) + 1);
      }
      return [...counts].map(([termId, count]) => ({ termId, count }));
    },
    countTermsMet() {
      let count = 0;
      for (const termId of marks.termsMet()) if (!settings.mutedTerms.includes(termId)) count++;
      return count;
    },
    async showTerm(termId, occurrence) {
      const matches = (await index.allTerms()).filter((at) => at.termId === termId);
      const at = matches[Math.min(occurrence, matches.length - 1)];
      if (!at) return false;
      scrollToAndShow(at);
      return true;
    },
    applySettings(next) {
      const mutedBefore = settings.mutedTerms.join();
      settings = next;
      marks.setMode(next.markingMode);
      if (next.mutedTerms.join() !== mutedBefore) {
        index.setMuted(next.mutedTerms);
        marks.schedule(0);
      }
    },
  };
}
