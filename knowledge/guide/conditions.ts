/**
 * The conditions the guide explains, written for runners in plain words.
 *
 * The starting point is the source article ("Hip Pain After Running", Inside Running tips), which
 * covers the first five. Facts that go beyond it, or correct it, come from NHS, AAOS OrthoInfo,
 * Mayo Clinic and NICE pages or peer-reviewed papers; the comments say which, and
 * docs/clinical-decisions.md records where the sources disagree. Nothing here diagnoses: every
 * entry says when to see a professional.
 */

import type { Condition, ConditionId, Source } from '../types';
import { CONDITION_NAMES } from './condition-names';

/** Pages our medical facts come from, shared by conditions, habits and red flags. */
export const MEDICAL_SOURCES = {
  article: { site: 'Inside Running tips', title: 'Hip Pain After Running', url: '' },
  nhsHipPain: { site: 'NHS', title: 'Hip pain', url: 'https://www.nhs.uk/conditions/hip-pain/' },
  nhsBursitis: { site: 'NHS', title: 'Bursitis', url: 'https://www.nhs.uk/conditions/bursitis/' },
  nhsTendonitis: {
    site: 'NHS',
    title: 'Tendonitis',
    url: 'https://www.nhs.uk/conditions/tendonitis/',
  },
  nhsSprainsAndStrains: {
    site: 'NHS',
    title: 'Sprains and strains',
    url: 'https://www.nhs.uk/conditions/sprains-and-strains/',
  },
  nhsSportsInjuries: {
    site: 'NHS',
    title: 'Sports injuries',
    url: 'https://www.nhs.uk/conditions/sports-injuries/',
  },
  nhsSciatica: { site: 'NHS', title: 'Sciatica', url: 'https://www.nhs.uk/conditions/sciatica/' },
  nhsCaudaEquina: {
    site: 'NHS',
    title: 'Cauda equina syndrome',
    url: 'https://www.nhs.uk/conditions/cauda-equina-syndrome/',
  },
  nhsSepticArthritis: {
    site: 'NHS',
    title: 'Septic arthritis',
    url: 'https://www.nhs.uk/conditions/septic-arthritis/',
  },
  aaosHipBursitis: {
    site: 'AAOS OrthoInfo',
    title: 'Hip Bursitis',
    url: 'https://orthoinfo.aaos.org/en/diseases--conditions/hip-bursitis/',
  },
  aaosStressFractures: {
    site: 'AAOS OrthoInfo',
    title: 'Stress Fractures',
    url: 'https://orthoinfo.aaos.org/en/diseases--conditions/stress-fractures/',
  },
  aaosFai: {
    site: 'AAOS OrthoInfo',
    title: 'Femoroacetabular Impingement',
    url: 'https://orthoinfo.aaos.org/en/diseases--conditions/femoroacetabular-impingement/',
  },
  aaosHipStrains: {
    site: 'AAOS OrthoInfo',
    title: 'Hip Strains',
    url: 'https://orthoinfo.aaos.org/en/diseases--conditions/hip-strains/',
  },
  aaosSnappingHip: {
    site: 'AAOS OrthoInfo',
    title: 'Snapping Hip',
    url: 'https://orthoinfo.aaos.org/en/diseases--conditions/snapping-hip/',
  },
  mayoBursitis: {
    site: 'Mayo Clinic',
    title: 'Bursitis: Symptoms and causes',
    url: 'https://www.mayoclinic.org/diseases-conditions/bursitis/symptoms-causes/syc-20353242',
  },
  mayoStressFractures: {
    site: 'Mayo Clinic',
    title: 'Stress fractures: Symptoms and causes',
    url: 'https://www.mayoclinic.org/diseases-conditions/stress-fractures/symptoms-causes/syc-20354057',
  },
  mayoHipLabralTear: {
    site: 'Mayo Clinic',
    title: 'Hip labral tear: Symptoms and causes',
    url: 'https://www.mayoclinic.org/diseases-conditions/hip-labral-tear/symptoms-causes/syc-20354873',
  },
  mayoTendinitis: {
    site: 'Mayo Clinic',
    title: 'Tendinitis: Symptoms and causes',
    url: 'https://www.mayoclinic.org/diseases-conditions/tendinitis/symptoms-causes/syc-20378243',
  },
  mayoKneePain: {
    site: 'Mayo Clinic',
    title: 'Knee pain: Symptoms and causes',
    url: 'https://www.mayoclinic.org/diseases-conditions/knee-pain/symptoms-causes/syc-20350849',
  },
  mayoHipPain: {
    site: 'Mayo Clinic',
    title: 'Hip pain: When to see a doctor',
    url: 'https://www.mayoclinic.org/symptoms/hip-pain/basics/when-to-see-doctor/sym-20050684',
  },
  nhsOsteoarthritis: {
    site: 'NHS',
    title: 'Osteoarthritis',
    url: 'https://www.nhs.uk/conditions/osteoarthritis/',
  },
  nhsBackPain: { site: 'NHS', title: 'Back pain', url: 'https://www.nhs.uk/conditions/back-pain/' },
  nhsHernia: { site: 'NHS', title: 'Hernia', url: 'https://www.nhs.uk/conditions/hernia/' },
  nhsPelvicPainInPregnancy: {
    site: 'NHS',
    title: 'Pelvic pain in pregnancy',
    url: 'https://www.nhs.uk/pregnancy/related-conditions/common-symptoms/pelvic-pain/',
  },
  nhsTaysidePelvicGirdlePain: {
    site: 'NHS Tayside',
    title: 'Pelvic girdle pain in pregnancy',
    url: 'https://www.nhstayside.scot.nhs.uk/OurServicesA-Z/Physiotherapy/PROD_382987',
  },
  nhsKingstonGtps: {
    site: 'Kingston Hospital NHS',
    title: 'Greater trochanteric pain syndrome',
    url: 'https://kingstonhospital.nhs.uk/information/greater-trochanteric-pain-syndrome/',
  },
  nhsDynamicHealthGtps: {
    site: 'Dynamic Health (NHS)',
    title: 'Greater trochanteric pain syndrome',
    url: 'https://www.dynamichealth.nhs.uk/help-and-advice/hip-pain/greater-trochanteric-pain-syndrome',
  },
  aaosHipOsteoarthritis: {
    site: 'AAOS OrthoInfo',
    title: 'Osteoarthritis of the Hip',
    url: 'https://orthoinfo.aaos.org/en/diseases--conditions/osteoarthritis-of-the-hip/',
  },
  aaosSportsHernia: {
    site: 'AAOS OrthoInfo',
    title: 'Sports Hernia (Athletic Pubalgia)',
    url: 'https://orthoinfo.aaos.org/en/diseases--conditions/sports-hernia-athletic-pubalgia/',
  },
  aaosHamstringInjuries: {
    site: 'AAOS OrthoInfo',
    title: 'Hamstring Muscle Injuries',
    url: 'https://orthoinfo.aaos.org/en/diseases--conditions/hamstring-muscle-injuries/',
  },
  mayoOsteoarthritis: {
    site: 'Mayo Clinic',
    title: 'Osteoarthritis: Symptoms and causes',
    url: 'https://www.mayoclinic.org/diseases-conditions/osteoarthritis/symptoms-causes/syc-20351925',
  },
  mayoSciatica: {
    site: 'Mayo Clinic',
    title: 'Sciatica: Symptoms and causes',
    url: 'https://www.mayoclinic.org/diseases-conditions/sciatica/symptoms-causes/syc-20377435',
  },
  mayoSacroiliitis: {
    site: 'Mayo Clinic',
    title: 'Sacroiliitis: Symptoms and causes',
    url: 'https://www.mayoclinic.org/diseases-conditions/sacroiliitis/symptoms-causes/syc-20350747',
  },
  mayoHamstringInjury: {
    site: 'Mayo Clinic',
    title: 'Hamstring injury: Symptoms and causes',
    url: 'https://www.mayoclinic.org/diseases-conditions/hamstring-injury/symptoms-causes/syc-20372985',
  },
  mayoInguinalHernia: {
    site: 'Mayo Clinic',
    title: 'Inguinal hernia: Symptoms and causes',
    url: 'https://www.mayoclinic.org/diseases-conditions/inguinal-hernia/symptoms-causes/syc-20351547',
  },
  niceOsteoarthritis: {
    site: 'NICE',
    title: 'Osteoarthritis in over 16s: diagnosis and management (NG226)',
    url: 'https://www.nice.org.uk/guidance/ng226',
  },
  niceLowBackPain: {
    site: 'NICE',
    title: 'Low back pain and sciatica in over 16s: assessment and management (NG59)',
    url: 'https://www.nice.org.uk/guidance/ng59',
  },
  leapTrial: {
    site: 'BMJ 2018 (Mellor et al., LEAP trial)',
    title:
      'Education plus exercise versus corticosteroid injection versus wait and see for gluteal ' +
      'tendinopathy',
    url: 'https://www.bmj.com/content/361/bmj.k1662',
  },
  dohaAgreement: {
    site: 'Br J Sports Med 2015 (Weir et al.)',
    title: 'Doha agreement meeting on terminology and definitions in groin pain in athletes',
    url: 'https://bjsm.bmj.com/content/49/12/768',
  },
  femoralNeckStressFractureReview: {
    site: 'Sports Med Int Open 2017 (Robertson and Wood)',
    title: 'Femoral neck stress fractures in sport: a current concepts review',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC6226070/',
  },
  itbsInDistanceRunners: {
    site: 'Phys Sportsmed 1981 (Sutker et al.)',
    title: 'Iliotibial band syndrome in distance runners',
    url: 'https://doi.org/10.1080/00913847.1981.11711185',
  },
  proximalHamstringTendinopathy: {
    site: 'J Orthop Sports Phys Ther 2016 (Goom et al.)',
    title: 'Proximal hamstring tendinopathy: clinical aspects of assessment and management',
    url: 'https://pubmed.ncbi.nlm.nih.gov/27084841/',
  },
  groinInjuriesReview: {
    site: 'Sports Health 2016 (Elattar et al.)',
    title: 'Groin injuries (athletic pubalgia) and return to play',
    url: 'https://pmc.ncbi.nlm.nih.gov/articles/PMC4922526/',
  },
} as const satisfies Record<string, Source>;

