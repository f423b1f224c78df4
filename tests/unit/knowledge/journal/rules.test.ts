/**
 * Every "speak up" rule fires when its pattern is in the journal and stays silent when it is not,
 * including the near misses at each threshold. Today is Wednesday 14 May 2025 throughout.
 */
import { describe, expect, it } from 'vitest';
import { HABITS } from '../../../../knowledge/guide/habits';
import {
  boneStressRule,
  journalWarnings,
  limpRule,
  loadJump,
  loadJumpRule,
  painRoseRule,
  RULE_IDS,
  wornShoesRule,
  worseNextMorningRule,
} from '../../../../knowledge/journal/rules';
import type { JournalRun } from '../../../../knowledge/journal/types';
import { CONDITION_IDS, RED_FLAG_IDS } from '../../../../knowledge/types';
import { sampleRun, sampleShoe } from './sample';

const TODAY = '2025-05-14';

function weekOfRuns(monday: string, kms: number[]): JournalRun[] {
  const start = Date.parse(`${monday}T00:00:00Z`);
  return kms.map((km, index) =>
    sampleRun(new Date(start + index * 86_400_000).toISOString().slice(0, 10), { distanceKm: km }),
  );
}

const BASELINE = [
  ...weekOfRuns('2025-04-21', [5, 5, 5, 5]),
  ...weekOfRuns('2025-04-28', [5, 5, 5, 5]),
  ...weekOfRuns('2025-05-05', [5, 5, 5, 5]),
];

describe('pain rose during a run, or turned sharp', () => {
  it('fires when pain during the run is 2 or more above pain before', () => {
    const warning = painRoseRule(
      [sampleRun('2025-05-12', { pain: { before: 1, during: 3 } })],
      TODAY,
    );
    expect(warning?.severity).toBe('change-training');
    expect(warning?.title).toBe('Stop this kind of run for now');
    expect(warning?.reason).toContain('On 12 May (5 km, trail) your pain went from 1 before to 3');
    expect(warning?.route).toBe('habits?item=warm-up-and-know-your-limit');
  });

  it('fires when an ache turned sharp, even without a rise in the score', () => {
    const run = sampleRun('2025-05-13', {
      painCharacter: 'ache-to-sharp',
      pain: { before: 2, during: 2 },
    });
    expect(painRoseRule([run], TODAY)?.reason).toContain('turned from an ache to sharp');
  });

  it('fires when pain during climbs past the acceptable 5 out of 10', () => {
    expect(
      painRoseRule([sampleRun('2025-05-13', { pain: { before: 5, during: 6 } })], TODAY),
    ).not.toBeNull();
  });

  it('is silent for a 1-point rise, for steady pain, and for a sharp pain that did not change', () => {
    expect(
      painRoseRule([sampleRun('2025-05-13', { pain: { before: 2, during: 3 } })], TODAY),
    ).toBeNull();
    expect(
      painRoseRule([sampleRun('2025-05-13', { pain: { before: 6, during: 6 } })], TODAY),
    ).toBeNull();
    expect(
      painRoseRule(
        [sampleRun('2025-05-13', { painCharacter: 'sharp', pain: { before: 3, during: 3 } })],
        TODAY,
      ),
    ).toBeNull();
  });

  it('is silent for runs more than two weeks ago', () => {
    expect(
      painRoseRule([sampleRun('2025-04-30', { pain: { before: 0, during: 6 } })], TODAY),
    ).toBeNull();
  });

  it('names the latest run when several qualify', () => {
    const runs = [
      sampleRun('2025-05-13', { pain: { before: 0, during: 4 } }),
      sampleRun('2025-05-08', { pain: { before: 0, during: 7 } }),
    ];
    expect(painRoseRule(runs, TODAY)?.reason).toContain('On 13 May');
  });
});

