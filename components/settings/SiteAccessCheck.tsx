/**
 * Says plainly which switched-on sites the browser gives no access to (Firefox lets a reader
 * decline it at install or set a site to "only when clicked": then nothing is marked there), and
 * asks for all of it with one click. Shows nothing when every site has its access.
 */
import type { JSX } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Settings } from '../../knowledge/preferences';
import { usePlatform } from '../platform-context';
import { Banner } from '../ui/Banner';
import { Button } from '../ui/Button';

export function SiteAccessCheck({ settings }: { settings: Settings }): JSX.Element | null {
  const { sitesWithoutAccess, requestSiteAccess, watchSiteAccess } = usePlatform();
  const [missing, setMissing] = useState<string[]>([]);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let current = true;
    const check = () =>
      sitesWithoutAccess(settings)
        .then((sites) => {
          if (current) setMissing(sites);
        })
        .catch(() => {
          if (current) setError('The browser did not say which sites the guide may read.');
        });
    void check();
    const stop = watchSiteAccess(check);
    return () => {
      current = false;
      stop();
    };
  }, [settings, sitesWithoutAccess, watchSiteAccess]);

  if (error) {
    return (
      <p class="form-error" role="alert">
        {error}
      </p>
    );
  }
  if (missing.length === 0) return null;
  const ask = () => {
    setError(null);
    // Straight from the click, nothing awaited first: the browser needs the user's gesture.
    requestSiteAccess(missing)
      .then((granted) => {
        if (!granted) setError('Access was not given, so these sites stay without explanations.');
      })
      .catch(() => setError('The browser could not ask for access. Try again.'));
  };
  return (
    <Banner
      tone="warning"
      role="status"
      class="access-missing"
      title={
        missing.length === 1
          ? `The browser does not let the guide read ${missing[0]}`
          : `The browser does not let the guide read ${missing.length} of your sites (${missing.join(', ')})`
      }
    >
      <p>Nothing is explained there until you allow it.</p>
      <Button tone="primary" onClick={ask}>
        Allow access to {missing.length === 1 ? missing[0] : `these ${missing.length} sites`}
      </Button>
    </Banner>
  );
}
