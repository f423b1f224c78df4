/**
 * Which terms a page holds and where: the hits of each text node (matched once, kept until its
 * text changes), the term under a point on screen (hover), and every term on the page in
 * document order (the keyboard command and the sidebar's "on this page").
 */
import type { TermHit, TermMatcher } from '../knowledge/terms/term-matcher';
import type { Lifetime } from './lifetime';
import { proseWalker } from './prose-filter';
import { caretAtPoint } from './viewport-window';

/** A term under the pointer or chosen by the keyboard, with where it is on the page. */
export interface TermAt {
  termId: string;
  text: Text;
  hit: TermHit;
}

export interface TermIndex {
  /** The hits in a text node (matched now if its text is new or changed). */
  hitsOf(node: Text): TermHit[];
  /** Forgets a node that left the page or changed, and the list of all terms. */
  forget(node: Node): void;
  /** The page changed: the list of all terms is out of date. */
  pageChanged(): void;
  /** Where a term is on screen: one box per line it wraps over (none if it left the page). */
  rectsOf(at: TermAt): DOMRect[];
  /** The term at a point on screen, if the point is on its text and `accept(text)` agrees. */
  termAtPoint(x: number, y: number, accept: (text: Text) => boolean): TermAt | null;
  /** Every term on the page, in document order, visible text only (scanned in slices). */
  allTerms(): Promise<TermAt[]>;
}

/** Longest slice of whole-page scanning before giving the page a frame. */
const SLICE_MS = 8;

export function sameHit(a: TermAt | null, b: TermAt | null): boolean {
  return !!a && !!b && a.text === b.text && a.hit.start === b.hit.start;
}

export function createTermIndex(doc: Document, matcher: TermMatcher, life: Lifetime): TermIndex {
  /** Hits per text node, with the text they were found in (a node's text can change unseen). */
  let hitsByNode = new WeakMap<Text, { data: string; hits: TermHit[] }>();
  /** Every term on the page, kept until the page changes (next-term presses, the sidebar). */
  let allTermsCache: Promise<TermAt[]> | null = null;
  /** One Range for measuring, reused: every live Range slows the page's own DOM changes. */
  const measuringRange = doc.createRange();
  life.onEnd(() => {
    hitsByNode = new WeakMap();
    allTermsCache = null;
  });
  // V8 compiles the glossary pattern on its first run (~6 ms) and again to machine code on its
  // second (~3 ms): do both in a task of their own, before the first pass (on a huge page already
  // the longest task of ours) and after the task that started us.
  life.setTimeout(() => {
    matcher.findTerms('hip');
    matcher.findTerms('hip');
  }, 0);

  const hitsOf = (node: Text): TermHit[] => {
    const cached = hitsByNode.get(node);
    if (cached && cached.data === node.data) return cached.hits;
    const hits = matcher.findTerms(node.data);
    hitsByNode.set(node, { data: node.data, hits });
    return hits;
  };

  const rectsOf = (at: TermAt): DOMRect[] => {
    if (!at.text.isConnected) return [];
    measuringRange.setStart(at.text, at.hit.start);
    measuringRange.setEnd(at.text, at.hit.end);
    const rects = [...measuringRange.getClientRects()];
    measuringRange.collapse(true);
    return rects;
  };

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
        if (!life.isValid) return [];
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
          await new Promise<void>((resolve) => life.requestAnimationFrame(resolve));
          sliceStart = performance.now();
          if (!text.isConnected) break;
        }
      }
      if (!node) return found;
    }
    return [];
  };

  return {
    hitsOf,
    forget(node) {
      allTermsCache = null;
      if (node.nodeType === Node.TEXT_NODE) hitsByNode.delete(node as Text);
    },
    pageChanged() {
      allTermsCache = null;
    },
    rectsOf,
    termAtPoint(x, y, accept) {
      const caret = caretAtPoint(doc, x, y);
      if (!caret || caret.node.nodeType !== Node.TEXT_NODE || !accept(caret.node as Text)) {
        return null;
      }
      const text = caret.node as Text;
      const hit = hitsOf(text).find((h) => h.start <= caret.offset && caret.offset <= h.end);
      if (!hit) return null;
      const at = { termId: hit.termId, text, hit };
      // The caret lands on the nearest character even beside the text: check the point is on it.
      const onIt = rectsOf(at).some(
        (r) => x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1,
      );
      return onIt ? at : null;
    },
    allTerms() {
      // Shared by overlapping callers, and kept until the page changes.
      allTermsCache ??= collectAllTerms();
      return allTermsCache;
    },
  };
}
