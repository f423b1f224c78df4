import { describe, expect, it } from 'vitest';
import { articlePage, newsPage, portalPage, wikiPage } from '../../../bench/generate-pages';
import {
  answerGateRead,
  createGateCheck,
  createGateReader,
  type GateReaderState,
} from '../../../knowledge/terms/gate-reader';
import { GLOSSARY } from '../../../knowledge/terms/glossary';
import {
  corroborates,
  RUNNING_WORDS,
  VARIANTS_NEEDING_CONTEXT,
} from '../../../knowledge/terms/term-context';
import { compileTermGate, type GateMode } from '../../../knowledge/terms/term-gate';
import {
  compileTerms,
  createTermMatcher,
  normaliseTermText,
} from '../../../knowledge/terms/term-matcher';

const options = { needingContext: VARIANTS_NEEDING_CONTEXT };
const matcher = createTermMatcher(compileTerms(GLOSSARY, options));
const GATE_MODES: GateMode[] = ['regex', 'staged', 'trie', 'nodes', 'texts'];
const ambiguous = new Set(VARIANTS_NEEDING_CONTEXT.map(normaliseTermText));
const variants = [
  ...new Set(GLOSSARY.flatMap((term) => [term.name, ...term.variants]).map(normaliseTermText)),
];

/** The ways a page may write `variant` that the matcher reads as it (and its HTML has them). */
function writings(variant: string): string[] {
  const upper = variant.toUpperCase();
  const capital = variant.charAt(0).toUpperCase() + variant.slice(1);
  return [
    variant,
    upper,
    capital,
    `${variant}s`,
    `${variant}’s`,
    variant.replaceAll(' ', '-'),
    variant.replaceAll(' ', '&nbsp;'),
    variant.replaceAll(' ', ' \n  '),
    variant.replaceAll("'", '’'),
    // A soft hyphen a magazine put in the middle of the first word.
    variant.length > 3 ? `${variant.slice(0, 2)}\u00ad${variant.slice(2)}` : variant,
  ];
}

/** Text nodes in tags, as `innerHTML` writes them. */
const inTags = (...texts: string[]) => texts.map((text) => `<p>${text}</p>`).join('');

