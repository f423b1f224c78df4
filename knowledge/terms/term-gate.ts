/**
 * The page gate: whether a page could hold any term the matcher would mark, told by a few native
 * regular expression tests over the page's markup, so that a page that cannot (most of the web)
 * never loads or runs the matcher, the viewport passes or the marks (entrypoints/page-terms/,
 * docs/highlighting.md, "The page gate").
 *
 * The patterns are made at build time from every variant and are a superset of the matcher: any
 * text node the matcher marks a term in makes them match. They read the body's HTML rather than
 * its `textContent`, because the markup keeps where each text node ends: `textContent` runs the
 * nodes together ("…hip pain</li><li>ITB" reads "painITB"), so the word boundaries the matcher
 * checks inside one node could not be told from the joins between nodes, and a test without
 * boundaries opens for "fai" in "fair" and "hip" in "ship" on nearly every English page. In HTML
 * a text node is bounded by `<` and `>` (or the string's ends), which no word is made of; inside
 * it, only `&`, `<`, `>` and the no-break space are written otherwise (`&nbsp;`, which the
 * run-time check turns into a space before the test). Two text nodes side by side with no markup
 * between them are the one place the HTML hides a node's edge: a term that starts or ends
 * exactly at such a join, against a letter or digit of the other node, is missed when the gate
 * first reads the page (the HTML parser never makes such nodes; a script can, and one added
 * later is read alone). Finding them natively (XPath) cost ~150 ms on the bench's news page.
 *
 * Ambiguous variants ("FAI", "cadence") count only where their corroboration could be met:
 * a running word anywhere on the page or in its title, a term that needs no context anywhere,
 * or such a term the context's joining of text nodes could make (its later words at the start of
 * a text node; term-index.ts joins the nodes around an ambiguous term with spaces).
 * Language and hidden text are not looked at: the gate may open where nothing is marked, never
 * the other way round.
 */
import { escapeForRegExp } from '../text-patterns';
import { RUNNING_WORDS } from './term-context';
import {
  type BuildNode,
  buildTrie,
  charPattern,
  indexVariants,
  normaliseTermText,
  type TermSpellings,
} from './term-matcher';

/** The gate's regular expression sources (flags `gi`), made by `compileTermGate` at build time. */
export interface TermGate {
  /**
   * A variant that needs no context as a whole word (with a plural or possessive), one that needs
   * context, and a running word (term-context.ts) as the corroboration reads it. Variants longer
   * than `maxKeys` are cut there.
   */
  clear: string;
  ambiguous: string;
  running: string;
  /**
   * The first words of a multi-word variant that needs no context at the end of a text node
   * (group 1), or its later words at the start of one (group 2): the context of an ambiguous term
   * joins text nodes with spaces, so "labral" ending one node and "tear" starting another
   * corroborate. `joinable` lists those variants (normalised, `|` between them), so that a head
   * and a tail count only when they belong to the same variant.
   */
  joins: string;
  joinable: string;
  /**
   * One distinctive word of every variant that needs no context (its rarest word, cut after
   * `GATE_KEYS` keys), as a pattern with no word end: the first, cheap stage of the test. Every
   * text the matcher marks such a variant in holds one of these at a word start, so where none
   * is found neither the whole `clear` pattern nor the joins (whose variants hold the word in
   * one text node) need to be compiled and run.
   */
  firstWords: string;
  /** The same tests as a trie walked in plain code, with no regular expression (`GateAutomaton`). */
  automaton: GateAutomaton;
  /** Which way the page reads and tests (the sixth pass's side-by-side builds). */
  mode: GateMode;
}

/**
 * How the page tests its text: `regex`, the patterns above on the body's HTML (fifth pass);
 * `staged`, `firstWords` first and the full patterns only where it finds something; `trie`, the
 * automaton walked over the body's HTML; `nodes`, the automaton walked over each text node;
 * `texts`, the text nodes' data joined with a tag's edge between them, tested by the patterns;
 * `background`, the same text sent to the extension's background, which tests it as `texts`
 * does (knowledge/terms/gate-reader.ts, `answerGateRead`): no pattern compiled in the page.
 */
