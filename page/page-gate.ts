/**
 * The page gate at run time: whether the page could hold a term the explainer would mark
 * (knowledge/terms/term-gate.ts makes the patterns at build time and says why they read HTML),
 * and from then on whether the page's changes could bring one. Pages that cannot never load the
 * explainer (entrypoints/page-terms/, docs/highlighting.md, "The page gate").
 */
import { type GateAutomaton, NODE_FLAGS, type TermGate } from '../knowledge/terms/term-gate';
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

/** What a text holds, as the gate's tests tell it (bits of a scan's result). */
const CLEAR = 1;
const AMBIGUOUS = 2;
const RUNNING = 4;
/** A distinctive word of a variant that needs no context (`TermGate.firstWords`). */
const FIRST = 8;

/**
 * A test of one text (markup or a text node's data): the bits above it holds. It may stop as
 * soon as the page must open (a clear term, or an ambiguous one with a running word, counting
 * `known`, the bits seen before). `wantRunning`: look for running words too (a scan may skip them
 * where no ambiguous term was seen; then `reportsRunning` is false).
 */
interface Scanner {
  scan(text: string, known: number, wantRunning: boolean): number;
  reportsRunning: boolean;
}

/**
 * The patterns of `TermGate` (the fifth pass), or with `staged` their first stage: the
 * distinctive words, a pattern about a sixth of the size, so that the whole `clear` pattern is
 * compiled and run only on text that holds one of them.
 */
function patternScanner(gate: TermGate, staged: boolean): Scanner {
  let words: { first: RegExp; clear: RegExp; ambiguous: RegExp; running: RegExp } | null = null;
  const test = (text: string, wantRunning: boolean): number => {
    words ??= {
      first: new RegExp(gate.firstWords, 'i'),
      clear: new RegExp(gate.clear, 'i'),
      ambiguous: new RegExp(gate.ambiguous, 'i'),
      running: new RegExp(gate.running, 'i'),
    };
    let found = staged ? (words.first.test(text) ? FIRST : 0) : FIRST;
    if (found & FIRST && words.clear.test(text)) return found | CLEAR;
    if (words.ambiguous.test(text)) found |= AMBIGUOUS;
    if ((wantRunning || found & AMBIGUOUS) && words.running.test(text)) found |= RUNNING;
    return found;
  };
  return {
    reportsRunning: false,
    scan(source, _known, wantRunning) {
      // Terms are matched past invisible break hints; running words are read as written.
      const invisibles = INVISIBLE_IN_WORDS.test(source);
      const found = test(
        spaced(invisibles ? source.replace(EVERY_INVISIBLE, '') : source),
        wantRunning,
      );
      return invisibles && !(found & CLEAR) ? found | test(spaced(source), wantRunning) : found;
    },
  };
}

const { clearWhole, clearCut, ambiguousWhole, ambiguousCut, running, first } = NODE_FLAGS;

/** True for an ASCII letter or digit (NaN, past a text's end, is none). */
const isWordCode = (code: number) =>
  (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);

/** A character a run of joiners may hold: no letter, digit, `_`, `<` or `>` (as the patterns). */
const isJoinerCode = (code: number) =>
  code >= 0 && !isWordCode(code) && code !== 95 && code !== 60 && code !== 62;

/** Characters the matcher reads past inside words (`INVISIBLE_IN_WORDS`). */
const isInvisibleCode = (code: number) =>
  code === 0xad || (code >= 0x200b && code <= 0x200d) || code === 0x2060;

/**
 * A key other than a space a character reads as: lowercase letters and digits, `'` (straight or
 * curly), `.` and `%`; the Kelvin sign as "k" (the corroboration lowercases text); else −1.
 */
function keyCode(code: number): number {
  if (code < 128) {
    if (code >= 65 && code <= 90) return code | 0x20;
    return isWordCode(code) || code === 39 || code === 46 || code === 37 ? code : -1;
  }
  if (code === 0x2019) return 39;
  return code === 0x212a ? 107 : -1;
}

/** True if a word ends at `at`, maybe after a plural or possessive ending (as `WORD_END`). */
function wordEndsAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (!isWordCode(code)) return true;
  const lower = code | 0x20;
  if (lower === 115) return !isWordCode(text.charCodeAt(at + 1));
  if (lower === 101 && (text.charCodeAt(at + 1) | 0x20) === 115) {
    return !isWordCode(text.charCodeAt(at + 2));
  }
  return false;
}

