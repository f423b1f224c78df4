/**
 * The log form, which starts with pain: pain during and after on 0–10 chips and where it hurt,
 * then "Same as last run: 8 km, road" (one tap, the runner's choice) and Save. Everything else
 * (date, distance, time, surface, shoes, pain before and the next morning, what it felt like,
 * notes) waits folded under "More details", whose summary says what will be saved; it opens by
 * itself for the first run (nothing to suggest), when editing, and when a field in it is wrong.
 * Nothing is chosen for the runner: every field starts blank but the date (today, said in the
 * summary), and a blank pain is saved as "not recorded", never as 0 or "no pain". Errors appear
 * next to their fields and focus moves to the first one.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatShortDay } from '../../knowledge/date-format';
import type { ShoeTotal } from '../../knowledge/journal/stats';
import {
  type JournalRun,
  PAIN_CHARACTER_IDS,
  PAIN_CHARACTER_LABELS,
  RUN_LIMITS,
  type RunFields,
  type ShoeFields,
  SURFACE_IDS,
  SURFACE_LABELS,
  ZONE_LABELS,
} from '../../knowledge/journal/types';
import { type DistanceUnit, UNIT_ABBREVIATIONS } from '../../knowledge/journal/units';
import { ZONE_IDS, type ZoneId } from '../../knowledge/types';
import { type Choice, ChoiceGroup, RadioGroup } from '../ui/ChoiceGroup';
import { DecimalInput, FormField } from '../ui/Field';
import { LimitedTextarea } from '../ui/LimitedTextarea';
import { PainScale } from './PainScale';
import {
  applySuggestion,
  type DraftField,
  type RunDraft,
  readDraft,
  type ShoeChoice,
  suggestionFrom,
  usesSuggestion,
} from './run-draft';

type Problems = Partial<Record<DraftField, string>>;

const SURFACE_CHOICES = SURFACE_IDS.map((value) => ({ value, label: SURFACE_LABELS[value] }));
const CHARACTER_CHOICES = PAIN_CHARACTER_IDS.map((value) => ({
  value,
  label: PAIN_CHARACTER_LABELS[value],
}));
const ZONE_CHOICES = ZONE_IDS.map((value) => ({ value, label: ZONE_LABELS[value] }));
const HOW_IT_WENT: readonly Choice<'warmedUp' | 'stretchedAfter' | 'limp'>[] = [
  { value: 'warmedUp', label: 'Warmed up' },
  { value: 'stretchedAfter', label: 'Stretched after' },
  { value: 'limp', label: 'Limped during or after' },
];

/** The pain boxes inside the details; during and after are the chips at the top. */
const PAIN_INPUTS = [
  ['painBefore', 'Before'],
  ['painNextMorning', 'Next morning'],
] as const;

/** Fields folded under "More details": a problem in one of them opens it. */
const DETAIL_FIELDS: readonly DraftField[] = [
  'date',
  'distanceKm',
  'durationMin',
  'surface',
  'shoeId',
  'newShoeName',
  'newShoeKm',
  'painBefore',
  'painNextMorning',
  'painCharacter',
  'notes',
];

/**
 * The form for a new run (`editingId` undefined) or for editing one. It keeps its own draft from
 * `initial` on: give it a new `key` to start over with another run.
 */
