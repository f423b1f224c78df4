/**
 * Where a component test renders its Preact view in happy-dom, and queries that read like what a
 * user does there. One element per test file, attached to the document before each test and
 * emptied (Preact unmounts the view, so its effects clean up) and detached after it.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, vi } from 'vitest';

/** Registers the attach and the unmount in the calling test file; returns the element. */
export function viewContainerForEachTest(): HTMLElement {
  const container = document.createElement('div');
  beforeEach(() => {
    document.body.append(container);
  });
  afterEach(() => {
    render(null, container);
    container.replaceChildren();
    container.remove();
  });
  return container;
}

/** Queries and actions on what is rendered in `container`. */
export function queriesIn(container: HTMLElement) {
  function find<T extends Element = HTMLElement>(selector: string): T {
    const element = container.querySelector<T>(selector);
    if (!element) throw new Error(`Nothing matches ${selector}`);
    return element;
  }
  return {
    /** The element `selector` matches; throws, naming the selector, when none does. */
    find,
    /** The text of the element `selector` matches. */
    findText: (selector: string): string => find(selector).textContent ?? '',
    /** Waits until `selector` matches, the way a findBy query would. */
    appears: <T extends Element = HTMLElement>(selector: string): Promise<T> =>
      vi.waitFor(() => find<T>(selector)),
    /** Types into a field; `act` lets Preact render before the next step, as a browser would. */
    type(selector: string, value: string): void {
      act(() => {
        const input = find<HTMLInputElement>(selector);
        input.value = value;
        input.dispatchEvent(new Event('input', { bubbles: true }));
      });
    },
    /** Clicks (or taps) the element, and lets Preact render. */
    tap(selector: string): void {
      act(() => find<HTMLElement>(selector).click());
    },
  };
}
