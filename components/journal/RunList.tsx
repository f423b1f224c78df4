/**
 * The logged runs, newest first, each with its numbers in a line a runner can scan, and Edit and
 * Delete (Delete asks once, inline). Below them, the shoes with their totals, to retire a pair.
 */
import type { JSX } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatDay } from '../../knowledge/date-format';
import { awaitsPain } from '../../knowledge/journal/import/imported-run';
import { defaultRetireKm } from '../../knowledge/journal/rules';
import { byDate, type ShoeTotal } from '../../knowledge/journal/stats';
import {
  checkShoeFields,
  type JournalRun,
  type JournalShoe,
  PAIN_CHARACTER_LABELS,
  RUN_LIMITS,
  SURFACE_LABELS,
  ZONE_LABELS,
} from '../../knowledge/journal/types';
import {
  type DistanceUnit,
  distanceIn,
  formatClimb,
  formatDistance,
  fromKm,
  toKm,
  UNIT_ABBREVIATIONS,
} from '../../knowledge/journal/units';
import { DecimalInput, FormField } from '../ui/Field';
import { type DraftField, formatDuration, parseDecimal } from './run-draft';

/** "Mon, 12 May 2025" in the reader's locale. */
function longDate(date: string): string {
  return formatDay(date, { weekday: true });
}

function painLine(run: JournalRun): string {
  const { before, during, after, nextMorning } = run.pain;
  // A blank score is "not noted", never shown as 0.
  const score = (value: number | null, moment: string) =>
    value === null ? `${moment} not noted` : `${value} ${moment}`;
  const morning =
    nextMorning === null ? 'next morning not yet filled in' : `next morning ${nextMorning}`;
  return `Pain ${score(before, 'before')}, ${score(during, 'during')}, ${score(after, 'after')}, ${morning}`;
}

/** Notes longer than this show their start, with a button for the rest. */
const NOTES_PREVIEW = 200;

/** A run's notes: a long one is shortened (saying so) until the runner asks for all of it. */
function RunNotes({ notes, date }: { notes: string; date: string }): JSX.Element {
  const [whole, setWhole] = useState(false);
  if (notes.length <= NOTES_PREVIEW) return <p class="j-meta">“{notes}”</p>;
  const start = notes.slice(0, NOTES_PREVIEW).replace(/\s+\S*$/, '');
  return (
    <p class="j-meta">
      “{whole ? notes : `${start}…`}”{' '}
      <button
        type="button"
        class="link-button"
        aria-expanded={whole}
        aria-label={`${whole ? 'Show less of' : 'Show all of'} the note for the run of ${date}`}
        onClick={() => setWhole(!whole)}
      >
        {whole ? 'show less' : `show all (${notes.length.toLocaleString('en-GB')} characters)`}
      </button>
    </p>
  );
}

