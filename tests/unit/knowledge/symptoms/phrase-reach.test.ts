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
/** The choices of one phrase element: "a|b" or "[a|b]" (optional). */
function choicesOf(element: string): string[] {
  return (element.startsWith('[') ? element.slice(1, -1) : element).split('|');
}

function writtenOut(elements: readonly string[], slot: number, choice: string): string {
  return elements
    .map((element, index) => {
      if (element.startsWith('~')) return '';
      const word = index === slot ? choice : (choicesOf(element)[0] ?? '');
      return word.replace(/[=*]$/, '').replaceAll('_', ' ').replace(/^#$/, '5');
    })
    .filter((word) => word !== '')
    .join(' ');
}

interface ReachCase {
  where: string;
  phrase: string;
  text: string;
}

const cases: ReachCase[] = [];
for (const sign of ALL_SIGNS) {
  for (const phrase of new Set(sign.phrases)) {
    if (phrase.startsWith('/')) continue; // a raw pattern: its own unit cases cover it
    const elements = phrase.split(' ');
    elements.forEach((element, slot) => {
      if (element.startsWith('~')) return;
      for (const choice of choicesOf(element)) {
        const text = writtenOut(elements, slot, choice);
        cases.push({ where: `${sign.id}: ${phrase}`, phrase, text });
      }
    });
  }
}

describe('every word of every sign phrase survives the reading of a text', () => {
  it('covers the phrases', () => {
    expect(cases.length).toBeGreaterThan(5000);
  });

  it('finds each phrase again in its own words', () => {
    const dead = cases.filter(
      ({ phrase, text }) => !compilePhrases([phrase]).test(parseText(text).lines),
    );
    expect(dead.map(({ where, text }) => `${where} ← "${text}"`)).toEqual([]);
  });
});