describe.each(GATE_MODES)('the page gate (%s)', (mode) => {
  const gate = compileTermGate(GLOSSARY, { ...options, mode });
  /** Whether a page whose body is `html` (and title `title`) passes the gate. */
  const opens = (html: string, title = '') => createGateCheck(gate)([html], title);

  it('opens for every variant that needs no context, in every writing the matcher reads', () => {
    for (const variant of variants.filter((v) => !ambiguous.has(v))) {
      for (const written of writings(variant)) {
        const text = `Notes: ${written}, again.`;
        // Only writings the matcher itself marks are owed (the HTML's &nbsp; is its no-break space).
        if (matcher.findTerms(text.replaceAll('&nbsp;', '\u00a0')).length === 0) continue;
        expect(opens(inTags(text)), written).toBe(true);
        expect(opens(inTags(written)), written).toBe(true);
      }
    }
  });

  it('opens for every ambiguous variant only where a running word could corroborate it', () => {
    for (const variant of ambiguous) {
      for (const written of writings(variant)) {
        if (matcher.findTerms(written.replaceAll('&nbsp;', '\u00a0')).length === 0) continue;
        expect(opens(inTags(`We ship on a ${written} plan.`)), written).toBe(false);
        expect(opens(inTags(`We ship on a ${written} plan.`, 'My hip hurts.')), written).toBe(true);
        expect(opens(inTags(`A ${written} note.`), 'Runners ask'), written).toBe(true);
        // The far end of a long page counts too: the gate asks whether it could, not where.
        expect(opens(inTags(written, 'x '.repeat(5000), 'injured')), written).toBe(true);
      }
    }
  });

  it('counts every running word the corroboration reads, in any case', () => {
    for (const word of RUNNING_WORDS) {
      expect(corroborates(word.toUpperCase(), matcher), word).toBe(true);
      expect(opens(inTags('Our release cadence.', word.toUpperCase())), word).toBe(true);
    }
  });

  it('stays closed for words that only hold a term or a running word inside them', () => {
    expect(opens(inTags('A fair deal: the shipping firm failed its championship bid.'))).toBe(
      false,
    );
    expect(opens(inTags('Gluten-free physiology of the cadences? Quadsquad.'))).toBe(false);
    expect(opens(inTags('Our release cadence moved to two weeks.'), 'Release notes')).toBe(false);
  });

  it('stays closed for everyday phrases that only begin a long variant', () => {
    // Real pages (the held-out judge, issue #17) opened the gate with these and nothing to mark:
    // cut after 8 keys, "point of the hip" was "point of " and "pain in the groin" "pain in ".
    expect(
      opens(inTags('From a neuroscientific point of view, it is the whole point of it.')),
    ).toBe(false);
    expect(opens(inTags('The application running on production; a pain in the neck.'))).toBe(false);
    expect(opens(inTags('Bonds are only about 10 percent of the value.'))).toBe(false);
    for (const term of ['point of the hip', 'running on concrete', '10 percent rule']) {
      expect(opens(inTags(`Mind the ${term}.`)), term).toBe(true);
    }
  });

  it('reads each text node alone: the markup between nodes is a word boundary', () => {
    // textContent would read "painITB" and "ITBhip".
    expect(opens('<li>Hip pain</li><li>ITB</li>')).toBe(true);
    expect(opens('<li>bursitis</li>')).toBe(true);
    expect(opens('<b>glute</b>n')).toBe(true);
    expect(opens('<li>ITB</li><li>hip</li>')).toBe(true);
  });

  it('counts a term the context could join from two text nodes as corroboration', () => {
    // term-index.ts joins the nodes around an ambiguous term with spaces: "labral tear".
    const split = '<p>Cadence and the <b>labral</b><i>tear</i> question.</p>';
    expect(corroborates('cadence and the labral tear question', matcher)).toBe(true);
    expect(opens(split)).toBe(true);
    expect(opens('<p>Cadence, a <b>stress</b> <i>fracture</i>.</p>')).toBe(true);
    // A head or a tail alone, or a head and a tail of different terms, do not.
    expect(opens('<p>Cadence and the <b>labral</b></p>')).toBe(false);
    expect(opens('<p>Cadence and the <b>stress</b> <i>tear</i></p>')).toBe(false);
    // "Running" ends some variants and starts others, but is not one of its own.
    expect(opens('<p>Cadence</p><p>Running</p>')).toBe(false);
  });

  it('keeps what it saw: a later change can bring the corroboration', () => {
    const check = createGateCheck(gate);
    expect(check([inTags('Our release cadence moved.')], 'Blog')).toBe(false);
    expect(check(['Comments (2)'], 'Blog')).toBe(false);
    expect(check(['My knee says otherwise.'], 'Blog')).toBe(true);
    const later = createGateCheck(gate);
    expect(later([inTags('Nothing here.')], 'Blog')).toBe(false);
    expect(later(['Trochanteric bursitis, again'], 'Blog')).toBe(true);
    const titled = createGateCheck(gate);
    expect(titled([inTags('Our cadence.')], 'Blog')).toBe(false);
    expect(titled([], 'Runners: our cadence')).toBe(true);
  });

  it('keeps a running word or a joined head read before the ambiguous term that needs it', () => {
    const runningFirst = createGateCheck(gate);
    expect(runningFirst([inTags('My knee says no.')], 'Blog')).toBe(false);
    expect(runningFirst([inTags('Our release cadence.')], 'Blog')).toBe(true);
    const headFirst = createGateCheck(gate);
    expect(headFirst(['<p>A note on the <b>labral</b></p>'], 'Blog')).toBe(false);
    expect(headFirst(['<p><i>tear</i> and the release cadence.</p>'], 'Blog')).toBe(true);
    const sameBatch = createGateCheck(gate);
    expect(sameBatch([inTags('My knee says no.'), inTags('Our release cadence.')], 'Blog')).toBe(
      true,
    );
  });

  it('reads a text alone that is both the head of one joined variant and the tail of another', () => {
    // Text nodes read one by one (a page's changes, the nodes mode): "labrum" starts "labrum
    // tear" and ends "torn labrum"; read as a head only, the pair was missed.
    const reader = createGateReader(gate);
    for (const text of ['Our release cadence:', 'torn', 'labrum']) reader.read(text);
    expect(corroborates('Our release cadence: torn labrum', matcher)).toBe(true);
    expect(reader.settle('Engineering')).toBe(true);
  });

  it('opens wherever the matcher would mark a term, on random text made of the glossary', () => {
    // Words of every variant and running word, near misses, and the ways pages join them.
    const words = [
      ...new Set([...variants, ...RUNNING_WORDS].flatMap((variant) => variant.split(' '))),
      ...['fair', 'ship', 'gluten', 'squads', 'hipster', 'the', 'of', 'a', 'release', 'é'],
    ];
    const joins = [
      ' ',
      ' ',
      '-',
      '\u00a0',
      '&nbsp;',
      ', ',
      '. ',
      '’',
      "'",
      '',
      's ',
      'es ',
      '\u00ad',
      '</b> <b>',
      '</b><b>',
    ];
    let seed = 17;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    let owed = 0;
    for (let n = 0; n < 4000; n++) {
      let text = '';
      const count = 1 + Math.floor(next() * 5);
      for (let i = 0; i < count; i++) {
        const word = pick(words);
        text += (next() < 0.3 ? word.toUpperCase() : word) + (i < count - 1 ? pick(joins) : '');
      }
      const html = `<p><b>${text}</b></p>`;
      // The text nodes as the page would hold them, and what the explainer would mark there.
      const nodes = html
        .split(/<[^>]*>/)
        .filter((node) => node !== '')
        .map((node) => node.replaceAll('&nbsp;', '\u00a0'));
      const hits = nodes.flatMap((node) => matcher.findTerms(node));
      const marked =
        hits.some((hit) => !hit.needsContext) ||
        (hits.length > 0 && corroborates(nodes.join(' '), matcher));
      if (!marked) continue;
      owed++;
      expect(opens(html), html).toBe(true);
    }
    // The random texts did hold terms to find.
    expect(owed).toBeGreaterThan(500);
  });

  it('opens on the bench article and stays closed on its ordinary pages', () => {
    const body = (html: string) => html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
    expect(opens(body(articlePage()))).toBe(true);
    for (const page of [newsPage(), portalPage(), wikiPage()]) {
      expect(opens(body(page))).toBe(false);
    }
  });
});

