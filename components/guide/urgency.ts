/** How the guide words each level of urgency, in short labels a runner can act on. */
import type { Urgency } from '../../knowledge/types';

/** A short label for an urgency: "Emergency: go now". */
export const URGENCY_LABELS: Readonly<Record<Urgency, string>> = {
  emergency: 'Emergency: get help now',
  'same-day': 'See a doctor today',
  soon: 'Book an appointment in the next few days',
  routine: 'See someone if it does not settle',
};