export type GateMode = 'regex' | 'staged' | 'trie' | 'nodes' | 'texts' | 'background';

/**
 * The gate's tests as one trie over lowercased keys, made at build time and walked in plain code
 * at run time: no pattern to compile. Nodes are numbered breadth first, so the children of every
 * node, in order, are numbered in the order of `keys`: node `n`'s keys are
 * `keys.slice(first(n), first(n + 1))` where `first` sums `counts`, and the child at key index
 * `k` is node `k + 1`. `counts` and `flags` hold one character per node (code − 48).
 * A space key stands for any run of characters that are no letter, digit, `_` or tag (as in the
 * patterns), `&nbsp;` included.
 */
export interface GateAutomaton {
  keys: string;
  counts: string;
  flags: string;
}

/** What a node of the automaton ends (see `GateAutomaton.flags`). */
export const NODE_FLAGS = {
  /** A variant that needs no context ends here, if a word ends after it (with a plural). */
  clearWhole: 1,
  /** A cut variant that needs no context: a hit whatever follows. */
  clearCut: 2,
  ambiguousWhole: 4,
  ambiguousCut: 8,
  /** A running word ends here, if a word ends. */
  running: 16,
  /** A distinctive word (`firstWords`) starts with the keys so far. */
  first: 32,
} as const;

/**
 * How HTML may write the joiner between two words of a variant: any run of characters that are
 * no letter, digit or tag (wider than the matcher's spaces and hyphens, and far shorter to write
 * some 250 times). A plain character class: written as `(?:[^\\w<>]|&nbsp;)+`, the patterns took
 * ~12 ms of CPU to compile at their first test in Chromium against ~7 (bench page news, loaded
 * machine), more than scanning the page. The no-break space's `&nbsp;` is turned into a space
 * before the test instead (page/page-gate.ts).
 */
const HTML_JOINER = '[^\\w<>]+';
/** The matcher's plural and possessive endings, then no letter or digit. */
const WORD_END = "(?:['\\u2019]s|es['\\u2019]?|s['\\u2019]?)?(?![A-Za-z0-9])";
/** A word start: no ASCII letter or digit before (the matcher's test is wider, never narrower). */
const WORD_START = '(?<![A-Za-z0-9])';
/**
 * Keys of a variant the gate spells out; a longer one may go on with anything. Measured in Node
 * (the same engine) on the bench's news page: the whole variants made a pattern that took
 * ~3.5 ms to compile and run once over the body's HTML, cut at 10 keys ~3.3, at 8 ~1.3, at 6
 * ~0.8 (where "physi" and "stres" would open on any page about physics or stress).
 */
export const GATE_KEYS = 8;

/** How markup or text may write a variant's `char`. */
function htmlCharPattern(char: string): string {
  return char === ' ' ? HTML_JOINER : charPattern(char);
}

/** Every variant below `node`, as one pattern. */
function triePattern(node: BuildNode): string {
  const alternatives = [...node.children].map(
    ([char, child]) => htmlCharPattern(char) + triePattern(child),
  );
  if (alternatives.length === 0) return '';
  const body =
    alternatives.length === 1 ? (alternatives[0] as string) : `(?:${alternatives.join('|')})`;
  return node.end === null ? body : `(?:${body})?`;
}

const trieOf = (words: Iterable<string>) =>
  triePattern(buildTrie(new Map([...words].map((word) => [word, word]))));

/**
 * Variants (normalised) split into those spelt out whole (then a word end) and the cut ones:
 * each longer than `maxKeys` keys (and three letters into its second word) is cut there and may
 * go on with anything.
 */
