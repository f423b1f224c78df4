/**
 * The journal's "speak up" rules: patterns in logged runs that sports-medicine guidance says a
 * runner should act on. Each rule is a pure function of runs, shoes and today's date that returns
 * at most one warning, with the reason in the runner's own numbers, the advice, and the guide
 * entry to read. Thresholds live in `RULE_THRESHOLDS` with their sources.
 */

import { HABITS } from '../guide/habits';
import { addDays, byDate, peakPain, roundKm, shoeTotals, weeklyDistances } from './stats';
import {
  HARD_SURFACES,
  type JournalRun,
  type JournalShoe,
  SURFACE_LABELS,
  ZONE_LABELS,
} from './types';

/** How strongly a warning asks for action, most urgent first. */
export const SEVERITIES = ['see-a-professional', 'change-training', 'heads-up'] as const;
/** A warning's severity. */
export type Severity = (typeof SEVERITIES)[number];

/** The rules, in the order they are checked. Ids are used in tests and `data-rule`. */
export const RULE_IDS = [
  'bone-stress',
  'limp',
  'pain-rose',
  'worse-next-morning',
  'load-jump',
  'worn-shoes',
] as const;
/** One rule's id. */
export type RuleId = (typeof RULE_IDS)[number];

/** Something in the journal the runner should act on. */
export interface JournalWarning {
  rule: RuleId;
  severity: Severity;
  /** What to do, as a heading: "Stop running and see a professional". */
  title: string;
  /** Why, in the runner's own numbers: "On 12 May you limped…". */
  reason: string;
  /** Sidebar route of the guide entry to read: `condition/stress-fracture`, `habits?item=…`. */
  route: string;
  /** The link's text. */
  routeLabel: string;
  /** The guidance the rule follows, for the curious and for clinicians. */
  basis: string;
}

/**
 * Every threshold the rules use, with where it comes from.
 *
 * Pain monitoring: the pain-monitoring model (Thomeé, Phys Ther 1997; Silbernagel et al., Am J
 * Sports Med 2007;35:897) lets pain reach 5/10 during activity if it settles by the next morning,
 * and says to cut back when next-morning pain is higher than before. A rise of 2 points on a 0–10
 * scale is the smallest change people feel as real (Farrar et al., Pain 2001;94:149).
 *
 * Load: novice runners who raised weekly distance by more than 30% had more distance-related
 * injuries, greater trochanteric bursitis and IT band syndrome among them (Nielsen et al., JOSPT
 * 2014;44:739); a week compared with the mean of the 3 weeks before (acute:chronic ratio) over
 * 1.3 is a "moderate spike" (Frandsen et al., Br J Sports Med 2025;59:1203; Gabbett, BJSM 2016).
 *
 * Shoes: replace running shoes every 350–500 miles, about 560–800 km, sooner for heavier runners
 * (American Academy of Podiatric Sports Medicine, "How do I know when a shoe is worn").
 */
export const RULE_THRESHOLDS = {
  /** Per-run rules look at runs this recent. */
  recentDays: 14,
  /** Pain during minus pain before, 0–10 scale. */
  painRise: 2,
  /** Highest acceptable pain during a run in the pain-monitoring model. */
  acceptablePainDuring: 5,
  /** This week over the mean of the previous weeks. */
  loadJumpRatio: 1.3,
  loadBaselineWeeks: 3,
  /** Shoe distance where the replacement range starts (350 miles). */
  shoeCheckKm: 560,
  /** Shoe distance past the replacement range (500 miles). */
  shoeReplaceKm: 800,
  /** Groin runs in a row with rising pain before the bone-stress warning. */
  boneStressRuns: 3,
  /** How far back those runs may go. */
  boneStressDays: 28,
} as const;

const T = RULE_THRESHOLDS;
const PAIN_MODEL =
  'Pain-monitoring model used in sports physiotherapy (Thomeé 1997; Silbernagel et al. 2007).';

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
    ? { route: `habits?item=${id}`, routeLabel: habit.title }
    : { route: 'habits', routeLabel: 'Relief and prevention habits' };
}

function recentRuns(runs: readonly JournalRun[], today: string, days: number): JournalRun[] {
  const since = addDays(today, -days);
  return byDate(runs.filter((run) => run.date > since && run.date <= today));
}

function latest<T>(items: readonly T[]): T | undefined {
  return items[items.length - 1];
}

