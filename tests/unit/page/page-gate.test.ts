import { describe, expect, it } from 'vitest';
import { articlePage, newsPage, portalPage, wikiPage } from '../../../bench/generate-pages';
import { GLOSSARY } from '../../../knowledge/terms/glossary';
import {
  corroborates,
  RUNNING_WORDS,
  VARIANTS_NEEDING_CONTEXT,
} from '../../../knowledge/terms/term-context';
import { compileTermGate } from '../../../knowledge/terms/term-gate';
import {
  compileTerms,
  createTermMatcher,
  normaliseTermText,
} from '../../../knowledge/terms/term-matcher';
import { createGateCheck } from '../../../page/page-gate';

const options = { needingContext: VARIANTS_NEEDING_CONTEXT };
const gate = compileTermGate(GLOSSARY, options);
const matcher = createTermMatcher(compileTerms(GLOSSARY, options));
const ambiguous = new Set(VARIANTS_NEEDING_CONTEXT.map(normaliseTermText));
const variants = [
  ...new Set(GLOSSARY.flatMap((term) => [term.name, ...term.variants]).map(normaliseTermText)),
];

/** Whether a page whose body is `html` (and title `title`) passes the gate. */
const opens = (html: string, title = '') => createGateCheck(gate)([html], title);

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

describe('the page gate', () => {
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

  it('opens on the bench article and stays closed on its ordinary pages', () => {
    const body = (html: string) => html.slice(html.indexOf('<body>') + 6, html.indexOf('</body>'));
    expect(opens(body(articlePage()))).toBe(true);
    for (const page of [newsPage(), portalPage(), wikiPage()]) {
      expect(opens(body(page))).toBe(false);
    }
  });
});
