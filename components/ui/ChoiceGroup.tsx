/**
 * The one group of choices in the sidebar: radio buttons (pick one) or checkboxes (pick any)
 * drawn as chips, in a fieldset whose legend names the group, with an optional hint and an error
 * line tied to it. Every chip is a real input inside its label: keyboard, screen readers and a
 * click anywhere on the chip all work. The checker, the journal and the settings all use it.
 */
import type { ComponentChildren, JSX } from 'preact';
import { GroupError } from './Field';

/** One chip. */
export interface Choice<T extends string> {
  value: T;
  label: string;
}

/** Chips from a list of `{ id, label }` (the checker's zones, feelings and triggers). */
export function choicesFrom<T extends string>(
  items: readonly { id: T; label: string }[],
): Choice<T>[] {
  return items.map((item) => ({ value: item.id, label: item.label }));
}

/** What a group is given. */
export interface ChoiceGroupProps<T extends string> {
  /** The inputs' name, and the base of the error's id; unique on the page. */
  id: string;
  legend: ComponentChildren;
  hint?: string;
  type: 'radio' | 'checkbox';
  choices: readonly Choice<T>[];
  checked(value: T): boolean;
  onChange(value: T, checked: boolean): void;
  error?: string;
  /** "wrap" (default): chips flow; "row": equal chips on one line (Yes / No / Not sure); "stacked": one per line. */
  layout?: 'wrap' | 'row' | 'stacked';
  class?: string;
  /**
   * For radio groups whose blank means "not recorded": a "Clear" button, shown once a chip is
   * picked, takes the answer back (a radio group cannot be emptied by clicking). `clear.what`
   * names the answer for screen readers ("pain during the run").
   */
  clear?: { what: string; onClear(): void };
}

/** The group; `checked` says which chips are on and `onChange` reports each change. */
export function ChoiceGroup<T extends string>(props: ChoiceGroupProps<T>): JSX.Element {
  const layout = props.layout ?? 'wrap';
  const { clear } = props;
  const picked = props.choices.some((choice) => props.checked(choice.value));
  return (
    <fieldset
      class={`question ${props.class ?? ''}`}
      aria-describedby={props.error ? `${props.id}-error` : undefined}
    >
      <legend>
        {props.legend}
        {props.hint && <span class="hint">{props.hint}</span>}
      </legend>
      <ul class={`choices choices-${layout}`}>
        {props.choices.map((choice) => (
          <li key={choice.value}>
            <label class="choice">
              <input
                type={props.type}
                name={props.id}
                value={choice.value}
                checked={props.checked(choice.value)}
                onChange={(event) => props.onChange(choice.value, event.currentTarget.checked)}
              />
              <span>{choice.label}</span>
            </label>
          </li>
        ))}
      </ul>
      {clear && picked && (
        <button
          type="button"
          class="link-button choice-clear"
          aria-label={`Clear: ${clear.what} not recorded`}
          onClick={clear.onClear}
        >
          Clear
        </button>
      )}
      <GroupError id={props.id} error={props.error} />
    </fieldset>
  );
}

/**
 * A pick-one group whose chip `value` is on (none while it is null or undefined); `onPick`
 * reports the chip picked.
 */
export function RadioGroup<T extends string>(
  props: Omit<ChoiceGroupProps<T>, 'type' | 'checked' | 'onChange'> & {
    value: NoInfer<T> | null | undefined;
    onPick(value: T): void;
  },
): JSX.Element {
  const { value, onPick, ...group } = props;
  return (
    <ChoiceGroup
      {...group}
      type="radio"
      checked={(choice) => choice === value}
      onChange={(choice) => onPick(choice)}
    />
  );
}
