/**
 * The journal's "speak up" rules: patterns in logged runs that sports-medicine guidance says a
 * runner should act on. Each rule is a pure function of runs, shoes and today's date that returns
 * at most one warning, with the reason in the runner's own numbers, the advice, the guide entry to
 * read, and the source it follows. Thresholds live in `RULE_THRESHOLDS` with their sources.
 *
 * A pain score left blank is "not recorded" (null): no rule reads it as 0, and a rule that needs
 * a score the runner did not give stays silent about that run rather than guess.
 *
 * `journalWarnings` puts them together: most urgent first, and never two that contradict each
 * other. When a warning asks the runner to stop running (possible bone stress, a limp), the
 * warnings that would have them run on, only shorter, slower or softer, are left out.
 * docs/clinical-decisions.md ("Journal rules") records where the sources disagree.
 */

import { HABITS } from '../guide/habits';
import type { Route } from '../routes';
import type { ZoneId } from '../types';
import {
  addDays,
  byDate,
  mean,
  peakPain,
  roundKm,
  shoeTotals,
  weeklyDistances,
  weekStart,
} from './stats';
import {
  type JournalRun,
  type JournalShoe,
  PAIN_MOMENTS,
  type PainMoment,
  SURFACE_LABELS,
  ZONE_LABELS,
} from './types';
import { type DistanceUnit, formatDistance, toKm } from './units';

/** How strongly a warning asks for action, most urgent first. */
export const SEVERITIES = ['see-a-professional', 'change-training', 'heads-up'] as const;
/** A warning's severity. */
export type Severity = (typeof SEVERITIES)[number];

/**
 * What a warning asks the runner to do, most pressing first. A warning that says stop running
 * overrides every warning that would have them run on (less, slower, in new shoes), and one that
 * says get seen today overrides one that says within days: `journalWarnings` keeps only the most
 * pressing kind among the stop kinds, so no two warnings on screen contradict each other.
 */
export const ADVICE_KINDS = [
  'stop-get-seen-today',
  'stop-get-seen-soon',
  'adjust-training',
] as const;
/** One kind of advice. */
export type AdviceKind = (typeof ADVICE_KINDS)[number];

/** The rules, in the order they are listed within a severity. Ids are used in tests and `data-rule`. */
export const RULE_IDS = [
  'bone-stress',
  'limp',
  'pain-too-high',
  'turned-sharp',
  'worse-next-morning',
  'pain-rising-weekly',
  'run-spike',
  'weekly-jump',
  'worn-shoes',
] as const;
/** One rule's id. */
export type RuleId = (typeof RULE_IDS)[number];

/** Something in the journal the runner should act on. */
export interface JournalWarning {
  rule: RuleId;
  severity: Severity;
  /** What it asks the runner to do; decides which warnings give way to which. */
  advice: AdviceKind;
  /** What to do, as a heading: "Stop running and get seen today". */
  title: string;
  /**
   * Why, in the runner's own numbers, then what to do: "On 12 May you limped…". Where to get
   * help is in slots for the reader's locale (`inLocalWords`, guide/local-care.ts).
   */
  reason: string;
  /** The guide entry to read (formatted into a link at the edge). */
  route: Route;
  /** The link's text. */
  routeLabel: string;
  /** The guidance the rule follows, for the curious and for clinicians. */
  basis: string;
}

/**
 * Every threshold the rules use, with where it comes from.
 *
 * Pain monitoring (Silbernagel et al., Am J Sports Med 2007;35:897–906, after Thomeé, Phys Ther
 * 1997;77:1690): pain up to 5/10 during and after activity is acceptable, above 5 is not; pain the
 * next morning should be no worse than the morning before; pain should not rise from week to week.
 * The model comes from tendon rehabilitation, not bone: the bone-stress rule overrides it.
 *
 * Single-run spikes (Frandsen et al., Br J Sports Med 2025;59:1203–1210, 5,205 runners): a run
 * more than 10% longer than the longest run of the previous 30 days raised the rate of overuse
 * injury (hazard ratio 1.64 for 10–30% longer, 1.52 for 30–100%, 2.28 for more than double).
 * Weekly ratios showed no such link in that study.
 *
 * Weekly jump (Nielsen et al., JOSPT 2014;44:739–747, 873 novice runners): adding more than 30%
 * on the week before was linked with more distance-related injuries, hip bursitis and IT band
 * syndrome among them.
 *
 * Shoes: replace running shoes every 350–500 miles, about 560–800 km, sooner for heavier runners
 * (American Academy of Podiatric Sports Medicine).
 */
