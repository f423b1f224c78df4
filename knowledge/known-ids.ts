/**
 * Checks that a value from outside the code (storage, a message, an address, a backup file) is one
 * of the ids we know. One helper for every such check, so each list is read the same way.
 */
import { CONDITION_IDS, type ConditionId } from './types';

/** True when `value` is one of `allowed`. */
export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/** True when `value` names one of the five conditions. */
export function isConditionId(value: unknown): value is ConditionId {
  return isOneOf(value, CONDITION_IDS);
}
