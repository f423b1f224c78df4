/**
 * Red flags: signs that hip pain needs a professional now, today or within days. The checker
 * asks these first, before any talk of conditions, and the sidebar shows them on every guide page.
 *
 * Each flag is a readable rule (its text rules are in `symptoms/evidence.ts`, RED_FLAG_RULES),
 * never a learned model. Tiers follow the NHS "Hip pain" page (A&E or 999 after a fall when you
 * cannot walk or the leg looks misshapen; for a hot, swollen hip or a high temperature and feeling
 * hot and shivery) and Mayo Clinic "Hip pain: when to see a doctor", with the NHS pages for each
 * named emergency. Where sources differ, docs/clinical-decisions.md says what we chose.
 *
 * A checker answer of "not sure" counts as yes at the flag's own tier: a runner who cannot rule a
 * red flag out is told what to do as if it were there (docs/clinical-decisions.md).
 */
import type { RedFlag, RedFlagId, RedFlagUrgency, Source } from '../types';
import { inLocalWords } from './local-care';

/**
 * The first words of the banner for each tier, with slots for the reader's local words
 * (`local-care.ts`): "Call 999 or go to A&E now", "Call 911 or go to the emergency room now".
 */
export const TIER_ACTIONS: Readonly<Record<RedFlagUrgency, string>> = {
  emergency: 'Call {number} or go to {emergency-place} now',
  'same-day': 'Get seen today',
  soon: 'See a {doctor} in the next few days',
};

/** What to do for red flags of this tier, action first, in the reader's local words. */
export function tierAction(urgency: RedFlagUrgency, locale: string): string {
  return inLocalWords(TIER_ACTIONS[urgency], locale);
}

const NHS_HIP_PAIN: Source = {
  site: 'NHS',
  title: 'Hip pain',
  url: 'https://www.nhs.uk/conditions/hip-pain/',
};
const MAYO_HIP_PAIN: Source = {
  site: 'Mayo Clinic',
  title: 'Hip pain: when to see a doctor',
  url: 'https://www.mayoclinic.org/symptoms/hip-pain/basics/when-to-see-doctor/sym-20050684',
};
const NHS_HIP_FRACTURE: Source = {
  site: 'NHS',
  title: 'Hip fracture',
  url: 'https://www.nhs.uk/conditions/hip-fracture/',
};
const GP_REASONING_HIP: Source = {
  site: 'GP Reasoning',
  title: 'Hip pain: assessment and red flags',
  url: 'https://gpreasoning.uk/tools/algorithms/hip-pain.html',
};
const DEVON_HIP_ADULTS: Source = {
  site: 'NHS Devon formulary',
  title: 'Hip pain in adults: referral guidance',
  url: 'https://southwest.devonformularyguidance.nhs.uk/referral-guidance/western-locality/musculoskeletal/hip-pain-in-adults-1',
};
const FEMORAL_NECK_STRESS: Source = {
  site: 'PubMed Central',
  title: 'Femoral neck stress fractures in athletes: presentation and management (review)',
  url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6226070',
};

const EMERGENCY = TIER_ACTIONS.emergency;
const SAME_DAY = TIER_ACTIONS['same-day'];
const SOON = TIER_ACTIONS.soon;

