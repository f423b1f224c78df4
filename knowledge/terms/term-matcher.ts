/**
 * Finds glossary terms in plain text. Pure: strings in, offsets out, so the page highlighter,
 * the sidebar and the tests all share it.
 *
 * The build turns the glossary into a character trie, written as short strings, one per first
 * character (see `compileTerms`), and a small regular expression made from the trie's first three
 * levels (`CompiledTerms.starts`) that finds where a variant may start, which the browser's engine
 * does far faster than plain code reads text it has not optimised yet. The matcher walks the trie
 * in plain code only there, reading into nested objects only the parts that the text's
 * candidates begin with: on a page with few terms, a few of its 22 strings. Reading the whole
 * trie and making the pattern on every page cost ~3 ms of cold script; the glossary as one
 * pattern (the first matcher) cost ~6 ms to compile and ~3 ms more to optimise.
 * `npm run bench` reports the matcher's MB/s.
 */
import { escapeForRegExp } from '../text-patterns';
import type { GlossaryTerm } from '../types';

/** What the matcher needs of a term: its id and every way a page may spell it. */
export type TermSpellings = Pick<GlossaryTerm, 'id' | 'name' | 'variants'>;

/**
 * A glossary compiled for matching, as plain JSON: the build does this once, so the content
 * script starts with the finished trie and start pattern instead of making them on every page.
 */
export interface CompiledTerms {
  /**
   * The trie of every normalised variant, as the node after each first character, keyed by that
   * character (lowercase; read only when text holds a candidate starting with it). A node is: an
   * optional end-of-variant mark `<n>` (the variant belongs to `termIds[n]`; `<n?>` if it needs
   * context, see `TermHit`), then its children: one as `char node`, several as
   * `(char node|char node…)`. A space stands for any run of spaces, no-break spaces and hyphens;
   * a straight quote for a straight or curly one.
   */
  trie: Record<string, string>;
  /**
   * A regular expression source for where a variant may start: how text may write the first
   * `START_KEYS` keys of every variant (all of a shorter one). The scan lets the browser's
   * regular expression engine find those places, and walks the trie only there.
   */
  starts: string;
  termIds: string[];
}

/** One term found in a text: `text.slice(start, end)` is the words as the page wrote them. */
export interface TermHit {
  start: number;
  end: number;
  termId: string;
  /**
   * Set when the variant found means other things on other pages ("FAI" is an internet provider
   * in French, "cadence" a release schedule on a software blog): the page marks it only where
   * other hip or running words corroborate it (see term-context.ts).
   */
  needsContext?: true;
}

/** A compiled matcher for one glossary. Build it once; `findTerms` is safe to call on any text. */
export interface TermMatcher {
  findTerms(text: string): TermHit[];
}

/** Characters that join the words of a term: spaces, no-break spaces and hyphens. */
const JOINERS = '\\s\\u00a0\\u2010\\u2011\\u2013-';
const JOINER_RUN = new RegExp(`[${JOINERS}]+`, 'g');

// Soft hyphens, zero-width spaces and joiners: invisible, and used by magazines to break long words.
const INVISIBLE_IN_WORDS = /[\u00ad\u200b-\u200d\u2060]/;

/** The canonical form of a variant or of matched text: lowercase, single spaces, straight quotes. */
export function normaliseTermText(text: string): string {
  return text
    .toLowerCase()
    .replace(JOINER_RUN, ' ')
    .replace(/\u2019/g, "'")
    .trim();
}

/** Maps each normalised variant to its term. Throws if two terms claim the same variant. */
export function indexVariants(terms: readonly TermSpellings[]): Map<string, string> {
  const termIdByVariant = new Map<string, string>();
  for (const term of terms) {
    for (const variant of [term.name, ...term.variants]) {
      const key = normaliseTermText(variant);
      const owner = termIdByVariant.get(key);
      if (owner && owner !== term.id) {
        throw new Error(`Variant "${key}" belongs to both "${owner}" and "${term.id}"`);
      }
      termIdByVariant.set(key, term.id);
    }
  }
  return termIdByVariant;
}

/** A character trie of the variants, as built at compile time. */
export interface BuildNode {
  end: string | null;
  children: Map<string, BuildNode>;
}

const STRUCTURE = /[<>?()|]/;

