/**
 * Which terms a page holds and where: the hits of each text node that a reader would want
 * explained (matched once, kept until its text changes; see knowledge/terms/term-context.ts), the term under a point on screen (hover), and every term on the page in
 * document order (the keyboard command and the sidebar's "on this page").
 */
import { corroborates, hitsWorthMarking } from '../knowledge/terms/term-context';
import type { TermHit, TermMatcher } from '../knowledge/terms/term-matcher';
import type { Lifetime } from './lifetime';
import { hasSkippedTag, isInsideSkipped, proseWalker } from './prose-filter';
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
  /**
   * The different terms on the page (the same set `allTerms` finds), by a cheaper pass: each
   * term is checked (skipped content, language, context, visibility) at its first mention only.
   */
  differentTerms(): Promise<string[]>;
}

/** Longest slice of whole-page scanning before giving the page a frame. */
const SLICE_MS = 8;
/**
 * How often the badge's count checks an ambiguous term whose words around it did not
 * corroborate it, before it takes the term to mean something else on this page (a portal with
 * 500 headlines about a "release cadence" spent ~150 ms reading their context).
 */
const MAX_DOUBTS = 8;
/** Text up to this long is matched without first asking whether its element is skipped. */
const SHORT_TEXT = 200;
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
  /** The different terms on the page, kept until the page changes (the toolbar badge). */
  let differentTermsCache: Promise<string[]> | null = null;
  /** One Range for measuring, reused: every live Range slows the page's own DOM changes. */
  const measuringRange = doc.createRange();
  life.onEnd(() => {
    hitsByNode = new WeakMap();
    allTermsCache = null;
    differentTermsCache = null;
  });
  let muted = new Set<string>();
  // The matcher reads its trie on first use (~1 ms): in a task of its own, before the first pass
  // (on a huge page already the longest task of ours) and after the task that started us.
  life.setTimeout(() => matcher.findTerms('hip'), 0);

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

  /**
   * One walk over the page for `collectDifferentTerms`, run in slices: `slice` reads text nodes
   * until `deadline` and says whether the walk is done, has more to read, or must start again
   * (the page removed the node it had stopped at). A plain function, not an async loop: V8
   * optimises its hot loop sooner, and most of this walk's time was that loop running cold.
   */
  const differentTermsWalk = (body: HTMLElement, doubts: Map<string, number>) => {
    const found = new Set<string>();
    const visible = new Map<Element, boolean>();
    const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT);
    const isNew = (hit: TermHit) => !found.has(hit.termId);
    const worthChecking = (hit: TermHit) =>
      isNew(hit) && !(hit.needsContext && (doubts.get(hit.termId) ?? 0) >= MAX_DOUBTS);
    let node = walker.nextNode();
    const slice = (deadline: number): 'done' | 'more' | 'moved' => {
      if (node && !node.isConnected) return 'moved';
      for (let count = 1; node; node = walker.nextNode(), count++) {
        const text = node as Text;
        const data = text.data;
        // Long skipped text (scripts, styles) is mostly a direct child: no matching needed. Short
        // text costs less to match than to ask its parent's name. The rest of the rules are
        // checked for the hits of new terms only.
        const candidates =
          data.length > SHORT_TEXT && hasSkippedTag(text.parentNode as Element)
            ? []
            : matcher.findTerms(data);
        if (candidates.some(worthChecking) && !isInsideSkipped(text)) {
          const hits = hitsOf(text);
          for (const hit of hits) {
            if (isNew(hit) && shownIn(visible, text)) found.add(hit.termId);
          }
          if (hits.length === 0) {
            for (const hit of candidates) {
              if (hit.needsContext) doubts.set(hit.termId, (doubts.get(hit.termId) ?? 0) + 1);
            }
          }
        }
        // Reading the clock for every node would cost more than most nodes do.
        if (count % 32 === 0 && performance.now() > deadline) {
          node = walker.nextNode();
          return node ? 'more' : 'done';
        }
      }
      return 'done';
    };
    return { slice, found };
  };

  /**
   * The different terms on the page. Sent at every load for the toolbar badge, so it must cost
   * little on a 2 MB page: the walk is the browser's own (no filter called per node; on a forum
   * of 65k text nodes the filtered walk and the checks of every hit cost ~10× more), and the
   * checks that `allTerms` makes of every hit are made once per term, at its first mention
   * that passes them.
   */
  const collectDifferentTerms = async (): Promise<string[]> => {
    const body = doc.body;
    if (!body) return [];
    /** Times each ambiguous term's words around it did not corroborate it. */
    const doubts = new Map<string, number>();
    // After the first marks: the window's first pass runs after the next frame too, and the
    // reader sees the marks, not the badge.
    await new Promise<void>((resolve) => life.requestAnimationFrame(resolve));
    await new Promise<void>((resolve) => life.setTimeout(resolve, 0));
    // A page that re-renders the node the walk stopped at would end it early: start again then.
    for (let attempt = 0; attempt < 3; attempt++) {
      const walk = differentTermsWalk(body, doubts);
      let state = walk.slice(performance.now() + SLICE_MS);
      while (state === 'more') {
        await new Promise<void>((resolve) => life.requestAnimationFrame(resolve));
        if (!life.isValid) return [];
        state = walk.slice(performance.now() + SLICE_MS);
      }
      if (state === 'done') return [...walk.found];
    }
    return [];
  };

  return {
    hitsOf,
    setMuted(termIds) {
      muted = new Set(termIds);
      hitsByNode = new WeakMap();
      allTermsCache = null;
      differentTermsCache = null;
    },
    forget(node) {
      allTermsCache = null;
      differentTermsCache = null;
      if (node.nodeType === Node.TEXT_NODE) hitsByNode.delete(node as Text);
    },
    pageChanged() {
      allTermsCache = null;
      differentTermsCache = null;
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
    differentTerms() {
      differentTermsCache ??= collectDifferentTerms();
      return differentTermsCache;
    },
  };
}
