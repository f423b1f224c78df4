/**
 * The walking skeleton in real Chromium: the built extension loads, marks terms on a running site
 * and nowhere else, and its sidebar page lists the conditions.
 */
import { describe, expect, it } from 'vitest';
import { CONDITION_IDS } from '../../knowledge/types';
import { browserForThisFile, HOSTS, screenshot } from './support/extension-browser';
import { askPageForTerms, markCount, markedText, waitForMarks } from './support/page-marks';

const browser = browserForThisFile();

describe('the built extension in Chromium', () => {
  it('marks the condition names on a running site', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url(HOSTS.runnersWorld, 'article.html'));
    await waitForMarks(page);
    expect(await askPageForTerms(browser, page)).not.toBe('no content script');
    expect(await markedText(page, 'intro')).toContain(
      '[[hip bursitis]], a [[stress fracture]], a [[labral tear]], [[IT band syndrome]] and [[hip flexor tendinitis]]',
    );
    await screenshot(page, 'foundation-article');
    await page.close();
  });

  it('does nothing on a site that is not a running site', async () => {
    const page = await browser.context.newPage();
    await page.goto(browser.url(HOSTS.notRunning, 'recipes.html'));
    await page.waitForLoadState('load');
    // After `load` a content script that matches has been injected: ask the page for its terms.
    expect(await askPageForTerms(browser, page)).toBe('no content script');
    expect(await markCount(page)).toBe(0);
    expect(await page.locator(':popover-open').count()).toBe(0);
    await page.close();
  });

  it('shows every condition in the sidebar page', async () => {
    const page = await browser.openSidebarPage();
    for (const id of CONDITION_IDS) {
      await page.locator(`[data-condition="${id}"]`).waitFor({ state: 'visible' });
    }
    await screenshot(page, 'foundation-sidebar');
    await page.close();
  });
});
