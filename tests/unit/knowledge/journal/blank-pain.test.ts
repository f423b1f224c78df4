/**
 * A pain box left blank is "not recorded", never 0: the field checks accept it, a backup keeps it,
 * the CSV leaves the cell empty, and every average leaves it out. Runs stored before blanks were
 * allowed, with a number in every box, stay valid.
 */
import { describe, expect, it } from 'vitest';
import { createBackup, readBackup, runsToCsv } from '../../../../knowledge/journal/backup';
import {
  mean,
  painBySurface,
  peakPain,
  shoeTotals,
  weeklyDistances,
} from '../../../../knowledge/journal/stats';
import { checkRunFields, type PainScores } from '../../../../knowledge/journal/types';
import { sampleRun, sampleShoe } from './sample';

const TODAY = '2025-05-14';
const BLANK: PainScores = { before: null, during: null, after: null, nextMorning: null };

describe('blank pain scores', () => {
  it('are valid in every box, beside old runs with a number in each', () => {
    expect(
      checkRunFields(sampleRun('2025-05-12', { painCharacter: null, pain: BLANK }), TODAY),
    ).toEqual({});
    expect(
      checkRunFields(
        sampleRun('2025-05-12', { pain: { before: 0, during: 0, after: 0, nextMorning: null } }),
        TODAY,
      ),
    ).toEqual({});
  });

  it('survive a backup and come back blank, not 0 or "no pain"', () => {
    const run = sampleRun('2025-05-12', {
      id: 1,
      painCharacter: null,
      pain: { ...BLANK, during: 4 },
    });
    const text = JSON.stringify(createBackup({ runs: [run], shoes: [], checks: [] }, new Date()));
    const reading = readBackup(text, TODAY);
    expect(reading.ok && reading.backup.runs[0]).toMatchObject({
      painCharacter: null,
      pain: { ...BLANK, during: 4 },
    });
  });

  it('leave their CSV cells empty', () => {
    const run = sampleRun('2025-05-12', { painCharacter: null, pain: { ...BLANK, after: 2 } });
    const row = runsToCsv([run], []).split('\r\n')[1] ?? '';
    // pain_character, then pain_before … pain_next_morning, then where_it_hurt and notes.
    expect(row.split(',').slice(-7, -2)).toEqual(['', '', '', '2', '']);
  });

  it('are left out of the worst pain and every average', () => {
    expect(peakPain({ pain: BLANK })).toBeNull();
    expect(peakPain({ pain: { ...BLANK, after: 3 } })).toBe(3);
    expect(mean([4, null, 2])).toBe(3);
    expect(mean([null, null])).toBeNull();

    const runs = [
      sampleRun('2025-05-01', { shoeId: 1, surface: 'road', pain: { ...BLANK, during: 4 } }),
      sampleRun('2025-05-02', { shoeId: 1, surface: 'road', pain: BLANK }),
      sampleRun('2025-05-03', { shoeId: 2, surface: 'track', pain: BLANK }),
    ];
    const [first, second] = shoeTotals(runs, [sampleShoe(1), sampleShoe(2)]);
    expect(first).toMatchObject({ runs: 2, painRuns: 1, meanPain: 4, totalKm: 10 });
    expect(second).toMatchObject({ runs: 1, painRuns: 0, meanPain: null });
    // The track has runs but no pain recorded on it: it has no average, not an average of 0.
    expect(painBySurface(runs)).toEqual([{ surface: 'road', runs: 1, distanceKm: 5, meanPain: 4 }]);
    // Distance still counts every run.
    expect(weeklyDistances(runs, TODAY, 3)[0]?.distanceKm).toBe(15);
  });
});
