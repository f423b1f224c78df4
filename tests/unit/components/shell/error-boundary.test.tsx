// @vitest-environment happy-dom
/**
 * The error boundary around each sidebar view: a view that throws while rendering (a damaged
 * record) is replaced by a friendly message with a way back, the error is logged, and "Try
 * again" renders the view afresh.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ErrorBoundary } from '../../../../components/shell/ErrorBoundary';
import { viewContainerForEachTest } from '../view-container';

const container = viewContainerForEachTest();
let broken = true;

function FragileView() {
  // As History did for a check dated 1e300: formatting an impossible date throws.
  if (broken) throw new RangeError('Invalid time value');
  return <h1>Your saved checks</h1>;
}

beforeEach(() => {
  broken = true;
});

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('a view that fails', () => {
  it('shows a message with a way back instead of a blank sidebar, and logs the error', () => {
    // The logger is quiet under tests unless asked.
    vi.stubEnv('MODE', 'development');
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    act(() => {
      render(
        <ErrorBoundary view="history">
          <FragileView />
        </ErrorBoundary>,
        container,
      );
    });
    expect(container.querySelector('[role="alert"] h1')?.textContent).toBe(
      'Something went wrong here',
    );
    expect(container.querySelector<HTMLAnchorElement>('a')?.getAttribute('href')).toBe('#/');
    expect(logged).toHaveBeenCalledWith(
      'Hip Pain Guide, sidebar: the history view failed:',
      expect.objectContaining({ message: 'Invalid time value' }),
    );

    broken = false;
    const retry = [...container.querySelectorAll('button')].find(
      (button) => button.textContent === 'Try again',
    );
    act(() => retry?.click());
    expect(container.querySelector('h1')?.textContent).toBe('Your saved checks');
  });
});