/** Every red flag, most urgent tier first (the order of RED_FLAG_IDS). */
export const RED_FLAGS: readonly RedFlag[] = [
  {
    // NHS Hip pain and Mayo Clinic: cannot walk or bear weight on the leg → emergency care.
    // In a runner without a fall this can be a femoral neck stress fracture that has displaced.
    id: 'cannot-bear-weight',
    title: 'You cannot put weight on the leg',
    question: 'Is it impossible, or nearly impossible, to stand on the leg or take a few steps?',
    action: EMERGENCY,
    advice:
      'Do not try to walk it off. Get someone to take you to {emergency-place} or call ' +
      '{number} for an ambulance. In a runner this can be a stress fracture near the hip that has ' +
      'become a full break, so stop running and do not hop on the leg to test it.',
    urgency: 'emergency',
    phrasings: [
      'I can’t put any weight on my right leg since this morning',
      'hip so bad I can barely walk, had to get crutches from a friend',
      'Groin pain and now I literally cannot stand on that leg',
      'had to be carried off the course, can’t weight bear at all',
      'my leg just collapsed under me mid run and I can’t walk on it',
    ],
    sources: [
      NHS_HIP_PAIN,
      MAYO_HIP_PAIN,
      FEMORAL_NECK_STRESS,
      // Elsewhere on the leg too: an ankle or knee that takes no weight is an urgent visit.
      {
        site: 'NHS',
        title: 'Sprains and strains',
        url: 'https://www.nhs.uk/conditions/sprains-and-strains/',
      },
    ],
    relatedCondition: 'stress-fracture',
  },
  {
    // NHS Hip fracture: after a fall, a leg that is shorter or turned outwards, or you cannot
    // stand, lift or move it → call 999; try not to move and keep warm.
    id: 'fall-injury',
    title: 'Severe pain or a changed leg after a fall',
    question:
      'After a fall or accident, is the pain severe, or does the leg look shorter, turned out ' +
      'or misshapen?',
    action: EMERGENCY,
    advice:
      'This can be a broken or dislocated hip. Do not try to stand or run on it. Keep still and ' +
      'warm while you wait for help.',
    urgency: 'emergency',
    phrasings: [
      'Slipped on ice on my run, now my leg looks shorter and my foot is turned out',
      'fell hard on my hip on the trail and the pain is excruciating',
      'tripped on a kerb, landed on my side and I can’t move my leg',
      'came off my bike, hip agony and I cannot stand up',
      'after a fall my leg is sticking out at a weird angle',
    ],
    sources: [NHS_HIP_FRACTURE, NHS_HIP_PAIN],
  },
  {
    // NHS Hip pain: hip pain with a very high temperature or feeling hot and shivery, or a hot,
    // swollen hip → A&E. NHS Septic arthritis: a joint infection needs treatment at once. A deep
    // hip infection often shows no redness, so fever or shivers with hip pain is enough, and so
    // is a hip you cannot move with a fever.
    id: 'infection-signs',
    title: 'Hip pain with a fever or shivers',
    question:
      'Do you have a fever, shivers or feel hot and cold with the hip pain, or is the hip hot ' +
      'and swollen?',
    action: EMERGENCY,
    advice:
      'An infected hip joint or bursa needs treatment fast, and a deep hip infection often ' +
      'shows no redness at all. Do not wait to see if it settles.',
    urgency: 'emergency',
    phrasings: [
      'hip really hurts and I’ve got a fever',
      'shivering and sweating tonight and my hip pain is suddenly much worse',
      'Running a temperature of 39 and I can hardly move my hip',
      'my hip is hot and swollen and I feel really unwell',
      'groin pain with chills since yesterday',
      'my son has a temperature of 38.6 and has started limping',
    ],
    sources: [
      NHS_HIP_PAIN,
      {
        site: 'NHS',
        title: 'Septic arthritis',
        url: 'https://www.nhs.uk/conditions/septic-arthritis/',
      },
      // For parents: a child may only limp or not bear weight on the leg, with a fever.
      {
        site: 'NHS Healthier Together',
        title: 'Septic arthritis',
        url: 'https://www.what0-18.nhs.uk/professionals/hospital-staff/safety-netting-documents-parents/illnesses-being-treated-antibiotics/septic-arthritis',
      },
      MAYO_HIP_PAIN,
      // Skin or a wound anywhere on the leg: redness spreading, pus or a red line, with a fever.
      { site: 'NHS', title: 'Cellulitis', url: 'https://www.nhs.uk/conditions/cellulitis/' },
      { site: 'NHS', title: 'Sepsis', url: 'https://www.nhs.uk/conditions/sepsis/' },
    ],
  },
  {
    // NHS Cauda equina syndrome and the Royal Free London NHS leaflet: numbness around the
    // genitals or bottom ("saddle"), or a new change in bladder or bowel control, with back or
    // leg pain → A&E at once; delay can leave lasting damage.
    id: 'cauda-equina',
    title: 'Numbness between the legs, or a change in bladder or bowel control',
    question:
      'Is there new numbness around your genitals, bottom or inner thighs, or a change in ' +
      'controlling or feeling your bladder or bowel?',
    action: EMERGENCY,
    advice:
      'These can mean the nerves at the base of the spine are being squeezed (cauda equina ' +
      'syndrome). It needs emergency treatment the same day; say that you have these symptoms.',
    urgency: 'emergency',
    phrasings: [
      'lower back and hip pain and now my bum feels numb when I wipe',
      'numbness in my saddle area and sciatica down both legs',
      'I can’t control my bladder properly since my back went',
      'back pain into my buttock and I can’t feel when I need to pee',
      'numb around my groin and private parts, pain down my leg',
    ],
    sources: [
      {
        site: 'NHS',
        title: 'Cauda equina syndrome',
        url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
      },
      {
        site: 'Royal Free London NHS',
        title: 'Cauda equina syndrome (patient leaflet)',
        url: 'https://royalfree.nhs.uk/patients-and-visitors/patient-information-leaflets/cauda-equina-syndrome',
      },
    ],
  },
  {
    // NHS hernia advice (NHS Borders referral toolkit): a hernia with sudden severe pain, being
    // sick, trouble pooing or passing wind, or a lump that is firm, tender or cannot be pushed
    // back in → A&E: the trapped bowel may be losing its blood supply (strangulation).
    id: 'strangulated-hernia',
    title: 'A groin lump that will not go back in, with pain or vomiting',
    question:
      'Do you have a lump in the groin that will not go back in, or is tender or hard, with ' +
      'pain getting worse or being sick?',
    action: EMERGENCY,
    advice:
      'A hernia that is stuck can cut off the blood supply to the bowel, which needs surgery ' +
      'quickly. Do not push hard on the lump.',
    urgency: 'emergency',
    phrasings: [
      'lump in my groin that won’t go back in and I’ve been throwing up',
      'my hernia is stuck out and really painful, I feel sick',
      'bulge in my groin is hard and tender and I vomited twice',
      'groin lump won’t push back anymore and the pain is getting worse',
      'hernia popped out on my run, can’t get it back in',
    ],
    sources: [
      {
        site: 'NHS Borders',
        title: 'Hernia: referral and when to go to A&E',
        url: 'https://www.rightdecisions.scot.nhs.uk/borders-ref-help-toolkit/colorectal/hernia',
      },
      {
        site: 'NHS',
        title: 'Inguinal hernia repair',
        url: 'https://www.nhs.uk/conditions/inguinal-hernia-repair/',
      },
    ],
  },
  {
    // NHS Deep vein thrombosis: throbbing pain, swelling, warm or red skin in one leg, usually
    // the calf; urgent help, and 999 with breathlessness or chest pain. Long travel, surgery and
    // being still for long raise the risk. We put a suspected clot in the emergency tier
    // (docs/clinical-decisions.md says why).
    id: 'blood-clot',
    title: 'A hot, swollen, painful calf or leg',
    question:
      'Is one calf or leg swollen, warm or red and painful, especially after a long journey, ' +
      'an operation or being laid up?',
    action: EMERGENCY,
    advice:
      'This can be a blood clot in a deep vein (DVT). A clot that moves to the lungs is ' +
      'dangerous: if you are also short of breath or have chest pain, call {number}. ' +
      'Do not massage or stretch the leg.',
    urgency: 'emergency',
    phrasings: [
      'calf is swollen and hot after my flight back from the marathon',
      'one leg is puffy, red and throbbing since the long drive home',
      'my calf swelled up and it’s warm to the touch, and I’m short of breath',
      'swollen painful calf a week after my knee op',
      'after a 12 hour flight my left calf is tender and swollen',
    ],
    sources: [
      {
        site: 'NHS',
        title: 'Deep vein thrombosis (DVT)',
        url: 'https://www.nhs.uk/conditions/deep-vein-thrombosis-dvt/',
      },
    ],
  },
  {
    // Femoral neck stress fracture in runners: groin or front-hip pain on walking or standing,
    // a limp, pain at rest or at night, or pain coming sooner in every run after a jump in
    // training (PMC6226070; AAOS; Mayo Clinic Stress fractures). X-rays can miss it early, and
    // a tension-side fracture can displace. No hop test: hopping loads a possibly cracked bone.
    id: 'bone-stress',
    title: 'Possible stress fracture near the hip',
    question:
      'Do you have groin or front-of-hip pain with walking or standing, a limp, pain at rest ' +
      'or at night, or pain that starts earlier in each run?',
    action: SAME_DAY,
    advice:
      'These can be signs of a stress fracture in the neck of the thigh bone. Stop running ' +
      'today, do not hop on the leg to test it, and call {urgent-care}. Tell the doctor you ' +
      'are a runner with groin pain; an X-ray can look normal early on. If you cannot put ' +
      'weight on the leg, go to {emergency-place}.',
    urgency: 'same-day',
    phrasings: [
      'Groin pain that now hurts just walking around the office',
      'deep ache at the front of my hip and I’ve started limping',
      'groin aches even when I’m resting on the sofa after my mileage jump',
      'the pain comes on sooner every run since I upped my mileage',
      'front of my hip hurts when I stand, and it wakes me at night',
    ],
    sources: [
      FEMORAL_NECK_STRESS,
      {
        site: 'AAOS OrthoInfo',
        title: 'Stress fractures',
        url: 'https://orthoinfo.aaos.org/en/diseases--conditions/stress-fractures/',
      },
      {
        site: 'Mayo Clinic',
        title: 'Stress fractures: symptoms and causes',
        url: 'https://www.mayoclinic.org/diseases-conditions/stress-fractures/symptoms-causes/syc-20354057',
      },
      // Thigh, hip or groin pain on a bisphosphonate: an unusual thigh-bone fracture (the
      // lookup's rule in symptoms/evidence.ts; docs/clinical-decisions.md, "Fifteenth pass").
      {
        site: 'NHS',
        title: 'Alendronic acid: side effects',
        url: 'https://www.nhs.uk/medicines/alendronic-acid/side-effects-of-alendronic-acid/',
      },
    ],
    relatedCondition: 'stress-fracture',
  },
  {
    // NHS Sciatica: numbness or weakness that is getting worse → urgent GP or NHS 111. A new
    // foot drop (foot slapping down, toes catching) is a nerve losing power. Numbness between
    // the legs or a bladder or bowel change is cauda equina, its own emergency flag.
    id: 'nerve-symptoms',
    title: 'New numbness, tingling or weakness in the leg',
    question:
      'Do you have new numbness, pins and needles or weakness in the leg or foot, or does the ' +
      'foot slap down or catch the toes?',
    action: SAME_DAY,
    advice:
      'A nerve may be pinched, often in the lower back. Stop running and call {urgent-care} ' +
      'today. If the numbness reaches between your legs, or your bladder or bowel changes, ' +
      'that is an emergency: go to {emergency-place}.',
    urgency: 'same-day',
    phrasings: [
      'pins and needles down my leg into my foot when I run',
      'my thigh has gone numb on the outside since last week',
      'foot keeps slapping down and I catch my toes on the pavement',
      'sudden weakness in my left leg, it nearly gave out on the stairs',
      'tingling from my buttock down the back of my leg',
    ],
    sources: [
      { site: 'NHS', title: 'Sciatica', url: 'https://www.nhs.uk/conditions/sciatica/' },
      GP_REASONING_HIP,
    ],
  },
  {
    // NHS 111 Wales (hip pain in children): a child with hip pain or a limp should be seen;
    // A&E if they cannot bear weight or have a fever. Perth Children's Hospital: a slipped upper
    // femoral epiphysis (SUFE) often shows as thigh or knee pain with a limp. NICE NG12: bone
    // pain in a young person needs prompt checking.
    id: 'child-hip-pain',
    title: 'Hip, thigh or knee pain or a limp in someone under 18',
    question: 'Is the person with the pain under 18, with hip, thigh or knee pain or a limp?',
    action: SAME_DAY,
    advice:
      'In growing children and teenagers, hip problems such as a slipped growth plate (SUFE) ' +
      'often show up as thigh or knee pain with a limp, and need an X-ray soon. No running or ' +
      'sport until they are checked: call {urgent-care} today. If they cannot put weight on ' +
      'the leg or have a fever, go to {emergency-place}.',
    urgency: 'same-day',
    phrasings: [
      'my 14-year-old has been limping after cross country',
      'I’m 15 and my hip hurts when I run',
      'my son (13) keeps complaining of knee pain and walks funny',
      'teenage daughter has thigh pain after track practice',
      'our 12 year old has a sore hip and a bit of a limp',
    ],
    sources: [
      {
        site: 'NHS 111 Wales',
        title: 'Irritable hip (hip pain in children)',
        url: 'https://111.wales.nhs.uk/Encyclopaedia/i/article/irritablehip(hippaininchildren)',
      },
      {
        site: "Perth Children's Hospital",
        title: 'Slipped upper femoral epiphysis: pre-referral guideline',
        url: 'https://pch.health.wa.gov.au/For-health-professionals/Referrals-to-PCH/Prereferral-guidelines/Slipped-Upper-Femoral-Epiphysis',
      },
      {
        site: 'GPnotebook (NICE NG12)',
        title: 'Referral for suspected childhood sarcoma or bone cancer',
        url: 'https://gpnotebook.com/en-IE/pages/oncology/referral-for-suspected-childhood-sarcoma-or-bone-cancer',
      },
    ],
  },
  {
    // GP Reasoning and NHS Devon "hip pain in adults": pain at night or at rest, not eased by
    // resting, suggests a cause other than overuse (bone stress, infection, a growth) and needs
    // a GP. An outer-hip ache only when lying on the sore side is typical of hip bursitis and
    // is not this flag.
    id: 'night-or-rest-pain',
    title: 'Pain that wakes you at night or stays at rest',
    question: 'Does the pain wake you at night, or stay even when you rest?',
    action: SOON,
    advice:
      'Pain that does not ease with rest needs checking. An outer-hip ache when you lie on the ' +
      'sore side is common with hip bursitis and is different. If it is in the groin or front ' +
      'of the hip, treat it as a possible stress fracture: stop running and get seen today.',
    urgency: 'soon',
    phrasings: [
      'hip pain keeps waking me up at 3am',
      'it aches even when I’m resting, never really goes away',
      'constant throbbing in my hip, day and night',
      'my hip hurts all night and I can’t get back to sleep',
      'outer thigh pain that stays even when I sit still',
    ],
    sources: [GP_REASONING_HIP, DEVON_HIP_ADULTS, NHS_HIP_PAIN],
  },
  {
    // GP Reasoning, NHS Gloucestershire and NHS Devon hip pathways: hip pain with unexplained
    // weight loss, night sweats, feeling generally unwell or a past cancer needs a GP soon to
    // rule out a serious cause (NICE NG12 for bone pain).
    id: 'weight-loss-or-cancer',
    title: 'Pain with weight loss, feeling unwell or a past cancer',
    question:
      'Are you losing weight without trying, feeling generally unwell, or have you had cancer?',
    action: SOON,
    advice:
      'Most hip pain in runners is overuse, but with these signs a doctor should rule out ' +
      'other causes. Say when the pain started and what else has changed.',
    urgency: 'soon',
    phrasings: [
      'hip ache and I’ve lost half a stone without trying',
      'had breast cancer three years ago and now my hip aches',
      'hip pain, night sweats and I’m losing weight',
      'I’ve been feeling generally unwell for weeks and my groin aches',
      'groin ache and unexplained weight loss',
    ],
    sources: [
      GP_REASONING_HIP,
      {
        site: 'NHS Gloucestershire',
        title: 'Hip pain pathway',
        url: 'https://g-care.glos.nhs.uk/pathway/52/resource/3',
      },
      DEVON_HIP_ADULTS,
      // Night sweats from a hot room, bedding or the menopause are common and not this flag.
      { site: 'NHS', title: 'Night sweats', url: 'https://www.nhs.uk/symptoms/night-sweats/' },
    ],
  },
  {
    // Mayo Clinic Hip labral tear and the hip pathways: pain not better after about six weeks
    // of sensible rest and home care needs a professional look (imaging or a referral).
    id: 'not-improving',
    title: 'Not better after six weeks of rest',
    question: 'Has the pain lasted six weeks or more without getting better, despite resting?',
    action: SOON,
    advice:
      'After six weeks of sensible rest most overuse pain is clearly easing. If yours is not, ' +
      'a {doctor} or physiotherapist can look for the cause and refer you for a scan if needed.',
    urgency: 'soon',
    phrasings: [
      'rested for 6 weeks and my hip is no better',
      'two months off running and the groin pain is still there',
      'been 8 weeks and the hip pain isn’t improving',
      'it has hurt for three months and nothing helps',
      'no running for six weeks but my hip still hurts',
    ],
    sources: [
      {
        site: 'Mayo Clinic',
        title: 'Hip labral tear: symptoms and causes',
        url: 'https://www.mayoclinic.org/diseases-conditions/hip-labral-tear/symptoms-causes/syc-20354873',
      },
      DEVON_HIP_ADULTS,
    ],
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