/**
 * The background's reading as the page drives it (page/page-gate.ts, `watchForTermsFrom`): each
 * batch sent with the last answer's state, through a message's copy (JSON, as Chromium sends
 * it), and the whole page again where the answer asks for it.
 */
function backgroundCheck(gate: ReturnType<typeof compileTermGate>) {
  const page: string[] = [];
  let state: GateReaderState | null = null;
  let wholeAsked = 0;
  const ask = (texts: string[], title: string, from: GateReaderState | null) =>
    answerGateRead(gate, JSON.parse(JSON.stringify({ texts, title, state: from })));
  const check = (sources: readonly string[], title: string): boolean => {
    page.push(...sources);
    let answer = ask(state === null ? [...page] : [...sources], title, state);
    if (answer.verdict === 'whole-needed') {
      wholeAsked++;
      answer = ask([...page], title, null);
      // The whole page is read as a first batch, which never asks for itself again.
      expect(answer.verdict).not.toBe('whole-needed');
    }
    if (answer.verdict === 'open') return true;
    if (answer.verdict === 'closed') state = answer.state;
    return false;
  };
  return Object.assign(check, { wholeAsked: () => wholeAsked });
}

describe("the page gate's reading in the background (answerGateRead)", () => {
  const gate = compileTermGate(GLOSSARY, { ...options, mode: 'background' });

  it('keeps nothing: the state the page sends back carries what earlier batches showed', () => {
    const check = backgroundCheck(gate);
    expect(check([inTags('Our release cadence moved.')], 'Blog')).toBe(false);
    expect(check(['Comments (2)'], 'Blog')).toBe(false);
    expect(check(['My knee says otherwise.'], 'Blog')).toBe(true);
    const titled = backgroundCheck(gate);
    expect(titled([inTags('Our cadence.')], 'Blog')).toBe(false);
    expect(titled([], 'Runners: our cadence')).toBe(true);
    const headFirst = backgroundCheck(gate);
    expect(headFirst(['<p>A note on the <b>labral</b></p>'], 'Blog')).toBe(false);
    expect(headFirst(['<p><i>tear</i> and the release cadence.</p>'], 'Blog')).toBe(true);
  });

  it('asks for the whole page when a change needs earlier text read again, and then opens', () => {
    // Running words are not looked for until an ambiguous term is seen: "knee" in the first
    // batch was passed over, so the cadence in the second needs the first read again.
    const check = backgroundCheck(gate);
    expect(check([inTags('My knee says no.')], 'Blog')).toBe(false);
    expect(check([inTags('Our release cadence.')], 'Blog')).toBe(true);
    expect(check.wholeAsked()).toBe(1);
  });

  it('answers as the page reading itself would, on random pages and changes', () => {
    const words = [
      ...new Set([...variants, ...RUNNING_WORDS].flatMap((variant) => variant.split(' '))),
      ...['fair', 'release', 'the', 'of', 'a', 'notes'],
    ];
    const joins = [' ', ' ', '-', '&nbsp;', ', ', '</b><b>', '</p><p>', '\u00ad'];
    let seed = 29;
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)] as T;
    const text = () => {
      let made = '';
      const count = 1 + Math.floor(next() * 4);
      for (let i = 0; i < count; i++) made += pick(words) + (i < count - 1 ? pick(joins) : '');
      return `<p><b>${made}</b></p>`;
    };
    let opened = 0;
    let wholeAsked = 0;
    for (let n = 0; n < 1500; n++) {
      const inPage = createGateCheck(gate);
      const inBackground = backgroundCheck(gate);
      const batches = 1 + Math.floor(next() * 4);
      for (let b = 0; b < batches; b++) {
        const sources = Array.from({ length: 1 + Math.floor(next() * 2) }, text);
        const title = next() < 0.2 ? text() : 'Blog';
        const expected = inPage(sources, title);
        expect(inBackground(sources, title), sources.join(' | ')).toBe(expected);
        if (expected) {
          opened++;
          break;
        }
      }
      wholeAsked += inBackground.wholeAsked();
    }
    // Both ways were taken: pages that opened, and changes that needed the whole page again.
    expect(opened).toBeGreaterThan(200);
    expect(wholeAsked).toBeGreaterThan(0);
  });
});
