/**
 * Import activities: pick or drop FIT, GPX and TCX files (gzipped too) or a Strava export zip.
 * Files are read in a worker with a progress bar and a Cancel button; nothing is saved until
 * everything is read, and then only new runs are added, in one go. The results say what was
 * added, what was already there, and which files could not be read and why.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import {
  type CrossTrainingActivity,
  type CrossTrainingDay,
  crossTrainingActivity,
  crossTrainingStarts,
} from '../../knowledge/journal/cross-training';
import { importedRunFields } from '../../knowledge/journal/import/imported-run';
import { planImport } from '../../knowledge/journal/import/plan';
import type { JournalRun, RunFields } from '../../knowledge/journal/types';
import type { DistanceUnit } from '../../knowledge/journal/units';
import { ImportCancelled, type ImportProgress, usePlatform } from '../platform-context';
import { type ResultGroup, resultGroups, resultSummary } from './import-results';
import './import-panel.css';

type Stage =
  | { kind: 'idle' }
  | { kind: 'reading'; progress: ImportProgress | null }
  | { kind: 'saving' }
  | { kind: 'done'; summary: string; groups: ResultGroup[]; notes: string[] }
  | { kind: 'stopped'; message: string; failed: boolean };

/** Groups longer than this start folded. */
const OPEN_UP_TO = 12;

function percent(progress: ImportProgress | null): number {
  if (!progress || progress.totalBytes === 0) return 0;
  return Math.min(100, Math.floor((progress.doneBytes / progress.totalBytes) * 100));
}

function ResultList(props: { group: ResultGroup }): JSX.Element {
  const { group } = props;
  const list = (
    <ul class="j-import-lines">
      {group.lines.map((line, index) => (
        // Lines can repeat (two legs of one file); the list is never reordered.
        <li key={index}>{line}</li>
      ))}
    </ul>
  );
  return (
    <section
      class={`j-import-group ${group.problem ? 'j-import-problem' : ''}`}
      data-import-group={group.id}
    >
      {group.problem || group.lines.length <= OPEN_UP_TO ? (
        <>
          <h3>
            {group.heading} ({group.lines.length})
          </h3>
          {list}
        </>
      ) : (
        <details>
          <summary>
            {group.heading} ({group.lines.length})
          </summary>
          {list}
        </details>
      )}
    </section>
  );
}

