/**
 * Six weeks or more between two points in the year, the later one said to be now: "Stopped all
 * running on 1st September. It's now 20th October", "rested since Thanksgiving. It's
 * Valentine's Day", "hurt it at the Berlin marathon… it's now the start of December". A phrase
 * cannot count days, so this reads dates, months and the days people date things by, and counts.
 * It feeds `long-duration`, for the "not better after six weeks" flag (issue #12).
 */
import { clauseAtOffset, type ParsedText, type PhraseHit } from './text-reading';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTH =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const DAY = '[1-9]|[12]\\d|3[01]';

/**
 * Days people date things by, and roughly when they fall (day of the year). Movable ones take a
 * typical date: a week either way does not change six weeks much.
 */
const NAMED_DAYS: readonly [string, number][] = [
  ['new years?(?: day| eve)?', 1],
  ['burns night', 25],
  ['valentines?(?: day)?', 45],
  ['(?:st )?(?:patricks?|paddys?) day', 76],
  ['the clocks (?:went|go|going|changed) forward', 87],
  ['easter', 95],
  ['(?:the )?boston(?: marathon)?', 108],
  ['(?:the )?(?:summer solstice|midsummer)', 172],
  // The school summer holidays start late July; the children are back early September.
  ['(?:the )?(?:school )?summer (?:holidays?|hols|break)', 203],
  // Seasons as the northern half of the world has them (most posts): "since the end of summer".
  ['(?:the )?end of (?:the )?summer', 243],
  ['(?:the )?spring', 100],
  ['(?:the )?summer', 196],
  ['(?:the )?autumn', 288],
  ['(?:kids|children|they) (?:are|were|went) back (?:at|to) school|back to school', 249],
  ['(?:the )?london marathon', 115],
  ['(?:the )?berlin(?: marathon)?', 270],
  ['(?:the )?chicago marathon', 283],
  ['the clocks (?:went|go|going|changed)(?: back)?', 301],
  // "Ever since we fell back (daylight savings)": the clocks going back, late October in Europe
  // and early November in North America.
  ['(?:we|the clocks) fell back', 305],
  ['halloween', 304],
  ['diwali', 305],
  ['bonfire night|guy fawkes(?: night)?', 309],
  ['(?:the )?(?:new york|nyc) marathon', 307],
  ['thanksgiving', 329],
  ['christmas|xmas', 359],
];

/** Where in a month: "the start of December" is early, "late March" the end. */
const PART =
  '(?:(?:the )?(start|beginning|middle|end|first week|second week|third week|fourth week|last week) of |(early|mid|late) )?';
const PART_DAY: Readonly<Record<string, number>> = {
  start: 3,
  beginning: 3,
  'first week': 4,
  'second week': 11,
  'third week': 18,
  'fourth week': 25,
  'last week': 27,
  early: 7,
  middle: 15,
  mid: 15,
  end: 27,
  late: 25,
};

const TIME_POINT = new RegExp(
  `(?<![a-z0-9])(?:(${DAY})(?:st|nd|rd|th)? (?:of )?(${MONTH})|(${MONTH}) (${DAY})(?:st|nd|rd|th)?|${PART}(${MONTH})|(${NAMED_DAYS.map(([name]) => name).join('|')}))(?![a-z0-9])`,
  'g',
);

/** Words just before the later point that make it today: "it's now", "we've just had", "now in". */
const SAID_TO_BE_NOW_BEFORE =
  /(?:^|[ \n])(?:now|today|today is|just had|it is|its|here we are at|we are nearly at|we are at)(?: now)?(?: nearly| almost| well into| past| in)?(?: the)?(?: (?:a|one|two|three) weeks? (?:before|after|to|till))? ?$/;
/** …or just after it: "It's January now". */
const SAID_TO_BE_NOW_AFTER = /^[ \n]?(?:now|already)(?![a-z])/;
/**
 * Words before a month gone through: "rested all of October" means it is now at least the end
 * of it, so the month counts as now, at its end.
 */
const GONE_THROUGH_BEFORE = /(?:all of|the whole of|all through|throughout|right through) ?$/;
/** Words before the earlier point that date something to it: "since", "at the", "before". */
const DATED_FROM =
  /(?:^|[ \n])(?:since|from|in|at|on|before|after|around|about|over|of|when|was)(?: the| last)? ?$/;

