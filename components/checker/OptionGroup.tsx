/** A question answered with checkboxes (pick any) or radio buttons (pick one), as chips. */
import type { ComponentChildren, JSX } from 'preact';

/** One choice. */
export interface Choice<Id extends string> {
  id: Id;
  label: string;
}

interface OptionGroupProps<Id extends string> {
  /** Form name, unique per question. */
  name: string;
  legend: ComponentChildren;
  hint?: string;
  choices: readonly Choice<Id>[];
  selected: readonly Id[];
  /** "many": checkboxes; "one": radio buttons. */
  pick: 'many' | 'one';
  onPick(id: Id): void;
}

/** The question as a fieldset whose legend names the group for screen readers. */
export function OptionGroup<Id extends string>(props: OptionGroupProps<Id>): JSX.Element {
  const { name, legend, hint, choices, selected, pick, onPick } = props;
  return (
    <fieldset class="question">
      <legend>
        {legend}
        {hint && <span class="hint">{hint}</span>}
      </legend>
      <ul class="choices">
        {choices.map((choice) => (
          <li key={choice.id}>
            <label class="choice">
              <input
                type={pick === 'many' ? 'checkbox' : 'radio'}
                name={name}
                value={choice.id}
                checked={selected.includes(choice.id)}
                onChange={() => onPick(choice.id)}
              />
              <span>{choice.label}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
