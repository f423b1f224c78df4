/**
 * Checks that a value from outside the code (storage, a message, an address, a backup file) is one
 * of the ids we know. One helper for every such check, so each list is read the same way.
 */
import { CONDITION_IDS, type ConditionId } from './types';

/** True when `value` is one of `allowed`. */
export function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}

/**
 * The ids in `value` (a list from outside) that are in `allowed`, in `allowed`'s order and
 * without repeats; anything else, or a `value` that is not a list, gives none. For what an older
 * version may have stored: a choice it offered and this one does not is dropped, not an error.
 */
export function knownIds<T extends string>(value: unknown, allowed: readonly T[]): T[] {
  if (!Array.isArray(value)) return [];
  return allowed.filter((id) => value.includes(id));
}

/** True when `value` names one of the conditions. */
export function isConditionId(value: unknown): value is ConditionId {
  return isOneOf(value, CONDITION_IDS);
}