export const RULE_THRESHOLDS = {
  /** Per-run rules look at runs this recent. */
  recentDays: 14,
  /** The most pain the pain-monitoring model accepts, 0–10; above it is too much. */
  acceptablePain: 5,
  /** A run longer than this share of the previous 30 days' longest is a spike (Frandsen). */
  spikeRatio: 1.1,
  /** The days before a run whose longest run it is compared with. */
  spikeWindowDays: 30,
  /** A week over the week before by more than this share is a jump (Nielsen). */
  weeklyJumpRatio: 1.3,
  /** Shoe distance where the replacement range starts (350 miles). */
  shoeCheckKm: 560,
  /** Shoe distance past the replacement range (500 miles). */
  shoeReplaceKm: 800,
  /** How far back the earlier of two runs with groin or front-hip pain may go (bone stress). */
  boneStressDays: 28,
} as const;

const T = RULE_THRESHOLDS;

const PAIN_MODEL =
  'Pain-monitoring model (Silbernagel et al., Am J Sports Med 2007; summary at bim.physio/the-pain-monitoring-model).';

/**
 * Where pain can come from the hip bone or joint: a femoral neck stress fracture hurts in the
 * groin or the front of the hip (Robertson and Wood, Sports Med Int Open 2017;1:E58).
 */
const BONE_STRESS_ZONES: readonly ZoneId[] = ['groin', 'front-hip'];

function hurtsWhereBoneStressDoes(run: JournalRun): boolean {
  return run.zones.some((zone) => BONE_STRESS_ZONES.includes(zone));
}

/**
 * What to do about groin or front-hip pain when the bone-stress pattern has not (yet) shown. Never
 * "go softer": a softer surface does not protect a stressed femoral neck, and running on it is the
 * risk (AAOS OrthoInfo "Stress Fractures"; Robertson and Wood 2017).
 */
const GROIN_ADVICE =
  'Because the pain is in the groin or the front of the hip, do not run again until it has ' +
  'settled, and see a doctor or physiotherapist in the next few days: this is where a stress ' +
  'fracture near the hip hurts. If the pain is higher on your next run, or you limp, stop and ' +
  'get seen the same day.';

/** "12 May", for reasons and lists. */
export function shortDate(date: string): string {
  const [year, month, day] = date.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}

/** The route and title of a habit in the guide (its title is the link text). */
function habitLink(id: string): Pick<JournalWarning, 'route' | 'routeLabel'> {
  const habit = HABITS.find((candidate) => candidate.id === id);
  return habit
    ? { route: { view: 'habits', item: id }, routeLabel: habit.title }
    : { route: { view: 'habits', item: null }, routeLabel: 'Relief and prevention habits' };
}

const STRESS_FRACTURE_LINK: Pick<JournalWarning, 'route' | 'routeLabel'> = {
  route: { view: 'condition', id: 'stress-fracture' },
  routeLabel: 'Stress fracture in the guide',
};

function recentRuns(runs: readonly JournalRun[], today: string, days: number): JournalRun[] {
  const since = addDays(today, -days);
  return byDate(runs.filter((run) => run.date > since && run.date <= today));
}

function latest<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

/** "(5 km, trail)", "(3.11 mi, trail)"; "(5 km)" when the surface was not given. */
function runLabel(run: JournalRun, unit: DistanceUnit): string {
  const distance = formatDistance(run.distanceKm, unit);
  return run.surface === null
    ? `(${distance})`
    : `(${distance}, ${SURFACE_LABELS[run.surface].toLowerCase()})`;
}

/**
 * The usual life of a running shoe as runners who count in each unit say it: the source gives
 * miles (350–500), so a miles reader sees its own round numbers, not 348–497.
 */
const SHOE_LIFE: Readonly<Record<DistanceUnit, string>> = {
  km: `${T.shoeCheckKm}–${T.shoeReplaceKm} km`,
  mi: '350–500 miles',
};

/** `a > b * ratio`, in whole metres so that 5.5 km against 5 km × 1.1 is not a spike by dust. */
function moreThan(a: number, b: number, ratio: number): boolean {
  return Math.round(a * 1000) > Math.round(b * ratio * 1000);
}

