/**
 * The run and pain journal (route `#/journal`): the warnings the journal raises, then four tabs:
 * log a run, the runs and shoes, the charts, and backup & print. Sub-views are local state, not
 * routes: the sidebar's router owns `#/journal` as one view.
 */
import type { JSX } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import { formatDay, formatShortDay as shortDate } from '../../knowledge/date-format';
import type { CrossTrainingDay } from '../../knowledge/journal/cross-training';
import { type JournalWarning, journalWarnings } from '../../knowledge/journal/rules';
import { byDate, localDate, runAwaitingMorning, shoeTotals } from '../../knowledge/journal/stats';
import type { JournalRun, RunFields, ShoeFields } from '../../knowledge/journal/types';
import { formatDistance } from '../../knowledge/journal/units';
import { Banner } from '../ui/Banner';
import { BackupPanel } from './BackupPanel';
import { EpisodeList } from './EpisodeList';
import { ImportPanel } from './ImportPanel';
import { JournalCharts } from './JournalCharts';
import { MorningPrompt } from './MorningPrompt';
import { RunForm } from './RunForm';
import { RunList, ShoeList } from './RunList';
import { type DraftField, draftOfRun, emptyDraft } from './run-draft';
import { UnitChoice } from './UnitChoice';
import { useDistanceUnit } from './use-distance-unit';
import { useJournal } from './use-journal';
import { WarningList } from './WarningList';
import './journal.css';

const TABS = [
  ['log', 'Log run'],
  ['runs', 'Runs'],
  ['charts', 'Charts'],
  ['backup', 'Backup'],
] as const;
type Tab = (typeof TABS)[number][0];

/** Tabs that follow the ARIA tabs pattern: arrow keys, Home and End move between them. */
function JournalTabs(props: { current: Tab; editing: boolean; onSelect(tab: Tab): void }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent) => {
    const index = TABS.findIndex(([id]) => id === props.current);
    const next =
      event.key === 'ArrowRight'
        ? (index + 1) % TABS.length
        : event.key === 'ArrowLeft'
          ? (index - 1 + TABS.length) % TABS.length
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? TABS.length - 1
              : -1;
    const tab = TABS[next];
    if (!tab) return;
    event.preventDefault();
    props.onSelect(tab[0]);
    list.current?.querySelector<HTMLElement>(`#journal-tab-${tab[0]}`)?.focus();
  };
  return (
    <div class="j-tabs" role="tablist" aria-label="Journal" ref={list} onKeyDown={onKeyDown}>
      {TABS.map(([id, label]) => (
        <button
          key={id}
          type="button"
          role="tab"
          class="j-tab"
          id={`journal-tab-${id}`}
          aria-selected={props.current === id ? 'true' : 'false'}
          aria-controls={`journal-panel-${id}`}
          tabIndex={props.current === id ? 0 : -1}
          onClick={() => props.onSelect(id)}
        >
          {id === 'log' && props.editing ? 'Edit run' : label}
        </button>
      ))}
    </div>
  );
}

/**
 * "Saved: 42.195 km on 20 Nov.", focused where the runner is looking, with any warning the run
 * raised (the warning list sits above, out of view of the form).
 */
function SavedRunBanner(props: { text: string; newWarnings: readonly JournalWarning[] }) {
  return (
    <Banner tone="ok" role="status" focusOnShow data-saved-run title={props.text}>
      {props.newWarnings.length > 0 && (
        <p>
          It raised {props.newWarnings.length === 1 ? 'a new warning' : 'new warnings'} (above):{' '}
          {props.newWarnings.map((warning) => warning.title).join('; ')}.
        </p>
      )}
    </Banner>
  );
}

/**
 * "12 cross-training days from imported activities; the latest: Cycling on Mon, 12 May 2025."
 * Other sports are kept as days, never as runs, and the runner is told so where the runs are.
 */
function CrossTrainingLine(props: { days: readonly CrossTrainingDay[] }) {
  const latest = props.days.reduce<CrossTrainingDay | null>(
    (last, day) => (last === null || day.date > last.date ? day : last),
    null,
  );
  if (!latest) return null;
  const count = props.days.length;
  const sports = [...new Set(latest.activities.map((activity) => activity.sport))].join(' and ');
  return (
    <p class="hint" data-cross-training>
      {count} cross-training {count === 1 ? 'day' : 'days'} from imported activities (other sports,
      kept as days, not as runs); the latest: {sports} on{' '}
      {formatDay(latest.date, { weekday: true })}. Pain episodes count them.
    </p>
  );
}

