/**
 * The check in progress: the runner's answers (the safety questions' Yes / No / Not sure among
 * them) and whether (and where) it is saved in the history. A reducer, so every change is a plain
 * function tested without the DOM.
 */

import type { CheckPreset } from '../../knowledge/routes';
import {
  FEELING_IDS,
  type FeelingId,
  ONSET_IDS,
  type OnsetId,
  TRIGGER_IDS,
  type TriggerId,
} from '../../knowledge/symptoms/evidence';
import type { CheckerAnswers } from '../../knowledge/symptoms/lookup';
import {
  RED_FLAG_IDS,
  type RedFlagAnswer,
  type RedFlagId,
  ZONE_IDS,
  type ZoneId,
} from '../../knowledge/types';

/** A check being answered. */
export interface CheckDraft {
  /** Bumps whenever another check starts or is opened, so a late save lands on the right one. */
  session: number;
  answers: CheckerAnswers;
  /** The term or condition the runner came from, if any (`check?from=…`). */
  from: string | null;
  /** The history record saving updates; null while the next save adds a new one. */
  savedId: number | null;
  savedAt: number | null;
  /** Opened from the history and not changed since: a change then saves as a new check. */
  reopened: boolean;
  /** Changed since it was last saved (or opened). */
  dirty: boolean;
}

/** No answers at all. */
export const EMPTY_ANSWERS: Readonly<CheckerAnswers> = Object.freeze({
  zones: [],
  feelings: [],
  triggers: [],
  onset: null,
  redFlagAnswers: Object.freeze({}),
  text: '',
});

/** Everything the checker can change in a draft. */
export type CheckAction =
  | { type: 'toggle-zone'; id: ZoneId }
  | { type: 'toggle-feeling'; id: FeelingId }
  | { type: 'toggle-trigger'; id: TriggerId }
  | { type: 'set-onset'; onset: OnsetId | null }
  | { type: 'answer-red-flag'; id: RedFlagId; answer: RedFlagAnswer | null }
  /** "No to all of these": answers "no" to the questions in `ids` not answered yet. */
  | { type: 'answer-rest-no'; ids: readonly RedFlagId[] }
  | { type: 'set-text'; text: string }
  /** A new, unsaved check, optionally with some answers picked already. */
  | { type: 'start'; answers?: Partial<CheckerAnswers>; from?: string | null }
  /** A check reopened from the history; changing it then saves as a new check. */
  | { type: 'open'; id: number; at: number; answers: CheckerAnswers }
  | { type: 'saved'; session: number; id: number; at: number }
  /** History records were deleted: a draft saved as one of them is no longer saved. */
  | { type: 'history-removed'; ids: readonly number[] | 'all' };

/** A fresh, empty draft. */
export function emptyDraft(session = 0): CheckDraft {
  return {
    session,
    answers: { ...EMPTY_ANSWERS, redFlagAnswers: {} },
    from: null,
    savedId: null,
    savedAt: null,
    reopened: false,
    dirty: false,
  };
}

/** True when the runner has answered anything worth keeping. */
export function hasAnswers(answers: CheckerAnswers): boolean {
  return (
    answers.zones.length > 0 ||
    answers.feelings.length > 0 ||
    answers.triggers.length > 0 ||
    answers.onset !== null ||
    Object.values(answers.redFlagAnswers).some(
      (answer) => answer === 'yes' || answer === 'unsure',
    ) ||
    answers.text.trim() !== ''
  );
}

function toggle<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** The safety questions in `ids` (every one by default) not answered yet. */
export function unansweredRedFlags(
  answers: CheckerAnswers,
  ids: readonly RedFlagId[] = RED_FLAG_IDS,
): RedFlagId[] {
  return ids.filter((id) => answers.redFlagAnswers[id] === undefined);
}

function edit(draft: CheckDraft, answers: CheckerAnswers) {
  const changed = { ...draft, answers, dirty: true };
  // A reopened check is a record of that day: changing it makes a new check, kept beside it.
  return draft.reopened ? { ...changed, savedId: null, savedAt: null, reopened: false } : changed;
}

/** Applies one change to the draft. */
export function checkDraftReducer(draft: CheckDraft, action: CheckAction): CheckDraft {
  const { answers } = draft;
  switch (action.type) {
    case 'toggle-zone':
      return edit(draft, { ...answers, zones: toggle(answers.zones, action.id) });
    case 'toggle-feeling':
      return edit(draft, { ...answers, feelings: toggle(answers.feelings, action.id) });
    case 'toggle-trigger':
      return edit(draft, { ...answers, triggers: toggle(answers.triggers, action.id) });
    case 'set-onset':
      return edit(draft, { ...answers, onset: action.onset });
    case 'answer-red-flag': {
      const { [action.id]: _previous, ...others } = answers.redFlagAnswers;
      const redFlagAnswers =
        action.answer === null ? others : { ...others, [action.id]: action.answer };
      return edit(draft, { ...answers, redFlagAnswers });
    }
    case 'answer-rest-no': {
      const rest = unansweredRedFlags(answers, action.ids);
      if (rest.length === 0) return draft;
      const redFlagAnswers = { ...answers.redFlagAnswers };
      for (const id of rest) redFlagAnswers[id] = 'no';
      return edit(draft, { ...answers, redFlagAnswers });
    }
    case 'set-text':
      return edit(draft, { ...answers, text: action.text });
    case 'start': {
      const fresh = emptyDraft(draft.session + 1);
      const picked = { ...fresh.answers, ...action.answers };
      return { ...fresh, answers: picked, from: action.from ?? null, dirty: hasAnswers(picked) };
    }
    case 'open':
      return {
        ...emptyDraft(draft.session + 1),
        answers: action.answers,
        savedId: action.id,
        savedAt: action.at,
        reopened: true,
      };
    case 'saved':
      if (action.session !== draft.session) return draft;
      return { ...draft, savedId: action.id, savedAt: action.at, reopened: false, dirty: false };
    case 'history-removed': {
      const gone =
        draft.savedId !== null && (action.ids === 'all' || action.ids.includes(draft.savedId));
      // Not dirty: a check the runner just deleted must not come back by itself.
      return gone
        ? { ...draft, savedId: null, savedAt: null, reopened: false, dirty: false }
        : draft;
    }
  }
}

/** The answers a route picks in advance (`check?zone=outer-hip`), keeping only known ids. */
export function answersFromPreset(preset: CheckPreset): Partial<CheckerAnswers> {
  const answers: Partial<CheckerAnswers> = {};
  const zone = ZONE_IDS.find((id) => id === preset.zone);
  const feeling = FEELING_IDS.find((id) => id === preset.feeling);
  const trigger = TRIGGER_IDS.find((id) => id === preset.trigger);
  const onset = ONSET_IDS.find((id) => id === preset.onset);
  if (zone) answers.zones = [zone];
  if (feeling) answers.feelings = [feeling];
  if (trigger) answers.triggers = [trigger];
  if (onset) answers.onset = onset;
  if (preset.text?.trim()) answers.text = preset.text.trim();
  return answers;
}
