/**
 * The next-morning question, asked when the sidebar is next opened: "How does your hip feel this
 * morning?" for yesterday's run, answered with one tap on the 0–10 chips (saved at once) or put
 * away with "Skip" (nothing is recorded: a skipped morning stays blank, never 0).
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { JournalRun } from '../../knowledge/journal/types';
import { type DistanceUnit, formatDistance } from '../../knowledge/journal/units';
import { Banner } from '../ui/Banner';
import { PainScale } from './PainScale';

/** The banner for `run`; `onAnswer` saves the score and resolves whether it was saved. */
export function MorningPrompt(props: {
  run: JournalRun;
  unit: DistanceUnit;
  onAnswer(run: JournalRun, score: number): Promise<boolean>;
  onSkip(run: JournalRun): void;
}): JSX.Element {
  const [saving, setSaving] = useState(false);
  const answer = async (value: string) => {
    if (value === '' || saving) return;
    setSaving(true);
    // On failure the journal shows its error; the question stays so the runner can try again.
    await props.onAnswer(props.run, Number(value));
    setSaving(false);
  };
  return (
    <Banner
      tone="info"
      class="j-morning"
      data-morning-prompt=""
      title={`How does your hip feel this morning? (yesterday's ${formatDistance(props.run.distanceKm, props.unit)} run)`}
    >
      <PainScale
        id="morning-pain"
        legend="Pain this morning"
        hint="0 is none, 10 the worst."
        value=""
        onChange={answer}
      />
      <button type="button" class="button" onClick={() => props.onSkip(props.run)}>
        Skip
      </button>
    </Banner>
  );
}
