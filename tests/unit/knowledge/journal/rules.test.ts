/**
 * Every "speak up" rule fires when its pattern is in the journal and stays silent when it is not,
 * including the near misses at each threshold and the cases issue #12 found silent (7/10 before
 * and during, pain after the run, week-on-week worsening, bone stress off the road). A blank pain
 * score is "not recorded" and never counts as 0. Today is Wednesday 14 May 2025 throughout.
 */
import { describe, expect, it } from 'vitest';
import { HABITS } from '../../../../knowledge/guide/habits';
import { inLocalWords } from '../../../../knowledge/guide/local-care';
import {
  boneStressRule,
  type JournalWarning,
  journalWarnings,
  limpRule,
  painRisingWeeklyRule,
  painTooHighRule,
  RULE_IDS,
  runSpike,
  runSpikeRule,
  turnedSharpRule,
  weeklyJump,
  weeklyJumpRule,
  weeklyPainRise,
  wornShoesRule,
  worseNextMorningRule,
} from '../../../../knowledge/journal/rules';
import type { JournalRun, PainScores, SurfaceId } from '../../../../knowledge/journal/types';
import { formatRoute } from '../../../../knowledge/routes';
import { CONDITION_IDS, RED_FLAG_IDS, type ZoneId } from '../../../../knowledge/types';
import { sampleRun, sampleShoe } from './sample';

const TODAY = '2025-05-14';
const BLANK: PainScores = { before: null, during: null, after: null, nextMorning: null };

function weekOfRuns(monday: string, kms: number[]): JournalRun[] {
  const start = Date.parse(`${monday}T00:00:00Z`);
  return kms.map((km, index) =>
    sampleRun(new Date(start + index * 86_400_000).toISOString().slice(0, 10), { distanceKm: km }),
  );
}

/** A run with pain only where given: every other score blank. */
function painRun(date: string, pain: Partial<PainScores>, changes: Partial<JournalRun> = {}) {
  return sampleRun(date, { ...changes, pain: { ...BLANK, ...pain } });
}

/** Everything a runner reads in a warning. */
function words(warning: JournalWarning): string {
  return `${warning.title}. ${warning.reason} ${warning.routeLabel}. ${warning.basis}`;
}

const LOAD_ADVICE = /shorter|slower|softer|easier|cut back|build towards|add distance|replace/i;

describe('pain above 5 out of 10, whatever the baseline', () => {
  it('speaks up at 7/10 before and during a run', () => {
    const warning = painTooHighRule(
      [sampleRun('2025-05-12', { pain: { before: 7, during: 7, after: 5 } })],
      TODAY,
      'km',
    );
    expect(warning?.severity).toBe('change-training');
    expect(warning?.title).toBe('Too much pain: rest until it settles');
    expect(warning?.reason).toContain(
      'On 12 May (5 km, trail) your pain was 7 before the run and 7 during it, out of 10.',
    );
    expect(warning?.basis).toContain('Silbernagel');
    expect(formatRoute(warning?.route ?? { view: 'home' })).toBe(
      'habits?item=warm-up-and-know-your-limit',
    );
  });

  it('names the run without a surface when none was given, never guessing road', () => {
    const warning = painTooHighRule(
      [sampleRun('2025-05-12', { surface: null, pain: { during: 7 } })],
      TODAY,
      'km',
    );
    expect(warning?.reason).toContain('On 12 May (5 km) your pain was 7 during it');
  });

  it('speaks up for pain after the run, and for the next morning', () => {
    expect(
      painTooHighRule([sampleRun('2025-05-12', { pain: { after: 6 } })], TODAY)?.reason,
    ).toContain('your pain was 6 after it, out of 10');
    expect(
      painTooHighRule([sampleRun('2025-05-12', { pain: { nextMorning: 6 } })], TODAY)?.reason,
    ).toContain('your pain was 6 the next morning, out of 10');
  });

  it('is silent at exactly 5, and for runs more than two weeks ago', () => {
    expect(
      painTooHighRule(
        [sampleRun('2025-05-12', { pain: { before: 5, during: 5, after: 5, nextMorning: 5 } })],
        TODAY,
      ),
    ).toBeNull();
    expect(painTooHighRule([sampleRun('2025-04-30', { pain: { during: 8 } })], TODAY)).toBeNull();
  });

  it('never tells a runner with groin or front-hip pain to go shorter, slower or softer', () => {
    for (const zone of ['groin', 'front-hip'] as ZoneId[]) {
      const warning = painTooHighRule(
        [sampleRun('2025-05-12', { zones: [zone], pain: { during: 6 } })],
        TODAY,
        'km',
      );
      expect(warning?.advice).toBe('stop-get-seen-soon');
      expect(warning?.severity).toBe('see-a-professional');
      expect(warning?.reason).toContain('do not run again until it has settled');
      expect(words(warning as JournalWarning)).not.toMatch(LOAD_ADVICE);
      expect(formatRoute(warning?.route ?? { view: 'home' })).toBe('condition/stress-fracture');
    }
  });
});

