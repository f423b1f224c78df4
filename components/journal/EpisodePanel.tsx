/**
 * An injury episode as the runner and a clinician read it: when the pain began and ended, how its
 * days went (running, cross-training, rest), what helped, and "What changed before the pain": the
 * three weeks before it began, week by week, with the single runs much longer than the month's
 * longest (the journal's spike rule, after Frandsen et al., Br J Sports Med 2025) and the surfaces
 * and shoes that were new then. It states what the journal holds; it does not say what caused the
 * pain.
 */
import type { JSX } from 'preact';
import { useMemo } from 'preact/hooks';
import { formatDay, formatShortDay } from '../../knowledge/date-format';
import { beforeThePain, type EpisodeFields, episodeDays } from '../../knowledge/journal/episodes';
import { type JournalRun, type JournalShoe, SURFACE_LABELS } from '../../knowledge/journal/types';
import {
  type DistanceUnit,
  distanceIn,
  formatDistance,
  UNIT_ABBREVIATIONS,
} from '../../knowledge/journal/units';

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** One episode with its look back; `id` makes the headings' ids unique on the page. */
export function EpisodePanel(props: {
  id: string;
  episode: EpisodeFields;
  runs: readonly JournalRun[];
  shoes: readonly JournalShoe[];
  today: string;
  unit: DistanceUnit;
  /** Days with another sport imported from activity files. */
  crossTrainingDates?: readonly string[];
  /** For the one-page clinician summary: the source goes in the heading, the caveat is left to the page's own. */
  compact?: boolean;
}): JSX.Element {
  const { episode, runs, unit } = props;
  const crossDates = props.crossTrainingDates;
  const days = useMemo(
    () => episodeDays(episode, runs, props.today, crossDates),
    [episode, runs, props.today, crossDates],
  );
  const look = useMemo(() => beforeThePain(runs, episode.start), [runs, episode.start]);
  const shoeName = (id: number) =>
    props.shoes.find((shoe) => shoe.id === id)?.name ?? `a pair no longer in the journal`;
  const changes = [
    ...look.spikes.map(
      (spike) =>
        `${formatShortDay(spike.run.date)}: a ${formatDistance(spike.run.distanceKm, unit)} run, ` +
        `${spike.percent}% longer than the longest of the 30 days before it ` +
        `(${formatDistance(spike.longestKm, unit)}).`,
    ),
    ...look.newSurfaces.map(
      (first) =>
        `${formatShortDay(first.date)}: first run on ${SURFACE_LABELS[first.value].toLowerCase()} in the six weeks before.`,
    ),
    ...look.newShoes.map(
      (first) =>
        `${formatShortDay(first.date)}: first run in "${shoeName(first.value)}" in the six weeks before.`,
    ),
  ];
  return (
    <section class="j-episode" aria-labelledby={`${props.id}-title`} data-episode={episode.start}>
      <h3 id={`${props.id}-title`}>
        Pain from {formatDay(episode.start)}{' '}
        {episode.end === null ? '(still going on)' : `to ${formatDay(episode.end)}`}
      </h3>
      <p>
        {plural(days.days, 'day')}: {days.runDays} with a run
        {days.restDays === null
          ? days.crossTrainingDays > 0
            ? `, ${days.crossTrainingDays} cross-training from imported activities; other days not noted.`
            : '; days of other exercise and rest not noted.'
          : `, ${days.crossTrainingDays} cross-training${
              days.importedCrossTrainingDays > 0
                ? ` (${days.importedCrossTrainingDays} from imported activities)`
                : ''
            }, ${days.restDays} rest.`}
      </p>
      {episode.whatHelped && <p>What helped: {episode.whatHelped}</p>}
      {episode.notes && <p>Notes: {episode.notes}</p>}
      <h4 id={`${props.id}-before`}>
        What changed before the pain
        {props.compact && (
          <span class="cs-muted"> (long single runs: Frandsen et al., Br J Sports Med 2025)</span>
        )}
      </h4>
      <table class="j-episode-weeks" aria-labelledby={`${props.id}-before`}>
        <thead>
          <tr>
            <th scope="col">Week</th>
            <th scope="col">{UNIT_ABBREVIATIONS[unit]}</th>
            <th scope="col">Runs</th>
          </tr>
        </thead>
        <tbody>
          {look.weeks.map((week) => (
            <tr key={week.start}>
              <th scope="row">
                {formatShortDay(week.start)} – {formatShortDay(week.end)}
              </th>
              <td>{distanceIn(week.distanceKm, unit, 1)}</td>
              <td>{week.runs}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {changes.length > 0 ? (
        <ul class="j-episode-changes">
          {changes.map((change) => (
            <li key={change}>{change}</li>
          ))}
        </ul>
      ) : (
        <p>
          No run more than 10% longer than the month's longest
          {look.hasUsualRuns
            ? ', and no new surface or shoes.'
            : '. Too few runs logged before then to tell whether surface or shoes changed.'}
        </p>
      )}
      {!props.compact && (
        <p class="hint">
          Long single runs: Frandsen et al., Br J Sports Med 2025. This lists what changed; it
          cannot say what caused the pain.
        </p>
      )}
    </section>
  );
}
