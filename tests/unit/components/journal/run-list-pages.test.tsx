// @vitest-environment happy-dom
/**
 * The runs list over years of runs: a page of 20 at a time, newest first, with Older and Newer,
 * saying where the runner is; focus moves to that line when a page turns (the button pressed can
 * go), and a deletion that empties the last page shows the one before.
 */
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { describe, expect, it } from 'vitest';
import { RunList } from '../../../../components/journal/RunList';
import type { JournalRun } from '../../../../knowledge/journal/types';
import { steadyRuns } from '../../knowledge/journal/sample';
import { viewContainerForEachTest } from '../view-container';

const container = viewContainerForEachTest();

function show(runs: readonly JournalRun[]): void {
  render(
    <RunList
      runs={runs}
      shoes={[]}
      unit="km"
      onEdit={() => undefined}
      onDelete={async () => true}
    />,
    container,
  );
}

const dates = () =>
  [...container.querySelectorAll<HTMLElement>('.j-run')].map((item) => item.dataset.date);
const button = (name: string) =>
  [...container.querySelectorAll('button')].find((item) => item.textContent === name);
const press = (name: string) =>
  act(() => {
    const found = button(name);
    if (!found) throw new Error(`no button ${name}`);
    found.click();
  });

describe('the runs list over years of runs', () => {
  // 45 runs, every other day, the newest on 2025-05-14.
  const runs = steadyRuns('2025-05-14', 45, 2, 8);

  it('shows 20 at a time, newest first, and says which', () => {
    show(runs);
    expect(dates()).toHaveLength(20);
    expect(dates()[0]).toBe('2025-05-14');
    expect(container.querySelector('[data-runs-page]')?.textContent).toMatch(
      /^Runs 1–20 of 45, newest first \(.+ to .+\)\.$/,
    );
    expect(button('Newer runs')).toBeUndefined();
  });

  it('turns to older runs and back, with focus on where the runner now is', () => {
    show(runs);
    press('Older runs');
    expect(dates()[0]).toBe(runs[24]?.date);
    expect(container.querySelector('[data-runs-page]')?.textContent).toMatch(/^Runs 21–40 of 45/);
    expect(document.activeElement).toBe(container.querySelector('[data-runs-page]'));
    press('Older runs');
    expect(dates()).toHaveLength(5);
    expect(dates().at(-1)).toBe(runs[0]?.date);
    expect(button('Older runs')).toBeUndefined();
    press('Back to the latest');
    expect(dates()[0]).toBe('2025-05-14');
  });

  it('shows the page before when a deletion empties the last one', () => {
    show(runs);
    press('Older runs');
    press('Older runs');
    show(runs.slice(5));
    expect(container.querySelector('[data-runs-page]')?.textContent).toMatch(/^Runs 21–40 of 40/);
  });

  it('shows no pages for a short journal', () => {
    show(runs.slice(0, 12));
    expect(dates()).toHaveLength(12);
    expect(container.querySelector('[data-runs-page]')).toBeNull();
    expect(container.querySelector('[data-runs-pages]')).toBeNull();
  });
});
