/**
 * The symptom lookup's public contract: `lookupSymptoms(text)` returns ranked conditions with
 * their reasons and any red flags with their urgency. Evaluations and other callers import it
 * from here, so the rooms behind it (`symptoms/`) can change shape without breaking them.
 */
export { lookupSymptoms } from './symptoms/lookup';