function cutVariants(
  variants: Iterable<string>,
  maxKeys: number,
  ambiguous: ReadonlySet<string> = new Set(),
): { whole: string[]; cut: Set<string> } {
  const whole: string[] = [];
  const cut = new Set<string>();
  for (const variant of variants) {
    // Past the first space, three letters of the next word: "running inj", not "running ".
    const space = variant.indexOf(' ');
    let keys = space < 0 ? maxKeys : Math.max(maxKeys, space + 4);
    // And three keys past an ambiguous variant it starts with: "low impact exe".
    for (const other of ambiguous) {
      if (variant.startsWith(other)) keys = Math.max(keys, other.length + 4);
    }
    keys = pastEverydayWords(variant, keys);
    if (variant.length <= keys) whole.push(variant);
    else cut.add(variant.slice(0, keys));
  }
  return { whole, cut };
}

/**
 * Where a cut after `keys` keys should end instead if all it keeps of `variant` are everyday
 * words: three letters into its first word that is not one (`COMMON_WORDS`, or a number), or
 * into its last word. Cut after 8 keys, "point of the hip" was "point of ", "pain in the groin"
 * "pain in ", "running on concrete" "running on " and "10 percent rule" "10 perce": on the
 * held-out real pages (issue #17) these opened the gate on 9 of 130 pages with no term at all
 * ("the point of view", "running on production"), each then paying for the explainer.
 */
function pastEverydayWords(variant: string, keys: number): number {
  const everyday = (word: string) => COMMON_WORDS.has(word) || /^\d+%?$/.test(word);
  const words = variant.split(' ');
  let start = 0;
  for (const [i, word] of words.entries()) {
    if (!everyday(word) || i === words.length - 1) break;
    start += word.length + 1;
  }
  return Math.max(keys, Math.min(variant.length, start + 3));
}

/** `cutVariants` as one pattern. */
function variantsPattern(
  variants: Iterable<string>,
  maxKeys: number,
  ambiguous: ReadonlySet<string> = new Set(),
): string {
  const { whole, cut } = cutVariants(variants, maxKeys, ambiguous);
  const alternatives = [];
  if (whole.length > 0) alternatives.push(`${trieOf(whole)}${WORD_END}`);
  if (cut.size > 0) alternatives.push(trieOf(cut));
  return alternatives.join('|');
}

/**
 * Words of variants that everyday pages use often ("joint venture", "stress test", "pain
 * point"): a variant's distinctive word is one not listed here where it has one (then the
 * longest), so that the first stage rarely fires on pages without terms. Only speed depends on
 * this list, never what the gate finds.
 */
const COMMON_WORDS = new Set(
  (
    'a an and in of on the to per non anti it si ten low high lower inner greater back head neck ' +
    'point band tissue joint joints muscle muscles bone bones tear torn pull pulled strain strained ' +
    'broken fractured major minor rest active relative cold ice pack shot scan test single leg ' +
    'sit sitting weight bearing method protocol therapy cross training impact exercise activity ' +
    'pool deep water running work strength resistance assessment analysis weekly rule percent ' +
    'drop sign road steps minute rate foam rolling roller physical scope female sport sports ' +
    'energy related reaction fatigue stress injury repetitive overuse infection infected nerve ' +
    'friction tract lateral proximal pain syndrome girdle disc slipped bulging magnetic ' +
    'resonance imaging concrete asphalt downhill'
  ).split(' '),
);

/** The word of `variant` a page is least likely to use without meaning it (see `COMMON_WORDS`). */
export function distinctiveWord(variant: string): string {
  const words = variant.split(' ');
  const rare = words.filter((word) => !COMMON_WORDS.has(word));
  const pool = rare.length > 0 ? rare : words;
  return pool.reduce((longest, word) => (word.length > longest.length ? word : longest));
}

/** A build-time trie node of the automaton. */
interface AutomatonNode {
  flags: number;
  children: Map<string, AutomatonNode>;
}

