/**
 * "Delete all my data": says what will go, with counts, and deletes only after a second, explicit
 * button. Empties the saved checks, the journal (runs and shoes) and the settings.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { type DataCounts, usePlatform } from '../platform-context';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** What the confirmation says will be deleted. */
export function describeDeletion(counts: DataCounts): string {
  return `This deletes ${counted(counts.checks, 'saved check', 'saved checks')}, ${counted(
    counts.runs,
    'run',
    'runs',
  )} and ${counted(counts.shoes, 'pair of shoes', 'pairs of shoes')} from your journal, and your settings, from this browser. It cannot be undone.`;
}

type Step =
  | { kind: 'idle' }
  | { kind: 'counting' }
  | { kind: 'confirm'; counts: DataCounts }
  | { kind: 'deleting' }
  | { kind: 'done' }
  | { kind: 'failed'; message: string };

export function DeleteAllData(): JSX.Element {
  const { countAllData, deleteAllData } = usePlatform();
  const [step, setStep] = useState<Step>({ kind: 'idle' });
  const failed = (error: unknown) =>
    setStep({
      kind: 'failed',
      message: error instanceof Error ? error.message : 'Your data could not be deleted.',
    });

  const ask = () => {
    // A second click while counting or deleting changes nothing.
    if (step.kind === 'counting' || step.kind === 'deleting') return;
    setStep({ kind: 'counting' });
    countAllData()
      .then((counts) => setStep({ kind: 'confirm', counts }))
      .catch(failed);
  };
  const confirm = () => {
    setStep({ kind: 'deleting' });
    deleteAllData()
      .then(() => setStep({ kind: 'done' }))
      .catch(failed);
  };

  return (
    <div class="delete-all">
      {step.kind === 'confirm' ? (
        // Announced at once: the reader should hear what will go before choosing.
        <Banner tone="error" role="alert" title={describeDeletion(step.counts)}>
          <div class="button-row">
            <Button tone="danger" onClick={confirm}>
              Yes, delete everything
            </Button>
            <Button onClick={() => setStep({ kind: 'idle' })}>Keep my data</Button>
          </div>
        </Banner>
      ) : (
        <Button tone="danger" onClick={ask}>
          Delete all my data…
        </Button>
      )}
      {step.kind === 'done' && (
        <p class="form-ok" role="status">
          All your data was deleted from this browser.
        </p>
      )}
      {step.kind === 'failed' && (
        <p class="form-error" role="alert">
          {step.message}
        </p>
      )}
    </div>
  );
}
