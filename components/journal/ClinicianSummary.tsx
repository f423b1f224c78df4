/**
 * A one-page summary for a clinician: warnings, pain against training load, where it hurts, the
 * red-flag answers of the latest symptom check, weekly load and a timeline of recent runs.
 *
 * It is its own extension page (`journal-summary.html`), not a print stylesheet on the sidebar:
 * the sidebar is ~360 px wide and holds navigation and forms, while this page lays out for A4 or
 * Letter, shows exactly what will print, and prints only when the runner presses Print.
 */

import type { JSX } from 'preact';
import { formatDay, formatMomentDay } from '../../knowledge/date-format';
import { conditionById } from '../../knowledge/guide/conditions';
import { inLocalWords } from '../../knowledge/guide/local-care';
import { type EpisodeFields, episodesToShow } from '../../knowledge/journal/episodes';
import { journalWarnings } from '../../knowledge/journal/rules';
import { addDays, byDate, highest, peakPain, shoeTotals } from '../../knowledge/journal/stats';
import { trainingTimeline } from '../../knowledge/journal/training-timeline';
import {
  type JournalRun,
  type JournalShoe,
  PAIN_CHARACTER_LABELS,
  SURFACE_LABELS,
  ZONE_LABELS,
} from '../../knowledge/journal/types';
import {
  type DistanceUnit,
  distanceIn,
  formatDistance,
  UNIT_ABBREVIATIONS,
} from '../../knowledge/journal/units';
import { nameInSentence } from '../../knowledge/name-case';
import type { CheckRecord } from '../../knowledge/symptoms/check-record';
import { BrandMark } from '../shell/BrandMark';
import { EpisodePanel } from './EpisodePanel';
import { redFlagAnswers, timeline, zoneCounts } from './summary-facts';
import { TrainingCharts } from './TrainingCharts';

/** Weeks of history the summary covers. */
export const SUMMARY_WEEKS = 8;
const TIMELINE_RUNS = 10;
/** The latest episodes shown: older ones matter less to the visit at hand, and it is one page. */
const SUMMARY_EPISODES = 2;

function longDate(date: string): string {
  return formatDay(date);
}

function RedFlagSection(props: { check: CheckRecord | null }): JSX.Element {
  const { check } = props;
  if (!check) {
    return (
      <section aria-labelledby="cs-flags">
        <h2 id="cs-flags">Red-flag answers</h2>
        <p>No symptom check saved.</p>
      </section>
    );
  }
  const answers = redFlagAnswers(check.redFlags);
  const when = formatMomentDay(check.at);
  return (
    <section aria-labelledby="cs-flags">
      <h2 id="cs-flags">Red-flag answers ({when} symptom check)</h2>
      {answers.reported.length === 0 ? (
        <p>None of the red-flag signs reported.</p>
      ) : (
        <ul class="cs-flags">
          {answers.reported.map((flag) => (
            <li key={flag.id} data-flag={flag.id}>
              <strong>Reported:</strong> {flag.title}
            </li>
          ))}
        </ul>
      )}
      <p class="cs-muted">
        Not reported: {answers.notReported.map((flag) => nameInSentence(flag.title)).join('; ')}.
      </p>
      {check.topConditions.length > 0 && (
        <p class="cs-muted">
          The checker's closest matches (not a diagnosis):{' '}
          {check.topConditions.map((id) => conditionById(id).name).join(', ')}.
        </p>
      )}
    </section>
  );
}

