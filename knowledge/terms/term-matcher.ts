/**
 * Finds glossary terms in plain text. Pure: strings in, offsets out, so the page highlighter,
 * the sidebar and the tests all share it.
 *
 * One combined regular expression, built from a trie of every variant, scans the text once.
 * One combined regex measured faster than the npm Aho-Corasick packages and within 1.4× of a
 * hand-written one, for a fraction of the code (docs/highlighting.md); `npm run bench` reports
 * its MB/s.
 */
import { escapeForRegExp } from '../text-patterns';
import type { GlossaryTerm } from '../types';

/** What the matcher needs of a term: its id and every way a page may spell it. */
export type TermSpellings = Pick<GlossaryTerm, 'id' | 'name' | 'variants'>;

/**
 * A glossary compiled for matching, as plain JSON: the build does this once, so the content
 * script starts with the finished pattern instead of building it on every page.
 */
export interface CompiledTerms {
  /** The one pattern in compact form (see `termRegExp`); group 1 is the variant matched. */
  pattern: string;
  /** Normalised variant → term id. */
  termIdByVariant: Record<string, string>;
}

/** One term found in a text: `text.slice(start, end)` is the words as the page wrote them. */
export interface TermHit {
  start: number;
  end: number;
  termId: string;
}

/** A compiled matcher for one glossary. Build it once; `findTerms` is safe to call on any text. */
export interface TermMatcher {
  findTerms(text: string): TermHit[];
}

// Spaces and hyphens inside a term match any run of spaces, no-break spaces or hyphens, so
// "IT band", "IT-band" and "IT\u00a0band" are one variant.
const JOINER = '[\\s\\u00a0\\u2010\\u2011\\u2013-]+';
// Straight and curly apostrophes are one character.
const APOSTROPHE = "['\\u2019]";
// Regular plurals and possessives: "bursas", "hamstring's", "hamstrings'" and "hamstrings’".
const COMPACT_SUFFIX = "(?:'s|(?:es|s)'?)?";
// Whole words by Unicode letters, digits and combining marks: ASCII \b would match "tendon"
// inside "tendoné" (and inside "tendone\u0301", where the accent is a separate mark).
const BEFORE = '(?<![\\p{L}\\p{N}\\p{M}])';
const AFTER = '(?![\\p{L}\\p{N}\\p{M}])';

// Soft hyphens, zero-width spaces and joiners: invisible, and used by magazines to break long words.
const INVISIBLE_IN_WORDS = /[\u00ad\u200b-\u200d\u2060]/;
const INVISIBLE_CHAR = INVISIBLE_IN_WORDS;

/** The canonical form of a variant or of matched text: lowercase, single spaces, straight quotes. */
export function normaliseTermText(text: string): string {
  return text
    .toLowerCase()
    .replace(/[\s\u00a0\u2010\u2011\u2013-]+/g, ' ')
    .replace(/\u2019/g, "'")
    .trim();
}

