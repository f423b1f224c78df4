/**
 * The UI kit's banner: one shape for every message that stands apart from the text, its tone
 * saying how serious it is. An `alert` banner is announced at once; `focusOnShow` also moves
 * focus to it when it appears (the checker's emergency advice), so nobody scrolls past it.
 */
import type { ComponentChildren, JSX } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** How serious: emergency and same-day match the red-flag tiers. */
export type BannerTone = 'info' | 'ok' | 'warning' | 'error' | 'emergency' | 'same-day' | 'soon';

/** A banner; `title` comes first and says what to do. */
export function Banner(props: {
  tone: BannerTone;
  title?: ComponentChildren;
  /** "alert" for what must be heard now, "status" for quiet news; none for static text. */
  role?: 'alert' | 'status';
  focusOnShow?: boolean;
  /** Bleeds to the edges (the shell's banner under the header). */
  bleed?: boolean;
  class?: string;
  children?: ComponentChildren;
  [data: `data-${string}`]: string | undefined;
}): JSX.Element {
  const { tone, title, role, focusOnShow, bleed, children } = props;
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!focusOnShow) return;
    box.current?.scrollIntoView({ block: 'nearest' });
    box.current?.focus({ preventScroll: true });
  }, [focusOnShow]);
  const data = Object.fromEntries(Object.entries(props).filter(([key]) => key.startsWith('data-')));
  return (
    <div
      {...data}
      ref={box}
      class={`banner banner-${tone}${bleed ? ' banner-bleed' : ''} ${props.class ?? ''}`}
      role={role}
      tabIndex={focusOnShow ? -1 : undefined}
    >
      {title && <p class="banner-title">{title}</p>}
      {children}
    </div>
  );
}