const MOMENT_WORDS: Readonly<Record<PainMoment, string>> = {
  before: 'before the run',
  during: 'during it',
  after: 'after it',
  nextMorning: 'the next morning',
};

/**
 * Pain above 5/10 before, during, after a run or the next morning → too much, whatever the
 * baseline. The model allows up to 5 during and after activity; pain already above 5 before a run
 * is more than it allows during one.
 */
export function painTooHighRule(
  runs: readonly JournalRun[],
  today: string,
  unit: DistanceUnit = 'km',
): JournalWarning | null {
  const tooHigh = (run: JournalRun) =>
    PAIN_MOMENTS.filter((moment) => {
      const score = run.pain[moment];
      return score !== null && score > T.acceptablePain;
    });
  const run = latest(
    recentRuns(runs, today, T.recentDays).filter((candidate) => tooHigh(candidate).length > 0),
  );
  if (!run) return null;
  const scores = tooHigh(run).map((moment) => `${run.pain[moment]} ${MOMENT_WORDS[moment]}`);
  const groin = hurtsWhereBoneStressDoes(run);
  return {
    rule: 'pain-too-high',
    severity: groin ? 'see-a-professional' : 'change-training',
    advice: groin ? 'stop-get-seen-soon' : 'adjust-training',
    title: groin
      ? 'Rest from running and see a professional'
      : 'Too much pain: rest until it settles',
    reason:
      `On ${shortDate(run.date)} ${runLabel(run, unit)} your pain was ${joinAnd(scores)}, out of 10. ` +
      `More than ${T.acceptablePain} out of 10 is more than the hip should take while you train. ` +
      (groin
        ? GROIN_ADVICE
        : 'Rest from running until it is back to 5 or lower, then return with runs that keep it ' +
          'there and let it settle by the next morning. If it does not settle within a week, see ' +
          'a doctor or physiotherapist.'),
    ...(groin ? STRESS_FRACTURE_LINK : habitLink('warm-up-and-know-your-limit')),
    basis: `${PAIN_MODEL} Pain above 5 out of 10 during or after activity is more than the model accepts.`,
  };
}

/** An ache that turned sharp during a run → do not run through it. */
export function turnedSharpRule(
  runs: readonly JournalRun[],
  today: string,
  unit: DistanceUnit = 'km',
): JournalWarning | null {
  const run = latest(
    recentRuns(runs, today, T.recentDays).filter(
      (candidate) => candidate.painCharacter === 'ache-to-sharp',
    ),
  );
  if (!run) return null;
  const groin = hurtsWhereBoneStressDoes(run);
  return {
    rule: 'turned-sharp',
    severity: groin ? 'see-a-professional' : 'change-training',
    advice: groin ? 'stop-get-seen-soon' : 'adjust-training',
    title: groin ? 'Rest from running and see a professional' : 'Do not run through sharp pain',
    reason:
      `On ${shortDate(run.date)} ${runLabel(run, unit)} the pain turned from an ache to sharp. ` +
      (groin
        ? GROIN_ADVICE
        : 'Stop that kind of run until it no longer hurts, and see a physiotherapist if the ' +
          'sharp pain comes back.'),
    ...(groin ? STRESS_FRACTURE_LINK : habitLink('warm-up-and-know-your-limit')),
    basis: 'NHS "Common running injuries": do not run if you are in pain.',
  };
}

/**
 * The pain "the morning before" a run's next morning: the next-morning score of a run the day
 * before, which is literally that morning; otherwise the pain before the run, the nearest thing
 * the journal holds. Null when neither was recorded.
 */
function morningBefore(run: JournalRun, runs: readonly JournalRun[]): number | null {
  const dayBefore = addDays(run.date, -1);
  const previous = latest(
    byDate(runs.filter((other) => other.date === dayBefore && other.pain.nextMorning !== null)),
  );
  return previous?.pain.nextMorning ?? run.pain.before;
}

