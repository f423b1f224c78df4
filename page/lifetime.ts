/**
 * How long our work on a page lives, and the one way it ends. Every listener, observer and timer
 * of the page side hangs on a lifetime's `signal`; ending the lifetime (the site switched off) or
 * its parent (the script's own lifetime: a newer copy started, or the extension was reloaded,
 * updated or removed) stops all of them and runs each module's clean-up.
 */

/**
 * What a lifetime follows: another lifetime, or the content script's own
 * (platform/content/script-lifetime.ts: its `signal` aborts when a newer copy starts, and
 * reading `isValid` notices that an orphaned script lost its extension).
 */
export interface ParentLifetime {
  readonly signal: AbortSignal;
  readonly isValid: boolean;
}

export interface Lifetime extends ParentLifetime {
  /** `setTimeout` that never runs after the end, and is cleared by it. */
  setTimeout(handler: () => void, ms?: number): number;
  clearTimeout(id: number | undefined): void;
  /** `requestAnimationFrame` that never runs after the end, and is cancelled by it. */
  requestAnimationFrame(handler: () => void): number;
  /**
   * Runs `handler` when the page is next idle, or after `timeoutMs` at the latest (a plain timer
   * where the browser has no idle callbacks), telling it which; never after the end.
   */
  whenIdle(handler: (timedOut: boolean) => void, timeoutMs: number): void;
  /** Runs `cleanUp` once, when the lifetime ends (at once if it already has). */
  onEnd(cleanUp: () => void): void;
  /** Ends the lifetime: every timer, listener and clean-up tied to it. */
  end(): void;
}

/**
 * A lifetime inside `parent`, using `view`'s timers. Timers are tracked here and released when
 * they run (WXT's `ctx.setTimeout` added an abort listener per call that stayed until the page
 * closed: one per pointer frame while hovering, for hours).
 */
export function childLifetime(parent: ParentLifetime, view: Window): Lifetime {
  const controller = new AbortController();
  const { signal } = controller;
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  const idles = new Set<number>();
  /** False once the lifetime ended; asking the parent notices an extension that went away. */
  const alive = () => {
    if (!signal.aborted && !parent.isValid) controller.abort();
    return !signal.aborted;
  };
  const end = () => controller.abort();
  parent.signal.addEventListener('abort', end, { once: true, signal });
  signal.addEventListener(
    'abort',
    () => {
      for (const id of timeouts) view.clearTimeout(id);
      for (const id of frames) view.cancelAnimationFrame(id);
      for (const id of idles) view.cancelIdleCallback(id);
      timeouts.clear();
      frames.clear();
      idles.clear();
    },
    { once: true },
  );
  if (parent.signal.aborted) end();

  const life: Lifetime = {
    signal,
    get isValid() {
      return alive();
    },
    setTimeout(handler, ms = 0) {
      const id = view.setTimeout(() => {
        timeouts.delete(id);
        if (alive()) handler();
      }, ms);
      if (signal.aborted) view.clearTimeout(id);
      else timeouts.add(id);
      return id;
    },
    clearTimeout(id) {
      if (id === undefined) return;
      view.clearTimeout(id);
      timeouts.delete(id);
    },
    requestAnimationFrame(handler) {
      const id = view.requestAnimationFrame(() => {
        frames.delete(id);
        if (alive()) handler();
      });
      if (signal.aborted) view.cancelAnimationFrame(id);
      else frames.add(id);
      return id;
    },
    whenIdle(handler, timeoutMs) {
      if (typeof view.requestIdleCallback !== 'function') {
        life.setTimeout(() => handler(true), timeoutMs);
        return;
      }
      const id = view.requestIdleCallback(
        (deadline) => {
          idles.delete(id);
          if (alive()) handler(deadline.didTimeout);
        },
        { timeout: timeoutMs },
      );
      if (signal.aborted) view.cancelIdleCallback(id);
      else idles.add(id);
    },
    onEnd(cleanUp) {
      if (signal.aborted) cleanUp();
      else signal.addEventListener('abort', cleanUp, { once: true });
    },
    end,
  };
  return life;
}
