// @vitest-environment happy-dom
/**
 * The quick log and the morning question, rendered with Preact into happy-dom over
 * fake-indexeddb: after a first run, logging one is three taps (pain during, after, where), a
 * tap on "Same as last run" and Save, the details folded and blank; the next morning's pain is asked for
 * yesterday's run when the journal opens, saved with one tap or skipped without recording 0.
 */
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { JournalView } from '../../../../components/journal/JournalView';
import { addDays, localDate } from '../../../../knowledge/journal/stats';
import { queriesIn, viewContainerForEachTest } from '../view-container';

const container = viewContainerForEachTest();
const { find, appears, type, tap } = queriesIn(container);

beforeEach(() => {
  vi.spyOn(navigator, 'language', 'get').mockReturnValue('en-IE');
  globalThis.indexedDB = new IDBFactory();
});

/** Opens the journal as the sidebar does, from scratch (a new mount reads the stored runs). */
async function openJournalView(): Promise<void> {
  render(null, container);
  render(<JournalView />, container);
  await appears('form[aria-label="Log a run"]');
}

async function logFirstRun(date: string, km: string): Promise<void> {
  await openJournalView();
  // No run to suggest: the details are open and ask for the distance.
  expect(find<HTMLDetailsElement>('details.j-details').open).toBe(true);
  expect(container.querySelector('.j-same-as-last')).toBeNull();
  type('#run-date', date);
  type('#run-distanceKm', km);
  tap('input[name="run-surface"][value="road"]');
  tap('button[type="submit"]');
  await vi.waitFor(() => expect(find('[data-journal-status]').textContent).toContain('Saved'));
}

async function runText(): Promise<string> {
  tap('#journal-tab-runs');
  return (await appears('.j-run')).textContent ?? '';
}

describe('the quick log', () => {
  it('logs pain during, after and where in three taps and "Same as last run", the rest folded', async () => {
    const today = localDate(new Date());
    await logFirstRun(addDays(today, -3), '8');
    await openJournalView();
    const details = find<HTMLDetailsElement>('details.j-details');
    expect(details.open).toBe(false);
    // Nothing is filled in from the last run until I choose it; the date is said.
    const summary = () => details.querySelector('summary')?.textContent;
    expect(summary()).toBe(
      'More details: date, distance, time, surface, shoes, notes (now: today)',
    );
    expect(find('.j-same-as-last').textContent).toBe('Same as last run: 8 km, road or concrete');
    tap('.j-same-as-last input');
    expect(summary()).toBe(
      'More details: date, distance, time, surface, shoes, notes (now: today, 8 km, road or concrete)',
    );
    tap('input[name="run-painDuring"][value="4"]');
    tap('input[name="run-painAfter"][value="0"]');
    tap('input[name="run-zones"][value="outer-hip"]');
    tap('button[type="submit"]');
    await vi.waitFor(() =>
      expect(find('[data-journal-status]').textContent).toMatch(/^Saved: 8 km on /),
    );
    const text = await runText();
    expect(text).toContain('Pain before not noted, 4 during, 0 after');
    expect(text).toContain('Where: Outer hip');
  });

  it('takes a chosen score back to blank with Clear, never 0', async () => {
    await logFirstRun(addDays(localDate(new Date()), -3), '5');
    await openJournalView();
    tap('input[name="run-painDuring"][value="6"]');
    tap('[data-field="run-painDuring"] .link-button');
    expect(container.querySelector('input[name="run-painDuring"]:checked')).toBeNull();
    tap('.j-same-as-last input');
    tap('button[type="submit"]');
    await vi.waitFor(() => expect(find('[data-journal-status]').textContent).toContain('Saved'));
    expect(await runText()).toContain('Pain before not noted, during not noted, after not noted');
  });

  it('asks for the distance, opening the details, when I save without one', async () => {
    await logFirstRun(addDays(localDate(new Date()), -3), '5');
    await openJournalView();
    tap('input[name="run-painDuring"][value="2"]');
    tap('button[type="submit"]');
    await vi.waitFor(() => expect(find<HTMLDetailsElement>('details.j-details').open).toBe(true));
    await vi.waitFor(() => expect(document.activeElement?.id).toBe('run-distanceKm'));
  });
});

