/** The log form in miles: typed miles stored as km, stored km shown back as the miles typed. */
import { describe, expect, it } from 'vitest';
import { draftOfRun, emptyDraft, readDraft } from '../../../../components/journal/run-draft';
import { sampleRun } from '../../knowledge/journal/sample';

const TODAY = '2025-05-14';

describe('the form in miles', () => {
  it('stores typed miles as kilometres and shows them back as typed', () => {
    const reading = readDraft({ ...emptyDraft(TODAY), distance: '3.1' }, TODAY, new Set(), 'mi');
    expect(reading.ok && reading.fields.distanceKm).toBe(4.989);
    if (!reading.ok) return;
    const stored = { ...sampleRun(TODAY), ...reading.fields };
    expect(draftOfRun(stored, 'mi').distance).toBe('3.1');
    expect(draftOfRun(stored, 'km').distance).toBe('4.99');
  });

  it('asks for miles when the distance is wrong', () => {
    const reading = readDraft({ ...emptyDraft(TODAY), distance: '200' }, TODAY, new Set(), 'mi');
    expect(!reading.ok && reading.problems.distanceKm).toBe(
      'Enter the distance in miles, more than 0 and at most 186.',
    );
  });

  it("takes a new pair's distance so far in miles too", () => {
    const reading = readDraft(
      { ...emptyDraft(TODAY), distance: '3', shoe: 'new', newShoeName: 'Blue', newShoeKm: '100' },
      TODAY,
      new Set(),
      'mi',
    );
    expect(reading.ok && reading.newShoe?.startKm).toBe(160.934);
  });
});