describe('an ache that turned sharp', () => {
  it('fires when an ache turned sharp during a run', () => {
    const run = sampleRun('2025-05-13', { painCharacter: 'ache-to-sharp', pain: { during: 2 } });
    expect(turnedSharpRule([run], TODAY)?.reason).toContain('turned from an ache to sharp');
  });

  it('is silent for a sharp pain that did not change, or an ache', () => {
    expect(
      turnedSharpRule([sampleRun('2025-05-13', { painCharacter: 'sharp' })], TODAY),
    ).toBeNull();
    expect(turnedSharpRule([sampleRun('2025-05-13', { painCharacter: 'ache' })], TODAY)).toBeNull();
  });
});

describe('next-morning pain worse than the morning before', () => {
  it('fires when the next morning is worse than before the run', () => {
    const warning = worseNextMorningRule(
      [sampleRun('2025-05-12', { pain: { before: 1, nextMorning: 3 } })],
      TODAY,
    );
    expect(warning?.title).toBe('Back off: the hip has not settled');
    expect(warning?.reason).toContain('your pain was 3, worse than the 1 the morning before');
  });

  it("compares with the previous day's next-morning score, which is that very morning", () => {
    const runs = [
      painRun('2025-05-11', { nextMorning: 2 }),
      painRun('2025-05-12', { before: 1, nextMorning: 3 }),
    ];
    expect(worseNextMorningRule(runs, TODAY)?.reason).toContain(
      'your pain was 3, worse than the 2 the morning before',
    );
    // Same score as that morning: no worse, even though it is above pain before the run.
    const steady = [
      painRun('2025-05-11', { nextMorning: 3 }),
      painRun('2025-05-12', { before: 1, nextMorning: 3 }),
    ];
    expect(worseNextMorningRule(steady, TODAY)).toBeNull();
  });

  it('is silent when the morning is blank, no worse, long ago, or has nothing to compare with', () => {
    expect(
      worseNextMorningRule([sampleRun('2025-05-12', { pain: { before: 1 } })], TODAY),
    ).toBeNull();
    expect(
      worseNextMorningRule(
        [sampleRun('2025-05-12', { pain: { before: 2, nextMorning: 2 } })],
        TODAY,
      ),
    ).toBeNull();
    expect(
      worseNextMorningRule(
        [sampleRun('2025-04-20', { pain: { before: 0, nextMorning: 5 } })],
        TODAY,
      ),
    ).toBeNull();
    // Pain before the run left blank is not 0: a 3 next morning is not "worse than 0".
    expect(worseNextMorningRule([painRun('2025-05-12', { nextMorning: 3 })], TODAY)).toBeNull();
  });
});

