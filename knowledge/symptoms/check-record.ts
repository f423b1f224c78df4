/**
 * A saved symptom check, as history stores it and a backup carries it: the checker's answers and
 * what it showed. Plain data, shared by the database (platform/) and backups (knowledge/).
 */
import type { ConditionId, RedFlagId, ZoneId } from '../types';

export interface CheckRecord {
  id?: number;
  /** When the check was made, ms since the epoch. */
  at: number;
  answers: {
    zones: ZoneId[];
    feelings: string[];
    triggers: string[];
    onset: string | null;
    redFlags: RedFlagId[];
    text: string;
  };
  /** Top conditions shown, best first. */
  topConditions: ConditionId[];
  redFlags: RedFlagId[];
}

/** A check as read back from history or a backup: it always has its id. */
export type SavedCheck = CheckRecord & { id: number };
