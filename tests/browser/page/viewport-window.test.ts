/**
 * The viewport window with real layout: which text counts as near the screen, found without
 * walking the whole page.
 */
import { describe, expect, it } from 'vitest';
import { SAMPLE_COUNT, textNodesNearViewport } from '../../../page/viewport-window';
import { showPage } from './page-setup';

const texts = (found: Set<Text>) => [...found].map((t) => t.data.trim()).sort();

describe('the viewport window', () => {
  it('finds the text on screen and a quarter of a viewport around it, in every column', () => {
    showPage(`
      <div style="display: flex; gap: 40px">
        <p style="width: 200px">Left column</p>
        <p style="width: 200px">Middle column</p>
        <p style="width: 200px">Right column</p>
      </div>
      <p style="margin-top: ${innerHeight * 1.1}px">Just below the screen</p>
      <p style="margin-top: ${innerHeight * 2}px">Far below the screen</p>`);
    const { found, nextSample } = textNodesNearViewport(document);
    expect(texts(found)).toEqual([
      'Just below the screen',
      'Left column',
      'Middle column',
      'Right column',
    ]);
    expect(nextSample).toBe(SAMPLE_COUNT);
  });

  it('walks on from the text found last time, and leaves untried points to a later pass', () => {
    showPage('<p>Only paragraph</p>');
    const first = textNodesNearViewport(document, { samplingMs: 0 });
    // With no time to sample, one point is tried: the rest of the round waits for a later pass.
    expect(first.nextSample).toBe(1);
    expect(texts(first.found)).toEqual(['Only paragraph']);
    const again = textNodesNearViewport(document, { seeds: first.found, samplingMs: 0 });
    expect(texts(again.found)).toEqual(['Only paragraph']);
  });

  it('skips text that is hidden, in code, or in a form field', () => {
    showPage(`<p>Shown</p><p style="visibility: hidden">Invisible</p><pre>Code</pre>
      <textarea>Typed</textarea><p hidden>Hidden</p>`);
    expect(texts(textNodesNearViewport(document).found)).toEqual(['Shown']);
  });
});
