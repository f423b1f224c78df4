/**
 * Sample checker answers for unit tests: nothing picked and nothing typed, overridden per test
 * so each test shows only the answers that matter to it.
 */
import type { CheckerAnswers } from '../../../../knowledge/symptoms/lookup';

/** Answers with nothing chosen, with `changes` applied. */
export function sampleAnswers(changes: Partial<CheckerAnswers> = {}): CheckerAnswers {
  return {
    zones: [],
    feelings: [],
    triggers: [],
    onset: null,
    redFlagAnswers: {},
    text: '',
    ...changes,
  };
}
