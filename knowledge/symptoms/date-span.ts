/**
 * Six weeks or more between two dates, the later one said to be today: "Stopped all running on
 * 1st September. It's now 20th October." A phrase cannot count days, so this reads the dates and
 * counts them. It feeds `long-duration`, for the "not better after six weeks" flag (issue #12).
 */
import { clauseAtOffset, type ParsedText, type PhraseHit } from './text-reading';

/** Each month's first three letters, in order; the date pattern accepts the longer spellings. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const DAYS_BEFORE_MONTH = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];
const MONTH =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const DAY = '([1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?';
/** "1st September", "20 oct", "the 3rd of May", "Sept 1st". */
const DATE = new RegExp(
  `(?<![a-z0-9])(?:${DAY} (?:of )?${MONTH}|${MONTH} ${DAY})(?![a-z0-9])`,
  'g',
);
/** Words that make a date today's: "it's now 20th October", "today (3rd Dec)". */
const SAID_TO_BE_NOW = /(?:^|[ \n])(?:now|today)(?:[ \n][^ \n]+){0,2}[ \n]?$/;
/** Six weeks. */
const LONG_ENOUGH_DAYS = 42;
/** A gap longer than this is more likely two different years' stories. */
const AT_MOST_DAYS = 300;

function dayOfYear(day: string, month: string): number {
  return (DAYS_BEFORE_MONTH[MONTHS.indexOf(month.slice(0, 3))] ?? 0) + Number(day);
}

/** At most one hit: where a date said to be today comes six weeks or more after an earlier one. */
export function readLongDateSpan(text: ParsedText): PhraseHit[] {
  const dates = [...text.lines.matchAll(DATE)].map((match) => ({
    at: match.index,
    day: dayOfYear(match[1] ?? match[4] ?? '', match[2] ?? match[3] ?? ''),
  }));
  for (const [index, later] of dates.entries()) {
    if (
      index === 0 ||
      !SAID_TO_BE_NOW.test(text.lines.slice(Math.max(0, later.at - 20), later.at))
    ) {
      continue;
    }
    for (const earlier of dates.slice(0, index)) {
      const gap = (later.day - earlier.day + 365) % 365;
      if (gap >= LONG_ENOUGH_DAYS && gap <= AT_MOST_DAYS) {
        return [{ clause: clauseAtOffset(text, later.at), negated: false }];
      }
    }
  }
  return [];
}
