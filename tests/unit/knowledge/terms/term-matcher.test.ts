import { describe, expect, it } from 'vitest';
import {
  compileTerms,
  createTermMatcher,
  type TermHit,
  termRegExp,
} from '../../../../knowledge/terms/term-matcher';
import type { GlossaryTerm } from '../../../../knowledge/types';

function term(id: string, name: string, variants: string[] = []): GlossaryTerm {
  return { id, name, variants, card: `${name}.`, entry: 'habits', category: 'anatomy' };
}

const TERMS = [
  term('it-band', 'IT band', ['iliotibial band', 'itb', 'itband']),
  term('itbs', 'IT band syndrome', ['itbs', 'iliotibial band syndrome']),
  term('bursa', 'Bursa', ['bursae']),
  term('hamstrings', 'Hamstring'),
  term('tendon', 'Tendon'),
  term('band', 'Band'),
  term('fai', 'FAI', ['femoroacetabular impingement']),
];
const matcher = createTermMatcher(compileTerms(TERMS));

/** Marks each hit as [[text]], so a failing test reads like the page. */
function marked(text: string, hits: TermHit[] = matcher.findTerms(text)): string {
  let out = '';
  let at = 0;
  for (const hit of hits) {
    out += `${text.slice(at, hit.start)}[[${text.slice(hit.start, hit.end)}]]`;
    at = hit.end;
  }
  return out + text.slice(at);
}