/**
 * The automaton of `TermGate` walked in plain code: from every word start, down the trie while
 * the text follows it. Nothing to compile; one pass reports clear terms, ambiguous ones, running
 * words and distinctive words together.
 */
function automatonScanner(automaton: GateAutomaton): Scanner {
  let tables: {
    flags: Uint8Array;
    keys: Uint16Array;
    firstKey: Int32Array;
    spaceChild: Int32Array;
    root: Int32Array;
  } | null = null;
  const read = () => {
    const nodes = automaton.flags.length;
    const flags = new Uint8Array(nodes);
    const firstKey = new Int32Array(nodes + 1);
    const spaceChild = new Int32Array(nodes);
    const keys = new Uint16Array(automaton.keys.length);
    for (let k = 0; k < keys.length; k++) keys[k] = automaton.keys.charCodeAt(k);
    for (let n = 0, at = 0; n < nodes; n++) {
      flags[n] = automaton.flags.charCodeAt(n) - 48;
      firstKey[n] = at;
      at += automaton.counts.charCodeAt(n) - 48;
      for (let k = firstKey[n] as number; k < at; k++) if (keys[k] === 32) spaceChild[n] = k + 1;
    }
    firstKey[nodes] = keys.length;
    const root = new Int32Array(128);
    for (let k = 0; k < (firstKey[1] as number); k++) root[keys[k] as number] = k + 1;
    return { flags, keys, firstKey, spaceChild, root };
  };

  /** The bits the variants starting at node `node`, at `at` in `text`, find. */
  const walk = (text: string, start: number, at: number): number => {
    const { flags, keys, firstKey, spaceChild } = tables as NonNullable<typeof tables>;
    let node = start;
    let found = 0;
    for (;;) {
      const flag = flags[node] as number;
      if (flag !== 0) {
        if (flag & clearCut) return found | CLEAR;
        if (flag & clearWhole && wordEndsAt(text, at)) return found | CLEAR;
        if (flag & first) found |= FIRST;
        if (flag & ambiguousCut || (flag & ambiguousWhole && wordEndsAt(text, at))) {
          found |= AMBIGUOUS;
        }
        if (flag & running && !isWordCode(text.charCodeAt(at))) found |= RUNNING;
      }
      let code = text.charCodeAt(at);
      while (isInvisibleCode(code)) code = text.charCodeAt(++at);
      const key = keyCode(code);
      let next = 0;
      if (key >= 0) {
        const end = firstKey[node + 1] as number;
        for (let k = firstKey[node] as number; k < end; k++) {
          if (keys[k] === key) {
            next = k + 1;
            break;
          }
        }
      }
      const space = spaceChild[node] as number;
      if (space !== 0 && isJoinerCode(code)) {
        // A run of joiners (`&nbsp;` too), read whole: a letter or digit follows a space key.
        let after = at;
        for (;;) {
          const joiner = text.charCodeAt(after);
          if (joiner === 38 && text.startsWith('nbsp;', after + 1)) after += 6;
          else if (isJoinerCode(joiner)) after++;
          else break;
        }
        // `'`, `.` and `%` are keys and joiners: try both.
        if (next !== 0) found |= walk(text, next, at + 1);
        if (found & CLEAR) return found;
        node = space;
        at = after;
        continue;
      }
      if (next === 0) return found;
      node = next;
      at++;
    }
  };

  return {
    reportsRunning: true,
    scan(text, known) {
      tables ??= read();
      const { root } = tables;
      let found = 0;
      let inWord = false;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        const lower = code | 0x20;
        let key: number;
        if (lower >= 97 && lower <= 122) key = lower;
        else if (code >= 48 && code <= 57) key = code;
        else {
          inWord = false;
          continue;
        }
        if (inWord) continue;
        inWord = true;
        const child = root[key] as number;
        if (child === 0) continue;
        found |= walk(text, child, i + 1);
        const all = found | known;
        if (all & CLEAR || (all & AMBIGUOUS && all & RUNNING)) return found;
      }
      return found;
    },
  };
}

/** The scanner `gate.mode` asks for. */
function scannerFor(gate: TermGate): Scanner {
  if (gate.mode === 'regex' || gate.mode === 'staged' || gate.mode === 'texts') {
    return patternScanner(gate, gate.mode === 'staged');
  }
  return automatonScanner(gate.automaton);
}