/** `GateAutomaton` for words, each with the flags its last node gets. */
function automatonOf(words: Iterable<[word: string, flags: number]>): GateAutomaton {
  const root: AutomatonNode = { flags: 0, children: new Map() };
  for (const [word, flags] of words) {
    let node = root;
    for (const key of word) {
      let child = node.children.get(key);
      if (!child) {
        child = { flags: 0, children: new Map() };
        node.children.set(key, child);
      }
      node = child;
    }
    node.flags |= flags;
  }
  let keys = '';
  let counts = '';
  let flags = '';
  const queue = [root];
  for (let at = 0; at < queue.length; at++) {
    const node = queue[at] as AutomatonNode;
    counts += String.fromCharCode(48 + node.children.size);
    flags += String.fromCharCode(48 + node.flags);
    for (const [key, child] of node.children) {
      // The walk reads a run of joiners greedily: a space must be followed by a letter or digit.
      if (key === ' ') {
        for (const after of child.children.keys()) {
          if (!/[a-z0-9]/.test(after)) throw new Error(`A space before "${after}" in the gate`);
        }
      }
      keys += key;
      queue.push(child);
    }
  }
  return { keys, counts, flags };
}

/** The gate's patterns for a glossary (see `TermGate`). */
export function compileTermGate(
  terms: readonly TermSpellings[],
  {
    needingContext = [] as readonly string[],
    maxKeys = GATE_KEYS,
    mode = 'texts' as GateMode,
  } = {},
): TermGate {
  const ambiguousVariants = new Set(needingContext.map(normaliseTermText));
  const variants = [...indexVariants(terms).keys()];
  const clearVariants = variants.filter((variant) => !ambiguousVariants.has(variant));
  const joinable = clearVariants.filter((variant) => variant.includes(' '));
  const heads = new Set<string>();
  const tails = new Set<string>();
  for (const variant of joinable) {
    const words = variant.split(' ');
    for (let i = 1; i < words.length; i++) {
      heads.add(words.slice(0, i).join(' '));
      tails.add(words.slice(i).join(' '));
    }
  }
  // The corroboration reads lowercased text, where the Kelvin sign is a "k"; a curly
  // apostrophe counts too (wider, never narrower).
  const running = RUNNING_WORDS.map((word) =>
    escapeForRegExp(word).replaceAll("'", "['\\u2019]").replaceAll('k', '[k\\u212a]'),
  );
  const firstWords = new Set(
    clearVariants.map((variant) => distinctiveWord(variant).slice(0, maxKeys)),
  );
  const clearCut = cutVariants(clearVariants, maxKeys, ambiguousVariants);
  const ambiguousCut = cutVariants(ambiguousVariants, maxKeys);
  const {
    clearWhole,
    clearCut: clearCutFlag,
    ambiguousWhole,
    ambiguousCut: ambiguousCutFlag,
  } = NODE_FLAGS;
  const automaton = automatonOf([
    ...clearCut.whole.map((word): [string, number] => [word, clearWhole]),
    ...[...clearCut.cut].map((word): [string, number] => [word, clearCutFlag]),
    ...ambiguousCut.whole.map((word): [string, number] => [word, ambiguousWhole]),
    ...[...ambiguousCut.cut].map((word): [string, number] => [word, ambiguousCutFlag]),
    ...RUNNING_WORDS.map((word): [string, number] => [word, NODE_FLAGS.running]),
    ...[...firstWords].map((word): [string, number] => [word, NODE_FLAGS.first]),
  ]);
  return {
    mode,
    firstWords: `${WORD_START}(?:${trieOf(firstWords)})`,
    automaton,
    clear: `${WORD_START}(?:${variantsPattern(clearVariants, maxKeys, ambiguousVariants)})`,
    ambiguous: `${WORD_START}(?:${variantsPattern(ambiguousVariants, maxKeys)})`,
    running: `(?<![A-Za-z0-9'])(?:${running.join('|')})(?![A-Za-z0-9'])`,
    joins:
      `${WORD_START}(${trieOf(heads)})${HTML_JOINER.slice(0, -1)}*(?:<|$)` +
      `|(?:^|>)${HTML_JOINER.slice(0, -1)}*(${trieOf(tails)})${WORD_END}`,
    joinable: joinable.join('|'),
  };
}
