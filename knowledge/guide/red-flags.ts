/**
 * Red flags: signs that hip pain needs a professional soon, today or right now. The checker asks
 * these first, before any talk of conditions, and the sidebar shows them on every guide page.
 *
 * Tiers follow the NHS "Hip pain" page (go to A&E or call 999 after a fall or injury if you
 * cannot walk or put weight on the leg or it looks misshapen, with tingling or loss of feeling
 * after an injury, or with a hot, swollen hip and feeling unwell with a high temperature) and
 * Mayo Clinic "Hip pain: When to see a doctor" (emergency care for a deformed joint, a leg you
 * cannot move or bear weight on, intense pain, sudden swelling or signs of infection).
 */
import type { RedFlag, RedFlagId } from '../types';

/** Every red flag, most urgent first. Emergency numbers are given for the UK, US and Europe. */
export const RED_FLAGS: readonly RedFlag[] = [
  {
    // NHS Hip pain and Mayo Clinic Hip pain: cannot walk or bear weight on the leg → emergency.
    // In a runner without a fall this can be a femoral neck stress fracture that has displaced.
    id: 'cannot-bear-weight',
    title: 'You cannot put weight on the leg',
    question: 'Is it impossible, or nearly impossible, to stand on the leg or take a few steps?',
    advice:
      'Do not try to walk it off. Call emergency services (999 in the UK, 911 in the US, 112 in ' +
      'Europe) or get someone to take you to A&E or the emergency department now. In a runner ' +
      'this can mean a stress fracture that has become a full break.',
    urgency: 'emergency',
    relatedCondition: 'stress-fracture',
  },
  {
    // NHS Hip pain and hip fracture advice: after a fall, a leg that is shorter, turned outwards
    // or an odd shape → call 999; try not to move and keep warm while waiting.
    id: 'fall-injury',
    title: 'Severe pain or a changed leg after a fall',
    question:
      'After a fall or accident, is the pain severe, or does the leg look shorter, turned out ' +
      'or misshapen?',
    advice:
      'This can be a broken or dislocated hip. Do not try to stand or run on it. Call emergency ' +
      'services (999, 911 or 112) or go to A&E or the emergency department. Keep still and warm ' +
      'while you wait.',
    urgency: 'emergency',
  },
  {
    // NHS Hip pain: a swollen hip that feels hot, or hip pain with a very high temperature or
    // feeling hot and shivery → A&E. NHS Septic arthritis: a joint infection needs urgent
    // treatment. Mayo Clinic Hip pain: signs of infection → emergency care.
    id: 'infection-signs',
    title: 'A hot, red or swollen hip with fever or feeling unwell',
    question:
      'Is your hip hot, red or swollen while you also have a fever, shivers, or feel generally ' +
      'unwell?',
    advice:
      'An infected joint or bursa needs treatment fast. Go to A&E or the emergency department, ' +
      'or call emergency services, now. If the hip is hot and swollen but you feel well, still ' +
      'get an urgent GP appointment or call NHS 111 (or your local urgent care line) today.',
    urgency: 'emergency',
  },
  {
    // NHS Sciatica: numbness or weakness that is getting worse → urgent GP or NHS 111.
    // NHS Cauda equina syndrome: numbness around the genitals or bottom, or losing control of
    // the bladder or bowel → A&E or 999. NHS Hip pain: tingling or numbness after an injury → A&E.
    id: 'nerve-symptoms',
    title: 'Numbness, tingling or weakness in the leg',
    question: 'Do you have new numbness, pins and needles, or weakness in the leg or foot?',
    advice:
      'Get medical advice today: ask your GP for an urgent appointment or call NHS 111 (or your ' +
      'local urgent care). Go to A&E or call emergency services straight away if you also have ' +
      'numbness around your genitals or bottom, cannot control or feel your bladder or bowel, ' +
      'or if the numbness started after a fall or injury.',
    urgency: 'same-day',
  },
  {
    // Mayo Clinic Stress fractures: pain that worsens with activity; continuing to load it can
    // make it worse, and hip stress fractures may need surgery. AAOS Stress Fractures: X-rays can
    // miss it early. No hop test: hopping loads a possibly cracked femoral neck.
    id: 'bone-stress',
    title: 'Groin pain with a limp, or pain that comes earlier in every run',
    question: 'Are you limping because of groin pain, or does the pain start earlier in each run?',
    advice:
      'These can be signs of a stress fracture near the hip. Stop running today, and do not hop ' +
      'on the leg to test it. See a doctor today, or at the latest within a day or two, and say ' +
      'you are a runner with groin pain. If you cannot put weight on the leg, go to A&E.',
    urgency: 'same-day',
    relatedCondition: 'stress-fracture',
  },
  {
    // NHS Hip pain: see a GP if the pain is not improving or stops you doing normal activities;
    // urgent if you also feel unwell or have a high temperature. Pain at rest and at night is a
    // standard sign that pain may come from bone or another cause, not overuse.
    id: 'night-or-rest-pain',
    title: 'Pain at night or at rest',
    question: 'Does the pain wake you at night, or stay even when you rest?',
    advice:
      'Book a GP appointment in the next few days, as pain that does not ease with rest needs ' +
      'checking. An outer-hip ache when you lie on the sore side is common with hip bursitis ' +
      'and is different. Ask for an urgent appointment if you also have a fever, feel unwell or ' +
      'are losing weight without trying.',
    urgency: 'soon',
  },
];

const RED_FLAGS_BY_ID: ReadonlyMap<RedFlagId, RedFlag> = new Map(
  RED_FLAGS.map((flag) => [flag.id, flag]),
);

/** The red flag with this id. Every RedFlagId has one; the consistency tests check it. */
export function redFlagById(id: RedFlagId): RedFlag {
  const flag = RED_FLAGS_BY_ID.get(id);
  if (!flag) throw new Error(`No red flag with id "${id}"`);
  return flag;
}
