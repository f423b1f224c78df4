/** The safety questions, asked early: one yes/no question per red flag. */
import type { JSX } from 'preact';
import { RED_FLAGS } from '../../knowledge/guide/red-flags';
import type { RedFlagAnswer, RedFlagId } from '../../knowledge/types';

interface RedFlagQuestionsProps {
  answers: Partial<Record<RedFlagId, RedFlagAnswer>>;
  onAnswer(id: RedFlagId, answer: 'yes' | 'no'): void;
}

/** Each red flag's question with Yes and No. */
export function RedFlagQuestions({ answers, onAnswer }: RedFlagQuestionsProps): JSX.Element {
  return (
    <ul class="safety-list">
      {RED_FLAGS.map((flag) => (
        <li key={flag.id}>
          <fieldset class="yes-no" data-answer={answers[flag.id] ?? ''}>
            <legend>{flag.question}</legend>
            <div class="yes-no-choices">
              <label class="choice">
                <input
                  type="radio"
                  name={`red-flag-${flag.id}`}
                  value="yes"
                  checked={answers[flag.id] === 'yes'}
                  onChange={() => onAnswer(flag.id, 'yes')}
                />
                <span>Yes</span>
              </label>
              <label class="choice">
                <input
                  type="radio"
                  name={`red-flag-${flag.id}`}
                  value="no"
                  checked={answers[flag.id] === 'no'}
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