/** Next-morning pain worse than the morning before → back off. */
export function worseNextMorningRule(
  runs: readonly JournalRun[],
  today: string,
): JournalWarning | null {
  const worse = (run: JournalRun) => {
    const baseline = morningBefore(run, runs);
    return run.pain.nextMorning !== null && baseline !== null && run.pain.nextMorning > baseline;
  };
  const run = latest(recentRuns(runs, today, T.recentDays).filter(worse));
  if (!run) return null;
  const groin = hurtsWhereBoneStressDoes(run);
  return {
    rule: 'worse-next-morning',
    severity: groin ? 'see-a-professional' : 'change-training',
    advice: groin ? 'stop-get-seen-soon' : 'adjust-training',
    title: groin ? 'Rest from running and see a professional' : 'Back off: the hip has not settled',
    reason:
      `The morning after your run on ${shortDate(run.date)} your pain was ${run.pain.nextMorning}, ` +
      `worse than the ${morningBefore(run, runs)} the morning before. Pain that has not settled ` +
      'by the next morning means that run was more than the hip could take. ' +
      (groin
        ? GROIN_ADVICE
        : 'Make your next runs shorter or easier until the mornings are back where they were.'),
    ...(groin ? STRESS_FRACTURE_LINK : habitLink('ice-and-relative-rest')),
    basis: `${PAIN_MODEL} Pain the next morning should be no worse than the morning before.`,
  };
}

/** A week's average worst pain per run, over the runs with pain recorded. */
export interface WeekPain {
  /** The week's Monday. */
  start: string;
  meanPain: number;
}

/**
 * Three weeks in a row whose average worst pain rose each week, ending with the week of `today`
 * or the week before (this week may not have a run yet). A week without a recorded score breaks
 * the run: an unknown week is not a better one.
 */
export function weeklyPainRise(runs: readonly JournalRun[], today: string): WeekPain[] | null {
  const lastMonday = weekStart(today);
  const weekPain = (start: string): WeekPain | null => {
    const end = addDays(start, 6);
    const meanPain = mean(runs.filter((run) => run.date >= start && run.date <= end).map(peakPain));
    return meanPain === null ? null : { start, meanPain };
  };
  for (const offset of [0, 1]) {
    const weeks = [2, 1, 0].map((back) => weekPain(addDays(lastMonday, -7 * (back + offset))));
    const [first, second, third] = weeks;
    if (
      first &&
      second &&
      third &&
      second.meanPain > first.meanPain &&
      third.meanPain > second.meanPain
    ) {
      return [first, second, third];
    }
  }
  return null;
}

/** Average pain up two weeks running → cut back. */
export function painRisingWeeklyRule(
  runs: readonly JournalRun[],
  today: string,
): JournalWarning | null {
  const weeks = weeklyPainRise(runs, today);
  const first = weeks?.[0];
  const last = weeks?.[weeks.length - 1];
  if (!weeks || !first || !last) return null;
  const groin = runs.some(
    (run) =>
      run.date >= first.start &&
      run.date <= addDays(last.start, 6) &&
      hurtsWhereBoneStressDoes(run),
  );
  return {
    rule: 'pain-rising-weekly',
    severity: groin ? 'see-a-professional' : 'change-training',
    advice: groin ? 'stop-get-seen-soon' : 'adjust-training',
    title: groin ? 'Rest from running and see a professional' : 'Pain is rising week on week',
    reason:
      `Your average worst pain per run has gone up two weeks running: ` +
      `${weeks.map((week) => week.meanPain).join(' → ')} out of 10 in the weeks of ` +
      `${joinAnd(weeks.map((week) => shortDate(week.start)))}. ` +
      (groin
        ? GROIN_ADVICE
        : 'Cut back your running until the weekly average stops rising; if it keeps rising, see ' +
          'a doctor or physiotherapist.'),
    ...(groin ? STRESS_FRACTURE_LINK : habitLink('ice-and-relative-rest')),
    basis: `${PAIN_MODEL} Pain should not rise from week to week.`,
  };
}

/** Any limp → stop running and get seen today. */
export function limpRule(runs: readonly JournalRun[], today: string): JournalWarning | null {
  const run = latest(recentRuns(runs, today, T.recentDays).filter((candidate) => candidate.limp));
  if (!run) return null;
  return {
    rule: 'limp',
    severity: 'see-a-professional',
    advice: 'stop-get-seen-today',
    title: 'Stop running and get seen today',
    reason:
      `You noted a limp with your run on ${shortDate(run.date)}. A limp means the hip cannot take ` +
      'your weight normally, and with hip or groin pain it can be a sign of a stress fracture. ' +
      'Stop running and see a doctor today ({urgent-care}); do not test it by hopping. If you ' +
      'cannot put weight on the leg, go to {emergency-place} now.',
    route: { view: 'red-flags', item: 'bone-stress' },
    routeLabel: 'Warning signs: when to get help',
    basis:
      'NHS "Hip pain": go to A&E if you cannot walk or put weight on the leg. A limp with groin pain is a warning sign of a femoral neck stress fracture, which can break through if it is missed (AAOS OrthoInfo "Stress Fractures"; Robertson and Wood, Sports Med Int Open 2017).',
  };
}

