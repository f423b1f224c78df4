// @vitest-environment happy-dom
/**
 * The journal view rendered with Preact into happy-dom over fake-indexeddb: logging a run through
 * the form, errors next to their fields, warnings with their guide links, a full disk that keeps
 * what was typed, the charts' text summaries, and the clinician summary printing only on request.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ClinicianSummary } from '../../../../components/journal/ClinicianSummary';
import { JournalView } from '../../../../components/journal/JournalView';
import { SummaryPage } from '../../../../components/journal/SummaryPage';
import { localDate } from '../../../../knowledge/journal/stats';
import { sampleRun, sampleShoe } from '../../knowledge/journal/sample';
import { sampleAnswers } from '../../knowledge/symptoms/sample-answers';
import { queriesIn, viewContainerForEachTest } from '../view-container';

const container = viewContainerForEachTest();
const { find, findText, appears, type, tap: check } = queriesIn(container);

beforeEach(() => {
  // Distances in km: the unit follows the browser's language until the runner chooses one.
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-IE');
  // A fresh, empty IndexedDB for each test.
  globalThis.indexedDB = new IDBFactory();
});

async function openJournalView(): Promise<void> {
  render(<JournalView />, container);
  await appears('form[aria-label="Log a run"]');
}

async function saveRun(): Promise<void> {
  find<HTMLButtonElement>('button[type="submit"]').click();
}

describe('the journal view', () => {
  it('logs a run with a distance and a pain score, and lists it', async () => {
    await openJournalView();
    type('#run-distanceKm', '8,5');
    check('input[name="run-surface"][value="road"]');
    check('input[name="run-painDuring"][value="3"]');
    check('input[name="run-zones"][value="groin"]');
    await saveRun();
    await vi.waitFor(() =>
      expect(findText('[data-journal-status]')).toMatch(/^Saved: 8\.5 km on (\d+ \w+|\w+ \d+)\.$/),
    );
    // The form is blank for the next run, nothing chosen; the last run is only offered.
    expect(find<HTMLInputElement>('#run-distanceKm').value).toBe('');
    expect(document.querySelector('input[name="run-surface"]:checked')).toBeNull();
    expect(document.querySelector('input[name="run-painDuring"]:checked')).toBeNull();
    expect(findText('.j-same-as-last')).toBe('Same as last run: 8.5 km, road or concrete');
    expect(find<HTMLInputElement>('.j-same-as-last input').checked).toBe(false);
    find<HTMLButtonElement>('#journal-tab-runs').click();
    const run = await appears('.j-run');
    expect(run.textContent).toContain('8.5 km · Road or concrete');
    // The boxes left blank are "not noted", never 0.
    expect(run.textContent).toContain(
      'Pain before not noted, 3 during, after not noted, next morning not yet filled in',
    );
    expect(run.textContent).toContain('Where: Groin / inner hip');
  });

  it('says "Saved" where I am looking, and drops it when my next entry has errors', async () => {
    await openJournalView();
    type('#run-distanceKm', '42.195');
    await saveRun();
    const saved = await appears<HTMLElement>('[data-saved-run]');
    expect(saved.textContent).toMatch(/^Saved: 42\.2 km on /);
    await vi.waitFor(() => expect(document.activeElement).toBe(find('[data-saved-run]')));
    // The next entry is wrong: the old "Saved" must not sit beside its errors.
    type('#run-painBefore', '12');
    await saveRun();
    await appears('[data-field="run-painBefore"] .form-error');
    expect(container.querySelector('[data-saved-run]')).toBeNull();
    expect(findText('[data-journal-status]')).toBe('');
  });

  it('shows errors next to the fields and focuses the first', async () => {
    await openJournalView();
    type('#run-painBefore', '12');
    await saveRun();
    const error = await appears('[data-field="run-distanceKm"] .form-error');
    expect(error.textContent).toBe('Enter the distance in km, more than 0.');
    expect(find('#run-distanceKm').getAttribute('aria-invalid')).toBe('true');
    expect(find('#run-distanceKm').getAttribute('aria-describedby')).toBe('run-distanceKm-error');
    expect(findText('[data-field="run-painBefore"] .form-error')).toBe(
      'Pain before the run must be a whole number from 0 to 10.',
    );
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('run-distanceKm'));
    expect(container.querySelector('.j-run')).toBeNull();
  });

  it('speaks up after a run with a limp, linking to the guide', async () => {
    await openJournalView();
    type('#run-distanceKm', '5');
    check('input[value="limp"]');
    await saveRun();
    const warning = await appears('[data-rule="limp"]');
    expect(warning.querySelector('h3')?.textContent).toBe(
      'See a professionalStop running and get seen today',
    );
    expect(warning.querySelector('a')?.getAttribute('href')).toBe('#/red-flags?item=bone-stress');
  });

  it('says it has nothing to flag without calling it safe to run', async () => {
    await openJournalView();
    const none = await appears('[data-journal-no-warnings]');
    expect(none.textContent).toBe(
      "No patterns to flag in what you've logged. This can't tell you it's safe to run: if " +
        'pain worries you, check when to get help or see a doctor or physiotherapist.',
    );
    expect(none.querySelector('a')?.getAttribute('href')).toBe('#/red-flags');
  });

  it('says so when the disk is full, and keeps what was typed', async () => {
    await openJournalView();
    vi.spyOn(IDBObjectStore.prototype, 'add').mockImplementation(() => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    });
    type('#run-distanceKm', '7');
    await saveRun();
    const alert = await appears('[role="alert"]');
    expect(alert.textContent).toContain('Your browser is out of storage space for Hip Pain Guide');
    expect(find<HTMLInputElement>('#run-distanceKm').value).toBe('7');
  });

  it('edits and deletes a run', async () => {
    await openJournalView();
    type('#run-distanceKm', '5');
    await saveRun();
    await vi.waitFor(() => expect(findText('[data-journal-status]')).toContain('Saved'));
    find<HTMLButtonElement>('#journal-tab-runs').click();
    (await appears<HTMLButtonElement>('button[aria-label^="Edit the run"]')).click();
    await appears('form[aria-label="Edit run"]');
    type('#run-distanceKm', '6');
    await saveRun();
    await vi.waitFor(() => expect(findText('.j-run')).toContain('6 km'));
    find<HTMLButtonElement>('button[aria-label^="Delete the run"]').click();
    (await appears<HTMLButtonElement>('.button-danger')).click();
    await vi.waitFor(() => expect(findText('[data-journal-status]')).toMatch(/was deleted/));
    expect(container.querySelector('.j-run')).toBeNull();
  });

  it('explains the wait while an older open copy blocks the upgrade, then opens', async () => {
    // An older version of the guide (schema 1) holding the database open in another window.
    const older = await openDB('hip-pain-guide', 1, {
      upgrade: (db) => db.createObjectStore('checks', { keyPath: 'id', autoIncrement: true }),
    });
    render(<JournalView />, container);
    await vi.waitFor(
      () => expect(findText('[role="status"]')).toContain('close it: an update is waiting for it'),
      { timeout: 5000 },
    );
    older.close();
    await appears('form[aria-label="Log a run"]');
  });

  it('describes each chart in words', async () => {
    await openJournalView();
    type('#run-distanceKm', '5');
    check('input[name="run-surface"][value="road"]');
    check('input[name="run-painAfter"][value="2"]');
    await saveRun();
    await vi.waitFor(() => expect(findText('[data-journal-status]')).toContain('Saved'));
    find<HTMLButtonElement>('#journal-tab-charts').click();
    await appears('svg[data-chart="pain"]');
    expect(findText('#chart-distance-summary')).toMatch(
      /^Over the last 4 weeks \(from .+\) you ran 5 km in 1 run\. No runs in the full weeks shown\. This week so far \([1-7] of 7 days\): 5 km in 1 run\.$/,
    );
    expect(findText('#chart-pain-summary')).toMatch(
      /^Over the last 4 weeks \(from .+\), worst pain was 2 out of 10; on your latest run with a score \(.+\) it was 2\.$/,
    );
    // One run is no ground for a conclusion about surfaces, and the summary says so.
    expect(findText('#chart-surface-summary')).toBe(
      'Your one run with a surface and a pain score so far was on road or concrete: too few runs yet to say anything about surfaces.',
    );
    expect(find('svg[data-chart="distance"]').getAttribute('aria-describedby')).toBe(
      'chart-distance-summary',
    );
    expect(find('svg[data-chart="pain"]').getAttribute('aria-describedby')).toBe(
      'chart-pain-summary',
    );
  });
});

describe('the clinician summary', () => {
  const today = localDate(new Date());

  it('lists where it hurts, the red flags reported, and the timeline', () => {
    const runs = [
      sampleRun(today, { zones: ['groin'], limp: true, pain: { during: 4 }, notes: 'hill reps' }),
    ];
    render(
      <ClinicianSummary
        runs={runs}
        shoes={[sampleShoe(1)]}
        today={today}
        onPrint={() => undefined}
        check={{
          id: 1,
          at: Date.now(),
          answers: sampleAnswers({ zones: ['groin'], redFlagAnswers: { 'bone-stress': 'yes' } }),
          topConditions: ['stress-fracture'],
          redFlags: ['bone-stress'],
        }}
      />,
      container,
    );
    expect(findText('#cs-where + ul')).toBe(
      'Groin / inner hip: 1 of 1 runs, average worst pain 4/10',
    );
    expect(findText('[data-flag="bone-stress"]')).toBe(
      'Reported: Possible stress fracture near the hip',
    );
    expect(findText('.cs-table:not(.cs-weeks) tbody')).toContain('hill reps');
    expect(findText('[data-rule="limp"]')).toContain('Stop running');
  });

  it('prints only when the runner presses Print', async () => {
    // happy-dom has no window.print; the page must not call it before the click anyway.
    const print = vi.fn();
    window.print = print;
    render(<SummaryPage />, container);
    const button = await appears<HTMLButtonElement>('.cs-print');
    expect(print).not.toHaveBeenCalled();
    button.click();
    expect(print).toHaveBeenCalledTimes(1);
  });
});
