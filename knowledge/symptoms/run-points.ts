/**
 * Pain that starts sooner on every run, written as a list of points: "wk1: groin niggle at mile 8
 * / wk2: at mile 5 / wk3: at mile 2". A phrase cannot compare numbers, so this reads the points
 * and compares them. It is the bone-stress warning sign "pain that comes on sooner every run"
 * (issue #12; see the bone-stress flag's sources in `guide/red-flags.ts`).
 */
import { clauseAtOffset, type ParsedText, type PhraseHit } from './text-reading';

const WORD_VALUES: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
};
const NUMBER = `(\\d+(?:p\\d+)?|${Object.keys(WORD_VALUES).join('|')})`;
const UNIT = '(miles?|mi|k|km|kms|kilomet(?:re|er)s?|minutes?|mins?)';
const POINT_UNIT = '(mile|km|k|kilomet(?:re|er)|minute|min)';
/** Words that put a point inside a run ("at mile 8", "after 5k"), not a distance run ("ran 5k"). */
const ONSET_WORDS = 'at|after|by|around|about|within|from|until|till|til';
const IS_ONSET_WORD = new RegExp(`^(?:${ONSET_WORDS})$`);
/** …and words that carry a list on ("then 6k", "now at 2k", "wk3: at mile 2"). */
const POINT = new RegExp(
  `(?<![a-z0-9])(?:(${ONSET_WORDS}|then|now|today|and|to) )?(?:${NUMBER} ?${UNIT}|${POINT_UNIT} ${NUMBER})(?![a-z0-9])`,
  'g',
);
/**
 * "At 18 miles, then 12, now by mile 4": a bare number after "then" keeps the unit of the point
 * before it. (Not one followed by a unit or a count: "then 12 weeks", "then 3 times".)
 */
const BARE_POINT = new RegExp(
  `(?<![a-z0-9])then (?:at |by |around |about |after )?${NUMBER}(?![a-z0-9])(?! ?(?:[a-z]|%))`,
  'g',
);
/** The first point must come with pain or its onset in its clause or the one before. */
const PAIN_OR_ONSET =
  /(?<![a-z])(?:hurt|hurts|hurting|pain|painful|ache|aches|aching|achy|niggle|niggles|sore|twinge|twinges|kicks in|kicked in|comes on|came on|starts|started|flares|flared)(?![a-z])/;
/** Points this far apart (characters) belong to different stories. */
const MAX_GAP = 60;
/** Three points in a row, each sooner than the last: two could be one bad day. */
const POINTS_IN_A_ROW = 3;

interface RunPoint {
  start: number;
  end: number;
  /** Kilometres or minutes, never mixed. */
  value: number;
  kind: 'distance' | 'time';
  ledIn: boolean;
  lead: string;
}

function numberValue(written: string): number {
  return WORD_VALUES[written] ?? Number(written.replace('p', '.'));
}

function readPoints(lines: string): RunPoint[] {
  const points: (RunPoint & { perUnit: number })[] = [];
  for (const match of lines.matchAll(POINT)) {
    const [whole, lead, number1, unit1, unit2, number2] = match;
    const unit = unit1 ?? unit2 ?? '';
    const value = numberValue(number1 ?? number2 ?? '');
    if (!Number.isFinite(value)) continue;
    const isTime = unit.startsWith('min');
    const perUnit = unit.startsWith('mi') && !isTime ? 1.609 : 1;
    points.push({
      start: match.index,
      end: match.index + whole.length,
      value: value * perUnit,
      perUnit,
      kind: isTime ? 'time' : 'distance',
      ledIn: lead !== undefined && IS_ONSET_WORD.test(lead),
      lead: lead ?? '',
    });
  }
  for (const match of lines.matchAll(BARE_POINT)) {
    const value = numberValue(match[1] ?? '');
    const before = points.filter((point) => point.end <= match.index).at(-1);
    if (!before || !Number.isFinite(value)) continue;
    points.push({
      ...before,
      start: match.index,
      end: match.index + match[0].length,
      value: value * before.perUnit,
      ledIn: false,
      lead: 'then',
    });
  }
  return points.sort((a, b) => a.start - b.start);
}

/**
 * "Gone from coming on at 8 miles to 2 miles": the change said outright, so two points are
 * enough. (Not "cut from 40 miles to 20": the first point must be where the pain starts.)
 */
function isTrendSaid(lines: string, first: RunPoint, second: RunPoint): boolean {
  return (
    second.lead === 'to' &&
    first.lead !== 'from' &&
    /(?<![a-z])from(?![a-z])/.test(lines.slice(Math.max(0, first.start - 40), first.start))
  );
}

/** Where pain is said to start sooner and sooner, as a list of points; at most one hit. */
export function readShrinkingRunPoints(text: ParsedText): PhraseHit[] {
  const points = readPoints(text.lines);
  for (let first = 0; first < points.length; first += 1) {
    const start = points[first];
    if (!start?.ledIn) continue;
    const clause = clauseAtOffset(text, start.start);
    const context = [clause - 1, clause].map((i) => text.clauses[i]?.joined ?? '').join(' ');
    if (!PAIN_OR_ONSET.test(context)) continue;
    let last = start;
    let count = 1;
    for (const next of points.slice(first + 1)) {
      const follows =
        next.kind === last.kind && next.value < last.value && next.start - last.end <= MAX_GAP;
      if (!follows) break;
      last = next;
      count += 1;
    }
    // (With two points, `last` is the second.)
    if (count === 2 && isTrendSaid(text.lines, start, last)) {
      return [{ clause: clauseAtOffset(text, last.start), negated: false }];
    }
    if (count >= POINTS_IN_A_ROW)
      return [{ clause: clauseAtOffset(text, last.start), negated: false }];
  }
  return [];
}
