/**
 * How many hip-pain terms the page in the current tab has, for the header's "7 terms explained
 * here" link. Follows tab switches and page loads; null when the page has none or cannot say.
 */
import { useEffect, useState } from 'preact/hooks';
import { usePlatform } from '../platform-context';

/** The number of distinct terms on the current page, or null when there is nothing to show. */
export function usePageTermCount(): number | null {
  const { readPageTerms, watchActivePage } = usePlatform();
  const [count, setCount] = useState<number | null>(null);
  useEffect(() => {
    let live = true;
    const refresh = () => {
      readPageTerms()
        .then((state) => {
          if (live)
            setCount(state.kind === 'terms' && state.terms.length > 0 ? state.terms.length : null);
        })
        .catch((error: unknown) => {
          // Only a shortcut fails here: the "On this page" view reads the page itself and shows
          // its errors in words. Log for whoever debugs why the link is missing.
          console.warn('Hip Pain Guide: could not read the terms of the current page', error);
          if (live) setCount(null);
        });
    };
    refresh();
    const stop = watchActivePage(refresh);
    return () => {
      live = false;
      stop();
    };
  }, [readPageTerms, watchActivePage]);
  return count;
}
