import { describe, expect, it, vi } from 'vitest';
import { fakeContext, nextFrame, testLifetime } from './page-setup';

describe('a page lifetime', () => {
  it('never runs a timer, frame or idle callback after it ends, and runs each clean-up once', async () => {
    const life = testLifetime();
    const ran = vi.fn();
    const cleanUp = vi.fn();
    life.onEnd(cleanUp);
    life.setTimeout(() => ran('timeout'), 0);
    life.requestAnimationFrame(() => ran('frame'));
    life.whenIdle(() => ran('idle'), 0);
    life.end();
    life.end();
    await nextFrame();
    await nextFrame();
    expect(ran).not.toHaveBeenCalled();
    expect(cleanUp).toHaveBeenCalledTimes(1);
    // Clean-ups added after the end run at once: nothing outlives it.
    const late = vi.fn();
    life.onEnd(late);
    expect(late).toHaveBeenCalledOnce();
  });

  it('runs its timers while it lasts, and a cleared one not at all', async () => {
    const life = testLifetime();
    const ran: string[] = [];
    life.setTimeout(() => ran.push('kept'), 0);
    life.clearTimeout(life.setTimeout(() => ran.push('cleared'), 0));
    life.requestAnimationFrame(() => ran.push('frame'));
    life.whenIdle(() => ran.push('idle'), 1000);
    await nextFrame();
    await nextFrame();
    await expect.poll(() => ran.length).toBe(3);
    expect(ran.sort()).toEqual(['frame', 'idle', 'kept']);
  });

  it('ends with its parent: the extension reloading or going away', async () => {
    const parent = fakeContext();
    const life = testLifetime(parent);
    const cleanUp = vi.fn();
    life.onEnd(cleanUp);
    parent.abort();
    expect(life.signal.aborted).toBe(true);
    expect(cleanUp).toHaveBeenCalledOnce();
  });

  it('notices an extension that went away silently at its next timer, and ends', async () => {
    const parent = fakeContext();
    const life = testLifetime(parent);
    const ran = vi.fn();
    const cleanUp = vi.fn();
    life.onEnd(cleanUp);
    parent.gone();
    life.setTimeout(ran, 0);
    await nextFrame();
    expect(ran).not.toHaveBeenCalled();
    expect(cleanUp).toHaveBeenCalledOnce();
  });
});
