/**
 * The clinician summary page: loads the journal and the latest symptom check, then shows the
 * summary. Printing happens only when the runner presses Print.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { localDate } from '../../knowledge/journal/stats';
import type { JournalRun, JournalShoe } from '../../knowledge/journal/types';
import type { CheckRecord } from '../../knowledge/symptoms/check-record';
import { usePlatform } from '../platform-context';
import { ClinicianSummary } from './ClinicianSummary';
import './journal.css';
import './clinician-summary.css';
import type { JournalEpisode } from '../../knowledge/journal/episodes';
import type { DistanceUnit } from '../../knowledge/journal/units';
import { suggestedUnit } from './use-distance-unit';

type Loaded = {
  runs: JournalRun[];
  shoes: JournalShoe[];
  episodes: JournalEpisode[];
  crossTrainingDates: string[];
  check: CheckRecord | null;
  unit: DistanceUnit;
};

/** The page's whole content. */
export function SummaryPage(): JSX.Element {
  const { openJournal, loadSettings } = usePlatform();
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    openJournal()
      .then(async (journal) => {
        try {
          const [{ runs, shoes, episodes, crossTraining }, check, unit] = await Promise.all([
            journal.load(),
            journal.latestCheck(),
            // Settings that cannot be read leave the suggested unit: the summary still shows.
            loadSettings().then(
              (settings) => settings.distanceUnit ?? suggestedUnit(),
              () => suggestedUnit(),
            ),
          ]);
          const crossTrainingDates = crossTraining.map((day) => day.date);
          if (live) setLoaded({ runs, shoes, episodes, crossTrainingDates, check, unit });
        } finally {
          journal.close();
        }
      })
      .catch((failure: unknown) => {
        if (live) setError(failure instanceof Error ? failure.message : String(failure));
      });
    return () => {
      live = false;
    };
  }, [openJournal, loadSettings]);

  if (error) {
    return (
      <main class="clinician-summary">
        <p class="banner banner-error" role="alert">
          {error}
        </p>
      </main>
    );
  }
  if (!loaded) {
    return (
      <main class="clinician-summary">
        <p role="status">Loading your journal…</p>
      </main>
    );
  }
  return (
    <ClinicianSummary
      runs={loaded.runs}
      shoes={loaded.shoes}
      check={loaded.check}
      episodes={loaded.episodes}
      crossTrainingDates={loaded.crossTrainingDates}
      today={localDate(new Date())}
      unit={loaded.unit}
      onPrint={() => window.print()}
    />
  );
}
