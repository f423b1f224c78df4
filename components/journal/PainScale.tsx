/**
 * One pain question as a row of 0–10 chips: a single tap answers it. Nothing is chosen at first,
 * and nothing chosen means "not recorded", never 0; "Clear" takes an answer back to blank (a
 * radio group cannot be emptied by clicking). The chips are the kit's radio chips.
 */
import type { JSX } from 'preact';
import { RadioGroup } from '../ui/ChoiceGroup';

const SCORES = Array.from({ length: 11 }, (_, score) => ({
  value: String(score),
  label: String(score),
}));

/** A 0–10 question; `value` is the score as text, '' when not recorded. */
export function PainScale(props: {
  /** The inputs' name (`run-painDuring`), unique on the page. */
  id: string;
  legend: string;
  hint?: string;
  value: string;
  error?: string;
  onChange(value: string): void;
}): JSX.Element {
  return (
    <div class="j-pain-scale" data-field={props.id}>
      <RadioGroup
        id={props.id}
        legend={props.legend}
        hint={props.hint}
        choices={SCORES}
        value={props.value}
        onPick={props.onChange}
        error={props.error}
        clear={{ what: props.legend.toLowerCase(), onClear: () => props.onChange('') }}
      />
    </div>
  );
}