describe('findTerms', () => {
  it('finds terms case-insensitively and reports which term each hit is', () => {
    const text = 'My ITB is tight and my Iliotibial Band hurts.';
    expect(marked(text)).toBe('My [[ITB]] is tight and my [[Iliotibial Band]] hurts.');
    expect(matcher.findTerms(text).map((hit) => hit.termId)).toEqual(['it-band', 'it-band']);
  });

  it('lets the longest term win where terms overlap', () => {
    expect(marked('Classic IT band syndrome, not just a tight IT band.')).toBe(
      'Classic [[IT band syndrome]], not just a tight [[IT band]].',
    );
    expect(matcher.findTerms('iliotibial band syndrome')[0]?.termId).toBe('itbs');
  });

  it('falls back to the shorter term when the longer one is cut short', () => {
    expect(marked('IT band syndromex and IT band synd.')).toBe(
      '[[IT band]] syndromex and [[IT band]] synd.',
    );
    expect(marked('Bursae, bursas and bursa.')).toBe('[[Bursae]], [[bursas]] and [[bursa]].');
  });

  it('matches whole words only, never inside a longer word', () => {
    expect(marked('A bandage, a headband, bandwidth and tendonitis.')).toBe(
      'A bandage, a headband, bandwidth and tendonitis.',
    );
    expect(marked('tendoné and éband stay unmarked')).toBe('tendoné and éband stay unmarked');
    expect(marked('A band.')).toBe('A [[band]].');
  });

  it('matches plurals and possessives, straight and curly', () => {
    expect(marked("Both hamstrings; the hamstring’s origin; the hamstrings' tone")).toBe(
      "Both [[hamstrings]]; the [[hamstring’s]] origin; the [[hamstrings']] tone",
    );
    expect(marked('Tendons and bursae.')).toBe('[[Tendons]] and [[bursae]].');
  });

  it('treats hyphens, no-break spaces and line breaks inside a term as a space', () => {
    expect(marked('IT-band, IT\u00a0band, IT\n  band and ITband')).toBe(
      '[[IT-band]], [[IT\u00a0band]], [[IT\n  band]] and [[ITband]]',
    );
  });

  it('reads past soft hyphens and zero-width characters inside words, with offsets into the original', () => {
    const text = 'Ten\u00addon pain and IT\u00a0ban\u200bd trouble.';
    expect(marked(text)).toBe('[[Ten\u00addon]] pain and [[IT\u00a0ban\u200bd]] trouble.');
  });

  it('handles accents, emoji and right-to-left text around terms', () => {
    expect(marked('Café ITB 🏃‍♀️ ITB🔥 and tendon\u0301s stay whole')).toBe(
      'Café [[ITB]] 🏃‍♀️ [[ITB]]🔥 and tendon\u0301s stay whole',
    );
    expect(marked('אני רץ עם ITBS כבר חודש')).toBe('אני רץ עם [[ITBS]] כבר חודש');
  });

  it('ends words at dashes, curly quotes and no-break spaces, but not at letters beyond ASCII', () => {
    expect(marked('ITB\u2014bursa\u2026 \u201cFAI\u201d\u00a0tendon\u2009band')).toBe(
      '[[ITB]]\u2014[[bursa]]\u2026 \u201c[[FAI]]\u201d\u00a0[[tendon]]\u2009[[band]]',
    );
    expect(marked('bandª ITBé ²tendon µbursa')).toBe('bandª ITBé ²tendon µbursa');
  });

  it('keeps exact offsets in text whose lowercase is longer (İ) and in shouting capitals', () => {
    // "İ".toLowerCase() is two characters: the matcher must not read offsets from lowered text.
    const text = 'İzmir İİ TRACK: TIGHT ITB, then IT BAND SYNDROME.';
    expect(marked(text)).toBe('İzmir İİ TRACK: TIGHT [[ITB]], then [[IT BAND SYNDROME]].');
    expect(marked('İ ITB İ')).toBe('İ [[ITB]] İ');
  });

  it('survives punctuation around terms and reports exact offsets', () => {
    const text = '(FAI), "ITBS"! femoroacetabular impingement.';
    expect(marked(text)).toBe('([[FAI]]), "[[ITBS]]"! [[femoroacetabular impingement]].');
    const [first] = matcher.findTerms(text);
    expect(first).toEqual({ start: 1, end: 4, termId: 'fai' });
  });

  it('is not thrown by the characters the compiled trie is written with', () => {
    // "<", "?", ">", "(", "|" and ")" structure the shipped trie: in text they are punctuation.
    const text = 'IT|band (ITB) it<band> IT(band) bursa?) FAI|';
    expect(marked(text)).toBe(
      'IT|[[band]] ([[ITB]]) it<[[band]]> IT([[band]]) [[bursa]]?) [[FAI]]|',
    );
  });

  it('gives the same answer on repeated calls (no state left between texts)', () => {
    const text = 'ITB ITB';
    expect(matcher.findTerms(text)).toEqual(matcher.findTerms(text));
    expect(matcher.findTerms('')).toEqual([]);
  });

  it('works the same from a compiled glossary that went through JSON (as the build ships it)', () => {
    const shipped = createTermMatcher(JSON.parse(JSON.stringify(compileTerms(TERMS))));
    const text = 'Tight ITB, then IT band syndrome and sore hamstrings’.';
    expect(shipped.findTerms(text)).toEqual(matcher.findTerms(text));
    expect(marked(text, shipped.findTerms(text))).toBe(
      'Tight [[ITB]], then [[IT band syndrome]] and sore [[hamstrings’]].',
    );
  });

  it('refuses a glossary where two terms claim the same variant', () => {
    expect(() => compileTerms([term('a', 'Glute'), term('b', 'Glutes', ['glute'])])).toThrow(
      /glute/,
    );
  });

  it('flags hits of variants that need context, and only those', () => {
    const flagged = createTermMatcher(compileTerms(TERMS, { needingContext: ['itb', 'fai'] }));
    expect(flagged.findTerms('ITB, IT band, FAI.')).toEqual([
      { start: 0, end: 3, termId: 'it-band', needsContext: true },
      { start: 5, end: 12, termId: 'it-band' },
      { start: 14, end: 17, termId: 'fai', needsContext: true },
    ]);
    expect(() => compileTerms(TERMS, { needingContext: ['cadence'] })).toThrow(/cadence/);
  });

  it('gives tools the same matches as one regular expression (the benchmark’s mark.js)', () => {
    const text =
      'Tight ITB, IT-band syndrome, sore hamstrings’ and bursae; tendoné, bandwidth, (FAI).';
    const fromPattern = [...text.matchAll(termRegExp(TERMS))].map((m) => m[0]);
    expect(fromPattern).toEqual(
      matcher.findTerms(text).map((hit) => text.slice(hit.start, hit.end)),
    );
  });
});
