/**
 * The one labelled form field of the UI kit with an optional hint and an error message placed right under it. The
 * input is given its id, `aria-invalid` and `aria-describedby` by the field, so every input has a
 * label and every error is read with its field.
 */
import type { ComponentChildren, JSX } from 'preact';

/** Props each input inside a field should spread. */
export interface FieldInputProps {
  id: string;
  'aria-invalid': 'true' | undefined;
  'aria-describedby': string | undefined;
}

/** A field: `render` draws the input with the props that tie it to its label and messages. */
export function FormField(props: {
  id: string;
  label: ComponentChildren;
  hint?: string;
  error?: string;
  class?: string;
  render: (input: FieldInputProps) => JSX.Element;
}): JSX.Element {
  const hintId = props.hint ? `${props.id}-hint` : '';
  const errorId = props.error ? `${props.id}-error` : '';
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div class={`field ${props.class ?? ''}`} data-field={props.id}>
      <label for={props.id}>{props.label}</label>
      {props.render({
        id: props.id,
        'aria-invalid': props.error ? 'true' : undefined,
        'aria-describedby': describedBy,
      })}
      {props.hint && (
        <span class="hint" id={hintId}>
          {props.hint}
        </span>
      )}
      {props.error && (
        <p class="form-error" id={errorId}>
          {props.error}
        </p>
      )}
    </div>
  );
}

/** The error line of a fieldset (a group of choices), tied to it by `aria-describedby`. */
export function GroupError(props: { id: string; error?: string }): JSX.Element | null {
  return props.error ? (
    <p class="form-error" id={`${props.id}-error`}>
      {props.error}
    </p>
  ) : null;
}

/**
 * A box for a number typed with either decimal mark ("8,5" or "8.5"): a text input, since
 * `type="number"` refuses or misreads one of the two depending on the browser's locale, with the
 * phone's decimal keypad and no autofill of earlier entries.
 */
export function DecimalInput(
  props: FieldInputProps &
    Omit<JSX.InputHTMLAttributes<HTMLInputElement>, 'type' | 'inputMode' | 'autoComplete'>,
): JSX.Element {
  return <input {...props} type="text" inputMode="decimal" autoComplete="off" />;
}
