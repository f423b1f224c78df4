import { describe, expect, it } from 'vitest';
import { appReducer, initialAppState } from '../../../../components/app-state';
import {
  answersFromPreset,
  type CheckAction,
  type CheckDraft,
  checkDraftReducer,
  emptyDraft,
  unansweredRedFlags,
} from '../../../../components/checker/check-draft';
import {
  barLabel,
  checkOutcome,
  describeOutcome,
  stopsTheFlow,
} from '../../../../components/checker/check-outcome';
import { answersFromStored, toStoredCheck } from '../../../../components/checker/stored-check';
import { describeAnswers, describeFinding } from '../../../../components/history/check-summary';
import type { CheckRecord } from '../../../../knowledge/symptoms/check-record';
import { lookupAnswers } from '../../../../knowledge/symptoms/lookup';
import { RED_FLAG_IDS, type RedFlagAnswer, type RedFlagId } from '../../../../knowledge/types';

/** Every safety question answered `answer`, with some exceptions. */
function allSafety(
  answer: RedFlagAnswer,
  except: Partial<Record<RedFlagId, RedFlagAnswer>> = {},
): Partial<Record<RedFlagId, RedFlagAnswer>> {
  return { ...Object.fromEntries(RED_FLAG_IDS.map((id) => [id, answer])), ...except };
}

function run(actions: CheckAction[], start: CheckDraft = emptyDraft()): CheckDraft {
  return actions.reduce(checkDraftReducer, start);
}

describe('the check in progress', () => {
  it('toggles answers and remembers red-flag questions answered either way', () => {
    const draft = run([
      { type: 'toggle-zone', id: 'outer-hip' },
      { type: 'toggle-zone', id: 'groin' },
      { type: 'toggle-zone', id: 'outer-hip' },
      { type: 'toggle-trigger', id: 'stairs' },
      { type: 'set-onset', onset: 'gradual' },
      { type: 'answer-red-flag', id: 'fall-injury', answer: 'no' },
      { type: 'answer-red-flag', id: 'nerve-symptoms', answer: 'yes' },
      { type: 'answer-red-flag', id: 'nerve-symptoms', answer: 'no' },
    ]);
    expect(draft.answers).toMatchObject({
      zones: ['groin'],
      triggers: ['stairs'],
      onset: 'gradual',
      redFlagAnswers: { 'fall-injury': 'no', 'nerve-symptoms': 'no' },
    });
    const unsure = checkDraftReducer(draft, {
      type: 'answer-red-flag',
      id: 'cauda-equina',
      answer: 'unsure',
    });
    expect(unsure.answers.redFlagAnswers['cauda-equina']).toBe('unsure');
    const cleared = checkDraftReducer(unsure, {
      type: 'answer-red-flag',
      id: 'cauda-equina',
      answer: null,
    });
    expect(cleared.answers.redFlagAnswers).not.toHaveProperty('cauda-equina');
    expect(draft.dirty).toBe(true);
  });

  it('keeps updating the record it saved, and ignores a save that lands after another check began', () => {
    let draft = run([{ type: 'toggle-zone', id: 'buttock' }]);
    draft = checkDraftReducer(draft, { type: 'saved', session: draft.session, id: 4, at: 1000 });
    expect(draft).toMatchObject({ savedId: 4, savedAt: 1000, dirty: false });
    draft = checkDraftReducer(draft, { type: 'set-text', text: 'sore when sitting' });
    expect(draft).toMatchObject({ savedId: 4, dirty: true });
    const next = checkDraftReducer(draft, { type: 'start' });
    expect(
      checkDraftReducer(next, { type: 'saved', session: draft.session, id: 4, at: 2000 }),
    ).toBe(next);
  });

  it('saves a changed reopened check as a new one, keeping the old record as it was', () => {
    const opened = checkDraftReducer(emptyDraft(), {
      type: 'open',
      id: 9,
      at: 500,
      answers: { ...emptyDraft().answers, zones: ['front-hip'] },
    });
    expect(opened).toMatchObject({ savedId: 9, reopened: true, dirty: false });
    const changed = checkDraftReducer(opened, { type: 'toggle-feeling', id: 'sharp' });
    expect(changed).toMatchObject({ savedId: null, savedAt: null, reopened: false, dirty: true });
  });

  it('forgets a deleted record without bringing it back', () => {
    const saved = checkDraftReducer(run([{ type: 'toggle-zone', id: 'groin' }]), {
      type: 'saved',
      session: 0,
      id: 3,
      at: 1,
    });
    expect(checkDraftReducer(saved, { type: 'history-removed', ids: [2] })).toBe(saved);
    expect(checkDraftReducer(saved, { type: 'history-removed', ids: 'all' })).toMatchObject({
      savedId: null,
      dirty: false,
    });
  });

  it('starts a check from a route with its answers picked', () => {
    const answers = answersFromPreset({ zone: 'outer-thigh', trigger: 'downhill', text: '  ow ' });
    const draft = checkDraftReducer(emptyDraft(), { type: 'start', answers, from: 'itbs' });
    expect(draft.answers).toMatchObject({
      zones: ['outer-thigh'],
      triggers: ['downhill'],
      text: 'ow',
    });
    expect(draft).toMatchObject({ from: 'itbs', dirty: true, session: 1 });
    expect(answersFromPreset({ zone: 'elbow' })).toEqual({});
  });

  it('shares the draft through the app state, which counts saves for the history list', () => {
    let state = initialAppState();
    expect(state.check.dirty).toBe(false);
    state = appReducer(state, { type: 'check', action: { type: 'toggle-zone', id: 'groin' } });
    expect(state.check).toMatchObject({ dirty: true, answers: { zones: ['groin'] } });
    state = appReducer(state, {
      type: 'check',
      action: { type: 'saved', session: 0, id: 1, at: 5 },
    });
    expect(state.historyVersion).toBe(1);
    expect(state.check.dirty).toBe(false);
  });
});

