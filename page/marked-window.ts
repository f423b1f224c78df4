/**
 * The marked window: the terms near the viewport, registered as `StaticRange`s in a CSS Custom
 * Highlight, which paints them without adding a single element to the page (framework pages such
 * as Strava and Reddit keep references to their own text nodes; wrapping words would break them).
 *
 * Only text near the viewport is registered: each registered range costs render time in every
 * frame where the page changes. Passes run after a scroll, a resize, a click or a toggle, and when
 * the page's own changes (page-changes.ts) bring new terms.
 *
 * Each pass also notes which terms it found near the screen: the toolbar badge counts the terms
 * the reader has met so far, so no pass over the whole page is needed for it. With marks set to
 * "none" the window runs with no style: it notes the terms and marks nothing.
 *
 * Privacy: the highlight is registered under a name made up for this page load, so a page cannot
 * look for a fixed name. The page can still read the registry (`CSS.highlights`) and so the marked
 * ranges while marks are shown; with marks set to "none" nothing is registered.
 */
import type { MarkingMode } from '../knowledge/preferences';
import type { TermHit } from '../knowledge/terms/term-matcher';
import {
  MAX_SCOPE_PATHS,
  type MarkScope,
  scopePathOf,
  scopeSelector,
} from '../platform/mark-scope';
import type { MarkNames } from '../platform/messages';
import type { Lifetime } from './lifetime';
import type { TermIndex } from './term-index';
import { SAMPLE_COUNT, textNodesNearViewport } from './viewport-window';

export type ShownMarkStyle = 'underline' | 'background';

export interface MarkedWindow {
  /** True if some of `text`'s terms are marked now. */
  isMarked(text: Text): boolean;
  /**
   * True if `text` is in the window near the screen: hover answers there, also for the mentions
   * left unmarked (with each term marked once per screen, a later mention still explains itself).
   */
  isInWindow(text: Text): boolean;
  /** Marks every mention, or each term's first mention in view; applied at the next pass. */
  setMode(mode: MarkingMode): void;
  /** Drops the marks of a text node (it left the page, or its text changed under them). */
  unmark(text: Text): void;
  /** Drops the marks of every text node that left the page. */
  dropDisconnected(): void;
  /** Asks for a pass soon (at most once per update interval). */
  schedule(minimumWait?: number): void;
  /** Runs a pass now (after scrolling a term into view, so that it is marked at once). */
  refresh(): void;
  /** Every term the passes have found near the screen since the window started. */
  termsMet(): ReadonlySet<string>;
}

/**
 * How often at most a new style sheet replaces the last one. Each costs the browser a walk over
 * every element of the page (~10 ms on a 2 MB forum, 25–80 ms on a 6 MB page): scrolling the
 * 6 MB page with a new sheet at every pass took its median frame from 7 to 94 ms. In between,
 * marks newly in view wait for their style (at most this long).
 */
const RESTYLE_INTERVAL_MS = 1000;
/** How often at most the window of marked text is recomputed while the page scrolls or changes. */
const UPDATE_INTERVAL_MS = 120;
/**
 * Longest a pass samples points on screen before leaving the rest to a later pass: on a page of
 * 12k posts side by side each sample (a hit test) takes ~5 ms, and twelve in one task froze it.
 * Less when the last pass found text: walking on from it already covers most of the screen.
 */
const PASS_SAMPLING_MS = { nothingFoundYet: 12, walkingOn: 4 };
/** Longest the first pass waits for the page to be idle before it waits for a frame instead. */
const FIRST_PASS_WAIT_MS = 500;

/**
 * Highlight names no page can know in advance: random letters per page load (a CSS identifier
 * must not start with a digit, so each name starts with a letter).
 */
export function randomMarkNames(): MarkNames {
  const name = () => {
    const bytes = crypto.getRandomValues(new Uint8Array(12));
    return Array.from(bytes, (b) => String.fromCharCode(97 + (b % 26))).join('');
  };
  return { underline: name(), background: name() };
}