/** Pain rose during a run, or turned from an ache to sharp → stop that kind of run. */
export function painRoseRule(runs: readonly JournalRun[], today: string): JournalWarning | null {
  const rose = (run: JournalRun) =>
    run.pain.during - run.pain.before >= T.painRise ||
    (run.pain.during > T.acceptablePainDuring && run.pain.during > run.pain.before);
  const hits = recentRuns(runs, today, T.recentDays).filter(
    (run) => run.painCharacter === 'ache-to-sharp' || rose(run),
  );
  const run = latest(hits);
  if (!run) return null;
  const what =
    run.painCharacter === 'ache-to-sharp' && !rose(run)
      ? 'the pain turned from an ache to sharp during the run'
      : `your pain went from ${run.pain.before} before to ${run.pain.during} during the run`;
  return {
    rule: 'pain-rose',
    severity: 'change-training',
    title: 'Stop this kind of run for now',
    reason:
      `On ${shortDate(run.date)} (${run.distanceKm} km, ${SURFACE_LABELS[run.surface].toLowerCase()}) ${what}. ` +
      'Pain that builds while you run means the hip is not coping with that load: stop that kind ' +
      'of run until it no longer hurts, and go shorter, slower or softer.',
    ...habitLink('warm-up-and-know-your-limit'),
    basis: `${PAIN_MODEL} A 2-point rise is a change people feel as real (Farrar et al. 2001); pain above 5/10 during a run is more than the model allows.`,
  };
}

/** Next-morning pain worse than before the run → back off. */
export function worseNextMorningRule(
  runs: readonly JournalRun[],
  today: string,
): JournalWarning | null {
  const run = latest(
    recentRuns(runs, today, T.recentDays).filter(
      (candidate) =>
        candidate.pain.nextMorning !== null && candidate.pain.nextMorning > candidate.pain.before,
    ),
  );
  if (!run || run.pain.nextMorning === null) return null;
  return {
    rule: 'worse-next-morning',
    severity: 'change-training',
    title: 'Back off: make the next runs shorter or easier',
    reason:
      `The morning after your run on ${shortDate(run.date)} your pain was ${run.pain.nextMorning}, ` +
      `higher than the ${run.pain.before} before it. Pain that has not settled by the next ` +
      'morning means that run was more than the hip could take.',
    ...habitLink('ice-and-relative-rest'),
    basis: `${PAIN_MODEL} Pain the next morning should be no worse than before the run.`,
  };
}

/** Any limp → stop running and see a professional. */
export function limpRule(runs: readonly JournalRun[], today: string): JournalWarning | null {
  const run = latest(recentRuns(runs, today, T.recentDays).filter((candidate) => candidate.limp));
  if (!run) return null;
  return {
    rule: 'limp',
    severity: 'see-a-professional',
    title: 'Stop running and see a professional',
    reason:
      `You noted a limp with your run on ${shortDate(run.date)}. A limp means the hip cannot take ` +
      'your weight normally; running on it can turn a small injury, such as a stress fracture, ' +
      'into a serious one. Rest it and see a doctor or physiotherapist before you run again. If ' +
      'you cannot put weight on the leg at all, get urgent care now.',
    route: 'red-flags?item=bone-stress',
    routeLabel: 'Warning signs: when to get help',
    basis:
      'NHS "Hip pain" and Mayo Clinic: a leg you cannot walk or bear weight on needs urgent care; a limp with groin pain is a warning sign of a hip stress fracture (AAOS "Stress Fractures").',
  };
}

/** A week whose distance jumped on the weeks before it. */
export interface LoadJump {
  weekStart: string;
  distanceKm: number;
  baselineKm: number;
  /** Percent over the baseline, rounded. */
  percent: number;
}

/**
 * The week of `today`, or else the week before it, if its distance is more than 30% over the mean
 * of the 3 weeks before that week. Needs a journal that reaches back to the first of those weeks
 * (a new journal's empty weeks are unknown, not rest).
 */
export function loadJump(runs: readonly JournalRun[], today: string): LoadJump | null {
  const earliest = byDate(runs)[0]?.date;
  if (!earliest) return null;
  const weeks = weeklyDistances(runs, today, T.loadBaselineWeeks + 2);
  // Check this week first, then last week (an injury from a spike shows up days later).
  for (const offset of [0, 1]) {
    const week = weeks[weeks.length - 1 - offset];
    const baseline = weeks.slice(
      weeks.length - 1 - offset - T.loadBaselineWeeks,
      weeks.length - 1 - offset,
    );
    const first = baseline[0];
    if (!week || !first || earliest > addDays(first.start, 6)) continue;
    const baselineKm = baseline.reduce((sum, item) => sum + item.distanceKm, 0) / baseline.length;
    if (baselineKm > 0 && week.distanceKm > baselineKm * T.loadJumpRatio) {
      return {
        weekStart: week.start,
        distanceKm: week.distanceKm,
        baselineKm: roundKm(baselineKm),
        percent: Math.round((week.distanceKm / baselineKm - 1) * 100),
      };
    }
  }
  return null;
}

