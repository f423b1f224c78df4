/**
 * Marks glossary terms on a page without touching its DOM: each hit becomes a `StaticRange` in a
 * CSS Custom Highlight, styled by `::highlight()` in the content script's CSS. Framework pages
 * (Strava, Reddit) keep references to their own text nodes, so wrapping words in elements would
 * break them; highlights leave every node where it was.
 *
 * Only text near the viewport is matched and registered (each registered range costs render time
 * in every frame where the page changes), and the page's own changes are followed by a
 * MutationObserver. `destroy()` is the one way out: it leaves the page exactly as it was.
 */
import type { MarkStyle } from '../knowledge/preferences';
import type { TermHit, TermMatcher } from '../knowledge/terms/term-matcher';
import { CARD_HOST_TAG, isInsideSkipped, isSkippedElement, proseWalker } from './prose-filter';
import { caretAtPoint, SAMPLE_COUNT, textNodesNearViewport } from './viewport-window';

/** Names of the highlights; the content script's CSS styles `::highlight(<name>)`. */
export const HIGHLIGHT_NAMES = {
  underline: 'hip-pain-guide-underline',
  background: 'hip-pain-guide-background',
} as const;

/** A term under the pointer or chosen by the keyboard, with where it is on the page. */
export interface TermAt {
  termId: string;
  text: Text;
  hit: TermHit;
}

export interface TermHighlighter {
  /** The term at a point on screen, if any (for hover). */
  termAtPoint(x: number, y: number): TermAt | null;
  /** Every term on the page, in document order (scans the rest of the page in slices). */
  allTerms(): Promise<TermAt[]>;
  /** Makes sure a term's text is marked now (after the page scrolled it into view). */
  refresh(): void;
  setMarkStyle(style: MarkStyle): void;
  destroy(): void;
}

/** How often at most the window of marked text is recomputed while the page scrolls or changes. */
const UPDATE_INTERVAL_MS = 120;
/** Longest slice of whole-page scanning before giving the page a frame. */
const SLICE_MS = 8;
/**
 * Longest a pass samples points on screen before leaving the rest to a later pass: on a page of
 * 12k posts side by side each sample (a hit test) takes ~5 ms, and twelve in one task froze it.
 * Less when the last pass found text: walking on from it already covers most of the screen.
 */
const PASS_SAMPLING_MS = { nothingFoundYet: 12, walkingOn: 4 };
/** Text nodes read from one inserted subtree before leaving the rest to the viewport pass. */
const MAX_TEXT_NODES_READ_ON_INSERT = 2000;

