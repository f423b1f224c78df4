/** Settings' last part: the privacy page, the welcome page again, and deleting everything. */
import type { JSX } from 'preact';
import { DeleteAllData } from './DeleteAllData';

export function PrivacyAndData(): JSX.Element {
  return (
    <section aria-labelledby="privacy-title">
      <h2 id="privacy-title">Privacy and your data</h2>
      <p>
        Everything stays in this browser: nothing is sent anywhere.{' '}
        <a href="/privacy.html" target="_blank" rel="noopener">
          Read the privacy page
        </a>{' '}
        or{' '}
        <a href="/welcome.html" target="_blank" rel="noopener">
          see the welcome page again
        </a>
        .
      </p>
      <DeleteAllData />
    </section>
  );
}