/** The import panel. */
export function ImportPanel(props: {
  runs: readonly JournalRun[];
  today: string;
  unit: DistanceUnit;
  /** Adds the runs; resolves how many were added, or null when saving failed. */
  /** Days of other sports already stored, so importing them again adds nothing. */
  crossTraining?: readonly CrossTrainingDay[];
  onAdd(
    runs: readonly RunFields[],
    crossTraining: readonly { date: string; activity: CrossTrainingActivity }[],
  ): Promise<number | null>;
}): JSX.Element {
  const { startImport } = usePlatform();
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const cancelJob = useRef<(() => void) | null>(null);
  const input = useRef<HTMLInputElement>(null);
  const panel = useRef<HTMLElement>(null);
  const outcome = useRef<HTMLParagraphElement>(null);
  const busy = stage.kind === 'reading' || stage.kind === 'saving';

  // Leaving the journal mid-import stops the worker; nothing was saved yet.
  useEffect(() => () => cancelJob.current?.(), []);
  useEffect(() => {
    if (stage.kind === 'done' || stage.kind === 'stopped') outcome.current?.focus();
  }, [stage.kind]);

  const importFiles = async (files: File[]) => {
    if (busy || files.length === 0) return;
    setStage({ kind: 'reading', progress: null });
    const job = startImport(files, (progress) => setStage({ kind: 'reading', progress }));
    cancelJob.current = job.cancel;
    try {
      const reading = await job.done;
      cancelJob.current = null;
      const starts = [
        ...props.runs.flatMap((run) => (run.imported ? [run.imported.startedAt] : [])),
        ...crossTrainingStarts(props.crossTraining ?? []),
      ];
      const plan = planImport(reading.files, starts, props.today);
      let added = 0;
      if (plan.toAdd.length > 0 || plan.crossTraining.length > 0) {
        setStage({ kind: 'saving' });
        const saved = await props.onAdd(
          plan.toAdd.map(importedRunFields),
          plan.crossTraining.map((activity) => ({
            date: activity.date,
            activity: crossTrainingActivity(activity),
          })),
        );
        if (saved === null) {
          setStage({
            kind: 'stopped',
            failed: true,
            message:
              'The activities could not be saved, so nothing was added. Your journal is unchanged.',
          });
          return;
        }
        added = saved;
      }
      setStage({
        kind: 'done',
        summary: resultSummary(plan.rows, added),
        groups: resultGroups(plan.rows, reading.skipped, props.unit),
        notes: reading.notes,
      });
    } catch (error) {
      cancelJob.current = null;
      setStage({
        kind: 'stopped',
        failed: !(error instanceof ImportCancelled),
        message: error instanceof Error ? error.message : String(error),
      });
    } finally {
      if (input.current) input.current.value = '';
    }
  };

  // Dropping is a pointer shortcut for the file picker (which is the keyboard's way in), so the
  // listeners go on the panel itself rather than making a static element look interactive.
  const importLatest = useRef(importFiles);
  importLatest.current = importFiles;
  useEffect(() => {
    const zone = panel.current;
    if (!zone) return;
    const over = (event: DragEvent) => {
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (!zone.contains(event.relatedTarget as Node | null)) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      event.preventDefault();
      setDragging(false);
      void importLatest.current([...(event.dataTransfer?.files ?? [])]);
    };
    zone.addEventListener('dragover', over);
    zone.addEventListener('dragleave', leave);
    zone.addEventListener('drop', drop);
    return () => {
      zone.removeEventListener('dragover', over);
      zone.removeEventListener('dragleave', leave);
      zone.removeEventListener('drop', drop);
    };
  }, []);

  return (
    <section class="j-import" aria-labelledby="import-title" ref={panel}>
      <h2 id="import-title">Import from a watch or Strava</h2>
      <p class="hint" id="import-hint">
        FIT, GPX or TCX files from Garmin, Coros, Wahoo, Polar or Suunto (gzipped files too), or the
        zip of a Strava bulk export. Runs become journal entries; other sports are listed as
        cross-training. Files are read on this computer only.
      </p>
      <div class={`j-import-drop ${dragging && !busy ? 'j-import-dragging' : ''}`} data-import-drop>
        <label for="import-files" class="j-import-label">
          Activity files
        </label>
        <input
          id="import-files"
          type="file"
          multiple
          accept=".fit,.gpx,.tcx,.gz,.zip"
          aria-describedby="import-hint"
          disabled={busy}
          ref={input}
          onChange={(event) => void importFiles([...(event.currentTarget.files ?? [])])}
        />
        <p class="hint">or drop them here</p>
      </div>

      {stage.kind === 'reading' && (
        <div class="j-import-progress">
          <label for="import-progress">
            {stage.progress
              ? `Reading: ${stage.progress.filesRead.toLocaleString('en-GB')} activity files, ${percent(stage.progress)}%`
              : 'Starting to read…'}
          </label>
          <progress id="import-progress" max={100} value={percent(stage.progress)} />
          <button type="button" class="button" onClick={() => cancelJob.current?.()}>
            Cancel import
          </button>
        </div>
      )}
      {stage.kind === 'saving' && <p role="status">Saving the new runs…</p>}

      <div role="status" data-import-status>
        {stage.kind === 'done' && (
          <p class="j-import-summary" tabIndex={-1} ref={outcome}>
            {stage.summary}
          </p>
        )}
        {stage.kind === 'stopped' && (
          <p
            class={`banner ${stage.failed ? 'banner-error' : 'banner-info'}`}
            tabIndex={-1}
            ref={outcome}
          >
            {stage.message}
          </p>
        )}
      </div>
      {stage.kind === 'done' && (
        <div class="j-import-results" data-import-results>
          {stage.notes.map((note) => (
            <p key={note} class="hint">
              {note}
            </p>
          ))}
          {stage.groups.map((group) => (
            <ResultList key={group.id} group={group} />
          ))}
        </div>
      )}
    </section>
  );
}
