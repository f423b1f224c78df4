/**
 * Injury episodes: found when pain appears after a pain-free stretch, the days of an episode
 * counted, started automatically for the run that brings the pain back, and the look back at the
 * three weeks before the pain (distance by week, spikes by the journal's spike rule, new surfaces
 * and shoes). Blank pain is "not recorded": it neither starts nor ends an episode.
 */
import { describe, expect, it } from 'vitest';
import {
  beforeThePain,
  checkEpisodeFields,
  detectEpisodes,
  type EpisodeFields,
  episodeDays,
  episodesToShow,
  episodeToStart,
} from '../../../../knowledge/journal/episodes';
import { sampleRun } from './sample';

const TODAY = '2025-05-14';
const hurt = (date: string, during: number | null = 4) =>
  sampleRun(date, { pain: { during, after: null } });
const easy = (date: string, changes: Parameters<typeof sampleRun>[1] = {}) =>
  sampleRun(date, changes);
const episode = (start: string, end: string | null = null): EpisodeFields => ({
  start,
  end,
  // As an episode starts by itself: the runner has not counted other exercise yet.
  crossTrainingDays: null,
  whatHelped: '',
  notes: '',
});

describe('finding episodes in the runs', () => {
  it('starts one with the first painful run and ends it after two pain-free weeks', () => {
    const runs = [
      easy('2025-03-01'),
      hurt('2025-03-03'),
      hurt('2025-03-10'),
      easy('2025-03-15'),
      // 25 days after the last painful run: a new episode, still going on.
      hurt('2025-04-04'),
      hurt('2025-05-10'),
    ];
    expect(detectEpisodes(runs, TODAY)).toEqual([
      episode('2025-03-03', '2025-03-10'),
      episode('2025-04-04', '2025-04-04'),
      episode('2025-05-10', null),
    ]);
  });

  it('keeps pain within 13 days in the same episode, and ignores blank scores', () => {
    const runs = [hurt('2025-04-01'), hurt('2025-04-08', null), hurt('2025-04-14')];
    expect(detectEpisodes(runs, TODAY)).toEqual([episode('2025-04-01', '2025-04-14')]);
    expect(detectEpisodes([hurt('2025-04-01', null)], TODAY)).toEqual([]);
    expect(detectEpisodes([hurt('2025-04-01', 0)], TODAY)).toEqual([]);
  });
});

describe('starting an episode when a painful run is saved', () => {
  it('starts one for pain after a pain-free stretch, on the run’s date', () => {
    const run = hurt('2025-05-12');
    expect(episodeToStart(run, [easy('2025-05-01'), run], [])).toEqual(episode('2025-05-12'));
  });

  it('starts none for a run without pain, inside an episode, or soon after other pain', () => {
    const easyRun = easy('2025-05-12');
    expect(episodeToStart(easyRun, [easyRun], [])).toBeNull();
    const run = hurt('2025-05-12');
    expect(episodeToStart(run, [run], [episode('2025-05-01')])).toBeNull();
    expect(
      episodeToStart(run, [hurt('2025-05-02'), run], [episode('2025-04-20', '2025-05-02')]),
    ).toBeNull();
    expect(
      episodeToStart(run, [hurt('2025-04-20'), run], [episode('2025-04-20', '2025-04-20')]),
    ).toEqual(episode('2025-05-12'));
  });
});

describe('an episode’s days', () => {
  it('counts run days, the cross-training the runner noted, and rest', () => {
    const runs = [hurt('2025-05-01'), easy('2025-05-01'), easy('2025-05-04'), easy('2025-05-20')];
    expect(
      episodeDays({ ...episode('2025-05-01', '2025-05-10'), crossTrainingDays: 3 }, runs, TODAY),
    ).toEqual({
      days: 10,
      runDays: 2,
      crossTrainingDays: 3,
      importedCrossTrainingDays: 0,
      restDays: 5,
    });
    // An open episode counts to today.
    expect(episodeDays(episode('2025-05-10'), runs, TODAY)).toMatchObject({ days: 5, runDays: 0 });
    // Until the runner counts other exercise, the days without a run are not called rest.
    expect(episodeDays(episode('2025-05-01', '2025-05-10'), runs, TODAY)).toEqual({
      days: 10,
      runDays: 2,
      crossTrainingDays: 0,
      importedCrossTrainingDays: 0,
      restDays: null,
    });
  });

  it('counts imported cross-training days, not on run days, not twice with the runner’s count', () => {
    const runs = [hurt('2025-05-01'), easy('2025-05-04')];
    // Rides on 2, 3 and 4 May (a run that day too: a run day) and one after the episode.
    const rides = ['2025-05-02', '2025-05-03', '2025-05-04', '2025-05-12'];
    // Not counted by the runner yet: the imported days are known, the rest is not said.
    const days = episodeDays(episode('2025-05-01', '2025-05-10'), runs, TODAY, rides);
    expect(days).toEqual({
      days: 10,
      runDays: 2,
      crossTrainingDays: 2,
      importedCrossTrainingDays: 2,
      restDays: null,
    });
    // The runner counted 4 days, the imported two among them: 4, not 6.
    expect(
      episodeDays(
        { ...episode('2025-05-01', '2025-05-10'), crossTrainingDays: 4 },
        runs,
        TODAY,
        rides,
      ),
    ).toMatchObject({ crossTrainingDays: 4, restDays: 4 });
  });
});

