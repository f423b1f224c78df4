import { describe, expect, it } from 'vitest';
import { ALL_SIGNS } from '../../../../knowledge/symptoms/evidence';
import { compilePhrases, parseText } from '../../../../knowledge/symptoms/text-reading';

/**
 * A phrase word that the text's normalisation never produces can never match: "bum" (read as
 * "buttock"), "temperatures" (read as "temperature"), "as though" ("though" starts a new clause).
 * Such a phrase is silently dead, and a runner who writes those words gets no flag. Each
 * alternative is written out in its phrase (the other slots at their first choice, gaps empty),
 * read as a runner's text, and must be found again.
 */
function writtenOut(phrase: string, slot: number, choice: string): string {
  return phrase
    .split(' ')
    .map((element, index) => {
      if (element.startsWith('~')) return '';
      const options = element.startsWith('[') ? element.slice(1, -1) : element;
      const word = index === slot ? choice : (options.split('|')[0] ?? '');
      return word.replace(/[=*]$/, '').replaceAll('_', ' ').replace(/^#$/, '5');
    })
    .filter((word) => word !== '')
    .join(' ');
}

const cases: [string, string][] = [];
for (const sign of ALL_SIGNS) {
  for (const phrase of new Set(sign.phrases)) {
    if (phrase.startsWith('/')) continue; // a raw pattern: its own unit cases cover it
    phrase.split(' ').forEach((element, slot) => {
      if (element.startsWith('~')) return;
      const options = element.startsWith('[') ? element.slice(1, -1) : element;
      for (const choice of options.split('|')) {
        cases.push([`${sign.id}: ${phrase}`, writtenOut(phrase, slot, choice)]);
      }
    });
  }
}

describe('every word of every sign phrase survives the reading of a text', () => {
  it('covers the phrases', () => {
    expect(cases.length).toBeGreaterThan(5000);
  });

  it('finds each phrase again in its own words', () => {
    const dead = cases.filter(([where, text]) => {
      const pattern = compilePhrases([where.slice(where.indexOf(': ') + 2)]);
      return !pattern.test(parseText(text).lines);
    });
    expect(dead.map(([where, text]) => `${where} ← "${text}"`)).toEqual([]);
  });
});
