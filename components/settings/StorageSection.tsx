/**
 * Says whether the browser has agreed to keep the guide's stored data (persistent storage), and
 * offers to ask when it has not: best-effort storage can be cleared when the disk runs short.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { usePlatform } from '../platform-context';

type Persistence = 'checking' | 'persistent' | 'best-effort' | 'unknown';

function persistenceOf(answer: boolean | null): Persistence {
  if (answer === null) return 'unknown';
  return answer ? 'persistent' : 'best-effort';
}

/** The "Your saved data" section of the settings. */
export function StorageSection(): JSX.Element {
  const [state, setState] = useState<Persistence>('checking');
  const [asked, setAsked] = useState(false);
  const { isStoragePersistent, requestPersistentStorage } = usePlatform();

  useEffect(() => {
    let live = true;
    void isStoragePersistent().then((answer) => live && setState(persistenceOf(answer)));
    return () => {
      live = false;
    };
  }, [isStoragePersistent]);

  const ask = async () => {
    setAsked(true);
    setState(persistenceOf(await requestPersistentStorage()));
  };

  return (
    <section aria-labelledby="storage-title">
      <h2 id="storage-title">Your saved data</h2>
      <p data-storage={state}>
        {state === 'checking' && 'Checking how your browser keeps your saved runs and checks…'}
        {state === 'persistent' &&
          'Storage is persistent: your browser keeps your saved runs and checks even when it is short of disk space.'}
        {state === 'best-effort' &&
          (asked
            ? 'Your browser did not agree to keep your data for sure. It may still clear it when short of disk space, so export a backup now and then.'
            : 'Storage is not persistent yet: your browser may clear your saved runs and checks if it runs short of disk space. Export a backup now and then.')}
        {state === 'unknown' &&
          'Your browser does not say whether it keeps your saved data for sure. Export a backup now and then.'}
      </p>
      {state === 'best-effort' && !asked && (
        <p>
          <button type="button" class="button" onClick={() => void ask()}>
            Ask the browser to keep my data
          </button>
        </p>
      )}
    </section>
  );
}
