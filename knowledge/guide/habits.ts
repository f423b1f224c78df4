/**
 * Habits that ease hip pain or help keep it away. The first four are the source article's own
 * list, reworded; the rest come from NHS, AAOS OrthoInfo, Mayo Clinic and NICE advice and
 * peer-reviewed trials. `helps` names only conditions the habit is safe and useful for.
 */

import type { Habit } from '../types';
import { MEDICAL_SOURCES as S } from './conditions';

/** Relief and prevention habits, the article's four first. */
export const HABITS: readonly Habit[] = [
  {
    id: 'well-fitting-shoes',
    title: 'Wear shoes that fit, and retire worn ones',
    // AAOS and Mayo Clinic Stress fractures: worn or unsuitable shoes raise the risk.
    text:
      'Shoes that pinch, or that have lost their cushioning, can change the way you land and ' +
      'put extra strain on the hips and knees. Choose a pair with room for your toes, and ' +
      'replace it when the midsole feels flat or the tread is worn.',
    kind: 'prevention',
    helps: ['it-band-syndrome', 'stress-fracture', 'hip-bursitis'],
    fromArticle: true,
    sources: [S.article, S.aaosStressFractures, S.mayoStressFractures],
  },
  {
    id: 'warm-up-and-know-your-limit',
    title: 'Warm up, and stop before you overdo it',
    // AAOS Hip Strains: a poor warm-up is a risk factor for hip muscle strains.
    text:
      'Start each run with a few minutes of brisk walking or easy jogging and some leg swings. ' +
      'Run at a level your body is ready for today, and finish early if something hurts rather ' +
      'than pushing on.',
    kind: 'prevention',
    helps: [
      'hip-flexor-tendinitis',
      'cartilage-tear',
      'it-band-syndrome',
      'hip-bursitis',
      'stress-fracture',
      'adductor-strain',
      'hamstring-tendinopathy',
    ],
    fromArticle: true,
    sources: [S.article, S.aaosHipStrains],
  },
  {
    id: 'stretch-then-rest',
    title: 'Stretch your legs after runs, then rest',
    // The article's habit, with one exception: stretches press sore outer-hip (gluteal) and
    // high hamstring tendons against bone (LEAP trial education; Goom et al. 2016), so those two
    // conditions are left out of `helps` and the text says what to skip.
    text:
      'After a run, gently stretch your thighs and hips while they are warm, holding each ' +
      'stretch without bouncing. Then give your body some proper rest before the next hard ' +
      'effort. If your outer hip or your sit bone is sore, skip stretches that pull the leg ' +
      'across your body or fold you forward over a straight leg: they press on those tendons.',
    kind: 'relief',
    helps: ['it-band-syndrome', 'hip-flexor-tendinitis'],
    fromArticle: true,
    sources: [S.article, S.leapTrial, S.proximalHamstringTendinopathy],
  },
  {
    id: 'check-up-before-a-plan',
    title: 'Get checked before starting a running plan',
    text:
      'Before a new running plan, especially after a break or an old injury, ask a GP or ' +
      'physiotherapist to check any niggles. Old injuries that never fully healed are a common ' +
      'source of new pain.',
    kind: 'prevention',
    helps: [
      'hip-flexor-tendinitis',
      'cartilage-tear',
      'stress-fracture',
      'hip-bursitis',
      'it-band-syndrome',
      'hip-joint',
      'adductor-strain',
      'hamstring-tendinopathy',
      'back-referred-pain',
    ],
    fromArticle: true,
    sources: [S.article, S.nhsSportsInjuries],
  },
  {
    id: 'build-up-gradually',
    title: 'Add distance slowly',
    // AAOS Stress Fractures: build mileage gradually week by week. Mayo Clinic: make changes
    // slowly. The "about 10%" figure is a common rule of thumb, offered as a guide only.
    text:
      'Raise your weekly distance, speed or number of runs a little at a time, one change at a ' +
      'time; many runners use about 10% a week as a rough ceiling. Every few weeks, take an ' +
      'easier week so bones and tendons can catch up.',
    kind: 'prevention',
    helps: [
      'stress-fracture',
      'it-band-syndrome',
      'hip-bursitis',
      'hip-flexor-tendinitis',
      'adductor-strain',
      'hamstring-tendinopathy',
    ],
    fromArticle: false,
    sources: [S.aaosStressFractures, S.mayoStressFractures],
  },
  {
    id: 'strengthen-hips-and-glutes',
    title: 'Strengthen your hips and glutes',
    // AAOS Hip Bursitis: keep hip muscles strong. Mayo Clinic Hip labral tear: condition the
    // surrounding muscles. Mayo Clinic Knee pain: strong muscles protect the knee. LEAP trial:
    // progressive strengthening for outer-hip pain. NICE NG226: exercise for hip osteoarthritis.
    // Side-lying leg raises are left out: done early, they squeeze sore outer-hip tendons.
    text:
      'Two or three short sessions a week of exercises such as bridges, squats to a ' +
      'comfortable depth and step-ups help the muscles around the hip share the load of ' +
      'running. Start easy and progress slowly; a physiotherapist can tailor them to a sore hip.',
    kind: 'prevention',
    helps: [
      'hip-bursitis',
      'it-band-syndrome',
      'cartilage-tear',
      'hip-flexor-tendinitis',
      'hip-joint',
      'adductor-strain',
      'hamstring-tendinopathy',
    ],
    fromArticle: false,
    sources: [
      S.aaosHipBursitis,
      S.mayoHipLabralTear,
      S.mayoKneePain,
      S.leapTrial,
      S.niceOsteoarthritis,
    ],
  },
  {
    id: 'ice-and-relative-rest',
    title: 'In the first days: ease off and use ice briefly',
    // NHS Sprains and strains, Bursitis, Tendonitis: rest the area, ice wrapped in a towel for
    // up to 20 minutes every 2 to 3 hours, never straight on the skin.
    text:
      'For a sore hip, swap running for gentle movement that does not hurt. Hold an ice pack or ' +
      'frozen peas wrapped in a towel on the sore spot for up to 20 minutes every 2 to 3 hours, ' +
      'never on bare skin. Groin pain that keeps growing needs a check, not ice.',
    kind: 'relief',
    helps: ['hip-bursitis', 'it-band-syndrome', 'hip-flexor-tendinitis', 'adductor-strain'],
    fromArticle: false,
    sources: [S.nhsSprainsAndStrains, S.nhsBursitis, S.nhsTendonitis],
  },
  {
    id: 'vary-surfaces-and-direction',
    title: 'Vary your surfaces and direction',
    // The article links long runs on concrete and asphalt to stress fractures and suggests
    // changing direction on tracks for ITBS; AAOS Stress Fractures names changes of surface.
    text:
      'Run some easy miles on grass, trails or a track instead of only pavement. On a track, ' +
      'switch direction every few laps, and on sloping roads avoid always running on the same ' +
      'side. Make surface changes gradually too.',
    kind: 'prevention',
    helps: ['it-band-syndrome', 'stress-fracture'],
    fromArticle: false,
    sources: [S.article, S.aaosStressFractures],
  },
  {
    id: 'cross-train',
    title: 'Cross-train on some days',
    // Mayo Clinic Stress fractures: add low-impact activities to avoid repeatedly stressing one
    // part of the body. NHS Osteoarthritis: swimming and cycling suit painful joints.
    text:
      'Replace a run or two each week with low-impact exercise such as swimming, pool running ' +
      'or cycling. You keep your fitness while the bones, joints and tendons of the hip get a ' +
      'break from impact.',
    kind: 'prevention',
    helps: [
      'stress-fracture',
      'hip-bursitis',
      'it-band-syndrome',
      'hip-flexor-tendinitis',
      'hip-joint',
    ],
    fromArticle: false,
    sources: [S.mayoStressFractures, S.aaosStressFractures, S.nhsOsteoarthritis],
  },
  {
    id: 'fuel-for-bone-health',
    title: 'Eat enough for your training, and sleep well',
    // Mayo Clinic Stress fractures: calcium and vitamin D; menstrual problems and eating
    // disorders raise the risk. AAOS: the female athlete triad.
    text:
      'Bones need fuel to repair: eat enough for the running you do, with calcium and vitamin D. ' +
      'Sleep is when you recover. Missed or stopped periods, or losing weight without meaning ' +
      'to, are reasons to see a doctor.',
    kind: 'prevention',
    helps: ['stress-fracture'],
    fromArticle: false,
    sources: [S.mayoStressFractures, S.aaosStressFractures],
  },
  {
    id: 'spare-a-squeezed-tendon',
    title: 'Sit and sleep in ways that spare a sore tendon',
    // LEAP trial (BMJ 2018) and NHS GTPS leaflets: avoid crossing the legs, hanging on one hip and
    // lying on the sore side; pillow between the knees. Goom et al. 2016: long sitting and deep
    // hip bending press the high hamstring tendon against the sit bone.
    text:
      'Some tendons hurt most when they are squeezed against bone. For outer-hip pain, sit ' +
      'with your knees apart and uncrossed, stand evenly on both feet, and sleep on your back or ' +
      'the other side with a pillow between your knees. For pain at the sit bone, use a cushion ' +
      'and get up from sitting every half hour or so.',
    kind: 'relief',
    helps: ['hip-bursitis', 'hamstring-tendinopathy'],
    fromArticle: false,
    sources: [S.leapTrial, S.nhsKingstonGtps, S.proximalHamstringTendinopathy],
  },
  {
    id: 'keep-moving-gently',
    title: 'Keep moving gently, rather than resting completely',
    // NHS Back pain and Sciatica, NICE NG59: stay active, bed rest does not help. NICE NG226 and
    // NHS Osteoarthritis: exercise is the core treatment for a painful arthritic hip. Not for a
    // suspected stress fracture, which the text says.
    text:
      'For back pain, sciatica or a stiff, aching hip joint, gentle movement such as walking, ' +
      'swimming or cycling helps more than bed rest. Do what you can within comfort and build ' +
      'up little by little. The exception is groin pain that grows as you run: that needs a ' +
      'doctor, not more exercise.',
    kind: 'relief',
    helps: ['back-referred-pain', 'hip-joint'],
    fromArticle: false,
    sources: [S.nhsBackPain, S.niceLowBackPain, S.niceOsteoarthritis, S.nhsOsteoarthritis],
  },
];
