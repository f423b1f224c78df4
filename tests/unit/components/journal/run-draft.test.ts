/** The log form's model: typed text in, a run or messages out; stored runs back into the form. */
import { describe, expect, it } from 'vitest';
import {
  applySuggestion,
  draftOfRun,
  emptyDraft,
  formatDuration,
  parseDecimal,
  parseDuration,
  readDraft,
  suggestionFrom,
  usesSuggestion,
} from '../../../../components/journal/run-draft';
import { sampleRun } from '../../knowledge/journal/sample';

const TODAY = '2025-05-14';

describe('reading numbers as runners type them', () => {
  it('accepts a decimal point or comma', () => {
    expect(parseDecimal('5.2')).toBe(5.2);
    expect(parseDecimal(' 5,2 ')).toBe(5.2);
    expect(parseDecimal('10')).toBe(10);
    expect(parseDecimal('5 km')).toBeNaN();
    expect(parseDecimal('')).toBeNaN();
  });

  it('reads minutes, min:s and h:min:s', () => {
    expect(parseDuration('45')).toBe(45);
    expect(parseDuration('45:30')).toBe(45.5);
    expect(parseDuration('1:05:00')).toBe(65);
    expect(parseDuration('45:75')).toBeNaN();
    expect(parseDuration('a:b')).toBeNaN();
    expect(formatDuration(45.5)).toBe('45:30');
    expect(formatDuration(65)).toBe('65');
  });
});

describe('the form', () => {
  it('starts on today with nothing else chosen: no distance, surface, shoes or pain', () => {
    expect(emptyDraft(TODAY)).toMatchObject({
      date: TODAY,
      distance: '',
      surface: null,
      shoe: 'none',
      newShoeKm: '',
      painBefore: '',
      painDuring: '',
      painAfter: '',
      painNextMorning: '',
      painCharacter: null,
      zones: [],
      warmedUp: false,
    });
  });

  it('offers "Same as last run: 8.05 km, track, Pegasus" that I take, or take back to blank', () => {
    const last = sampleRun('2025-05-10', { surface: 'track', shoeId: 3, distanceKm: 8.05 });
    const suggestion = suggestionFrom(last, 'km', new Map([[3, 'Pegasus']]));
    expect(suggestion.label).toBe('8.05 km, track, Pegasus');
    const blank = emptyDraft(TODAY);
    expect(usesSuggestion(blank, suggestion)).toBe(false);
    const taken = applySuggestion(blank, suggestion, true);
    expect(taken).toMatchObject({ distance: '8.05', surface: 'track', shoe: '3' });
    expect(usesSuggestion(taken, suggestion)).toBe(true);
    // Changing the distance afterwards: the tick box no longer says "same as last run".
    expect(usesSuggestion({ ...taken, distance: '10' }, suggestion)).toBe(false);
    expect(applySuggestion(taken, suggestion, false)).toMatchObject({
      distance: '',
      surface: null,
      shoe: 'none',
    });
  });

  it('words the suggestion in my unit, and leaves out retired shoes and an unsaid surface', () => {
    const last = sampleRun('2025-05-10', { surface: null, shoeId: 3, distanceKm: 8.05 });
    const suggestion = suggestionFrom(last, 'mi', new Map());
    expect(suggestion).toEqual({ distance: '5', surface: null, shoe: 'none', label: '5 mi' });
  });

  it('saves a surface I did not choose as not recorded', () => {
    const reading = readDraft({ ...emptyDraft(TODAY), distance: '5' }, TODAY, new Set());
    expect(reading).toMatchObject({ ok: true, fields: { surface: null, shoeId: null } });
  });

  it('counts an empty "already run in them" as a new pair', () => {
    const reading = readDraft(
      { ...emptyDraft(TODAY), distance: '5', shoe: 'new', newShoeName: 'Clifton' },
      TODAY,
      new Set(),
    );
    expect(reading).toMatchObject({ ok: true, newShoe: { name: 'Clifton', startKm: 0 } });
  });

  it('needs only a distance, and saves skipped pain boxes as not recorded, never 0', () => {
    const reading = readDraft({ ...emptyDraft(TODAY), distance: '6,5' }, TODAY, new Set());
    expect(reading).toMatchObject({
      ok: true,
      fields: {
        date: TODAY,
        distanceKm: 6.5,
        durationMin: null,
        pain: { before: null, during: null, after: null, nextMorning: null },
        painCharacter: null,
      },
    });
  });

  it('keeps a typed 0 as 0, apart from a blank', () => {
    const reading = readDraft(
      { ...emptyDraft(TODAY), distance: '5', painBefore: '0', painDuring: ' ', painAfter: '4' },
      TODAY,
      new Set(),
    );
    expect(reading.ok && reading.fields.pain).toEqual({
      before: 0,
      during: null,
      after: 4,
      nextMorning: null,
    });
  });

  it('puts a message on each wrong field', () => {
    const reading = readDraft(
      {
        ...emptyDraft(TODAY),
        distance: 'far',
        duration: '1:99',
        painDuring: '11',
        painNextMorning: 'x',
        shoe: 'new',
        newShoeName: '',
      },
      TODAY,
      new Set(),
    );
    expect(reading).toEqual({
      ok: false,
      problems: {
        distanceKm: 'Enter the distance in km, more than 0.',
        durationMin: 'Enter the time in minutes (more than 0), or leave it empty.',
        painDuring: 'Pain during the run must be a whole number from 0 to 10.',
        painNextMorning: 'Next-morning pain must be a whole number from 0 to 10, or empty.',
        newShoeName: 'Give the pair a name, such as "Blue Pegasus".',
      },
    });
  });

  it('reads a new pair of shoes', () => {
    const reading = readDraft(
      {
        ...emptyDraft(TODAY),
        distance: '5',
        shoe: 'new',
        newShoeName: ' Blue ',
        newShoeKm: '12,5',
      },
      TODAY,
      new Set(),
    );
    expect(reading).toMatchObject({
      ok: true,
      fields: { shoeId: null },
      newShoe: { name: 'Blue', startKm: 12.5 },
    });
  });

  it('round-trips a stored run through the form', () => {
    const run = sampleRun('2025-05-12', {
      distanceKm: 8.4,
      durationMin: 45.5,
      shoeId: 2,
      limp: true,
      painCharacter: 'sharp',
      zones: ['groin'],
      pain: { before: 1, during: 4, after: 3, nextMorning: 2 },
      notes: 'hills',
    });
    const reading = readDraft(draftOfRun(run), TODAY, new Set([2]));
    const { id: _id, createdAt: _c, updatedAt: _u, ...fields } = run;
    expect(reading).toEqual({ ok: true, fields });
  });

  it('round-trips blank pain scores as blank boxes', () => {
    const run = sampleRun('2025-05-12', {
      pain: { before: null, during: 5, after: null, nextMorning: null },
    });
    const draft = draftOfRun(run);
    expect([draft.painBefore, draft.painDuring, draft.painAfter]).toEqual(['', '5', '']);
    const reading = readDraft(draft, TODAY, new Set());
    expect(reading.ok && reading.fields.pain).toEqual(run.pain);
  });
});
