/** The log form's model: typed text in, a run or messages out; stored runs back into the form. */
import { describe, expect, it } from 'vitest';
import {
  draftOfRun,
  emptyDraft,
  formatDuration,
  parseDecimal,
  parseDuration,
  readDraft,
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
  it('starts on today, with the last run’s surface and shoes and no pain', () => {
    const draft = emptyDraft(TODAY, sampleRun('2025-05-10', { surface: 'track', shoeId: 3 }));
    expect(draft).toMatchObject({
      date: TODAY,
      distance: '',
      surface: 'track',
      shoe: '3',
      painBefore: '0',
      painNextMorning: '',
    });
  });

  it('needs only a distance for a painless run', () => {
    const reading = readDraft({ ...emptyDraft(TODAY), distance: '6,5' }, TODAY, new Set());
    expect(reading).toMatchObject({
      ok: true,
      fields: { date: TODAY, distanceKm: 6.5, durationMin: null, pain: { nextMorning: null } },
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
});
