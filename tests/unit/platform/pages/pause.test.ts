/**
 * The sidebar's pause is sent to the background, which saves it (tests of the background side:
 * ../background/pause.test.ts, and the reader of its messages in ../messages.test.ts). WXT's fake
 * browser delivers a message with an empty sender, so the background stands in here as a plain
 * listener.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { setPaused } from '../../../../platform/pages/pause';

beforeEach(() => {
  fakeBrowser.reset();
});

/** A background that answers the pause with `answer`, and records what it was asked. */
function backgroundAnswering(answer: (paused: boolean) => unknown): unknown[] {
  const asked: unknown[] = [];
  fakeBrowser.runtime.onMessage.addListener((message, _sender, sendResponse) => {
    asked.push(message);
    sendResponse(answer((message as { paused: boolean }).paused));
    return true;
  });
  return asked;
}

describe("the sidebar's pause", () => {
  it('asks the background for the pause or the resume, and resolves once it is saved', async () => {
    const asked = backgroundAnswering((paused) => ({ paused }));
    await setPaused(true);
    await setPaused(false);
    expect(asked).toEqual([
      { type: 'sidebar→background:set-paused', paused: true },
      { type: 'sidebar→background:set-paused', paused: false },
    ]);
  });

  it('rejects when the background did not save it (a failed save answers nothing)', async () => {
    backgroundAnswering(() => undefined);
    await expect(setPaused(true)).rejects.toThrow('The pause (true) was not saved');
  });
});