describe('what the checker shows', () => {
  const none = emptyDraft().answers;

  it('shows nothing before any answer', () => {
    expect(checkOutcome(none)).toEqual({ kind: 'empty' });
    expect(describeOutcome(checkOutcome(none), 'en-GB')).toBe('No answers yet.');
  });

  it('suggests nothing until every safety question has an answer', () => {
    const picked = { ...none, zones: ['outer-hip' as const], triggers: ['lying-on-side' as const] };
    expect(checkOutcome(picked)).toEqual({
      kind: 'safety-pending',
      unanswered: RED_FLAG_IDS.length,
    });
    const oneLeft = { ...picked, redFlagAnswers: allSafety('no') };
    delete oneLeft.redFlagAnswers['bone-stress'];
    const outcome = checkOutcome(oneLeft);
    expect(outcome).toEqual({ kind: 'safety-pending', unanswered: 1 });
    expect(describeOutcome(outcome, 'en-GB')).toBe(
      'Answer the last safety question to see what this might be.',
    );
    expect(checkOutcome({ ...picked, redFlagAnswers: allSafety('no') }).kind).toBe('ranked');
  });

  it('answers "no" to the rest of a group, never undoing a yes', () => {
    const group = ['cannot-bear-weight', 'fall-injury', 'infection-signs'] as const;
    let draft = checkDraftReducer(emptyDraft(), {
      type: 'answer-red-flag',
      id: 'fall-injury',
      answer: 'yes',
    });
    draft = checkDraftReducer(draft, { type: 'answer-rest-no', ids: group });
    expect(draft.answers.redFlagAnswers).toEqual({
      'fall-injury': 'yes',
      'cannot-bear-weight': 'no',
      'infection-signs': 'no',
    });
    expect(unansweredRedFlags(draft.answers)).toEqual(
      RED_FLAG_IDS.filter((id) => !(group as readonly string[]).includes(id)),
    );
  });

  it('counts "Not sure" as the flag raised at its own tier, and stops the flow', () => {
    const outcome = checkOutcome({
      ...none,
      zones: ['groin'],
      redFlagAnswers: allSafety('no', { 'bone-stress': 'unsure' }),
    });
    expect(outcome).toMatchObject({ kind: 'urgent', urgency: 'same-day' });
    if (outcome.kind !== 'urgent') return;
    expect(outcome.redFlags).toMatchObject([{ id: 'bone-stress', unsure: true }]);
    expect(stopsTheFlow(outcome)).toBe(true);
    expect(describeOutcome(outcome, 'en-US')).toMatch(/^Get seen today: /);
  });

  it('does not stop the flow for a see-someone-soon flag, but still withholds the ranking', () => {
    const soon = RED_FLAG_IDS.find((id) => {
      const result = checkOutcome({
        ...none,
        zones: ['outer-hip'],
        redFlagAnswers: { [id]: 'yes' },
      });
      return result.kind === 'urgent' && result.urgency === 'soon';
    });
    expect(soon).toBeDefined();
    if (!soon) return;
    const outcome = checkOutcome({
      ...none,
      zones: ['outer-hip'],
      redFlagAnswers: allSafety('no', { [soon]: 'yes' }),
    });
    expect(outcome).toMatchObject({ kind: 'urgent', urgency: 'soon' });
    expect(stopsTheFlow(outcome)).toBe(false);
  });

  it('ranks at most three conditions, closest first', () => {
    const outcome = checkOutcome({
      ...none,
      zones: ['outer-hip', 'groin', 'front-hip'],
      feelings: ['burning', 'sharp'],
      triggers: ['lying-on-side', 'getting-up', 'stairs'],
      redFlagAnswers: allSafety('no'),
    });
    expect(outcome.kind).toBe('ranked');
    if (outcome.kind !== 'ranked') return;
    expect(outcome.conditions.length).toBeLessThanOrEqual(3);
    expect(outcome.conditions[0]?.id).toBe('hip-bursitis');
    expect(describeOutcome(outcome, 'en-GB')).toMatch(
      /^Closest match to read about: Outer hip pain \(hip bursitis\)\. Also possible: /,
    );
  });

  it('puts urgent advice first, action first, and stops the ranking on any red flag', () => {
    const outcome = checkOutcome({
      ...none,
      zones: ['outer-hip'],
      triggers: ['lying-on-side'],
      redFlagAnswers: { 'nerve-symptoms': 'yes', 'cannot-bear-weight': 'yes' },
    });
    expect(outcome.kind).toBe('urgent');
    if (outcome.kind !== 'urgent') return;
    expect(outcome.redFlags.map((flag) => flag.urgency)).toEqual(['emergency', 'same-day']);
    expect(describeOutcome(outcome, 'en-GB')).toBe(
      'Call 999 or go to A&E now: You cannot put weight on the leg (and 1 more).',
    );
    expect(describeOutcome(outcome, 'en-CA')).toMatch(
      /^Call 911 or go to the emergency room now: /,
    );
    expect(describeOutcome(outcome, 'de-DE')).toMatch(/^Call 112 /);
  });

  it('puts a few words in the bottom bar, and an urgent action whole', () => {
    const outer = { ...none, zones: ['outer-hip' as const], triggers: ['lying-on-side' as const] };
    const words = (answers: typeof none, locale = 'en-GB') =>
      barLabel(checkOutcome(answers), locale);
    expect(words(none)).toBe('No answers yet.');
    expect(words(outer)).toBe(`${RED_FLAG_IDS.length} safety questions left.`);
    const ranked = checkOutcome({ ...outer, redFlagAnswers: allSafety('no') });
    expect(ranked.kind).toBe('ranked');
    if (ranked.kind !== 'ranked') return;
    const count = ranked.conditions.length;
    expect(barLabel(ranked, 'en-GB')).toBe(
      count === 1 ? '1 match to read about.' : `${count} matches to read about.`,
    );
    // Short enough for one line beside "See results" at 360 px: about 32 characters.
    for (const label of [words(none), words(outer), barLabel(ranked, 'en-GB')]) {
      expect(label.length, label).toBeLessThanOrEqual(32);
    }
    const emergency = { ...outer, redFlagAnswers: { 'cannot-bear-weight': 'yes' as const } };
    expect(words(emergency, 'en-GB')).toBe('Call 999 or go to A&E now.');
    expect(words(emergency, 'en-US')).toBe('Call 911 or go to the emergency room now.');
  });

  it('raises red flags from the free text too', () => {
    const outcome = checkOutcome({ ...none, text: 'I fell and now I cannot walk on it at all' });
    expect(outcome.kind).toBe('urgent');
  });

  it('says so when nothing points anywhere', () => {
    expect(
      checkOutcome({ ...none, onset: 'mileage-jump', redFlagAnswers: allSafety('no') }),
    ).toEqual({ kind: 'no-match' });
  });
});

