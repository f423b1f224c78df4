/**
 * Which terms a page holds and where: the hits of each text node that a reader would want
 * explained (matched once, kept until its text changes; see knowledge/terms/term-context.ts), the term under a point on screen (hover), and every term on the page in
 * document order (the keyboard command and the sidebar's "on this page").
 */
import { corroborates, hitsWorthMarking } from '../knowledge/terms/term-context';
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
  /**
   * The hits in a text node (matched now if its text is new or changed): none in text whose
   * language is not English, ambiguous ones only where the words around corroborate them, and
   * none of a muted term.
   */
  hitsOf(node: Text): TermHit[];
  /** The terms the reader muted (never marked or explained); forgets every hit found so far. */
  setMuted(termIds: readonly string[]): void;
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
/** How much text on each side of an ambiguous term is read for words that corroborate it. */
const CONTEXT_CHARS = 600;

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
  let muted = new Set<string>();

  /** The page's title and the text around `node` (in document order, either side). */
  const contextOf = (node: Text): string => {
    const walker = proseWalker(doc.body ?? doc.documentElement);
    let before = '';
    walker.currentNode = node;
    for (
      let n = walker.previousNode();
      n && before.length < CONTEXT_CHARS;
      n = walker.previousNode()
    ) {
      before = `${(n as Text).data} ${before}`;
    }
    let after = '';
    walker.currentNode = node;
    for (let n = walker.nextNode(); n && after.length < CONTEXT_CHARS; n = walker.nextNode()) {
      after += ` ${(n as Text).data}`;
    }
    return `${doc.title}\n${before} ${node.data} ${after}`;
  };

  const hitsOf = (node: Text): TermHit[] => {
    const cached = hitsByNode.get(node);
    if (cached && cached.data === node.data) return cached.hits;
    const found = matcher.findTerms(node.data);
    let hits =
      found.length === 0
        ? found
        : hitsWorthMarking(
            found,
            node.parentElement?.closest('[lang]')?.getAttribute('lang') ?? null,
            () => corroborates(contextOf(node), matcher),
          );
    if (muted.size > 0) hits = hits.filter((hit) => !muted.has(hit.termId));
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

  /** True if `text`'s parent is shown (cached per parent for one pass). */
  const shownIn = (visible: Map<Element, boolean>, text: Text): boolean => {
    const parent = text.parentElement;
    if (!parent) return false;
    let shown = visible.get(parent);
    if (shown === undefined) {
      shown =
        parent.checkVisibility?.({ visibilityProperty: true } as CheckVisibilityOptions) ?? true;
      visible.set(parent, shown);
    }
    return shown;
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
        if (hits.length > 0 && shownIn(visible, text)) {
          for (const hit of hits) found.push({ termId: hit.termId, text, hit });
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
    setMuted(termIds) {
      muted = new Set(termIds);
      hitsByNode = new WeakMap();
      allTermsCache = null;
    },
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
