/**
 * The extension's one logger, for errors nobody is shown: a failed menu update in the service
 * worker, a tab that could not be given the content script. Each entry names where it happened
 * so a report from the browser console can be traced to the code. Quiet under the unit tests
 * (`MODE` is "test"), where expected failures would bury the output; a test that asserts on a log
 * turns it on with `vi.stubEnv('MODE', 'development')`.
 */

/** Logs `error` with the place it happened ("background: start the content script in open tabs"). */
export function logError(where: string, error: unknown): void {
  if (import.meta.env.MODE === 'test') return;
  console.error(`Hip Pain Guide, ${where}:`, error);
}

/**
 * A `.catch` handler that logs: `promise.catch(loggedAs('background: update the menu'))`. The
 * promise then resolves undefined, so the caller carries on without that result.
 */
export function loggedAs(where: string): (error: unknown) => undefined {
  return (error) => {
    logError(where, error);
    return undefined;
  };
}
