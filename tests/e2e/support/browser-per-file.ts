/**
 * One browser per test file, launched before its first test and closed after its last: launching
 * costs seconds on two cores, so the tests of a file share it (each test still opens its own tabs).
 */
import { afterAll, beforeAll } from 'vitest';

/**
 * Registers the launch (`beforeAll`) and the close (`afterAll`) in the calling test file and
 * returns a handle that can be taken at the top of the file: each property read goes to the
 * launched browser, and a read before the launch throws, naming `what` was not launched yet.
 */
export function launchedForThisFile<Launched extends { close(): Promise<void> }>(
  what: string,
  launch: () => Promise<Launched>,
): Launched {
  let launched: Launched | undefined;
  beforeAll(async () => {
    launched = await launch();
  });
  afterAll(async () => {
    await launched?.close();
  });
  // A Proxy rather than a hand-written forwarder for each property, so the handle cannot fall
  // behind when the browser's interface grows.
  return new Proxy({} as Launched, {
    get(_handle, property) {
      if (!launched) throw new Error(`${what} is not launched yet (use it inside a test or hook)`);
      return Reflect.get(launched, property);
    },
  });
}