/** Weekly distance up sharply on the previous weeks → a load warning. */
export function loadJumpRule(runs: readonly JournalRun[], today: string): JournalWarning | null {
  const jump = loadJump(runs, today);
  if (!jump) return null;
  return {
    rule: 'load-jump',
    severity: 'change-training',
    title: 'Your weekly distance jumped: ease back in',
    reason:
      `You ran ${jump.distanceKm} km in the week of ${shortDate(jump.weekStart)}, ${jump.percent}% ` +
      `more than your average of ${jump.baselineKm} km over the ${T.loadBaselineWeeks} weeks before. ` +
      'Bone, tendon and bursa adapt more slowly than heart and lungs; keep the next weeks near ' +
      'your usual distance.',
    ...habitLink('build-up-gradually'),
    basis:
      'Runners who raised weekly distance by more than 30% had more hip and knee overuse injuries (Nielsen et al., JOSPT 2014); a week more than 30% over the 3 weeks before is a spike (Frandsen et al., BJSM 2025).',
  };
}

/** Shoes past a typical replacement distance → a shoe warning (one for the most worn pair). */
export function wornShoesRule(
  runs: readonly JournalRun[],
  shoes: readonly JournalShoe[],
): JournalWarning | null {
  const worn = shoeTotals(
    runs,
    shoes.filter((shoe) => !shoe.retired),
  )
    .filter((total) => total.totalKm >= T.shoeCheckKm)
    .sort((a, b) => b.totalKm - a.totalKm);
  const most = worn[0];
  if (!most) return null;
  const past = most.totalKm >= T.shoeReplaceKm;
  const others =
    worn.length > 1 ? ` (and ${worn.length - 1} more pair${worn.length > 2 ? 's' : ''})` : '';
  return {
    rule: 'worn-shoes',
    severity: past ? 'change-training' : 'heads-up',
    title: past ? `Time to replace "${most.shoe.name}"` : `Check "${most.shoe.name}" for wear`,
    reason:
      `"${most.shoe.name}" have done ${most.totalKm} km${others}. ` +
      (past
        ? `That is past the usual ${T.shoeCheckKm}–${T.shoeReplaceKm} km life of a running shoe: the midsole no longer absorbs the impact it did.`
        : `Running shoes usually last ${T.shoeCheckKm}–${T.shoeReplaceKm} km, less for heavier runners; replace them when the midsole feels flat or creased.`),
    ...habitLink('well-fitting-shoes'),
    basis:
      'American Academy of Podiatric Sports Medicine: replace running shoes every 350–500 miles (560–800 km), sooner for heavier runners.',
  };
}

/**
 * Groin or inner-hip pain that rises run after run, with hard surfaces or a mileage jump → the
 * bone-stress warning. A femoral neck stress fracture hurts in the groin, worse with each run;
 * caught early it heals with rest, missed it can break through (AAOS and Mayo Clinic "Stress
 * fractures").
 */
export function boneStressRule(runs: readonly JournalRun[], today: string): JournalWarning | null {
  const groinRuns = recentRuns(runs, today, T.boneStressDays).filter((run) =>
    run.zones.includes('groin'),
  );
  const lastRuns = groinRuns.slice(-T.boneStressRuns);
  if (lastRuns.length < T.boneStressRuns) return null;
  const pains = lastRuns.map(peakPain);
  const rising =
    pains.every((pain, index) => index === 0 || pain >= (pains[index - 1] ?? pain)) &&
    (pains[pains.length - 1] ?? 0) > (pains[0] ?? 0);
  if (!rising) return null;
  const hard = lastRuns.filter((run) => HARD_SURFACES.includes(run.surface));
  const jump = [today, ...lastRuns.map((run) => run.date)]
    .map((date) => loadJump(runs, date))
    .find((found) => found !== null);
  if (hard.length === 0 && !jump) return null;
  const factors = [
    hard.length > 0 ? `${hard.length} of them on road, concrete or asphalt` : '',
    jump ? `your weekly distance up ${jump.percent}% on the weeks before` : '',
  ].filter(Boolean);
  return {
    rule: 'bone-stress',
    severity: 'see-a-professional',
    title: 'Possible bone stress: see a professional within days',
    reason:
      `${ZONE_LABELS.groin} pain has risen over your last ${lastRuns.length} runs ` +
      `(${pains.join(' → ')} out of 10), with ${factors.join(' and ')}. This pattern can mean a ` +
      'stress fracture near the hip. Stop running, see a doctor or physiotherapist in the next ' +
      'few days and say you are a runner with groin pain. Do not test it by hopping on that leg.',
    route: 'condition/stress-fracture',
    routeLabel: 'Stress fracture in the guide',
    basis:
      'AAOS and Mayo Clinic "Stress fractures": groin pain that builds with running, after more mileage or harder surfaces, is a warning sign of a femoral neck stress fracture; early rest prevents a full break.',
  };
}

/** Every warning the journal has now, most urgent first. */
export function journalWarnings(
  runs: readonly JournalRun[],
  shoes: readonly JournalShoe[],
  today: string,
): JournalWarning[] {
  const warnings = [
    boneStressRule(runs, today),
    limpRule(runs, today),
    painRoseRule(runs, today),
    worseNextMorningRule(runs, today),
    loadJumpRule(runs, today),
    wornShoesRule(runs, shoes),
  ].filter((warning): warning is JournalWarning => warning !== null);
  return warnings.sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
}
