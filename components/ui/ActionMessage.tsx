/**
 * The line that says how something the reader did went ("Cadence is marked again.", "That change
 * could not be saved. Try again."): a failure is announced at once (`alert`), a success quietly
 * (`status`). One look and one wording for every settings list and the welcome page.
 */
import type { JSX } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

/** How an action went. */
export interface ActionResult {
  text: string;
  error: boolean;
}

/** What a change that could not be saved says, wherever it was made. */
export const SAVE_FAILED: ActionResult = {
  text: 'That change could not be saved. Try again.',
  error: true,
};

/**
 * The latest result, and `report(work, done)`: says `done` once `work` resolves, or that the
 * change could not be saved when it rejects.
 */
export function useActionResult(): [
  ActionResult | null,
  (work: Promise<unknown>, done: string) => void,
] {
  const [result, setResult] = useState<ActionResult | null>(null);
  const report = (work: Promise<unknown>, done: string) => {
    work.then(() => setResult({ text: done, error: false })).catch(() => setResult(SAVE_FAILED));
  };
  return [result, report];
}

/** The result as a line; `reveal` scrolls it into view (a form may sit at the window's foot). */
export function ActionMessage(props: {
  result: ActionResult;
  reveal?: boolean;
  [data: `data-${string}`]: string | undefined;
}): JSX.Element {
  const { result, reveal } = props;
  const line = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (reveal) line.current?.scrollIntoView({ block: 'nearest' });
  }, [result, reveal]);
  const data = Object.fromEntries(Object.entries(props).filter(([key]) => key.startsWith('data-')));
  return (
    <p
      {...data}
      ref={line}
      class={result.error ? 'form-error' : 'form-ok'}
      role={result.error ? 'alert' : 'status'}
    >
      {result.text}
    </p>
  );
}
