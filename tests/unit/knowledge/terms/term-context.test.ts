import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../../../../knowledge/terms/glossary';
import {
  corroborates,
  hitsWorthMarking,
  isEnglishOrUnknown,
  VARIANTS_NEEDING_CONTEXT,
} from '../../../../knowledge/terms/term-context';
import { compileTerms, createTermMatcher } from '../../../../knowledge/terms/term-matcher';

const matcher = createTermMatcher(
  compileTerms(GLOSSARY, { needingContext: VARIANTS_NEEDING_CONTEXT }),
);

/** The words a page would mark in `text`, with `context` as the words around it. */
function markedWords(text: string, lang: string | null = 'en', context = text): string[] {
  const hits = hitsWorthMarking(matcher.findTerms(text), lang, () =>
    corroborates(context, matcher),
  );
  return hits.map((hit) => text.slice(hit.start, hit.end));
}

describe('isEnglishOrUnknown', () => {
  it('takes English in any region, and text whose language nobody declared', () => {
    for (const tag of ['en', 'EN', 'en-GB', 'en-us', null, '', ' ']) {
      expect(isEnglishOrUnknown(tag), String(tag)).toBe(true);
    }
  });

  it('leaves other languages alone, including ones that start with the same letters', () => {
    for (const tag of ['fr', 'fr-FR', 'de', 'es-419', 'eng-x', 'enm']) {
      expect(isEnglishOrUnknown(tag), tag).toBe(false);
    }
  });
});

describe('hitsWorthMarking', () => {
  it('marks nothing in a French paragraph, not even FAI (there an internet provider)', () => {
    const french =
      'Le FAI a coupé la fibre pendant trois jours ; les abonnés parlent de sciatica et de MRI.';
    expect(matcher.findTerms(french).length).toBeGreaterThan(0);
    expect(markedWords(french, 'fr')).toEqual([]);
  });

  it('leaves a software blog’s "release cadence" alone', () => {
    const text = 'We moved to a two-week release cadence and our quads of services scale well.';
    expect(markedWords(text, 'en', `Engineering blog. ${text}`)).toEqual([]);
  });

  it('is not fooled by words that news and business use figuratively', () => {
    const text = 'Our release cadence moved to two weeks.';
    const around = `City budget passes after marathon session. ${text} Shares went the extra mile.`;
    expect(markedWords(text, 'en', around)).toEqual([]);
  });

  it('marks an ambiguous word where hip or running words are near it', () => {
    expect(markedWords('Most runners raise their cadence by shortening each stride.')).toEqual([
      'cadence',
    ]);
    expect(markedWords('An MRI showed FAI in the left hip.')).toEqual(['MRI', 'FAI']);
  });

  it('marks an ambiguous word alone in its text when the words around it corroborate it', () => {
    const around = 'Hip pain in runners: when to see a physio. Your cadence matters.';
    expect(markedWords('Your cadence matters.', 'en', around)).toEqual(['cadence']);
    expect(markedWords('Your cadence matters.', 'en', 'Your cadence matters.')).toEqual([]);
  });

  it('marks terms that mean one thing everywhere without asking for context', () => {
    let asked = 0;
    const text = 'Trochanteric bursitis and a labral tear.';
    const hits = hitsWorthMarking(matcher.findTerms(text), null, () => {
      asked++;
      return false;
    });
    expect(hits.map((hit) => hit.termId)).toEqual(['trochanteric-bursitis', 'labral-tear']);
    expect(asked).toBe(0);
  });
});

describe('VARIANTS_NEEDING_CONTEXT', () => {
  it('names only variants the glossary has, so a renamed variant cannot slip through', () => {
    expect(() =>
      compileTerms(GLOSSARY, { needingContext: VARIANTS_NEEDING_CONTEXT }),
    ).not.toThrow();
    expect(() => compileTerms(GLOSSARY, { needingContext: ['no such variant'] })).toThrow(
      /no such variant/,
    );
  });

  it('flags each of them wherever it is found, in any case and with a plural', () => {
    for (const variant of VARIANTS_NEEDING_CONTEXT) {
      for (const written of [variant, variant.toUpperCase()]) {
        const [hit] = matcher.findTerms(`the ${written} here`);
        expect(hit?.needsContext, written).toBe(true);
      }
    }
    expect(matcher.findTerms('Tendons and glutes.').some((hit) => hit.needsContext)).toBe(false);
  });
});
