/**
 * Pages that fight back: redefined built-ins, aggressive global CSS, a strict
 * Content-Security-Policy, text that looks like markup, and a page that rewrites its own text many
 * times a second. Marks and cards must still work and look right, and the page must not suffer.
 */
import { describe, expect, it } from 'vitest';
import { browserForThisFile, HOSTS, screenshot } from './support/extension-browser';
import {
  highlightBackground,
  highlightNames,
  markedText,
  setSettings,
  waitForMarks,
} from './support/page-marks';
import {
  dialogNames,
  hoverWords,
  overlaps,
  waitForCard,
  waitForNoCard,
} from './support/term-geometry';

const STRICT_CSP =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'none'; connect-src 'none'";

const browser = browserForThisFile({
  headersFor: (path): Record<string, string> =>
    path.startsWith('/hostile') ? { 'content-security-policy': STRICT_CSP } : {},
});

describe('a hostile page with a strict CSP', () => {
  it('still gets marks and a readable card, and its own code keeps working', async () => {
    const page = await browser.context.newPage();
    const cspErrors: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) cspErrors.push(message.text());
    });
    await page.goto(browser.url(HOSTS.marathonHandbook, 'hostile.html'));
    await waitForMarks(page);
    expect(await markedText(page, 'prose')).toContain(
      '[[hip bursitis]] or [[IT band syndrome]], not a [[stress fracture]]',
    );
    // The marks' style sheet is the browser's (a user sheet), so `style-src 'self'` cannot stop it.
    const [name] = await highlightNames(page);
    expect(await highlightBackground(page, 'prose', name as string)).toBe(
      'rgba(255, 190, 0, 0.22)',
    );
    const term = await hoverWords(page, 'prose', 'hip bursitis');
    const card = await waitForCard(page);
    expect(overlaps(card, term)).toBe(false);
    // Styled as designed despite `* { all: unset !important }`: a card of real size with a border.
    expect(card.right - card.left).toBeGreaterThan(250);
    expect(card.bottom - card.top).toBeGreaterThan(120);
    expect((await dialogNames(page)).join('|')).toMatch(/Hip bursitis/i);
    await screenshot(page, 'hostile-card');
    await page.keyboard.press('Escape');
    await waitForNoCard(page);
    expect(await page.locator('#result').textContent()).toBe('2,4,6');
    expect(cspErrors).toEqual([]);
    await page.close();
  });

  it('never turns text that looks like markup into markup', async () => {
    // "ITBS" here is the second mention of IT band syndrome on screen: mark every mention.
    await setSettings(browser, { markingMode: 'every' });
    const page = await browser.context.newPage();
    await page.goto(browser.url(HOSTS.marathonHandbook, 'hostile.html'));
    await waitForMarks(page);
    expect(await markedText(page, 'markup')).toContain('[[ITBS]]');
    await hoverWords(page, 'markup', 'ITBS');
    await waitForCard(page);
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: number }).pwned),
    ).toBeUndefined();
    expect(await page.locator('img').count()).toBe(0);
    await page.close();
    await setSettings(browser, {});
  });
});