describe('what changed before the pain', () => {
  it('gives the three weeks’ distance, the spikes, and new surfaces and shoes', () => {
    const runs = [
      // The usual: road in pair 1.
      easy('2025-03-20', { distanceKm: 8, surface: 'road', shoeId: 1 }),
      easy('2025-04-10', { distanceKm: 8, surface: 'road', shoeId: 1 }),
      // The three weeks before 12 May: 21 Apr – 11 May.
      easy('2025-04-22', { distanceKm: 8, surface: 'road', shoeId: 1 }),
      easy('2025-04-29', { distanceKm: 8, surface: 'trail', shoeId: 2 }),
      easy('2025-05-03', { distanceKm: 10, surface: 'road', shoeId: 1 }),
      easy('2025-05-06', { distanceKm: 14, surface: 'trail', shoeId: 2 }),
      hurt('2025-05-12'),
    ];
    const look = beforeThePain(runs, '2025-05-12');
    expect(look.weeks).toEqual([
      { start: '2025-04-21', end: '2025-04-27', distanceKm: 8, runs: 1 },
      { start: '2025-04-28', end: '2025-05-04', distanceKm: 18, runs: 2 },
      { start: '2025-05-05', end: '2025-05-11', distanceKm: 14, runs: 1 },
    ]);
    // 10 km on 3 May is 25% over the 8 km before it; 14 km on 6 May is 40% over 10 km.
    expect(look.spikes.map((spike) => [spike.run.date, spike.percent])).toEqual([
      ['2025-05-03', 25],
      ['2025-05-06', 40],
    ]);
    expect(look.newSurfaces).toEqual([{ value: 'trail', date: '2025-04-29' }]);
    expect(look.newShoes).toEqual([{ value: 2, date: '2025-04-29' }]);
  });

  it('calls nothing new without runs in the six weeks before to compare with', () => {
    const look = beforeThePain(
      [easy('2025-05-01', { surface: 'track', shoeId: 3 }), hurt('2025-05-12')],
      '2025-05-12',
    );
    expect(look.hasUsualRuns).toBe(false);
    expect(look.newSurfaces).toEqual([]);
    expect(look.newShoes).toEqual([]);
  });
});

describe('checking an episode', () => {
  it('accepts a valid one and names each wrong field', () => {
    expect(checkEpisodeFields(episode('2025-05-01', '2025-05-10'), TODAY)).toEqual({});
    expect(
      checkEpisodeFields(
        { ...episode('2025-05-20', '2025-05-01'), crossTrainingDays: -1, notes: 'x'.repeat(2001) },
        TODAY,
      ),
    ).toEqual({
      start: 'The start cannot be in the future.',
      end: 'The end cannot come before the start.',
      crossTrainingDays:
        'Enter the days of other exercise as a whole number, 0 or more, or leave it empty.',
      notes: 'This can be at most 2000 characters.',
    });
  });
});

describe('the episodes to show', () => {
  it('keeps the stored ones and adds those found in the runs that none covers, latest first', () => {
    const runs = [hurt('2025-03-01'), hurt('2025-04-20'), hurt('2025-04-25')];
    const stored = [{ ...episode('2025-04-18', '2025-05-01'), whatHelped: 'Rest' }];
    expect(
      episodesToShow(stored, runs, TODAY).map((shown) => [shown.start, shown.whatHelped]),
    ).toEqual([
      ['2025-04-18', 'Rest'],
      ['2025-03-01', ''],
    ]);
  });
});
