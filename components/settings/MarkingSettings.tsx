/**
 * How terms show on pages beyond their style: which mentions are marked, how a card opens, and
 * the words the reader asked not to mark (each with a way back).
 */
import type { JSX } from 'preact';
import type { CardOpening, MarkingMode, Settings } from '../../knowledge/preferences';
import { termById } from '../../knowledge/terms/glossary';
import { usePlatform } from '../platform-context';
import { ActionMessage, useActionResult } from '../ui/ActionMessage';
import { choicesFrom, RadioGroup } from '../ui/ChoiceGroup';

const MARKING_MODES: readonly { id: MarkingMode; label: string }[] = [
  { id: 'first-in-view', label: 'The first mention on each screen' },
  { id: 'every', label: 'Every mention' },
];

const CARD_OPENINGS: readonly { id: CardOpening; label: string }[] = [
  { id: 'hover', label: 'When the pointer rests on a word' },
  { id: 'modifier', label: 'Only while I hold Alt (Option ⌥ on a Mac)' },
  { id: 'click', label: 'When I click a marked word' },
];

interface MarkingSettingsProps {
  settings: Settings;
  onChange(patch: Partial<Settings>): void;
}

/** Marking mode, card opening, and the muted words. */
export function MarkingSettings({ settings, onChange }: MarkingSettingsProps): JSX.Element {
  const { setTermMuted } = usePlatform();
  const [message, report] = useActionResult();
  const markAgain = (termId: string, name: string) =>
    report(setTermMuted(termId, false), `${name} is marked again.`);

  return (
    <>
      <RadioGroup
        id="marking-mode"
        legend="Which mentions are marked"
        hint="Words left unmarked still explain themselves when you point at them."
        choices={choicesFrom(MARKING_MODES)}
        value={settings.markingMode}
        onPick={(markingMode) => onChange({ markingMode })}
      />
      <RadioGroup
        id="card-opening"
        legend="When an explanation opens"
        hint="On a touch screen, a tap on a marked word always opens it."
        choices={choicesFrom(CARD_OPENINGS)}
        value={settings.cardOpening}
        onPick={(cardOpening) => onChange({ cardOpening })}
      />
      <section class="question" aria-labelledby="muted-terms-title">
        <h3 id="muted-terms-title">Words you asked not to mark</h3>
        {settings.mutedTerms.length === 0 ? (
          <p class="muted">None. A word’s card has “Don’t mark this word” to add one.</p>
        ) : (
          <ul class="site-list">
            {settings.mutedTerms.map((termId) => {
              const name = termById(termId)?.name ?? termId;
              return (
                <li key={termId} class="site-row">
                  <span>{name}</span>
                  <button
                    type="button"
                    class="button button-small button-quiet"
                    onClick={() => markAgain(termId, name)}
                  >
                    Mark again<span class="visually-hidden"> {name}</span>
                  </button>
                </li>
              );
            })}
          </ul>
        )}
        {message && <ActionMessage result={message} />}
      </section>
    </>
  );
}