describe('weekly average pain rising two weeks running', () => {
  const weeks = (peaks: (number | null)[], mondays: string[]) =>
    peaks.map((peak, index) => painRun(mondays[index] ?? '', { during: peak }));

  it('fires when each of three weeks is worse than the one before', () => {
    const runs = weeks([1, 2, 3], ['2025-04-28', '2025-05-05', '2025-05-12']);
    const warning = painRisingWeeklyRule(runs, TODAY);
    expect(warning?.reason).toContain(
      'Your average worst pain per run has gone up two weeks running: 1 → 2 → 3 out of 10 in ' +
        'the weeks of 28 Apr, 5 May and 12 May.',
    );
    expect(warning?.basis).toContain('Pain should not rise from week to week');
  });

  it('fires on the three weeks up to last week when this week has no run yet', () => {
    const runs = weeks([1, 2, 3], ['2025-04-21', '2025-04-28', '2025-05-05']);
    expect(weeklyPainRise(runs, TODAY)?.map((week) => week.start)).toEqual([
      '2025-04-21',
      '2025-04-28',
      '2025-05-05',
    ]);
  });

  it('is silent for one rise only, a steady week, or a dip', () => {
    const mondays = ['2025-04-28', '2025-05-05', '2025-05-12'];
    expect(painRisingWeeklyRule(weeks([2, 2, 3], mondays), TODAY)).toBeNull();
    expect(painRisingWeeklyRule(weeks([1, 3, 2], mondays), TODAY)).toBeNull();
  });

  it('leaves blank scores out of the averages, never counting them as 0', () => {
    // A blank week would be a "0" week and make 0 → 1 → 2 look like a rise.
    const runs = weeks([null, 1, 2], ['2025-04-28', '2025-05-05', '2025-05-12']);
    expect(painRisingWeeklyRule(runs, TODAY)).toBeNull();
    // A blank run beside a 4 leaves the week at 4, not 2: 3 → 3.5 → 4 still rises.
    const withBlank = [
      ...weeks([3, 3.5, 4], ['2025-04-28', '2025-05-05', '2025-05-12']),
      painRun('2025-05-13', {}),
    ];
    expect(weeklyPainRise(withBlank, TODAY)?.map((week) => week.meanPain)).toEqual([3, 3.5, 4]);
  });
});