export function buildTrie(termIdByVariant: Map<string, string>): BuildNode {
  const root: BuildNode = { end: null, children: new Map() };
  for (const [variant, termId] of termIdByVariant) {
    let node = root;
    for (const char of variant) {
      if (STRUCTURE.test(char)) throw new Error(`Variant "${variant}" uses "${char}"`);
      let child = node.children.get(char);
      if (!child) {
        child = { end: null, children: new Map() };
        node.children.set(char, child);
      }
      node = child;
    }
    node.end = termId;
  }
  return root;
}

/**
 * Compiles a glossary for matching. Variants in `needingContext` are reported with
 * `needsContext`. Throws if two terms claim the same variant, or `needingContext` names a
 * variant no term has.
 */
export function compileTerms(
  terms: readonly TermSpellings[],
  { needingContext = [] as readonly string[] } = {},
): CompiledTerms {
  const termIdByVariant = indexVariants(terms);
  const ambiguous = new Set(needingContext.map(normaliseTermText));
  for (const variant of ambiguous) {
    if (!termIdByVariant.has(variant)) throw new Error(`No term has the variant "${variant}"`);
  }
  const termIds = [...new Set(termIdByVariant.values())];
  const write = (node: BuildNode, path: string): string => {
    const end =
      node.end === null ? '' : `<${termIds.indexOf(node.end)}${ambiguous.has(path) ? '?' : ''}>`;
    const children = [...node.children].map(([char, child]) => char + write(child, path + char));
    if (children.length <= 1) return end + (children[0] ?? '');
    return `${end}(${children.join('|')})`;
  };
  const root = buildTrie(termIdByVariant);
  return {
    trie: Object.fromEntries([...root.children].map(([char, child]) => [char, write(child, char)])),
    starts: startPattern(root, START_KEYS),
    termIds,
  };
}

/** How text may write a variant's `char`, as a regular expression. */
export function charPattern(char: string): string {
  if (char === ' ') return `[${JOINERS}]+`;
  if (char === "'") return "['\u2019]";
  return escapeForRegExp(char);
}

