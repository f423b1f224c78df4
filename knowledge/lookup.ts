/**
 * The symptom lookup's public contract: `lookupSymptoms(text)` returns ranked conditions with
 * their reasons (`{ id, score, why[] }`), any red flags most urgent first (`{ id, advice,
 * urgency, action }`, urgency one of 'emergency', 'same-day', 'soon'), and `outsideHip` when the
 * text is only about another body part. Evaluations and other callers import it from here, so
 * the rooms behind it (`symptoms/`) can change shape without breaking them.
 */
export type { LookupRedFlag, OutsideHip } from './symptoms/lookup';
export { lookupSymptoms } from './symptoms/lookup';