/**
 * A check fed with the page's markup or text as it comes (the body's HTML or its text nodes at
 * first, then what its changes add): `read` each piece (true as soon as the page could hold a
 * term), then `settle` with the title once a batch is read. It keeps what it saw: an ambiguous
 * term in one change and a running word in a later one open it.
 */
export interface GateCheck {
  read(text: string): boolean;
  /**
   * True if what was read (and the title) could hold a term. `whole` gives the whole page's
   * pieces again, for the rare case that earlier text must be read anew (an ambiguous term
   * arrived after the running words, or a distinctive word: the heads and tails of joined
   * variants); without it, only the batch just read is.
   */
  settle(title: string, whole?: () => Iterable<string>): boolean;
}

export function createGateReader(gate: TermGate): GateCheck {
  const scanner = scannerFor(gate);
  let joins: RegExp | null = null;
  /** Bits seen so far, and before the batch being read. */
  let saw = 0;
  let sawBefore = 0;
  let settled = false;
  let titleCorroborates = false;
  let titleRead: string | null = null;
  let batch: string[] = [];
  /** Whether heads and tails were read from the whole page (then from each batch after). */
  let joinsOfWhole = false;
  const heads = new Set<string>();
  const tails = new Set<string>();

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
  // Each text starts and ends at a node's edge: written as tags' edges, so that a word there is
  // read as a tail and as a head alike (at the string's start the pattern's first alternative,
  // the head, won, and "labrum" alone never counted as the tail of "torn labrum").
  const joinsText = (text: string) => `>${spaced(text.replace(EVERY_INVISIBLE, ''))}<`;

  return {
    read(text) {
      batch.push(text);
      const found = scanner.scan(text, saw, (saw & AMBIGUOUS) !== 0);
      saw |= found;
      return (found & CLEAR) !== 0 || ((saw & AMBIGUOUS) !== 0 && (saw & RUNNING) !== 0);
    },
    settle(title, whole) {
      const read = batch;
      batch = [];
      const before = sawBefore;
      sawBefore = saw;
      // The first batch is the whole page.
      const again = settled ? whole : undefined;
      settled = true;
      // The title only corroborates: with no ambiguous term yet it is read later, if ever. Read
      // at once, it cost most pages a second compile of every pattern: V8 compiles a pattern
      // anew for a string of one-byte characters (a title) after a two-byte one (the page's
      // text, with a curly quote), ~1.4 ms for the clear pattern alone in Node.
      if (!(saw & AMBIGUOUS)) return false;
      if (title !== titleRead) {
        titleRead = title;
        const visible = title.replace(EVERY_INVISIBLE, '');
        const found = scanner.scan(visible, 0, true) | scanner.scan(title, 0, true);
        titleCorroborates ||= (found & (CLEAR | RUNNING)) !== 0;
        saw |= found & FIRST;
      }
      if (titleCorroborates || saw & RUNNING) return true;
      // Running words were not looked for before the first ambiguous term: look now.
      if (!scanner.reportsRunning && !(before & AMBIGUOUS)) {
        for (const text of again?.() ?? read) {
          if (scanner.scan(text, saw, true) & (RUNNING | CLEAR)) return true;
        }
      }
      // A joined variant holds its distinctive word in one text node: none, no joins.
      if (!(saw & FIRST)) return false;
      if (!joinsOfWhole) {
        for (const text of again?.() ?? read) readJoins(joinsText(text));
        readJoins(joinsText(title));
        joinsOfWhole = true;
      } else {
        for (const text of read) readJoins(joinsText(text));
      }
      return (
        heads.size > 0 && tails.size > 0 && joinedVariant(gate.joinable.split('|'), heads, tails)
      );
    },
  };
}

/**
 * A check fed with whole batches (see `createGateReader`): true from the first time any of them,
 * with the title, could hold a term.
 */
export function createGateCheck(
  gate: TermGate,
): (sources: readonly string[], title: string) => boolean {
  const reader = createGateReader(gate);
  /** Everything read so far: the page as these batches made it. */
  const page: string[] = [];
  return (sources, title) => {
    page.push(...sources);
    let open = false;
    for (const source of sources) if (reader.read(source)) open = true;
    return reader.settle(title, () => page) || open;
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