function Timeline(props: {
  runs: readonly JournalRun[];
  shoes: readonly JournalShoe[];
  unit: DistanceUnit;
}) {
  const names = new Map(props.shoes.map((shoe) => [shoe.id, shoe.name]));
  return (
    <table class="cs-table">
      <thead>
        <tr>
          <th scope="col">Date</th>
          <th scope="col">{UNIT_ABBREVIATIONS[props.unit]}</th>
          <th scope="col">Surface, shoes</th>
          <th scope="col">Pain b/d/a/m</th>
          <th scope="col">Where, feel</th>
          <th scope="col">Notes</th>
        </tr>
      </thead>
      <tbody>
        {props.runs.map((run) => (
          <tr key={run.id}>
            <td class="cs-date">{longDate(run.date).slice(0, -5)}</td>
            <td>{distanceIn(run.distanceKm, props.unit)}</td>
            <td>
              {[
                run.surface === null ? null : SURFACE_LABELS[run.surface],
                run.shoeId === null ? null : (names.get(run.shoeId) ?? null),
              ]
                .filter(Boolean)
                .join(', ') || '—'}
            </td>
            <td>
              {/* A blank score is "not recorded": a dash, never 0. */}
              {[run.pain.before, run.pain.during, run.pain.after, run.pain.nextMorning]
                .map((score) => score ?? '–')
                .join('/')}
            </td>
            <td>
              {[
                run.zones.map((zone) => ZONE_LABELS[zone]).join(', '),
                run.painCharacter === null || run.painCharacter === 'none'
                  ? ''
                  : PAIN_CHARACTER_LABELS[run.painCharacter].toLowerCase(),
                // Only what the runner ticked: an unticked box (a quick log, an import) is not
                // "no warm-up".
                run.warmedUp ? 'warmed up' : '',
              ]
                .filter(Boolean)
                .join('; ') || '–'}
              {run.limp && <strong>; limp</strong>}
            </td>
            <td>{run.notes.length > 80 ? `${run.notes.slice(0, 79)}…` : run.notes}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The summary for `runs`, `shoes` and the latest `check`, as of `today`. */
export function ClinicianSummary(props: {
  runs: readonly JournalRun[];
  shoes: readonly JournalShoe[];
  check: CheckRecord | null;
  today: string;
  /** The unit distances are shown in; km when not given. */
  unit?: DistanceUnit;
  /** The runner's stored episodes; those found in the runs are added where none covers them. */
  episodes?: readonly EpisodeFields[];
  /** Days with another sport imported from activity files, for the episodes' day counts. */
  crossTrainingDates?: readonly string[];
  onPrint(): void;
}): JSX.Element {
  const { runs, shoes, today } = props;
  const unit = props.unit ?? 'km';
  const charted = trainingTimeline(runs, today, { weeks: SUMMARY_WEEKS });
  const { weeks } = charted;
  const since = weeks[0]?.start ?? addDays(today, -7 * SUMMARY_WEEKS);
  const recent = runs.filter((run) => run.date >= since);
  const all = byDate(runs);
  const warnings = journalWarnings(runs, shoes, today, unit);
  const zones = zoneCounts(recent);
  const shoesInUse = shoeTotals(runs, shoes).filter((total) => !total.shoe.retired);
  const episodes = episodesToShow(props.episodes ?? [], runs, today).slice(0, SUMMARY_EPISODES);

  return (
    <main class="clinician-summary">
      <header class="cs-header">
        <div>
          <p class="cs-brand">
            <BrandMark size={20} />
            Hip Pain Guide
          </p>
          <h1>Running and hip pain summary</h1>
          <p class="cs-muted">
            Self-reported in Hip Pain Guide; not a diagnosis. {longDate(since)} to {longDate(today)}{' '}
            ({SUMMARY_WEEKS} weeks)
            {all[0] ? `; journal started ${longDate(all[0].date)}` : ''}. Pain is 0–10: before,
            during, after the run and the next morning (b/d/a/m; – not recorded).
          </p>
        </div>
        <button type="button" class="button button-primary cs-print" onClick={props.onPrint}>
          Print
        </button>
      </header>

      {runs.length === 0 && <p>No runs logged yet.</p>}

      {warnings.length > 0 && (
        <section aria-labelledby="cs-warnings">
          <h2 id="cs-warnings">What the journal flags</h2>
          <ul class="cs-warnings">
            {warnings.map((warning) => (
              <li key={warning.rule} data-rule={warning.rule} data-severity={warning.severity}>
                <strong>{warning.title}.</strong> {inLocalWords(warning.reason, navigator.language)}
              </li>
            ))}
          </ul>
        </section>
      )}

      <div class="cs-grid">
        <TrainingCharts id="cs-chart" timeline={charted} unit={unit} compact />
        <div>
          <section aria-labelledby="cs-where">
            <h2 id="cs-where">Where it hurts</h2>
            {zones.length === 0 ? (
              <p>No pain location logged in these weeks.</p>
            ) : (
              <ul>
                {zones.map((zone) => (
                  <li key={zone.label}>
                    {zone.label}: {zone.runs} of {recent.length} runs, average worst pain{' '}
                    {zone.meanPain === null ? 'not recorded' : `${zone.meanPain}/10`}
                  </li>
                ))}
              </ul>
            )}
          </section>
          <RedFlagSection check={props.check} />
        </div>
      </div>

      <section aria-labelledby="cs-load">
        <h2 id="cs-load">Training load</h2>
        <div class="cs-scroll">
          <table class="cs-table cs-weeks">
            <caption class="cs-muted">
              Distance per week (Monday start), with the worst pain of each week
            </caption>
            <thead>
              <tr>
                <th scope="row">Week of</th>
                {weeks.map((week) => (
                  <th scope="col" key={week.start}>
                    {longDate(week.start).slice(0, -5)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              <tr>
                <th scope="row">{UNIT_ABBREVIATIONS[unit]} (runs)</th>
                {weeks.map((week) => (
                  <td key={week.start}>
                    {distanceIn(week.distanceKm, unit, 1)} ({week.runs})
                  </td>
                ))}
              </tr>
              <tr>
                <th scope="row">Worst pain</th>
                {weeks.map((week) => {
                  const inWeek = runs.filter(
                    (run) => run.date >= week.start && run.date <= addDays(week.start, 6),
                  );
                  return <td key={week.start}>{highest(inWeek.map(peakPain)) ?? '–'}</td>;
                })}
              </tr>
            </tbody>
          </table>
        </div>
        {shoesInUse.length > 0 && (
          <p class="cs-muted">
            Shoes:{' '}
            {shoesInUse
              .map((total) => `${total.shoe.name} ${formatDistance(total.totalKm, unit, 0)}`)
              .join('; ')}
            .
          </p>
        )}
      </section>

      {episodes.length > 0 && (
        <section aria-labelledby="cs-episodes" class="cs-episodes">
          <h2 id="cs-episodes">
            Pain episodes, latest first{' '}
            <span class="cs-muted">(what changed before each; not what caused it)</span>
          </h2>
          {episodes.map((episode) => (
            <EpisodePanel
              key={episode.start}
              id={`cs-episode-${episode.start}`}
              episode={episode}
              runs={runs}
              shoes={shoes}
              today={today}
              unit={unit}
              crossTrainingDates={props.crossTrainingDates}
              compact
            />
          ))}
        </section>
      )}

      <section aria-labelledby="cs-timeline">
        <h2 id="cs-timeline">Recent runs</h2>
        <Timeline runs={timeline(runs, since, TIMELINE_RUNS)} shoes={shoes} unit={unit} />
      </section>
    </main>
  );
}
