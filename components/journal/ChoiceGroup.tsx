/**
 * A group of radio buttons or checkboxes drawn as chips, with a legend and an error line tied to
 * the fieldset. Every chip is a real input inside its label: keyboard, screen readers and a click
 * anywhere on the chip all work.
 */
import type { JSX } from 'preact';
import { GroupError } from './FormField';

/** One chip. */
export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** The group; `checked` says which chips are on and `onChange` reports each change. */
export function ChoiceGroup<T extends string>(props: {
  id: string;
  legend: string;
  type: 'radio' | 'checkbox';
  choices: readonly Choice<T>[];
  checked(value: T): boolean;
  onChange(value: T, checked: boolean): void;
  error?: string;
}): JSX.Element {
  return (
    <fieldset aria-describedby={props.error ? `${props.id}-error` : undefined}>
      <legend>{props.legend}</legend>
      <div class="j-choices">
        {props.choices.map((choice) => (
          <label class="j-choice" key={choice.value}>
            <input
              type={props.type}
              name={props.id}
              value={choice.value}
              checked={props.checked(choice.value)}
              onChange={(event) => props.onChange(choice.value, event.currentTarget.checked)}
            />
            {choice.label}
          </label>
        ))}
      </div>
      <GroupError id={props.id} error={props.error} />
    </fieldset>
  );
}
