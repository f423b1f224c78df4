/**
 * The page gate at run time: whether the page could hold a term the explainer would mark
 * (knowledge/terms/term-gate.ts makes the patterns at build time and says why they read HTML),
 * and from then on whether the page's changes could bring one. Pages that cannot never load the
 * explainer (entrypoints/page-terms/, docs/highlighting.md, "The page gate"). The reading itself
 * is knowledge/terms/gate-reader.ts: here in the page (`watchForTerms`), or in the background
 * from the text this module sends it (`watchForTermsFrom`, the shipped `background` mode).
 */
import {
  createGateReader,
  type GateReadAnswer,
  type GateReaderState,
  type GateReadRequest,
} from '../knowledge/terms/gate-reader';
import type { TermGate } from '../knowledge/terms/term-gate';
import type { Lifetime } from './lifetime';

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
 * The data of every text node under `root`, in document order, handed to `each` until it returns
 * true (then true). The parser's nodes and a script's alike: each is read alone, so no edge
 * between two nodes is lost (the HTML hides one where two text nodes touch).
 */
function eachText(
  doc: Document,
  root: Node,
  each: (text: string) => boolean,
  skip: ReadonlySet<Node> = NO_NODES,
): boolean {
  if (root.nodeType === Node.TEXT_NODE) return skip.has(root) ? false : each((root as Text).data);
  const walker = doc.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!skip.has(node) && each((node as Text).data)) return true;
  }
  return false;
}

const NO_NODES: ReadonlySet<Node> = new Set();

/**
 * Elements whose text the explainer never reads, told by their tag alone (prose-filter.ts skips
 * them, and an element's tag never changes), and that hold a page's largest texts: inline
 * scripts and their JSON, style sheets. On the held-out real pages of 100 KB or more their text
 * was most of the text nodes' (cnn 161 of 195 K characters, nytimes-5 646 of 719 K, yahoo-2
 * 900 K of 1.1 M), and an identifier in it ("ITb" in cnn's) opened the slow corroboration path.
 */
const UNREAD_TAGS = 'script,style,noscript';

/**
 * The text nodes directly inside `UNREAD_TAGS` elements under `root`, which the gate's first
 * reading leaves out. Text deeper inside them (only a script can put elements there) is read:
 * wider, never narrower. A text node moved out of one later is an added node, read then.
 */
function unreadTexts(root: ParentNode): Set<Node> {
  const unread = new Set<Node>();
  for (const element of root.querySelectorAll(UNREAD_TAGS)) {
    for (const child of element.childNodes) unread.add(child);
  }
  return unread;
}

/** Every text node's data under `root` (for the rare second reading, see `GateCheck.settle`). */
function textsUnder(
  doc: Document,
  root: Node,
  skip: ReadonlySet<Node> = NO_NODES,
  texts: string[] = [],
): string[] {
  eachText(
    doc,
    root,
    (text) => {
      texts.push(text);
      return false;
    },
    skip,
  );
  return texts;
}

/**
 * Calls `onPossible` once, as soon as the page could hold a term: at once if it already could,
 * else when its changes bring text that could (or a title that corroborates). Reads the page once
 * (its text nodes one by one, or its body's HTML: whole, or on a big page in pieces, stopping at
 * the first that could), then only what each change adds.
 * Stops with `life`.
 */
