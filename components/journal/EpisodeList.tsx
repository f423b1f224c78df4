/**
 * The runner's injury episodes in the journal, latest first, each with "What changed before the
 * pain" and a folded form to correct it: start, end (empty while it goes on), days of
 * cross-training, what helped and notes. An episode found in the runs but not stored yet (pain
 * logged before episodes were kept) is stored when first saved.
 */
import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import {
  checkEpisodeFields,
  EPISODE_LIMITS,
  type EpisodeFields,
  type EpisodeProblems,
  episodesToShow,
  type JournalEpisode,
} from '../../knowledge/journal/episodes';
import type { JournalRun, JournalShoe } from '../../knowledge/journal/types';
import type { DistanceUnit } from '../../knowledge/journal/units';
import { FormField } from '../ui/Field';
import { EpisodePanel } from './EpisodePanel';

function isStored(episode: EpisodeFields): episode is JournalEpisode {
  return 'id' in episode;
}

function EpisodeForm(props: {
  id: string;
  episode: EpisodeFields;
  today: string;
  onSave(fields: EpisodeFields): Promise<boolean>;
}): JSX.Element {
  const [start, setStart] = useState(props.episode.start);
  const [end, setEnd] = useState(props.episode.end ?? '');
  const [cross, setCross] = useState(
    props.episode.crossTrainingDays === null ? '' : String(props.episode.crossTrainingDays),
  );
  const [whatHelped, setWhatHelped] = useState(props.episode.whatHelped);
  const [notes, setNotes] = useState(props.episode.notes);
  const [problems, setProblems] = useState<EpisodeProblems>({});
  // "Episode saved." is true only until the next change or the next press of Save.
  const [saved, setSaved] = useState('');
  const edited =
    <T,>(setter: (value: T) => void) =>
    (value: T) => {
      setSaved('');
      setter(value);
    };
  const submit = async (event: Event) => {
    event.preventDefault();
    setSaved('');
    const fields: EpisodeFields = {
      start,
      end: end === '' ? null : end,
      // Empty is "not said", never 0.
      crossTrainingDays: cross.trim() === '' ? null : Number(cross),
      whatHelped: whatHelped.trim(),
      notes: notes.trim(),
    };
    const found = checkEpisodeFields(fields, props.today);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    setSaved((await props.onSave(fields)) ? 'Episode saved.' : '');
  };
  const id = props.id;
  return (
    <form class="j-form" onSubmit={submit} noValidate aria-label="Edit episode">
      <div class="j-row">
        <FormField
          id={`${id}-start`}
          label="Pain began"
          error={problems.start}
          render={(input) => (
            <input
              {...input}
              type="date"
              max={props.today}
              value={start}
              onInput={(e) => edited(setStart)(e.currentTarget.value)}
            />
          )}
        />
        <FormField
          id={`${id}-end`}
          label="Pain ended"
          hint="Empty while it goes on"
          error={problems.end}
          render={(input) => (
            <input
              {...input}
              type="date"
              max={props.today}
              value={end}
              onInput={(e) => edited(setEnd)(e.currentTarget.value)}
            />
          )}
        />
        <FormField
          id={`${id}-cross`}
          label="Days of other exercise"
          hint="Cycling, swimming… instead of running. Empty if you did not count"
          error={problems.crossTrainingDays}
          render={(input) => (
            <input
              {...input}
              type="number"
              min={0}
              step={1}
              inputMode="numeric"
              value={cross}
              onInput={(e) => edited(setCross)(e.currentTarget.value)}
            />
          )}
        />
      </div>
      <FormField
        id={`${id}-helped`}
        label="What helped (optional)"
        error={problems.whatHelped}
        render={(input) => (
          <textarea
            {...input}
            rows={2}
            maxLength={EPISODE_LIMITS.maxTextLength}
            value={whatHelped}
            onInput={(e) => edited(setWhatHelped)(e.currentTarget.value)}
          />
        )}
      />
      <FormField
        id={`${id}-notes`}
        label="Notes (optional)"
        error={problems.notes}
        render={(input) => (
          <textarea
            {...input}
            rows={2}
            maxLength={EPISODE_LIMITS.maxTextLength}
            value={notes}
            onInput={(e) => edited(setNotes)(e.currentTarget.value)}
          />
        )}
      />
      <div class="button-row">
        <button type="submit" class="button button-primary">
          Save episode
        </button>
        <span role="status" class="hint">
          {saved}
        </span>
      </div>
    </form>
  );
}

/** The episodes with their look back and their forms. */
export function EpisodeList(props: {
  episodes: readonly JournalEpisode[];
  runs: readonly JournalRun[];
  shoes: readonly JournalShoe[];
  today: string;
  unit: DistanceUnit;
  /** Days with another sport imported from activity files. */
  crossTrainingDates?: readonly string[];
  onSave(fields: EpisodeFields, editing?: JournalEpisode): Promise<boolean>;
}): JSX.Element {
  // Worked out once per change of data, not on each keystroke in an episode's form.
  const shown = useMemo(
    () => episodesToShow(props.episodes, props.runs, props.today),
    [props.episodes, props.runs, props.today],
  );
  if (shown.length === 0) {
    return (
      <p class="hint" data-no-episodes>
        No pain episodes yet. One starts by itself when you log a run with pain after two weeks
        without.
      </p>
    );
  }
  return (
    <div class="j-episodes">
      {shown.map((episode) => {
        const key = isStored(episode) ? `episode-${episode.id}` : `episode-found-${episode.start}`;
        return (
          <div key={key}>
            <EpisodePanel
              id={key}
              episode={episode}
              runs={props.runs}
              shoes={props.shoes}
              today={props.today}
              unit={props.unit}
              crossTrainingDates={props.crossTrainingDates}
            />
            <details class="j-details">
              <summary>Edit this episode: dates, what helped, notes</summary>
              <EpisodeForm
                id={key}
                episode={episode}
                today={props.today}
                onSave={(fields) => props.onSave(fields, isStored(episode) ? episode : undefined)}
              />
            </details>
          </div>
        );
      })}
    </div>
  );
}