/**
 * Groin or front-hip pain that rose from one run to the next, on any surface → stop running and
 * get seen today. A femoral neck stress fracture hurts in the groin and builds run after run; a
 * missed one can displace, so one rise is enough to ask for a same-day look. Surfaces do not
 * matter: track, treadmill and trail runs count as much as road runs. Like a limp, a rise keeps
 * the warning up for two weeks: a lower score on the next run does not clear it.
 */
export function boneStressRule(
  runs: readonly JournalRun[],
  today: string,
  unit: DistanceUnit = 'km',
): JournalWarning | null {
  const hurt = recentRuns(runs, today, T.boneStressDays).filter(
    (run) => hurtsWhereBoneStressDoes(run) && peakPain(run) !== null,
  );
  const recentSince = addDays(today, -T.recentDays);
  // The latest pair of consecutive runs that hurt there whose pain rose, the later one recent.
  const pair = hurt
    .map((later, index) => [hurt[index - 1], later] as const)
    .filter(
      (candidate): candidate is readonly [JournalRun, JournalRun] =>
        candidate[0] !== undefined &&
        candidate[1].date > recentSince &&
        (peakPain(candidate[1]) ?? 0) > (peakPain(candidate[0]) ?? 0),
    )
    .at(-1);
  if (!pair) return null;
  const [earlier, later] = pair;
  const [from, to] = [peakPain(earlier), peakPain(later)];
  const where = joinAnd(
    BONE_STRESS_ZONES.filter((zone) => pair.some((run) => run.zones.includes(zone))).map((zone) =>
      ZONE_LABELS[zone].toLowerCase(),
    ),
  );
  return {
    rule: 'bone-stress',
    severity: 'see-a-professional',
    advice: 'stop-get-seen-today',
    title: 'Stop running and get seen today: possible bone stress',
    reason:
      `Your ${where} pain rose from ${from} out of 10 on ${shortDate(earlier.date)} ` +
      `${runLabel(earlier, unit)} to ${to} on ${shortDate(later.date)} ${runLabel(later, unit)}. Pain there ` +
      'that builds from run to run can be a stress fracture near the hip, whatever the surface. ' +
      'Stop running now and see a doctor today ({urgent-care}); say you are a runner with ' +
      'groin or hip pain. Do not test it by hopping. If you cannot put weight on the leg, go ' +
      'to {emergency-place}.',
    ...STRESS_FRACTURE_LINK,
    basis:
      'Exercise-related groin pain is the commonest sign of a femoral neck stress fracture, and a late diagnosis raises the risk that it displaces (Robertson and Wood, Sports Med Int Open 2017; AAOS OrthoInfo "Stress Fractures"). NHS "Hip pain": go to A&E if you cannot put weight on the leg. This overrides the pain-monitoring model, which was made for tendons, not bone.',
  };
}

/** A run much longer than the longest of the month before it. */
export interface RunSpike {
  run: JournalRun;
  /** The longest run in the 30 days before it. */
  longestKm: number;
  /** Percent over that longest run, rounded. */
  percent: number;
}

/**
 * The latest recent run more than 10% longer than the longest run logged in the 30 days before
 * it (Frandsen et al. 2025). A run with nothing logged in the 30 days before is not compared:
 * the journal cannot tell a break from runs not logged.
 */
export function runSpike(runs: readonly JournalRun[], today: string): RunSpike | null {
  const recent = recentRuns(runs, today, T.recentDays);
  for (const run of [...recent].reverse()) {
    const spike = spikeOf(run, runs);
    if (spike) return spike;
  }
  return null;
}

/**
 * Whether `run` is more than 10% longer than the longest of `runs` in the 30 days before it
 * (Frandsen et al. 2025); null when it is not, or when nothing was logged in those 30 days. The
 * one definition of a spike: the rule and an injury episode's look back both use it.
 */
