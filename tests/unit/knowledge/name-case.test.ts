import { describe, expect, it } from 'vitest';
import { CONDITIONS } from '../../../knowledge/guide/conditions';
import { RED_FLAGS } from '../../../knowledge/guide/red-flags';
import { nameInSentence } from '../../../knowledge/name-case';
import { GLOSSARY } from '../../../knowledge/terms/glossary';

const EVERY_NAME = [
  ...CONDITIONS.map((condition) => condition.name),
  ...GLOSSARY.map((term) => term.name),
  ...RED_FLAGS.map((flag) => flag.title),
];

describe('names inside a sentence', () => {
  it('reads "Read about IT band syndrome", not "it band syndrome"', () => {
    expect(`Read about ${nameInSentence('IT band syndrome')}`).toBe('Read about IT band syndrome');
    expect(`Read about ${nameInSentence('Stress fracture')}`).toBe('Read about stress fracture');
    expect(nameInSentence('RED-S')).toBe('RED-S');
    expect(nameInSentence('X-ray')).toBe('X-ray');
  });

  it('keeps every acronym in every condition, term and warning-sign name', () => {
    for (const name of EVERY_NAME) {
      const inSentence = nameInSentence(name);
      // Only the first letter may change, and only to its lower case.
      expect(inSentence.slice(1), name).toBe(name.slice(1));
      for (const word of name.split(/[\s(),]+/)) {
        if (/[A-Z].*[A-Z]/.test(word)) expect(inSentence, name).toContain(word);
      }
    }
  });
});