describe('saved checks', () => {
  it('records what was shown: no ranking beside a red flag', () => {
    const answers = {
      ...emptyDraft().answers,
      zones: ['groin' as const],
      redFlagAnswers: { 'bone-stress': 'yes' as const },
    };
    const stored = toStoredCheck(answers, lookupAnswers(answers), 42);
    expect(stored).toMatchObject({ at: 42, topConditions: [], redFlags: ['bone-stress'] });
  });

  it('reads back only what this version knows', () => {
    const stored = {
      id: 1,
      at: 1,
      answers: {
        zones: ['outer-hip', 'knee'],
        feelings: ['burning'],
        triggers: ['stairs', 'swimming'],
        onset: 'sudden',
        redFlags: ['made-up', 'fall-injury'],
        text: 'old text',
      },
      topConditions: [],
      redFlags: [],
    } as unknown as CheckRecord;
    expect(answersFromStored(stored)).toEqual({
      zones: ['outer-hip'],
      feelings: ['burning'],
      triggers: ['stairs'],
      onset: null,
      redFlagAnswers: { 'fall-injury': 'yes' },
      text: 'old text',
    });
  });
});

describe('history lines', () => {
  it('say what was answered and what the checker found, in a line each', () => {
    const answered = {
      ...emptyDraft().answers,
      zones: ['outer-hip' as const],
      feelings: ['burning' as const],
      triggers: ['stairs' as const],
      redFlagAnswers: allSafety('no'),
    };
    const base = toStoredCheck(answered, lookupAnswers(answered), 1);
    expect(describeAnswers(base)).toBe('Outer hip, Burning, 1 more answer');
    expect(describeFinding(base)).toMatch(/^Closest match: Outer hip pain \(hip bursitis\)/);
    const urgent = { ...base, redFlags: ['fall-injury' as const, 'nerve-symptoms' as const] };
    expect(describeFinding(urgent)).toBe(
      'Warning sign: Severe pain or a changed leg after a fall (+1 more)',
    );
    expect(describeFinding({ ...base, topConditions: [] })).toBe('No clear match');
    const unfinished = { ...answered, redFlagAnswers: {} };
    expect(describeFinding(toStoredCheck(unfinished, lookupAnswers(unfinished), 2))).toBe(
      'Safety questions not all answered',
    );
  });
});
