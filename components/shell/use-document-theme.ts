/**
 * Paints the sidebar in the theme the settings ask for. "auto" leaves the choice to the
 * stylesheet, which follows `prefers-color-scheme`, so no listener is needed for it.
 */
import { useEffect } from 'preact/hooks';
import type { Theme } from '../../knowledge/preferences';

/** Sets `data-theme` on the document for "light" and "dark", and removes it for "auto". */
export function useDocumentTheme(theme: Theme): void {
  useEffect(() => {
    const root = document.documentElement;
    if (theme === 'auto') delete root.dataset.theme;
    else root.dataset.theme = theme;
  }, [theme]);
}
