// @vitest-environment happy-dom
/**
 * The clinician summary's pain episodes: each with its days and "What changed before the pain"
 * (the three weeks' distance, a spike by the journal's spike rule, a new surface and pair), in
 * the runner's unit, latest first.
 */
import { render } from 'preact';
import { describe, expect, it } from 'vitest';
import { ClinicianSummary } from '../../../../components/journal/ClinicianSummary';
import { formatDay, formatShortDay as short } from '../../../../knowledge/date-format';
import { sampleRun, sampleShoe } from '../../knowledge/journal/sample';
import { viewContainerForEachTest } from '../view-container';

const container = viewContainerForEachTest();

const RUNS = [
  sampleRun('2025-03-20', { distanceKm: 8, surface: 'road', shoeId: 1 }),
  sampleRun('2025-04-22', { distanceKm: 8, surface: 'road', shoeId: 1 }),
  sampleRun('2025-04-29', { distanceKm: 8, surface: 'trail', shoeId: 2 }),
  sampleRun('2025-05-06', { distanceKm: 12, surface: 'road', shoeId: 1 }),
  sampleRun('2025-05-12', { distanceKm: 8, surface: 'road', shoeId: 1, pain: { during: 5 } }),
];

function summary(unit: 'km' | 'mi'): HTMLElement {
  render(
    <ClinicianSummary
      runs={RUNS}
      shoes={[sampleShoe(1, { name: 'Blue Pegasus' }), sampleShoe(2, { name: 'Trail Cascadia' })]}
      check={null}
      today="2025-05-14"
      unit={unit}
      onPrint={() => undefined}
    />,
    container,
  );
  const section = container.querySelector<HTMLElement>('.cs-episodes');
  if (!section) throw new Error('No episodes section');
  return section;
}

describe('pain episodes on the clinician summary', () => {
  it('shows the episode, its days and what changed in the three weeks before', () => {
    const text = summary('km').textContent ?? '';
    // Dates in the reader's locale, as the page writes them.
    expect(text).toContain(`Pain from ${formatDay('2025-05-12')} (still going on)`);
    // Started by itself: other exercise not counted yet, so no day is called rest.
    expect(text).toContain('3 days: 1 with a run; days of other exercise and rest not noted.');
    expect(text).toContain('What changed before the pain');
    expect(
      [...container.querySelectorAll('.j-episode-weeks tbody tr')].map((row) => row.textContent),
    ).toEqual([
      `${short('2025-04-21')} – ${short('2025-04-27')}81`,
      `${short('2025-04-28')} – ${short('2025-05-04')}81`,
      `${short('2025-05-05')} – ${short('2025-05-11')}121`,
    ]);
    expect(text).toContain(
      `${short('2025-05-06')}: a 12 km run, 50% longer than the longest of the 30 days before it (8 km).`,
    );
    expect(text).toContain(`${short('2025-04-29')}: first run on trail in the six weeks before.`);
    expect(text).toContain(
      `${short('2025-04-29')}: first run in "Trail Cascadia" in the six weeks before.`,
    );
  });

  it('gives the distances in miles to a runner who counts in miles', () => {
    const text = summary('mi').textContent ?? '';
    expect(text).toContain(`${short('2025-05-06')}: a 7.46 mi run, 50% longer`);
    expect(container.querySelector('.j-episode-weeks thead')?.textContent).toContain('mi');
  });
});