export function spikeOf(run: JournalRun, runs: readonly JournalRun[]): RunSpike | null {
  const from = addDays(run.date, -T.spikeWindowDays);
  const before = runs.filter((other) => other.date >= from && other.date < run.date);
  if (before.length === 0) return null;
  const longestKm = Math.max(...before.map((other) => other.distanceKm));
  if (!moreThan(run.distanceKm, longestKm, T.spikeRatio)) return null;
  return { run, longestKm, percent: Math.round((run.distanceKm / longestKm - 1) * 100) };
}

/** A single run much longer than the month's longest → keep runs within 10% of it. */
export function runSpikeRule(
  runs: readonly JournalRun[],
  today: string,
  unit: DistanceUnit = 'km',
): JournalWarning | null {
  const spike = runSpike(runs, today);
  if (!spike) return null;
  return {
    rule: 'run-spike',
    severity: 'change-training',
    advice: 'adjust-training',
    title: 'One run was much longer than usual',
    reason:
      `Your ${formatDistance(spike.run.distanceKm, unit)} run on ${shortDate(spike.run.date)} was ` +
      `${spike.percent}% longer than the longest run you logged in the 30 days before it ` +
      `(${formatDistance(spike.longestKm, unit)}). ` +
      'Injuries follow single runs like this more than weekly totals. Keep each run within about ' +
      'a tenth of your longest run of the past month, and build towards longer ones in steps.',
    ...habitLink('build-up-gradually'),
    basis:
      'In 5,205 runners, a run more than 10% longer than the longest run of the previous 30 days raised the rate of overuse injury (Frandsen et al., Br J Sports Med 2025;59:1203–1210).',
  };
}

/** A week whose distance jumped on the week before. */
export interface WeeklyJump {
  weekStart: string;
  distanceKm: number;
  previousKm: number;
  /** Percent over the week before, rounded. */
  percent: number;
}

/**
 * The week of `today`, or else the week before it, if its distance is more than 30% over the week
 * before that. Needs a journal that reaches back to that earlier week (a new journal's empty weeks
 * are unknown, not rest).
 */
export function weeklyJump(runs: readonly JournalRun[], today: string): WeeklyJump | null {
  const earliest = byDate(runs)[0]?.date;
  if (!earliest) return null;
  const weeks = weeklyDistances(runs, today, 3);
  // This week first, then last week (an injury from a jump shows up days later).
  for (const offset of [0, 1]) {
    const week = weeks[weeks.length - 1 - offset];
    const previous = weeks[weeks.length - 2 - offset];
    if (!week || !previous || earliest > addDays(previous.start, 6)) continue;
    if (
      previous.distanceKm > 0 &&
      moreThan(week.distanceKm, previous.distanceKm, T.weeklyJumpRatio)
    ) {
      return {
        weekStart: week.start,
        distanceKm: week.distanceKm,
        previousKm: roundKm(previous.distanceKm),
        percent: Math.round((week.distanceKm / previous.distanceKm - 1) * 100),
      };
    }
  }
  return null;
}

/** Weekly distance up more than 30% on the week before → a heads-up. */
export function weeklyJumpRule(
  runs: readonly JournalRun[],
  today: string,
  unit: DistanceUnit = 'km',
): JournalWarning | null {
  const jump = weeklyJump(runs, today);
  if (!jump) return null;
  return {
    rule: 'weekly-jump',
    severity: 'heads-up',
    advice: 'adjust-training',
    title: 'Your weekly distance jumped',
    reason:
      `You ran ${formatDistance(jump.distanceKm, unit)} in the week of ${shortDate(jump.weekStart)}, ` +
      `${jump.percent}% more than the ${formatDistance(jump.previousKm, unit)} of the week before. ` +
      'Bone, tendon and bursa adapt more ' +
      'slowly than heart and lungs; add distance in smaller steps.',
    ...habitLink('build-up-gradually'),
    basis:
      'Novice runners who added more than 30% on the week before had more distance-related injuries, hip bursitis and IT band syndrome among them (Nielsen et al., JOSPT 2014;44:739–747). A larger study of experienced runners found single long runs mattered more than weekly change (Frandsen et al., Br J Sports Med 2025).',
  };
}