function RunItem(props: {
  run: JournalRun;
  shoeName: string | null;
  unit: DistanceUnit;
  onEdit(focus?: DraftField): void;
  onDelete(): Promise<boolean>;
}): JSX.Element {
  const { run } = props;
  const [confirming, setConfirming] = useState(false);
  const keep = useRef<HTMLButtonElement>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  const wasConfirming = useRef(false);
  useEffect(() => {
    if (confirming) keep.current?.focus();
    else if (wasConfirming.current) deleteButton.current?.focus();
    wasConfirming.current = confirming;
  }, [confirming]);

  const details = [
    formatDistance(run.distanceKm, props.unit),
    run.durationMin === null ? null : `${formatDuration(run.durationMin)} min`,
    run.elevationGainM === undefined ? null : formatClimb(run.elevationGainM, props.unit),
    run.surface === null ? null : SURFACE_LABELS[run.surface],
    props.shoeName,
  ].filter(Boolean);
  // Only what was ticked: an unticked box (a quick log, an import) is not "no warm-up".
  const habits = [
    run.warmedUp ? 'warmed up' : null,
    run.stretchedAfter ? 'stretched after' : null,
  ].filter(Boolean);
  const whereAndHabits = [
    run.zones.length > 0 ? `Where: ${run.zones.map((zone) => ZONE_LABELS[zone]).join(', ')}` : null,
    habits.length > 0 ? habits.join(', ') : null,
  ]
    .filter(Boolean)
    .join(' · ');

  return (
    <li class="j-run" data-run-id={run.id} data-date={run.date}>
      <h3>
        {longDate(run.date)}
        {run.limp && <span class="j-flag">Limp</span>}
      </h3>
      <p>{details.join(' · ')}</p>
      {awaitsPain(run) ? (
        <p class="j-meta">
          Imported from a {run.imported?.source.toUpperCase()} file · how your hip felt is not added
          yet
        </p>
      ) : (
        <>
          <p class="j-meta">
            {painLine(run)}
            {run.painCharacter !== null &&
              run.painCharacter !== 'none' &&
              ` · ${PAIN_CHARACTER_LABELS[run.painCharacter].toLowerCase()}`}
            {run.pain.nextMorning === null && (
              <>
                {' · '}
                <button
                  type="button"
                  class="link-button"
                  onClick={() => props.onEdit('painNextMorning')}
                  aria-label={`Add next-morning pain for the run of ${longDate(run.date)}`}
                >
                  add next-morning pain
                </button>
              </>
            )}
          </p>
          {whereAndHabits && <p class="j-meta">{whereAndHabits}</p>}
        </>
      )}
      {run.notes && <RunNotes notes={run.notes} date={longDate(run.date)} />}
      {confirming ? (
        <div class="button-row">
          <span id={`delete-question-${run.id}`}>Delete this run?</span>
          <button
            type="button"
            class="button button-danger"
            aria-describedby={`delete-question-${run.id}`}
            onClick={() => void props.onDelete()}
          >
            Yes, delete
          </button>
          <button type="button" class="button" ref={keep} onClick={() => setConfirming(false)}>
            Keep it
          </button>
        </div>
      ) : (
        <div class="button-row">
          {awaitsPain(run) && (
            <button
              type="button"
              class="button button-primary"
              onClick={() => props.onEdit('painBefore')}
              aria-label={`Add pain for the run of ${longDate(run.date)}`}
            >
              Add pain
            </button>
          )}
          <button
            type="button"
            class="button"
            onClick={() => props.onEdit()}
            aria-label={`Edit the run of ${longDate(run.date)}`}
          >
            Edit
          </button>
          <button
            type="button"
            class="button"
            ref={deleteButton}
            onClick={() => setConfirming(true)}
            aria-label={`Delete the run of ${longDate(run.date)}`}
          >
            Delete
          </button>
        </div>
      )}
    </li>
  );
}

/**
 * Runs per page: about a month of running. Years of runs are paged rather than shown at once, so
 * the list costs the same to draw with 20 runs or 2,000 (a single "show all" took seconds).
 */
export const RUNS_PER_PAGE = 20;

/** Every run, newest first, a page at a time with Newer and Older. */
export function RunList(props: {
  runs: readonly JournalRun[];
  shoes: readonly JournalShoe[];
  unit: DistanceUnit;
  onEdit(run: JournalRun, focus?: DraftField): void;
  onDelete(run: JournalRun): Promise<boolean>;
}): JSX.Element {
  const [page, setPage] = useState(0);
  const status = useRef<HTMLParagraphElement>(null);
  const newestFirst = useMemo(() => byDate(props.runs).reverse(), [props.runs]);
  const names = useMemo(
    () => new Map(props.shoes.map((shoe) => [shoe.id, shoe.name])),
    [props.shoes],
  );
  if (newestFirst.length === 0) return <p class="j-empty">No runs logged yet.</p>;
  const pages = Math.ceil(newestFirst.length / RUNS_PER_PAGE);
  // A deletion can leave the last page empty: show the one before.
  const current = Math.min(page, pages - 1);
  const first = current * RUNS_PER_PAGE;
  const shown = newestFirst.slice(first, first + RUNS_PER_PAGE);
  const turn = (to: number) => {
    setPage(to);
    // The button pressed may go (no older page): the runner continues from the page's status,
    // which says where they are.
    status.current?.focus();
  };
  const count = newestFirst.length.toLocaleString('en-GB');
  const newest = shown[0];
  const oldest = shown[shown.length - 1];
  return (
    <>
      {pages > 1 && (
        <p class="hint" ref={status} tabIndex={-1} data-runs-page>
          Runs {first + 1}–{first + shown.length} of {count}, newest first
          {newest && oldest ? ` (${longDate(oldest.date)} to ${longDate(newest.date)})` : ''}.
        </p>
      )}
      <ul class="j-runs" aria-label="Runs, newest first">
        {shown.map((run) => (
          <RunItem
            key={run.id}
            run={run}
            shoeName={run.shoeId === null ? null : (names.get(run.shoeId) ?? null)}
            unit={props.unit}
            onEdit={(focus) => props.onEdit(run, focus)}
            onDelete={() => props.onDelete(run)}
          />
        ))}
      </ul>
      {pages > 1 && (
        <div class="button-row" data-runs-pages>
          {current > 0 && (
            <button type="button" class="button" onClick={() => turn(current - 1)}>
              Newer runs
            </button>
          )}
          {current < pages - 1 && (
            <button type="button" class="button" onClick={() => turn(current + 1)}>
              Older runs
            </button>
          )}
          {current > 1 && (
            <button type="button" class="link-button" onClick={() => turn(0)}>
              Back to the latest
            </button>
          )}
        </div>
      )}
    </>
  );
}

