// @vitest-environment happy-dom
/**
 * The urgent banner speaks the reader's own country's words: a runner in Ohio is told to call
 * 911 and go to the emergency room, one in Leeds 999 and A&E, never a mix of the two.
 */
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { UrgentAdvice } from '../../../../components/checker/UrgentAdvice';
import { lookupAnswers } from '../../../../knowledge/symptoms/lookup';
import { sampleAnswers } from '../../knowledge/symptoms/sample-answers';

let root: HTMLElement | null = null;

afterEach(() => {
  if (root) render(null, root);
  root?.remove();
  root = null;
});

function bannerFor(text: string, locale: string): string {
  const { redFlags } = lookupAnswers(sampleAnswers({ text }));
  const [worst] = redFlags;
  if (!worst) throw new Error(`no red flag for "${text}"`);
  root = document.createElement('div');
  document.body.append(root);
  render(<UrgentAdvice redFlags={redFlags} urgency={worst.urgency} locale={locale} />, root);
  return root.textContent ?? '';
}

describe('the urgent banner in the reader’s words', () => {
  const fall = 'Fell on the ice and now I can’t put any weight on my leg';

  it('tells a UK reader to call 999 and go to A&E', () => {
    const words = bannerFor(fall, 'en-GB');
    expect(words).toContain('Call 999 or go to A&E now');
    expect(words).toContain('take you to A&E or call 999');
    expect(words).not.toContain('{');
  });

  it('tells a US reader to call 911 and go to the emergency room, never A&E', () => {
    const words = bannerFor(fall, 'en-US');
    expect(words).toContain('Call 911 or go to the emergency room now');
    expect(words).toContain('take you to the emergency room or call 911');
    expect(words).not.toMatch(/A&E|999|\{/);
  });

  it('tells a same-day reader in Canada where to be seen today', () => {
    const words = bannerFor('Groin pain and now it hurts just walking to the car', 'en-CA');
    expect(words).toContain('Get seen today');
    expect(words).toContain('call your doctor or an urgent care clinic');
    expect(words).not.toMatch(/NHS|111|A&E/);
  });
});
