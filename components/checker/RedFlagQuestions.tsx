/** The safety questions, asked early: one yes/no question per red flag. */
import type { JSX } from 'preact';
import { RED_FLAGS } from '../../knowledge/guide/red-flags';
import type { RedFlagId } from '../../knowledge/types';

interface RedFlagQuestionsProps {
  yes: readonly RedFlagId[];
  no: readonly RedFlagId[];
  onAnswer(id: RedFlagId, answer: 'yes' | 'no'): void;
}

/** Each red flag's question with Yes and No. */
export function RedFlagQuestions({ yes, no, onAnswer }: RedFlagQuestionsProps): JSX.Element {
  return (
    <ul class="safety-list">
      {RED_FLAGS.map((flag) => (
        <li key={flag.id}>
          <fieldset
            class="yes-no"
            data-answer={yes.includes(flag.id) ? 'yes' : no.includes(flag.id) ? 'no' : ''}
          >
            <legend>{flag.question}</legend>
            <div class="yes-no-choices">
              <label class="choice">
                <input
                  type="radio"
                  name={`red-flag-${flag.id}`}
                  value="yes"
                  checked={yes.includes(flag.id)}
                  onChange={() => onAnswer(flag.id, 'yes')}
                />
                <span>Yes</span>
              </label>
              <label class="choice">
                <input
                  type="radio"
                  name={`red-flag-${flag.id}`}
                  value="no"
                  checked={no.includes(flag.id)}
                  onChange={() => onAnswer(flag.id, 'no')}
                />
                <span>No</span>
              </label>
            </div>
          </fieldset>
        </li>
      ))}
    </ul>
  );
}
