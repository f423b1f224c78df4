/**
 * The five conditions the guide explains, written for runners in plain words.
 *
 * The starting point is the source article ("Hip Pain After Running", Inside Running tips). Facts
 * that go beyond it, or correct it, come from NHS, AAOS OrthoInfo and Mayo Clinic pages; the
 * comments say which. Nothing here diagnoses: every entry says when to see a professional.
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
} as const satisfies Record<string, Source>;

const S = MEDICAL_SOURCES;

/** The five conditions, in the order the source article introduces them. */
export const CONDITIONS: readonly Condition[] = [
  {
    id: 'hip-bursitis',
    name: CONDITION_NAMES['hip-bursitis'],
    otherNames: ['trochanteric bursitis', 'greater trochanteric pain syndrome', 'GTPS'],
    summary: 'An irritated cushion on the bony point of the outer hip: a dull ache on the outside.',
    whereShort: 'Outer hip',
    zones: ['outer-hip', 'outer-thigh', 'buttock'],
    // The article says bursitis comes from pressure of the IT band. AAOS lists repetitive stress,
    // injury, leg-length difference and spine problems instead, so the band is named only as a
    // possible extra, and the tendon side (GTPS) is added.
    whatItIs:
      'A bursa is a small sac of fluid that lets tendons glide over bone. The one on the bony ' +
      'point of the outer hip (the greater trochanter) can get irritated by repeated load. The ' +
      'gluteal tendons beside it are often sore too, which is why many clinicians now call it ' +
      'greater trochanteric pain syndrome. The IT band runs over this spot and may add pressure, ' +
      'but it is rarely the whole story.',
    feelsLike: [
      'A dull ache or burning on the outside of the hip, over the bony point.',
      // AAOS: pain at the point of the hip, often spreading to the outside of the thigh.
      'Pain that can spread down the outside of the thigh.',
      'The spot feels tender when you press on it.',
      // AAOS: sharp and intense early on, later a wider ache.
      'Sharp at first for some people, then more of a spreading ache.',
    ],
    // AAOS Hip Bursitis: worse at night lying on that hip, getting up from a chair, long walks,
    // stairs and squatting.
    whenItHurts: [
      'During or after runs, especially longer ones.',
      'At night, when you lie on the sore side.',
      'Getting up from a chair after sitting for a while.',
      'Climbing stairs, squatting or walking for a long time.',
    ],
    // AAOS Hip Bursitis risk factors.
    causes: [
      'Adding distance faster than the hip can adapt.',
      'Hip and buttock muscles that lack strength or flexibility.',
      'A fall onto the side of the hip, or lying on one side for a long time.',
      'A difference in leg length, or a back problem that changes how you move.',
    ],
    doNow: [
      'Cut your mileage back, and skip the runs that make it worse.',
      'Stretch your hamstrings gently after the runs you do.',
      // NHS Bursitis: ice pack wrapped in a towel, for short spells.
      'Hold an ice pack wrapped in a towel on the sore spot for up to 20 minutes at a time.',
      // Mayo Clinic hip pain self-care: avoid sleeping on the affected side.
      'Try not to sleep on the sore side for now.',
      'Talk to a pharmacist or doctor before taking anti-inflammatory painkillers.',
    ],
    // NHS Bursitis: see a GP if no better after 2 weeks; urgent help with a high temperature.
    seeAProfessional: {
      urgency: 'routine',
      advice:
        'See a GP or physiotherapist if it is no better after 2 weeks of easing off, keeps ' +
        'you awake, or keeps coming back. Get help the same day if the hip is hot, red and ' +
        'swollen or you have a fever, as a bursa can become infected.',
    },
    // NHS: bursitis usually settles within a few weeks. AAOS: physiotherapy, sometimes an
    // injection.
    recovery:
      'It usually settles over a few weeks with less running and the right exercises, though ' +
      'some cases take longer. Come back with short, easy runs on flat ground, and build up only ' +
      'while the outer hip stays calm during the run and the day after. A physiotherapist can ' +
      'plan your strength work; a steroid injection is sometimes offered if it lingers.',
    prevention: [
      'Increase your weekly distance gradually.',
      'Keep your hip and buttock muscles strong and flexible.',
      'Get a real leg-length difference checked; a shoe insert may help.',
      'Swap some runs for low-impact exercise such as swimming.',
    ],
    sources: [S.article, S.nhsBursitis, S.aaosHipBursitis, S.mayoBursitis, S.mayoHipPain],
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
    whatItIs:
      'Bone is always repairing itself. When running loads it faster than it can rebuild, a ' +
      'small crack can form. Near the hip this is usually the femoral neck, the short bridge ' +
      'between the ball of the joint and the thigh bone. It is less common than the other causes ' +
      'here but matters most: run on, the crack can grow into a full break that needs surgery.',
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
    doNow: [
      'Stop running now, and do not run through groin pain that keeps growing.',
      'Do not test the hip by hopping on that leg: if the bone is cracked, hopping can worsen it.',
      'Keep walking to a minimum until someone has checked it.',
      'Book an appointment within a few days; go the same day if you limp badly.',
    ],
    // AAOS: X-rays often look normal early; MRI or a bone scan shows the injury.
    seeAProfessional: {
      urgency: 'soon',
      advice:
        'See a doctor or sports-medicine clinic within a few days and say you are a runner with ' +
        'groin pain. X-rays can look normal early on, so an MRI is often needed. Go the same day ' +
        'if you limp badly, and to A&E or the emergency department if you cannot put weight on ' +
        'the leg.',
    },
    // The article says at least 3–4 weeks of rest; AAOS says most stress fractures need 6–8 weeks,
    // and hip ones can need crutches or surgery. Both are given, the clinician decides.
    recovery:
      'Expect at least 3–4 weeks without running, and often more: many hip stress fractures need ' +
      '6–8 weeks or longer, sometimes on crutches, and a few need surgery. Your clinician says ' +
      'when you can load the leg. Then plan a couple of months of low-impact work, such as ' +
      'walking and easy spinning on a stationary bike, before running builds back up slowly.',
    prevention: [
      'Build mileage and intensity gradually.',
      'Eat enough for your training, including calcium and vitamin D.',
      'Mix softer surfaces and low-impact cross-training into your week.',
      'Replace worn-out shoes.',
      'Get early groin pain checked instead of running through it.',
    ],
    sources: [S.article, S.aaosStressFractures, S.mayoStressFractures, S.nhsHipPain],
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
      'that they pinch (femoroacetabular impingement, or FAI). Some tears cause no symptoms.',
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
        'twist. Ask for a specialist review if the hip locks or gives way, or if the pain is ' +
        'worse or no better after about six weeks. After a fall with severe pain, or if the leg ' +
        'looks wrong, go to A&E or the emergency department.',
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
        'See a physiotherapist or GP if it is no better after a week or two of easing off, or ' +
        'keeps coming back. Go sooner if the knee swells, locks or gives way, as that points to ' +
        'something other than the IT band.',
    },
    recovery:
      'Caught early, it often settles in about a week. Left to build up, it can stop you running ' +
      'for several weeks. Come back with short, flat runs, and add distance only while the outer ' +
      'knee stays pain-free.',
    prevention: [
      'Build your distance up gradually.',
      'Change direction on tracks, and vary the side of cambered roads.',
      'Replace shoes before they wear out, and avoid tight ones.',
      // Mayo Clinic Knee pain: strong, flexible thigh and hip muscles protect the knee.
      'Keep your thigh and hip muscles strong and flexible.',
    ],
    sources: [S.article, S.mayoKneePain, S.aaosSnappingHip, S.nhsSportsInjuries],
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
        'hurts. Deep groin pain that grows with each run should be checked within days, as it ' +
        'can be a stress fracture instead.',
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