/**
 * Words before a point that make it the day of a booked appointment: "ahead of my appointment
 * on 7 November", "booked in with you on the 14th of June". It lies ahead of now, by days or
 * a few weeks.
 */
const APPOINTMENT_BEFORE =
  /(?:my (?:appointment|appt)|(?:appointment|appt|booked(?: in)?|visit) with you|seeing you|see you)(?: is)?(?: on| for)?(?: the)? ?$/;
/** A sentence about the pain, for the point an appointment is counted from. */
const ABOUT_THE_PAIN =
  /(?:^|[ \n])(?:pain|painful|sore|hurt|hurts|hurting|ache|aches|aching|hip|groin|buttock|injured|injury)(?![a-z])/;
/** A diary's last entry that ends the story: "Jun - fully fine". */
const ENDED_WELL =
  /(?:^|[ \n])(?:fully|completely|totally|all) (?:fine|healed|better|recovered|gone|sorted)(?![a-z])|(?:^|[ \n])pain free(?![a-z])/;
/** How far before an appointment a point must be for six weeks to have passed by now. */
const SIX_WEEKS_BEFORE_AN_APPOINTMENT = 70;

const SIX_WEEKS_IN_DAYS = 42;
/** A gap longer than this is more likely a point next year ("Christmas marathon… it's October"). */
const AT_MOST_DAYS = 300;

interface TimePoint {
  start: number;
  end: number;
  day: number;
}

function monthStart(month: string): number {
  return DAYS_BEFORE_MONTH[MONTHS.indexOf(month.slice(0, 3))] ?? 0;
}

/** "A week before Christmas": a point a week or more either side of a named one. */
const WEEKS_APART_BEFORE = /(?:^|[ \n])(a|one|two|three) weeks? (before|after|to|till) $/;
const WEEK_COUNT: Readonly<Record<string, number>> = { a: 1, one: 1, two: 2, three: 3 };

function readTimePoints(lines: string): TimePoint[] {
  return [...lines.matchAll(TIME_POINT)].map((match) => {
    const [whole, day1, month1, month2, day2, part1, part2, month3, named] = match;
    let day: number;
    if (month1 || month2) day = monthStart(month1 ?? month2 ?? '') + Number(day1 ?? day2);
    else if (month3) day = monthStart(month3) + (PART_DAY[part1 ?? part2 ?? 'mid'] ?? 15);
    else day = NAMED_DAYS.find(([name]) => new RegExp(`^(?:${name})$`).test(named ?? ''))?.[1] ?? 0;
    const apart = WEEKS_APART_BEFORE.exec(lines.slice(Math.max(0, match.index - 20), match.index));
    if (apart) {
      const days = 7 * (WEEK_COUNT[apart[1] ?? 'a'] ?? 1);
      day += apart[2] === 'before' || apart[2] === 'to' || apart[2] === 'till' ? -days : days;
    }
    return { start: match.index, end: match.index + whole.length, day };
  });
}

/**
 * Dates in figures, "9/2" and "10/28" (read as "9 2", "10 28"): only where one is dated from
 * and a later one said to be now. Day and month are told apart by a number over 12 in any of
 * them ("10/28" is American); when none tells, both readings must be six weeks apart.
 */
const FIGURE_DATE =
  /(?<![0-9] ?)(?<![0-9])(1[0-2]|0?[1-9]|[12]\d|3[01]) (1[0-2]|0?[1-9]|[12]\d|3[01])(?! ?[0-9])(?! ?(?:k|km|kms|mi|miles?|mins?|minutes?|kg|lbs?|x|reps?|sets?|weeks?|days?|months?|years?|hours?|am|pm|st|nd|rd|th)(?![a-z]))/g;

interface FigureDate {
  start: number;
  end: number;
  a: number;
  b: number;
  /** Whether the text writes the month first, as far as its figures tell (null: they don't). */
  monthFirst: boolean | null;
}