export function RunForm(props: {
  initial: RunDraft;
  today: string;
  shoes: readonly ShoeTotal[];
  editingId?: number;
  /** A field to focus when the form opens (the next-morning pain, filled in later). */
  focusField?: DraftField;
  /** The unit distances are typed in; km when not given. */
  unit?: DistanceUnit;
  /** The latest run, offered as "Same as last run" on a new run's form. */
  lastRun?: JournalRun;
  /** Each press of Save, before the fields are checked: the last save's message is now stale. */
  onAttempt?: () => void;
  /** Saves; resolves the stored run, or null when it could not be saved. */
  onSave(fields: RunFields, newShoe?: ShoeFields): Promise<JournalRun | null>;
  onCancel?(): void;
}): JSX.Element {
  const [draft, setDraft] = useState<RunDraft>(props.initial);
  const [problems, setProblems] = useState<Problems>({});
  const [saving, setSaving] = useState(false);
  const [focusRequest, setFocusRequest] = useState(0);
  const [detailsOpen, setDetailsOpen] = useState(
    props.editingId !== undefined || props.lastRun === undefined,
  );
  const form = useRef<HTMLFormElement>(null);

  useEffect(() => {
    if (focusRequest > 0)
      form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  }, [focusRequest]);

  useEffect(() => {
    if (props.focusField)
      form.current?.querySelector<HTMLElement>(`#run-${props.focusField}`)?.focus();
  }, [props.focusField]);

  const set = <K extends keyof RunDraft>(key: K, value: RunDraft[K]) =>
    setDraft((current) => ({ ...current, [key]: value }));
  const text =
    (key: keyof RunDraft) => (event: JSX.TargetedEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      set(key, event.currentTarget.value as never);
  const toggleZone = (zone: ZoneId, on: boolean) =>
    set(
      'zones',
      on
        ? ZONE_IDS.filter((id) => id === zone || draft.zones.includes(id))
        : draft.zones.filter((id) => id !== zone),
    );

  // Pairs the runner can pick: active ones, plus the edited run's own pair even if retired.
  const currentShoe = props.initial.shoe;
  const pickable = props.shoes.filter(
    (total) => !total.shoe.retired || `${total.shoe.id}` === currentShoe,
  );
  const suggestion =
    props.editingId === undefined && props.lastRun
      ? suggestionFrom(
          props.lastRun,
          props.unit ?? 'km',
          new Map(pickable.map((total) => [total.shoe.id, total.shoe.name])),
        )
      : null;
  const unitShort = UNIT_ABBREVIATIONS[props.unit ?? 'km'];
  // What "More details" holds, said in its summary while folded: the date is the one field
  // filled in for the runner, so it is always said.
  const folded = [
    draft.date === props.today ? 'today' : draft.date ? formatShortDay(draft.date) : 'no date',
    draft.distance.trim() === '' ? null : `${draft.distance.trim()} ${unitShort}`,
    draft.surface === null ? null : SURFACE_LABELS[draft.surface].toLowerCase(),
  ]
    .filter(Boolean)
    .join(', ');

  const submit = async (event: Event) => {
    event.preventDefault();
    props.onAttempt?.();
    const reading = readDraft(
      draft,
      props.today,
      new Set(pickable.map((total) => total.shoe.id)),
      props.unit,
    );
    if (!reading.ok) {
      setProblems(reading.problems);
      if (DETAIL_FIELDS.some((field) => reading.problems[field])) setDetailsOpen(true);
      setFocusRequest((count) => count + 1);
      return;
    }
    setProblems({});
    setSaving(true);
    const saved = await props.onSave(reading.fields, reading.newShoe);
    setSaving(false);
    if (!saved) return;
    // Ready for the next run, blank again: the run just saved becomes the one suggested.
    if (props.editingId === undefined) setDraft(props.initial);
  };

  return (
    <form
      class="j-form"
      ref={form}
      onSubmit={submit}
      noValidate
      aria-label={props.editingId === undefined ? 'Log a run' : 'Edit run'}
    >
      <PainScale
        id="run-painDuring"
        legend="Pain during the run"
        hint="0 is none, 10 the worst. Leave it unchosen if you did not note it: that is not 0."
        value={draft.painDuring}
        error={problems.painDuring}
        onChange={(value) => set('painDuring', value)}
      />
      <PainScale
        id="run-painAfter"
        legend="Pain after the run"
        value={draft.painAfter}
        error={problems.painAfter}
        onChange={(value) => set('painAfter', value)}
      />
      <ChoiceGroup
        id="run-zones"
        legend="Where it hurt"
        type="checkbox"
        choices={ZONE_CHOICES}
        checked={(zone) => draft.zones.includes(zone)}
        onChange={toggleZone}
        error={problems.zones}
      />
      {suggestion && (
        <label class="choice j-same-as-last">
          <input
            type="checkbox"
            checked={usesSuggestion(draft, suggestion)}
            onChange={(event) =>
              setDraft((current) =>
                applySuggestion(current, suggestion, event.currentTarget.checked),
              )
            }
          />
          <span>Same as last run: {suggestion.label}</span>
        </label>
      )}

      <details
        class="j-details"
        open={detailsOpen}
        onToggle={(event) => setDetailsOpen(event.currentTarget.open)}
      >
        <summary>
          More details: date, distance, time, surface, shoes, notes
          {!detailsOpen && <span class="hint j-details-now"> (now: {folded})</span>}
        </summary>
        <div class="j-row">
          <FormField
            id="run-date"
            label="Date"
            error={problems.date}
            render={(input) => (
              <input
                {...input}
                type="date"
                max={props.today}
                value={draft.date}
                onInput={text('date')}
                required
              />
            )}
          />
          <FormField
            id="run-distanceKm"
            label={`Distance (${unitShort})`}
            error={problems.distanceKm}
            render={(input) => (
              <DecimalInput {...input} value={draft.distance} onInput={text('distance')} required />
            )}
          />
          <FormField
            id="run-durationMin"
            label="Time (optional)"
            hint="Minutes, or h:mm:ss"
            error={problems.durationMin}
            render={(input) => (
              <input
                {...input}
                type="text"
                inputMode="numeric"
                autoComplete="off"
                value={draft.duration}
                onInput={text('duration')}
              />
            )}
          />
        </div>

        <RadioGroup
          id="run-surface"
          legend="Surface"
          choices={SURFACE_CHOICES}
          value={draft.surface}
          onPick={(surface) => set('surface', surface)}
          error={problems.surface}
          clear={{ what: 'surface', onClear: () => set('surface', null) }}
        />

        <FormField
          id="run-shoeId"
          label="Shoes"
          error={problems.shoeId}
          render={(input) => (
            <select
              {...input}
              value={draft.shoe}
              onChange={(event) => set('shoe', event.currentTarget.value as ShoeChoice)}
            >
              <option value="none">Not tracked</option>
              {pickable.map((total) => (
                <option key={total.shoe.id} value={`${total.shoe.id}`}>
                  {total.shoe.name} ({total.totalKm} km)
                </option>
              ))}
              <option value="new">Add a new pair…</option>
            </select>
          )}
        />
        {draft.shoe === 'new' && (
          <div class="j-row">
            <FormField
              id="run-newShoeName"
              label="Name of the new pair"
              error={problems.newShoeName}
              render={(input) => (
                <input
                  {...input}
                  type="text"
                  autoComplete="off"
                  maxLength={60}
                  value={draft.newShoeName}
                  onInput={text('newShoeName')}
                />
              )}
            />
            <FormField
              id="run-newShoeKm"
              label={`Already run in them (${UNIT_ABBREVIATIONS[props.unit ?? 'km']})`}
              hint="Leave empty for a new pair"
              error={problems.newShoeKm}
              render={(input) => (
                <DecimalInput {...input} value={draft.newShoeKm} onInput={text('newShoeKm')} />
              )}
            />
          </div>
        )}

        <fieldset aria-describedby="run-pain-hint">
          <legend>More pain scores, 0 (none) to 10 (worst)</legend>
          <p class="hint" id="run-pain-hint">
            Leave a box empty if you did not note it: empty means not recorded, not 0.
          </p>
          <div class="j-pain-grid">
            {PAIN_INPUTS.map(([key, label]) => (
              <FormField
                key={key}
                id={`run-${key}`}
                label={label}
                hint={key === 'painNextMorning' ? 'Fill in later' : undefined}
                error={problems[key]}
                render={(input) => (
                  <input
                    {...input}
                    type="number"
                    min={0}
                    max={10}
                    step={1}
                    inputMode="numeric"
                    value={draft[key]}
                    onInput={text(key)}
                  />
                )}
              />
            ))}
          </div>
        </fieldset>

        <RadioGroup
          id="run-painCharacter"
          legend="What it felt like"
          choices={CHARACTER_CHOICES}
          value={draft.painCharacter}
          onPick={(character) => set('painCharacter', character)}
          error={problems.painCharacter}
          clear={{ what: 'what it felt like', onClear: () => set('painCharacter', null) }}
        />

        <ChoiceGroup
          id="run-how"
          legend="How it went"
          type="checkbox"
          choices={HOW_IT_WENT}
          checked={(key) => draft[key]}
          onChange={(key, on) => set(key, on)}
        />

        <FormField
          id="run-notes"
          label="Notes (optional)"
          error={problems.notes}
          render={(input) => (
            <LimitedTextarea
              id={input.id}
              rows={2}
              max={RUN_LIMITS.maxNotesLength}
              describedBy={input['aria-describedby']}
              invalid={input['aria-invalid'] === 'true'}
              value={draft.notes}
              onValue={(notes) => set('notes', notes)}
            />
          )}
        />
      </details>

      <div class="button-row">
        <button type="submit" class="button button-primary" disabled={saving}>
          {props.editingId === undefined ? 'Save run' : 'Save changes'}
        </button>
        {props.onCancel && (
          <button type="button" class="button" onClick={props.onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
