// @vitest-environment happy-dom
/**
 * The marking settings as a reader uses them: the words they muted from a card are listed by
 * name, and "Mark again" brings one back everywhere.
 */
import { render } from 'preact';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MarkingSettings } from '../../../../components/settings/MarkingSettings';
import { loadSettings, parseSettings, setTermMuted } from '../../../../platform/settings';
import { viewContainerForEachTest } from '../view-container';

const container = viewContainerForEachTest();

beforeEach(() => {
  fakeBrowser.reset();
});

describe('the marking settings', () => {
  it('list muted words by name and mark one again on request', async () => {
    await setTermMuted('cadence', true);
    await setTermMuted('fai', true);
    render(<MarkingSettings settings={await loadSettings()} onChange={() => {}} />, container);
    const rows = [...container.querySelectorAll('li.site-row')].map((li) => li.textContent);
    expect(rows).toEqual([
      'CadenceMark again Cadence',
      'Femoroacetabular impingementMark again Femoroacetabular impingement',
    ]);
    const button = container.querySelector<HTMLButtonElement>('li.site-row button');
    button?.click();
    await vi.waitFor(async () => expect((await loadSettings()).mutedTerms).toEqual(['fai']));
    await vi.waitFor(() => expect(container.textContent).toContain('Cadence is marked again.'));
  });

  it('say how to mute a word when none is muted, and report the chosen modes', () => {
    const changes: unknown[] = [];
    render(
      <MarkingSettings
        settings={parseSettings({ markingMode: 'every' })}
        onChange={(patch) => changes.push(patch)}
      />,
      container,
    );
    expect(container.textContent).toContain('Don’t mark this word');
    const every = container.querySelector<HTMLInputElement>('input[value="every"]');
    expect(every?.checked).toBe(true);
    container.querySelector<HTMLInputElement>('input[value="click"]')?.click();
    expect(changes).toEqual([{ cardOpening: 'click' }]);
  });
});