/** How text may write the first `depth` keys of every variant below `node` (see `starts`). */
function startPattern(node: BuildNode, depth: number): string {
  const alternatives = [...node.children].map(([char, child]) =>
    child.end !== null || depth <= 1
      ? charPattern(char)
      : charPattern(char) + startPattern(child, depth - 1),
  );
  return alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`;
}

/**
 * A trie node as the matcher walks it: a variant may end where it starts, then a chain of keys
 * follows with one child each and nothing ending among them (a variant's letters after the others
 * have branched off), kept as the string it is written as; then the chain goes on after a variant
 * that ends there (`after`), or branches (`next`), or stops. Reading one object per character
 * (~4,000 for the glossary) cost the page ~3 ms of cold script; chains need ~700.
 */
interface TrieNode {
  /** Index into `termIds` if a variant ends at the start of this node, else -1. */
  term: number;
  needsContext: boolean;
  /** The keys that follow one by one (see `keyOf`), as characters. */
  chain: string;
  /** Where the chain goes on after a variant that ends at its end. */
  after: TrieNode | null;
  /** The children by key where the chain ends in a branch. */
  next: Map<number, TrieNode> | null;
}

/** Reads a node of `CompiledTerms.trie` (one of its strings) into objects. */
function readTrie(source: string): TrieNode {
  let at = 0;
  const readNode = (): TrieNode => {
    const node: TrieNode = { term: -1, needsContext: false, chain: '', after: null, next: null };
    if (source.charCodeAt(at) === OPEN_MARK) {
      const close = source.indexOf('>', at);
      node.needsContext = source.charCodeAt(close - 1) === CONTEXT_MARK;
      node.term = Number.parseInt(source.slice(at + 1, close), 10);
      at = close + 1;
    }
    const chainStart = at;
    let code = source.charCodeAt(at);
    while (
      at < source.length &&
      code !== OPEN_MARK &&
      code !== OPEN_BRANCH &&
      code !== NEXT_BRANCH &&
      code !== CLOSE_BRANCH
    ) {
      code = source.charCodeAt(++at);
    }
    node.chain = source.slice(chainStart, at);
    if (code === OPEN_MARK) {
      node.after = readNode();
    } else if (code === OPEN_BRANCH) {
      node.next = new Map();
      do {
        at++;
        const key = source.charCodeAt(at++);
        node.next.set(key, readNode());
      } while (source.charCodeAt(at) === NEXT_BRANCH);
      at++; // ")"
    }
    return node;
  };
  return readNode();
}

// The structure characters of `CompiledTerms.trie`: "<", "?", "(", "|", ")".
const OPEN_MARK = 60;
const CONTEXT_MARK = 63;
const OPEN_BRANCH = 40;
const NEXT_BRANCH = 124;
const CLOSE_BRANCH = 41;

const SPACE = 32;
const QUOTE = 39;
const NO_KEY = -1;

const NON_ASCII_SPACE = /\s/;

/**
 * A test of whether a code point is part of a word: a Unicode letter, digit or combining mark
 * (ASCII `\b` would call "tendon" whole inside "tendoné" or "tendone\u0301"). The Unicode
 * property class is made on first need, by each matcher: creating it cost the page ~0.4 ms of
 * cold script at every load (traces, docs/highlighting.md), and English text mostly asks only
 * about ASCII, no-break spaces and punctuation, which need no class.
 */
function wordCodePointTest(): (code: number | undefined) => boolean {
  let nonAsciiWordChar: RegExp | null = null;
  return (code) => {
    if (code === undefined) return false;
    if (code < 0x80) {
      return (code >= 48 && code <= 57) || ((code | 0x20) >= 97 && (code | 0x20) <= 122);
    }
    // A no-break space, and General Punctuation (dashes, curly quotes, ellipsis, thin spaces):
    // no letter, digit or mark among them.
    if (code === 0xa0 || (code >= 0x2000 && code <= 0x206f)) return false;
    nonAsciiWordChar ??= /[\p{L}\p{N}\p{M}]/u;
    return nonAsciiWordChar.test(String.fromCodePoint(code));
  };
}

/** The code point that ends just before `index` (a surrogate pair counts as one). */
function codePointBefore(text: string, index: number): number | undefined {
  if (index <= 0) return undefined;
  const low = text.charCodeAt(index - 1);
  if (low >= 0xdc00 && low <= 0xdfff && index >= 2) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.codePointAt(index - 2);
  }
  return low;
}

/**
 * The trie key of a character: ASCII letters lowercased, a joiner (space, no-break space,
 * hyphen, line break) as a space, a curly quote as a straight one. Every variant is ASCII, so
 * nothing else can match (so no Unicode case folding is needed, and text whose lowercase is
 * longer, like "İ", keeps its offsets).
 */
function keyOf(code: number): number {
  if (code < 0x80) {
    if (code >= 65 && code <= 90) return code | 0x20;
    if (code === 45 || (code >= 9 && code <= 13)) return SPACE;
    return code;
  }
  if (code === 0x2019) return QUOTE;
  if (
    code === 0xa0 ||
    code === 0x2010 ||
    code === 0x2011 ||
    code === 0x2013 ||
    (code >= 0x1680 && NON_ASCII_SPACE.test(String.fromCharCode(code)))
  ) {
    return SPACE;
  }
  return NO_KEY;
}

/** Regular plurals and possessives, tried in this order after a variant: "bursas", "hamstring's". */
const SUFFIXES = ["'s", "es'", 'es', "s'", 's', ''].map((suffix) =>
  [...suffix].map((char) => char.charCodeAt(0)),
);

function suffixAt(text: string, at: number, suffix: number[]): boolean {
  for (let i = 0; i < suffix.length; i++) {
    if (keyOf(text.charCodeAt(at + i)) !== suffix[i]) return false;
  }
  return true;
}

/**
 * How many keys of each variant the start pattern spells out (`CompiledTerms.starts`). Measured on
 * a 150k-character news page with few terms (headless Chromium, cold, matching alone): 2 keys
 * found so many places to walk that it was no faster than walking from every word start
 * (~11 ms); 3 took it to ~3 ms; 4 was no better than 3, with a larger pattern to compile
 * (docs/highlighting.md).
 */
const START_KEYS = 3;

/** A matcher over a compiled glossary (see `compileTerms`). */
export function createTermMatcher(compiled: CompiledTerms): TermMatcher {
  const { termIds } = compiled;
  const isWordCodePoint = wordCodePointTest();
  /**
   * The root's child for each ASCII key (see `keyOf`), where a walk can begin: read from its
   * string the first time a candidate starts with it.
   */
  const firstNodes: (TrieNode | undefined)[] = [];
  const firstNode = (key: number): TrieNode =>
    (firstNodes[key] ??= readTrie(compiled.trie[String.fromCharCode(key)] as string));
  // Ends of variants along the current walk (`hitAt`), longest last: reused, not reallocated for
  // every word of a page.
  const ends: number[] = [];
  const endNodes: TrieNode[] = [];

  /**
   * The hit starting at `start`, if any: the longest variant that, with a plural or possessive
   * suffix, ends at the end of a word; a shorter variant if the longer one is cut short.
   */
  const hitAt = (text: string, start: number, first: TrieNode): TermHit | null => {
    let node = first;
    let at = start + 1;
    let endCount = 0;
    if (node.term >= 0) {
      ends[0] = at;
      endNodes[0] = node;
      endCount = 1;
    }
    /** How many keys of `node.chain` the walk has passed. */
    let inChain = 0;
    while (at < text.length) {
      const key = keyOf(text.charCodeAt(at));
      if (inChain < node.chain.length) {
        if (node.chain.charCodeAt(inChain) !== key) break;
        inChain++;
      } else {
        const child = node.next?.get(key);
        if (!child) break;
        node = child;
        inChain = 0;
      }
      at++;
      if (key === SPACE) while (at < text.length && keyOf(text.charCodeAt(at)) === SPACE) at++;
      if (node.after && inChain === node.chain.length) {
        node = node.after;
        inChain = 0;
      }
      if (inChain === 0 && node.term >= 0) {
        ends[endCount] = at;
        endNodes[endCount] = node;
        endCount++;
      }
    }
    for (let i = endCount - 1; i >= 0; i--) {
      const variantEnd = ends[i] as number;
      for (const suffix of SUFFIXES) {
        if (!suffixAt(text, variantEnd, suffix)) continue;
        const end = variantEnd + suffix.length;
        if (isWordCodePoint(text.codePointAt(end))) continue;
        const found = endNodes[i] as TrieNode;
        const hit: TermHit = { start, end, termId: termIds[found.term] as string };
        if (found.needsContext) hit.needsContext = true;
        return hit;
      }
    }
    return null;
  };

  /** Where a variant may start (`CompiledTerms.starts`), made on first use. */
  let starts: RegExp | null = null;

  /**
   * The hits in `text`, in order, none overlapping. The browser's regular expression engine
   * finds the places where a variant may start (a word start, then the first keys of some
   * variant), and the trie is walked only there: walking from every word start in plain code
   * ran at ~13 MB/s before V8 optimised it, and a page's text is read once, cold.
   */
  const scan = (text: string): TermHit[] => {
    // ASCII lookbehind and case: wider than a word start and our keys (a letter like "é"
    // before is checked below), never narrower, so no hit is lost.
    starts ??= new RegExp(`(?<![A-Za-z0-9])${compiled.starts}`, 'gi');
    const hits: TermHit[] = [];
    starts.lastIndex = 0;
    for (let found = starts.exec(text); found; found = starts.exec(text)) {
      const at = found.index;
      const code = text.charCodeAt(at);
      const hit = isWordCodePoint(codePointBefore(text, at))
        ? null
        : hitAt(text, at, firstNode(code >= 65 && code <= 90 ? code | 0x20 : code));
      if (hit) hits.push(hit);
      // After a hit, on from its end (hits never overlap); else from the next character, which
      // may start a word of its own ("a bursa").
      starts.lastIndex = hit ? hit.end : at + 1;
    }
    return hits;
  };

  return {
    findTerms(text) {
      // Invisible break hints inside words ("tendi\u00ADnitis") are read past, then the offsets
      // are mapped back to the text as written. Most text has none and skips this.
      if (!INVISIBLE_IN_WORDS.test(text)) return scan(text);
      const offsets: number[] = [];
      let visible = '';
      for (let i = 0; i < text.length; i++) {
        if (INVISIBLE_IN_WORDS.test(text[i] as string)) continue;
        offsets.push(i);
        visible += text[i];
      }
      offsets.push(text.length);
      return scan(visible).map((hit) => ({
        ...hit,
        start: offsets[hit.start] as number,
        end: (offsets[hit.end - 1] as number) + 1,
      }));
    },
  };
}

/**
 * The same terms as one regular expression (whole words, any case, plurals and possessives), for
 * tools that take a pattern: the benchmark gives it to mark.js. The page never builds it.
 */
export function termRegExp(terms: readonly TermSpellings[]): RegExp {
  const variants = [...indexVariants(terms).keys()].sort((a, b) => b.length - a.length);
  const alternatives = variants.map((variant) =>
    escapeForRegExp(variant).replaceAll(' ', `[${JOINERS}]+`).replaceAll("'", "['\\u2019]"),
  );
  return new RegExp(
    `(?<![\\p{L}\\p{N}\\p{M}])(?:${alternatives.join('|')})(?:['\u2019]s|(?:es|s)['\u2019]?)?(?![\\p{L}\\p{N}\\p{M}])`,
    'giu',
  );
}