export function watchForTerms(
  doc: Document,
  gate: TermGate,
  life: Lifetime,
  onPossible: () => void,
): void {
  const check = createGateReader(gate);
  const byNode = gate.mode === 'nodes';
  const joined = gate.mode === 'texts';
  const root = doc.body ?? doc.documentElement;
  /** The whole page again, as the first reading read it. */
  const whole = (): Iterable<string> => {
    if (!(byNode || joined)) return [doc.documentElement.outerHTML];
    const skip = unreadTexts(doc);
    return [...doc.documentElement.childNodes].flatMap((node) =>
      node === doc.head ? [] : textsUnder(doc, node, skip),
    );
  };
  // Pieces are joined with a tag's edge between them, as in the page's own HTML.
  let batch: string[] = [];
  let batchChars = 0;
  const readBatch = () => {
    const possible = check.read(batch.join('<>'));
    batch = [];
    batchChars = 0;
    return possible;
  };
  const foundInHtml = () => {
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
  /** The text nodes the explainer walks: the body's, and any the parser put beside it. */
  const foundInTexts = () => {
    const skip = unreadTexts(doc);
    for (const node of doc.documentElement.childNodes) {
      if (node !== doc.head && eachText(doc, node, check.read, skip)) return true;
    }
    return false;
  };
  /** The same text nodes' data, read at once with a tag's edge between each two (`texts`). */
  const foundInJoinedTexts = () => {
    const skip = unreadTexts(doc);
    const texts: string[] = [];
    for (const node of doc.documentElement.childNodes) {
      if (node !== doc.head) textsUnder(doc, node, skip, texts);
    }
    return check.read(texts.join('<>'));
  };
  const found = () =>
    (byNode ? foundInTexts() : joined ? foundInJoinedTexts() : foundInHtml()) ||
    check.settle(doc.title, whole);
  if (found()) {
    onPossible();
    return;
  }
  const view = doc.defaultView as Window & typeof globalThis;
  const observer = new view.MutationObserver((records) => {
    if (!life.isValid) return;
    let possible = false;
    for (const record of records) {
      if (record.type === 'characterData') {
        possible = check.read((record.target as CharacterData).data);
      } else {
        for (const node of record.addedNodes) {
          if (byNode) possible = eachText(doc, node, check.read);
          else if (node.nodeType === Node.TEXT_NODE) possible = check.read((node as Text).data);
          else if (node.nodeType === Node.ELEMENT_NODE) {
            possible = check.read((node as Element).outerHTML);
          }
          if (possible) break;
        }
      }
      if (possible) break;
    }
    if (!possible && !check.settle(doc.title, whole)) return;
    observer.disconnect();
    onPossible();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  life.onEnd(() => observer.disconnect());
}

/**
 * The text the explainer could read, as one string: the words of every text node but those
 * directly inside `UNREAD_TAGS`, in document order, with a tag's edge between each two. Each
 * node's data is trimmed and nodes of white space alone are left out: a node's edge is a word's
 * edge either way, and on the held-out real pages that white space (markup's indentation) was
 * 55–91% of the characters, which the message to the background pays for by the character.
 */
function joinedTexts(doc: Document): string {
  const skip = unreadTexts(doc);
  const texts: string[] = [];
  const keepWords = (text: string) => {
    const words = text.trim();
    if (words !== '') texts.push(words);
    return false;
  };
  for (const node of doc.documentElement.childNodes) {
    if (node !== doc.head) eachText(doc, node, keepWords, skip);
  }
  return texts.join('<>');
}

/** Asks the background to read a page's text (`answerGateRead`); rejects if it cannot answer. */
export type AskGate = (request: GateReadRequest) => Promise<GateReadAnswer>;

/**
 * Changes are sent at most this often (the first at once, later ones gathered): a page that
 * changes all the time (a clock, a live feed) must not keep the background busy and awake.
 */
export const GATE_CHANGES_EVERY_MS = 250;

/**
 * `watchForTerms` with the reading done elsewhere: the page's text goes to `ask` (the
 * background), whole at first and then what each change adds, one request at a time and at most
 * every `GATE_CHANGES_EVERY_MS`, with the state the last answer gave; changes that come
 * meanwhile wait and go together. The page walks its text nodes and sends a string; it compiles
 * and runs no pattern. Resolves once the first reading is answered. Where the background cannot
 * answer (the extension is being reloaded or updated), the gate opens: wider, never narrower,
 * and the explainer's own loading then fails or works as it would have.
 */
export async function watchForTermsFrom(
  doc: Document,
  ask: AskGate,
  life: Lifetime,
  onPossible: () => void,
  { changesEveryMs = GATE_CHANGES_EVERY_MS } = {},
): Promise<void> {
  const view = doc.defaultView as Window & typeof globalThis;
  let state: GateReaderState | null = null;
  let waiting: string[] = [];
  let asking = false;
  let opened = false;
  let lastAsked = Number.NEGATIVE_INFINITY;
  let titleSent = doc.title;
  let timer: number | null = null;
  const open = () => {
    if (opened || !life.isValid) return;
    opened = true;
    observer.disconnect();
    onPossible();
  };
  /** Sends `texts` (the whole page where `state` is null) and reads the answer. */
  const send = async (texts: string[]): Promise<void> => {
    asking = true;
    try {
      titleSent = doc.title;
      let request: GateReadRequest = { texts, title: titleSent, state };
      for (;;) {
        lastAsked = view.performance.now();
        const answer = await ask(request);
        if (!life.isValid) return;
        if (answer.verdict === 'open') return open();
        if (answer.verdict !== 'whole-needed') {
          state = answer.state;
          break;
        }
        state = null;
        titleSent = doc.title;
        request = { texts: [joinedTexts(doc)], title: titleSent, state };
      }
    } catch {
      return open();
    } finally {
      asking = false;
    }
    sendChanges();
  };
  /**
   * Sends what changed (text, or only the title, which may corroborate an ambiguous term), now
   * or once `changesEveryMs` has passed since the last request.
   */
  const sendChanges = () => {
    if (asking || timer !== null || !life.isValid) return;
    if (waiting.length === 0 && doc.title === titleSent) return;
    const wait = lastAsked + changesEveryMs - view.performance.now();
    if (wait > 0) {
      timer = life.setTimeout(() => {
        timer = null;
        sendChanges();
      }, wait);
      return;
    }
    const texts = waiting;
    waiting = [];
    void send(texts);
  };
  /** A changed text's words, to send (white space alone has none: see `joinedTexts`). */
  const keepWords = (text: string) => {
    const words = text.trim();
    if (words !== '') waiting.push(words);
    return false;
  };
  /**
   * Whether text in or under `node` is what `joinedTexts` reads: not in the head (the title goes
   * with every request) nor directly inside `UNREAD_TAGS`. Read otherwise, a word in a script a
   * page adds ("window.cadence") asked for the whole page again at every change.
   */
  const readable = (node: Node) =>
    !doc.head?.contains(node) &&
    !(node.nodeType === Node.ELEMENT_NODE && (node as Element).matches(UNREAD_TAGS)) &&
    !(node.nodeType === Node.TEXT_NODE && node.parentElement?.matches(UNREAD_TAGS));
  const observer = new view.MutationObserver((records) => {
    if (!life.isValid) return;
    for (const record of records) {
      if (record.type === 'characterData') {
        if (readable(record.target)) keepWords((record.target as CharacterData).data);
        continue;
      }
      // An added element's text nodes as `joinedTexts` reads them, without its markup.
      for (const node of record.addedNodes) {
        if (readable(node)) eachText(doc, node, keepWords, unreadUnder(node));
      }
    }
    sendChanges();
  });
  observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
  life.onEnd(() => observer.disconnect());
  await send([joinedTexts(doc)]);
}

/** `unreadTexts` of an added node (none under a text node). */
function unreadUnder(node: Node): ReadonlySet<Node> {
  return node.nodeType === Node.ELEMENT_NODE ? unreadTexts(node as Element) : NO_NODES;
}
