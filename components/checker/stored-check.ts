/**
 * Converting between the checker's answers and the history's stored checks. What is read back
 * is validated id by id: a check saved by an older version keeps whatever still makes sense.
 */

import { isOneOf, knownIds } from '../../knowledge/known-ids';
import { type CheckRecord, readRedFlagAnswers } from '../../knowledge/symptoms/check-record';
import { FEELING_IDS, ONSET_IDS, TRIGGER_IDS } from '../../knowledge/symptoms/evidence';
import type { CheckerAnswers, LookupResult } from '../../knowledge/symptoms/lookup';
import { ZONE_IDS } from '../../knowledge/types';
import { unansweredRedFlags } from './check-draft';
import { MAX_CONDITIONS } from './check-outcome';

/** The record to save for these answers and what the checker showed for them. */
export function toStoredCheck(
  answers: CheckerAnswers,
  result: LookupResult,
  at: number,
): Omit<CheckRecord, 'id'> {
  return {
    at,
    answers: {
      zones: [...answers.zones],
      feelings: [...answers.feelings],
      triggers: [...answers.triggers],
      onset: answers.onset,
      redFlagAnswers: { ...answers.redFlagAnswers },
      text: answers.text,
    },
    // With a red flag, or a safety question unanswered, the checker shows no ranking, so none
    // is recorded either.
    topConditions:
      result.redFlags.length > 0 || unansweredRedFlags(answers).length > 0
        ? []
        : result.conditions.slice(0, MAX_CONDITIONS).map((match) => match.id),
    redFlags: result.redFlags.map((flag) => flag.id),
  };
}

/** The answers of a stored check, keeping only ids this version knows. */
export function answersFromStored(stored: CheckRecord): CheckerAnswers {
  const answers: Partial<CheckRecord['answers']> = stored.answers ?? {};
  return {
    zones: knownIds(answers.zones, ZONE_IDS),
    feelings: knownIds(answers.feelings, FEELING_IDS),
    triggers: knownIds(answers.triggers, TRIGGER_IDS),
    onset: isOneOf(answers.onset, ONSET_IDS) ? answers.onset : null,
    // Older checks saved the yes answers as `redFlags`; both are read.
    redFlagAnswers: readRedFlagAnswers(stored.answers as unknown as Record<string, unknown>),
    text: typeof answers.text === 'string' ? answers.text : '',
  };
}
