/**
 * The page gate's reading (no DOM, no browser API): whether text from a page could hold a term
 * the explainer would mark, told by the patterns or the automaton of `TermGate`
 * (term-gate.ts, made at build time). page/page-gate.ts feeds it the page's text; in the
 * `background` mode the extension's background runs it instead, from what the page sends
 * (`answerGateRead`), so that the patterns are compiled and run outside the page's main thread
 * (docs/highlighting.md, "Twelfth pass").
 */
import { type GateAutomaton, NODE_FLAGS, type TermGate } from './term-gate';

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

interface GatePatterns {
  first: RegExp;
  clear: RegExp;
  ambiguous: RegExp;
  running: RegExp;
  /** Made only when first needed (a page with a distinctive word but no clear term, rare). */
  joins: RegExp | null;
}

/**
 * Each gate's patterns, compiled at their first use and kept: in the background, where one gate
 * answers every page for as long as the worker is awake, a compile is paid once, not per page.
 */
const compiled = new WeakMap<TermGate, GatePatterns>();

function compiledPatterns(gate: TermGate): GatePatterns {
  let patterns = compiled.get(gate);
  if (!patterns) {
    patterns = {
      first: new RegExp(gate.firstWords, 'i'),
      clear: new RegExp(gate.clear, 'i'),
      ambiguous: new RegExp(gate.ambiguous, 'i'),
      running: new RegExp(gate.running, 'i'),
      joins: null,
    };
    compiled.set(gate, patterns);
  }
  return patterns;
}

/**
 * The patterns of `TermGate` (the fifth pass), or with `staged` their first stage: the
 * distinctive words, a pattern about a sixth of the size, so that the whole `clear` pattern is
 * compiled and run only on text that holds one of them.
 */
function patternScanner(gate: TermGate, staged: boolean): Scanner {
  const test = (text: string, wantRunning: boolean): number => {
    const words = compiledPatterns(gate);
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
  if (gate.mode === 'trie' || gate.mode === 'nodes') return automatonScanner(gate.automaton);
  return patternScanner(gate, gate.mode === 'staged');
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
  /** What it keeps between batches, once settled: enough to go on in another reader. */
  state(): GateReaderState;
}

/**
 * What a reader keeps of the batches it settled (plain data: the page holds it between the
 * background's answers, so the background keeps nothing of any page). No text of the page but
 * the title and the few words that could join into a term.
 */
export interface GateReaderState {
  /** The bits seen so far (`CLEAR`, `AMBIGUOUS`, `RUNNING`, `FIRST`). */
  saw: number;
  titleCorroborates: boolean;
  titleRead: string | null;
  /** Whether heads and tails were read from the whole page (then from each batch after). */
  joinsOfWhole: boolean;
  heads: string[];
  tails: string[];
}

/** A reader, new (the first batch it settles is the whole page) or going on from `from`. */
export function createGateReader(gate: TermGate, from: GateReaderState | null = null): GateCheck {
  const scanner = scannerFor(gate);
  /** Bits seen so far, and before the batch being read (`sawBefore` only counts for `AMBIGUOUS`). */
  let saw = from?.saw ?? 0;
  let sawBefore = saw;
  let settled = from !== null;
  let titleCorroborates = from?.titleCorroborates ?? false;
  let titleRead = from?.titleRead ?? null;
  let batch: string[] = [];
  let joinsOfWhole = from?.joinsOfWhole ?? false;
  const heads = new Set<string>(from?.heads);
  const tails = new Set<string>(from?.tails);

  /** Notes the heads and tails of joinable variants in `text`. */
  const readJoins = (text: string) => {
    const patterns = compiledPatterns(gate);
    patterns.joins ??= new RegExp(gate.joins, 'gi');
    const joins = patterns.joins;
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
    state: () => ({
      saw,
      titleCorroborates,
      titleRead,
      joinsOfWhole,
      heads: [...heads],
      tails: [...tails],
    }),
  };
}

/**
 * A check fed with whole batches (see `createGateReader`): true from the first time any of them,
 * with the title, could hold a term. The in-page reading as the tests and benches drive it, and
 * what `answerGateRead` is checked against.
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

/** What a page sends the background to read (`page→background:gate-read`). */
export interface GateReadRequest {
  /** The whole page's text (with `state` null) or what its changes have added since. */
  texts: string[];
  title: string;
  /** The state the background's last answer gave this page, or null for the whole page. */
  state: GateReaderState | null;
}

/**
 * The background's answer: the page could hold a term; or not yet, and the state to send with its
 * next change; or that change cannot be read alone (the rare second reading of
 * `GateCheck.settle`): send the whole page again, with no state.
 */
export type GateReadAnswer =
  | { verdict: 'open' }
  | { verdict: 'closed'; state: GateReaderState }
  | { verdict: 'whole-needed' };

const WHOLE_NEEDED = Symbol('whole page needed');
const wholeNeeded = (): never => {
  throw WHOLE_NEEDED;
};

/**
 * Reads what a page sent, going on from the state it sent back, and keeps nothing: the same
 * reading as `createGateCheck` over the page's batches, one batch per call.
 */
export function answerGateRead(gate: TermGate, request: GateReadRequest): GateReadAnswer {
  const reader = createGateReader(gate, request.state);
  for (const text of request.texts) if (reader.read(text)) return { verdict: 'open' };
  try {
    // With no state this is the whole page, read as the first batch: `whole` is never asked for.
    if (reader.settle(request.title, wholeNeeded)) return { verdict: 'open' };
  } catch (error) {
    if (error === WHOLE_NEEDED) return { verdict: 'whole-needed' };
    throw error;
  }
  return { verdict: 'closed', state: reader.state() };
}

/**
 * Bounds on a state's heads and tails, far above what the glossary's joinable variants can give
 * (their first and last words, a few hundred short strings): a message past them is not ours,
 * and goes unanswered (the page's gate then opens: wider, never narrower).
 */
const MAX_JOIN_WORDS = 5000;
const MAX_JOIN_WORD_CHARS = 200;

/**
 * A message's `GateReaderState`, checked and rebuilt from its own fields only (nothing else the
 * message carried), or null where it is not one `state()` could make.
 */
export function checkedGateReaderState(value: unknown): GateReaderState | null {
  if (typeof value !== 'object' || value === null) return null;
  const { saw, titleCorroborates, titleRead, joinsOfWhole, heads, tails } = value as Record<
    string,
    unknown
  >;
  const words = (list: unknown): list is string[] =>
    Array.isArray(list) &&
    list.length <= MAX_JOIN_WORDS &&
    list.every((word) => typeof word === 'string' && word.length <= MAX_JOIN_WORD_CHARS);
  const valid =
    typeof saw === 'number' &&
    Number.isInteger(saw) &&
    saw >= 0 &&
    saw <= (CLEAR | AMBIGUOUS | RUNNING | FIRST) &&
    typeof titleCorroborates === 'boolean' &&
    (titleRead === null || typeof titleRead === 'string') &&
    typeof joinsOfWhole === 'boolean' &&
    words(heads) &&
    words(tails);
  return valid
    ? { saw, titleCorroborates, titleRead, joinsOfWhole, heads: [...heads], tails: [...tails] }
    : null;
}
