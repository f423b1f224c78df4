/**
 * A saved symptom check, as history stores it and a backup carries it: the checker's answers and
 * what it showed. Plain data, shared by the database (platform/) and backups (knowledge/).
 */
import {
  type ConditionId,
  RED_FLAG_IDS,
  type RedFlagAnswer,
  type RedFlagId,
  type ZoneId,
} from '../types';

export interface CheckRecord {
  id?: number;
  /** When the check was made, ms since the epoch. */
  at: number;
  answers: {
    zones: ZoneId[];
    feelings: string[];
    triggers: string[];
    onset: string | null;
    /** Each safety question answered: yes, no or not sure. */
    redFlagAnswers: Partial<Record<RedFlagId, RedFlagAnswer>>;
    text: string;
  };
  /** Top conditions shown, best first. */
  topConditions: ConditionId[];
  redFlags: RedFlagId[];
}

/** A check as read back from history or a backup: it always has its id. */
export type SavedCheck = CheckRecord & { id: number };

const ANSWERS: readonly RedFlagAnswer[] = ['yes', 'no', 'unsure'];

/**
 * The safety answers of a stored check, whatever version saved it: checks saved before
 * "not sure" existed kept only the flags answered yes, as `answers.redFlags`. Unknown ids and
 * answers are dropped.
 */
export function readRedFlagAnswers(
  answers: Readonly<Record<string, unknown>> | undefined,
): Partial<Record<RedFlagId, RedFlagAnswer>> {
  const read: Partial<Record<RedFlagId, RedFlagAnswer>> = {};
  const legacyYes = answers?.redFlags;
  if (Array.isArray(legacyYes)) {
    for (const id of RED_FLAG_IDS) if (legacyYes.includes(id)) read[id] = 'yes';
  }
  const current = answers?.redFlagAnswers;
  if (current !== null && typeof current === 'object') {
    const given = current as Record<string, unknown>;
    for (const id of RED_FLAG_IDS) {
      const answer = ANSWERS.find((known) => known === given[id]);
      if (answer) read[id] = answer;
    }
  }
  return read;
}

/**
 * A check record read from storage or a backup in today's shape: the old `answers.redFlags`
 * yes-list becomes `answers.redFlagAnswers`. Everything else is kept as it is.
 */
export function migrateCheckRecord<T extends CheckRecord>(stored: T): T {
  const raw = stored.answers as unknown as Record<string, unknown> | undefined;
  if (!raw || (raw.redFlagAnswers !== undefined && raw.redFlags === undefined)) return stored;
  const { redFlags: _legacy, ...rest } = raw;
  return {
    ...stored,
    answers: { ...rest, redFlagAnswers: readRedFlagAnswers(raw) } as unknown as T['answers'],
  };
}
