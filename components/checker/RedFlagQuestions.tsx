/**
 * The safety questions, in three short groups by how urgent a "yes" would be. Every question
 * gets its own Yes / No / Not sure, none picked in advance; "No to all of these" answers the
 * rest of a group at once, so a runner with nothing alarming gets through quickly, while a
 * "yes" already given is never undone by it.
 */
import type { JSX } from 'preact';
import { RED_FLAGS } from '../../knowledge/guide/red-flags';
import type { RedFlagAnswer, RedFlagId, RedFlagUrgency } from '../../knowledge/types';
import { Button } from '../ui/Button';
import { type Choice, RadioGroup } from '../ui/ChoiceGroup';

const ANSWERS: readonly Choice<RedFlagAnswer>[] = [
  { value: 'yes', label: 'Yes' },
  { value: 'no', label: 'No' },
  { value: 'unsure', label: 'Not sure' },
];

/** The groups, in the order asked; the titles say what the questions are about, not the tier. */
const GROUPS: readonly { urgency: RedFlagUrgency; title: string }[] = [
  { urgency: 'emergency', title: 'Any of these right now?' },
  { urgency: 'same-day', title: 'Any of these?' },
  { urgency: 'soon', title: 'And any of these?' },
];

interface RedFlagQuestionsProps {
  answers: Partial<Record<RedFlagId, RedFlagAnswer>>;
  onAnswer(id: RedFlagId, answer: RedFlagAnswer): void;
  onRestNo(ids: readonly RedFlagId[]): void;
}

/** The safety questions, grouped. */
export function RedFlagQuestions({
  answers,
  onAnswer,
  onRestNo,
}: RedFlagQuestionsProps): JSX.Element {
  return (
    <div class="safety-groups">
      {GROUPS.map((group) => {
        const flags = RED_FLAGS.filter((flag) => flag.urgency === group.urgency);
        if (flags.length === 0) return null;
        const ids = flags.map((flag) => flag.id);
        const open = ids.filter((id) => answers[id] === undefined);
        const titleId = `safety-${group.urgency}`;
        return (
          <section key={group.urgency} class="safety-group" aria-labelledby={titleId}>
            <div class="safety-group-head">
              <h3 id={titleId}>{group.title}</h3>
              {open.length > 0 && (
                <Button small onClick={() => onRestNo(open)}>
                  {open.length === ids.length ? 'No to all of these' : 'No to the rest'}
                  <span class="visually-hidden">: {group.title}</span>
                </Button>
              )}
            </div>
            <ul class="safety-list">
              {flags.map((flag) => (
                <li key={flag.id} data-answer={answers[flag.id] ?? ''}>
                  <RadioGroup
                    id={`red-flag-${flag.id}`}
                    class="yes-no"
                    legend={flag.question}
                    layout="row"
                    choices={ANSWERS}
                    value={answers[flag.id]}
                    onPick={(answer) => onAnswer(flag.id, answer)}
                  />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