describe('next-morning pain worse than before the run', () => {
  it('fires when the next morning is worse than before', () => {
    const warning = worseNextMorningRule(
      [sampleRun('2025-05-12', { pain: { before: 1, nextMorning: 3 } })],
      TODAY,
    );
    expect(warning?.title).toContain('Back off');
    expect(warning?.reason).toContain('your pain was 3, higher than the 1 before it');
  });

  it('is silent when the morning is not filled in, is no worse, or is long ago', () => {
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
  });
});

describe('a limp', () => {
  it('fires on any recent limp, asking to stop and see a professional', () => {
    const warning = limpRule([sampleRun('2025-05-10', { limp: true })], TODAY);
    expect(warning?.severity).toBe('see-a-professional');
    expect(warning?.title).toBe('Stop running and see a professional');
    expect(warning?.route).toBe('red-flags?item=bone-stress');
  });

  it('is silent without a limp, or for a limp more than two weeks ago', () => {
    expect(limpRule([sampleRun('2025-05-10')], TODAY)).toBeNull();
    expect(limpRule([sampleRun('2025-04-29', { limp: true })], TODAY)).toBeNull();
  });
});

describe('weekly distance jump', () => {
  it('fires when this week is more than 30% over the mean of the 3 weeks before', () => {
    const runs = [...BASELINE, ...weekOfRuns('2025-05-12', [10, 10, 7])];
    const warning = loadJumpRule(runs, TODAY);
    expect(warning?.reason).toBe(
      'You ran 27 km in the week of 12 May, 35% more than your average of 20 km over the 3 weeks ' +
        'before. Bone, tendon and bursa adapt more slowly than heart and lungs; keep the next ' +
        'weeks near your usual distance.',
    );
    expect(warning?.route).toBe('habits?item=build-up-gradually');
    expect(warning?.routeLabel).toBe('Add distance slowly');
  });

  it('is silent at exactly 30%', () => {
    expect(loadJumpRule([...BASELINE, ...weekOfRuns('2025-05-12', [10, 10, 6])], TODAY)).toBeNull();
  });

  it('still fires early in the week after the jump', () => {
    const runs = [
      ...weekOfRuns('2025-04-14', [20]),
      ...weekOfRuns('2025-04-21', [20]),
      ...weekOfRuns('2025-04-28', [20]),
      ...weekOfRuns('2025-05-05', [15, 15]),
    ];
    expect(loadJump(runs, TODAY)).toEqual({
      weekStart: '2025-05-05',
      distanceKm: 30,
      baselineKm: 20,
      percent: 50,
    });
  });

  it('is silent for a journal younger than the 3 baseline weeks', () => {
    const runs = [...weekOfRuns('2025-04-28', [5]), ...weekOfRuns('2025-05-12', [20])];
    expect(loadJumpRule(runs, TODAY)).toBeNull();
  });

  it('is silent when the baseline weeks had no running', () => {
    const runs = [...weekOfRuns('2025-04-07', [5]), ...weekOfRuns('2025-05-12', [20])];
    expect(loadJumpRule(runs, TODAY)).toBeNull();
  });

  it('is silent for steady weeks', () => {
    expect(loadJumpRule([...BASELINE, ...weekOfRuns('2025-05-12', [5, 5, 5])], TODAY)).toBeNull();
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

describe('bone stress: groin pain rising run after run, with hard surfaces or a jump', () => {
  const groin = (date: string, peak: number, surface: JournalRun['surface'] = 'road') =>
    sampleRun(date, {
      zones: ['groin'],
      surface,
      pain: { before: 1, during: peak, after: peak - 1 },
    });

  it('fires for rising groin pain over three runs on the road', () => {
    const runs = [groin('2025-05-06', 2), groin('2025-05-09', 3), groin('2025-05-12', 5)];
    const warning = boneStressRule(runs, TODAY);
    expect(warning?.severity).toBe('see-a-professional');
    expect(warning?.route).toBe('condition/stress-fracture');
    expect(warning?.reason).toContain(
      'Groin / inner hip pain has risen over your last 3 runs (2 → 3 → 5 out of 10), with 3 of them on road',
    );
    expect(warning?.reason).toContain('Do not test it by hopping');
  });

  it('fires on soft surfaces when the weekly distance jumped', () => {
    const runs = [
      ...BASELINE,
      ...weekOfRuns('2025-05-12', [12, 12]),
      groin('2025-05-06', 2, 'trail'),
      groin('2025-05-12', 3, 'trail'),
      groin('2025-05-13', 4, 'grass'),
    ];
    expect(boneStressRule(runs, TODAY)?.reason).toContain('your weekly distance up');
  });

  it('is silent on soft surfaces without a jump', () => {
    const runs = [
      groin('2025-05-06', 2, 'trail'),
      groin('2025-05-09', 3, 'trail'),
      groin('2025-05-12', 5, 'grass'),
    ];
    expect(boneStressRule(runs, TODAY)).toBeNull();
  });

  it('is silent when the pain is not rising run after run', () => {
    expect(
      boneStressRule(
        [groin('2025-05-06', 2), groin('2025-05-09', 5), groin('2025-05-12', 4)],
        TODAY,
      ),
    ).toBeNull();
    expect(
      boneStressRule(
        [groin('2025-05-06', 3), groin('2025-05-09', 3), groin('2025-05-12', 3)],
        TODAY,
      ),
    ).toBeNull();
  });

  it('is silent with only two groin runs, or when the pain is elsewhere', () => {
    expect(boneStressRule([groin('2025-05-09', 3), groin('2025-05-12', 5)], TODAY)).toBeNull();
    const outer = [2, 3, 5].map((peak, index) =>
      sampleRun(`2025-05-1${index}`, {
        zones: ['outer-hip'],
        surface: 'road',
        pain: { during: peak },
      }),
    );
    expect(boneStressRule(outer, TODAY)).toBeNull();
  });

  it('ignores groin runs more than four weeks ago', () => {
    const runs = [groin('2025-04-10', 2), groin('2025-05-09', 3), groin('2025-05-12', 5)];
    expect(boneStressRule(runs, TODAY)).toBeNull();
  });
});

describe('all warnings together', () => {
  it('link to guide entries that exist', () => {
    const runs = [
      sampleRun('2025-05-06', { zones: ['groin'], surface: 'road', pain: { during: 2 } }),
      sampleRun('2025-05-09', { zones: ['groin'], surface: 'road', pain: { during: 3 } }),
      sampleRun('2025-05-12', {
        zones: ['groin'],
        surface: 'road',
        limp: true,
        pain: { before: 0, during: 5, nextMorning: 2 },
      }),
      ...BASELINE,
      ...weekOfRuns('2025-05-12', [30]),
    ];
    const warnings = journalWarnings(runs, [sampleShoe(1, { startKm: 900 })], TODAY);
    expect(warnings.map((warning) => warning.rule).sort()).toEqual([...RULE_IDS].sort());
    for (const { route, routeLabel } of warnings) {
      const [, view, id, item] =
        /^([a-z-]+)(?:\/([a-z-]+))?(?:\?item=([a-z-]+))?$/.exec(route) ?? [];
      if (view === 'condition') expect(CONDITION_IDS).toContain(id);
      else if (view === 'habits')
        expect(HABITS.find((habit) => habit.id === item)?.title).toBe(routeLabel);
      else if (view === 'red-flags') expect(RED_FLAG_IDS).toContain(item);
      else throw new Error(`Unexpected route ${route}`);
    }
  });

  it('lists the most urgent first', () => {
    const runs = [
      sampleRun('2025-05-12', { pain: { before: 0, during: 4, nextMorning: 2 } }),
      sampleRun('2025-05-13', { limp: true }),
    ];
    const rules = journalWarnings(runs, [sampleShoe(1, { startKm: 600 })], TODAY).map(
      (w) => w.rule,
    );
    expect(rules).toEqual(['limp', 'pain-rose', 'worse-next-morning', 'worn-shoes']);
  });

  it('is empty for a calm journal', () => {
    expect(journalWarnings(BASELINE, [sampleShoe(1)], TODAY)).toEqual([]);
  });
});
