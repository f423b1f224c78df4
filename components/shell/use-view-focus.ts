/**
 * Moves focus to a new view after navigation, as a page load would for a screen reader: to the
 * element marked `data-autofocus` (the search box), else to the view's heading. The first view
 * keeps the browser's own focus, unless it has a `data-autofocus` element (the sidebar opened
 * at a search from the context menu: the reader can type straight away).
 */
import { useEffect, useRef } from 'preact/hooks';

/** Focuses the view inside `main` whenever `viewKey` changes (after the first render). */
export function useViewFocus(viewKey: string, scrollTo: string | null): void {
  const first = useRef(true);
  useEffect(() => {
    const main = document.getElementById('main');
    const autofocus = main?.querySelector<HTMLElement>('[data-autofocus]');
    const target = autofocus ?? main?.querySelector<HTMLElement>('h1');
    const item = scrollTo ? document.getElementById(scrollTo) : null;
    if (first.current && !item && !autofocus) {
      first.current = false;
      return;
    }
    first.current = false;
    if (item) {
      item.scrollIntoView({ block: 'start' });
      item.focus({ preventScroll: true });
      return;
    }
    window.scrollTo(0, 0);
    target?.focus({ preventScroll: true });
  }, [viewKey, scrollTo]);
}
