/**
 * The journal speaking up. The most urgent warning is shown in full; the others wait behind one
 * disclosure ("2 more things to look at"), so the first thing read is the thing to do first and
 * the log form stays near the top. With no warning, the view says so without calling it safe:
 * the journal only sees what was logged.
 */
import type { JSX } from 'preact';
import { inLocalWords } from '../../knowledge/guide/local-care';
import type { JournalWarning, Severity } from '../../knowledge/journal/rules';
import { hrefOf } from '../../knowledge/routes';

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  'see-a-professional': 'See a professional',
  'change-training': 'Change your training',
  'heads-up': 'Heads-up',
};

/** One warning: what to do, why, where to read more, and what it is based on. */
function Warning(props: { warning: JournalWarning; headingId?: string }): JSX.Element {
  const { warning } = props;
  return (
    <>
      <h3 id={props.headingId}>
        <span class="j-severity">{SEVERITY_LABELS[warning.severity]}</span>
        {warning.title}
      </h3>
      <p>{inLocalWords(warning.reason, navigator.language)}</p>
      <p>
        <a href={hrefOf(warning.route)}>Read: {warning.routeLabel}</a>
      </p>
      <p class="j-basis">Based on: {warning.basis}</p>
    </>
  );
}

/** "1 more thing to look at", "3 more things to look at". */
export function moreLabel(count: number): string {
  return `${count} more ${count === 1 ? 'thing' : 'things'} to look at`;
}

/** The warnings, most urgent first (as `journalWarnings` orders them). */
export function WarningList(props: { warnings: readonly JournalWarning[] }): JSX.Element {
  const [first, ...rest] = props.warnings;
  return (
    <section aria-labelledby="journal-warnings-title" class="j-section j-alerts">
      <h2 id="journal-warnings-title">What your journal noticed</h2>
      {first ? (
        <>
          <article
            class="j-warning"
            data-rule={first.rule}
            data-severity={first.severity}
            aria-labelledby="journal-warning-first"
          >
            <Warning warning={first} headingId="journal-warning-first" />
          </article>
          {rest.length > 0 && (
            <details class="j-more">
              <summary>{moreLabel(rest.length)}</summary>
              <ul class="j-warnings">
                {rest.map((warning) => (
                  <li
                    key={warning.rule}
                    class="j-warning"
                    data-rule={warning.rule}
                    data-severity={warning.severity}
                  >
                    <Warning warning={warning} />
                  </li>
                ))}
              </ul>
            </details>
          )}
        </>
      ) : (
        <p class="j-alert-none" data-journal-no-warnings>
          No patterns to flag in what you've logged. This can't tell you it's safe to run: if pain
          worries you, check{' '}
          <a href={hrefOf({ view: 'red-flags', item: null })}>when to get help</a> or see a doctor
          or physiotherapist.
        </p>
      )}
    </section>
  );
}
