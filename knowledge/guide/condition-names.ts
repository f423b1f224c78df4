/**
 * The conditions' display names on their own, for the page cards: the content script needs the
 * names but not the guide's full text, and every kilobyte it carries loads on every page.
 * `conditions.ts` takes its names from here, so the two cannot drift apart.
 */
import type { ConditionId } from '../types';

export const CONDITION_NAMES: Readonly<Record<ConditionId, string>> = {
  'hip-bursitis': 'Outer hip pain (hip bursitis)',
  'stress-fracture': 'Stress fracture',
  'cartilage-tear': 'Cartilage (labral) tear',
  'it-band-syndrome': 'IT band syndrome',
  'hip-flexor-tendinitis': 'Hip flexor tendinitis',
  'hip-joint': 'Hip impingement or arthritis',
  'adductor-strain': 'Groin strain',
  'hamstring-tendinopathy': 'High hamstring tendinopathy',
  'back-referred-pain': 'Pain from the lower back',
};