/** Maps each normalised variant to its term. Throws if two terms claim the same variant. */
function indexVariants(terms: readonly TermSpellings[]): Map<string, string> {
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

/** A character trie of the variants; the empty key marks the end of a variant. */
type Trie = Map<string, Trie>;
const END_OF_VARIANT = '';

function buildTrie(variants: Iterable<string>): Trie {
  const root: Trie = new Map();
  for (const variant of variants) {
    let node = root;
    for (const char of variant) {
      let child = node.get(char);
      if (!child) {
        child = new Map();
        node.set(char, child);
      }
      node = child;
    }
    node.set(END_OF_VARIANT, new Map());
  }
  return root;
}

// In a compiled pattern a space stands for JOINER and a straight quote for APOSTROPHE (neither is
// otherwise used there), which keeps the shipped pattern short; `termRegExp` expands them.
function charPattern(char: string): string {
  return char === ' ' || char === "'" ? char : escapeForRegExp(char);
}

/**
 * The trie as a regular expression: shared prefixes are written once ("hip (?:bursitis|flexor…)"),
 * which V8 scans ~9× faster than a flat list of 250 alternatives (bench: 95 vs 11 MB/s). Where a
 * variant ends inside a longer one, the longer continuation is optional and greedy, so the longest
 * variant wins.
 */
function trieToPattern(node: Trie): string {
  const branches = [...node]
    .filter(([char]) => char !== END_OF_VARIANT)
    .map(([char, child]) => charPattern(char) + trieToPattern(child));
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? (branches[0] as string) : `(?:${branches.join('|')})`;
  return node.has(END_OF_VARIANT) ? `(?:${body})?` : body;
}

/** Compiles a glossary for matching. Throws if two terms claim the same variant. */
export function compileTerms(terms: readonly TermSpellings[]): CompiledTerms {
  const termIdByVariant = indexVariants(terms);
  const alternatives = trieToPattern(buildTrie(termIdByVariant.keys()));
  return {
    pattern: `${BEFORE}(${alternatives})${COMPACT_SUFFIX}${AFTER}`,
    termIdByVariant: Object.fromEntries(termIdByVariant),
  };
}

/**
 * The regular expression of a compiled glossary, for this matcher or another tool. Without
 * `caseSensitive` it ignores case; with it, it matches lowercase text only (see below).
 */
export function termRegExp(compiled: CompiledTerms, { caseSensitive = false } = {}): RegExp {
  const source = compiled.pattern.replaceAll("'", APOSTROPHE).replaceAll(' ', JOINER);
  return new RegExp(source, caseSensitive ? 'gu' : 'giu');
}

/** A matcher over a compiled glossary (see `compileTerms`). */
export function createTermMatcher(compiled: CompiledTerms): TermMatcher {
  const termIdByVariant = new Map(Object.entries(compiled.termIdByVariant));
  // The variants are lowercase, so lowercased text needs no case-insensitive pattern, and V8
  // compiles the case-sensitive one in about half the time (it is compiled on every page load:
  // ~6 ms saved of ~12). Lowercasing keeps every offset unless the text has a character whose
  // lowercase is longer ("İ" → "i̇"); such text falls back to the case-insensitive pattern.
  const lowercasePattern = termRegExp(compiled, { caseSensitive: true });
  let anyCasePattern: RegExp | null = null;
  const anyCase = (): RegExp => {
    if (!anyCasePattern) anyCasePattern = termRegExp(compiled);
    return anyCasePattern;
  };

  /** Scans `text`; `offsets` maps its indices back to the original text, if it was cleaned. */
  const scan = (original: string, offsets: number[] | null): TermHit[] => {
    const hits: TermHit[] = [];
    const lowered = original.toLowerCase();
    const sameOffsets = lowered.length === original.length;
    const text = sameOffsets ? lowered : original;
    const pattern = sameOffsets ? lowercasePattern : anyCase();
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
      const termId = termIdByVariant.get(normaliseTermText(match[1] ?? ''));
      if (!termId) continue;
      const start = match.index;
      const end = start + match[0].length;
      hits.push(
        offsets
          ? { start: offsets[start] as number, end: (offsets[end - 1] as number) + 1, termId }
          : { start, end, termId },
      );
    }
    return hits;
  };

  return {
    findTerms(text) {
      // Invisible break hints inside words ("tendi\u00ADnitis") are read past, then the offsets
      // are mapped back to the text as written. Most text has none and skips this.
      if (!INVISIBLE_IN_WORDS.test(text)) return scan(text, null);
      const offsets: number[] = [];
      let visible = '';
      for (let i = 0; i < text.length; i++) {
        if (INVISIBLE_CHAR.test(text[i] as string)) continue;
        offsets.push(i);
        visible += text[i];
      }
      offsets.push(text.length);
      return scan(visible, offsets);
    },
  };
}