export function startMarkedWindow(
  doc: Document,
  index: TermIndex,
  life: Lifetime,
  /** Null: marks nothing, only notes the terms near the screen (marks set to "none"). */
  style: ShownMarkStyle | null,
  /**
   * This load's highlight names, asked for only when the first marks join the registry: making
   * them (`randomMarkNames`) is cold code that most pages, with nothing to mark, never need.
   */
  names: () => MarkNames,
  /**
   * Has the browser style highlights of these names within the elements of `scope` (and their
   * children); resolves, once it does, to the removal of that style (called when a new sheet
   * replaces it, or when `life` ends). A style sheet is asked for
   * only when the window has something to mark, and only for the elements holding the marked
   * text: a sheet whose rule matches every element makes the browser recalculate the style of
   * the whole page (hundreds of ms on a 2 MB page; platform/mark-scope.ts). The highlight joins
   * the page's registry only once styled: ranges a page could read but the reader cannot see
   * would tell only the page.
   */
  styleScope: (scope: MarkScope) => Promise<() => void>,
  /** Which mentions are marked (the settings choose; see `setMode`). */
  initialMode: MarkingMode = 'every',
  /** Called after a pass that met a term for the first time. */
  onNewTerms: () => void = () => {},
): MarkedWindow {
  const view = doc.defaultView as Window & typeof globalThis;
  let mode = initialMode;
  /** The name the highlight is registered under, once it is (null before, or with no style). */
  let highlightName: string | null = null;
  const highlight = new view.Highlight();
  const met = new Set<string>();
  /** Text nodes whose hits are registered in the highlight now: the hits chosen, their ranges. */
  const registered = new Map<Text, { hits: TermHit[]; ranges: StaticRange[] }>();
  let updateTimer: number | undefined;
  let lastUpdate = 0;
  /** The text the last pass found near the viewport: where the next pass starts walking. */
  let lastFound = new Set<Text>();
  /**
   * The sample point the next pass starts at: a pass that runs out of time leaves the rest of the
   * round to later passes. `SAMPLE_COUNT` when the round is complete.
   */
  let nextSample = SAMPLE_COUNT;
  let scrollAtUpdate = { x: 0, y: 0 };

  const unmark = (node: Text) => {
    for (const range of registered.get(node)?.ranges ?? []) highlight.delete(range);
    registered.delete(node);
  };

  /** Registers `hits` of `node`, replacing what was registered there if it differs. */
  const mark = (node: Text, hits: TermHit[]) => {
    const current = registered.get(node);
    if (
      current &&
      current.hits.length === hits.length &&
      current.hits.every((hit, i) => hit.start === hits[i]?.start)
    ) {
      return;
    }
    if (current) unmark(node);
    const ranges = hits.map(
      (hit) =>
        new view.StaticRange({
          startContainer: node,
          startOffset: hit.start,
          endContainer: node,
          endOffset: hit.end,
        }),
    );
    for (const range of ranges) highlight.add(range);
    registered.set(node, { hits, ranges });
  };

  /**
   * The hits to mark in the text found near the screen: all of them, or only each term's first
   * mention that is not above the top of the screen (already read), in document order.
   */
  const chooseHits = (found: Set<Text>): Map<Text, TermHit[]> => {
    const chosen = new Map<Text, TermHit[]>();
    const withHits = [...found].filter((node) => index.hitsOf(node).length > 0);
    if (mode === 'every') {
      for (const node of withHits) chosen.set(node, index.hitsOf(node));
      return chosen;
    }
    withHits.sort((a, b) =>
      a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
    );
    const seen = new Set<string>();
    for (const node of withHits) {
      const firsts: TermHit[] = [];
      for (const hit of index.hitsOf(node)) {
        if (seen.has(hit.termId)) continue;
        // Layout is fresh here (the pass runs after a frame, or when idle): measuring costs no reflow.
        const lines = index.rectsOf({ termId: hit.termId, text: node, hit });
        const last = lines[lines.length - 1];
        if (!last || last.bottom < 0) continue;
        seen.add(hit.termId);
        firsts.push(hit);
      }
      if (firsts.length > 0) chosen.set(node, firsts);
    }
    return chosen;
  };

  const update = () => {
    updateTimer = undefined;
    lastUpdate = performance.now();
    if (!life.isValid) return;
    scrollAtUpdate = { x: view.scrollX, y: view.scrollY };
    const scan = textNodesNearViewport(doc, {
      seeds: lastFound,
      firstSample: nextSample < SAMPLE_COUNT ? nextSample : 0,
      samplingMs:
        lastFound.size > 0 ? PASS_SAMPLING_MS.walkingOn : PASS_SAMPLING_MS.nothingFoundYet,
    });
    lastFound = scan.found;
    nextSample = scan.nextSample;
    const metBefore = met.size;
    for (const node of scan.found) for (const hit of index.hitsOf(node)) met.add(hit.termId);
    if (met.size > metBefore) onNewTerms();
    if (style) {
      // Registered text still in the window was a seed, so it is found again even when the pass
      // ran out of time: dropping what was not found never drops marks that are still on screen.
      const chosen = chooseHits(scan.found);
      for (const node of [...registered.keys()]) {
        if (!chosen.has(node) || !node.isConnected) unmark(node);
      }
      for (const [node, hits] of chosen) mark(node, hits);
      styleAround(chosen, scan.found);
    }
    // The rest of the round runs later: a few short tasks instead of one long one. Right after the
    // next frame if nothing was found yet, else at the usual pace (the walk from what was found
    // already covers the text around it; the other points only add columns beside it).
    if (nextSample < SAMPLE_COUNT) schedule(scan.found.size === 0 ? 0 : UPDATE_INTERVAL_MS);
  };

  /** Runs `update` soon: at once if it has not run lately, else at the end of the interval. */
  const schedule = (minimumWait = UPDATE_INTERVAL_MS) => {
    if (updateTimer !== undefined || !life.isValid) return;
    const wait = Math.max(0, minimumWait - (performance.now() - lastUpdate));
    // Run just after the next frame has painted: the page's layout is fresh then, so measuring text
    // never forces a layout inside our task (on a 6 MB page that cost ~180 ms in one task).
    updateTimer = life.setTimeout(
      () => life.requestAnimationFrame(() => life.setTimeout(update, 0)),
      wait,
    );
  };

  /** The elements the current style sheet styles, as a selector list (null: no sheet yet). */
  let styledSelector: string | null = null;
  let unstyleCurrent: (() => void) | null = null;
  /** A sheet is on its way: one at a time, so that they arrive in order. */
  let styling = false;
  let lastSheetAt = Number.NEGATIVE_INFINITY;
  /** A pass is due when the interval ends. */
  let restyleDue = false;
  let joined = false;

  const covered = (node: Text) =>
    styledSelector !== null && node.parentElement?.closest(styledSelector) != null;

  /**
   * Makes sure the style sheet covers the marked text: if some is outside it (the reader
   * scrolled on, the page moved its elements), a new sheet for the elements holding the terms
   * near the screen replaces it. The old one goes once the new one is in, so no mark loses its
   * style in between.
   */
  const styleAround = (chosen: Map<Text, TermHit[]>, found: Set<Text>) => {
    if (styling || chosen.size === 0 || [...chosen.keys()].every(covered)) return;
    const holders = new Set<Element>();
    for (const node of found) {
      if (node.parentElement && index.hitsOf(node).length > 0) holders.add(node.parentElement);
    }
    const scope: MarkScope = [...holders]
      .map(scopePathOf)
      .filter((path) => path !== null)
      .slice(0, MAX_SCOPE_PATHS);
    // The same sheet again would cover nothing more (text whose element has no path).
    if (scope.length === 0 || scopeSelector(scope) === styledSelector) return;
    const wait = lastSheetAt + RESTYLE_INTERVAL_MS - performance.now();
    if (wait > 0) {
      if (!restyleDue) {
        restyleDue = true;
        life.setTimeout(() => {
          restyleDue = false;
          schedule(0);
        }, wait);
      }
      return;
    }
    lastSheetAt = performance.now();
    styling = true;
    styleScope(scope).then(
      (unstyle) => {
        styling = false;
        // After the insertion, so that a removal never overtakes it.
        if (!life.isValid) return unstyle();
        unstyleCurrent?.();
        unstyleCurrent = unstyle;
        styledSelector = scopeSelector(scope);
        if (!joined && style) {
          joined = true;
          highlightName = names()[style];
          view.CSS.highlights.set(highlightName, highlight);
        }
        // Marks chosen while the sheet was on its way may lie outside it.
        if (![...registered.keys()].every(covered)) schedule(0);
      },
      (error: unknown) => {
        styling = false;
        console.warn('Hip Pain Guide: marks could not be styled here', error);
      },
    );
  };
  life.onEnd(() => {
    unstyleCurrent?.();
    unstyleCurrent = null;
    // Only our own entry: a page that put something else under the same name keeps it.
    if (highlightName && view.CSS.highlights.get(highlightName) === highlight) {
      view.CSS.highlights.delete(highlightName);
    }
    highlight.clear();
    registered.clear();
    lastFound = new Set();
  });

  const options = { passive: true, signal: life.signal, capture: true };
  // The marked window reaches a quarter of a viewport beyond the screen, so a page scroll of less
  // than an eighth of a viewport since the last pass cannot uncover unmarked text. Scrolling inside
  // an element (a comment pane) is not measured here and always asks for a pass.
  const onScroll = (event: Event) => {
    const pageScrolled = event.target === doc || event.target === doc.documentElement;
    const moved = Math.max(
      Math.abs(view.scrollY - scrollAtUpdate.y) / view.innerHeight,
      Math.abs(view.scrollX - scrollAtUpdate.x) / view.innerWidth,
    );
    if (!pageScrolled || moved >= 0.125) schedule();
  };
  // The first listener for `scroll` on a page makes Chromium produce a frame to tell its
  // compositor (~1.5 ms of rendering on a large page that had finished: docs/highlighting.md).
  // Until the reader's first scroll ends, its end alone asks for a pass; from then on frames are
  // being made anyway, and passes follow the scrolling itself.
  let followingScroll = false;
  view.addEventListener(
    'scrollend',
    (event) => {
      onScroll(event);
      if (followingScroll) return;
      followingScroll = true;
      view.addEventListener('scroll', onScroll, options);
    },
    options,
  );
  const onPageEvent = () => schedule();
  view.addEventListener('resize', onPageEvent, options);
  // Text revealed without a DOM change we observe ("Read more" toggling a class, <details>
  // opening) is marked after the click or toggle that revealed it.
  doc.addEventListener('click', onPageEvent, options);
  doc.addEventListener('toggle', onPageEvent, options);
  // The first pass runs when the page is next idle, not after a frame: a page that has finished
  // loading makes no more frames, and asking for one costs its rendering (~1.5 ms on a large page;
  // docs/highlighting.md). Its layout is fresh then (idle time comes after a frame the page
  // needed). A page still busy after the wait gets the usual pass after its next frame; a pass
  // asked for meanwhile goes first.
  life.whenIdle((timedOut) => {
    if (lastUpdate !== 0 || updateTimer !== undefined) return;
    if (timedOut) schedule(0);
    else update();
  }, FIRST_PASS_WAIT_MS);

  return {
    isMarked: (text) => registered.has(text),
    isInWindow: (text) => lastFound.has(text),
    setMode(next) {
      if (next === mode) return;
      mode = next;
      schedule(0);
    },
    unmark,
    dropDisconnected() {
      for (const node of [...registered.keys()]) if (!node.isConnected) unmark(node);
    },
    schedule,
    refresh() {
      life.clearTimeout(updateTimer);
      update();
    },
    termsMet: () => met,
  };
}