const S = MEDICAL_SOURCES;

/**
 * The conditions: the source article's five in its order, then the four added beyond it (the hip
 * joint, the groin, the buttock and the lower back).
 */
export const CONDITIONS: readonly Condition[] = [
  {
    id: 'hip-bursitis',
    name: CONDITION_NAMES['hip-bursitis'],
    otherNames: [
      'hip bursitis',
      'trochanteric bursitis',
      'greater trochanteric pain syndrome',
      'GTPS',
      'gluteal tendinopathy',
    ],
    summary: 'Pain over the bony point of the outer hip, from sore tendons or an irritated bursa.',
    whereShort: 'Outer hip',
    zones: ['outer-hip', 'outer-thigh', 'buttock'],
    // The article blames pressure from the IT band. AAOS lists repetitive stress, injury,
    // leg-length difference and spine problems; the LEAP trial (BMJ 2018) and NHS GTPS leaflets
    // say the gluteal tendons are usually the main source and that squeezing them hurts. So the
    // entry covers the whole outer-hip picture (GTPS) and names the band only as a possible extra.
    whatItIs:
      'Outer-hip pain in runners usually comes from the bony point at the top of the thigh bone ' +
      '(the greater trochanter). Two things there get sore: the tendons of the side buttock ' +
      'muscles, which attach to the bone, and a small fluid sac (a bursa) that lets them glide. ' +
      'The tendons are most often the main source, which is why clinicians now call it greater ' +
      'trochanteric pain syndrome. Tendons dislike being squeezed against bone, so some everyday ' +
      'positions keep them sore. It is common, not dangerous, and usually gets better with the ' +
      'right exercise, but it takes patience.',
    feelsLike: [
      'A dull ache or burning on the outside of the hip, over the bony point.',
      // AAOS: pain at the point of the hip, often spreading to the outside of the thigh.
      'Pain that can spread down the outside of the thigh, but usually not below the knee.',
      'The spot feels tender when you press on it or lie on it.',
      // AAOS: sharp and intense early on, later a wider ache.
      'Sharp at first for some people, then more of a spreading ache.',
    ],
    // AAOS Hip Bursitis: worse at night lying on that hip, getting up from a chair, long walks,
    // stairs and squatting. NHS GTPS leaflets: crossing the legs and standing on one leg.
    whenItHurts: [
      'During or after runs, especially longer ones or hills.',
      'At night, when you lie on the sore side.',
      'Getting up from a chair, sitting with your legs crossed, or standing on one leg.',
      'Climbing stairs, or walking for a long time.',
    ],
    // AAOS Hip Bursitis risk factors; NHS GTPS leaflets: weak hip muscles, compressive postures.
    causes: [
      'Adding distance or hills faster than the tendons can adapt.',
      'Side hip muscles that lack strength for the running you do.',
      'Positions that press the tendons against the bone: crossing your legs, standing with your ' +
        'weight hanging on one hip, lying on that side.',
      'A fall onto the side of the hip.',
      'A difference in leg length, or a back problem that changes how you move.',
    ],
    // NHS GTPS leaflets (Kingston, Dynamic Health) and the LEAP trial's education: avoid
    // compressive positions; a pillow between the knees in bed. NHS Bursitis: ice wrapped in a
    // towel. The article's "stretch your hamstrings" is kept general: stretches that pull the leg
    // across the body squeeze these tendons, so the entry warns against those instead.
    doNow: [
      'Cut your mileage back, and skip hills and the runs that make it worse.',
      'Avoid positions that squeeze the outer hip: sit with your knees apart and uncrossed, and ' +
        'stand with your weight on both feet rather than hanging on one hip.',
      'Sleep on your back or the other side, with a pillow between your knees.',
      'Skip stretches that pull the sore leg across your body: they press on the tendons.',
      // NHS Bursitis: ice pack wrapped in a towel, for short spells.
      'Hold an ice pack wrapped in a towel on the sore spot for up to 20 minutes at a time.',
      'Talk to a pharmacist or doctor before taking anti-inflammatory painkillers.',
    ],
    // NHS Bursitis: see a GP if no better after 2 weeks; urgent help with a high temperature.
    seeAProfessional: {
      urgency: 'routine',
      advice:
        'See a GP or physiotherapist if it is no better after 2 weeks of easing off, keeps ' +
        'you awake, or keeps coming back: a physiotherapist can set up the exercise plan that ' +
        'helps most. Get help the same day if the hip is hot, red and swollen or you have a ' +
        'fever, as a bursa can become infected.',
    },
    // LEAP trial (BMJ 2018): education on avoiding compression plus 8 weeks of progressive
    // exercise beat a steroid injection and wait-and-see at 8 weeks and a year; the injection
    // helped only briefly. NHS leaflets: recovery often takes months.
    recovery:
      'Expect it to take months rather than weeks, with ups and downs. In a large trial, advice ' +
      'on avoiding squeezing positions plus a steady strengthening programme helped more than a ' +
      'steroid injection or waiting, both after 8 weeks and after a year; an injection eased ' +
      'pain only for a while. Come back with short, easy runs on flat ground, and build up only ' +
      'while the outer hip stays calm during the run and the day after.',
    prevention: [
      'Increase your weekly distance and hills gradually.',
      'Keep your side hip and buttock muscles strong.',
      'Make a habit of sitting uncrossed and standing evenly on both feet.',
      'Get a real leg-length difference checked; a shoe insert may help.',
      'Swap some runs for low-impact exercise such as swimming.',
    ],
    sources: [
      S.article,
      S.leapTrial,
      S.nhsKingstonGtps,
      S.nhsDynamicHealthGtps,
      S.nhsBursitis,
      S.aaosHipBursitis,
      S.mayoBursitis,
    ],
  },
  {
    id: 'stress-fracture',
    name: CONDITION_NAMES['stress-fracture'],
    otherNames: [
      'femoral neck stress fracture',
      'hip stress fracture',
      'bone stress injury',
      'stress reaction',
    ],
    summary: 'A tiny crack in bone from repeated impact: groin pain that builds as you run on.',
    whereShort: 'Groin and inner hip',
    zones: ['groin', 'front-hip'],
    // Mayo Clinic: a hip stress fracture can need surgery, and loading it can make it worse.
    // Robertson and Wood 2017: femoral neck stress fractures are rare but come mostly from
    // marathon and distance running; delay lets them displace, which harms the hip for good.
    whatItIs:
      'Bone is always repairing itself. When running loads it faster than it can rebuild, a ' +
      'small crack can form. Near the hip this is usually the femoral neck, the short bridge ' +
      'between the ball of the joint and the thigh bone. It is less common than the other causes ' +
      'here but matters most: run on, the crack can grow into a full break that needs surgery ' +
      'and can damage the hip for good. Caught early, most heal well.',
    feelsLike: [
      'A deep, throbbing ache in the groin or on the inner side of the hip.',
      'Pain that grows as you keep running instead of easing once you warm up.',
      'A limp that appears, even when walking.',
      // AAOS: early on the pain eases with rest.
      'At first it may ease with rest, which makes it easy to dismiss.',
    ],
    whenItHurts: [
      'During runs, starting earlier in each run as the days go by.',
      'After runs, lingering longer than it used to.',
      'Later, with everyday walking or standing.',
      'In later stages, even at rest or at night.',
    ],
    // Article: long runs on concrete or asphalt. AAOS and Mayo: sudden increases in training,
    // worn shoes, low bone density, low calcium or vitamin D, the female athlete triad.
    causes: [
      'Running a lot on hard surfaces such as concrete or asphalt.',
      'Adding distance, speed or extra runs too quickly.',
      'Not eating enough for your training; missed or stopped periods are a warning sign.',
      'Low bone density, low vitamin D or calcium, or a past stress fracture.',
      'Shoes that have lost their cushioning.',
    ],
    // No hop test: a hop loads a possibly cracked femoral neck. Mayo Clinic warns that keeping
    // weight on a stress fracture can make it worse; clinicians, not runners, decide on tests.
    // Same day, like the bone-stress red flag: delay is what lets these fractures displace
    // (Robertson and Wood 2017).
    doNow: [
      'Stop running now, and do not run through groin pain that keeps growing.',
      'Do not test the hip by hopping on that leg: if the bone is cracked, hopping can worsen it.',
      'Keep walking to a minimum until someone has checked it; use crutches if you have them ' +
        'and walking hurts.',
      'Get seen today: a GP, an urgent care centre or a sports-medicine clinic.',
    ],
    // AAOS: X-rays often look normal early; MRI or a bone scan shows the injury.
    seeAProfessional: {
      urgency: 'same-day',
      advice:
        'Get seen today by a GP, an urgent care centre or a sports-medicine clinic, and say you ' +
        'are a runner with groin pain that grows as you run. X-rays can look normal early on, so ' +
        'an MRI is often needed. Go to A&E or the emergency department if you cannot put weight ' +
        'on the leg.',
    },
    // The article says at least 3–4 weeks of rest. For the femoral neck that is too short:
    // Robertson and Wood 2017 and AAOS give about 6–12 weeks or more off running, often on
    // crutches while walking hurts, and surgery (screws) for cracks on the tension side or any
    // that have shifted. docs/clinical-decisions.md records the choice.
    recovery:
      'Plan on about 6 to 12 weeks without running, sometimes longer. You may need crutches ' +
      'until walking no longer hurts. Some cracks, especially those on the upper (tension) side ' +
      'of the femoral neck or any that have shifted, are fixed with surgery. Your clinician says ' +
      'when you can load the leg. Then expect weeks of low-impact work, such as walking and easy ' +
      'spinning on a stationary bike, before running builds back up slowly and pain-free.',
    prevention: [
      'Build mileage and intensity gradually.',
      'Eat enough for your training, including calcium and vitamin D.',
      'Mix softer surfaces and low-impact cross-training into your week.',
      'Replace worn-out shoes.',
      'Get early groin pain checked instead of running through it.',
    ],
    sources: [
      S.article,
      S.femoralNeckStressFractureReview,
      S.aaosStressFractures,
      S.mayoStressFractures,
      S.nhsHipPain,
    ],
  },
  {
    id: 'cartilage-tear',
    name: CONDITION_NAMES['cartilage-tear'],
    otherNames: ['labral tear', 'hip labral tear', 'torn labrum', 'hip labrum tear'],
    summary: 'A tear in the cartilage rim of the hip socket, often with clicking and groin pain.',
    whereShort: 'Groin and front of hip',
    zones: ['groin', 'front-hip'],
    // Mayo Clinic Hip labral tear: the labrum, its role, causes, and that many tears are silent.
    // AAOS: femoroacetabular impingement.
    whatItIs:
      'The hip is a ball-and-socket joint. A rim of cartilage, the labrum, lines the edge of the ' +
      'socket, cushioning the joint and helping hold the ball in place. It can tear after a ' +
      'fall or a twist, or wear over time, especially when the ball and socket are shaped so ' +
      'that they pinch (hip impingement, which has its own page). Many tears cause no symptoms ' +
      'at all.',
    feelsLike: [
      'Pain in the groin or at the front of the hip.',
      'A clicking, catching or locking feeling inside the joint.',
      // Mayo Clinic: stiffness or limited range of motion.
      'Stiffness, or less movement than in the other hip.',
    ],
    whenItHurts: [
      'Soon after a fall onto the hip or a sudden twist.',
      'During or after runs, especially with turns or on uneven ground.',
      // Mayo Clinic: worse with long periods of standing, sitting or walking.
      'After long spells of standing, sitting or walking.',
      // AAOS FAI: pain after the hip has been bent deeply.
      'When you bend the hip deeply, as in a squat or pulling the knee to the chest.',
    ],
    causes: [
      'A fall onto the hip or a twist while running.',
      'A hip shape that pinches the labrum (FAI).',
      // Mayo Clinic: repetitive motions, including long-distance running and pivoting.
      'Years of repeated twisting, pivoting or long-distance running.',
    ],
    doNow: [
      'Stop running, especially if it started after a fall or a twist.',
      'Avoid the movements that bring on the click or the pain, such as deep squats.',
      'Stay gently active in ways that do not hurt.',
      'Ask a pharmacist or doctor which painkillers are safe for you.',
    ],
    // Article: stop running and see a doctor. Mayo Clinic: seek care if symptoms worsen or do
    // not improve within six weeks.
    seeAProfessional: {
      urgency: 'soon',
      advice:
        'Stop running and book a GP or sports-medicine appointment, especially after a fall or a ' +
        'twist. If it came on slowly, see a doctor if it is worse, or no better after about six ' +
        'weeks of easing off, and sooner if the hip locks or gives way. After a fall with severe ' +
        'pain, or if the leg looks wrong, go to A&E or the emergency department.',
    },
    // Mayo Clinic: physical therapy, injections, arthroscopic surgery when needed.
    recovery:
      'Many tears settle with a few weeks of relative rest and a physiotherapy programme that ' +
      'strengthens the muscles around the hip. Some need keyhole surgery (hip arthroscopy), ' +
      'after which getting back to running takes several months. Return only when your ' +
      'clinician agrees, starting with short, easy runs.',
    prevention: [
      // Mayo Clinic: condition the surrounding muscles with strength and flexibility exercises.
      'Keep the muscles around the hip strong and flexible.',
      'Warm up before faster running, and take care on slippery or uneven ground.',
      'Get a clicking, painful hip checked early rather than running through it.',
    ],
    sources: [S.article, S.mayoHipLabralTear, S.aaosFai, S.nhsHipPain],
  },
  {
    id: 'it-band-syndrome',
    name: CONDITION_NAMES['it-band-syndrome'],
    otherNames: [
      'ITBS',
      'iliotibial band syndrome',
      'ITB syndrome',
      'iliotibial band friction syndrome',
    ],
    summary: 'Irritation where the IT band crosses the outer knee; it can ache up the outer thigh.',
    whereShort: 'Outer thigh and knee',
    zones: ['outer-thigh', 'outer-hip'],
    // The article calls the IT band a ligament. It is fascia, a thick band of connective tissue
    // (Mayo Clinic Knee pain: "the tough band of tissue that extends from the outside of your hip
    // to the outside of your knee"), so the text says so.
    whatItIs:
      'The iliotibial (IT) band is a thick band of connective tissue, called fascia, that runs ' +
      'down the outside of the thigh from the hip to just below the knee. It is often called a ' +
      'ligament, but it is not one. When long or hard running overloads it, the tissue where it ' +
      'crosses the outer knee gets irritated and sore. Distance runners are especially prone.',
    feelsLike: [
      'A sharp or burning pain on the outside of the knee.',
      'Aching or tightness along the outer thigh, sometimes up towards the hip.',
      'Pain that starts at about the same point in each run and eases soon after you stop.',
    ],
    // Downhill running is the classic trigger in sports-medicine teaching (the knee bends to the
    // angle where the band presses hardest); the article adds roads, tracks and one direction.
    whenItHurts: [
      'During runs, often after a predictable time or distance.',
      'Running downhill, or walking down stairs.',
      'On long runs on roads or tracks, especially always going the same way round.',
    ],
    causes: [
      'Long, hard running on roads or tracks.',
      'Adding mileage too quickly.',
      'Always running the same way round a track, or on the same side of a sloping road.',
      'Tight shoes, or old ones that have worn out.',
      'Lots of downhill running.',
    ],
    doNow: [
      'Ease off as soon as the outer knee starts to hurt: shorter runs, or a few days off.',
      'Skip downhill running, and change direction regularly on a track.',
      'Stretch your legs, including the outer thigh and hip, gently after running.',
      // NHS Sprains and strains: ice pack wrapped in a towel for up to 20 minutes.
      'Hold an ice pack wrapped in a towel on the sore spot for up to 20 minutes.',
      'Swap tight or worn-out shoes for a pair that fits well.',
    ],
    seeAProfessional: {
      urgency: 'routine',
      advice:
        'See a physiotherapist or GP if it is no better after 2 or 3 weeks of easing off, or ' +
        'keeps coming back. Go sooner if the knee swells, locks or gives way, as that points to ' +
        'something other than the IT band.',
    },
    // The article says about a week if caught early. Sutker et al. 1981 (48 runners): symptoms
    // often lasted 2 to 6 months. The entry gives the longer, sourced figure.
    recovery:
      'It is not serious, but it is often slow: in runners it commonly lasts 2 to 6 months, ' +
      'and longer if you keep running through it. Easing off as soon as it starts gives you the ' +
      'best chance of a shorter spell. Come back with short, flat runs, and add distance only ' +
      'while the outer knee stays pain-free.',
    prevention: [
      'Build your distance up gradually.',
      'Change direction on tracks, and vary the side of cambered roads.',
      'Replace shoes before they wear out, and avoid tight ones.',
      // Mayo Clinic Knee pain: strong, flexible thigh and hip muscles protect the knee.
      'Keep your thigh and hip muscles strong and flexible.',
    ],
    sources: [
      S.article,
      S.itbsInDistanceRunners,
      S.mayoKneePain,
      S.aaosSnappingHip,
      S.nhsSportsInjuries,
    ],
  },
  {
    id: 'hip-flexor-tendinitis',
    name: CONDITION_NAMES['hip-flexor-tendinitis'],
    otherNames: [
      'iliopsoas tendinitis',
      'hip flexor tendonitis',
      'hip flexor tendinopathy',
      'psoas tendinitis',
    ],
    summary: 'A sore tendon at the front of the hip that hurts when you lift your knee.',
    whereShort: 'Front of hip',
    zones: ['front-hip', 'groin'],
    // AAOS Hip Strains: the hip flexors and the difference between a strain and a tendon problem.
    whatItIs:
      'The hip flexors are the muscles that lift your knee, mainly the iliopsoas, whose tendon ' +
      'crosses the front of the hip. Repeated knee lifts while running can irritate it. An old ' +
      'injury can change how you move and load the hip, so a past problem sometimes shows up ' +
      'here later. Runners often call it a hip flexor strain, though a strain is a sudden tear.',
    feelsLike: [
      'Pain or tenderness deep at the front of the hip or in the groin.',
      'Pain when you lift your knee towards your chest.',
      // NHS Tendonitis: pain that gets worse when you move.
      'Pain that gets worse when you move and eases when you rest.',
      // AAOS Snapping Hip: the iliopsoas tendon can snap over the front of the hip.
      'Sometimes a snap or click at the front of the hip.',
    ],
    whenItHurts: [
      'Lifting the knee: stairs, getting into a car, running uphill or sprinting.',
      'During and after runs, especially faster ones or hills.',
      'For a while after a bigger training week.',
    ],
    causes: [
      'An old injury that changed how you run or left the area weaker.',
      // AAOS Hip Strains: sprinting, kicking and sudden starts; poor warm-up.
      'Lots of hills, sprints or high-knee drills.',
      'Skipping the warm-up before faster running.',
      'Increasing training too quickly.',
    ],
    // NHS Tendonitis: rest, ice wrapped in a towel, painkillers from a pharmacist.
    doNow: [
      'Rest from running, or cut right back, for a few days.',
      'Hold an ice pack wrapped in a towel on the front of the hip for up to 20 minutes.',
      'Keep moving gently within comfort, but drop hills, sprints and high-knee drills for now.',
      'Ask a pharmacist about painkillers if you need them.',
      'Note any old injuries to mention to a professional: they may explain the pain.',
    ],
    // NHS Tendonitis: see a GP if it is not improving after 2 weeks.
    seeAProfessional: {
      urgency: 'routine',
      advice:
        'See a GP or physiotherapist if it is not improving after 2 weeks, or sooner if walking ' +
        'hurts. Deep groin pain that grows with each run, or a limp, needs a doctor the same ' +
        'day, as it can be a stress fracture instead.',
    },
    recovery:
      'Mild cases often ease within a few weeks of rest and gentle exercise. A physiotherapist ' +
      'can plan strength work for the hip flexors and the muscles around them. Come back with ' +
      'easy, flat runs before adding hills or speed.',
    prevention: [
      'Warm up before runs, especially before hills or speed work.',
      'Build up hills and speed gradually.',
      'Finish rehabilitating old injuries before going back to full training.',
      'Keep your hip and core muscles strong.',
    ],
    sources: [S.article, S.nhsTendonitis, S.aaosHipStrains, S.aaosSnappingHip, S.mayoTendinitis],
  },
  {
    id: 'hip-joint',
    name: CONDITION_NAMES['hip-joint'],
    otherNames: [
      'femoroacetabular impingement',
      'FAI',
      'hip impingement',
      'hip osteoarthritis',
      'hip arthritis',
    ],
    summary:
      'Pain from inside the hip joint itself: an awkward hip shape, or wear of its cartilage.',
    whereShort: 'Groin, deep in the hip',
    zones: ['groin', 'front-hip', 'buttock'],
    // AAOS Femoroacetabular Impingement: cam and pincer shapes, formed while growing, pinch the
    // labrum and cartilage; can lead to osteoarthritis. NHS and AAOS Osteoarthritis of the hip:
    // cartilage thins, joint gets stiff and painful, more common with age. NICE NG226: a clinical
    // diagnosis at 45 or over, with activity-related pain and no stiffness, or short stiffness.
    whatItIs:
      'The hip is a ball-and-socket joint, lined with smooth cartilage. Two things inside it ' +
      'commonly cause pain. In hip impingement (femoroacetabular impingement, FAI), extra bone ' +
      'on the ball or on the rim of the socket, formed while you grew, makes them pinch when the ' +
      'hip bends deeply; over time this can damage the labrum and the cartilage. In ' +
      'osteoarthritis, the cartilage thins and the joint becomes stiff and sore; it is more ' +
      'common from middle age, and it does not always get worse. Both are usually managed ' +
      'without surgery.',
    // NHS Osteoarthritis and AAOS Osteoarthritis of the hip: pain in the groin or thigh that can
    // spread to the buttock or knee; stiffness; grinding. AAOS FAI: groin pain on deep bending.
    feelsLike: [
      'A deep ache or a sharp catch in the groin or at the front of the hip.',
      'Pain that can spread to the buttock, the front of the thigh or the knee.',
      'Stiffness: putting on socks and shoes or getting out of a car gets harder.',
      'Sometimes a grinding, clicking or catching feeling in the joint.',
    ],
    // NICE NG226: morning stiffness in osteoarthritis lasts no more than about 30 minutes.
    // AAOS FAI: pain with deep bending and after sitting.
    whenItHurts: [
      'Bending the hip deeply: squats, lunges, pulling the knee to the chest.',
      'After sitting for a long time, or getting up from a low seat.',
      'First thing in the morning, easing within about half an hour of moving.',
      'During or after longer runs, especially on hills or with twists and turns.',
    ],
    // AAOS FAI: bone shape from growth; active people feel it sooner. NHS and Mayo
    // Osteoarthritis: age, past joint injury, family history, being overweight.
    causes: [
      'A hip shape you were born with or grew into; active people tend to notice it earlier.',
      'A past injury to the hip joint, such as a labral tear.',
      'Getting older, and osteoarthritis running in the family.',
      'Extra body weight, which adds load to the joint with every step.',
    ],
    // NICE NG226 and NHS Osteoarthritis: exercise is the core treatment; stay active, pace
    // activity; painkillers from a pharmacist; weight loss if needed. AAOS FAI: modify the
    // activities that bring on pain, such as deep bending.
    doNow: [
      'Keep moving in ways that feel comfortable, such as walking, cycling or swimming.',
      'Ease off the runs and movements that bring on the pain, especially deep squats and ' +
        'sitting low for long spells.',
      'Cut runs shorter and flatter for now rather than stopping all exercise.',
      'Ask a pharmacist which painkillers are safe for you.',
    ],
    // NHS Hip pain: see a GP if the pain is not improving after a couple of weeks or stops
    // normal activities. The stress-fracture warning repeats the red flag for groin pain.
    seeAProfessional: {
      urgency: 'routine',
      advice:
        'See a GP or physiotherapist if groin pain is not improving after 2 weeks, keeps ' +
        'coming back, or the hip is getting stiffer. Groin pain that grows as you run, or a ' +
        'limp, needs a doctor the same day, as it can be a stress fracture. After a fall, or if ' +
        'you cannot put weight on the leg, go to A&E or the emergency department.',
    },
    // AAOS FAI: physical therapy and activity change first; arthroscopy if that fails. NICE
    // NG226: exercise, with weight management where needed; joint replacement only when other
    // treatment has not worked.
    recovery:
      'Impingement often settles over a few months of physiotherapy and changing what ' +
      'provokes it; keyhole surgery is an option when it does not. Osteoarthritis is long term, ' +
      'but regular strengthening and general exercise ease the pain for most people, and flare-' +
      'ups come and go. A physiotherapist can help you work out how much running suits your hip.',
    prevention: [
      'Keep the muscles around the hip and trunk strong.',
      'Build distance and hills gradually, and mix in low-impact exercise.',
      'Avoid repeated deep bending under load if it brings on groin pain.',
      'Keep to a healthy weight.',
    ],
    sources: [
      S.aaosFai,
      S.aaosHipOsteoarthritis,
      S.nhsOsteoarthritis,
      S.niceOsteoarthritis,
      S.mayoOsteoarthritis,
      S.nhsHipPain,
    ],
  },
  {
    id: 'adductor-strain',
    name: CONDITION_NAMES['adductor-strain'],
    otherNames: ['adductor strain', 'groin pull', 'adductor tendinopathy'],
    summary: 'A strained or overloaded inner-thigh muscle: pain in the groin when you squeeze.',
    whereShort: 'Groin and inner thigh',
    zones: ['groin'],
    // AAOS Hip Strains: the adductors and what a strain is. Doha agreement (BJSM 2015):
    // adductor-related groin pain is tenderness at the adductors with pain on squeezing the legs
    // together; it is one of several groin pain entities, beside hip-joint, iliopsoas, inguinal
    // and pubic-related pain.
    whatItIs:
      'The adductors are the muscles of the inner thigh. They pull the leg inwards and steady ' +
      'the pelvis on every stride. A strain is an overstretch or small tear of the muscle, ' +
      'usually from a sudden sprint, slip or change of direction. The tendons where they attach ' +
      'near the pubic bone can also get sore more slowly, from repeated load. It is more common ' +
      'in sports with turns and kicks than in steady road running, but trail running, speed ' +
      'work and slips all bring it on.',
    // NHS Sprains and strains: pain, tenderness, swelling, bruising, cramp. AAOS Hip Strains:
    // sudden pain, sometimes a pop. Doha: pain on resisted adduction.
    feelsLike: [
      'Sharp pain in the groin or inner thigh, sometimes with a pop at the moment it happens.',
      'Tenderness along the inner thigh, up near the pubic bone.',
      'Pain when you squeeze your knees together or bring the leg across your body.',
      'Bruising or swelling on the inner thigh after a bad strain.',
    ],
    whenItHurts: [
      'Suddenly, during a sprint, a slip or a quick change of direction.',
      'Squeezing your legs together, or getting in and out of a car.',
      'Sprinting, kicking or side-stepping.',
      'Stiff at the start of a run, sometimes easing as you warm up and aching afterwards.',
    ],
    // AAOS Hip Strains: sudden starts and changes of direction, poor warm-up, weak or tired
    // muscles, a previous strain.
    causes: [
      'Sprints, hill sprints or quick turns, especially without a warm-up.',
      'Slipping on mud, ice or a wet track.',
      'Inner-thigh muscles that are weak or tired for what you ask of them.',
      'An earlier groin strain that did not fully recover.',
      'Adding speed work or trail running too quickly.',
    ],
    // NHS Sprains and strains: rest for the first 2 to 3 days, ice wrapped in a towel for up to
    // 20 minutes every 2 to 3 hours, no heat, alcohol or massage in the first days, painkillers
    // from a pharmacist; then gentle movement.
    doNow: [
      'Stop running and rest it for the first 2 or 3 days, but keep walking gently if you can.',
      'Hold an ice pack wrapped in a towel on the sore spot for up to 20 minutes every 2 to 3 ' +
        'hours.',
      'Avoid heat, massage and alcohol for the first few days: they can add to the swelling.',
      'Do not stretch into the pain; gentle movement is enough at first.',
      'Ask a pharmacist about painkillers if you need them.',
    ],
    // NHS Sprains and strains: see a GP if not improving after 2 weeks; A&E for a snap with
    // severe pain, not being able to walk, or a leg that looks wrong. A limp or pain that grows
    // as you run is the bone-stress red flag; a groin lump can be a hernia (NHS Hernia).
    seeAProfessional: {
      urgency: 'routine',
      advice:
        'See a GP or physiotherapist if it is not improving after 2 weeks of looking after it. ' +
        'Go to A&E or an urgent care centre if you heard a snap and the pain is severe, or you ' +
        'cannot walk on it. If there was no clear moment of injury and the groin pain grows as ' +
        'you run, or you limp, see a doctor the same day, as it can be a stress fracture. A lump ' +
        'in the groin needs a GP check, as it can be a hernia.',
    },
    // NHS Sprains and strains: most strains improve within about 2 weeks; bad ones take longer.
    // AAOS Hip Strains: more severe strains can take 6 weeks or more.
    recovery:
      'A mild strain usually improves within about 2 weeks; a bad one can take 6 weeks or more, ' +
      'and slow-building tendon pain can take longer. Come back once walking and squeezing your ' +
      'knees together are pain-free: easy straight-line running first, then speed, hills and ' +
      'turns over the following weeks.',
    // AAOS Hip Strains prevention: warm up, stretch, strengthen, build up gradually.
    prevention: [
      'Warm up before speed work, hills and trails.',
      'Strengthen your inner thighs along with your hips and core.',
      'Build up speed work and trail running gradually.',
      'Let an old groin strain fully recover before racing or sprinting again.',
    ],
    sources: [S.aaosHipStrains, S.nhsSprainsAndStrains, S.dohaAgreement, S.nhsSportsInjuries],
  },
  {
    id: 'hamstring-tendinopathy',
    name: CONDITION_NAMES['hamstring-tendinopathy'],
    otherNames: ['proximal hamstring tendinopathy', 'hamstring tendinopathy'],
    summary: 'A sore hamstring tendon at the sit bone: deep buttock pain, worse when you sit.',
    whereShort: 'Deep buttock, at the sit bone',
    zones: ['buttock'],
    // Goom et al. 2016 (JOSPT): deep buttock pain at the common hamstring origin on the ischial
    // tuberosity; load plus compression against the bone when the hip bends; common in distance
    // runners; the sciatic nerve lies close by.
    whatItIs:
      'The hamstrings, the muscles at the back of the thigh, share a tendon that attaches to ' +
      'your sit bone, the bony point you sit on. When running, especially hills and speed work, ' +
      'loads this tendon faster than it can adapt, it becomes sore and less able to take load. ' +
      'It is pressed against the bone whenever the hip bends a long way, as in sitting or ' +
      'stretching the hamstrings, which is why those hurt too. It is common in distance runners ' +
      'and often slow to settle, but it responds to a patient strengthening plan.',
    // Goom et al. 2016: deep buttock pain, worse sitting and with running, especially uphill and
    // accelerating; may spread down the back of the thigh.
    feelsLike: [
      'A deep ache low in the buttock, right at the sit bone.',
      'Pain that can spread a little way down the back of the thigh.',
      'Tenderness when you sit on a hard seat.',
      'Often eases once you have warmed up, then returns after the run.',
    ],
    whenItHurts: [
      'Sitting, especially on hard seats or during long drives.',
      'Running uphill, speeding up or sprinting.',
      'Bending forward with straight legs, or stretching your hamstrings.',
      'Lunges and deep squats.',
    ],
    // Goom et al. 2016: changes in training (speed, hills), compressive positions and
    // stretching, long sitting.
    causes: [
      'Adding hills, speed work or longer strides too quickly.',
      'Lots of hamstring stretching, which presses the tendon against the bone.',
      'Long spells of sitting, especially on hard seats.',
      'Hamstring and buttock muscles that lack strength for the running you do.',
    ],
    // Goom et al. 2016: reduce compressive load (sitting, stretching, deep hip bending), keep
    // running within comfort, start loading with holds (isometrics) under guidance.
    doNow: [
      'Keep runs easy and flat with shorter strides; drop hills and speed work for now.',
      'Stop stretching your hamstrings: it presses on the sore tendon.',
      'Sit on a cushion or a softer seat, and get up for a break every half hour or so.',
      'Ask a physiotherapist for a strengthening plan; gentle holds, such as a bridge, are ' +
        'often where it starts.',
      'Ask a pharmacist about painkillers if you need them.',
    ],
    // AAOS Hamstring Muscle Injuries: a tear of the tendon off the sit bone (sudden pain, a pop,
    // bruising) may need surgery, and sooner is better. Nerve symptoms follow the red flags.
    seeAProfessional: {
      urgency: 'routine',
      advice:
        'See a physiotherapist or GP if it is not easing after 2 to 3 weeks of changing your ' +
        'running, or if sitting is becoming hard. See a doctor within a few days if it started ' +
        'suddenly with a pop and bruising at the top of the thigh, as a torn tendon may need ' +
        'repair. Get advice the same day for numbness, tingling or weakness down the leg.',
    },
    // Goom et al. 2016: often long-standing; staged, progressive loading over months.
    recovery:
      'It often takes a few months, and some people need longer. A staged programme that ' +
      'slowly strengthens the hamstrings is the main treatment. Running can usually carry on ' +
      'in a reduced, comfortable form; hills and speed come back last, once the buttock stays ' +
      'calm the day after.',
    prevention: [
      'Build up hills and speed work gradually.',
      'Keep your hamstrings and buttock muscles strong, not just stretched.',
      'Break up long spells of sitting.',
    ],
    sources: [
      S.proximalHamstringTendinopathy,
      S.aaosHamstringInjuries,
      S.mayoHamstringInjury,
      S.nhsTendonitis,
    ],
  },
  {
    id: 'back-referred-pain',
    name: CONDITION_NAMES['back-referred-pain'],
    otherNames: ['sciatica', 'lower back pain', 'sacroiliac joint pain'],
    summary: 'Pain that starts in the lower back or pelvis and is felt in the buttock or leg.',
    whereShort: 'Buttock and back of leg',
    zones: ['buttock', 'outer-thigh', 'outer-hip'],
    // NHS Sciatica: an irritated sciatic nerve, often from a slipped disc; pain, tingling,
    // numbness from the buttock down the leg. NHS Back pain: usually not serious. Mayo
    // Sacroiliitis: pain in the buttocks and lower back that can go down the legs.
    whatItIs:
      'Not every pain around the hip starts in the hip. The joints and discs of the lower back, ' +
      'and the sacroiliac joints where the spine meets the pelvis, can send pain into the ' +
      'buttock and thigh; this is called referred pain. When a nerve in the lower back is ' +
      'irritated, often by a bulging disc, pain can shoot down the leg, sometimes to the foot, ' +
      'with tingling or numbness: this is sciatica. Most back pain is not caused by anything ' +
      'serious and gets better on its own.',
    // NHS Sciatica: pain, tingling, numbness or weakness in the bottom, back of the leg, feet;
    // worse when moving, sneezing or coughing. Mayo Sacroiliitis: buttock and low back pain.
    feelsLike: [
      'An ache in the lower back and buttock, on one side or both.',
      'Burning or shooting pain down the back of the thigh, sometimes past the knee.',
      'Pins and needles or numbness in the leg or foot.',
      'The hip itself moves freely, and pressing on it does not hurt much.',
    ],
    whenItHurts: [
      'After sitting for a long time, bending or lifting.',
      'When you cough, sneeze or strain.',
      'On long runs, downhill running or long strides.',
      'Stiff first thing in the morning.',
    ],
    // NHS Sciatica: slipped disc, spinal stenosis. NHS Back pain: lifting, sudden movement,
    // long sitting. Mayo Sacroiliitis: injury, pregnancy, arthritis.
    causes: [
      'A bulging (slipped) disc pressing on a nerve.',
      'A strain from lifting, twisting or a sudden movement.',
      'Long spells of sitting, or a sudden jump in training.',
      'A fall onto the bottom, or pregnancy, which loads the sacroiliac joints.',
    ],
    // NHS Back pain and Sciatica, NICE NG59: stay active, bed rest does not help, heat or cold
    // packs, painkillers from a pharmacist, exercise.
    doNow: [
      'Keep moving: gentle walking helps more than bed rest.',
      'Run shorter and easier, and stop if leg pain, tingling or numbness gets worse.',
      'Try a heat pack or a cold pack wrapped in a towel, whichever eases it.',
      'Break up long spells of sitting.',
      'Ask a pharmacist which painkillers are safe for you.',
    ],
    // NHS Sciatica and Back pain: see a GP if not improving after a few weeks; urgent advice for
    // numbness or weakness that is getting worse, or pain in both legs; NHS Cauda equina
    // syndrome: A&E for numbness around the genitals or bottom, or bladder or bowel changes.
    seeAProfessional: {
      urgency: 'routine',
      advice:
        'See a GP or physiotherapist if it is not improving after a few weeks, or the pain is ' +
        'stopping you from doing normal things. Get advice the same day (an urgent GP ' +
        'appointment or NHS 111) if numbness or weakness in the leg is getting worse, or the ' +
        'pain and tingling run down both legs. Go to A&E or call emergency services if you have numbness ' +
        'around your genitals or bottom, or you cannot control or feel your bladder or bowel.',
    },
    // NHS Sciatica: usually improves within 4 to 6 weeks, can last longer. NHS Back pain:
    // usually gets better within a few weeks or months.
    recovery:
      'Sciatica usually improves within 4 to 6 weeks, though it can last longer, and most back ' +
      'pain settles within a few weeks or months. Staying active speeds things up. Build your ' +
      'running back gradually while leg symptoms stay the same or ease.',
    // NHS Back pain prevention: regular exercise such as walking, swimming or yoga; back
    // exercises and stretches; lift with care.
    prevention: [
      'Keep active, with strength work for your back, trunk and hips.',
      'Break up long spells of sitting, especially before a run.',
      'Lift with care, keeping the load close to your body.',
      'Build training up gradually.',
    ],
    sources: [
      S.nhsSciatica,
      S.nhsBackPain,
      S.nhsCaudaEquina,
      S.niceLowBackPain,
      S.mayoSciatica,
      S.mayoSacroiliitis,
    ],
  },
];

const CONDITIONS_BY_ID: ReadonlyMap<ConditionId, Condition> = new Map(
  CONDITIONS.map((condition) => [condition.id, condition]),
);

/** The condition with this id. Every ConditionId has one; the consistency tests check it. */
export function conditionById(id: ConditionId): Condition {
  const condition = CONDITIONS_BY_ID.get(id);
  if (!condition) throw new Error(`No condition with id "${id}"`);
  return condition;
}
