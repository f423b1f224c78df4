/**
 * How to reach the marked words without a mouse. Page words are not tabbable (the guide never
 * changes a page's DOM), so the keyboard route is the "next term" command, which steps through
 * them and opens each one's card, and the "On this page" list, whose every word is a button.
 * The shortcut shown is the one the person has, read from the browser.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { usePlatform } from '../platform-context';

/** What the browser said about the shortcut: `undefined` while asking, null when none is set. */
type ShortcutState = { known: true; shortcut: string | null } | { known: false };

/** The shortcut for stepping through the marked words, as the browser reports it. */
function useNextTermShortcut(): ShortcutState | undefined {
  const { readNextTermShortcut, logError } = usePlatform();
  const [state, setState] = useState<ShortcutState | undefined>(undefined);
  useEffect(() => {
    let live = true;
    readNextTermShortcut()
      .then((shortcut) => live && setState({ known: true, shortcut }))
      .catch((error: unknown) => {
        // The hint then names the command without its keys; the reason goes to the log.
        logError('reading the next-term shortcut', error);
        if (live) setState({ known: false });
      });
    return () => {
      live = false;
    };
  }, [readNextTermShortcut, logError]);
  return state;
}

/** The paragraph on the keyboard route; `onThisPage` when shown under the list itself. */
export function KeyboardRoute({ onThisPage }: { onThisPage: boolean }): JSX.Element | null {
  const state = useNextTermShortcut();
  if (state === undefined) return null;
  const list = onThisPage ? 'this list' : 'the “On this page” list in this sidebar';
  return (
    <p class="hint" data-keyboard-route>
      {state.known && state.shortcut ? (
        <>
          Keyboard: on a page, press <kbd>{state.shortcut}</kbd> to step through the marked words;
          each one's explanation opens.
        </>
      ) : (
        <>
          Keyboard: set a shortcut for “Explain the next hip-pain term on the page” in your
          browser's extension shortcuts to step through the marked words.
        </>
      )}{' '}
      Or use {list}: every word in it is a button.
    </p>
  );
}