/**
 * The distance at which the runner means to replace a pair, in their unit: the usual 500 miles or
 * 800 km until they choose (the hint says so). Saved on Enter or with the button; checked like a
 * backup's pair; "Saved" is said beside it until the next change.
 */
function RetireDistance(props: {
  shoe: JournalShoe;
  unit: DistanceUnit;
  onUpdate(shoe: JournalShoe): Promise<boolean>;
}): JSX.Element {
  const current = props.shoe.retireKm ?? defaultRetireKm(props.unit);
  const [typed, setTyped] = useState(String(distanceIn(current, props.unit, 0)));
  const [error, setError] = useState<string | undefined>(undefined);
  const [saved, setSaved] = useState('');
  const id = `shoe-${props.shoe.id}-retire`;
  const save = async (event: Event) => {
    event.preventDefault();
    setSaved('');
    const retireKm = toKm(parseDecimal(typed), props.unit);
    const problem = checkShoeFields({ ...props.shoe, retireKm }).retireKm;
    setError(
      problem &&
        (props.unit === 'mi'
          ? `Enter a distance to replace them at, ${Math.ceil(fromKm(RUN_LIMITS.minShoeRetireKm, 'mi'))} to ${Math.floor(fromKm(RUN_LIMITS.maxShoeRetireKm, 'mi'))} miles.`
          : problem),
    );
    if (problem) return;
    if (await props.onUpdate({ ...props.shoe, retireKm })) {
      setSaved(`Saved: replace at ${formatDistance(retireKm, props.unit, 0)}.`);
    }
  };
  return (
    <form class="j-retire" onSubmit={save} noValidate>
      <FormField
        id={id}
        label={`Replace ${props.shoe.name} at (${UNIT_ABBREVIATIONS[props.unit]})`}
        hint={
          props.shoe.retireKm === undefined ? 'The usual distance, until you change it' : undefined
        }
        error={error}
        render={(input) => (
          <DecimalInput
            {...input}
            value={typed}
            onInput={(event) => {
              setSaved('');
              setTyped(event.currentTarget.value);
            }}
          />
        )}
      />
      <button type="submit" class="button">
        Save
      </button>
      <span role="status" class="hint" data-retire-status>
        {saved}
      </span>
    </form>
  );
}

/** The shoes with their running totals; a pair can be retired or brought back. */
export function ShoeList(props: {
  totals: readonly ShoeTotal[];
  unit: DistanceUnit;
  onUpdate(shoe: JournalShoe): Promise<boolean>;
}): JSX.Element {
  if (props.totals.length === 0) {
    return <p class="j-empty">No shoes yet: choose “Add a new pair…” when you log a run.</p>;
  }
  return (
    <ul class="j-shoes">
      {props.totals.map(({ shoe, totalKm, runs }) => (
        <li key={shoe.id} data-shoe-id={shoe.id}>
          <span>
            <strong>{shoe.name}</strong> · {formatDistance(totalKm, props.unit, 1)} · {runs} run
            {runs === 1 ? '' : 's'}
            {shoe.retired ? ' · retired' : ''}
          </span>
          <button
            type="button"
            class="link-button"
            onClick={() => void props.onUpdate({ ...shoe, retired: !shoe.retired })}
          >
            {shoe.retired ? `Bring back ${shoe.name}` : `Retire ${shoe.name}`}
          </button>
          {!shoe.retired && (
            <RetireDistance shoe={shoe} unit={props.unit} onUpdate={props.onUpdate} />
          )}
        </li>
      ))}
    </ul>
  );
}
