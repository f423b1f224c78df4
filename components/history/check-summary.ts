/**
 * A saved check in one line, for the history list: "Outer hip, Burning · Closest match: Groin strain"
 * or "Warning sign: You cannot put weight on the leg". Pure.
 */
import { conditionById } from '../../knowledge/guide/conditions';
import { redFlagById } from '../../knowledge/guide/red-flags';
import type { CheckRecord } from '../../knowledge/symptoms/check-record';
import { FEELINGS, ZONES } from '../../knowledge/symptoms/evidence';
import { CONDITION_IDS, RED_FLAG_IDS } from '../../knowledge/types';

/** What the runner said, briefly. */
export function describeAnswers(check: CheckRecord): string {
  const picked = [
    ...ZONES.filter((zone) => check.answers.zones.includes(zone.id)).map((zone) => zone.label),
    ...FEELINGS.filter((feeling) => check.answers.feelings.includes(feeling.id)).map(
      (feeling) => feeling.label,
    ),
  ];
  const others =
    check.answers.triggers.length +
    (check.answers.onset ? 1 : 0) +
    // A safety "no" is not worth a word here; a "yes" or "not sure" is.
    Object.values(check.answers.redFlagAnswers ?? {}).filter((answer) => answer !== 'no').length;
  if (others > 0) picked.push(`${others} more ${others === 1 ? 'answer' : 'answers'}`);
  const text = check.answers.text.trim();
  if (text) picked.push(`“${text.length > 60 ? `${text.slice(0, 59).trimEnd()}…` : text}”`);
  return picked.length > 0 ? picked.join(', ') : 'No answers';
}

/** What the checker showed, briefly. */
export function describeFinding(check: CheckRecord): string {
  const flags = RED_FLAG_IDS.filter((id) => check.redFlags.includes(id));
  const [flag] = flags;
  if (flag) {
    const more = flags.length > 1 ? ` (+${flags.length - 1} more)` : '';
    return `Warning sign: ${redFlagById(flag).title}${more}`;
  }
  const conditions = check.topConditions.filter((id) => CONDITION_IDS.includes(id));
  const [best, ...others] = conditions;
  const safety = check.answers.redFlagAnswers;
  // No ranking was shown while a safety question was open (older checks never asked them all).
  if (!best && safety && RED_FLAG_IDS.some((id) => safety[id] === undefined)) {
    return 'Safety questions not all answered';
  }
  if (!best) return 'No clear match';
  const also =
    others.length > 0 ? `; also ${others.map((id) => conditionById(id).name).join(', ')}` : '';
  return `Closest match: ${conditionById(best).name}${also}`;
}