function readFigureDates(lines: string): FigureDate[] {
  const figures = [...lines.matchAll(FIGURE_DATE)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    a: Number(match[1]),
    b: Number(match[2]),
  }));
  const monthFirst = figures.some((f) => f.b > 12)
    ? true
    : figures.some((f) => f.a > 12)
      ? false
      : null;
  return figures.map((figure) => ({ ...figure, monthFirst }));
}

function dayOfYear(month: number, day: number): number {
  return (DAYS_BEFORE_MONTH[month - 1] ?? 0) + day;
}

/** Words earlier in a sentence that date the point after them: "haven't run since the Manchester marathon (mid April)". */
const DATED_IN_SENTENCE =
  /(?:^|[ \n])(?:since|started|starting|began|begun|stopped|hurt|injured|flared|rested|resting)(?![a-z])/;

function isLongGap(earlierDay: number, laterDay: number): boolean {
  const gap = (laterDay - earlierDay + 365) % 365;
  return gap >= SIX_WEEKS_IN_DAYS && gap <= AT_MOST_DAYS;
}

interface Span {
  start: number;
  end: number;
}

/**
 * The first point said to be now that comes long after an earlier one dated from ("since…",
 * "stopped…"), by `isLong`. Each point is asked once whether it is now and whether it is dated.
 */
function laterOfLongSpan<P extends Span>(
  points: readonly P[],
  isNow: (point: P) => boolean,
  isDatedFrom: (point: P) => boolean,
  isLong: (earlier: P, later: P) => boolean,
): P | undefined {
  const now = points.map(isNow);
  const dated = points.map((point, index) => !now[index] && isDatedFrom(point));
  return points.find(
    (later, index) =>
      now[index] && points.slice(0, index).some((earlier, i) => dated[i] && isLong(earlier, later)),
  );
}

/** At most one hit: where a point said to be now comes six weeks or more after an earlier one. */
export function readLongDateSpan(text: ParsedText): PhraseHit[] {
  const { lines } = text;
  const goneThrough = (point: Span) =>
    GONE_THROUGH_BEFORE.test(lines.slice(Math.max(0, point.start - 16), point.start));
  const isNow = (point: Span) =>
    SAID_TO_BE_NOW_BEFORE.test(lines.slice(Math.max(0, point.start - 24), point.start)) ||
    SAID_TO_BE_NOW_AFTER.test(lines.slice(point.end, point.end + 10)) ||
    goneThrough(point);
  const points = readTimePoints(lines);
  const headings = diaryHeadings(lines, points);
  // A diary's first heading is where its story starts: "Mid-Jan - started hurting… Now it's
  // nearly mid April".
  const isDatedFrom = (point: Span) =>
    point.start === headings[0]?.start ||
    DATED_FROM.test(lines.slice(Math.max(0, point.start - 12), point.start)) ||
    DATED_IN_SENTENCE.test(lines.slice(sentenceAround(text, point.start).start, point.start));
  const later =
    laterOfLongSpan(points, isNow, isDatedFrom, (earlier, point) =>
      // (A month gone through is counted from its end: half a month after its middle.)
      isLongGap(earlier.day, point.day + (goneThrough(point) ? 15 : 0)),
    ) ??
    laterOfLongSpan(readFigureDates(lines), isNow, isDatedFrom, longInEveryReading) ??
    appointmentLongAfter(lines, points, isDatedFrom, (offset) => {
      const { start, end } = sentenceAround(text, offset);
      return lines.slice(start, end);
    }) ??
    diaryLongSpan(lines, headings);
  return later ? [{ clause: clauseAtOffset(text, later.start), negated: false }] : [];
}

/** Where the sentence that holds `offset` starts and ends in `text.lines`. */
function sentenceAround(text: ParsedText, offset: number): Span {
  const clause = clauseAtOffset(text, offset);
  const sentence = text.clauses[clause]?.sentence;
  let first = clause;
  while (first > 0 && text.clauses[first - 1]?.sentence === sentence) first -= 1;
  let last = clause;
  while (text.clauses[last + 1]?.sentence === sentence) last += 1;
  return {
    start: text.lineStarts[first] ?? 0,
    end: (text.lineStarts[last] ?? 0) + (text.clauses[last]?.joined.length ?? 0),
  };
}

