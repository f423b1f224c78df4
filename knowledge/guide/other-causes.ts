/**
 * Less common causes of hip and groin pain that the guide has no page for, but that a runner
 * should know about, because they feel like one of the conditions and need a different check.
 * Each says when to get it checked; the condition pages they resemble list them too.
 */
import type { OtherCause } from '../types';
import { MEDICAL_SOURCES as S } from './conditions';

/** The other causes, in the order the home page shows them. */
export const OTHER_CAUSES: readonly OtherCause[] = [
  {
    id: 'pelvic-stress-fracture',
    name: 'Stress fracture of the pubic bone or sacrum',
    // Stress fractures are not only in the femoral neck: the pubic bone and the sacrum also
    // crack under running load (AAOS and Mayo Clinic Stress fractures; the groin pain review by
    // Elattar et al. 2016 lists pubic stress fractures among the causes of athletes' groin pain).
    // Same tier as the bone-stress red flag.
    text:
      'Bone stress can also crack the pubic bone at the front of the pelvis or the sacrum at ' +
      'the base of the spine. It feels like a deep ache in the groin, the inner thigh, the ' +
      'lower back or the buttock that grows as you run and may stay afterwards. Under-fuelling ' +
      'and missed periods raise the risk.',
    seeAProfessional: {
      urgency: 'same-day',
      advice:
        'If the pain grows with each run, comes earlier each time, or makes you limp, stop ' +
        'running and see a doctor the same day. Do not hop on the leg to test it.',
    },
    mistakenFor: ['stress-fracture', 'adductor-strain', 'hamstring-tendinopathy'],
    sources: [S.aaosStressFractures, S.mayoStressFractures, S.groinInjuriesReview],
  },
  {
    id: 'sports-hernia',
    name: 'Sports hernia (athletic pubalgia)',
    // AAOS Sports Hernia: a strain or tear of soft tissue in the lower abdomen or groin, from
    // twisting and turning; no visible bulge; physical therapy for 4 to 6 weeks first. Doha
    // agreement: inguinal-related groin pain is a separate entity from adductor pain.
    text:
      'A strain or tear of the lower tummy and groin tissues where they attach near the pubic ' +
      'bone, mostly in sports with twists, turns and kicks. It causes deep groin pain during ' +
      'effort that eases with rest and returns with sport. Despite the name, there is no lump.',
    seeAProfessional: {
      urgency: 'routine',
      advice:
        'See a GP or sports-medicine doctor if groin pain keeps returning for more than a few ' +
        'weeks despite rest. Treatment usually starts with physiotherapy.',
    },
    mistakenFor: ['adductor-strain', 'hip-flexor-tendinitis', 'hip-joint'],
    sources: [S.aaosSportsHernia, S.dohaAgreement],
  },
  {
    id: 'inguinal-hernia',
    name: 'Hernia in the groin',
    // NHS Hernia: a lump that may disappear when lying down; see a GP; go to A&E if the lump
    // becomes firm or tender and will not go back in, with sudden severe pain, being sick, or
    // difficulty pooing or passing wind. Mayo Clinic Inguinal hernia: aching when coughing or
    // lifting.
    text:
      'Tissue pushing through a weak spot in the tummy wall makes a soft lump in the groin. It ' +
      'may ache when you cough, lift or run, and the lump often goes away when you lie down.',
    seeAProfessional: {
      urgency: 'soon',
      advice:
        'See a GP about any lump in the groin. Go to A&E straight away if the lump becomes ' +
        'firm, very painful or will not go back in, or you have sudden severe pain, are being ' +
        'sick, or cannot poo or pass wind.',
    },
    mistakenFor: ['adductor-strain', 'hip-flexor-tendinitis'],
    sources: [S.nhsHernia, S.mayoInguinalHernia],
  },
  {
    id: 'pregnancy-pelvic-girdle-pain',
    name: 'Pelvic girdle pain in pregnancy',
    // NHS Pelvic pain in pregnancy and NHS Tayside: about 1 in 5 pregnant women; pain at the
    // front (pubic bone) or back of the pelvis, hips or thighs; worse standing on one leg, on
    // stairs, turning in bed; not harmful to the baby; physiotherapy helps; the sooner the
    // better. NHS: contact a midwife or GP.
    text:
      'About 1 in 5 pregnant women get pain at the front or back of the pelvis, sometimes ' +
      'spreading to the hips or thighs. It is often worse standing on one leg, on stairs, or ' +
      'turning over in bed. It is not harmful to the baby, and it can be treated at any stage.',
    seeAProfessional: {
      urgency: 'soon',
      advice:
        'Tell your midwife or GP, who can refer you to a physiotherapist: the sooner it is ' +
        'treated, the better it tends to go. Contact your midwife or maternity unit straight ' +
        'away if you also have bleeding, a high temperature or severe tummy pain.',
    },
    mistakenFor: ['back-referred-pain', 'adductor-strain', 'hip-bursitis'],
    sources: [S.nhsPelvicPainInPregnancy, S.nhsTaysidePelvicGirdlePain],
  },
];