/**
 * A pair's replacement distance when the runner has not chosen one: the top of the usual range,
 * 500 miles, or 800 km for a runner who counts in km (American Academy of Podiatric Sports
 * Medicine: 350–500 miles).
 */
export function defaultRetireKm(unit: DistanceUnit): number {
  return unit === 'mi' ? toKm(500, 'mi') : T.shoeReplaceKm;
}

/** The share of a pair's replacement distance at which the warning first asks for a check (350 of 500 miles). */
const SHOE_CHECK_SHARE = T.shoeCheckKm / T.shoeReplaceKm;

/**
 * Shoes near or past their replacement distance (the runner's for that pair, else the usual) → a
 * shoe warning for the most worn pair, relative to its own distance. A heads-up from 70% of it
 * (350 of 500 miles), a replacement past it.
 */
export function wornShoesRule(
  runs: readonly JournalRun[],
  shoes: readonly JournalShoe[],
  unit: DistanceUnit = 'km',
): JournalWarning | null {
  const worn = shoeTotals(
    runs,
    shoes.filter((shoe) => !shoe.retired),
  )
    .map((total) => ({ ...total, retireKm: total.shoe.retireKm ?? defaultRetireKm(unit) }))
    // In whole metres, so that 560 km is "at" 70% of 800 km despite floating point.
    .filter(
      (total) =>
        Math.round(total.totalKm * 1000) >= Math.round(total.retireKm * SHOE_CHECK_SHARE * 1000),
    )
    .sort((a, b) => b.totalKm / b.retireKm - a.totalKm / a.retireKm);
  const most = worn[0];
  if (!most) return null;
  const past = most.totalKm >= most.retireKm;
  const chosen = most.shoe.retireKm !== undefined;
  const others =
    worn.length > 1 ? ` (and ${worn.length - 1} more pair${worn.length > 2 ? 's' : ''})` : '';
  const life = chosen
    ? `the ${formatDistance(most.retireKm, unit, 0)} you chose for this pair`
    : `the usual ${SHOE_LIFE[unit]} life of a running shoe`;
  return {
    rule: 'worn-shoes',
    severity: past ? 'change-training' : 'heads-up',
    advice: 'adjust-training',
    title: past ? `Time to replace "${most.shoe.name}"` : `Check "${most.shoe.name}" for wear`,
    reason:
      `"${most.shoe.name}" have done ${formatDistance(most.totalKm, unit, 0)}${others}. ` +
      (past
        ? `That is past ${life}: the midsole no longer absorbs the impact it did.`
        : chosen
          ? `That is near ${life}; replace them when the midsole feels flat or creased.`
          : `Running shoes usually last ${SHOE_LIFE[unit]}, less for heavier runners; replace them when the midsole feels flat or creased.`),
    ...habitLink('well-fitting-shoes'),
    basis:
      'American Academy of Podiatric Sports Medicine: replace running shoes every 350–500 miles (560–800 km), sooner for heavier runners.',
  };
}

/** "a", "a and b", "a, b and c". */
function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/**
 * Every warning the journal has now, most urgent first, its distances in the runner's `unit` (by severity, then in `RULE_IDS` order).
 * When any warning asks the runner to stop running, only the warnings of the most pressing kind
 * are kept: advice to run shorter, slower, softer or in new shoes would contradict "stop", and
 * "within days" would contradict "today".
 */
export function journalWarnings(
  runs: readonly JournalRun[],
  shoes: readonly JournalShoe[],
  today: string,
  unit: DistanceUnit,
): JournalWarning[] {
  const all = [
    boneStressRule(runs, today, unit),
    limpRule(runs, today),
    painTooHighRule(runs, today, unit),
    turnedSharpRule(runs, today, unit),
    worseNextMorningRule(runs, today),
    painRisingWeeklyRule(runs, today),
    runSpikeRule(runs, today, unit),
    weeklyJumpRule(runs, today, unit),
    wornShoesRule(runs, shoes, unit),
  ].filter((warning): warning is JournalWarning => warning !== null);
  const pressing = Math.min(...all.map((warning) => ADVICE_KINDS.indexOf(warning.advice)));
  const shown =
    ADVICE_KINDS[pressing] === 'adjust-training'
      ? all
      : all.filter((warning) => ADVICE_KINDS.indexOf(warning.advice) === pressing);
  return shown.sort(
    (a, b) =>
      SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity) ||
      RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule),
  );
}
