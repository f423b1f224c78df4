/** The journal speaking up: each warning with what to do, why, and a link to the guide entry. */
import type { JSX } from 'preact';
import type { JournalWarning, Severity } from '../../knowledge/journal/rules';

const SEVERITY_LABELS: Readonly<Record<Severity, string>> = {
  'see-a-professional': 'See a professional',
  'change-training': 'Change your training',
  'heads-up': 'Heads-up',
};

/** The warnings, most urgent first; nothing at all when there are none. */
export function WarningList(props: { warnings: readonly JournalWarning[] }): JSX.Element | null {
  if (props.warnings.length === 0) return null;
  const hrefOf = (route: string) => `#/${route}`;
  return (
    <section aria-labelledby="journal-warnings-title" class="j-section">
      <h2 id="journal-warnings-title">Your hip is speaking up</h2>
      <ul class="j-warnings">
        {props.warnings.map((warning, index) => (
          <li
            key={warning.rule}
            class="j-warning"
            data-rule={warning.rule}
            data-severity={warning.severity}
          >
            {/* The most urgent opens when it asks for a professional; the others show their
                heading and open on demand, so the log form stays near the top of the sidebar. */}
            <details open={index === 0 && warning.severity === 'see-a-professional'}>
              <summary>
                <h3>
                  <span class="j-severity">{SEVERITY_LABELS[warning.severity]}</span>
                  {warning.title}
                </h3>
              </summary>
              <p>{warning.reason}</p>
              <p>
                <a href={hrefOf(warning.route)}>Read: {warning.routeLabel}</a>
              </p>
              <p class="j-basis">Based on: {warning.basis}</p>
            </details>
          </li>
        ))}
      </ul>
    </section>
  );
}