describe('the morning question', () => {
  it('asks about yesterday’s run when the journal opens and saves one tap', async () => {
    const today = localDate(new Date());
    await logFirstRun(addDays(today, -1), '8');
    await openJournalView();
    const prompt = await appears('[data-morning-prompt]');
    expect(prompt.textContent).toContain(
      "How does your hip feel this morning? (yesterday's 8 km run)",
    );
    tap('input[name="morning-pain"][value="3"]');
    await vi.waitFor(() => expect(container.querySelector('[data-morning-prompt]')).toBeNull());
    expect(find('[data-journal-status]').textContent).toBe(
      "Saved: 3 out of 10 this morning, for yesterday's run.",
    );
    expect(await runText()).toContain('next morning 3');
  });

  it('goes away on Skip and records nothing', async () => {
    const today = localDate(new Date());
    await logFirstRun(addDays(today, -1), '8');
    await openJournalView();
    await appears('[data-morning-prompt]');
    tap('[data-morning-prompt] button.button');
    expect(container.querySelector('[data-morning-prompt]')).toBeNull();
    expect(await runText()).toContain('next morning not yet filled in');
  });

  it('is not asked for a run older than yesterday', async () => {
    const today = localDate(new Date());
    await logFirstRun(addDays(today, -2), '8');
    await openJournalView();
    expect(container.querySelector('[data-morning-prompt]')).toBeNull();
  });
});

describe('pain episodes in the journal', () => {
  /**
   * Logs a run a month ago, then today's run with pain 4 during it through the quick log: the
   * journal starts an episode today. Resolves its panel in the runs list.
   */
  async function startEpisodeToday(today: string): Promise<HTMLElement> {
    await logFirstRun(addDays(today, -30), '5');
    await openJournalView();
    tap('input[name="run-painDuring"][value="4"]');
    tap('.j-same-as-last input');
    tap('button[type="submit"]');
    await vi.waitFor(() => expect(find('[data-journal-status]').textContent).toContain('Saved'));
    tap('#journal-tab-runs');
    return appears(`[data-episode="${today}"]`);
  }

  it('starts one with a painful run, shows what changed before it, and saves what helped', async () => {
    const today = localDate(new Date());
    const panel = await startEpisodeToday(today);
    expect(panel.textContent).toContain('(still going on)');
    expect(panel.textContent).toContain('What changed before the pain');
    type('[id$="-helped"]', 'Two easy weeks');
    type('[id$="-end"]', today);
    tap('form[aria-label="Edit episode"] button[type="submit"]');
    await vi.waitFor(() =>
      expect(find(`[data-episode="${today}"]`).textContent).toContain(
        'What helped: Two easy weeks',
      ),
    );
    expect(find(`[data-episode="${today}"]`).textContent).not.toContain('still going on');
  });

  it('says "Episode saved." only until I change a field or my next save is wrong', async () => {
    const today = localDate(new Date());
    await startEpisodeToday(today);
    const status = () => find('form[aria-label="Edit episode"] [role="status"]').textContent;
    // Days of other exercise start empty: the episode began by itself, and 0 would be a guess.
    expect(find<HTMLInputElement>('[id$="-cross"]').value).toBe('');
    type('[id$="-helped"]', 'Rest');
    tap('form[aria-label="Edit episode"] button[type="submit"]');
    await vi.waitFor(() => expect(status()).toBe('Episode saved.'));
    type('[id$="-helped"]', 'Rest and cycling');
    expect(status()).toBe('');
    tap('form[aria-label="Edit episode"] button[type="submit"]');
    await vi.waitFor(() => expect(status()).toBe('Episode saved.'));
    type('[id$="-cross"]', '-2');
    tap('form[aria-label="Edit episode"] button[type="submit"]');
    await appears('form[aria-label="Edit episode"] .form-error');
    expect(status()).toBe('');
  });
});

describe('a pair’s replacement distance', () => {
  it('is chosen in the runner’s unit and moves the worn-shoes warning', async () => {
    await openJournalView();
    type('#run-date', addDays(localDate(new Date()), -1));
    type('#run-distanceKm', '10');
    act(() => {
      const select = find<HTMLSelectElement>('#run-shoeId');
      select.value = 'new';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    type('#run-newShoeName', 'Racers');
    type('#run-newShoeKm', '250');
    tap('button[type="submit"]');
    await vi.waitFor(() => expect(find('[data-journal-status]').textContent).toContain('Saved'));
    // 260 km: nothing to say against the usual 800 km.
    expect(container.querySelector('[data-rule="worn-shoes"]')).toBeNull();
    tap('#journal-tab-runs');
    const field = await appears<HTMLInputElement>('[id$="-retire"]');
    expect(field.value).toBe('800');
    type('[id$="-retire"]', '30');
    tap('.j-retire button');
    expect(find('.j-retire .form-error').textContent).toBe(
      'Enter a distance to replace them at, 100 to 5000 km.',
    );
    expect(find('.j-retire .hint').textContent).toBe('The usual distance, until you change it');
    type('[id$="-retire"]', '300');
    tap('.j-retire button');
    const warning = await appears('[data-rule="worn-shoes"]');
    expect(warning.textContent).toContain('near the 300 km you chose for this pair');
    // Saving says so beside the field, until I type again.
    await vi.waitFor(() =>
      expect(find('[data-retire-status]').textContent).toBe('Saved: replace at 300 km.'),
    );
    type('[id$="-retire"]', '350');
    expect(find('[data-retire-status]').textContent).toBe('');
  });
});