/** The journal view. */
export function JournalView(): JSX.Element {
  const journal = useJournal();
  const today = localDate(new Date());
  const [tab, setTab] = useState<Tab>('log');
  const [editing, setEditing] = useState<{ run: JournalRun; focus?: DraftField } | null>(null);
  const [status, setStatus] = useState('');
  // A new run saved: its confirmation is shown, focused and scrolled to (the form sits lower
  // down), with the warnings it raised. Each press of Save clears it first, so every save
  // mounts (and announces) it afresh.
  const [savedRun, setSavedRun] = useState<{ text: string; rulesBefore: string[] } | null>(null);
  // Runs whose morning question the runner skipped while the sidebar is open.
  const [skippedMorning, setSkippedMorning] = useState<ReadonlySet<number>>(new Set());
  const panel = useRef<HTMLDivElement>(null);
  const { runs, shoes } = journal;
  const crossTrainingDates = useMemo(
    () => journal.crossTraining.map((day) => day.date),
    [journal.crossTraining],
  );
  const unit = useDistanceUnit();

  const warnings = useMemo(
    () => journalWarnings(runs, shoes, today, unit),
    [runs, shoes, today, unit],
  );
  const totals = useMemo(() => shoeTotals(runs, shoes), [runs, shoes]);
  const newWarnings = warnings.filter((warning) => !savedRun?.rulesBefore.includes(warning.rule));
  const lastRun = useMemo(() => byDate(runs).at(-1), [runs]);
  const initial = useMemo(
    () => (editing ? draftOfRun(editing.run, unit) : emptyDraft(today)),
    // A new draft only when the form starts over, not each time the runs reload.
    [editing, today, journal.status, unit],
  );

  const awaitingMorning = runAwaitingMorning(runs, today);
  const answerMorning = async (run: JournalRun, score: number) => {
    const saved = await journal.saveRun(
      { ...run, pain: { ...run.pain, nextMorning: score } },
      { editing: run },
    );
    if (!saved) return false;
    setStatus(`Saved: ${score} out of 10 this morning, for yesterday's run.`);
    // The question goes away with the focused chip: focus the panel below rather than lose it.
    panel.current?.focus();
    return true;
  };

  const select = (next: Tab) => {
    if (next !== 'log') setEditing(null);
    setTab(next);
    setStatus('');
    setSavedRun(null);
  };

  const save = async (fields: RunFields, newShoe?: ShoeFields) => {
    const rulesBefore = warnings.map((warning) => warning.rule);
    const saved = await journal.saveRun(fields, { editing: editing?.run, newShoe });
    if (!saved) return null;
    if (editing) {
      setEditing(null);
      setTab('runs');
      setStatus(`Changes to the run of ${shortDate(saved.date)} saved.`);
      panel.current?.focus();
    } else {
      setSavedRun({
        text: `Saved: ${formatDistance(saved.distanceKm, unit)} on ${shortDate(saved.date)}.`,
        rulesBefore,
      });
    }
    return saved;
  };

  if (journal.status !== 'ready') {
    return (
      <section class="journal" aria-labelledby="journal-title">
        <h1 id="journal-title">Run journal</h1>
        {journal.status === 'failed' ? (
          <p class="banner banner-error" role="alert">
            {journal.error}
          </p>
        ) : (
          <p role="status" class="banner banner-info">
            {journal.status === 'waiting'
              ? 'Still opening your journal. If Hip Pain Guide is open in another window or tab, close it: an update is waiting for it.'
              : 'Opening your journal…'}
          </p>
        )}
      </section>
    );
  }

  return (
    <section class="journal" aria-labelledby="journal-title">
      <h1 id="journal-title">Run journal</h1>
      <p class="lead">
        Log how each run went and how your hip felt. The journal speaks up when a pattern needs
        attention.
      </p>
      {journal.error && (
        <div class="banner banner-error" role="alert">
          <p>{journal.error}</p>
          <button type="button" class="link-button" onClick={journal.dismissError}>
            Dismiss
          </button>
        </div>
      )}
      <UnitChoice />
      {awaitingMorning && !skippedMorning.has(awaitingMorning.id) && (
        <MorningPrompt
          run={awaitingMorning}
          unit={unit}
          onAnswer={answerMorning}
          onSkip={(run) => {
            setSkippedMorning((skipped) => new Set([...skipped, run.id]));
            panel.current?.focus();
          }}
        />
      )}
      <WarningList warnings={warnings} />
      <JournalTabs current={tab} editing={editing !== null} onSelect={select} />
      <div data-journal-status>
        {savedRun ? (
          <SavedRunBanner text={savedRun.text} newWarnings={newWarnings} />
        ) : (
          <p role="status" class="hint">
            {status}
          </p>
        )}
      </div>
      <div
        class="j-panel"
        role="tabpanel"
        id={`journal-panel-${tab}`}
        aria-labelledby={`journal-tab-${tab}`}
        tabIndex={-1}
        ref={panel}
      >
        {tab === 'log' && (
          <RunForm
            key={editing ? `edit-${editing.run.id}` : 'new'}
            initial={initial}
            today={today}
            shoes={totals}
            editingId={editing?.run.id}
            focusField={editing?.focus}
            unit={unit}
            lastRun={lastRun}
            onSave={save}
            onAttempt={() => setSavedRun(null)}
            onCancel={editing ? () => select('runs') : undefined}
          />
        )}
        {tab === 'runs' && (
          <>
            <ImportPanel
              runs={runs}
              crossTraining={journal.crossTraining}
              today={today}
              unit={unit}
              onAdd={journal.addImportedRuns}
            />
            <h2>Your runs</h2>
            <CrossTrainingLine days={journal.crossTraining} />
            <RunList
              runs={runs}
              shoes={shoes}
              unit={unit}
              onEdit={(run, focus) => {
                setEditing({ run, focus });
                setTab('log');
                setStatus('');
                setSavedRun(null);
              }}
              onDelete={async (run) => {
                const deleted = await journal.deleteRun(run.id);
                if (deleted) {
                  setStatus(`The run of ${shortDate(run.date)} was deleted.`);
                  panel.current?.focus();
                }
                return deleted;
              }}
            />
            <h2>Pain episodes</h2>
            <EpisodeList
              episodes={journal.episodes}
              runs={runs}
              shoes={shoes}
              today={today}
              unit={unit}
              crossTrainingDates={crossTrainingDates}
              onSave={journal.saveEpisode}
            />
            <h2>Shoes</h2>
            <ShoeList totals={totals} unit={unit} onUpdate={journal.updateShoe} />
          </>
        )}
        {tab === 'charts' && <JournalCharts runs={runs} shoes={shoes} today={today} unit={unit} />}
        {tab === 'backup' && (
          <BackupPanel runs={runs} shoes={shoes} today={today} actions={journal} unit={unit} />
        )}
      </div>
    </section>
  );
}