describe('a limp', () => {
  it('fires on any recent limp: stop running and get seen today', () => {
    const warning = limpRule([sampleRun('2025-05-10', { limp: true })], TODAY);
    expect(warning?.severity).toBe('see-a-professional');
    expect(warning?.advice).toBe('stop-get-seen-today');
    expect(warning?.title).toBe('Stop running and get seen today');
    expect(warning?.reason).toContain('see a doctor today');
    expect(formatRoute(warning?.route ?? { view: 'home' })).toBe('red-flags?item=bone-stress');
  });

  it('says where to get help in the reader’s own words', () => {
    const reason = limpRule([sampleRun('2025-05-10', { limp: true })], TODAY)?.reason ?? '';
    expect(inLocalWords(reason, 'en-GB')).toContain('(your GP or NHS 111)');
    expect(inLocalWords(reason, 'en-GB')).toContain('go to A&E now');
    expect(inLocalWords(reason, 'en-US')).toContain('go to the emergency room now');
    expect(inLocalWords(reason, 'en-US')).not.toMatch(/NHS|A&E|\{/);
  });

  it('is silent without a limp, or for a limp more than two weeks ago', () => {
    expect(limpRule([sampleRun('2025-05-10')], TODAY)).toBeNull();
    expect(limpRule([sampleRun('2025-04-29', { limp: true })], TODAY)).toBeNull();
  });
});

describe('bone stress: groin or front-hip pain rising over two runs, on any surface', () => {
  const hip = (date: string, peak: number | null, surface: SurfaceId, zone: ZoneId = 'groin') =>
    painRun(date, { before: 1, during: peak }, { zones: [zone], surface });

  it.each(['track', 'treadmill', 'trail', 'grass', 'road'] as SurfaceId[])(
    'fires for rising groin pain on %s',
    (surface) => {
      const warning = boneStressRule(
        [hip('2025-05-09', 2, surface), hip('2025-05-12', 3, surface)],
        TODAY,
        'km',
      );
      expect(warning?.severity).toBe('see-a-professional');
      expect(warning?.advice).toBe('stop-get-seen-today');
      expect(warning?.title).toBe('Stop running and get seen today: possible bone stress');
      expect(warning?.reason).toContain(
        'Your groin / inner hip pain rose from 2 out of 10 on 9 May',
      );
      expect(warning?.reason).toContain('see a doctor today');
      expect(warning?.reason).toContain('Do not test it by hopping');
      expect(formatRoute(warning?.route ?? { view: 'home' })).toBe('condition/stress-fracture');
    },
  );

  it('counts the front of the hip, and a track run followed by a treadmill run', () => {
    const runs = [hip('2025-05-09', 2, 'track', 'front-hip'), hip('2025-05-12', 4, 'treadmill')];
    expect(boneStressRule(runs, TODAY)?.reason).toMatch(
      /^Your groin \/ inner hip and .+ pain rose from 2 .+\(5 km, track\) to 4 .+\(5 km, treadmill\)/,
    );
  });

  it('is silent when the pain fell or held, with one run, or when it is elsewhere', () => {
    expect(
      boneStressRule([hip('2025-05-09', 4, 'road'), hip('2025-05-12', 3, 'road')], TODAY),
    ).toBeNull();
    expect(
      boneStressRule([hip('2025-05-09', 3, 'road'), hip('2025-05-12', 3, 'road')], TODAY),
    ).toBeNull();
    expect(boneStressRule([hip('2025-05-12', 6, 'road')], TODAY)).toBeNull();
    const outer = [
      hip('2025-05-09', 2, 'road', 'outer-hip'),
      hip('2025-05-12', 5, 'road', 'outer-hip'),
    ];
    expect(boneStressRule(outer, TODAY)).toBeNull();
  });

  it('keeps naming the rise when a later run hurt less', () => {
    const runs = [
      hip('2025-05-06', 3, 'road'),
      hip('2025-05-09', 6, 'road'),
      hip('2025-05-12', 5, 'trail'),
    ];
    expect(boneStressRule(runs, TODAY)?.reason).toContain('rose from 3 out of 10 on 6 May');
  });

  it('looks back four weeks for the earlier run, two for the later', () => {
    expect(
      boneStressRule([hip('2025-04-17', 2, 'road'), hip('2025-05-12', 4, 'road')], TODAY),
    ).not.toBeNull();
    expect(
      boneStressRule([hip('2025-04-17', 2, 'road'), hip('2025-04-30', 4, 'road')], TODAY),
    ).toBeNull();
    expect(
      boneStressRule([hip('2025-04-16', 2, 'road'), hip('2025-05-12', 4, 'road')], TODAY),
    ).toBeNull();
  });

  it('skips a run whose pain was left blank instead of reading it as 0', () => {
    // Read as 0, the blank would make 0 → 3 a rise.
    expect(
      boneStressRule([hip('2025-05-09', null, 'road'), hip('2025-05-12', 3, 'road')], TODAY),
    ).toBeNull();
    // The blank run between two recorded ones is passed over: 2 → 3 still rises.
    expect(
      boneStressRule(
        [
          hip('2025-05-06', 2, 'road'),
          hip('2025-05-09', null, 'road'),
          hip('2025-05-12', 3, 'road'),
        ],
        TODAY,
      ),
    ).not.toBeNull();
  });
});

describe('a single run more than 10% longer than the longest of the 30 days before', () => {
  const spikeAfter = (longest: number, km: number) =>
    runSpike(
      [
        sampleRun('2025-04-20', { distanceKm: longest }),
        sampleRun('2025-05-01', { distanceKm: longest / 2 }),
        sampleRun('2025-05-12', { distanceKm: km }),
      ],
      TODAY,
    );

  it('fires just above 110%', () => {
    expect(spikeAfter(10, 11.1)).toMatchObject({ longestKm: 10, percent: 11 });
    expect(spikeAfter(5, 5.6)).toMatchObject({ longestKm: 5, percent: 12 });
  });

  it('is silent at exactly 110% and just below', () => {
    expect(spikeAfter(10, 11)).toBeNull();
    expect(spikeAfter(10, 10.9)).toBeNull();
    expect(spikeAfter(5, 5.5)).toBeNull();
    // 6 × 1.1 is 6.6000000000000005 in floating point: 6.6 km is not a spike.
    expect(spikeAfter(6, 6.6)).toBeNull();
  });

  it('compares with the 30 days before the run only', () => {
    const runs = (oldDate: string) => [
      sampleRun(oldDate, { distanceKm: 20 }),
      sampleRun('2025-05-01', { distanceKm: 10 }),
      sampleRun('2025-05-12', { distanceKm: 12 }),
    ];
    // 12 April is 30 days before 12 May: its 20 km counts. 11 April is 31 days before: it does not.
    expect(runSpike(runs('2025-04-12'), TODAY)).toBeNull();
    expect(runSpike(runs('2025-04-11'), TODAY)).toMatchObject({ longestKm: 10, percent: 20 });
  });

  it('says which run, by how much, and what to do', () => {
    const warning = runSpikeRule(
      [sampleRun('2025-05-01', { distanceKm: 10 }), sampleRun('2025-05-12', { distanceKm: 15 })],
      TODAY,
      'km',
    );
    expect(warning?.reason).toContain(
      'Your 15 km run on 12 May was 50% longer than the longest run you logged in the 30 days ' +
        'before it (10 km).',
    );
    expect(warning?.basis).toContain('Frandsen et al., Br J Sports Med 2025;59:1203–1210');
  });

  it('is silent with nothing logged in the 30 days before, and for spikes over two weeks ago', () => {
    expect(runSpike([sampleRun('2025-05-12', { distanceKm: 30 })], TODAY)).toBeNull();
    expect(
      runSpike(
        [sampleRun('2025-04-20', { distanceKm: 5 }), sampleRun('2025-04-29', { distanceKm: 20 })],
        TODAY,
      ),
    ).toBeNull();
  });
});

describe('weekly distance up more than 30% on the week before', () => {
  const THREE_WEEKS = [
    ...weekOfRuns('2025-04-21', [5, 5, 5, 5]),
    ...weekOfRuns('2025-04-28', [5, 5, 5, 5]),
    ...weekOfRuns('2025-05-05', [5, 5, 5, 5]),
  ];

  it('gives a heads-up citing the study of novices it comes from', () => {
    const warning = weeklyJumpRule(
      [...THREE_WEEKS, ...weekOfRuns('2025-05-12', [10, 10, 7])],
      TODAY,
      'km',
    );
    expect(warning?.severity).toBe('heads-up');
    expect(warning?.reason).toBe(
      'You ran 27 km in the week of 12 May, 35% more than the 20 km of the week before. Bone, ' +
        'tendon and bursa adapt more slowly than heart and lungs; add distance in smaller steps.',
    );
    expect(warning?.basis).toContain('Nielsen et al., JOSPT 2014');
  });

  it('is silent at exactly 30%, for a young journal, and after an empty week', () => {
    expect(
      weeklyJump([...THREE_WEEKS, ...weekOfRuns('2025-05-12', [10, 10, 6])], TODAY),
    ).toBeNull();
    expect(weeklyJump(weekOfRuns('2025-05-12', [20]), TODAY)).toBeNull();
    expect(
      weeklyJump([...weekOfRuns('2025-04-28', [5]), ...weekOfRuns('2025-05-12', [20])], TODAY),
    ).toBeNull();
  });

  it('still fires early in the week after the jump', () => {
    const runs = [...weekOfRuns('2025-04-28', [10]), ...weekOfRuns('2025-05-05', [15, 15])];
    expect(weeklyJump(runs, TODAY)).toEqual({
      weekStart: '2025-05-05',
      distanceKm: 30,
      previousKm: 10,
      percent: 200,
    });
  });
});

describe('worn shoes', () => {
  it('gives a heads-up inside the 560–800 km replacement range', () => {
    const shoes = [sampleShoe(1, { name: 'Blue Pegasus', startKm: 500 })];
    const runs = [sampleRun('2025-05-01', { shoeId: 1, distanceKm: 60 })];
    const warning = wornShoesRule(runs, shoes);
    expect(warning?.severity).toBe('heads-up');
    expect(warning?.title).toBe('Check "Blue Pegasus" for wear');
    expect(warning?.reason).toContain('"Blue Pegasus" have done 560 km.');
  });

  it('asks to replace a pair past 800 km, naming the most worn and counting the others', () => {
    const shoes = [sampleShoe(1, { startKm: 600 }), sampleShoe(2, { name: 'Old', startKm: 790 })];
    const runs = [sampleRun('2025-05-01', { shoeId: 2, distanceKm: 10 })];
    const warning = wornShoesRule(runs, shoes);
    expect(warning?.severity).toBe('change-training');
    expect(warning?.title).toBe('Time to replace "Old"');
    expect(warning?.reason).toContain('"Old" have done 800 km (and 1 more pair).');
  });

  it('is silent below 560 km and for retired pairs', () => {
    expect(wornShoesRule([], [sampleShoe(1, { startKm: 559.9 })])).toBeNull();
    expect(wornShoesRule([], [sampleShoe(1, { startKm: 900, retired: true })])).toBeNull();
  });
});

describe('all warnings together', () => {
  /** A journal that sets off every rule that does not ask to stop running. */
  const EVERYTHING_BUT_STOP = [
    ...weekOfRuns('2025-04-28', [5]),
    painRun('2025-04-29', { during: 1 }),
    painRun('2025-05-05', { during: 2 }),
    ...weekOfRuns('2025-05-05', [5]),
    painRun('2025-05-12', { before: 1, during: 7, nextMorning: 3 }, { distanceKm: 9 }),
    sampleRun('2025-05-13', { painCharacter: 'ache-to-sharp', pain: { during: 3 } }),
  ];
  const SHOES = [sampleShoe(1, { startKm: 900 })];

  it('covers every rule, each linking to a guide entry that exists', () => {
    const adjust = journalWarnings(EVERYTHING_BUT_STOP, SHOES, TODAY, 'km');
    const stop = journalWarnings(
      [
        painRun('2025-05-09', { during: 2 }, { zones: ['groin'] }),
        painRun('2025-05-12', { during: 3 }, { zones: ['groin'], limp: true }),
      ],
      [],
      TODAY,
      'km',
    );
    const all = [...adjust, ...stop];
    expect(all.map((warning) => warning.rule).sort()).toEqual([...RULE_IDS].sort());
    for (const { route, routeLabel } of all) {
      if (route.view === 'condition') expect(CONDITION_IDS).toContain(route.id);
      else if (route.view === 'habits')
        expect(HABITS.find((habit) => habit.id === route.item)?.title).toBe(routeLabel);
      else if (route.view === 'red-flags') expect(RED_FLAG_IDS).toContain(route.item);
      else throw new Error(`Unexpected route ${formatRoute(route)}`);
    }
  });

  it('lists the most severe first, then in rule order', () => {
    const rules = journalWarnings(EVERYTHING_BUT_STOP, SHOES, TODAY, 'km').map((w) => w.rule);
    expect(rules).toEqual([
      'pain-too-high',
      'turned-sharp',
      'worse-next-morning',
      'pain-rising-weekly',
      'run-spike',
      'worn-shoes',
      'weekly-jump',
    ]);
  });

  it('drops advice to run on (shorter, softer, new shoes) when it says stop and get seen today', () => {
    // Issue #12: rising groin pain got "go shorter, slower or softer" beside the bone warning.
    const runs = [
      ...EVERYTHING_BUT_STOP,
      painRun('2025-05-10', { during: 3 }, { zones: ['groin'], surface: 'track' }),
      painRun('2025-05-14', { during: 6 }, { zones: ['groin'], surface: 'track', distanceKm: 12 }),
    ];
    const warnings = journalWarnings(runs, SHOES, TODAY, 'km');
    expect(warnings.map((warning) => warning.rule)).toEqual(['bone-stress']);
    for (const warning of warnings) expect(words(warning)).not.toMatch(LOAD_ADVICE);
  });

  it('keeps "today" and drops "within days" when both apply', () => {
    const warnings = journalWarnings(
      [
        painRun('2025-05-12', { during: 7 }, { zones: ['groin'] }),
        sampleRun('2025-05-13', { limp: true }),
      ],
      [],
      TODAY,
      'km',
    );
    expect(warnings.map((warning) => warning.rule)).toEqual(['limp']);
  });

  it('never gives groin pain load advice, with or without the bone-stress pattern', () => {
    const groin = [
      painRun('2025-05-06', { before: 2, nextMorning: 4 }, { zones: ['groin'] }),
      painRun('2025-05-13', { during: 6 }, { zones: ['groin'], painCharacter: 'ache-to-sharp' }),
    ];
    const withoutPattern = journalWarnings(groin, [], TODAY, 'km');
    expect(withoutPattern.map((warning) => warning.rule)).toEqual([
      'pain-too-high',
      'turned-sharp',
      'worse-next-morning',
    ]);
    const rising = [painRun('2025-05-05', { during: 1 }, { zones: ['groin'] }), ...groin];
    const withPattern = journalWarnings(rising, [], TODAY, 'km');
    expect(withPattern.map((warning) => warning.rule)).toEqual(['bone-stress']);
    for (const warning of [...withoutPattern, ...withPattern]) {
      expect(words(warning)).not.toMatch(LOAD_ADVICE);
    }
  });

  it('never says or hints that it is safe to run', () => {
    const journals = [
      EVERYTHING_BUT_STOP,
      [
        painRun('2025-05-09', { during: 2 }, { zones: ['groin'] }),
        painRun('2025-05-12', { during: 4 }, { zones: ['groin'] }),
      ],
      [sampleRun('2025-05-12', { limp: true })],
      [painRun('2025-05-12', { during: 6 }, { zones: ['front-hip'] })],
    ];
    for (const runs of journals) {
      for (const warning of journalWarnings(runs, [sampleShoe(1, { startKm: 600 })], TODAY, 'km')) {
        expect(words(warning)).not.toMatch(
          /\bsafe|fine to (run|carry)|ok(ay)? to (run|carry)|good to go|nothing to worry|keep running|carry on running/i,
        );
      }
    }
  });

  it('is empty for a calm journal, and for runs whose pain was left blank', () => {
    expect(
      journalWarnings(weekOfRuns('2025-05-05', [5, 5, 5]), [sampleShoe(1)], TODAY, 'km'),
    ).toEqual([]);
    const blanks = ['2025-05-06', '2025-05-09', '2025-05-12'].map((date) =>
      painRun(date, {}, { zones: ['groin'] }),
    );
    expect(journalWarnings(blanks, [], TODAY, 'km')).toEqual([]);
  });
});

describe('warnings in the runner’s unit', () => {
  it('give a spike, a weekly jump and a run label in miles to a runner who counts in miles', () => {
    const spike = runSpikeRule(
      [sampleRun('2025-05-01', { distanceKm: 10 }), sampleRun('2025-05-12', { distanceKm: 15 })],
      TODAY,
      'mi',
    );
    expect(spike?.reason).toContain(
      'Your 9.32 mi run on 12 May was 50% longer than the longest run you logged in the 30 days ' +
        'before it (6.21 mi).',
    );
    const jump = weeklyJumpRule(
      [...weekOfRuns('2025-05-05', [5, 5, 5, 5]), ...weekOfRuns('2025-05-12', [10, 10, 7])],
      TODAY,
      'mi',
    );
    expect(jump?.reason).toContain(
      'You ran 16.78 mi in the week of 12 May, 35% more than the 12.43 mi of the week before.',
    );
    const tooHigh = painTooHighRule(
      [sampleRun('2025-05-12', { distanceKm: 8, surface: 'trail', pain: { during: 7 } })],
      TODAY,
      'mi',
    );
    expect(tooHigh?.reason).toContain('On 12 May (4.97 mi, trail) your pain was 7 during it');
  });

  it('give a worn pair’s distance and the usual shoe life in miles', () => {
    // 350 miles is 563.3 km: the heads-up starts there for a runner who counts in miles.
    const runs = [sampleRun('2025-05-01', { shoeId: 1, distanceKm: 60 })];
    expect(wornShoesRule(runs, [sampleShoe(1, { startKm: 500 })], 'mi')).toBeNull();
    const shoes = [sampleShoe(1, { name: 'Blue Pegasus', startKm: 505 })];
    const reason = wornShoesRule(runs, shoes, 'mi')?.reason;
    expect(reason).toContain('"Blue Pegasus" have done 351 mi.');
    expect(reason).toContain('Running shoes usually last 350–500 miles');
    expect(reason).not.toContain('km');
  });

  it('never mention km in any warning given in miles', () => {
    const runs = [
      ...weekOfRuns('2025-04-28', [5, 5, 5]),
      ...weekOfRuns('2025-05-05', [5, 5, 5]),
      sampleRun('2025-05-12', {
        distanceKm: 12,
        pain: { during: 7 },
        painCharacter: 'ache-to-sharp',
      }),
      sampleRun('2025-05-13', { distanceKm: 12, shoeId: 1 }),
    ];
    const warnings = journalWarnings(runs, [sampleShoe(1, { startKm: 900 })], TODAY, 'mi');
    expect(warnings.length).toBeGreaterThanOrEqual(4);
    for (const warning of warnings)
      expect(`${warning.title} ${warning.reason}`).not.toMatch(/\bkm\b/);
  });
});

describe('a pair’s own replacement distance', () => {
  it('warns relative to the distance the runner chose for the pair', () => {
    const runs = [sampleRun('2025-05-01', { shoeId: 1, distanceKm: 10 })];
    // Chosen 400 km: a check from 280 km, a replacement from 400 km.
    expect(wornShoesRule(runs, [sampleShoe(1, { startKm: 260, retireKm: 400 })])).toBeNull();
    const check = wornShoesRule(runs, [
      sampleShoe(1, { name: 'Racers', startKm: 275, retireKm: 400 }),
    ]);
    expect(check?.title).toBe('Check "Racers" for wear');
    expect(check?.reason).toContain('near the 400 km you chose for this pair');
    const replace = wornShoesRule(
      runs,
      [sampleShoe(1, { name: 'Racers', startKm: 395, retireKm: 400 })],
      'mi',
    );
    expect(replace?.title).toBe('Time to replace "Racers"');
    expect(replace?.reason).toContain('past the 249 mi you chose for this pair');
  });

  it('lets a pair chosen to last longer stay quiet past the usual 800 km', () => {
    const runs = [sampleRun('2025-05-01', { shoeId: 1, distanceKm: 10 })];
    // Chosen 1,200 km: a check from 840 km, so 810 km says nothing.
    expect(wornShoesRule(runs, [sampleShoe(1, { startKm: 830, retireKm: 1200 })])?.severity).toBe(
      'heads-up',
    );
    expect(wornShoesRule(runs, [sampleShoe(1, { startKm: 800, retireKm: 1200 })])).toBeNull();
  });
});
