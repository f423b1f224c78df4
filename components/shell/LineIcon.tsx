/**
 * The frame of the header's line icons (search, settings, pause): a 24-unit square drawn by its
 * children and styled by `.icon`, hidden from screen readers because the control around it has
 * the name.
 */
import type { ComponentChildren, JSX } from 'preact';

/** An icon whose shapes are `children`. */
export function LineIcon({ children }: { children: ComponentChildren }): JSX.Element {
  return (
    <svg class="icon" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
      {children}
    </svg>
  );
}
