// @vitest-environment happy-dom
/**
 * The journal's alerts as a runner sees them: the most severe in full, the rest folded behind
 * "N more things to look at", and an empty state that never calls it safe to run.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { moreLabel, WarningList } from '../../../../components/journal/WarningList';
import { journalWarnings } from '../../../../knowledge/journal/rules';
import { sampleRun, sampleShoe } from '../../knowledge/journal/sample';
import { viewContainerForEachTest } from '../view-container';

const TODAY = '2025-05-14';
const container = viewContainerForEachTest();

describe('the journal alerts', () => {
  it('show the most severe first in full and fold the rest', () => {
    const warnings = journalWarnings(
      [
        sampleRun('2025-05-01', { distanceKm: 5 }),
        sampleRun('2025-05-12', { distanceKm: 9, pain: { before: 1, during: 7, nextMorning: 3 } }),
      ],
      [sampleShoe(1, { startKm: 600 })],
      TODAY,
      'km',
    );
    expect(warnings.map((warning) => warning.rule)).toEqual([
      'pain-too-high',
      'worse-next-morning',
      'run-spike',
      'worn-shoes',
    ]);
    render(<WarningList warnings={warnings} />, container);

    const first = container.querySelector('article.j-warning');
    expect(first?.getAttribute('data-rule')).toBe('pain-too-high');
    expect(first?.closest('details')).toBeNull();
    expect(first?.querySelector('h3')?.textContent).toBe(
      'Change your trainingToo much pain: rest until it settles',
    );
    expect(first?.textContent).toContain('your pain was 7 during it, out of 10');
    expect(first?.querySelector('a')?.getAttribute('href')).toBe(
      '#/habits?item=warm-up-and-know-your-limit',
    );

    const more = container.querySelector<HTMLDetailsElement>('details.j-more');
    expect(more?.open).toBe(false);
    expect(more?.querySelector('summary')?.textContent).toBe('3 more things to look at');
    expect(
      [...(more?.querySelectorAll('li.j-warning') ?? [])].map((item) =>
        item.getAttribute('data-rule'),
      ),
    ).toEqual(['worse-next-morning', 'run-spike', 'worn-shoes']);
    expect(container.querySelector('[data-journal-no-warnings]')).toBeNull();
  });

  it('show a single alert without a fold', () => {
    const warnings = journalWarnings([sampleRun('2025-05-12', { limp: true })], [], TODAY, 'km');
    render(<WarningList warnings={warnings} />, container);
    expect(container.querySelectorAll('.j-warning')).toHaveLength(1);
    expect(container.querySelector('details')).toBeNull();
  });

  it('count the folded ones in words', () => {
    expect(moreLabel(1)).toBe('1 more thing to look at');
    expect(moreLabel(2)).toBe('2 more things to look at');
  });

  it('say there is nothing to flag, and that this does not mean it is safe to run', () => {
    render(<WarningList warnings={[]} />, container);
    const none = container.querySelector('[data-journal-no-warnings]');
    expect(none?.textContent).toContain("No patterns to flag in what you've logged.");
    expect(none?.textContent).toContain("This can't tell you it's safe to run");
    expect(none?.querySelector('a')?.getAttribute('href')).toBe('#/red-flags');
    expect(container.textContent).not.toMatch(
      /all clear|you are safe|safe to run\b(?!:)|no problems/i,
    );
  });
});
