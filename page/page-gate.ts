/**
 * The page gate at run time: whether the page could hold a term the explainer would mark
 * (knowledge/terms/term-gate.ts makes the patterns at build time and says why they read HTML),
 * and from then on whether the page's changes could bring one. Pages that cannot never load the
 * explainer (entrypoints/page-terms/, docs/highlighting.md, "The page gate").
 */
import type { TermGate } from '../knowledge/terms/term-gate';
import type { Lifetime } from './lifetime';

/** The matcher reads past soft hyphens and zero-width characters inside words (term-matcher.ts). */
const INVISIBLE_IN_WORDS = /[\u00ad\u200b-\u200d\u2060]/;
const EVERY_INVISIBLE = /[\u00ad\u200b-\u200d\u2060]/g;

/**
 * `html` with its no-break spaces as spaces: the patterns join words with a plain character class
 * (cheaper to compile than one that also spells `&nbsp;`, knowledge/terms/term-gate.ts).
 */
const spaced = (html: string) => (html.includes('&nbsp;') ? html.replaceAll('&nbsp;', ' ') : html);

/** A head or tail as the variants write it: lowercase, single spaces, straight quotes. */
function normalised(words: string): string {
  return words
    .toLowerCase()
    .replace(/&nbsp;/g, ' ')
    .replace(/\u2019/g, "'")
    .replace(/[^a-z0-9'.%]+/g, ' ')
    .trim();
}

/**
 * True if a variant in `joinable` could be made by joining text nodes: its first words end one
 * node (`heads`) and its last words start a later one (`tails`: the words a node starts with,
 * of which any first words count).
 */
function joinedVariant(joinable: string[], heads: Set<string>, tails: Set<string>): boolean {
  const tailSeen = (tail: string) => {
    for (const seen of tails) if (seen === tail || seen.startsWith(`${tail} `)) return true;
    return false;
  };
  for (const variant of joinable) {
    const words = variant.split(' ');
    for (let i = 1; i < words.length; i++) {
      if (!heads.has(words.slice(0, i).join(' '))) continue;
      for (let j = i; j < words.length; j++) if (tailSeen(words.slice(j).join(' '))) return true;
    }
  }
  return false;
}

/**
 * A check fed with the page's markup and text as they come (the body's HTML at first, then the
 * HTML or text its changes add), true from the first time any of it could hold a term. It keeps
 * what it saw: an ambiguous term in one change and a running word in a later one open it.
 */
export function createGateCheck(
  gate: TermGate,
): (sources: readonly string[], title: string) => boolean {
  let words: { clear: RegExp; ambiguous: RegExp; running: RegExp } | null = null;
  let joins: RegExp | null = null;
  let sawAmbiguous = false;
  let sawCorroboration = false;
  const heads = new Set<string>();
  const tails = new Set<string>();
  let titleRead: string | null = null;

  /**
   * Reads `text` (`asTitle`: the page's title, where a term or a running word corroborates):
   * true if it holds a term that needs no context. One test per kind of word, each a single
   * scan in the engine: one pattern for all three, read match by match, took 4–6 times longer
   * on the bench's pages, where "cadence" comes up hundreds of times.
   */
  const read = (text: string, asTitle = false): boolean => {
    words ??= {
      clear: new RegExp(gate.clear, 'i'),
      ambiguous: new RegExp(gate.ambiguous, 'i'),
      running: new RegExp(gate.running, 'i'),
    };
    if (words.clear.test(text)) {
      if (!asTitle) return true;
      sawCorroboration = true;
    }
    if (!asTitle) sawAmbiguous ||= words.ambiguous.test(text);
    sawCorroboration ||= (asTitle || sawAmbiguous) && words.running.test(text);
    return false;
  };

  /** Notes the heads and tails of joinable variants in `text`. */
  const readJoins = (text: string) => {
    joins ??= new RegExp(gate.joins, 'gi');
    joins.lastIndex = 0;
    for (let found = joins.exec(text); found; found = joins.exec(text)) {
      if (found[1] !== undefined) heads.add(normalised(found[1]));
      else tails.add(normalised(found[2] ?? ''));
      joins.lastIndex = found.index + 1;
    }
  };

  return (sources, title) => {
    for (const source of sources) {
      // Terms are matched past invisible break hints; running words are read as written.
      const invisibles = INVISIBLE_IN_WORDS.test(source);
      if (read(spaced(invisibles ? source.replace(EVERY_INVISIBLE, '') : source))) return true;
      if (invisibles && read(spaced(source))) return true;
      if (sawAmbiguous && sawCorroboration) return true;
    }
    if (title !== titleRead) {
      titleRead = title;
      const visibleTitle = title.replace(EVERY_INVISIBLE, '');
      read(visibleTitle, true);
      read(title, true);
      readJoins(visibleTitle);
    }
    if (!sawAmbiguous) return false;
    if (sawCorroboration) return true;
    for (const source of sources) readJoins(spaced(source.replace(EVERY_INVISIBLE, '')));
    return (
      heads.size > 0 && tails.size > 0 && joinedVariant(gate.joinable.split('|'), heads, tails)
    );
  };
}

/**
 * A page whose HTML arrived smaller than this is read whole, in one `innerHTML`: there the pieces'
 * hundreds of `outerHTML` calls cost more than they could save (4–8 ms more script on the bench's
 * news page, 257 KB, which holds no term), while serialising 512 KB takes ~10 ms. Bigger pages
 * are read in pieces, so that one full of terms stops at its first (the 2 MB forum: ~15 ms
 * against ~45 read whole, CPU time on a loaded machine).
 */
const READ_WHOLE_BELOW = 512 * 1024;

/**
 * The size of the page's HTML as it arrived (decoded), or null where the browser does not say
 * (a document written by script, a frame of `about:blank`): from the navigation's timing entry,
 * which the browser has already filled in, so knowing it costs nothing.
 */
function arrivedHtmlSize(doc: Document): number | null {
  const entry = doc.defaultView?.performance?.getEntriesByType?.('navigation')[0] as
    | PerformanceNavigationTiming
    | undefined;
  return entry?.decodedBodySize || null;
}

/** Markup read before each test: large enough to keep the tests few, small enough to stop early. */
const BATCH_CHARS = 64 * 1024;
/** An element with more children than this is read child by child (see `pieces`). */
const SPLIT_CHILDREN = 16;

/**
 * The markup and text under `root`, in document order, in pieces: an element with many children
 * (a forum's list of posts, a page-wide wrapper) is read child by child, so that a page full of
 * terms stops at its first piece instead of serialising all of its HTML (~40 ms on the bench's
 * 2 MB forum). Each piece is whole elements or one text node's data, so each text node still
 * starts and ends at a piece's edge or a tag.
 */
function* pieces(root: Element): Generator<string> {
  for (const node of root.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) {
      yield (node as Text).data;
    } else if (node.nodeType === Node.ELEMENT_NODE) {
      const element = node as Element;
      if (element.childElementCount > SPLIT_CHILDREN) yield* pieces(element);
      else yield element.outerHTML;
    }
  }
}

/**
 * Calls `onPossible` once, as soon as the page could hold a term: at once if it already could,
 * else when its changes bring text that could (or a title that corroborates). Reads the body's
 * HTML once (whole, or on a big page in pieces, stopping at the first that could), then only
 * what each change adds.
 * Stops with `life`.
 */
export function watchForTerms(
  doc: Document,
  gate: TermGate,
  life: Lifetime,
  onPossible: () => void,
): void {
  const check = createGateCheck(gate);
  const root = doc.body ?? doc.documentElement;
  // Pieces are joined with a tag's edge between them, as in the page's own HTML.
  let batch: string[] = [];
  let batchChars = 0;
  const readBatch = () => {
    const possible = check([batch.join('<>')], doc.title);
    batch = [];
    batchChars = 0;
    return possible;
  };
  const found = () => {
    const size = arrivedHtmlSize(doc);
    // Unknown size: in pieces, which bounds the cost on a big page.
    const whole = size !== null && size < READ_WHOLE_BELOW;
    for (const piece of whole ? [root.innerHTML] : pieces(root)) {
      batch.push(piece);
      batchChars += piece.length;
      if (batchChars >= BATCH_CHARS && readBatch()) return true;
    }
    // Text the parser or a script put beside the body is walked by the explainer too.
    for (const node of doc.documentElement.childNodes) {
      if (node === doc.body || node === doc.head) continue;
      if (node.nodeType === Node.TEXT_NODE) batch.push((node as Text).data);
      else if (node.nodeType === Node.ELEMENT_NODE) batch.push((node as Element).outerHTML);
    }
    return readBatch();
  };
  if (found()) {
    onPossible();
    return;
  }
  const view = doc.defaultView as Window & typeof globalThis;
  const observer = new view.MutationObserver((records) => {
    if (!life.isValid) return;
    const added: string[] = [];
    for (const record of records) {
      if (record.type === 'characterData') {
        added.push((record.target as CharacterData).data);
        continue;
      }
      for (const node of record.addedNodes) {
        if (node.nodeType === Node.TEXT_NODE) added.push((node as Text).data);
        else if (node.nodeType === Node.ELEMENT_NODE) added.push((node as Element).outerHTML);
      }
    }
    if (!check(added, doc.title)) return;
    observer.disconnect();
    onPossible();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  life.onEnd(() => observer.disconnect());
}