/**
 * The writer's booked appointment's day, told anywhere in the text, long enough after a point
 * dated from in a sentence about the pain ("Pain… since February… booked in with you on the 14th
 * of June"): the pain has lasted six weeks by now, however near the appointment is. (Not a
 * race "booked for" a date, a son's appointment, or a PB dated in a sentence of its own.)
 */
function appointmentLongAfter(
  lines: string,
  points: readonly TimePoint[],
  isDatedFrom: (point: Span) => boolean,
  sentenceOf: (offset: number) => string,
): TimePoint | undefined {
  const appointment = points.find((point) =>
    APPOINTMENT_BEFORE.test(lines.slice(Math.max(0, point.start - 40), point.start)),
  );
  if (!appointment) return undefined;
  const long = points.some((point) => {
    if (point === appointment || !isDatedFrom(point)) return false;
    if (!ABOUT_THE_PAIN.test(sentenceOf(point.start))) return false;
    const gap = (appointment.day - point.day + 365) % 365;
    return gap >= SIX_WEEKS_BEFORE_AN_APPOINTMENT && gap <= AT_MOST_DAYS;
  });
  return long ? appointment : undefined;
}

/** How many dated headings make a diary: two could be a plan ("March: base. May: race"). */
const DIARY_HEADINGS = 3;
/** A heading's bare month may mean any day in it: "Jan… Mar" may be five weeks apart. */
const MONTH_SLACK_DAYS = 28;
/** A first entry that says all was well: "Dec: hip was fine". */
const FINE = /(?:^|[ \n])(?:fine|ok|okay|good|great|no pain|pain free)(?![a-z])/;
/** What a diary's last entry tells of the pain: still there, or unchanged. */
const STILL_THERE =
  /(?:^|[ \n])(?:pain|painful|sore|hurt|hurts|hurting|ache|aches|aching|pinch|pinches|no change|same|still|no better|worse)(?![a-z])/;

/**
 * A diary of the pain told under dated headings, each opening a line ("Mid-Jan - started
 * hurting… Feb - no running… Jul-Aug: no change"), or none when there are fewer than
 * DIARY_HEADINGS or the first heading does not tell of the pain (a training plan or a race
 * calendar: "Jan: base. Mar: half. May: marathon").
 */
function diaryHeadings(lines: string, points: readonly TimePoint[]): TimePoint[] {
  const headings = points.filter((point) => point.start === 0 || lines[point.start - 1] === '\n');
  if (headings.length < DIARY_HEADINGS) return [];
  const first = lines.slice(headings[0]?.end ?? 0, headings[1]?.start ?? lines.length);
  return ABOUT_THE_PAIN.test(first) && !FINE.test(first) ? headings : [];
}

/**
 * The diary has reached its last heading, so at least the time from the first heading to the
 * last has passed (less a month's slack, for months named without a day), if the last heading
 * tells of the pain going on ("Jul-Aug: no change", not "Jun - fully fine"). Headings must run
 * forward: a back-jump, or a span of more than AT_MOST_DAYS, is a list of plans or a diary
 * told newest first.
 */
function diaryLongSpan(lines: string, headings: readonly TimePoint[]): TimePoint | undefined {
  const last = headings[headings.length - 1];
  if (!last) return undefined;
  const lastEntry = lines.slice(last.end);
  if (!STILL_THERE.test(lastEntry) || ENDED_WELL.test(lastEntry)) return undefined;
  let covered = 0;
  for (let index = 1; index < headings.length; index += 1) {
    covered += ((headings[index]?.day ?? 0) - (headings[index - 1]?.day ?? 0) + 365) % 365;
  }
  const long = covered >= SIX_WEEKS_IN_DAYS + MONTH_SLACK_DAYS && covered <= AT_MOST_DAYS;
  return long ? last : undefined;
}

/** Figures six weeks apart whichever is the month, unless some figure over 12 tells which. */
function longInEveryReading(earlier: FigureDate, later: FigureDate): boolean {
  const readings = later.monthFirst === null ? [true, false] : [later.monthFirst];
  const day = (date: FigureDate, monthFirst: boolean) =>
    monthFirst ? dayOfYear(date.a, date.b) : dayOfYear(date.b, date.a);
  return readings.every((monthFirst) =>
    isLongGap(day(earlier, monthFirst), day(later, monthFirst)),
  );
}