export function startTermHighlighter(
  doc: Document,
  matcher: TermMatcher,
  initialStyle: MarkStyle,
  /** False once the extension is gone (reloaded, updated): everything then stops. */
  isContextValid: () => boolean = () => true,
): TermHighlighter {
  const view = doc.defaultView as Window & typeof globalThis;
  const highlight = new view.Highlight();
  let highlightName: string | null = null;
  /** Hits per text node, with the text they were found in (a node's text can change unseen). */
  let hitsByNode = new WeakMap<Text, { data: string; hits: TermHit[] }>();
  /** Text nodes whose hits are registered in the highlight now, with their ranges. */
  const registered = new Map<Text, StaticRange[]>();
  const listeners = new AbortController();
  let updateTimer: ReturnType<typeof setTimeout> | undefined;
  let lastUpdate = 0;
  /** The text the last pass found near the viewport: where the next pass starts walking. */
  let lastFound = new Set<Text>();
  /**
   * The sample point the next pass starts at: a pass that runs out of time leaves the rest of the
   * round to later passes. `SAMPLE_COUNT` when the round is complete.
   */
  let nextSample = SAMPLE_COUNT;
  let destroyed = false;
  /** Every term on the page, kept until the page changes (next-term presses, the sidebar). */
  let allTermsCache: Promise<TermAt[]> | null = null;

  const hitsOf = (node: Text): TermHit[] => {
    const cached = hitsByNode.get(node);
    if (cached && cached.data === node.data) return cached.hits;
    const hits = matcher.findTerms(node.data);
    hitsByNode.set(node, { data: node.data, hits });
    return hits;
  };
  /** One Range for measuring, reused: every live Range slows the page's own DOM changes. */
  const measuringRange = doc.createRange();

  const unregister = (node: Text) => {
    for (const range of registered.get(node) ?? []) highlight.delete(range);
    registered.delete(node);
  };

  const register = (node: Text) => {
    const hits = hitsOf(node);
    if (hits.length === 0 || registered.has(node)) return;
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
    registered.set(node, ranges);
  };

  let scrollAtUpdate = { x: 0, y: 0 };
  const update = () => {
    updateTimer = undefined;
    lastUpdate = performance.now();
    if (destroyed) return;
    if (!isContextValid()) return api.destroy();
    scrollAtUpdate = { x: view.scrollX, y: view.scrollY };
    const scan = textNodesNearViewport(doc, {
      seeds: lastFound,
      firstSample: nextSample < SAMPLE_COUNT ? nextSample : 0,
      samplingMs:
        lastFound.size > 0 ? PASS_SAMPLING_MS.walkingOn : PASS_SAMPLING_MS.nothingFoundYet,
    });
    lastFound = scan.found;
    nextSample = scan.nextSample;
    // Registered text still in the window was a seed, so it is found again even when the pass
    // ran out of time: dropping what was not found never drops marks that are still on screen.
    for (const node of [...registered.keys()]) {
      if (!scan.found.has(node) || !node.isConnected) unregister(node);
    }
    for (const node of scan.found) register(node);
    // The rest of the round runs later: a few short tasks instead of one long one. Right after the
    // next frame if nothing was found yet, else at the usual pace (the walk from what was found
    // already covers the text around it; the other points only add columns beside it).
    if (nextSample < SAMPLE_COUNT) scheduleUpdate(scan.found.size === 0 ? 0 : UPDATE_INTERVAL_MS);
  };

  /** Runs `update` soon: at once if it has not run lately, else at the end of the interval. */
  const scheduleUpdate = (minimumWait = UPDATE_INTERVAL_MS) => {
    if (updateTimer !== undefined || destroyed) return;
    const wait = Math.max(0, minimumWait - (performance.now() - lastUpdate));
    // Run just after the next frame has painted: the page's layout is fresh then, so measuring text
    // never forces a layout inside our task (on a 6 MB page that cost ~180 ms in one task).
    updateTimer = setTimeout(
      () => view.requestAnimationFrame(() => view.setTimeout(update, 0)),
      wait,
    );
  };

  const forgetNode = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      hitsByNode.delete(node as Text);
      unregister(node as Text);
    }
  };

  /**
   * True if `node` (text, or an element's prose) holds a term. Matches what was added or changed
   * now, so that a page updating text without terms (a like counter, a clock) costs no viewport
   * work at all. A very large insertion (a page swap) is not read here: the viewport pass will.
   */
  const holdsTerms = (node: Node): boolean => {
    if (node.nodeType === Node.TEXT_NODE) return hitsOf(node as Text).length > 0;
    if (node.nodeType !== Node.ELEMENT_NODE || isSkippedElement(node as Element)) return false;
    const walker = proseWalker(node);
    for (let text = walker.nextNode(), seen = 0; text; text = walker.nextNode(), seen++) {
      if (seen > MAX_TEXT_NODES_READ_ON_INSERT || hitsOf(text as Text).length > 0) return true;
    }
    return false;
  };

  const observer = new view.MutationObserver((records) => {
    let needsUpdate = false;
    if (!isContextValid()) return api.destroy();
    allTermsCache = null;
    for (const record of records) {
      const target = record.target;
      if (target.nodeName === CARD_HOST_TAG.toUpperCase()) continue;
      // Typing in an editor, a script or the title changes nothing we mark.
      if (
        isInsideSkipped(target) ||
        (target.nodeType === Node.ELEMENT_NODE && isSkippedElement(target as Element))
      ) {
        for (const removed of record.removedNodes) forgetNode(removed);
        continue;
      }
      for (const removed of record.removedNodes) forgetNode(removed);
      if (record.type === 'characterData') {
        // Text changed in place: its ranges point at old offsets, so drop them now.
        const hadMarks = registered.has(target as Text);
        forgetNode(target);
        needsUpdate ||= hadMarks || holdsTerms(target);
      } else {
        for (const added of record.addedNodes) {
          if (added.nodeName === CARD_HOST_TAG.toUpperCase()) continue;
          if (needsUpdate) break;
          needsUpdate = holdsTerms(added);
        }
      }
    }
    for (const node of [...registered.keys()]) if (!node.isConnected) unregister(node);
    if (needsUpdate) scheduleUpdate();
  });

  const setMarkStyle = (style: MarkStyle) => {
    if (highlightName) view.CSS.highlights.delete(highlightName);
    highlightName = style === 'off' ? null : HIGHLIGHT_NAMES[style];
    if (highlightName) view.CSS.highlights.set(highlightName, highlight);
  };

  setMarkStyle(initialStyle);
  // V8 compiles the glossary pattern on its first run (~6 ms) and again to machine code on its
  // second (~3 ms): do both in a task of their own, before the first pass (on a huge page already
  // the longest task of ours) and after the task that started us.
  view.setTimeout(() => {
    matcher.findTerms('hip');
    matcher.findTerms('hip');
  }, 0);
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  const options = { passive: true, signal: listeners.signal, capture: true };
  // The marked window reaches a quarter of a viewport beyond the screen, so a page scroll of less
  // than an eighth of a viewport since the last pass cannot uncover unmarked text. Scrolling inside an
  // element (a comment pane) is not measured here and always asks for a pass.
  const onScroll = (event: Event) => {
    const pageScrolled = event.target === doc || event.target === doc.documentElement;
    const moved = Math.max(
      Math.abs(view.scrollY - scrollAtUpdate.y) / view.innerHeight,
      Math.abs(view.scrollX - scrollAtUpdate.x) / view.innerWidth,
    );
    if (!pageScrolled || moved >= 0.125) scheduleUpdate();
  };
  view.addEventListener('scroll', onScroll, options);
  const onPageEvent = () => scheduleUpdate();
  view.addEventListener('resize', onPageEvent, options);
  // Text revealed without a DOM change we observe ("Read more" toggling a class, <details>
  // opening) is marked after the click or toggle that revealed it.
  doc.addEventListener('click', onPageEvent, options);
  doc.addEventListener('toggle', onPageEvent, options);
  // The first pass waits for the next frame, so it never lengthens the task that loaded us.
  scheduleUpdate();

  /** Every prose term on the page, in document order, visible text only; sliced per frame. */
  const collectAllTerms = async (): Promise<TermAt[]> => {
    const body = doc.body;
    if (!body) return [];
    // A page that re-renders the node the walk stands on would end it early: start again then.
    for (let attempt = 0; attempt < 3; attempt++) {
      const found: TermAt[] = [];
      const visible = new Map<Element, boolean>();
      const walker = proseWalker(body);
      let sliceStart = performance.now();
      let node = walker.nextNode();
      for (; node; node = walker.nextNode()) {
        if (destroyed) return [];
        const text = node as Text;
        const hits = hitsOf(text);
        const parent = text.parentElement;
        if (hits.length > 0 && parent) {
          let shown = visible.get(parent);
          if (shown === undefined) {
            shown =
              parent.checkVisibility?.({ visibilityProperty: true } as CheckVisibilityOptions) ??
              true;
            visible.set(parent, shown);
          }
          if (shown) for (const hit of hits) found.push({ termId: hit.termId, text, hit });
        }
        if (performance.now() - sliceStart > SLICE_MS) {
          await new Promise((resolve) => view.requestAnimationFrame(resolve));
          sliceStart = performance.now();
          if (!text.isConnected) break;
        }
      }
      if (!node) return found;
    }
    return [];
  };
  const api: TermHighlighter = {
    termAtPoint(x, y) {
      const node = caretAtPoint(doc, x, y);
      if (!node || node.node.nodeType !== Node.TEXT_NODE || !registered.has(node.node as Text)) {
        return null;
      }
      const text = node.node as Text;
      const hit = hitsOf(text).find((h) => h.start <= node.offset && node.offset <= h.end);
      if (!hit) return null;
      // The caret lands on the nearest character even beside the text: check the point is on it.
      measuringRange.setStart(text, hit.start);
      measuringRange.setEnd(text, hit.end);
      const onIt = [...measuringRange.getClientRects()].some(
        (r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1,
      );
      measuringRange.collapse(true);
      return onIt ? { termId: hit.termId, text, hit } : null;
    },

    allTerms() {
      // Shared by overlapping callers, and kept until the page changes or scrolls.
      allTermsCache ??= collectAllTerms();
      return allTermsCache;
    },

    refresh() {
      if (updateTimer !== undefined) clearTimeout(updateTimer);
      update();
    },

    setMarkStyle,

    destroy() {
      if (destroyed) return;
      destroyed = true;
      observer.disconnect();
      listeners.abort();
      if (updateTimer !== undefined) clearTimeout(updateTimer);
      if (highlightName) view.CSS.highlights.delete(highlightName);
      highlight.clear();
      registered.clear();
      lastFound = new Set();
      hitsByNode = new WeakMap();
      allTermsCache = null;
    },
  };
  return api;
}
