/** The guide's honest limits, shown at the foot of the guide and checker views. */
import type { JSX } from 'preact';

/** "General information, not a diagnosis", and where to go instead. */
export function Disclaimer(): JSX.Element {
  return (
    <aside class="disclaimer" aria-label="About this guide">
      <p>
        <strong>General information, not a diagnosis.</strong> This guide cannot examine you, and
        hip pain can have causes it does not cover. If the pain is severe, getting worse, or not
        easing after two weeks of lighter training, see a GP, physiotherapist or sports doctor. In
        an emergency call 999 (UK), 911 (US) or 112 (Europe).
      </p>
      <p>What you enter stays in this browser.</p>
    </aside>
  );
}
