import { afterEach, describe, expect, it, vi } from 'vitest';
import { logError, loggedAs } from '../../../platform/log';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('the logger', () => {
  it('says where an error happened', async () => {
    vi.stubEnv('MODE', 'development');
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    const failure = new Error('menu gone');
    await Promise.reject(failure).catch(loggedAs('background: update the menu'));
    expect(console).toHaveBeenCalledWith('Hip Pain Guide, background: update the menu:', failure);
  });

  it('stays quiet under the unit tests unless a test turns it on', () => {
    const console = vi.spyOn(globalThis.console, 'error').mockImplementation(() => {});
    logError('sidebar: anything', new Error('expected in a test'));
    expect(console).not.toHaveBeenCalled();
  });
});
