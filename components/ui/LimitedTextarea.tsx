/**
 * The UI kit's text area with a length limit: nothing is ever cut without a word. `maxLength`
 * stops typing at the limit, a counter ("1,850 / 2,000") appears as the limit nears, and a paste
 * that did not fit says so.
 */
import type { JSX } from 'preact';
import { useState } from 'preact/hooks';

/** From this share of the limit on, the counter shows. */
const COUNTER_FROM = 0.8;

/** The counter's text, or null while the text is well under the limit. */
export function limitCounter(length: number, max: number): string | null {
  if (length < max * COUNTER_FROM) return null;
  return `${length.toLocaleString('en-GB')} / ${max.toLocaleString('en-GB')}`;
}

/** What a paste of `pasted` characters into text of `length` (with `selected` replaced) leaves out. */
export function charactersCut(length: number, selected: number, pasted: number, max: number) {
  return Math.max(0, length - selected + pasted - max);
}

/** A limited text area; `describedBy` lists the ids of its hint and error, if any. */
export function LimitedTextarea(props: {
  id: string;
  value: string;
  max: number;
  rows: number;
  describedBy?: string;
  invalid?: boolean;
  onValue: (value: string) => void;
}): JSX.Element {
  const [cut, setCut] = useState(0);
  const counter = limitCounter(props.value.length, props.max);
  const counterId = `${props.id}-count`;
  const describedBy = [props.describedBy, counter !== null ? counterId : '']
    .filter(Boolean)
    .join(' ');
  const onPaste = (event: ClipboardEvent) => {
    const field = event.currentTarget as HTMLTextAreaElement;
    const pasted = event.clipboardData?.getData('text/plain').length ?? 0;
    const selected = (field.selectionEnd ?? 0) - (field.selectionStart ?? 0);
    setCut(charactersCut(field.value.length, selected, pasted, props.max));
  };
  return (
    <>
      <textarea
        id={props.id}
        rows={props.rows}
        maxLength={props.max}
        aria-describedby={describedBy || undefined}
        aria-invalid={props.invalid ? 'true' : undefined}
        value={props.value}
        onPaste={onPaste}
        onInput={(event) => {
          // A paste that fit, or typing after a cut: the earlier note is no longer true.
          if (event.inputType !== 'insertFromPaste') setCut(0);
          props.onValue(event.currentTarget.value);
        }}
      />
      {counter !== null && (
        <span class="hint" id={counterId} data-counter>
          {counter} characters
        </span>
      )}
      <p class="form-error" role="status" data-cut>
        {cut > 0
          ? `Only the first ${props.max.toLocaleString('en-GB')} characters fit: the last ${cut.toLocaleString('en-GB')} of what you pasted were left out.`
          : ''}
      </p>
    </>
  );
}
