import { describe, expect, it } from 'vitest';
import { redFlagById } from '../../../../knowledge/guide/red-flags';
import {
  FEELING_IDS,
  FEELINGS,
  ONSET_IDS,
  ONSETS,
  type SignId,
  TRIGGER_IDS,
  TRIGGERS,
  ZONES,
} from '../../../../knowledge/symptoms/evidence';
import {
  lookupAnswers,
  lookupSymptoms,
  readSymptomText,
  type SignState,
} from '../../../../knowledge/symptoms/lookup';
import { CONDITION_IDS, ZONE_IDS } from '../../../../knowledge/types';
import { BLIND_CASES, type LookupCase, TUNING_CASES } from './lookup-cases';
import { sampleAnswers } from './sample-answers';

/** "hip-bursitis [bone-stress, night-or-rest-pain]": a failing case reads like the answer. */
function describeLookup(text: string): string {
  const result = lookupSymptoms(text);
  const flags = result.redFlags.map((flag) => flag.id).sort();
  return `${result.conditions[0]?.id ?? 'none'} [${flags.join(', ')}]`;
}

function describeExpected(lookupCase: LookupCase): string {
  return `${lookupCase.top ?? 'none'} [${[...lookupCase.redFlags].sort().join(', ')}]`;
}

describe('lookupSymptoms: runner descriptions (top condition and exact red flags)', () => {
  it.each(TUNING_CASES.map((lookupCase) => [lookupCase.text, lookupCase]))('%s', (text, c) => {
    expect(describeLookup(text)).toBe(describeExpected(c));
  });
});

describe('lookupSymptoms: blind set written after the model', () => {
  it.each(BLIND_CASES.map((lookupCase) => [lookupCase.text, lookupCase]))('%s', (text, c) => {
    expect(describeLookup(text)).toBe(describeExpected(c));
  });
});

describe('lookupSymptoms: result shape', () => {
  it('returns id, score and why for conditions, and id, advice, urgency and action for red flags', () => {
    const result = lookupSymptoms('Fell hard and can’t move it. Outer hip aches if I lie on it');
    expect(result.conditions.length).toBeGreaterThan(0);
    for (const condition of result.conditions) {
      expect(Object.keys(condition).sort()).toEqual(['id', 'score', 'why']);
      expect(condition.why.length).toBeGreaterThan(0);
    }
    const { advice } = redFlagById('fall-injury');
    expect(result.redFlags).toEqual([
      { id: 'fall-injury', advice, urgency: 'emergency', action: 'Call 999 or go to A&E now' },
    ]);
    expect(result.outsideHip).toBeNull();
  });

  it('lists conditions best first and only those with evidence', () => {
    const { conditions } = lookupSymptoms('Clicking in my groin since I twisted it');
    const scores = conditions.map((condition) => condition.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(conditions.every((condition) => condition.score > 0)).toBe(true);
    expect(conditions.map((condition) => condition.id)).not.toContain('it-band-syndrome');
  });

  it('explains the top condition in plain words', () => {
    const [top] = lookupSymptoms('Outside of my hip aches, worse lying on that side').conditions;
    expect(top?.why).toEqual([
      'Worse lying on that side',
      'Pain on the outside of the hip',
      'A dull ache',
    ]);
  });

  it('says why the hip joint leads for a limping child before the other reasons', () => {
    const [top] = lookupSymptoms(
      'My 8 year old has been limping since yesterday and says the top of his leg hurts. No fall.',
    ).conditions;
    expect(top?.id).toBe('hip-joint');
    expect(top?.why[0]).toMatch(/^A child with a limp: the hip joint/);
  });

  it('suggests nothing for an empty text', () => {
    const nothing = { conditions: [], redFlags: [], outsideHip: null };
    expect(lookupSymptoms('')).toEqual(nothing);
    expect(lookupSymptoms('  !!! ... ')).toEqual(nothing);
  });
});

describe('readSymptomText: messy words and negation', () => {
  const cases: [string, SignId, SignState | undefined][] = [
    ['it never locks', 'clicking', 'ruled-out'],
    ['doesn’t click', 'clicking', 'ruled-out'],
    ['it does not click or catch or lock', 'clicking', 'ruled-out'],
    ['not at night', 'rest-or-night', 'ruled-out'],
    ['without any fall', 'fall-or-twist', 'ruled-out'],
    ['no swelling', 'hot-red-swollen', 'ruled-out'],
    ['Fever? No', 'fever', 'ruled-out'],
    ['no fever but it clicks', 'clicking', 'present'],
    ['no limp, and it clicks', 'clicking', 'present'],
    ['it won’t stop clicking', 'clicking', 'present'],
    ['the pain never goes away', 'rest-or-night', 'present'],
    ['I can’t lie on that side', 'lying-on-side', 'present'],
    ['better with rest', 'rest-or-night', undefined],
    ['fine at rest', 'rest-or-night', undefined],
    ['I usually run at night', 'rest-or-night', undefined],
    ['worse lying on that side at night', 'rest-or-night', undefined],
    ['HIP BURITIS', 'named-bursitis', 'present'],
    ['bursitus', 'named-bursitis', 'present'],
    ['grion pain', 'groin', 'present'],
    ['illiotibial band', 'named-it-band', 'present'],
    ['my I.T. band', 'named-it-band', 'present'],
    ['ITBS', 'named-it-band', 'present'],
    ['GTPS', 'named-bursitis', 'present'],
    ['FAI', 'named-hip-joint', 'present'],
    ['it keeps clickng', 'clicking', 'present'],
    ['tendonitis', 'named-hip-flexor', 'present'],
    ['achilles tendonitis', 'named-hip-flexor', undefined],
    ['I CAN’T PUT WEIGHT ON IT!!!', 'cannot-bear-weight', 'present'],
    ['I can walk fine', 'cannot-bear-weight', undefined],
    ['can’t walk without pain', 'cannot-bear-weight', undefined],
    ['where my leg meets my body', 'front-hip', 'present'],
    ['hip bone on the side', 'outer-hip', 'present'],
    ['my butt', 'buttock', 'present'],
    ['tight shoes', 'tightness', undefined],
    ['the pain kicks in at mile 3', 'uphill-or-sprinting', undefined],
    ['I run about 30 miles a week', 'same-point-each-run', undefined],
    // Lists of denials and answers to the runner's own questions.
    ['no limp, no swelling, nothing at night', 'rest-or-night', 'ruled-out'],
    ['wakes me up? nah', 'rest-or-night', 'ruled-out'],
    ['pain at night? none', 'rest-or-night', 'ruled-out'],
    ['keeps me awake? lol no', 'rest-or-night', 'ruled-out'],
    ['nothing helps at night', 'rest-or-night', 'present'],
    ['walking totally normal', 'weight-bearing', undefined],
    ['fine after I stop', 'after-runs', undefined],
    ['can’t cross one leg over the other', 'weight-bearing', undefined],
    // Standing on one leg is its own sign (the outer hip's test as much as the bone's), not
    // weight-bearing as well; standing on that leg still is.
    ['hurts standing on one leg', 'single-leg-stance', 'present'],
    ['hurts standing on one leg', 'weight-bearing', undefined],
    ['hurts standing on that leg', 'weight-bearing', 'present'],
    // Idioms and other people.
    ['on pins and needles about the ballot', 'numbness-tingling', undefined],
    ['numb with shock at my finish time', 'numbness-tingling', undefined],
    ['pins and needles down my leg', 'numbness-tingling', 'present'],
    ['my husband has a fever', 'fever', undefined],
    ['my toddler kept me up all night', 'rest-or-night', undefined],
    // Where and what.
    ['outside of knee fine', 'outer-thigh', undefined],
    ['IT band feels fine', 'named-it-band', undefined],
    ['deep groin ache, 55, stiff', 'older-age', 'present'],
    ['68 and still running', 'older-age', 'present'],
    ['50 miles a week', 'older-age', undefined],
    ['stiff turning it in', 'lost-rotation', 'present'],
    ['can’t rotate my leg in as far', 'twisting', undefined],
    ['since starting a 100-mile-week plan', 'mileage-jump', 'present'],
    ['right under the butt cheek', 'sit-bone', 'present'],
    ['the very top of the back of my thigh', 'sit-bone', 'present'],
    ['hurts sitting on the saddle', 'sitting-long', 'present'],
  ];
  it.each(cases)('%s → %s %s', (text, sign, state) => {
    expect(readSymptomText(text)[sign]).toBe(state);
  });
});

/**
 * The categories the held-out blind set exposed (issue #12), each in phrasings of our own: the
 * condition that should lead and the exact red flags.
 */
const CATEGORY_CASES: readonly LookupCase[] = [
  // Ninth pass: kinds from the eighth pass's untouched sets, in our own words.
  {
    text: 'Pulled my groin at five-a-side, it only hurts when I cut sideways, walking is fine',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'SIJ pain on the left after the half, worse rolling over in bed',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Ice hockey goalie, deep pinch in the front of the hip dropping into the butterfly',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Legs totally spent after the mountain race, everything aches on both sides, stairs are hard',
    top: null,
    redFlags: [],
  },
  {
    text: 'Got chills down my spine at the finish line, hips fine, what plan for a first marathon?',
    top: null,
    redFlags: [],
  },
  {
    text: 'My thighs rub each other on long runs and the skin is peeling. Hip is fine.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Did tuck jumps and lateral bounds at bootcamp, since then my inner thigh hurts and squeezing my knees together is sore',
    top: 'adductor-strain',
    redFlags: [],
  },
  // Hip joint (FAI, osteoarthritis): lost turn-in, a blocked deep squat, morning stiffness that
  // eases, age 45+ (NICE NG226); "no clicking" counts against a labral tear.
  {
    text: '58 year old, groin aches after runs and I can’t turn my leg in properly',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'hip feels jammed at the bottom of a squat, pinch in the groin, no clicking or catching',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'struggling to put my socks on, groin ache after runs, 52',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'my hip won’t rotate inwards like the other one and the groin aches, age 49',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: '71, groin stiff first thing, loosens after 20 mins, tough to cross my legs now',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'groin ache after runs, 35, clicks and catches when I pivot',
    top: 'cartilage-tear',
    redFlags: [],
  },
  // Stress fracture from training load: a deep groin or pelvis ache after a big jump.
  {
    text: 'deep groin ache during my long runs since I jumped to 70 mile weeks, walking fine',
    top: 'stress-fracture',
    redFlags: [],
  },
  {
    text: 'deep ache in my groin that gets worse the longer I run since doubling my mileage',
    top: 'stress-fracture',
    redFlags: [],
  },
  // High hamstring tendinopathy: under the buttock, worse sitting, on hills and speed.
  {
    text: 'pain right under my bum cheek when I sit in the car and on hill reps',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'ache high up at the back of my thigh where it meets the buttock, worse sitting at my desk',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'sore sit bone on the bike saddle and during speedwork',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  // Front-of-knee pain is outside the hip; "outside of knee fine" rules the IT band out.
  {
    text: 'pain at the front of my knee on stairs and squats. outside of my knee is fine',
    top: null,
    redFlags: [],
  },
  { text: 'kneecap aches going downhill, IT band feels fine', top: null, redFlags: [] },
  // Children: the flag leads; a limp points to the hip joint, not a stress fracture.
  {
    text: 'My son is 13. He has had a sore hip for a week and walks funny.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'my daughter, 11, has been limping and says her thigh aches, nothing happened to it',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'my 15yo doubled her mileage for cross country and now limps with groin pain',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  // Round 3 (heldout-2) categories. Deep bending is the joint's: the knee pulled to the chest,
  // low seats, and a clinician naming a "cam" or "pincer" shape (AAOS FAI).
  {
    text: 'front of hip pinches when I hug my knee into my chest, low car seats are awful',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'groin hurts when I pull my knee to my chest in yoga, and getting out of low chairs',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'sore groin after runs, the doctor said I have a pincer hip',
    top: 'hip-joint',
    redFlags: [],
  },
  // A sudden "twang" on a sideways move is an adductor strain (Doha).
  {
    text: 'felt my inner thigh go twang stepping sideways round a puddle, sore since',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'groin went ping at football when I sidestepped, now sore moving side to side',
    top: 'adductor-strain',
    redFlags: [],
  },
  // Weekly volume in shorthand is still a jump in training load.
  {
    text: 'deep groin ache late in long runs since I upped to 50mpw, no limp, nothing at night',
    top: 'stress-fracture',
    redFlags: [],
  },
  {
    text: 'groin aches towards the end of long runs, bumped up to 90 kpw last month',
    top: 'stress-fracture',
    redFlags: [],
  },
];

describe('lookupSymptoms: the held-out categories, in our own words', () => {
  it.each(CATEGORY_CASES.map((lookupCase) => [lookupCase.text, lookupCase]))('%s', (text, c) => {
    expect(describeLookup(text)).toBe(describeExpected(c));
  });

  it('sends front-of-knee pain to the knee page', () => {
    const result = lookupSymptoms('kneecap aches going downhill, IT band feels fine');
    expect(result.outsideHip?.part).toBe('knee');
  });
});

/** A case whose ranking may be anything ("any") when only its red flags matter. */
type ReadingCase = Omit<LookupCase, 'top'> & { top: LookupCase['top'] | 'any' };

/** How the lookup reads who is in pain and whether the story is over (third blind round). */
const READING_CASES: ReadingCase[] = [
  // A pet is never the patient, even when the runner says nothing hurts.
  {
    text: 'My labrador has been limping since our trail run. I feel fine myself.',
    top: null,
    redFlags: [],
  },
  // A story that ended is history: nothing hurts now.
  {
    text: 'The outer hip pain I had last spring cleared up after a few weeks of rest. Can I start hill reps?',
    top: null,
    redFlags: [],
  },
  // …but one that came back is not over.
  {
    text: 'The outer hip ache went after a week off but came back on my first run, sore lying on that side',
    top: 'hip-bursitis',
    redFlags: [],
  },
  // A writer introducing themself is the one in pain.
  {
    text: 'Teen (14M) here!! my hip and knee hurt after football, is that normal?',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  // An emoji ends a thought: the swelling after it is not denied.
  {
    text: 'Not racing tomorrow 😢 my hip is hot and swollen and I feel shivery and awful',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  // "Mine" is the runner's own, after someone else's story.
  {
    text: 'My husband’s hip pain kept him awake every night last year. Mine is different: outer hip sore on the stairs',
    top: 'hip-bursitis',
    redFlags: [],
  },
  // A question is not relief: "is it normal…" still describes the ache.
  {
    text: 'Is it normal for my groin to ache when I am just standing in the kitchen?',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  // No better after weeks of rest needs a complaint: a race time is not one.
  {
    text: 'My parkrun time has not improved after 8 weeks of speedwork',
    top: null,
    redFlags: [],
  },
  // Pins and needles down the leg into the foot is sciatica, which the guide covers.
  {
    text: 'pins and needles down my leg into my foot since Monday',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  // Numb toes that go when the laces are loosened are the shoe, not a nerve.
  {
    text: 'My toes go numb around 10k, I think I lace too tight, fine once I loosen them. Hips, knees and back otherwise fine',
    top: null,
    redFlags: [],
  },
  // A pace that stalls for weeks is training, even with a complaint in the next sentence.
  {
    text: 'My 10k pace has plateaued and is not getting better after 7 weeks. Front of my hip is a bit tight when I lift my knee on hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  // Night pain and tingling that ended long ago are history; what hurts now is ranked.
  {
    text: 'Had sciatica with tingling into my toes two years back, sorted with physio, all gone. Hip pain that kept me up in the spring totally gone since May. Now just a sore outer hip on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  // …but a fever that is "gone" never rules out an emergency told in the same breath.
  {
    text: 'Had a fever and shivers on Monday, gone now, but my hip is agony and I cannot move it at all',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  // Someone the runner lifted or helped is not the one in pain; "my 30s" and "my 10k PB" are
  // the runner's.
  {
    text: 'Low back sore since lifting my brother onto the sofa, and now the ache runs down the back of my thigh',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Running since my 30s, set my 10k PB last month. Groin stiff first thing and I cannot turn my foot in like I used to',
    top: 'hip-joint',
    redFlags: [],
  },
  // A teacher is an adult, whatever school they teach at.
  {
    text: 'High school teacher, 44. Deep ache at my sit bone after sitting through long staff meetings, worse on hill reps',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  // Scots words: "cannae" is cannot, "sair" is sore.
  {
    text: 'Slipped on the ice on the way to parkrun and cannae put any weight on my left leg',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Sair high up the inside o’ my thigh since a quick sidestep, and when I squeeze my knees together',
    top: 'adductor-strain',
    redFlags: [],
  },
  // Another person's hip after "mine's fine" leaves only the runner's heel, out of scope.
  {
    text: 'My dad’s hip is giving him bother. Mine’s fine, but my heel is stiff every morning',
    top: null,
    redFlags: [],
  },
  // The toes catching the kerb and a foot that will not lift: foot drop, not a catching hip.
  {
    text: 'Keep catching my left toes on kerbs and the foot will not lift properly, buttock sore for weeks',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  // New loss of feeling between the legs with a bowel accident is cauda equina.
  {
    text: 'Back very bad for three days. Between my legs the skin feels like wood, and I had accident with stool without feeling it',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  // A loaded, painful groin in a runner: a stress fracture is the closest match to read about,
  // whatever a friend calls it.
  {
    text: 'My mates reckon it is just a tight hip flexor. Front of hip and groin ache since I upped my miles and I have been limping between lectures',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  // Emergencies in everyday words.
  {
    text: 'Came down hard at the cyclocross race, my foot is pointing out to the side and the leg looks about an inch shorter',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'There is a soft bump in my groin that pops out when I lift things. Today it came out and stayed, really sore, and I have been throwing up',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Ten hours on the coach home from the race and now my lower leg has blown up and feels warm',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  // Someone else's night pain, and a runner fine apart from a stitch.
  {
    text: 'My husband has awful hip pain at night from his arthritis. Me, I am fine apart from a stitch under my ribs on hills',
    top: null,
    redFlags: [],
  },
  // Months written short, a holiday for a month: over six weeks.
  {
    text: 'Outer hip sore to press. No running since the beginning of Jan, now its mid March and still the same',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  // Someone else who "can barely walk" with sciatica is not an emergency, nor the runner's.
  {
    text: 'My wife has sciatica and can barely walk this week. For me it is outer knee pain at 6k on cambered roads',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'groin pain since my long run and I can barely walk today',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  // A likeness is not an animal in the story, and a school year with a girl's age is a child.
  {
    text: 'Lost nearly a stone without trying, eating like a horse, and now a deep hip ache that will not shift',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Y9 lass (13), her hip clicks when she turns and she gets a sharp pain in the groin',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  // Standing on one leg points to the outer hip; "dead legs" are tired legs.
  {
    text: 'Bony point on the side of my hip is tender and it hurts to stand on one leg to pull my jeans on',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'dead legs after the track session and my sit bone aches on the hard chairs at work',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  // Numb toes on cold runs are the cold.
  {
    text: 'my toes go white and numb on cold runs and are fine once I warm up',
    top: null,
    redFlags: [],
  },
  // A height is not an age; an age in brackets after a name is.
  {
    text: "Training log: 24F, 5'7, about 55kg, front of hip aches and I am limping after runs since I upped my miles",
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Mia (12) has been limping after netball for a week and says her knee aches',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Our 6yo has a temperature and is refusing to walk, he cries if we touch his leg',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'child-hip-pain', 'infection-signs'],
  },
  // Cauda equina told politely in a long message.
  {
    text: 'Sciatica for three weeks. Since yesterday I have struggled to pass urine and on the toilet seat my bottom feels numb on both sides.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  // New weakness: the leg gave way, cannot rise onto the toes on that side.
  {
    text: 'My old arthritic hip aches as usual, but this week my left leg gave way on the stairs and I cannot rise up onto my toes on that side',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  // Tingling between the toes that goes with the shoe off is the foot's own nerve.
  {
    text: 'Tingling between my 3rd and 4th toes after 8k. Goes when I take the shoe off. Hips and back fine.',
    top: null,
    redFlags: [],
  },
  // Rest since New Year with no change, told at the end of February, is over six weeks.
  {
    text: 'I have rested completely since New Year, it is now the end of February, and the front of my hip hurts exactly the same when I lift my knee',
    top: 'hip-flexor-tendinitis',
    redFlags: ['not-improving'],
  },
  // Fifth round (sets 29 and 30 tuned on). A fever with a new limp is an infection worry.
  {
    text: 'Our 8 year old has had a temperature of 38.7 since lunchtime and now she is limping',
    top: 'any',
    redFlags: ['child-hip-pain', 'infection-signs'],
  },
  // A fall in an idiom, and a leg lying turned out and shorter.
  {
    text: 'Went arse over tit on the towpath, my partner says my right leg is lying rolled outwards and looks shorter',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  // Crawling to the car is no weight through the leg at all.
  {
    text: 'Slipped on wet leaves by the canal and had to crawl to the car, my hip is agony',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  // Three runs, the pain coming sooner each time: the bone-stress pattern without the word.
  {
    text: 'The groin ache started at 9k on Monday, at 6k on Wednesday, and today it came on at 3k',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'The side of my hip has hurt for two whole months of rest, lying on it is still no better',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  // A child's complaint in a parent's words.
  {
    text: 'My 10 year old keeps moaning about his right knee after football',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  // Pain going into the leg is the back's; numbness "running down" the shin is not feeling run down.
  {
    text: 'Lower back has been grim since I did the garden and the pain is going into my right leg',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Tingling running down the front of my shin into my foot since the trail race, and my buttock aches',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  // "A little accident" with back pain and no warning is the bowel or bladder, not a crash.
  {
    text: 'Bad back for a week, pain down my left leg, and I had a little accident on the way home without feeling it coming',
    top: 'back-referred-pain',
    redFlags: ['cauda-equina'],
  },
  // A fear of an injury is not a name for a pain.
  {
    text: 'My hip is absolutely fine, I am just worried about getting a stress fracture now my plan goes up to 50 miles',
    top: null,
    redFlags: [],
  },
  {
    text: 'Ugh, this hip. The outer bit hurts when I cross my legs at work',
    top: 'hip-bursitis',
    redFlags: [],
  },
  // Nothing down the leg counts nothing against the back; a deep buttock ache is not the outer hip's.
  {
    text: 'Dull ache across my lower back and into one buttock after long runs, no numbness and nothing going down the leg',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Deep ache in my left glute after hills, worse sitting on hard chairs, back is fine',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  // Woken whatever side the runner lies on: night pain, not side-lying.
  {
    text: 'Hip aches at night and wakes me, regardless of which side I lie on',
    top: 'any',
    redFlags: ['night-or-rest-pain'],
  },
  // Fifth round (sets 33 and 34): weight lost "without any dieting" is unexplained.
  {
    text: 'Lost 6 kg in two months without any dieting, appetite is poor, and my hip aches deep inside',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  // Cold on the course is not a fever.
  {
    text: 'Shivered at the aid station at 2am, a foil blanket fixed it. Now my outer knee grumbles on descents',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  // A hernia described, not named, and the groin misspelt.
  {
    text: 'There is a lump in my groan that usually pops back in, but today it will not go back and I have been sick',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Ive got a bolita in my groin that always went back in when I lay down, since this morning it stays out and I vomited',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  // Impingement as speech to text writes it; a pinch after long sitting is the joint's.
  {
    text: 'speech to text: the physio said impinge meant in my hip, deep groin pain sitting in the car',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Deep groin pinch when I have been sat at my desk for a couple of hours',
    top: 'hip-joint',
    redFlags: [],
  },
  // Box jumps drive the knee up: not hopping on one leg.
  {
    text: 'Front of my hip hurts on box jumps and step ups, flat running is fine',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  // Falls and a turned-out leg in West African English.
  {
    text: 'I fell for my right side on the road, now that leg is facing outside and my hip is very painful',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  // Weeks of pregnancy are not weeks of pain; an SI ache is the back's.
  {
    text: 'Pregnant 20 weeks, SI ache into my bum after runs, no swelling or numbness',
    top: 'back-referred-pain',
    redFlags: [],
  },
  // Numbness spreading up the shin is the nerve root's.
  {
    text: 'Since last week my foot goes numb along the top when I drive, and it spreads up the shin. My glute aches.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  // A back that is catching is not a clicking hip; toilet control said plainly.
  {
    text: 'My back is catching since I lifted the shopping, and now I cannot feel my private part properly and toilet control is not proper',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  // From nothing to twice a day, and "paining" when walking.
  {
    text: 'Practising twice daily for a month, before that I was doing nothing. Now my groin is paining even in walking',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  // "Waist" is the lower back in Indian and West African English.
  {
    text: 'My waist is paining me since army training and it goes down into my buttocks',
    top: 'back-referred-pain',
    redFlags: [],
  },
  // Pain since pregnancy is the mother's, not the baby's.
  {
    text: 'Baby is 4 months now. Bum and SI joint pain since pregnancy, stiff getting out of bed',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Postpartum runner, 6 months back into it, deep groin pain putting my socks on',
    top: 'hip-joint',
    redFlags: [],
  },
  // A recruit's age said as when they start.
  {
    text: 'Joining the army at 16 next year, groin and inner thigh hurt when I squeeze my legs together',
    top: 'adductor-strain',
    redFlags: ['child-hip-pain'],
  },
  // Leaking when jumping is the pelvic floor's, not hop pain.
  {
    text: 'leaking a little when I jump on the trampoline, hips and back totally fine',
    top: null,
    redFlags: [],
  },
  // "Something is not right" is a worry, not a denial of the hip.
  {
    text: 'Something is not right with my hip, temperature of 39 and shaking all night',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  // Someone else's emergency months ago is history; the runner's own outer hip is the question.
  {
    text: "My club mate couldn't put weight on her leg after a fall last year, so I worry. I walk and run fine, just my outer hip is sore lying on it",
    top: 'hip-bursitis',
    redFlags: [],
  },
  // …but still unable to weight the leg a month after a fall is going on now.
  {
    text: "Fell on the ice a month ago and I still can't put weight on it",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Stopped running faz 2 meses for pain on the side of my hip, lying on it hurts, still same same',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  // Sets 31, 32, 35 and 36. A post that opens on a child and goes on with "he" is about the child.
  {
    text: '5yo, had a cold last week, this morning he is limping and says his hip hurts',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  // A role and an adult age on their own are the writer.
  {
    text: 'Track coach, 61. Stiff hip first thing, groin ache after sessions and I cannot turn my foot in',
    top: 'hip-joint',
    redFlags: [],
  },
  // A dog side-stepped is not the one in pain.
  {
    text: 'Dodged a dog on the canal path and pulled something in my inner thigh, sore squeezing my knees together',
    top: 'adductor-strain',
    redFlags: [],
  },
  // A child's age in words; the thigh and its ache a clause apart.
  {
    text: 'she is twelve and her thigh, just above the knee, aches at night',
    top: 'any',
    redFlags: ['child-hip-pain', 'night-or-rest-pain'],
  },
  // A parent describing themself, and another adult's crutches.
  {
    text: 'Mum of a U13 swimmer and I run too (47). Outer hip sore lying on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My teammate is on crutches after her op. Me, I just have a sore sit bone on hard chairs',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  // Falls in everyday words.
  {
    text: 'Went down on black ice this morning, my foot is rolled out and the leg looks shorter',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'ate it on my bike, leg is turned out and looks shorter',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  // Months named either side of "it is".
  {
    text: 'Off running since early Sept, it is now November and it is exactly the same, outer hip sore lying on it',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  // Rigors as "the shakes"; a leg "fat and hot" after a long coach trip.
  {
    text: 'hip pain and the shakes and night sweats since last night, 70',
    top: 'any',
    redFlags: ['infection-signs', 'weight-loss-or-cancer'],
  },
  {
    text: 'my calf went fat and hot after the 8 hour coach trip to the match',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  // A teenager's knee that "kills" is a complaint.
  {
    text: '15 y/o, outside of my knee kills at 4k every run',
    top: 'it-band-syndrome',
    redFlags: ['child-hip-pain'],
  },
  // Thrills and a numb brain are not fevers or nerves.
  {
    text: 'Got the shivers watching the cup final lol. Outer hip sore lying on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'the only numb thing is my brain after exams, front of hip sore when I kick',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  // Night pain that "fully settled" is over, for the bone-stress rule too.
  {
    text: 'Groin pain woke me at night back in spring but that fully settled with physio. Now a click when I pivot',
    top: 'cartilage-tear',
    redFlags: [],
  },
  // Woken every night, even if lying on that side hurts too.
  {
    text: 'Outer hip pain that wakes me every night now, sore to lie on that side',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  // Clinical shorthand: c/o, LBP, TTP, x4/52, denies, FWB, NWB, ++.
  {
    text: 'Pt 47M c/o R buttock pain radiating to back of thigh, LBP. Denies numbness',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Caller 61F c/o L lateral hip pain x4/52, TTP, denies fever, FWB',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Pt twisted on a trail run 1h ago, now NWB R leg, groin pain ++',
    top: 'any',
    redFlags: ['bone-stress', 'cannot-bear-weight', 'fall-injury'],
  },
  // A fiancée is someone else (accents and all); the rule is about her.
  {
    text: 'My fiancée has a groin ache that now makes her limp on the stairs and hurts standing still',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  // A dead leg is a bruised thigh, not the hip.
  {
    text: 'Took a knee to the front of the thigh at football, classic dead leg',
    top: null,
    redFlags: [],
  },
  // Weight lost "without changing anything".
  {
    text: 'Lost 5kg in 2 months without changing anything and my hip aches deep inside',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  // Sets 37 and 38: "zero improvement" after two months of rest.
  {
    text: 'Sit bone ache on hard chairs. Rested for two months with the exercises and zero improvement',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  // Trousers on one leg are the one-leg stance, not the deep bend of socks.
  {
    text: 'Outer hip sore when I stand on one leg (like putting my jeans on) and crossing my legs',
    top: 'hip-bursitis',
    redFlags: [],
  },
  // A hip that smashed the kerb on the bend is a fall.
  {
    text: 'Went down on the bend in spikes and my hip smashed the kerb, my leg looks shorter and turned out',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  // A fever from flu, all recovered now, is over.
  {
    text: 'Had flu in February with a fever, all recovered now. Sit bone aches on hills',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  // Bladder warnings in plain words; numb when wiping, a few words apart.
  {
    text: 'Sciatica flaring, and twice I did not realise I needed the loo till it was too late',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'wiping after the loo it feels numb on both sides of my bum, back pain and sciatica',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  // An ingrown hair is the skin's.
  {
    text: 'Sore ingrown hair on my bikini line where the shorts seam rubs, hips fine',
    top: null,
    redFlags: [],
  },
  // A relative's cancer in a sentence about a charity run is the cause's.
  {
    text: 'Race for Life for my gran (she had cancer years ago). Outer hip sore lying on that side',
    top: 'hip-bursitis',
    redFlags: [],
  },
  // Woken most nights: the night flag, even when lying on the side hurts too.
  {
    text: 'Outer hip wakes me at 3am most nights, cant lie on that side',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  // A year named and "at the time" are history.
  {
    text: 'Stress fracture in 2019, at the time I limped for weeks. Now outer knee pain at mile 7 downhill',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  // Feverish with excitement is not a fever.
  {
    text: 'Feverish with excitement for race day! Groin ache and stiff in the mornings, 58',
    top: 'hip-joint',
    redFlags: [],
  },
  // "Hip, thigh, back all fine": the knee's, not the hip's.
  {
    text: 'Pain below the kneecap when I land jumps, sore on stairs. Hip, thigh, back all fine.',
    top: null,
    redFlags: [],
  },
  // Found in review: loose words that must not raise an emergency, nor hide one.
  {
    text: 'I kept running on it until it was too late and now my hip hurts at the side',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'I ate it at mile 10 (a gel) and my hip pain was agony by mile 20',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'After the marathon I was crawling up the stairs, quads and hips in agony',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'The cold I had last week is all better, but tonight I have a fever of 39 and my hip is agony',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  // Sixth pass (sets 39 to 42): emergencies in everyday words, and their look-alikes.
  {
    text: 'Back has flared again and now both bum cheeks feel numb, like after an injection',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Lower back pain, plus trouble holding my bowels since yesterday. Hip aches too.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Sciatica again, a couple of accidents this week and my bowels are not behaving',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Left bum cheek goes numb on the hard bleachers, fine once I stand. Hip ok.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Tripped on a tree root, hit the ground and could not take a single step on that leg',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'At mile 24 I could not take a single step more, legs gone. Hip a little sore today.',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Every time I tried to put weight on it, my hip screamed. Been on the sofa since Sunday.',
    top: 'any',
    redFlags: ['cannot-bear-weight'],
  },
  {
    text: 'Came off on the ice and my leg is lying turned outwards, looks shorter than the other',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Slipped in the mud at the relay, my leg slid out sideways; inner thigh sore since',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'The pace came off on the descent and my hip ached at the side afterwards',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'My 5yo had a sniffle last week, now she is limping, has a temperature and cries if I touch her leg',
    top: 'any',
    redFlags: ['infection-signs', 'child-hip-pain'],
  },
  {
    text: 'Ran in hail and had the shivers after from the cold; a hot bath sorted it. Outer hip sore on stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'I feel numb about the whole race after missing my goal. Outer hip sore when I lie on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Could not feel my legs after the ultra, haha. Now just a sit bone ache on hard chairs.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'I was 16 when I first pulled it playing school football. I am 41 now and the front of the hip flares when I lift my knee.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'My 11yo drags me round parkrun, she is fine, no pain at all. It is my 52yo hip that aches on the outside at night when I lie on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Dad is having chemo so running keeps me sane. Outside of my hip is tender to press.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Told to rest, so I have not run at all in 8 weeks and the outer hip is no better',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'I cannot run my half in 6 weeks if this goes on; the outer hip has been sore since Tuesday',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Outer hip ache, wakes me up at about 4am most nights, even when I am lying on the other side',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Groin pain since I doubled my mileage, even walking to the bus stop is paining',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Pinch at the front of my hip when I squat below parallel, and pulling on socks',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'I do the C thing round my hip when the physio asks; deep pain sitting at my desk and squatting',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'What I would give for a pain-free run! Groin pinch when I hug my knee to my chest or sit low.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Legs wrecked after the 50k for two days, all better now apart from an inner thigh twinge stepping sideways',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'Quads battered after the fell race, front of my thighs tender mid-thigh',
    top: null,
    redFlags: [],
  },
  {
    text: 'Arch and heel ache after my morning jog on the promenade. Hip and knee no problem.',
    top: null,
    redFlags: [],
  },
  {
    text: 'My outer hip throbs at night and wakes me even when I am not lying on it',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  // A pubic bone that hurts to hop after a jump in training is now seen today (seventeenth
  // pass, docs/clinical-decisions.md); with walking said to be fine it is still not.
  {
    text: 'Sharp pain over the pubic bone when I hop, since I added a fifth run each week',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Sharp pain over the pubic bone when I hop, since I added a fifth run each week. Walking is fine.',
    top: 'stress-fracture',
    redFlags: [],
  },
  {
    text: 'Not the snapping on the outside: a click deep inside at the front, sharp when I turn to look behind me',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'Front-of-hip ache since my volume went up; it is now there when I am just standing at the bus stop',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Bum pain deep in the crease on hill sprints, and sitting on hard benches hurts',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Pins and needles down the outside of my leg into my shin this week, with my usual buttock ache',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'The outer hip pain sorted itself out last spring but now it is back, sore lying on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  // Sets 43 to 46: clinic shorthand, dictation, and the words around an emergency.
  {
    text: 'Pt 58F. Lat hip pain 5/12, 9/52 rest from running, no better. Now waking at night.',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain', 'not-improving'],
  },
  {
    text: '2/52 post R THR. R calf swollen and tender, SOB on the stairs since this morning.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Slipped on wet leaves on the club run. L leg shortened and ext rot, groin pain. ?NOF #',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: '52M, lat knee pain from 5 km every run, worse downhill, TTP lat femoral epicondyle, Ober +',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'Crashed my bike on the commute; my toes point outward and that leg looks shorter',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Landed on the edge of the mat at training, his leg is turned out and looks shorter',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Hip went getting out of the car, no fall. Have not been able to put weight through it since, hopping to the bathroom.',
    top: 'any',
    redFlags: ['cannot-bear-weight'],
  },
  {
    text: 'Sixteen miles in, something gave in my groin and I cannot put my left foot to the floor',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'bone-stress'],
  },
  {
    text: 'Not been able to pee properly since yesterday, and my lower back is sore',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'My leg keeps giving way on the stairs, like the thigh has no power in it. Buttock ache too.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'No power in my legs on the hills since Christmas, outer hip sore when I lie on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'After the triathlon the whole leg feels week and I get tingling running down to my calf on the bike',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Mum has lost a lot of weight without meaning to, and now she says her hip aches every day',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'My GP said come back if it is not better after 6 weeks. It has been 9 days. Low back stiff.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Hot flushes keep me up at night. Separately my outer hip is tender when I lie on that side.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Got a proper fever for racing this year! Outer hip tender when I lie on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'It was 25°F so I was shivering at the start line; since then a groin pinch when I squat deep',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Since yesterday I have a temperature of 38.6°C and my hip is agony',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Pulled it in the water jump at the steeple; inner thigh sore side-stepping',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'Old hip flexor strain from high school track flares whenever I add hills. 31M.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'My son hurt his hip back in high school cross country last week and is limping',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'It hurts where my bum meets the top of my leg, hard chairs at uni are the worst',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Outer hip wakes me every time I roll onto that side at night',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Deep sit bone ache four months no running still hurts on the office chair',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: 'Groin pain when I put socks and in low chairs',
    top: 'hip-joint',
    redFlags: [],
  },
  // Seventh pass: kinds of wording the unseen sets 47 to 50 showed, in our own words.
  {
    text: 'Slid down a muddy embankment on the fell race and now my left foot points outwards',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Front of hip hurts after track, I can stand on my right leg for ages, no problem at all',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Groin ache in my right leg, gets so I cannot stand on that leg for long in the queue',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Off running since early January and it is now the middle of March, sit bone still sore on the bus',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: 'Eight weeks of rest for my adductor and it still pulls when I squeeze my knees together',
    top: 'adductor-strain',
    redFlags: ['not-improving'],
  },
  {
    text: 'Nine weeks off for the hip flexor and lifting my knee is as painful as it was in week one',
    top: 'hip-flexor-tendinitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Log: Monday groin twinge at 12k. Wednesday at 8k. Friday at 4k. Upped my mileage lots.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Taper plan is 30k, then 24k, then 16k long runs, outer hip a bit sore when I lie on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Stiff front of hip that eases at 3k, at 5k and by 8k it has gone on every run',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Hobbled over the finish (hamstring cramp!) but it was gone within the hour. Outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Fingers and toes go numb and white on cold morning runs, fine once I warm up',
    top: null,
    redFlags: [],
  },
  {
    text: 'Parent of a 10yo here - he keeps limping after football and says his knee hurts',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Dad of a 7 year old, 44 myself, my outer hip is sore climbing stairs',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Anyone else get groin pinch squatting since upping their mileage? My boy is 6 so I do the school run on foot.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Knee replacement three weeks ago, now the calf on that side is hot and hurts and looks swollen',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Outer hip pain in the night, waking me several times, even lying on my back',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Arthritis in my neck and lower back; buttock ache on long walks that eases when I sit. 67.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Leg day yesterday, glutes sore in a good way today',
    top: null,
    redFlags: [],
  },
  {
    text: 'Groin pinch when I sit low on the sofa or squat down to the bottom shelf',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Running itself is fine. It aches on the outside when I sit with my legs crossed.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Ankle pain on the outside after the trail race, hip totally fine',
    top: null,
    redFlags: [],
  },
  {
    text: 'Took a knee in netball, my thigh is bruised and tender, hips fine',
    top: null,
    redFlags: [],
  },
  {
    text: 'Side-stepping at netball hurts, it pinches on the inside up by the groin',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'Elbow sore on the inside after bouldering, nothing wrong with my hips',
    top: null,
    redFlags: [],
  },
  {
    text: 'Has anyone had tingling down their leg into the foot with sciatica? Mine started Monday.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Her coach moved her to doubles; my 15yo now limps and says the front of her hip aches',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: 'Hamstring stretches pull right at my sit bone, and hard chairs too',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  // One-letter slips in the words that carry a flag.
  {
    text: 'sciatia flared again, tinglng all the way down my leg',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'the groin lump wont go back in tonight and I keep vomitting',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'shivvering all afternoon and my hip is agony',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Tight adductors after the hill session, inner thigh sore side-stepping',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'I coach a 14 year old lad who keeps limping after hurdles with a sore thigh',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'I run with my 11 year old who is quicker than me now; my outer hip aches lying on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Borrowed my 15yo's old trainers for a parkrun and now my outer hip is sore on the stairs",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "My 12 year old's knee has been sore since cross country and he is limping",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Left foot slapping on the tarmac at the end of my runs and I keep scuffing my toes. Bum aches a bit. 48F',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  // Seventh pass: kinds of wording sets 55 to 58 showed, in our own words.
  {
    text: "Cramp got loads better after the massage, but I can't take any weight on my right leg",
    top: 'any',
    redFlags: ['cannot-bear-weight'],
  },
  {
    text: "Medics say I look way better in myself, but I still can't put weight on my left leg",
    top: 'any',
    redFlags: ['cannot-bear-weight'],
  },
  {
    text: 'My 7yo has a temperature and cries if you try to bend his leg',
    top: 'any',
    redFlags: ['infection-signs', 'child-hip-pain'],
  },
  {
    text: 'U13 hurdler in our squad felt something go at the front of her hip at training',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Physio asked: any night pain, fever or numbness down the leg? None of those. Deep groin pinch when I squat.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Any numbness down your leg? Yes, into my foot since Monday, and my lower back aches',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "I've leaked a little when running ever since my first baby, pelvic floor physio is helping. Outer hip sore lying on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "New trainers (love them!) but today fever and shivers and I can't move my hip",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "Groin ache that's there when I walk to the shops, 29F, mileage up lately",
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: "Can't rise up on tiptoes on my left and the calf feels weak, lower back stiff",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "Haven't run for eight weeks and the groin click and catch is exactly the same",
    top: 'cartilage-tear',
    redFlags: ['not-improving'],
  },
  {
    text: 'Sore right on the bone I perch on in the church pew, and on hills',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Skin rubbed raw where my thighs rub together on long runs',
    top: null,
    redFlags: [],
  },
  {
    text: 'Sweats some nights, lost 5kg without trying, and my hip aches',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Ache at the pubic bone since jumping from 30 to 50 miles a week, only on runs, walking fine',
    top: 'stress-fracture',
    redFlags: [],
  },
  {
    text: 'I think I half dislocated my hip, it clunks and gives way when I turn',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'Deep groin pinch, worse the longer I sit at my desk, socks are hard',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Had ITBS last year, fully healed and running again since spring. Now a click in my groin when I pivot.',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'My 15yo runs XC and is barely eating; groin pain for a fortnight and now she limps',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: 'My racing flats are so thin now, outer hip sore when I lie on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Back went into spasm, now my right leg gives way on stairs and the front of my thigh is numb. Is it a hip flexor issue?',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Since two days I tremble with cold in the night and my hip hurts very much',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'My daughter have 12 years, she has pain in the knee after athletics',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My weight is going down without reason and the hip aches at night also',
    top: 'any',
    redFlags: ['weight-loss-or-cancer', 'night-or-rest-pain'],
  },
  {
    text: 'dropped 6kg not trying + groin ache',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'I feel so bad about skipping parkrun, outer hip still sore lying on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My lower back being stiff in the mornings, and the ache goes into my bum on runs',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Being honest the outside of my hip is tender when I lie on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Sat through the wee kirk service and my sit bone was sore the whole time',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Low back pain and I cannot do a wee properly since yesterday',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'One of our 15 year olds has groin pain and is limping at training',
    top: 'any',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: 'Outer hip wakes me at night pretty much whenever I roll onto it',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Adductor twinge from the mud, sore pushing off sideways',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'My physio asked whether I get any numbness or night pain - no to both. Tight front of hip on hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'My clubmate was stretchered off at the relays and could not walk. Mine is just a sore sit bone on hard chairs.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Stiff calves and hamstrings after the track session, gone by Thursday',
    top: null,
    redFlags: [],
  },
  {
    text: 'Had a sarcoma removed from my arm years ago; now a new deep ache in the hip',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Scared it could be a tumour lol, but really just outer hip soreness lying on it after hills',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Right hip ache since Sunday and I woke up soaked and shivering, feel awful',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Since the flight home my left calf is tight and looks bigger than the other one, warm too',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Sciatica down the right leg and wiping feels strange since yesterday',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Our greyhound cannot put weight on her back leg. Me: deep groin pinch squatting.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'As a coach I see lots of kids with knee pain; my own outer hip is sore on the stairs',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: '61, groin stiff every morning for months, shoes and socks are hard, now it wakes me at night too',
    top: 'hip-joint',
    redFlags: ['night-or-rest-pain'],
  },
  // Seventh pass, sets 63 to 66.
  {
    text: 'My clubmate snapped his femur last year, leg turned out, ambulance. My own hip is fine apart from tightness at the front on hill sprints.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Had flu in March with a fever for a few days (fine now). Outer hip sore when I lie on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Writing for Grandad, 81: the outside of his hip is waking him in the night now',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Tingling with anticipation before the marathon! Hip feels great.',
    top: null,
    redFlags: [],
  },
  {
    text: 'I coach the U14 boys, but this is for me (45M): groin pinch when I squat',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Coach of a U13 girls squad: one of my players has had groin pain for a week',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My sister is 11 and has been limping since netball, says it does not hurt much',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: '3.5 year old limping on and off this week, no fall',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Front of hip pain used to start at 10k, this week it started at 4. Upped my volume a lot.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Exhausted all the time and my periods have stopped, groin aches on long runs',
    top: 'stress-fracture',
    redFlags: [],
  },
  {
    text: '66F, stiff groin first thing every morning, socks are a struggle, and lately it wakes me most nights',
    top: 'hip-joint',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'The biggest pain in my backside is my coach changing the plan every week',
    top: null,
    redFlags: [],
  },
  // Seventh pass, sets 67 to 70.
  {
    text: 'Broke my hip in 2017 and needed crutches for two months. Now a click in my groin when I pivot.',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'Had hip surgery in 2019 and since this morning I cannot put any weight on the leg',
    top: 'any',
    redFlags: ['cannot-bear-weight'],
  },
  {
    text: "My wife's in A&E with her back, she can't stand up straight. My own outer hip is sore lying on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Night pain woke me back in May but it settled with physio. Now just a twinge at the front of the hip on sprints.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Not improving on my 10k time after 8 weeks of tempo runs, and my outer hip is sore lying on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Off running since the start of February, it is almost the end of April, sit bone still sore on hard chairs',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: 'One of my girls, 13, has groin pain and is running a bit oddly',
    top: 'any',
    // Running oddly is a changed gait, a limp: with groin pain, bone stress too (as "walking
    // oddly" and "limping" already were).
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: 'Sciatica for a week and today I wet myself a bit on a jog, never happened before',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: "Sciatica flare, and I can't tell when my bladder is full",
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Me and my 8 year old are doing the colour run. She has been limping since Tuesday.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Me and my 11yo are doing parkrun on Saturday; my outer hip aches when I lie on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'There is a little bulge in my groin when I cough, tonight it will not go back in and I have been sick',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Two months off for my IT band and it still bites on the stairs',
    top: 'it-band-syndrome',
    redFlags: ['not-improving'],
  },
  // A pet named earlier never sets an emergency aside (found by the untouched sets 51-54).
  {
    text: 'My gran (80, walks the terrier daily) tripped over its lead this morning. She is on the floor, cannot get up, and her leg is rolled out.',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: "My uncle is 60 and fit as a butcher's dog. He slid on the scree and now he literally cannot put any weight through it, his leg lying turned out.",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  // Eighth pass: kinds found by sets 51-54 and 75-78, in our own words.
  {
    text: 'Sixteen, do the 800 and 1500. Felt a pop at the front of my hip on a start yesterday',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: '13 y.o. long jumper in my squad - sore right at the front of his pelvis when he takes off',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: '10, 12 and 14 mile long runs this month and now a dull ache at the front of my hip',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Grandad has gone over on the frosty step and is lying there, his foot is pointing out at the side and the whole leg seems shorter now',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'I work as a postman. Ache on the outside of my hip, right where the bone is sticking out, worse on stairs and lying on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My daughter (14) hurt her hip at netball in the spring, all checked, and she has been fine for months. Me: 52, outer hip sore when I lie on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Tripped on a root, could not put weight on it for a few seconds, then walked it off and ran home. Just a bruise on my outer hip now.',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Came home from a 10 hour flight and my left calf is warm and huge compared to the right',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'After the long haul flight my ankles were puffy on both sides, gone the next day, no pain',
    top: null,
    redFlags: [],
  },
  {
    text: 'Went down on the icy path, hip slammed the ground, the leg just folds whenever I put weight on it',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Fell off my bike onto my hip. I have tried three times to stand on the leg and I cannot do it',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Back pain for days and I have lost feeling between my legs',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'numb in the saddle after a 90 mile sportive, gone once I got off, lower back a bit stiff',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Had a hernia diagnosed in March. Now a lump, really sore, I cannot get it back in, and I keep being sick',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Slipped at the pool, fell on my bum, only my pride is bruised severely, walking and running fine',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'groin aches on the stairs and also standing around at the bus stop, marathon build, mileage way up',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Deep ache in the hip joint since I bumped up my miles, it hurts after standing at work',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Sore on the pubic bone and now limping, after a big jump in mileage',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Pubic bone sore when I hop after upping my mileage, walking is fine',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'my toes on the left keep scuffing the ground and catching on runs lately',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "Towards the end of long runs I am dragging my right foot, it won't lift",
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Coach of a U14 girls group: any hip strength drills? Nobody is injured, just prevention.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Strained my groin jumping a stream on a trail run, inner thigh pulls when I squeeze my knees together',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'My snoring keeps my husband awake every night, ha. Meanwhile my sit bone aches on the bus seat',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'The new puppy keeps me up at night. Outer hip tender on the bony bit when I lie on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'The night feeds are what wake me, not my hip. Inner thigh pulls when I side-step',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'The only thing that wakes me is my 5am alarm. Groin pinch when I squat deep or put my socks on',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'My father beat bowel cancer in 2018 and now he has a deep ache in his hip that has been there for weeks',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'My aunt had lymphoma years ago. My own outer hip hurts lying on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Seven weeks of still running 30 miles a week through an outer hip ache and it is not getting any better',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Outer hip sore for months, used to be only lying on it, now it wakes me even when I am flat on my back',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: "I'm 16 years into running, 48F, and now a deep groin pinch sitting in the car and pulling socks on",
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Had Perthes when I was 6 and limped until I was 10. Now 40, stiff hip in the mornings and a groin ache, cannot turn it in',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Fractured my pelvis in 2019 and I am still limping, groin aches when I walk',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'I had tingling down my leg years back with a slipped disc, all fine now. This month: outer hip sore on stairs',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'She is not eating enough for her mileage and her groin aches now when she stands in the queue at the shop',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Trying to lose a bit of weight, so cutting carbs and cutting back on wine. Any tips?',
    top: null,
    redFlags: [],
  },
  {
    text: 'Pain on the bony bit when I sit on the bus, and on hill sprints. Physio thinks high hammy.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Sore in the bone where you sit, on hard benches and running uphill',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Knee tendon fully healed, now only a sore outer knee on long descents',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'Sore kneecap on the stairs and after long films. My hips do not hurt at all.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Hit the wall at mile 20, legs went limp like noodles. No pain anywhere now, hips fine.',
    top: null,
    redFlags: [],
  },
  {
    text: 'My dad is 74 and his groin aches after sitting, stiff, and he cannot rotate the hip like the other one',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Pinching at the front of my hip in deep flexion, like the bottom of a squat or a low car seat',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Slipped on the wet track and my legs went in different directions. Inner thigh sore since, worse pushing off sideways.',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'Calves sore and tight since the 8 hr coach trip home, and now I get out of breath walking to the shop',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'calf tight after the marathon, a bit out of breath on the hills this week, but no travel at all',
    top: null,
    redFlags: [],
  },
  {
    text: "I can't lift my left foot up properly when I'm tired, the toes scrape the road",
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Heart disease and cancer run in the family, so I worry. Front of hip sore lifting my knee on hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'My back goes into spasm after gardening and then my buttock aches for days',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'walking fine, no limp, just outer knee pain on long descents',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'Had foot drop from a slipped disc in 2015, the surgery fixed it and no problems since. Now outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Outer hip pain. Stopped running on 2nd March, only walking and my rehab since. It is now 25th April and it is no better.',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Outer hip pain since 2nd March. It is now 20th March and no better.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My husband has tingling down the back of his leg into his foot since Monday. I have had sciatica myself, so I know what that feels like, and this is not it.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'My 14yo cannot hop on her left leg without groin pain, and it hurts her walking to school',
    top: 'any',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: 'I coach an U14 cross country group. One of my girls has a sore knee and is running lopsided.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'my leg is numbing from the buttock to the foot and it feels like ants walking on my shin',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Outer hip hurts lying on it, and every night it wakes me 3 or 4 times whatever side',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Back pain into both leg, and since yesterday numb between legs',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Rested 8 weeks, physio and ice, and the outer hip pain continues the same on the stairs',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Pain on the exterior of the hip, on the bone, very sensible when I touch, worse crossing legs',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'I catch myself rubbing the front of my hip after long drives, deep ache, worse squatting',
    top: 'hip-joint',
    redFlags: [],
  },
  // Set 83 was written to be hard on purpose: flags in indirect words, buried mid-story.
  {
    text: 'Great race until I tripped on a kerb at mile 10. Now I cannot get my left leg to take any weight at all. Anyway, which gels do you use?',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Went down on the ice on my hip, the leg is just not having it, I have to hop to the car',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Tried to stand up from the bench after my fall and my leg just folded',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'A week after a hip injection I cannot move the joint in any direction at all',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'My 4 year old has been off colour for two days and now will not put her weight properly on her right leg',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'child-hip-pain', 'infection-signs'],
  },
  {
    text: 'Sciatica for weeks. Now it has gone numb round there when I wipe.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'low back pain, and since yesterday I stood at the toilet and nothing came',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'My foot slaps like a flip-flop and I keep tripping over nothing on my runs',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Buttock ache down the leg, and now my foot feels wrapped in cling film, with fizzing into my toes',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'The lower back ache drags me out of sleep most nights, whether I run or not',
    top: 'back-referred-pain',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'The whole office has Christmas fever. Me: outer hip sore when I lie on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Still numb after Saturday, missed my goal by a minute. Sit bone aches on hard chairs too.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Upped my miles a lot. The groin pain used to come at the end of my runs, now it starts at 2k.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Trying to be hip with new racing flats but my big toe is sore pushing off',
    top: null,
    redFlags: [],
  },
  // Set 90: time told by the days people date things by.
  {
    text: 'No running at all since Bonfire Night, just my exercises. We have just had Burns Night and the outer hip is no better lying on it.',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Rested completely since Halloween. It is January now and my buttock ache is the same as ever.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'The Christmas marathon is my goal. It is October now and the outer hip is no better after a week off.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Resting since Halloween, if you count 35 miles a week as resting. Outer hip still sore lying on it, and it is January now.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Front of hip. I am up at 3 with it most nights now, since I added doubles to my training.',
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'Outer hip pain woke me for a week back in April, bursitis, had an injection, gone ever since. Now just an inner thigh pull when I change direction.',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'Periods stopped months ago and mileage up every week. Groin aches even on the short walk to the bus.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  // Sets 88 and 89: look-alikes that borrow alarming words, and ages said indirectly.
  {
    text: 'Caught a bad case of ultra fever and booked two 50ks. Front of my hip niggles lifting my knee on hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Legs buzzing from the adrenaline after that downhill finish, no injuries at all',
    top: null,
    redFlags: [],
  },
  {
    text: 'Just numb after that DNF at mile 22. Hips were fine, it was my stomach.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Sciatica with tingling down my leg in 2021, physio sorted it and not a twinge since. Which shoes for a first marathon?',
    top: null,
    redFlags: [],
  },
  {
    text: "My neighbour's 9yo has Perthes and is on crutches, which worried me. Mine run at the club and have no pain.",
    top: null,
    redFlags: [],
  },
  {
    text: 'Sat in A&E with my dad who slipped on the ice, he could not stand on it. My own legs are fine, just tired.',
    top: null,
    redFlags: [],
  },
  {
    text: 'My marathon block sort of limped along through the holidays. No injuries, just unfit.',
    top: null,
    redFlags: [],
  },
  {
    text: 'hs sophomore on the track team, front of my hip hurts when I lift my knee in drills',
    top: 'hip-flexor-tendinitis',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My son is 19, a sophomore on his college team, and his groin clicks when he pivots',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'Doing my GCSEs this year. Limping for a week and my thigh aches, no injury.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My daughter (Year 10) has had pain on the outside of her hip after cross country for weeks',
    top: 'hip-bursitis',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Our 14-month-old fell off the bed this afternoon and cries if we stand him up on his left leg',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'child-hip-pain', 'fall-injury'],
  },
  {
    text: 'Our toddler has been limping since yesterday, no fall, no temperature, playing normally',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Foam rolling every night, outer knee pain at 4 miles downhill. 35F, aunt of a very sporty 15yo who never gets hurt.',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  // Set 87 and 88: more flags said indirectly.
  {
    text: 'Stopped my runs at the start of the school summer holidays. The kids are back at school now and the front of my hip is no different.',
    top: 'hip-flexor-tendinitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Had prostate treatment some years back, all fine. This month my lower back and hip ache on and off.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'I had breast cancer in 2019, and I do Race for Life every year since. Now a new deep ache in my hip, even on rest days.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: '62F, wear and tear in the hip, and it has started rousing me at 2am with a deep throb in the groin',
    top: 'hip-joint',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'My hip wakes me before the alarm does these days. Deep groin ache. 60M.',
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'Up at night with the baby so no sleep. Hip-wise: groin pinch in deep squats and sitting cross-legged.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Had a tumble on the trail, 70M. Tonight in the bath my right foot points off to the side and my knees do not line up.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Two weeks after my knee replacement the calf on that side is warm and fat compared to the other one',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Sciatica flare, and the saddle area feels numb like after a long ride, but I have not been on the bike for a week',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Low back and buttock. Since the clocks went back I am awake at 4 with it most nights and have to walk about until it eases.',
    top: 'back-referred-pain',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Took our 10 year old to the county champs, she was fine during but now she is limping and says her knee hurts',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Our 2yo fell off the slide this afternoon and now cries if we try to stand her up',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'child-hip-pain', 'fall-injury'],
  },
  // Sets 91 to 94.
  {
    text: "Our eldest is 11 and fell off the climbing frame this afternoon. Says her knee hurts but she won't stand on that leg at all.",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'child-hip-pain', 'fall-injury'],
  },
  {
    text: 'Slipped on ice on Sunday, 72M, hip a bit sore, nothing dramatic. Cannot really put any weight on it, using the wife’s walking frame lol',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'My brother cannot bear weight on his bad ankle some mornings, that is him. Mine is an outer hip ache lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Woke up and my hip just will not move, cannot lift it at all. No fall. Feeling a bit off and clammy.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Drove 8 hours in the car to the race. Calf fat and sore since, and now puffed out on the stairs.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Shivering in the start pen in a bin bag, teeth chattering. At mile 10 a sharp catch in the front of my hip when I twisted.',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'After the flight both my ankles and legs were puffy, gone the next day. Outer knee pain at 6k on downhills.',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'I have noticed she holds her hip walking to school. My daughter is 8.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Doesn’t hurt walking, standing or at night, only the front of my hip on hill sprints',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Hip pain for 3 months, stopped running 8 weeks ago and if anything it is worse. Down 5kg without trying.',
    top: 'any',
    redFlags: ['not-improving', 'weight-loss-or-cancer'],
  },
  {
    text: 'The physio said 6 weeks of rest. It has been 2 weeks and my sit bone still aches on hard chairs.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: '67, I hobble the first few steps after a long drive, then it loosens off. Stiff mornings, groin ache.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Cannot stand on my left leg to put my jeans on, sharp groin pain, mileage doubled',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  // Sets 95 to 98.
  {
    text: '2yo fell off the sofa, crying on and off, and he will not stand, just sits down if I put him on his feet',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'child-hip-pain', 'fall-injury'],
  },
  {
    text: 'I carry my 14-month-old on my right hip all day and now the outside of that hip is tender to press',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Back from a 12 hour flight, my left calf is fatter than the right and hot',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Slipped on the towpath. Every time I try to put my foot down the hip goes white hot and I nearly keel over.',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Sciatica for a week and now my bum and bits feel like they have been to the dentist',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Nearly wet myself laughing at the club quiz. Me: a clunk in the front of my hip when I twist.',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'Our lab (10) has hip dysplasia, so I run alone now. Outer knee pain at 7k on the cambered towpath.',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'Deep groin pinch when I bring my knee to my chest, the physio test made me jump. Deep squats too.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'I run with my grandson (9) at junior parkrun. My problem: a stiff hip in the mornings and groin ache, 70F.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'My son of 8 years has been limping since yesterday and his thigh hurts',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Lower back stiff and the pain goes into my buttock and down the back of my leg. No numb feeling.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Our 7yo keeps waking up crying with achy legs, in the thighs and behind the knees',
    top: 'any',
    redFlags: ['child-hip-pain', 'night-or-rest-pain'],
  },
  {
    text: 'My 6yo had an irritable hip last month. It settled within a week and he is running round fine now.',
    top: null,
    redFlags: [],
  },
  // Ninth pass: the kinds the eighth pass's untouched sets found, in our own words.
  {
    text: 'My 13 year old had a sore hip in May, it cleared up in a few days. Which spikes for the track?',
    top: null,
    redFlags: [],
  },
  {
    text: 'Both my feet swell up after long haul flights, no pain, fine by the evening. Race went well!',
    top: null,
    redFlags: [],
  },
  {
    text: 'Right calf swollen since the long flight home and my ankles are fine.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'I used to get bad night pain in the groin before my resurfacing. Now pain free and racing 10ks.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Had a Ewing sarcoma as a teenager, fine since. Now 30 and my hip aches on runs.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'breast ca 2019, now 56, outer hip ache running',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Grandad 84 had a new hip in spring, today he is hot, shaky and muddled, hip very sore, temp up',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Fell at the track, heard a crack in my hip and I no fit waka at all, pain 9/10',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Lump near my groin (right side) that used to go back in when I lay down, now it will not go back and I keep being sick',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Low back and both buttocks ache. Since this morning I go to the loo and hardly anything comes out, I have to strain.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Outer hip ache for months, now it wakes me every night like an alarm going off.',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Sit bone pain on hard chairs. I did not run for 3 months and it is exactly the same, nothing changes.',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: 'My 15 yo daughter tweaked her hamstring in the relay, sore at the back of her thigh',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My son (11) has sore heels after football. Knees and hips no pain, walking normally.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Theres a ping pong ball in my groin that usually goes back when I lie down. Not tonight, and it really hurts.',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Flew back from Perth yesterday and my left calf is warm, fat and tender to touch',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Been in a walking boot for a month with a broken toe, now my calf is swollen and sore',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Side of my hip is red, hot and puffy and I feel rotten, like flu coming on',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'My bum cheeks and the bit between feel numbish today, and my back is killing me',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Back pain for a week and since lunch an inability to pass water',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Miss 11 has a sore hip after netball and is limping a little tonight',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My pikin wey be 8 dey limp since yesterday, e say e thigh dey pain am',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Groin ache, it starts at mile 2 instead of mile 9 now',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Night sweats (the menopause, joy) and my outer hip is sore on the stairs',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Back in April I had flu with a temperature, all fine now. Outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My legs were cut after the 10k, could not get up off the sofa lol, nothing else wrong',
    top: null,
    redFlags: [],
  },
  {
    text: 'What worries my husband is that I have lost 6kg without any change to my diet. Hip aches.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Outer hip ache 3 months, rested and did the rehab, no relief at all',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Front of my hip hurts now even when I walk the dog, it used to be only on long runs. Upped my miles a lot.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Groin niggle, I notice it standing in the queue at work now. Big jump in mileage this month.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Froze my hands off on the long run, could not feel my toes at the end either. Outer knee sore at 8k as usual.',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'Outer knee pain, four months, rested for 7 weeks, tried a run again and it came back at 4k',
    top: 'it-band-syndrome',
    redFlags: ['not-improving'],
  },
  {
    text: 'Used to wake at night with the outer hip but since the physio that has stopped. Just sore lying on it now.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Went numb roon ma bum yesterday and ah am bursting but nothing is coming',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Slipped on the trail and landed on my hip, cannot take a step without the leg giving way',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Sore low back and buttocks, and today I wet myself, did not feel I needed to go at all',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'My hernia has decided to stay out since the race and I chucked up my breakfast',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Tackled at touch rugby and landed on my hip, it is the most pain I have had in my life',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'My buddy crawled to the bathroom after the ultra, we laughed for weeks. My outer hip aches on stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Crawled under the bed for a lost sock this morning. My outer hip is sore lying on it at night.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: '52 and well into the menopause. Night sweats every night. Outer hip sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Numb patch on my outer thigh since a c-section years ago, nothing new. Front of hip sore lifting my knee.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'The groin pain from the last month of training is so bad I cannot stand on the leg',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'bone-stress'],
  },
  {
    text: 'My 11 year old has been limping for a fortnight and says his knee hurts, not his hip',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My 12 year old has a sore bump below his kneecap after football, Osgood-Schlatter?',
    top: null,
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Burning up and shivering since last night, and my hip will not let me bend it. No fall.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Chafed groin went red hot and the redness is spreading, 38.9 fever tonight',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'He could not push the lump back in after the race like he normally does, and he keeps retching',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Knee scope a week ago, now my calf is tender and fatter than the good side',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Back pain, reduced saddle sensation and urinary retention since this morning',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Could not bear the weight of the medal lol. Sit bone sore on the flight home.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Hot and swollen... my ankle after a bee sting at the race, fine now. Real question: outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Had glandular fever back in the spring, fully recovered. Front of my hip sore lifting my knee.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: '15 and play for the boys academy, my groin hurts when I kick',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Sit bone ache on the car seat. Stopped running, a month and a half of rest, still sore.',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  // Tenth pass: the kinds the ninth pass's untouched sets found, in our own words.
  {
    text: 'My hernia lump popped out on the tempo run and stayed out and stuck, feeling sick now',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Groin bulge, usually slides back in when I lie flat but tonight it will not. It has gone very firm.',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Kissed the pavement on black ice. Hip hurts like hell and my foot looks turned out to the side.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Got clipped by a car at the crossing, tried to stand but the leg would not have it',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Low back went lifting the sofa, and now pins and needles round my back passage',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Sciatica down my right leg, and this morning an accident (bladder) I never felt coming',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Sciatica since Friday and sitting on the toilet feels strange, sort of numb',
    top: 'any',
    redFlags: ['cauda-equina', 'nerve-symptoms'],
  },
  {
    text: 'Emergency caesarean two weeks ago, now my left calf is swollen, sore and warm',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Posting for my 15yo swimmer, her groin catches and clicks when she kicks off the wall',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'I coach U14 boys rugby. One of ours has limped off with a sore thigh',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'I am 16 and a half and the outside of my hip aches after hockey',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Mum of an 11 year girl, she is limping after netball and says her knee hurts',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Our 9 year old spaniel limps after long runs. I am 52, no pain myself.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Night sweats since I stopped my HRT. Otherwise my outer hip is sore on stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Had a fever a month back, fully over. Sharp outside knee at 6k, worse downhill.',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'Toes go numb because of the cold on winter runs, always have since I was a kid. Hip is sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Deep front hip ache that shows up sooner every run since I doubled my miles',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Outer hip pain since eight weeks, rest and exercises, nothing improve',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Fell off the kerb and now cannot get from the sofa to the bathroom unless my partner carries me',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'A man collapsed at the water station, he tried to stand up twice but cannot, hip agony',
    top: 'any',
    redFlags: ['cannot-bear-weight'],
  },
  {
    text: 'Four weeks after my hip replacement the wound is weeping and angry, and I feel rotten',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Back pain into both hips, and I have not managed to wee since this morning though I am desperate',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Buttock ache from my back, and now my shin feels like cardboard and my foot fizzes all day',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Front of hip aches even just standing in the kitchen since I doubled my mileage',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'My 8 year old has a sore knee and cannot walk to the car even with me holding him up',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'child-hip-pain'],
  },
  {
    text: 'Not the outside, the front. Hurts when I lift my knee to climb into the van.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Plantar fascia sore in the mornings. Hips and everything else are fine.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Swerving a dog on the towpath I felt a pull high in my inner thigh, sore squeezing my knees together',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'Aboot 8k the ootside o ma knee goes sharp, worse comin doon hills',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'Hamstring-end pain at the sit bone since Easter and it is now August. Rested, did the rehab, still stabs on hills.',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: 'Outer knee started when the clocks went back and we are nearly at Christmas now, still the same on every run',
    top: 'it-band-syndrome',
    redFlags: ['not-improving'],
  },
  {
    text: 'Since Easter, and here we are at the summer solstice, no better. Sore right at the sit bone on hard seats.',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: 'Back pain for a month and now my big toe will not lift, it just flops when I walk',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Bum ache from my back, and the top of my foot feels like it is wearing a thick sock, numb-ish, like it belongs to someone else',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Lost 5kg in six weeks and nothing changed in my training or food. Outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Deep groin throb that keeps getting me up at night since I added doubles',
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'My grandson, 14, has a tender spot on the outside of his hip after athletics',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Friends say I am walking like a pirate. Groin pain since my mileage jumped.',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Went over on my ankle on the fell descent and I cannot put any weight on it at all',
    top: null,
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Blister on my heel went septic, a red line going up my calf and I have a temperature of 38.5',
    top: null,
    redFlags: ['infection-signs'],
  },
  {
    text: 'Sciatica all week and since this morning I cannot control when I need to pee',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Bladder leaks when I sneeze, since my second baby, nothing new. Low back ache into my buttock.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'I turned 16 last week. Outer hip sore when I lie on it after netball.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Got my licence after turning 18 in March. Sit bone ache on the drive to college.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'I was a skinny 13 year old with knee pain that turned out to be my hip. Now 35 with a groin pinch squatting.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Took a big hit on the side of my hip in the scrum, severe pain, limping',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Wakes me at 2am even when I lie on my good side, outer hip, for the last month',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Waking up sweaty since the heatwave, the bedroom is an oven. Front of hip sore lifting my knee.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Flew home from Sydney and now my right calf is hot, swollen and tender',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: 'Shin pain is finally gone, but now I have a deep ache in my groin on runs that aches sitting on the sofa in the evening too',
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'PMH ca prostate 2019. R outer hip pain on stairs and lying on it.',
    top: 'hip-bursitis',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'LBP into L buttock, P&N in L foot since Monday',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'My partner has had sciatica for a week, and today he cannot feel the toilet paper when he wipes',
    top: 'back-referred-pain',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'My 3 year old will not stand on her left leg this morning, cries when she tries. She had a cold last week, no fever now.',
    top: 'hip-joint',
    redFlags: ['cannot-bear-weight', 'child-hip-pain'],
  },
  {
    text: 'Granddaughter, 11, has started walking with her foot turned out and says her knee aches',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'The bulge in my groin usually tucks itself away after a run, today it will not tuck and I keep retching',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Grandad fell in the garden and every time we try to get him up he goes back down, hip agony',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Twisted on a root, my friend had to piggyback me to the car park, hip pain',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Missed the last step at home. Her leg looks shorter and the foot rolls out sideways.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'After the long-haul flight my right calf feels like a sock two sizes too small and it is warm',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: 'Disc flared last week, and I sat in a scalding bath, my bottom went red and I had not felt it',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Back and buttock ache, and this week my urine is slow to start and I have to press on my tummy to finish a wee',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Front of hip ache that now follows me round the shops since I upped my mileage',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Outer hip sore, and even lying on the other side it still gets me up at 4',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Mum of a 6 month old, back running. Low back ache into my buttock when I lift the car seat.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Night sweats when the flat heating is on full blast. Front of hip sore on hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'My young one is 15 and gets a sharp pain on the outside of her knee on long runs',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My hip front side have pain when I walking, since I increase my running very much',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'My 10yo son ran his first race, so proud. I sat in the cold stands watching him and now my sit bone aches, same as after hill repeats.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Trip over a tree root on the towpath and now unable to wt bear on the right, hip agony',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Took a spill on the fell race descent, landed on my hip and the pain is savage, worse than labour ever was',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Gran cannot get from her chair to the commode today and it took three of us lifting her, she keeps rubbing her groin',
    top: 'any',
    redFlags: ['bone-stress', 'cannot-bear-weight'],
  },
  {
    text: "Scraped my shin on a rock, the red patch round the scrape is getting bigger and spreading towards my knee, and I'm shivering with a temperature",
    top: null,
    redFlags: ['infection-signs'],
  },
  {
    text: "Felt a pull in my groin on the leg press, and now there is a lump that's firm and won't go back in even lying flat",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Sciatica down my left leg for a week and the skin round my backside feels like rubber',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Bad low back into the buttock and my bladder is not emptying properly since Monday',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: "Came off my bike at the roundabout and landed on my hip, it's fierce sore, a proper 9 outta 10",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'L inguinal swelling, irreducible 2h, tender',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Ankle op 8 days ago and my calf on that side looks chunkier than the other one',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: 'Both legs achy from the back and now the private area is numb when I wipe',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'cant feel my bottom and my back is in bits',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: "Hernia came out at parkrun, I usually push it back but it won't go now and it's sore",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'My 8 year old son has had a cough and a temperature since Monday and now he is limping on his right hip',
    top: 'any',
    redFlags: ['infection-signs', 'child-hip-pain'],
  },
  {
    text: 'Knee scoped 9 days ago, the calf on the op side is now fat and hot',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: 'My grandson is nine and keeps favouring his right leg, says the top of his leg hurts',
    top: 'any',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: "Our boy (3) won't walk properly today, favouring one leg, no fever",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Pt 50F, L S1 paraesthesia sole of foot, LBP',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'My leg has gone fizzy and dead from the buttock to my toes since I hurt my back',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "My left calf won't let me get up on my toes and the pain runs from my bum down my leg",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "I have a limp now and I've been running double the mileage since the spring",
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'My weight keeps reducing without any diet, and my hip aches',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'About 6kg lighter since the summer without trying, groin aches',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Trousers hanging off me, no idea why, and my outer hip hurts on stairs',
    top: 'hip-bursitis',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: "Mum had cancer in her pelvis years ago so I'm nervous, but my hip just hurts on the outside when I lie on it",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Asking for my husband: his mum had breast cancer so he worries, but his outer hip pain is from lying on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Sleeping in the armchair because my buttock and low back ache won't let me lie flat",
    top: 'any',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Up at 3am again pacing the landing because my buttock aches',
    top: 'any',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: "8wks of physio for my outer hip and it's exactly the same",
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Two months of rehab on my sit bone, done all the exercises, nothing',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: 'Groin pain with clicking 10/52, failed physio',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'Broke my leg when I was about 9 and spent weeks on crutches. Now 35, my outer hip is sore on stairs',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'When I was 10 I dislocated my hip falling off a wall. Fine for decades, now my groin is stiff in the mornings',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Knelt on the floor at the school play and got pins and needles in my foot, gone as soon as I stood up. Hip flexor sore on hills',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Long sportive yesterday, numb bits from the saddle for an hour, fine now. Lower back stiff today',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Laughed so much at the party I nearly wet myself! Front of hip sore on sprints',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Had tingling down my leg from a disc years ago, it went after a few months. Now just a stiff low back after long runs',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: "Outer hip pain for 8 weeks but it's on the mend, improving each week",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "My groin was waking me at night in March but it doesn't anymore, just stiff after sitting",
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Outside of my knee starts hurting earlier each run, 5 miles then 3 then 1',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'Night feeds with the baby, hardly sleeping. Outer hip sore lying on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Ten days after his hip replacement his calf is hot and swollen',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: "Physio here - a hurdler in my squad had a tight hamstring, now she's getting tingling down the back of her thigh into her heel",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'My son is in class 9 (14 yrs), he has pain at the side of his hip for a week',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Just turned 16. My groin catches when I change direction at hockey',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "People at parkrun say I'm running wonky. The front of my hip has ached since I doubled my runs last month",
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'On a diet for racing weight, eating as little as I can. Groin aches and now I get it walking to the bus',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'My mum had lymphoma and so did I, ten years ago. Now my outer hip is sore on stairs',
    top: 'hip-bursitis',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Wakes me at 4 every night, and it is not because I lie on it, I lie on my back and it still aches in the groin',
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: "My big toe feels permanently asleep and there's pain from my buttock down my leg",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'My 13 yo pulled something halfway down the back of her thigh at sports day, big bruise now',
    top: null,
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Lump in my groin that doesn't go back in, the GP said it's a lipoma, no pain at all",
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Sciatica from an L4/L5 bulge, pain from my buttock down my leg for a month',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Buttock pain referring into the back of the thigh, SLR positive, worse sitting',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'My left leg feels weak and it gave way on the stairs twice this week, buttock aching',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "18 now and at uni. I had the same groin ache in class 12 and it went with rest; it's back after sprint training",
    top: 'any',
    redFlags: [],
  },
  {
    text: "Ten physio sessions for my sit bone pain and it's no better, still can't sit through a film",
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: 'Slipped on wet leaves last week, got straight up, no pain at all. Different thing: my groin is stiff in the mornings and putting socks on is hard',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Took a tumble off the treadmill, zero pain, just pride. My outer hip hurts lying on it though',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Slipped on the ice and got straight up, but tonight I can't put any weight on my left leg",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: "Slipped on ice yesterday, totally fine at first, but now the groin pain is the worst I've ever had",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Outer hip slowly getting worse over 8 weeks, physio no help',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Lost 3kg since I upped my mileage, idk why my outer hip hurts on stairs',
    top: 'any',
    redFlags: [],
  },
  {
    text: "Grandad is 84 and tripped over the dog yesterday, he's up and about but limping and it hurts in his groin every step",
    top: 'any',
    redFlags: ['bone-stress', 'fall-injury'],
  },
  {
    text: "I'm 71, slipped on wet leaves on my jog this morning and landed on my hip. I can walk but I'm limping",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Had bowel cancer three years ago. Fell off the kerb on my run and now limping on that hip',
    top: 'any',
    redFlags: ['fall-injury', 'weight-loss-or-cancer'],
  },
  {
    text: "I'm 48, tripped on a root and I'm limping a bit on that hip",
    top: 'any',
    redFlags: [],
  },
  {
    text: "Shivering with my teeth chattering all night even with the heating on full, and now my hip hurts so much I can't move it",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Froze at the start line in the rain, teeth chattering, then ran a PB. Outer hip sore on stairs since',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Graze on my knee from the trail fall has gone red, hot and swollen and I've got a temperature of 38.5",
    top: null,
    redFlags: ['infection-signs'],
  },
  {
    text: "Husband, 58, back surgery last month, says he has numbness around his bottom and groin and he isn't sure if he has passed urine today",
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Gran slipped on the path, she screamed when she put her foot down and her leg is turned out to the side',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: "My grandad has a 'rupture' in his groin that he usually pushes back in himself, but today it won't go and he's been sick",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: "My 3 and a half year old is limping on the right leg since yesterday and won't say why",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Deep groin ache with clicking, 5/12 despite rest and physio',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'Sit bone ache that has been building for four months even though I stopped hill reps',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: 'Outer hip sore for three months. I do the physio exercises and rest but nothing is better',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Nothing is better than a long run on a Sunday. Outside of my hip is a bit tender on the stairs',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My mother is 70, her hip pain is more in night and she cannot sleep',
    top: 'any',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Up to the loo way more at night since I started drinking electrolytes. Glutes tight after long runs',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'I read somewhere about night pain being a red flag, but mine only hurts when I lie on the sore outer hip',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Had a nasty bout of flu in January, temperature of 39 for days, all gone now. Outer hip sore on stairs',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Marathon in 30 degrees, it was feverish out there. Since then a pinch in the front of my hip when I squat',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'bilat ankle swelling after long haul flight, no calf pain. R outer hip sore lying on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'night sweats (meno), outer hip pain going up stairs',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Dad (67) has a mate from the harriers who just got diagnosed with prostate cancer, so he's rattled. His own thing is a stiff groin first thing that eases after a walk",
    top: 'any',
    redFlags: [],
  },
  {
    text: 'My 8 year old has been limping since yesterday and says the top of his leg hurts. No fall and no temperature.',
    top: 'hip-joint',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: 'Our daughter is 10 and has been limping for a week, no knock that we know of, says the front of her thigh aches.',
    top: 'hip-joint',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: 'My 15 year old sprinter felt a pop at the front of her hip coming out of the blocks and is limping now.',
    top: 'hip-flexor-tendinitis',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: 'My 16 year old runs cross country, his groin hurts walking between lessons and he has started limping.',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: '14 year old runner, front of hip pain getting worse every session and a limp after training.',
    top: 'any',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: 'Nil night pain, nil numbness. Outer hip sore lying on it and going up stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Thinking about the last mile of that race still gives me the shivers. Front of my hip is sore when I lift my knee into the car.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Gymnast, 12, her lower back aches after backbends and now it goes into her buttock and the side of her hip.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Ma lassie's 11, she's been limpin since the weekend an says her knee's sair.",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Grandad's 84 and slipped in the garden. He's in a lot of pain in the hip but got to the sofa with my help.",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'My uncle is 61. Since the summer he is losing weight, not eating well and always tired, and his hip aches.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'I train for half marathon, increase run a lot this month. Hip front deep pain, walk also pain. Night lie in bed also ache.',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'Since 3 months I have pain in my buttock. I did the rest, the physio, everything. It is the same.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'Inner thighs raw after the sticky long run, and my groin crease was bleeding a little in the shower. Stings so much.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Sharp pain under my ribs on the left whenever I run after a big lunch. My hip and tummy are fine o.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Felt a sharp pull in the middle of the back of my thigh on the track, bruised now. Glutes and sit bone no pain.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Back of both heels sore after training. Knees and hips no pain.',
    top: null,
    redFlags: [],
  },
  {
    text: 'My 12 year old has been limping since Saturday and says his thigh aches, though he was happily kicking a ball about in the garden yesterday. No fall.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My 14yo son has had a sore knee for a month and now walks with his left foot turned out.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My twins are 9. One of them has had a limp since Tuesday and says the top of her leg is sore.',
    top: 'hip-joint',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: 'Grandad is 80, an ex fell runner, and his hip has been stiff for years. Now the ache wakes him every night whichever side he lies on.',
    top: 'hip-joint',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'I have pain in the bone of sitting when I sit in the car and when I run up hills, two months now.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Pain on the bone I sit on, worse on hard chairs and hill reps. Everyone keeps saying sciatica but I have never had pins and needles, nothing goes down my leg and my back is fine.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: "Always been skinny and can't put on any weight whatever I eat. The front of my hip aches more each run and now walking to work hurts.",
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: "Had breast cancer eight year ago, all clear. Ma hip's been achin fer six weeks wi nae reason. Ah'm no feelin ill though.",
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Menopausal, 51. Night sweats most nights and hot flushes. Could the sweats be linked to my outer hip ache when I lie on it?',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Had tonsillitis with a high temp in March, all fine now. Since April a deep ache at the sit bone on long drives.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'On the downhills I basically have to hop, the outside of my knee goes sharp at about 5k.',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: "My groin aches and I can't walk on it without limping.",
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'My husband is 61, he has lost 7 kg since spring, he is not on diet and eats normal, and his hip aches.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: '16 and running cross country. The outside of my knee gets sharp on the downhills.',
    top: 'it-band-syndrome',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Son is 4, hot to the touch since last night and won't let me move his right leg at all.",
    top: 'any',
    redFlags: ['infection-signs', 'child-hip-pain'],
  },
  {
    text: "Had chemo for lymphoma three years ago. Slipped on a wet step today and landed on my hip, it's really sore, 8/10, but I can walk.",
    top: 'any',
    redFlags: ['fall-injury', 'weight-loss-or-cancer'],
  },
  {
    text: "He's 18 months and has been limping since his nap, no fall, no temperature.",
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Our wee one is in P2 and has been limping for a week, says the top of her leg is sore.',
    top: 'any',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: 'She is a week off her 18th birthday. Outer hip sore lying on it and on the stairs since she upped her running.',
    top: 'hip-bursitis',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My son has completed 15 years and plays cricket. Pain in the groin when squatting and sitting cross legged.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: '62F groin pain and stiffness 5/12, progressive despite HEP and analgesia.',
    top: 'hip-joint',
    redFlags: ['not-improving'],
  },
  {
    text: "Glute tendon pain since last Christmas and still no better. I've rested, done the loading programme, the isometrics, the bands, the lot. It's May.",
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: "Down 5kg in two months and I haven't changed a thing, same food, same mileage. Outer hip sore lying on it.",
    top: 'hip-bursitis',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'My daughter 12 knee sore and limping since Saturday, no fall',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'gran had bowel cancer my groin aches after long runs',
    top: 'any',
    redFlags: [],
  },
  {
    text: "I'm nervous because my sister had lymphoma, but honestly my outer hip just hurts on stairs and lying on it. 48, otherwise well.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'no periods 5 months groin pain when I walk',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'not eating enough increased mileage front of hip pain standing',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'front of hip really sore and a high temperature since lunchtime',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Racing in the high temperatures this week, outer hip a bit sore after',
    top: 'any',
    redFlags: [],
  },
  {
    text: "My nan is 84. She wouldn't let the nurse move her left leg this morning, she keeps holding her hip and she's not herself.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'outer hip aches at night even lying on other side',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: "Grandad's 75, gave up parkrun and now just walks the dog. His hip aches in bed at night and it's keeping him awake.",
    top: 'any',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'My 11 year old pulled the middle of the back of his thigh at football, hip fine',
    top: null,
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Pulled the back of my thigh halfway down doing hill sprints. Nothing at the buttock or the hip at all.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Had trochanteric bursitis in 2021 and it fully cleared with rehab. What should I keep doing to stop it coming back?',
    top: null,
    redFlags: [],
  },
  {
    text: 'My waist pack strap rubs the front of my hip raw on long runs, no pain otherwise, just the skin',
    top: null,
    redFlags: [],
  },
  {
    text: 'My wife gets a deep ache right where she sits on hard chairs, worse since she started hill reps',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: "Dull ache in my left buttock that spreads into the back of my thigh when I'm driving or bending over",
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Bruised my hip falling on ice in January, it went completely after a week. Now my shin hurts on runs.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Put on weight over lockdown and started running again a couple of months ago; the front of my hip aches after runs',
    top: 'any',
    redFlags: [],
  },
  {
    text: "Back and buttock pain since the summer, it's now December. Seen the physio 7 times, no better.",
    top: 'back-referred-pain',
    redFlags: ['not-improving'],
  },
  {
    text: 'Is this linked to my hip? My heel kills for the first few steps in the morning.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Brain went completely blank at the start line. Outer hip tender over the bony bit and sore lying on it at night.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Our 5 year old woke up screaming, she won't stand on her left leg at all and cries if I try to bend her hip. Hot and floppy, temp 39.",
    top: 'hip-joint',
    redFlags: ['cannot-bear-weight', 'infection-signs', 'child-hip-pain'],
  },
  {
    text: "My son is 11. He was jumping on the trampoline, no fall, and now he won't put his right foot down and is hopping everywhere.",
    top: 'hip-joint',
    redFlags: ['cannot-bear-weight', 'child-hip-pain'],
  },
  {
    text: "My 9 year old has had a limp since yesterday and says the front of her hip hurts, I'm wondering if it's just a pulled muscle from football.",
    top: 'hip-joint',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: 'My best mate just got diagnosed with a stress fracture in her femur. Mine is different: front of my hip sore lifting my knee on hills. Walking, standing and hopping on that leg are all fine.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'A guy at parkrun told me to hop to check for a stress fracture. I can hop fine no pain. Just the front of my hip is sore when I drive my knee up on hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Was told it was sciatica but now my left thigh keeps buckling going downstairs and I cannot straighten the knee against my hand. Never felt so weak.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'I begin running 2 month ago for health. I run every day now, before 2 times in week. Pain in groin when I walk to bus, and in night also pain.',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: "Mum is 74 and had breast cancer eight years ago. Her groin aches at night now and she's lost weight without trying. Dad says it's only her arthritis.",
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain', 'weight-loss-or-cancer'],
  },
  {
    text: 'Heel is killing me first thing in the morning, arch tight. Hips are sweet, no worries.',
    top: null,
    redFlags: [],
  },
  {
    text: "Went over on my ankle on the way home, it's huge and I can't put any weight on it. Hips fine. I've been injury-free since my hip flexor strain in 2020.",
    top: null,
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Coach told me to try hopping on the bad leg, it made me yelp deep in the groin. Went up to doubles last month.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: "Physio thinks it's radiculopathy. Ache in my buttock and the back of my thigh, and the side of my foot has gone numb this week.",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'After long runs the ache sits in my low back and spreads across my right buttock, worse sitting in the car. Nothing down the leg.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: "MRI showed a stress reaction in the femoral neck last week. I'm on crutches as told, but the groin still aches hobbling to the kitchen. Upped my miles a lot before it.",
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'I thought it was my IT band at first, but since the weekend the pain shoots from my buttock down the back of my leg and two toes have gone numb.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "Great 10k today! The old bursitis from last year didn't make a peep. Quads a bit sore, that's all.",
    top: null,
    redFlags: [],
  },
  {
    text: "Quick question, not an injury. I'm 45 with no pain anywhere, but my mum had a hip replacement and my dad has arthritis. Should I be doing strength work to protect my hips?",
    top: null,
    redFlags: [],
  },
  {
    text: "My clubmate was diagnosed with a femoral stress fracture last week and I'm spooked. I feel totally fine myself, no pain, no limp. Is there anything I should watch for?",
    top: null,
    redFlags: [],
  },
  {
    text: "My husband's groin hurts when he walks since he upped his miles. I'm fine, no pain.",
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: "My daughter is 7 and limping today. Me, I'm totally fine, no pain",
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Since this morning I have had no control over my bladder, and my lower back has ached for a week after lifting the sofa.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: "I've had stress incontinence since my first baby, been like that for years. The front of my hip hurts when I lift my knee on climbs.",
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'I leak a little bit when I jump or cough, nothing new. The outer hip is sore when I lie on it and on stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Breastfeeding my 3 month old round the clock and the weight is dropping off, the health visitor says that's normal. Outer hip is tender over the bony bit after parkrun and on stairs.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My hip is seized since I woke up and I cannot move it for the pain. No fall, no temperature.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'The ache deep in my groin has gone from kicking in at 12 km to 4 km in two weeks, since I jumped to six runs a week.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Our 14 year old felt something twang halfway down the back of his thigh at the sprint finish.',
    top: null,
    redFlags: ['child-hip-pain'],
  },
  {
    text: "My 12 year old says his knee hurts and he won't put weight on that leg this morning, no fall.",
    top: 'hip-joint',
    redFlags: ['cannot-bear-weight', 'child-hip-pain'],
  },
  {
    text: 'my 9 year old keeps saying his thigh hurts, no fall',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My right foot slaps when I walk and I keep catching my toes. No back pain, hips fine, no pain anywhere really.',
    top: null,
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Foot slapping down on runs since Saturday and my toes keep catching. Back twinged lifting a suitcase last week.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'No problem with feeling in my leg, just a sore lower back that goes into my bum when I sit at work.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Pins and needles in my hands at night from carpal tunnel. Separate thing: outer hip sore after stairs and lying on that side.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Had a slipped disc years ago. Now my foot is slapping down on the pavement and I trip on my toes.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'My brother 16 years he plays hockey, groin pain since a big shot yesterday.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Hip is lekker, it's my Achilles that's stiff first thing.",
    top: null,
    redFlags: [],
  },
  {
    text: 'Had flu last month, fully better now. Since coming back to running I get a pinch in the groin when I sit low or squat to put my shoes on.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Slipped on the wet floor and my legs went apart like the splits. Inner thigh by the groin hurts when I close my legs hard.',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: "Burning in the groin after my long run, it's chafing from my shorts, red skin. No other pain.",
    top: null,
    redFlags: [],
  },
  {
    text: 'Long run through a downpour, soaked through and shivering at the end, fine after a hot bath. Outer hip sore on stairs as usual.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'The hostel had no aircon so I woke up soaked in sweat every night. Outer hip sore on the bony point going upstairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Thigh front near hip is paining when walking, and pain is there in night also. Running 12 km daily for selection.',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'My 16 year old has been eating much less since going vegan, her groin aches in bed at night and she limps.',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'child-hip-pain', 'night-or-rest-pain'],
  },
  {
    text: "Our 12 yo is a big lad, growing fast. Thigh pain after PE and he's walking a bit funny today.",
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Ma wee lassie's 8 and she's been hirplin since Saturday, says her knee's sore.",
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "My 6 year old had a cold last week and today he won't walk, cries if we touch his leg, temperature 38.4.",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'child-hip-pain', 'infection-signs'],
  },
  {
    text: 'Outer hip pain for four months, not reducing even with rest and physio. Worse on stairs.',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Tingling in my right foot and calf since Monday comma and my buttock aches full stop',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Pins and noodles sorry needles down my leg since the weekend, and my bum aches.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "Me back's been sore since the long drive and now my bum aches when I sit.",
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: "Felt a pop in the back of my thigh mid-sprint. Sit bone area is fine, it's halfway down.",
    top: null,
    redFlags: [],
  },
  {
    text: "Six weeks of physio for my back and the ache in my buttock hasn't changed. Sitting is the worst.",
    top: 'back-referred-pain',
    redFlags: ['not-improving'],
  },
  {
    text: 'Knee is swollen and hot after I grazed it on the trail, and I feel feverish tonight.',
    top: null,
    redFlags: ['infection-signs'],
  },
  {
    text: 'My bum went numb on the bleachers but it was fine as soon as I stood up. Outer hip sore on stairs and lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Tingly bum after the long drive, gone within ten minutes of walking about. Outer hip sore on the bony bit on stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "My son is 9, he had a tummy bug last week and now his temperature is 38.6 and he's limping, won't let me touch his hip.",
    top: 'any',
    redFlags: ['child-hip-pain', 'infection-signs'],
  },
  {
    text: 'My anak is 10, nadapa siya sa school kanina, now hindi siya makatayo on his left leg.',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'child-hip-pain', 'fall-injury'],
  },
  {
    text: 'Went down on the bend in a track session and landed on my right hip. Bruise on the outside bone, tender to press, walking fine.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Slipped on ice and landed on my hip, bit of a graze but no pain at all now.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Dad is 81, had a fall last week and is now walking with his frame again, wincing every time he puts weight on the leg.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: "Calf is swollen and sore, I'm on the pill and my chest feels tight.",
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: '16yo lad here. My knee hurts going down stairs.',
    top: null,
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'The front of my hip pings when I lift my knee onto the box. Junior, 15F.',
    top: 'hip-flexor-tendinitis',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Menopausal, I wake soaked most nights with hot flushes, it's the sweats that wake me not the hip. Groin stiff in the mornings and socks are hard.",
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'My laaitie is 14 and his hip is eina after soccer.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Seven months of physio for my outer hip and it's no better.",
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Broke my hip in a fall two years ago, all healed. Now my heel is agony for the first steps each morning.',
    top: null,
    redFlags: [],
  },
  // Fifteenth pass: kinds from the fourteenth pass's untouched sets (153 to 156).
  {
    text: 'Two weeks since they replaced my knee and now my calf is really swollen.',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: 'Hernia popped out on my long run and I cannot reduce it this time, sore as anything.',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: "Me son is 9 and he's been limping since Saturday, no fall that we know of.",
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: '14yo lass in my academy squad, the front of her hip hurts when she sprints.',
    top: 'hip-flexor-tendinitis',
    redFlags: ['child-hip-pain'],
  },
  {
    text: '16 year old lad in my club group, his groin aches after sprints.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My 13 year old has lower back ache after gymnastics. Hips and legs are fine, no limp.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Feel ancient at 15, my outer hip hurts when I lie on it at night.',
    top: 'hip-bursitis',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Flew off the treadmill at the gym, I'm 71, and my hip is very painful to walk on.",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Pulled my groin in March, physio since, still sore on the inside of the thigh now in June.',
    top: 'adductor-strain',
    redFlags: ['not-improving'],
  },
  {
    text: 'Knees ache at night in bed after long runs, hips 100% fine.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Pretty limp effort at intervals today, but my groin clicks when I turn over in bed.',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'Hip pain, not the outside, the front. Sharp when I lift my knee onto a step.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: "It's not the front of my hip, the side. Sore lying on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Pins and needles down the front of my shin into my toes for three days. No back pain and my hips are fine.',
    top: null,
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "My 12 year old has a fever and now won't let anyone touch her hip, it hurts too much.",
    top: 'hip-joint',
    redFlags: ['infection-signs', 'child-hip-pain'],
  },
  {
    text: "My 11yo's hip hurts after football, on the outside. Not limping.",
    top: 'hip-bursitis',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Sit bone pain is there all the time now and it throbs and wakes me at night.',
    top: 'hamstring-tendinopathy',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: "My right leg has gone weak and I can't rise onto my toes, buttock pain since heavy squats. No saddle numbness, bladder normal.",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "My 13 year old dancer was forcing her splits and now the top of her inner thigh hurts and she's walking funny.",
    top: 'adductor-strain',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Soft bulge in my groin that appears when I lift things and goes back when I lie down. It doesn't hurt at all.",
    top: null,
    redFlags: [],
  },
  {
    text: 'Ache at the front of my knee on the stairs. The physio tested my hips and IT band and said both are fine.',
    top: null,
    redFlags: [],
  },
  {
    text: "Took a knee to the thigh at football, sore front of the thigh halfway down. Hip's fine.",
    top: null,
    redFlags: [],
  },
  {
    text: 'Knee locks when I squat, inner side. Not my hip.',
    top: null,
    redFlags: [],
  },
  {
    text: "Groin aches in bed at night and when I sit for long. I'm 71 and they said arthritis last year.",
    top: 'hip-joint',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'My 13 year old has pain at the bump just below her kneecap after netball.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Woke with a red, hot, swollen hip the day after my race. No fever that I know of.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "Grandad has a swelling at the top of his leg in the groin that won't go back in and he's been sick.",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: "My mum is 81 and slipped on the wet kitchen floor, she says it's 8/10 pain in her hip.",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Front of my hip hurts lifting my knee, 3 months now and not budging. 15 btw.',
    top: 'hip-flexor-tendinitis',
    redFlags: ['child-hip-pain', 'not-improving'],
  },
  {
    text: 'My running buddy (16, same squad) pulled her groin on the bend, inner thigh sore.',
    top: 'adductor-strain',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Our son (15) says his hip's stuffed after rugby.",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Outer hip sore for 10 weeks. Rested and did the exercises daily, no change at all.',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: "My outer hip hasn't shifted after 3 months of physio.",
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: "On alendronate for five years. My upper thigh aches when I walk and I've started limping.",
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Left hip replaced two years ago. Groin aches when I walk a long way.',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Diabetic, feet numb for years from neuropathy. New thing is my outer hip hurts lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Toes go numb in my racing flats when they're tight. My groin clicks when I twist.",
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'One of my athletes says her hip hurts, but when I asked her to point she showed me her lower back. She says her foot has gone numb since Friday.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Rheumatoid arthritis, and the ball of my foot is sore and swollen in the mornings. Hips fine.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Dad says his hips are grand but both knees creak on the stairs.',
    top: null,
    redFlags: [],
  },
  {
    text: 'He keeps moaning about his hip, the front bit, since he started hill sprints.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: "My 5 year old won't put her whole weight on her left leg since this morning, no fever.",
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Keen fell walker, 70. Groin aches on long descents, no injury.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Front of my knee aches on stairs. Not the outside, the front, around the kneecap.',
    top: null,
    redFlags: [],
  },
  {
    text: "Did the club relay on Saturday, knees and hips held up really well. It's the black toenail on my second toe that throbs now.",
    top: null,
    redFlags: [],
  },
  {
    text: "Physio says it's Achilles bursitis, the back of my heel is swollen and sore first thing in the morning.",
    top: null,
    redFlags: [],
  },
  {
    text: 'My daughter is 15 and plays hockey, and the bump under her kneecap is achy after matches.',
    top: null,
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Centre back, 16. Pain in the front of my hip after every match, worse on stairs.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Swimmer, 15, they let me run with the seniors. Inner thigh is sore near the groin since kick sets.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Outer hip has been sore for 4 months, tried everything the physio gave me.',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: "I've not run for 3 months and the deep buttock ache at the sit bone is still there when I sit.",
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: "Wee won't come out properly since yesterday and my lower back is killing me with tingling in one leg.",
    top: 'back-referred-pain',
    redFlags: ['cauda-equina', 'nerve-symptoms'],
  },
  {
    text: "Back went lifting a box and today I had an accident on the way to the loo, I didn't even feel I needed to go.",
    top: 'back-referred-pain',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Slipped disc years ago, now my bottom and private parts feel numb like after the dentist and my back aches.',
    top: 'back-referred-pain',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'My foot keeps slapping down when I jog and I have tripped three times this week, back is stiff too.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "I've an old rupture in my left groin and today it won't go back in, it's hard and sore.",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Feel hot and shivery right now and my hip hurts more every hour.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Had a horrible flu in January with a temperature of 39, was off work for a week, all better now. Front of my hip pinches when I squat.',
    top: 'any',
    redFlags: [],
  },
  {
    text: "Night sweats because it's 35 degrees in the flat at the moment. Groin catches when I turn.",
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Been feeling generally grotty for weeks and now the groin aches at night as well.',
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain', 'weight-loss-or-cancer'],
  },
  {
    text: 'Knee cartilage trouble since school, the kneecap grinds on stairs. Hips are fine.',
    top: null,
    redFlags: [],
  },
  {
    text: "14yo son's thigh is achy after rugby training, no limp.",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Kneecap red hot and swollen after a graze on the trail and my temperature is 38.6.',
    top: null,
    redFlags: ['infection-signs'],
  },
  {
    text: 'Fat leg since the coach journey back from Poland, calf warm and achy.',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: 'Dictating this comma pins and noodles down my right leg since Friday full stop back sore',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'cnt put any wieght on my right leg after the 10k, groin pain',
    top: 'any',
    redFlags: ['bone-stress', 'cannot-bear-weight'],
  },
  {
    text: 'Numb bum from sitting on an ice pack for too long haha. Real problem is the outer hip on stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Saturday night fever at my cousin's wedding, danced for hours, now my groin pinches when I squat.",
    top: 'any',
    redFlags: [],
  },
  {
    text: "Read about hip pain online and I'm convinced it's a tumour lol. Outer hip sore lying on it since my mileage went up.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Pins and needles in both legs after kneeling in church for ages, went as soon as I stood. My outer hip aches on stairs though.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Tore my inner thigh at the end of a race, hobbled to the car, gone next day. Now only a tiny pull in the inner thigh when I stretch into a side lunge.',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'Whole field was limping after the mountain race. I was fine by Monday, just a clicky catch in the hip when I pivot.',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'Bashed my hip on a gate a month ago, bruised for a bit, completely fine now. Which trail shoes do people like?',
    top: null,
    redFlags: [],
  },
  {
    text: 'Hip pain wakes me at night and aches when I sit still in the evening. Outer side, not the groin.',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Sore across the top of my left thigh at the front when I lift my knee into the car.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: "My 8yo had a cough last week (fine now) and since yesterday she's limping and says her hip hurts.",
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My foots gone floppy and catches on the steps since I did my back in.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Knocked over by a dog on the canal path, hip hit the ground hard, absolute agony.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'My 16 year old daughter has groin pain when she walks, and now I can see her limping.',
    top: 'any',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: "Housemate reckons it's a pinched nerve at the knee: my foot catches on the kerb and the top of my foot is numb. No back pain, no hip pain.",
    top: null,
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Stuck in bed for five days with my back, and now my left calf is swollen, hot and tender.',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: 'Laid up on the couch with a ricked back all week; today the right calf is fat and sore to touch.',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: 'Knee has been sore since the long run on Sunday, on the inside edge. Hips feel fine.',
    top: null,
    redFlags: [],
  },
  {
    text: 'After the flight my right calf is swollen and warm. My glutes were tight after the race too but they are fine now.',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: "Went over on my ankle on the fell, can't take a single step without it giving way, had to be carried down.",
    top: null,
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: "Tried to stand on the leg a few times and I just can't, the hip is agony since the fall.",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: "I'm 15 and do judo and cross country. A deep pinch in the front of my hip when I squat low or pull my knee to my chest.",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: '16 yo lad, I play football and run. Front of the groin pinches when I sit in low chairs.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Coaching the U13s at the cross country relays on Sunday was freezing. My own groin pinches when I squat at the gym, I'm 44.",
    top: 'any',
    redFlags: [],
  },
  {
    text: "Wish my hips were as loose as my 12 year old's! I'm 39 and get a pinch in the groin when I sit deep in the car.",
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Had an irritable hip as a child (age 5, in hospital for a week). Now 41, the groin pinches when I put my socks on.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Went up from JW15-17 to SW18-19 on my birthday! Pinch at the front of the hip when I squat deep.',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Outer knee pain at 6k, rested for 7 weeks and did the glute work, and it comes back at the exact same point.',
    top: 'it-band-syndrome',
    redFlags: ['not-improving'],
  },
  {
    text: 'Pain on the outside of the knee after 5 miles, downhill worst, knee fine walking. It has been like this for 4 months and nothing has helped.',
    top: 'it-band-syndrome',
    redFlags: ['not-improving'],
  },
  {
    text: "Strained my groin at five-a-side in March, settled within two weeks and I've run pain free since. Is it ok to do hill reps now?",
    top: null,
    redFlags: [],
  },
  {
    text: 'Broke my hip flask at the finish line party lol. Real question is about kneecap pain on the stairs down.',
    top: null,
    redFlags: [],
  },
  {
    text: 'had a sore groin in july went after a week of rest all good now just asking which shoes for a marathon',
    top: null,
    redFlags: [],
  },
  {
    text: 'Inner thighs raw from my shorts after the long run, hip area otherwise fine.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Had a temperature over Christmas but that was a cold. Now the front of my hip hurts when I walk, since I doubled my runs.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Walang fever po. Outer hip is sore when I lie on that side and on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Sit bone pain when I sit at work for 3 months na, rested and did physio pero hindi pa rin gumagaling.',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: "Physio said my 15 yr old daughter has a groin strain, but now she's limping and it aches in the groin even sitting in class.",
    top: 'any',
    redFlags: ['bone-stress', 'child-hip-pain', 'night-or-rest-pain'],
  },
  // Seventeenth pass (docs/clinical-decisions.md): each of these failed on the start code, or
  // guards a reading next to one that did.
  {
    text: "Hip's been givin me grief all week, cant even take 3 steps now, help",
    top: 'any',
    redFlags: ['cannot-bear-weight'],
  },
  {
    text: 'Proper throbbin in my front hip just walkin round the supermarket since I ramped up to 60k',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'nearly wet myself laughin at the club quiz, outer hip sore lyin on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Lost 6kg w/o tryin and my hip aches',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: "hip sore and I'm off me food, feel proper run down",
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: "cant stand my neighbour's music, hip flexor twinge on hills",
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'cant walk past a chippy lol, hip stiff first thing, 63',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'my dauter is 13, sore nee and limpin since netball',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Numb bum and bits since this morning, back's sore",
    top: 'back-referred-pain',
    redFlags: ['cauda-equina'],
  },
  {
    text: '3 wks after my op, leg all swole and hot, bit sob on the stairs',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'pins and needels down my leg, low back sore, started this week',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'sweaty at night cos the flat is boiling, sit bone sore on hard seats',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Glute ache every time I sit on hard chairs at work',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Cancer scare last year, the scan was benign. Outer knee goes sharp at 8k on downhills.',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'Feel shivery with a temperature of 38.6 and my shin is really sore',
    top: null,
    redFlags: ['infection-signs'],
  },
  {
    text: 'Got the flu, temperature and aching all over, legs included',
    top: 'any',
    redFlags: [],
  },
  {
    text: "Tired all the time but that's the twins. Outer hip sore lying on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Walking boot for a broken metatarsal, limping around in the boot, and my outer hip aches lying on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Groin aches while I sit feeding the baby and it wakes me at night too. Went straight back to 4 runs a week.',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'Groin strain 9 wks, rested, still no diff',
    top: 'adductor-strain',
    redFlags: ['not-improving'],
  },
  {
    text: 'hip flexor still cranky after 8 weeks of rest and rehab',
    top: 'hip-flexor-tendinitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Sciatica 7 weeks, rested, did the exercises, still shooting down my leg',
    top: 'back-referred-pain',
    redFlags: ['not-improving'],
  },
  {
    text: 'Pubic bone sore when I hop, since I doubled my runs',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: "Periods stopped and I'm eating light; pubic bone hurts standing on one leg",
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Hot flushes, no temperature, just the usual sweats. Outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Felt a twang mid back of the thigh in reps. The sit bone doesn't hurt at all.",
    top: null,
    redFlags: [],
  },
  {
    text: 'Front of my hip aches at night after I bumped up my mileage. Was convinced it was a hip flexor.',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'Left foot slapping down and catching on kerbs. No pain anywhere.',
    top: null,
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "Foot slapping down and my leg feels weak, back's been sore",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Fell on the trail, bit of a bruise on my hip, no pain since. Outer knee goes at 8k every run.',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'calf huge n hot since the flight, chest feels tight',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: 'my 16 y/o pulled a groin at rugby',
    top: 'adductor-strain',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Arthritic hip, 9 months of physio, the groin is still just as stiff in the mornings',
    top: 'hip-joint',
    redFlags: ['not-improving'],
  },
  {
    text: 'ITB 10 weeks, rested 6, physio rehab, still goes sharp on the outer knee at 5k',
    top: 'it-band-syndrome',
    redFlags: ['not-improving'],
  },
  {
    text: '5 mi, hip sore. 4 mi, same.',
    top: null,
    redFlags: [],
  },
  {
    text: 'back twinge into my glute, bladder normal',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'groin squeeze hurts, 3 weeks',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: "Front of hip aches in bed since I upped my miles, and it's there sitting at the desk too",
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: "Outer hip, can't lie on it, and now it aches sitting still on the sofa too",
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Landed on my backside on the ice but nothing hurts. Calves tight.',
    top: null,
    redFlags: [],
  },
  {
    text: "My hips don't lie! Danced all night. Stitch under my ribs at 3k.",
    top: null,
    redFlags: [],
  },
  {
    text: 'Pain deep in my buttock that goes into the back of the thigh, worse bending',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Had a hip flexor thing, sorted within a week. Front of knee sore on stairs now.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Knee replacement 10 days ago, the other calf is fine, operated knee swollen but not hot',
    top: null,
    redFlags: [],
  },
  {
    text: "On blood thinners, fell on my hip, worse than anything I've had",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: "Diabetic, sore foot ulcer smells and I've got a temperature and shivers",
    top: null,
    redFlags: ['infection-signs'],
  },
  {
    text: 'Lump in my groin was a gland, went down on its own weeks ago',
    top: null,
    redFlags: [],
  },
  {
    text: 'Pubic bone aches when I hop and walking up hills hurts, training went up big time this month',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: "Came off my bike onto my hip, it's very painful, I can just about walk",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: "No menstruation for a year, and now I'm limping with a deep ache in my buttock",
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'My 9yo wakes up crying about his thigh at night',
    top: 'hip-joint',
    redFlags: ['child-hip-pain', 'night-or-rest-pain'],
  },
  {
    text: 'Cycled 80 miles, numb undercarriage for an hour after, fine now',
    top: null,
    redFlags: [],
  },
  {
    text: "knee throbbing and I've got a fever of 38.8",
    top: null,
    redFlags: ['infection-signs'],
  },
  {
    text: 'Hip is killing me since I came down hard on the ice',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'my hip is killing me on long runs',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Old hip flexor strain from years ago, fine since. Now my Achilles aches in the mornings. Hip, knee and back all happy.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Pelvic floor is much better after the physio. Both shins ache in the evening after runs.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Had bursitis in my hip years ago which I got over with rehab. Now the bottom of my heel hurts first thing.',
    top: null,
    redFlags: [],
  },
  // Eighteenth pass (docs/clinical-decisions.md): each of these failed on the start code, or
  // guards a reading next to one that did.
  {
    text: 'Six weeks off and no running at all made no difference to the catching in my hip.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'Front of my hip, three months now. Rested a full six weeks and did the physio, still sharp lifting my knee into bed.',
    top: 'hip-flexor-tendinitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Sit bone ache 4 months. I rest, I do the exercises, still when I sit on the bus for long it pains me.',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: 'Groin pinch for 5 months, nag-rest na ako and did PT, wala pa ring improvement.',
    top: 'hip-joint',
    redFlags: ['not-improving'],
  },
  {
    text: 'I don lose 5kg this month and I no dey diet. Hip dey pain me.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Night sweats but only because our flat is hot and humid in summer, no fever. Outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Sharp pain on the bone near the pubic area since I started running everyday for a streak challenge, hopping hurts and walking also pain.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Had a baby 2 weeks ago and now my left calf is swollen and aching.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Post CS last month, now my right leg swollen from the knee to the ankle and mainit.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Lump for my groin no gree go back since morning, e dey pain.',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'My 3 year old has a high temperature and keeps crawling instead of walking.',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'child-hip-pain', 'infection-signs'],
  },
  {
    text: "Out of nowhere my left hip is so painful I can't move it at all, and I feel a bit off.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "My left foot has started to slap on the road when I get tired and I've tripped twice on the flat.",
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'My son Arjun is 15 and plays cricket, front of his hip hurts when he lifts his knee.',
    top: 'hip-flexor-tendinitis',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My daughter is studying in 8th standard, she has groin pain after football and limps a little.',
    top: 'any',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: "Parkrun with my 7 year old this morning, and there were lots of dogs. She's been limping since and says her knee is sore.",
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Walked the coast path with my 5 year old on my back. He's been limping since lunch and says his thigh hurts.",
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "My 13 year old took a knee to the side of his thigh at rugby, a dead leg, and he's walking with a slight limp.",
    top: null,
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Sciatica down my left leg. The doctor checked: saddle area normal, bladder fine, no weakness.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Had a stinking fever the week before last but fully over it now. Outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Cheering at the U15 cup final all afternoon, now my front hip aches lifting my knee. I'm 41 and the coach.",
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: "My 12 year old dancer's hip snaps at the front when she kicks her leg up, no pain at all, she doesn't mind it.",
    top: 'any',
    redFlags: [],
  },
  {
    text: "My 12 year old's hip snaps at the front when she kicks her leg up and it hurts after class.",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Hip side pain for six weeks after my long runs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Ran a half last month, front of my hip was sore for a day after but that's gone now. Black toenail though.",
    top: null,
    redFlags: [],
  },
  {
    text: 'my a kill ease is sore in the mornings and i have new numbness and tingling on top of my foot',
    top: null,
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Waiting on the hillside in the wind with a thousand other shivering idiots. Outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "My trousers keep falling down and I haven't changed what I eat. Sit bone aches on the bus.",
    top: 'hamstring-tendinopathy',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Mi lost 6kg an mi nah try. Mi hip a hurt mi.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  // Nineteenth pass (docs/clinical-decisions.md): each of these failed on the start code, or
  // guards a reading next to one that did.
  {
    text: 'Mi a 16 an mi hip a hurt mi pon di outside when mi lie pon it.',
    top: 'hip-bursitis',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'I get night sweats sometimes, no fever, temperature normal. Outside of my hip is sore when I sleep on that side.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Drenching night sweats most nights for a month now and my hip aches.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Increased to 60 km a week in one month. Pain in the inguinal region when I walk and when I hop on that leg.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'A bulge in my inguinal area came out on my run and now it will not enter back, it is very painful and I am vomiting.',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Since I jumped from 30 to 60 km a week, the pain in my groin is coming more early in every run.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'The hip no dey move at all since last night, e swell and hot, and I dey feel hot all over.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Lost 6 kg in 3 months without diet and I feel unwell all the time, my hip hurts too.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'My back pain dey go down to my yansh, and I no fit hold my toilet like before.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'My mother fell from the scooty and she is not able to keep her foot on the ground, hip paining badly.',
    top: 'any',
    redFlags: ['fall-injury', 'cannot-bear-weight'],
  },
  {
    text: 'I am 16 po, my knee outside is sharp after 4k, worse downhill. Hip okay naman.',
    top: 'it-band-syndrome',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Ahm 15 an ma groin clicks and hurts when I twist at fitba.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Outside o ma hip wakes me at 4 in the mornin even lyin on the ither side.',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: "My wife's outer hip used to hurt only lying on it, now it wakes her even when she is on her back.",
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'My hip pain don dey there for over 3 years, physio, rest, injection, nothing change.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'Groin pinch when I squat since October, it is now January. Rest, ice, physio, nada.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'This pain in the front of my hip persists since 10 weeks although I rest completely and do the physiotherapy.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'Pinch at the front of my hip when I squat. Two and a bit months of rest and the stretches the physio gave me, no change.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'My running club mate (40) has had outer hip pain for 8 weeks. Now also numb down the outside of her leg.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'My uncle had bowel cancer years ago and now my son (24) gets a pinch in his groin when he squats deep.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Granny here, 81, my hips are marvellous, it is the kneecap that aches going down the stairs.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Mi hija 12 years has pain in her hip and she is limping.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Tatay ko di na makatayo, hip very painful this morning, no fall.',
    top: 'any',
    redFlags: ['cannot-bear-weight'],
  },
  {
    text: "Fell on the ice yesterday, outer hip bruised, I can't walk good but I'm getting about.",
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Temp of thirty eight and my groin is killing me since this morning.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Left leg puffy and throbbing after a 12 hour drive, and my chest feels tight.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'my hip hurt whole night, also in rest',
    top: 'any',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'mera hip outside pain since 3 month, no improve with physio and rest',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Sigh attica down the back of my leg when I sit at work',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Weather so hot here, sweating at night, the fan is broken. Outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My abuela had bone cancer so I worry, but my pain is just the outside of the hip on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Guide runner for a wheelchair racer, sharp pain at the front of my hip lifting my knee on the hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Numb in the saddle area even off the bike, and peeing has changed. Back sore.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'The foot drop I had after back surgery resolved completely years ago. Now a deep ache at my sit bone on hard chairs.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Week 7 update: hip flexor still not better despite rest and physio.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'Physio says I have a hip drop when I run. No pain whatsoever, what drills fix it?',
    top: null,
    redFlags: [],
  },
  {
    text: 'No pain but my hip clicks every time I lift my leg.',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Came off the bike onto my hip, bad pain, limping home.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Fell at parkrun, hip still really painful two days later.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Not a bad pain, just a dull ache on the outside of my hip after long runs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Couldn't do a single hop on my left leg without a stab in my groin. Running five days a week now, up from two.",
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: "My sister is 14, boiling hot to touch and she can't move her leg at the hip without crying.",
    top: 'any',
    redFlags: ['infection-signs', 'child-hip-pain'],
  },
  {
    text: 'When sleep to the right side the outer hip pain wakes me, I turn to other side and it is fine. Stairs also pain.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Four months of buttock pain where I sit, six weeks off running and physio, no progress.',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: 'Groin clicks and hurts for 3 months, 8 weeks of physio, nothing better.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: "Since this morning I can't hold my pee properly and my bottom feels numb, back pain from gardening.",
    top: 'any',
    redFlags: ['cauda-equina', 'nerve-symptoms'],
  },
  {
    text: 'Had to punch a new hole in my belt and I eat the same as always. Outer hip aches on stairs.',
    top: 'hip-bursitis',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: "Dad's rings slide off now and he hasn't been dieting, and his hip aches on his walks.",
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: "Up pacing the kitchen at 3am most nights because the ache in my buttock won't settle.",
    top: 'any',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: "Sciatica since Christmas, three months now of the exercises, and it's still going down the back of my leg when I sit.",
    top: 'back-referred-pain',
    redFlags: ['not-improving'],
  },
  {
    text: 'Her groin lump that always goes back in has turned purplish and she is doubled over.',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Cut my running to zero for three months and still sore on the outside of my hip on stairs.',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: '15yo son had a high fever last month, all gone now. This week a twinge in his groin when he kicks.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Grandpa has lost weight, his trousers are hanging off, he's off his food and not himself, and his hip aches.",
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: "My son (9) has a lump in his groin that pops out when he coughs, doesn't hurt at all.",
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Freezing waiting at the start, shivering like mad, but since then my hip flexor twinges on hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: "Can't walk without a limp since Sunday, groin aches.",
    top: 'any',
    redFlags: ['bone-stress'],
  },
  // Twentieth pass (docs/clinical-decisions.md): each of these failed on the start code, or
  // guards a reading next to one that did.
  {
    text: 'Mi hija Lucía tiene 12 años, she is limping since Sunday and says her knee hurts.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Con trai tôi 15 tuổi, when he squats low the front of his groin pinches.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Anak saya 13 tahun, pain in the thigh and he is limping after football.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My pikin na 11 years and the front of his hip dey pain him when he run.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My ward is 15, he has been limping for two weeks with groin pain.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain', 'bone-stress'],
  },
  {
    text: 'My mattress is 12 years old and my outer hip is sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'On prednisolone for polymyalgia (6 years). Groin ache for 3 months, stiff getting out of the car. 71M.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'My grandmother, 82, slipped in the garden on her hip. She walks a little with her frame but the pain is very big.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Came off my bike onto my hip, crying with the pain, managed to walk home slowly.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Went over on the trail and landed on my hip, hurts like buggery.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Groin has a round swelling, last week I could push it back, now it cannot push back and it is very painful.',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: "Had a wee hernia for years that ah push back. Today it'll no go back.",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Back pain into both buttocks and I feel numb in the... between the legs since this morning.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Low back agony, and when I go to pee I cannot start, it just will not come.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: "My back went yesterday and today there's a numb patch right where I'd sit on a saddle.",
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: "Numb between my legs like after a long ride, but I haven't been near a bike in weeks. Back is sore.",
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Back is sore and I have had no urge to wee all day.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Out of hospital after ten days in bed, my right leg don swell, e hot.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Two weeks after my knee replacement the calf on that side has blown right up, hot and tight.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Long flight home, now yung binti ko namamaga and it hurts, only one side.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'My 2 year old has a temperature of 39 and holds her left leg really still, she screams when I lift it to change her.',
    top: 'any',
    redFlags: ['infection-signs', 'child-hip-pain'],
  },
  {
    text: 'Buttock pain shooting down the leg, and my foot feels like cotton wool since Monday.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Outside of my knee at 5k, six weeks off running with physio, tried a jog today and it came on in the same spot.',
    top: 'it-band-syndrome',
    redFlags: ['not-improving'],
  },
  {
    text: 'Pain in my grain area when I walk and stand since I doubled my mileage.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Nagigising ako every night because of the pain in my hip, 50 years old.',
    top: 'any',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: "Smashed my 5k PB, legs are killing me, it's the fever of the race!",
    top: 'any',
    redFlags: [],
  },
  {
    text: 'At 25k my toes went numb. Loosened my laces and it went away within minutes. Groin pinches when I sit low.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'My foot went dead sitting cross-legged on the floor, fine once I stood. Outer hip sore on stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Carpal tunnel in my right hand, pins and needles every night. Outer hip sore when I lie on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Had a numb patch on my shin after the operation but it went completely the next day. Now no pain at all.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Hot flushes every night, I feel like I am burning up, but no actual temperature when I check. Groin pinches in deep squats.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: "76, I still shuffle round the park. Groin stiff in the morning, can't cross my legs.",
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Night pain? Only because my bed is ancient. The outside of my hip is sore on stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My wife has had a foot drop for years from MS, nothing new there. Her outer hip is sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Neuropathy in both feet for years (no change). Right groin stiff getting out of bed.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Hip replaced last year, perfect. Now my Achilles is sore on hills. Hips both great.',
    top: null,
    redFlags: [],
  },
  {
    text: 'My daughter, 11, says her thigh hurts after netball. No limp.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My 5 year old had a cold last week and today walks with a limp and says her leg hurts.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  // Guards.
  {
    text: 'Stiff and sore lower back most mornings, fine once I move. The right buttock aches too.',
    top: 'any',
    redFlags: [],
  },
  {
    text: "I'll no doubt be slower this year. Outer hip sore lying on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My legs felt like they were not mine at mile 22. Outer hip sore since.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Temperature of 39 since last night and my hip hurts so much I cannot move it.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'My 10 year old son gets aching in both thighs and behind his knees some evenings. Rubbing them helps, he is fine by morning, no limp.',
    top: null,
    redFlags: ['child-hip-pain'],
  },
  // Twentieth pass, second round (arrivals 204 to 207).
  {
    text: 'My friend, 30, slipped on the wet track and his leg went wide sideways, now his inner thigh hurts when he squeezes his knees together.',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'I had typhoid last month, treated and gone. Now outer hip pain on stairs and lying on that side.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'There is a swelling (a lump) in my groin since this morning, it will not go back in and the pain is getting worse.',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Clicking and catching at the front of my hip for four months, physio for eight weeks, pain same.',
    top: 'cartilage-tear',
    redFlags: ['not-improving'],
  },
  {
    text: 'Since I flew from Lagos to London my right foot swell up and the calf is hot.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Bad back since Friday. I wet the bed last night, never happened before, and between my legs feels dull.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'The GP asked me about numbness between the legs and bladder problems: nothing like that. Just low back ache into the buttock.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'I had tingling down my leg for a few days last month, it is completely gone now, just a dull ache in my buttock when I sit.',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'groin bone hurts when i hop n walk since i upped my kms heaps',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: "My outer hip is sore on stairs. What worries my husband more is that I've lost 6 kg without trying and I feel washed out.",
    top: 'hip-bursitis',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Since baby no.1 (now 2yo) I leak a little when I sneeze. New: outside of my hip hurts lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Our 12yo twisted her knee at netball. She is walking but it hurts on stairs.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Woke with my hip so painful I can't lift or turn the leg at all, no injury. 40F",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Snowboarded into a tree, severe pain at the top of my thigh, hobbled down on my friend.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Horse-riding fall 8 weeks ago and sciatica down my leg ever since. Physio and rest, no better at all.',
    top: 'back-referred-pain',
    redFlags: ['not-improving'],
  },
  // Guards.
  {
    text: 'R buttock pain, new P&N both feet this week. 70M',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'My coach asked me about night pain: none. Groin pinches in deep squats.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Temperature 39, normal for me is 36.5, and my hip hurts so much I cannot move it.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'I flew from the gun to halfway and then the outside of my hip started aching, sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  // Twenty-first pass (docs/clinical-decisions.md): each of these failed on the start code, or
  // guards a reading next to one that did.
  {
    text: 'Good evening. Pain is in the back of hip, where we sit on chair, deep inside. Long meeting sitting make it more worse, also running the hills.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Deep pain at the bone where you sit, since one month, worse on the bus seat and in sprint training.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'I am runner of 41 years. The front of my hib have bain when I bring the knee up, climbing in the bus step and going up hill.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'My groin molests me when I squeeze my knees together and on the side steps in training, more a molestia than pain. No injury.',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'The front of the hip molests me when I lift the knee high in the drills and the uphill, I have 31 years.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'My ischio is painful when I sit on the hard bench at work and in the salita training, sensible when I press it.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'There is a lump in my inguine, always it goes back in when I lie down, but since this morning it is hard and does not enter anymore, and I am vomiting.',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Strong pain in the grown when I stand long time and when I walk to the office, now I am limping, I increase to 70 km in week.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'I feel sweating like I have a fever after the hot race but I do not have fever, it was the sun. Now the outside of hip over the bone is sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'In February I had influenza with high fever, finished long time ago. Now the bone I sit on hurts in intervals and on the wooden chair.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Was soaked and shivering after the cross country until I got a hot bath, all good now. But my inner thigh near the groin is sore when I squeeze my legs together after I slipped.',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'Everyone at home has had a fever this week, I somehow escaped it and feel great. My outer hip over the bony bit aches on the stairs again after my run.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "The numb toes thing was my laces, tied them looser and that's fixed now. New problem: a click and a catch deep in the groin when I turn.",
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'Still feel numb after missing the cut off, devastated. The actual problem is a sharp pain at the front of my hip when I lift my knee on hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Sat cross legged on the floor at a wedding and my foot went all pins and needles, it was gone in a minute. The real thing is a deep pinch in the front of the hip when I squat.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: "Pulled something halfway down the back of my thigh in a sprint, it's bruised now. The sit bone is not sore at all, it's only the middle.",
    top: null,
    redFlags: [],
  },
  {
    text: 'A car clipped me while I was running and I fell on the pavement. Very strong pain in my left hip now, I limped home but it is 9 of 10.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Two weeks after my hip arthroscopy the calf of the same leg is big, red and hurting. The hip is doing ok.',
    top: null,
    redFlags: ['blood-clot', 'infection-signs'],
  },
  {
    text: 'I was in bed for ten days with a bad chest infection, better now. Today my right leg is swollen from the knee down, warm and it hurts to walk. The other leg is normal.',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: 'The pain at the sit bone is now there in bed at night too, lying on my back it aches and aches. Before it was only when I sat.',
    top: 'hamstring-tendinopathy',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'The hip pain wakes me at 4 in the night whichever side I lie on. It is at the back of the hip and the waist. Painkiller and then I sleep.',
    top: 'back-referred-pain',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Bowel cancer 4 years ago, all finished. Now aching in the low back and back side of the hip, worse at night and it wakes me.',
    top: 'back-referred-pain',
    redFlags: ['night-or-rest-pain', 'weight-loss-or-cancer'],
  },
  {
    text: 'Not feeling well in myself for weeks, no energy, sweating at night, and a deep buttock ache that is the same whether I run or not.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'I stopped running 8 weeks for the groin strain but still when I kick or squeeze it hurts the same as the first week.',
    top: 'adductor-strain',
    redFlags: ['not-improving'],
  },
  {
    text: 'Pinch in the front of the hip when I squat deep. Rested from running for two months and did all the physio exercises, still the same.',
    top: 'hip-joint',
    redFlags: ['not-improving'],
  },
  {
    text: 'Fell on the ice on my run, landed right on my hip, but nothing hurts at all. Finished the run, only my pride is bruised.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Tripped on a kerb in my run, went down on my hip and elbow. A graze and a bit stiff, walked home fine, honestly all fine now apart from the scraped elbow.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Baby is 4 months old and wakes me at 1 and 4 every night. Since I went back to running the outside of my hip over the bone hurts when I carry him on my hip and on stairs, and lying on that side.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "My cousin's girl had Perthes so I watch for limps in my kids, they're fine. My own question: the front of my hip is sore when I lift my knee up hills and getting into the car.",
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Upped my long runs for the marathon. A deep ache at the front of my left hip first came at 16 miles, then at 10, and now it is there by mile 3.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: "Whole family has had a temperature this week apart from me, I feel fine. My outer hip ached on the stairs after today's run as usual.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "I am 66. Treated for bowel cancer four years ago, clear since. New ache in my right hip and buttock this month and I've lost 6 kilos without trying.",
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Woman 57 years. The pain is deep in the buttock when I sit long in the office and when I run up hills. It does not go down my leg.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'DS14 twisted when kicking a ball at school, now his groin hurts when he squeezes his knees together. Walking fine.',
    top: 'adductor-strain',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'A Year 9 boy in my tutor group has been limping in PE for two weeks and says his thigh hurts.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My son is 12 and he came home from school limping, the front of his thigh aches. No fall.',
    top: 'hip-joint',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: "My dad is 80, he's had pain in his left groin and hip for 10 weeks. He has stopped jogging and sees a physio weekly, no better, and now it aches all evening when he is just sat in his chair.",
    top: 'any',
    redFlags: ['not-improving', 'night-or-rest-pain', 'bone-stress'],
  },
  {
    text: 'Hip and back aching after heavy squats on Saturday. Since this morning my inner thighs and bottom feel numb on the toilet seat and I have not been able to pee all day.',
    top: 'back-referred-pain',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'After a camp with two sessions a day the front of my hip hurts even sitting at rest and lying in bed, and on the stairs.',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'My 11 year old has an ache in her upper thigh near the hip that wakes her at night crying, even on rest days. No injury, walking fine.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain', 'night-or-rest-pain'],
  },
  {
    text: 'My grown up son says his outer hip aches on the stairs and lying on that side.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Hip hot, red and swollen and I feel shivery. No fever though.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Always need a loo stop at mile 5, been like that for years. My lower back is stiff after long runs and eases when I walk about.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Lying on my back it aches deep in the groin when I have run a lot, and it pinches in deep squats.',
    top: 'any',
    redFlags: [],
  },
  // Twenty-first pass, second round (arrivals 212 to 215).
  {
    text: 'I fell down the wet stairs at the station onto my side. The hip is hurting very strong, I can walk a little only with big pain.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'I have a lump in my ingle (groin in Spanish) that always goes back in, but tonight it stays hard and painful and I am vomiting.',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Hormigueo like ants in my left leg down to the foot since last week, new, and my low back hurts when I bend.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'I lose 6 kilo in three months and I do not know why, I eat the same as before. My groin aches when I walk.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer', 'bone-stress'],
  },
  {
    text: "After the fall on the ice I can't take even one step on that leg, the hip is too painful.",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Deep buttock ache at the sit bone for 10 weeks now despite stopping hills and doing all my physio exercises.',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: 'Outer hip pain on stairs for 3 months. Rested 5 weeks, did the glute work, and it still hurts lying on that side.',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Clicking and catching in my groin when I twist for 8 months. Physio for 3 months and an injection, none of it has helped.',
    top: 'cartilage-tear',
    redFlags: ['not-improving'],
  },
  {
    text: "I'm 74, stiff in both hips and shoulders every morning for an hour or more, feel tired and washed out, and I've lost weight.",
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'I sweat at night but my room is very hot, the heating is crazy in this building. Sit bone sore on hard chairs.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: "My husband's calf swelled up after his flight, A&E checked him and it was fine, no clot. My question is my outer hip, sore lying on it and on stairs.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "I'm 66 and the physio says it's my Achilles, sore first thing in the morning. Hips and knees no bother at all.",
    top: null,
    redFlags: [],
  },
  {
    text: 'Felt a ping in my calf at the start of the run, like being hit by a stone. Not swollen, just sore to walk on.',
    top: null,
    redFlags: [],
  },
  {
    text: "Had a slipped growth plate at 13, pinned and fine for years. Now I'm 30 and the front of my hip hurts when I lift my knee on hills.",
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'The pain starts in my lower back and goes down the back side of my leg to the knee. Bending makes it worse.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'I am 45. My hip outside is painful when I stand on one leg and on stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Burning in the skin of my inner thighs from the shorts, red and stinging in the shower.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Pain right next to the dimple at the base of my back on the left, going into the buttock, worse rolling over in bed.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'When I turn on my left leg there is a clack in the front of the hip and a sharp pain, then it is fine. It happens when I change direction.',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'The heating in my flat is off and I still wake up drenched in sweat every night, and my hip aches.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'The scan found a clot in my calf last week and now my leg is more swollen and hot.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: "I'm 31. Had a hip problem in my late teens, fixed and fine. Now my outer hip is sore on stairs and lying on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Outer hip sore when I stand on one leg to put my socks on, and lying on that side at night.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My 14 year old has lower back pain that spreads into his bum and down the back of his thigh after gymnastics.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Sharp pain in the groin like being hit by a hammer when I hopped, and now I can't walk on it without limping. Upped my miles last month.",
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Waking up most nights this month with my groin aching, and I am not even lying on that side.',
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'Before anyone says sciatica: no back pain, no tingling, nothing down my leg. Deep pain at the sit bone when I sit, and it pulls when I touch my toes.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  // Twenty-first pass: body and symptom words kept from the writer's first language.
  {
    text: 'Tengo fiebre since yesterday and my cadera hurts so much I cannot move the leg.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Since two weeks I have douleur in the aine when I run, and now I am boiting, I mean limping a little, after I increase my kilometres.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'I have drętwienie in my leg down to the foot since last week, it is new, and my back hurts.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Schmerzen in der Leiste when I squat deep and put on my socks, since months.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'My calf is hinchada, red and hot after the long flight to Madrid.',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: 'Formicolio in both legs and I cannot feel the toilet paper, since this morning, with mal di schiena.',
    top: 'any',
    redFlags: ['cauda-equina', 'nerve-symptoms'],
  },
  {
    text: 'I have a pie for lunch every day and then I run, my outer hip is sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  // An injection asked about, not had: no infection route (and a real one still raises it).
  {
    text: "Should I just get the hip injected like last time? I feel washed out and I've dropped 6 kilos without trying, and my outer hip is sore on the stairs.",
    top: 'hip-bursitis',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Had a steroid injection into my hip last week and now I feel washed out and shivery.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  // Twenty-second pass: more first-language words (and the letters that keep no accent to
  // take off), a gloss that repeats the word, dictated "period", treatments that did not help,
  // who is asked about, a hot calf after a journey; and the guards beside each.
  {
    text: 'I have pain in my hip for 4 months, I did physio 10 weeks but it not help at all.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'Outer hip pain since March despite the rehabilitation, it continues on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Three months of front hip pain and the injections did not heal it.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'My daughter, 14 years, runs 800 m. Pain in the front of the hip when she sprints.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'I want to ask about my daughter, she is in the county squad, 13 years, her knee aches and she limps after training.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Have a 12 yo girl in my athletics group who has been limping for a fortnight, says her thigh aches.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Client 15, groin pain after hurdles.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "I'm 52, dad of teens, and my outer hip aches when I lie on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My boy is 7, he woke with a temperature of 38.5 and does not want to walk on his leg.',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'child-hip-pain', 'infection-signs'],
  },
  {
    text: 'The outside of my hip is hot, swollen and it hurts, no fall, no knock.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "I lost 7 kg and I don't do diet, and my groin aches. I am tired always.",
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Ten years since finishing my own chemo, and now my left hip aches when I run.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Had a lymphoma in 2014 and they discharged me in 2019. Now my hip aches at the front.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'my hip is sore at the front period it wakes me at night period I went from 2 to 5 runs a week',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'Since my period stopped my groin hurts when I walk.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'My physio did a hop test on me and I hopped fine, the only thing is a pinch in the groin when I sit deep.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: "Had runner's knee for years, a known thing for me, nothing has changed there. New: my outer hip hurts lying on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My husband says he has no feeling in his bottom area since this morning and his back is bad.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Since yesterday I make pee without control and my back hurts down the leg.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Back from Istanbul by coach, 16 hours. My calf is red and hot and it hurts to walk.',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: "Il y a une boule dans l'aine qui ne rentre plus et j'ai vomi.",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Seit 10 Wochen Schmerzen aussen an der Hüfte, keine Besserung mit Physio, Seite liegen tut weh.',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Lower back pain into the Gesäß, keine Taubheit, kein Kribbeln.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Back pain down the leg. No drętwienie (numbness), no problem with the toilet.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Saya demam dan pinggul sakit sekali, tidak bisa gerak kaki.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Outer hip pain wakes me at night even when I lie on the other side or on my back.',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: "Buttock ache, can't sleep, hurts lying still.",
    top: 'any',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: "Can't move my leg, hip stuck, no injury, feel hot.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'It was a really hot day and I felt hot by the end, my outer hip is sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Groin pain all the time after my runs, and a click when I pivot.',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'Nagka-flu ako, mataas ang lagnat ko noon, pero okay na. Now my outer hip is sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My son 9 years has knee pain and walking limping since Saturday, no fall.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My bum goes numb on the bike saddle on long rides, hips fine.',
    top: 'any',
    redFlags: [],
  },
  // Twenty-third pass: the kinds the last pass's judge and this pass's arrivals showed, in our
  // own words: the one who did it to the runner ("knocked over by a cyclist", a dog lead),
  // someone reporting on the runner, a limb asleep that does not wake, nights whatever the
  // side, spans told by season or by weeks of a thing, walking that has to stop, weight off an
  // older person, a nerve below the knee with the back denied, a shoe's toenail, a gloss that
  // keeps its "no", a carried fall, a week in bed, a named group, an excited "fever", the
  // leg brought in, everything else fine, a plan's six weeks; and the guards beside each.
  // (The carried fall with groin pain also raises bone stress: its advice is never hidden.)
  {
    text: 'Got knocked over by a cyclist on the canal path and landed on my hip. The pain is severe and my leg looks turned out.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Caught my foot in my own dog lead and went down hard on my left hip, worst pain of my life.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Knocked over by a spaniel at parkrun, bruised my pride, hip is fine and I finished.',
    top: null,
    redFlags: [],
  },
  {
    text: 'My husband reckons he can hear me coming now because my left foot slaps down. My lower back has ached for weeks.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'My husband says his foot slaps down when he is tired but that he feels fine.',
    top: null,
    redFlags: [],
  },
  {
    text: "It's like my foot went to sleep on Monday and it still hasn't woken up. Sore lower back too.",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'My leg went to sleep on the loo, fine a minute later. Outer hip is sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Sleeping on the other side for weeks now and the buttock ache still wakes me at 3 anyway.',
    top: 'any',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: "Outer hip aches when I lie on it but I sleep straight through, it doesn't wake me.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Hip pain since the end of the summer, rested all of October and November, still no better.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'Front hip pain since the first week of March. It is now mid May and the physio has not helped, no change.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'Week 9 of this outer hip pain, done all the rehab, nothing has changed.',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Week 9 of my marathon plan and my outer hip is a bit sore, no better after the rest day.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Groin aches so much walking to the shop I have to stop and wait for it to ease, since I doubled my mileage.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'My 80 year old dad has gone thin in the face and lost a stone, and his hip aches on his walks.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: "I'm 67, my outer hip aches when I lie on it. I have lost no weight and feel well.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'No back pain at all, but the top of my foot has gone numb since Friday.',
    top: null,
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Second toe keeps catching the inside of my shoe and the nail has gone black.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Pain in lower back and hip, no brnění (tingling), no numbness, worse sitting at the computer.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Grandma slid getting out of the shower and we had to carry her to the bed, her groin hurts.',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury', 'bone-stress'],
  },
  {
    text: 'Dad has been in hospital for a week, mostly in bed, and now one calf is swollen and sore.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: '14 year old in my running group, sore front of hip after the relay.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'I am in a fever for the Valencia marathon next week! Just a tight hip flexor on the hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Sore to bring my leg in across the other after a slide tackle, top of the inner thigh.',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'Achilles is stiff in the mornings. Hip, calf and knee all fine.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Both quads and both hips sore the day after the marathon, walking fine, just stiff.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Physio said come back if it is still bad in 6 weeks. It has been 9 days. Outer hip on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Had sciatica in my left leg last year, went after a fortnight. Now my right hip flexor is sore on hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Tingling down to my right foot and it has gone weaker, cannot stand on my toes. No back pain.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "Can't stand on my right leg to put my jeans on without a stab at the front of the hip, upped my runs a lot.",
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  // Twenty-fourth pass: numbness told with its quick end (a leg asleep on the loo, the cold,
  // an ice pack) beside numbness that stays; a denial that reaches past "pins and needles"; flu
  // with aches all over that is now; a hernia that is stuck or will not press back; foot drop in
  // plain words; a young runner's knee said against the hip; a child's age after "who's"; look-
  // alikes (boiling hot, a wheelchair pushed, laughing, shivers from watching, sideways drills,
  // both ankles puffy); a heel or Achilles with a fever; weight loss someone else noticed; a limp
  // gone by a named day; an old nerve story that is over.
  {
    text: 'Sat on the loo too long and got pins and needles all down my right leg, gone in a couple of minutes once I stood up. The real problem is my outer hip, sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Pins and needles down my right leg since yesterday and it has not gone away. Lower back aching too.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Toes numb for the first couple of miles this morning until I warmed up, fine after. Hip is grand.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Left the ice pack on my hip too long and the skin went numb for a while. The outside of the hip is still tender on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Never had pins and needles or numbness, just an ache low in my back going into the buttock when I sit.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Got flu, shivering, aching all over, and my hip is agony, I can hardly move it.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Had flu last month with a fever, all over now. Outer hip sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Lump in my groin usually goes back in when I lie down, this time it's stuck and getting pretty tender.",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'There is a swelling in my groin since this morning and I cannot press it back like before.',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Keep tripping over my own toes on the left since my back went last week.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "My right foot doesn't seem to lift properly on the trail and my buttock aches down the back of the leg.",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "I'm 15 and it's not my hip it's my knee, aches after training.",
    top: null,
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Posting for my son who's 14, he has been limping since football on Saturday.",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'I run with my grandson (9) on Saturdays. My own hip is stiff in the mornings and sore in the groin.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Feel boiling hot and shivery tonight and my groin aches.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "I push my daughter's wheelchair on my runs and the outside of my hip aches on the stairs.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "My friend fell over and I couldn't stand up for laughing. Groin clicks and catches when I pivot.",
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'Watching the marathon gave me shivers. Sore groin after football, hurts squeezing my knees together.',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'Groin hurts when I pull my leg inwards, squeezing my knees together and on sideways drills, since a slip on the ice.',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'Ankles both went puffy on the long flight, no pain, gone the next day. Outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Not my hip at all, my Achilles is swollen and sore and I've had a fever of 38.5 since yesterday.",
    top: null,
    redFlags: ['infection-signs'],
  },
  {
    text: "My wife pointed out my jeans are hanging off me and I haven't changed what I eat. Hip has ached for a month.",
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Front of my hip wakes me at night since upping my mileage.',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'Had a limp the day after a fall from a bruised knee, gone by Wednesday. Now my groin clicks and catches when I twist.',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: "I used to get tingling down my leg years ago from a disc, but not now. Now it's my outer hip, sore lying on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  // Twenty-fourth pass, second round: a story told with its end in the same sentence ("used to
  // wake me, hasn't for a month", "cured by February", "has gone completely", "ancient
  // history", "pain-free for weeks") and what is true after it ("…now I just have", "…the
  // same eight weeks on"); a shin's bone ache is not the hip's; bone stress where the pocket
  // sits or in the leg crease, told by walking.
  {
    text: "My groin used to wake me every night, hasn't for about six weeks now. Still a bit tight on hills.",
    top: 'any',
    redFlags: [],
  },
  {
    text: "Used to get tingling down my leg on long drives but haven't had any since I changed my car seat. Lower back a bit stiff after hills now.",
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: "I used to run 50 miles a week but haven't since the groin pain started, it wakes me at night.",
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'The clicking in my groin has gone completely since I rested, just here for shoe advice.',
    top: null,
    redFlags: [],
  },
  {
    text: 'The pain on the outside of my knee stopped after I cut my mileage, asking about shoes.',
    top: null,
    redFlags: [],
  },
  {
    text: "Hip was keeping me up at night in January but I've been running pain-free for weeks now.",
    top: null,
    redFlags: [],
  },
  {
    text: 'My hip flexor niggle from last winter is ancient history.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Night pain in my hip last year, the doctor gave tablets and it was cured by March. Now just stiff in the groin in the mornings and socks are hard.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Had dengue in June with a high fever and recovered fully. Now the outside of my hip hurts on the stairs and lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My calf was swollen after the race but went down in a day, now I just have a sore outer hip on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'The limp went within a few days, but the groin ache is the same eight weeks on despite rest and physio.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'Week 8 of PT for my hip flexor and it still hurts exactly the same lifting my knee.',
    top: 'hip-flexor-tendinitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Shins ache at night since I upped my miles, like a toothache in the bone. Hips are fine.',
    top: null,
    redFlags: [],
  },
  {
    text: "Numb bum after a long drive, gone once I'd walked about. Front of my hip is tight on hills.",
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Sore bum for a day after track, gone today.',
    top: null,
    redFlags: [],
  },
  {
    text: "An ache in the front of my hip when I'm walking round the shops, since I went from 3 runs a week to 6.",
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Pain in the leg crease at the front when I run more, and now also walking and standing at work.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Deep ache where my pocket sits since I doubled my weekly k, and now it aches just walking to the car.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  // Twenty-fifth pass: what is only supposed ("I'd go to A&E if I couldn't walk", "should I
  // worry if I get a fever?", advice reported) beside an "if" that is a real pattern; six weeks
  // told by dates ("today is", a day count, dates in figures, a week before Christmas, the clocks
  // going back); an ending that is a sentence of its own ("That's long gone") and a story that
  // comes back in the next; the side of the bum with a tingling leg; a simile ("like a boil");
  // a hot calf told in a list; a care home's "slid off her chair"; look-alikes (fell runs, the
  // crowds that carried me home, a date in March, night sweats after training, knowing the word).
  {
    text: "If the groin ever started waking me up I'd book the GP, but for now it only pinches when I squat deep.",
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Is it a worry if I get a temperature with this? My outer hip is sore on the stairs, no fever at the moment.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "I'd head straight to A&E if I couldn't put weight on it. I can walk fine though, it just aches at the front when I lift my knee.",
    top: 'hip-flexor-tendinitis',
    // "Couldn't" is read as "cannot": kept as the emergency, by decision after a safety
    // review (docs/clinical-decisions.md, twenty-fifth pass).
    redFlags: ['cannot-bear-weight'],
  },
  {
    text: "The physio said if my leg goes numb I should ring 111. Right now it's an ache low in my back that goes into the buttock.",
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'It hurts if I sit on a hard chair for long, right on the bone I sit on.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: "My knee gave way and I fell on the ice this morning, and now I can't put weight on the leg. I'd have gone to A&E but the roads are closed.",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: "My daughter, 8, won't stand on her left leg this morning and cries if we move her hip.",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'child-hip-pain'],
  },
  {
    text: 'Hurt it on 3 March. Today is 30 April, still off running, doing my rehab, and the groin still aches when I squeeze my knees together.',
    top: 'adductor-strain',
    redFlags: ['not-improving'],
  },
  {
    text: 'Day 50 of no running and the sit bone still hurts on the train seat. Rehab every day, nothing has changed.',
    top: 'hamstring-tendinopathy',
    redFlags: ['not-improving'],
  },
  {
    text: "Stopped running since my race (early May) and it's now the middle of July. Outer hip still sore lying on it, no better.",
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: "Sore since 8/3, it's 10/20 now, rested the whole time, outer hip no better on stairs.",
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: "Hurt it on 3 May, it's 20 May now, still sore at the side of the hip.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "I had pins and needles down to my foot after lifting the sofa in the spring. That's long gone. Now the outside of my hip is sore lying on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'The numbness down my right leg cleared after a fortnight in January. It came back yesterday, into my little toe, with low back pain.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "Had a fever on Monday with a cold, that's gone now. My outer knee hurts on long downhill runs.",
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'The side of my bum aches and since this morning my toes tingle.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "Front of my hip is throbbing like a boil, I can hardly move it, and I've got a temperature of 38.6.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Got a boil on my inner thigh where my shorts rub.',
    top: null,
    redFlags: [],
  },
  {
    text: 'One calf feels like a hot water bottle, tight and sore, since the flight back from Spain.',
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: 'Grandad slid off the toilet this morning, his hip is very sore and his leg looks turned out.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Did three fell runs in the Peaks last week and the outside of my knee goes sharp about 4 miles in, worse coming down.',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'The crowds carried me home in the last mile! Now my outer hip aches on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "My hernia winnae go back in this time, it's sore and I've been sick.",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Back pain since Friday and now a numb patch across both bum cheeks.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Athlete (15, hurdler) has pain at the front of the hip after sprint sessions.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'I get night sweats after late training sessions. Otherwise well, just a sore outer hip on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My sister has MS, so I know what numbness feels like. No numbness here, just a deep ache at the sit bone on long drives.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: "Since the clocks went back I have not run and it's a week before Christmas now. Physio twice a week and the groin still pinches getting out of the car.",
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'Mileage went up 30% in 2 weeks after New Year. Deep ache in the groin walking to work.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  // Twenty-fifth pass, second round: weight lost "not even trying" across a clause; bruises looked
  // for and not found; night waking "even when I'm on my right side"; a hip that suddenly seized
  // with no injury; numbness gone after a short walk; a leg that goes dead and heavy on walking
  // (not legs that felt dead after a race); a ping at the back of a teenager's thigh.
  {
    text: "Dropped 5 kilos since the summer and I'm not even trying, and my lower back aches into the hip most evenings.",
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Lost weight on purpose for my race, 4 kilos, and my outer hip aches on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Took a tumble on the towpath, my wife checked me for bruises and there weren't any. Nothing hurts.",
    top: null,
    redFlags: [],
  },
  {
    text: "My outer left hip wakes me most nights, even when I'm on my right side, and it aches sitting still.",
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: "Woke up and couldn't lift my leg at all, the hip just seized with pain, no fall or knock.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Numb bum after the long train journey, went away after a short walk along the platform.',
    top: 'any',
    redFlags: [],
  },
  {
    text: "My leg goes dead and heavy after ten minutes of walking and eases when I sit, with a sore low back. I'm 74.",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'My legs felt dead after the marathon, back to normal now.',
    top: null,
    redFlags: [],
  },
  {
    text: 'My 15 year old felt a ping in the middle of the back of his thigh at sports day.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  // …and pain placed at the back (the dimple, the buttock) is not read as the outer hip for
  // rolling over in bed or standing on one leg; "waist" for the hip, and an outer hip with a
  // stiff back, stay the outer hip.
  {
    text: 'Ache in the dimple at the bottom of my back that spreads into the buttock, worse rolling over in bed and standing on one leg to pull my jeans on.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'My waist is paining on the side, right on the bone, when I lie on it at night to watch TV and when I stand on one leg.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Outside of my hip is sore lying on it and standing on one leg, and my lower back is a bit stiff too.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  // …after a safety review of that reading: a worry about what is so ("if I can't put any
  // weight on it since I slipped", "if I've had a temperature since last night"), a description
  // before "what if", a polite opener, advice that has come true: all still raise their flags.
  {
    text: "Do I need to go to A&E if I can't put any weight on my right leg since I slipped on the stairs?",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: "Should I be worried if I've had a temperature of 38.6 since last night and my hip really hurts?",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "Is it a worry if it's numb around my bum when I wipe? Back has been sore all week.",
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: "My calf is hot and swollen what if it's a clot, I flew back from Dubai on Sunday.",
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: "The GP said if the groin lump stopped going back in to go straight to A&E, and it's stuck out now and I've been sick.",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: "I'd be grateful if anyone could help, I've got a fever and my hip is agony.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "My physio said if the pain went into my groin and I couldn't walk on it to go to A&E, which is exactly what has happened.",
    top: 'any',
    redFlags: ['bone-stress', 'cannot-bear-weight'],
  },
  {
    text: "Should I worry if I get a fever with it? At the moment it's just an ache on the outside of my hip when I lie on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "If the numbness ever came back I'd ring 111, but right now it's just a tight low back after deadlifts.",
    top: 'back-referred-pain',
    redFlags: [],
  },
  // Twenty-sixth pass: a child's age as families say it ("DD is seven", "(twelve now)", "18
  // next month", "mera beta", "me mam"); hips and back both fine beside a numb foot; nerves that
  // keep a runner awake; endings in a clause of their own, after an emoji, or "fully better now"
  // with play starting again; "came back worse" after rest; hopping to the bathroom; an older
  // runner's groin ache at rest (the joint first, unless training built up); the outer side
  // of a knee said a few words after it.
  {
    text: "DD is seven and since Sunday she's been limping and says her hip hurts. No fever, no fall that we saw.",
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Our three year old keeps limping after nursery and rubs the top of his leg. No temperature.',
    top: 'hip-joint',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: 'Her growth spurt has been huge (twelve now) and the front of her hip hurts when she sprints at netball.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "He's 18 next month, plays county rugby, and the outside of his hip is sore lying on it at night and on the stairs.",
    top: 'hip-bursitis',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Mera beta is 13, runs for his school. He has pain in the front of the thigh near the hip and is limping since two days.',
    top: 'any',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: "Me mam's hip's been at her all winter. She's 74, stiff first thing and struggles to get her tights on.",
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Pins and needles on top of my foot and my ankle feels weak since the weekend. Hips and back feel totally fine.',
    top: null,
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Two nights lying awake at night stressing about the race on Sunday. Body feels fine, legs fresh.',
    top: null,
    redFlags: [],
  },
  {
    text: "I had pins and needles down my calf from a disc in 2021, that all settled. These days it's an ache on the outside of my hip when I climb stairs.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Bad cold last week, all better now 🙂 Outer hip still sore when I lie on it though.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "My son (11) limped for a few days in the summer after a football knock, fully better now and playing again. Just wondering if that's normal.",
    // "Fully better now" is not read as an ending: a safety review found it ending sentences
    // that go on with a pain ("Fully better now, but my groin hurts when I hop"). The child flag
    // stays, a same-day false alarm chosen over a missed one (docs/clinical-decisions.md).
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Outer hip pain since the spring. Rested two months, had physio, it came back worse as soon as I started running again.',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: "My 15 year old's knee has ached for a fortnight and today he can't put weight on that leg at all, hopping to the bathroom.",
    top: 'hip-joint',
    redFlags: ['cannot-bear-weight', 'child-hip-pain'],
  },
  {
    text: "I'm 66 and still jog twice a week. Deep groin ache that wakes me most nights and is there when I'm sat in the armchair.",
    top: 'hip-joint',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: "She thinks it's her knee but it's sharp on the outer side from about 5 miles, worse downhill.",
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: "Groin ache that started three weeks into my marathon block, and now it throbs even when I'm sitting on the sofa. Age 52.",
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  // Twenty-sixth pass, from the helper's safety review of the two rounds: what must stay raised.
  {
    text: 'Fever better since Monday but still 38 most evenings and my groin is killing me.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "Temp of 38.9 this morning, gave her calpol and she was fine by lunchtime, but she's limping and won't let me touch her hip.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Fully better now, but my groin hurts when I hop.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'My baba has a fever and her hip is swollen and she cries when I change her nappy.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Me and DD both have a fever, my hip is swollen and sore.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "I've had hip injections (three) and still have rest pain in the groin, I'm 56.",
    top: 'hip-joint',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: "My son (13) had a limp in the autumn, settled in a week. Now it's me, I'm 46, and my groin aches at night again.",
    top: 'hip-joint',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  // …and three the review found missed by the old and the new code alike, now read.
  {
    text: 'My daughter has a fever and her hip is swollen.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "My baby has a fever and won't move her left leg.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "Temp went down by Tuesday but now it's 39 again and my hip is agony.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Fever settled by Monday then returned yesterday with hip pain and rigors.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Wife had covid with a fever last month, all better now. She is back running, with a niggle at the front of her hip on hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  // Twenty-sixth pass, second round: the saddle and the bladder in other words ("private zone",
  // "wet the bed, never before", "cannot hold the stool", "when I use the toilet paper"); night
  // sweats from a hot summer; both legs the same after a flight; "my baba"; "one month and half";
  // "now is back since"; a calf fine after a flight, now hot and swollen; a hernia that always
  // goes back but not tonight; a child's hip that hurts again; tingling spreading up from laces
  // already loosened; weight dropping "and I don't know why"; "Went after a week."
  {
    text: 'Since this morning there is tingling in my private zone and my back is hurting down the leg.',
    top: 'back-referred-pain',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'My back has been bad for two weeks with sciatica, and last night I wet the bed, that never happened before.',
    top: 'back-referred-pain',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Low back pain into the buttock, and since Monday I cannot hold the stool properly.',
    top: 'back-referred-pain',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Sciatica on the right, and now it feels numb when I use the toilet paper.',
    top: 'back-referred-pain',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Sweating at night from the hot summer here, no fever. The outside of my hip hurts on stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'After the long flight both legs are a bit puffy, both legs the same, no pain at all. My groin pinches when I squat deep.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'My baba had cancer in his bones. I am 29, front of my hip hurts when I lift my knee to sprint.',
    top: 'hip-flexor-tendinitis',
    // "Baba" is not read as "dad": it is a baby in Irish and Scottish English ("my baba has a
    // fever and her hip is swollen" must stay the emergency), so the cancer may be the
    // writer's family's or not: the soon flag, as cautious.
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Since one month and half I rest and do physio, but the groin pain is still the same. Nothing helps.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'The outer hip pain went away in spring, now is back since two weeks when I lie on that side.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Calf was fine after the flight home, now on day three it's hot and swollen, just the right one.",
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: "My groin hernia always goes back in when I lie down. Tonight it won't, and it's really painful.",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: "My son (13) had a sore hip in the winter that settled after a week. Now the same hip hurts again and he's limping.",
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Numb big toe, I thought it was the laces, loosened them but it's still numb and now the tingling is spreading up into my calf.",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "My weight is dropping, 5kg since summer, and I don't know why. My hip aches deep in the groin.",
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Sore hip for a few days after the half. Went after a week. Should I see a physio before the next race?',
    top: null,
    redFlags: [],
  },
  // Twenty-seventh pass: the categories the tuned sets missed, in our own words.
  {
    text: 'Both my foot a bit puffy after the long flight, nothing hurts, no redness. Legs otherwise fine.',
    top: null,
    redFlags: [],
  },
  {
    text: "Flew back from Perth yesterday and my left calf has got bigger and it's warm to touch.",
    top: null,
    redFlags: ['blood-clot'],
  },
  {
    text: 'Had flu with a fever last yr, all fine. Now 58 and my groin is stiff first thing and putting socks on is hard.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Slipped disc in 2015 with saddle numbness back then, operated, fine ever since. These days only a stiff back after long runs.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: "His heels are sore after football, he's 11, walks fine, nee limp at all.",
    top: null,
    redFlags: [],
  },
  {
    text: "Knee replaced? No, hip replaced in 2020 and I walk like a teenager. It's the pain under my kneecap on the stairs.",
    top: null,
    redFlags: [],
  },
  {
    text: 'My mam had breast cancer a long time ago so I worry. The outside of my hip hurts on the stairs and lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Since last night I can't feel the seat under me when I sit and the toilet is difficult, low back pain too.",
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Back ache after the long run. No numbness, tingling or leg weakness and the loo is normal.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: "My shin has gone dead on the outside and it's not coming back, four days now, with a sore back.",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'He says his leg is fizzy right down to his toes since Monday, and his bum aches.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Low back and buttock ache for weeks, it has me awake most of the night whatever side I lie on.',
    top: 'back-referred-pain',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: "My daughter's eight and she's been limping since Saturday, says her knee hurts.",
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'I coach a 15yo sprinter who pulled up with pain in the middle of the back of his thigh.',
    top: null,
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Night sweats after my peak mileage weeks, no temperature when I check. Outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Ultra done! Hips feel amazing after all that glute work. Just my Achilles is creaky in the mornings.',
    top: null,
    redFlags: [],
  },
  {
    text: "Came off my bike onto my hip an hour ago, the leg looks shorter and I can't bear the pain.",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: "My ankle has puffed up like a balloon and it's hot, and I've a temperature of 38.6.",
    top: null,
    redFlags: ['infection-signs'],
  },
  {
    text: 'No fever, but my hip has swollen up and feels warm, and it hurts to move it.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Bit of a temperature with this cold and my groin aches when I walk.',
    top: 'any',
    redFlags: ['infection-signs', 'bone-stress'],
  },
  {
    text: 'My temperature comes and goes this week and my hip is getting sorer.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "Our 4yo had a temp that went away, today it's back up to 39 and he's limping.",
    top: 'any',
    redFlags: ['infection-signs', 'child-hip-pain'],
  },
  {
    text: 'My watch says my skin temperature is up but I feel fine. Front of my hip hurts when I lift my knee on hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'The car was running a temperature so I jogged home. Outer hip sore on the stairs since.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    // (A "fever dream" is read as a fever: someone having them may have one. The safety review
    // found "fever dreams all night… limping" lost when the words were set aside.)
    text: 'Fever dreams all night and now I am limping, my hip really hurts.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Deep ache where my back jeans pocket sits, worse driving and after sprints.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'My hip catches and I have to move my leg to unlock it, groin pain when I turn.',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: "Sit bone aches on the bus seats. My partner has sciatica but mine doesn't go down the leg.",
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Glute med pain for two months, outer hip, worse on stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    // Kept as an emergency by choice: reading "for the first hour" as an ended spell also lost
    // "for the first day I couldn't put weight on my leg" (safety review, twenty-seventh pass).
    text: "For the first hour after the fall I couldn't put weight on it. Now I'm walking fine and did a 5k, just bruised on the outer hip.",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: "Our 1 yr old isn't putting weight on his left leg and he has a temperature.",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'infection-signs'],
  },
  {
    text: 'Came off my horse onto my hip this morning. I am 74 and limping.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Saddle numbness since last night and the sciatica down my leg has gone, weird.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    // (The child flag is wanted here too and is missed: the limp is told in the GP's words and
    // the age in a clause of its own. Reported in the pass's closing note.)
    text: 'GP on the phone said a temperature of 38.9 with a limp needs seeing, my son is 7.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "My husband had bowel cancer, now a deep thigh pain, worse at night. I run too, my hip's fine.",
    top: 'any',
    redFlags: ['night-or-rest-pain', 'weight-loss-or-cancer'],
  },
  {
    // Twenty-eighth pass: "sorer than last week" compares, it does not put the fever in the past.
    text: "Mum's 70 and had her new hip a fortnight ago. Tonight she's shaking with a temperature of 38.7 and the hip is sorer than last week.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    // "One of my club runners" is someone else, after the writer's "Coach here".
    text: 'Coach here. One of my club runners has pins and needles down his leg to the foot since Monday, and the leg feels weak going upstairs.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Three months of physio for my hip arthritis and if anything the groin ache is a bit worse.',
    top: 'hip-joint',
    redFlags: ['not-improving'],
  },
  {
    text: "Feeding my 5 month old and back to running 40 miles a week, I've lost a lot of weight. Deep groin ache and it hurts to walk up the road or even stand at the hob.",
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: "Hip and groin stiff in the mornings, I'm 66. The x-ray showed some wear last year.",
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: "Deep bum pain, worse sitting on the hard seats at my daughter's football.",
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Groin pinches when I sit in a squat position and when wearing socks.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Pulled my groin at five-a-side three weeks back, much better, hardly notice it now except squeezing my knees.',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    // A child named in the writer's own clause, limping in the next.
    text: "Grandma here, I take my grandson (7) to junior parkrun. Since Saturday he's been limping and says his knee aches.",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "I'm 79 and on warfarin. Tripped on the rug last night, hip is swollen and the pain is awful, I can only hobble with my stick.",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: "Fell in the garden yesterday, I'm 74, can't get out of bed this morning.",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: "Slipped in the kitchen and bruised my bottom, can't walk more than a few steps.",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: "Lost 5kg since summer but that's because I cut out the beer and I'm training for a half. 62. Outer hip aches on the stairs.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My ankle (the arthritic one) wakes me at night. 70. Hips are fine.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Diabetic, feet numb for years, nothing new there. Groin stiff getting out of the car, 67.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: '15 M. Pain at the front of my hip when I sprint.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    // Old numbness in its own clause; the new foot drop still counts.
    text: 'Tingling for years in my feet, but since yesterday my right foot is dragging.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    // From the second safety review of the pass: old numbness never hides new numbness.
    text: 'Tingling in my toes for years, and since Tuesday my whole leg has gone numb.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "I'm 70 and cut out the wine, but I'm still losing weight though I'm eating well, and my hip aches at night.",
    top: 'any',
    redFlags: ['night-or-rest-pain', 'weight-loss-or-cancer'],
  },
  {
    text: "I'm 69 and can't get up early for runs any more. Tripped on a kerb last month, hip's fine.",
    top: null,
    redFlags: [],
  },
  {
    text: "I can only hop about ten times on my left leg before it hurts, that's my physio's test.",
    top: null,
    redFlags: [],
  },
  {
    text: "Fell on the ice, I'm 35, can only hop.",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Weather: 16 F. Ran 10 miles, hip sore after.',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Landed on my hip on the track last week. The bruise has gone purple but it does not hurt and I ran fine today.',
    top: null,
    redFlags: [],
  },
  // Twenty-ninth pass: a young age on its own after the writer says who they are; a named
  // teller's news of someone else; short questions answered no; the rest in our own words.
  {
    text: 'Club physio here. 15 year old, sore groin when she turns at the cone, and it clicks.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Runner here. 16 year old, the outside of my hip is sore lying on it.',
    top: 'hip-bursitis',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Sore outside of my hip on the stairs. 17 years old, 800m.',
    top: 'hip-bursitis',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Twelve year old girl. Her coach messaged me that she has been running funny and her knee hurts.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Fever? no. Numb between my legs? no. Tingling down my leg? nope. Just a stiff low back after the long run.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Back pain since Monday and now both my bum cheeks feel numb.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Sciatica in my left leg, and I do not control well the pee since yesterday.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'I lose 4 kilos without trying and my hip aches.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'I want to lose 3 kilos without dieting before the race. Outer hip sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'DOMS in my quads and glutes, both sides, after the hill session. Eases once I move about.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Chafed inner thighs after the marathon, the skin is red and burning in the shower. Hips and groin feel normal.',
    top: null,
    redFlags: [],
  },
  {
    text: "Everyone warns about limping and pain at night with stress fractures, but I don't have any of those. My outer knee goes sharp at 8k, worse downhill.",
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'I keep reading about night pain and limping with stress fractures. I have both, and my groin hurts when I walk.',
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'Groin pain for 8 weeks now. I rested and did the exercises, still not good.',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'Sharp pain on the outside of the same knee at 10k every run, worse downhill.',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'Deep ache in my buttock after sitting at my desk and when I bend to lift my toddler. No tingling.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  // Twenty-ninth pass, second round: a new night ache in an older groin is still bone stress
  // (the safety review took back a wider arthritis exception). Groin pain on kicking.
  {
    text: "I'm 70 and my groin has ached at night for a week.",
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'Groin pain since kicking a ball at the park with my niece.',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'Front of my hip hurts when I kick, groin fine.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  // Third round: walking to and fro, a pillow between the knees, sleeping sat up.
  {
    text: 'Since I doubled my mileage my groin hurts when I walk up and down the corridor at work.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Ten weeks of side planks and a pillow between my knees at night, and the outside of my hip still aches lying on it.',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: "My hip hurts so much lying down that I've been sleeping sitting up in the armchair.",
    top: 'any',
    redFlags: ['night-or-rest-pain'],
  },
  // From the pass's safety review: what the new readings must never hide or raise.
  {
    text: "I've read about cauda equina, I now have numbness between my legs and can't pee, never had that",
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Reading about stress fracture risk factors like low energy, I have groin pain at night and when I walk, but I do not have any of those',
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'My groin hurts when I walk and I keep reading about stress fractures, but I do not have any of those.',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Has the numbness between my legs gone? no.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    // (The "no" answers the numbness only: the front-hip pain on walking stands.)
    text: 'Ran a lot this month, hip sore at the front when I walk, numbness? no',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: "I'm 14. Mum told me she can see the limp, my hip hurts.",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "I can't stand on that leg alone after the fall.",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Since having kids I do not control my pee when I jump. Outer hip sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My bum cheeks went numb on the long drive, back is a bit stiff.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'How do I lose 5 kilos without dieting? Outer hip sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Glute pain for two weeks, still not good. Did 70 miles a week over the past year.',
    top: 'any',
    redFlags: [],
  },
  // Third round, from the arrivals: a checklist answered with dashes, a hip that cannot be
  // moved at all out of nowhere, a leak "never happened before" with sciatica, weight lost "not
  // trying" in a clause of its own.
  {
    text: 'Sore sit bone on hard chairs and intervals. Numbness - no, tingling in the leg - no.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Since this morning my hip has gone to not being able to move it at all for the pain, no injury.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Sciatica for a week and I leaked a bit of poo today, never happened before.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: "I've lost a lot of weight since spring, not trying, and my hip aches all day.",
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'I can walk, hop and stand on it all day with zero pain. Front of hip pinches lifting my knee.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: "She's 70 and up half the night with her hip.",
    top: 'any',
    redFlags: ['night-or-rest-pain'],
  },
  // From the second safety review: a dash and a "no" that go on to say more are not an answer;
  // "nothing since" is as often the painkillers; a fear of a stiff hip is not one.
  {
    text: "numb between my legs - no, it's worse",
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: "She's 7, limping since Sunday - no, she didn't fall",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Fell off my bike on Sunday, can't put any weight on my leg, had two paracetamol at 8, nothing since",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'Coach told me he cannot put weight on his leg after a tackle, he is 14',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'child-hip-pain'],
  },
  {
    text: 'Scared of not being able to move it at all after my hip surgery next month. Outer hip sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Had a fever dream about the race last night, and now I'm shivering and my hip really hurts.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Had a literal fever dream that I won the race. Outer knee sharp at 8k every run, worse downhill.',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  // Thirtieth pass, from the last judge's missed flags: "needles and pins"; "when she's
  // resting"; an earlier episode's ending is its own; and what the safety review kept out.
  {
    text: 'Lower back sore since Sunday and now needles and pins in my right foot.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "Mum's 63 and her groin aches deep down, and it's there when she's resting, not only after a walk.",
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'Our son is 12 and has a limp since football on Sunday. He had the same thing last year and it went in a few days.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'I am 35. Groin hurts when I walk since the half. Had the same thing two years ago and it went in a week.',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    // The ending still ends what the sentence before told, with no past of its own.
    text: 'Pins and needles down my leg for a week in March. It went after a fortnight. Outer hip sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    // …or dating it: "that was…" ends the story before.
    text: 'Groin hurt to walk on and ached at night. That was last year, it cleared up after physio. Now my outer hip is sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Bought needles and pins to fix my race number. Outer hip sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  // Thirty-first pass, from the last judge's missed flags, with what three safety reviews kept
  // out, and real flags told beside readings tried and withdrawn (docs/clinical-decisions.md).
  {
    text: 'My son is 18 next month, so 17 now, and his groin hurts when he squeezes his knees together.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "My wife woke up and her hip suddenly can't be moved at all for pain. She hasn't fallen.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "My hip surgery date cannot be moved at all, so I'm waiting with a sore outer hip on the stairs.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My back hurts and the pain goes to the buttocks. Today I am not able to control the poop, the first time.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'I put a pillow between my legs when sleeping on my side and it helps the outer hip.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Groin aching for weeks and this morning I couldn't get out of bed and stand on it, had to shuffle on my bum to the bathroom.",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'bone-stress'],
  },
  {
    text: "Couldn't get out of bed to walk the dog because it was pouring, and my outer hip is sore on the stairs.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Since Tuesday, pins and needles running from my left thigh right down to my foot, probably from the cold.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'GP thinks irritable hip and said bring her back if she gets a fever, and at 3am she was 39.2 and shaking.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Shivering fits and a fever of 38.9 tonight, he warmed up in an hour under blankets, hip hurts.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'The fever was in January and all gone until yesterday when it spiked to 39 again, and my hip hurts.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'A numb patch on my outer thigh for 15 years but now it is spreading down to my knee and my hip aches.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'My new hip cannot be moved at all into the pigeon pose, so tight after marathon training.',
    top: 'any',
    redFlags: [],
  },
  {
    text: "Since starting iron tablets I cannot control the poop, it's like water, and my outer hip aches after parkrun.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Couldn't get out of bed and put weight on my leg without a stiff first step, hip arthritis, I'm 61.",
    top: 'any',
    redFlags: [],
  },
  {
    text: 'First steps in the morning my heel is agony. Hip is fine, just mentioning it because the app asks.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Got doored on the commute this morning and went down at speed right onto my hip, the pain is off the scale.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: "Slipped and came down on black ice, hip took it, the pain is like a solid 8/10 and I'm limping home.",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'My legs were on fire on the hill reps but I nailed the session, nothing hurts now.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Lost sensation around the back passage since yesterday and my low back is worse than ever.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Struggling to know when I need to go for a poo since my back went into spasm on Saturday, left leg aching.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Hard to know when I need to go on long runs so I plan loo stops, hip flexor tight on hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: "The hernia in my groin popped out on the run, tried to push it back in at home but it's stuck and hurting.",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Nearly got doored by a taxi on the way to parkrun but swerved, outer hip sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'I went down onto my side to do the clamshells and the outer hip ached on the stairs after.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Hard to know when I need to go to the GP rather than rest, my outer hip is sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Saddle area chafed from the ride, and since lunch it's numb down there too, with my back aching.",
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Does anyone else get an outer-hip ache that wakes them at 4am even lying on the other side?',
    top: 'any',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Went down to the pub on my side of town after parkrun, outer hip sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Since his back flared up his left foot slaps down and he catches his toes, 58 and still running.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Aching in my bum goes down to the back of the leg when I sit at my desk, no tingling.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'The physio asked about altered sensation around the perineum and I said none, my outer hip is sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "My dad (78) came down on the pavement outside the shop, says his hip is sore and he's limping.",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: "My mum had breast cancer last year, she's doing well. Asking about my dad (67), his groin is stiff in the mornings and socks are a faff.",
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Both legs on fire after the long-haul flight and my right calf is swollen and hot.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Been hitting the glutes and hip full force in the gym this block, outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "My son is 16 and says he couldn't stand another lap of the track, but his actual problem is the outside of his knee at 6 miles.",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "He can't stand any more on the right leg after the tackle, hip is swollen.",
    top: 'any',
    redFlags: ['cannot-bear-weight'],
  },
  {
    text: 'Lost my appetite for racing after a rubbish season, but the front of my hip grumbles lifting my knee on hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Lost my appetite for weeks and my trousers are loose, hip aches at night.',
    top: 'any',
    redFlags: ['night-or-rest-pain', 'weight-loss-or-cancer'],
  },
  {
    text: "Year 13 but I'm 18 already. Groin ache on long runs and a pinch when I squat deep.",
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'My son is in year 13, his 5k time is 19 minutes now and he has started limping.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Sixth former, 16. The sit bone on my right is sore on hard chairs and uphill.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "My niece plays for the U15s and has been limping since Saturday's match.",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "I coach and often end up running with the U14s on Tuesdays, I'm 41, and my outer hip is sore lying on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Mum is 71, slipped on the wet steps and landed on her hip, the pain in the hip is desperate though she can take a few steps.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'No injury, but since lunch my hip is so painful I can barely move it, and I feel hot and horrible.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "Hurt my back lifting on Monday. This morning I didn't make it to the loo, no warning at all, and both legs feel heavy.",
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: "Out for a jog this morning and didn't make it to the loo, no warning at all, gels I think. Outer hip sore on stairs.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Had linfoma four years ago, in remission, and now a deep ache in my buttock for a month.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'I feel horrible about skipping the club run, my outer hip is sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  // Thirty-third pass: the idea behind a sign, not one wording of it.
  {
    text: 'The ache in my groin and down by the pubic bone comes on when I walk to work and when I stand at the bus stop.',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: "Front of my hip is sore most of the day now when I'm stood at the counter, since I went up to 50k a week.",
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Pain in the groin when standing for the anthem before races, and now walking too.',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Hip pain when I stand on one leg to put my jeans on, outer side.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Fell off the kerb onto my hip, can still walk but the pain is a solid 8.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: "Grandad keeps shaking, sweaty and burning up, and he won't let anyone touch his hip.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "No fall or knock, but I can't move my hip at all for the pain this morning and it feels hot and swollen.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Question from a coach: one of my runners is 15, sore at the front of the hip after hurdles.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My daughter is in P6 and has been limping since Sunday.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'I had a high temperature last week, all gone now. My outer hip is sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My hip used to wake me every night before Christmas but since I changed my mattress that has stopped.',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Lost 3 stone on purpose this year with the running club. Mild groin stiffness in the mornings, better since I lost the weight.',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Shins killing me after the 10k, throb in bed at night. Hips are happy at least.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Mum has arthritic knees that click going downstairs. Her hips are fine.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Lower back pain for ten weeks despite cutting running right back, no better at all.',
    top: 'back-referred-pain',
    redFlags: ['not-improving'],
  },
  {
    text: 'Son (19) at college, front of his hip hurts lifting his knee on hill sprints, and getting into my car.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'Trail runner and climber, 44. Outer hip tender, lying on the right hurts on the bony bit.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Tripped on a kerb, rolled over and got straight up, no pain since. Just an ache at my sit bone after the long session.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  // …and a symptom box's answers, split at spaced slashes once one opens with a yes or a no.
  {
    text: "no fall / yes temp since this morning / hip won't move",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "yes fell / no can't stand up / hip",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: 'yes hurts to hop / no clicking / groin / 60 mi wk',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'no not better after 7 weeks rest / yes sit bone sore sitting',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: '15 f groin pain after hurdles',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'add doctor strain 8 wks, rested, no better',
    top: 'any',
    redFlags: ['not-improving'],
  },
  {
    text: 'pins an needles down my right leg into the foot since Monday',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'DAUGHTER 6 LIMPING AND HOT TEMP SINCE LAST NIGHT',
    top: 'any',
    redFlags: ['child-hip-pain', 'infection-signs'],
  },
  {
    text: 'groin lump normally goes back in, now stuck and sore',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: "Felt a pop in my left groin lifting. There's a tender hard lump now that won't push back in.",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: "Tender swelling at the top of my thigh, in the groin crease, since this morning, and I've been sick twice.",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'SI joint / bum pain on the right, stiff after sitting.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  // …and the look-alikes a safety review found for them.
  {
    text: 'yes temp checked at the GP, totally normal, just a tight hip flexor',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Hernia repaired 2 years ago, now stuck at home with a groin strain',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Ran the half in hot temp 30C and my hip flexor cramped',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'My groin twinges on walking lunges at the gym but not otherwise',
    top: 'any',
    redFlags: [],
  },
  {
    text: "Overtaken by a woman in her 60s at parkrun. I'm 28, deep groin pain at night, physio mentioned osteoarthritis.",
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: "He had a temp, it's gone now with calpol, but he's limping.",
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "Fall? no / can't weight bear since this morning",
    top: 'any',
    redFlags: ['cannot-bear-weight'],
  },
  {
    text: 'Since I fell it hurts to roll over in bed onto my hip at night.',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Finished the marathon sweaty, shaking and starving, groin a bit sore after.',
    top: 'any',
    redFlags: [],
  },
  // Thirty-fourth pass: a hip condition only asked about, while what hurts is lower down.
  {
    text: 'Is it my IT band? The pain is around and behind my kneecap, nothing on the outside of the knee.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Bursitis? The back of my heel is sore and puffy where the shoe rubs. Hips are fine.',
    top: null,
    redFlags: [],
  },
  // …but a guess beside a place in the hip region, the outside of the knee, or a hip that is
  // not said to be fine, still reads it (the last two from the safety review).
  {
    text: 'Is it bursitis? It wakes me every night and my knee hurts.',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'ITB? Outside of my knee goes sharp at 5k and downhill is worst.',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'High hamstring? Sitting on the bone at my desk hurts and hamstring stretches make it worse.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'labrador tear?? groin locks and clicks when I twist',
    top: 'cartilage-tear',
    redFlags: [],
  },
  // A parent naming the child: "mum to Isla who's 13".
  {
    text: "I'm mum to Isla who's 13; she felt a pull high in her inner thigh doing the splits.",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "I'm a mum of two and my own hip aches on the outside when I lie on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'back→buttock ache 7 wks physio not better',
    top: 'back-referred-pain',
    redFlags: ['not-improving'],
  },
  // Weight put on is weight gained, not the leg loaded.
  {
    text: "I've actually put weight on this year. Pinch in the front of my hip squatting and putting socks on.",
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'sciatica and a weak foot since Tuesday',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Lower back and buttock pain sitting in the car. No numbness, no feeling of weakness, toilet normal.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: "Thought the numb bum was from the spin bike but it's been two days, numb round my back passage and I'm not right with the toilet.",
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Goes a bit numb on the spin saddle but feeling comes back a few minutes after I get off. No back or leg pain.',
    top: null,
    redFlags: [],
  },
  // The calf that hurts to walk on is the clot's, not a bone in the hip.
  {
    text: 'Deep pain at my sit bone for 3 weeks. Since the long drive my left calf is swollen, hot and really painful to walk on.',
    top: 'hamstring-tendinopathy',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Dimple at the bottom of my back hurts. Standing on one leg hurts there and sitting slumped.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Lots of jumping in HIIT class. My inner thigh hurts when I squeeze my knees together.',
    top: 'adductor-strain',
    redFlags: [],
  },
  {
    text: 'She is 19 and has lost her period; her groin hurts standing on 1 leg.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Mum (72) fell off the kerb and is in awful pain in the hip.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  // A booked appointment dates "now": months since the pain began.
  {
    text: 'Hi, booked in with you on the 14th of June. Outer hip pain since February, stairs and lying on it, and after shockwave and glute work it is exactly the same.',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'Hi, booked in with you on the 14th of June. Outer hip pain since the start of June, no better yet.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  // The safety review's look-alikes for this pass's readings.
  {
    text: 'Whenever I have put weight on, my groin hurts, since upping my miles.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Weak foot muscles, my coach says. The outside of my hip hurts lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "I've lost the feeling of my left foot, back pain down my leg.",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Not right with the loo after a curry last night, and my hip hurts.',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Groin pain since upping my miles. It hurts to walk on and my calf is tight too.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Groin hurts with any sort of jumping since my mileage went up.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'The awful pain of losing at parkrun after I tripped on a root. Outer hip a bit sore.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Ran a PB on 1 March. Hip sore since last week, no better. Appointment on 20 May.',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Marathon booked for 26 April. Outer hip sore since 1 February, no better.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'My foot goes numb on the treadmill, feeling comes back a few minutes after I get off. Back pain.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Saddle area numb since the spin class 2 days ago, not gone, back pain.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: "I thought I'd try cycling instead of running; numb down below after a 2 hour ride, fine after 10 minutes.",
    top: 'any',
    redFlags: [],
  },
  {
    text: 'My son Ben who is 16 years older than his sister has hip pain.',
    top: 'any',
    redFlags: [],
  },
  {
    text: "I'm 80 and fell yesterday, standing on one leg hurts.",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  // Two the review found that the start code also missed.
  {
    text: 'Mum of Lily, 15, who has knee pain and a limp.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'On alendronate for 10 years, my thigh hurts standing on one leg.',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'My son Tom, 35, has a sore outer hip lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  // Thirty-fifth pass.
  {
    text: 'I am 72, my left hip has ached since this morning and I feel hot and sweaty and unwell.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Feel hot and sweaty after the tempo run, outer hip a bit sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Just out of hospital after a week with pneumonia and my left calf is swollen and sore.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'Numb crotch on long 100km rides, gone within 5 minutes of getting off the bike. Back fine.',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'My daughter is 12 and her thigh aches at the front after netball, no limp.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'My lad is 13, pain at the top of his thigh by the hip when he sprints and lifts his knee.',
    top: 'hip-flexor-tendinitis',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Squatting low in horse stance pinches the front of my groin, socks are hard to put on.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Downward dog pinches deep in the front of my hip, and so does sitting in a low chair.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Feet have been numb for years from my diabetes. The outside of my hip hurts lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Carpal tunnel in my right hand, pins and needles at night. Outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Deep ache in my buttock at rest and when I sit, and it wakes me at night on either side.',
    top: 'back-referred-pain',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'Groin aches when I kick and the inner thigh tendon is tender, and there is a small bulge that goes back in. The bulge is not painful.',
    top: 'adductor-strain',
    redFlags: [],
  },
  // …and what the safety review kept: something new beside old numbness, a hip's own nights
  // beside carpal tunnel, the heat of a hard session, a nurse off her shift.
  {
    text: "Been tingly for ages in my toes and now I've wet myself without noticing.",
    top: 'any',
    redFlags: ['cauda-equina', 'nerve-symptoms'],
  },
  {
    text: 'Toes numb for years from chemo, but since Tuesday my whole left leg has gone numb and weak.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Carpal tunnel in my wrist, and my groin aches and wakes me every night.',
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'I feel hot and sweaty and unwell after every hill session, outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Just out of hospital after a night shift, my calf is sore from the stairs.',
    top: 'any',
    redFlags: [],
  },
  // Its second round.
  {
    text: 'Home after a week in hospital with a chest infection, my left calf is swollen and hot.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'My right leg is swollen from the knee down and hot, the other one is normal.',
    top: 'any',
    redFlags: ['blood-clot'],
  },
  {
    text: 'My hip locked on a run and I could not put weight on it for a minute, then it clunked and freed up. Walked home fine, it clicks when I twist.',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'Stiff groin every morning at 64, will I end up in a wheelchair?',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'The last lap gave me tingles! Anyway my groin pinches when I squat deep.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Had flu last month with a fever, all good now. Outer hip sore on the stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "I'm awake again at 4am because of this deep ache in my groin.",
    top: 'any',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: "Can't sleep, my brain won't shut up before the race. My outer hip is sore lying on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Low back pain into my buttock, and since Monday I can't do a single-leg calf raise on that side.",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: "Bad back this week and I couldn't feel myself when I went for a wee.",
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: "Writing for one of my U15 girls. She's got a sore hip after training.",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: '15yo hurdler, my daughter. Her sit bone hurts after training.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Twinge midway up the back of my thigh on strides, sit bone not sore, no back pain.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Sit bone pain on hard chairs and hill sprints. Proximal hammie tendinitis?',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Eight weeks after my caesarean the scar pulls when I stand up straight. Hips, back, pelvic floor all feel fine.',
    top: null,
    redFlags: [],
  },
  // Thirty-sixth pass (heldout-310 to 317, and the guards two safety reviews asked for).
  {
    text: 'Since this morning I have numbness in the crotch area and my back is hurting.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'I have problem to pee since yesterday and my low back aches into the buttock.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Only problem is pee stops during long runs, outer hip sore after.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Back pain all week, and now no warning when I need to pee.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'No warning when I need to pee since my second baby, pelvic floor physio booked. Outer hip aches on stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Back aching and it feels weird when I wipe.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Felt strange when I wipe my Garmin screen. Outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'This morning I had a fever of 38 degrees and my hip pain is much stronger.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Temp hit 38 degrees in Seville during the marathon and my outer hip ached after.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "My daughter's temp was 39 degrees last night and she won't walk on her right leg.",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'infection-signs'],
  },
  {
    text: 'Thermometer says 39 and my hip really hurts to move.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'The fever of race week turned into an actual fever 39 and my hip hurts.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'I have the fever of running, 5 races this month. Groin clicks when I pivot.',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'The fever is finished since last week. Outer knee pain after 12 km, sharp downhill.',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'Thought the fever was finished but it came back last night, 39, and my hip is throbbing.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: '16 and the front of my knee aches going down stairs.',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "16 and the last 3 miles were agony, groin went at mile 13, limping since. I'm 52.",
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: '17 (18 in June) and I get a sharp pinch at the front of my hip when I squat low.',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: '17 (18 next week) miles is my long run now and my outer hip is sore after.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "17, 100m. Felt a pop at the front of my hip out of the blocks and now I'm limping.",
    top: 'hip-flexor-tendinitis',
    redFlags: ['bone-stress', 'child-hip-pain'],
  },
  {
    text: 'Coaching a 22 y/o 800m girl, pain on the outside of her hip lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "We went from 25 miles a week in sixth form to 40 at uni. I'm 18. Outer hip sore lying on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Timeline: Jan - pinch in my right groin with deep squats. Mar - rehab twice a week. Jul - no change, the pinch is exactly the same.',
    top: 'hip-joint',
    redFlags: ['not-improving'],
  },
  {
    text: "Jan: base building. Mar: half marathon. May: marathon. Hip has been sore since last Tuesday's long run, no better.",
    top: 'stress-fracture',
    redFlags: [],
  },
  {
    text: 'Stress fracture paranoia: heel aches walking after upping my miles. Hips feel great, no groin pain.',
    top: null,
    redFlags: [],
  },
  {
    text: 'I can walk without limping, I can jump on one leg, no pain at night. Front of hip hurts lifting my knee on hills.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: "I can hop on it, it's sore in the groin.",
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: "Wake up sweaty some nights but that's because the radiator in my room is stuck on full blast. Outer hip aches lying on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Heating is stuck off and the flat is freezing, yet I wake up drenched every night and my hip aches.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Old disc thing from 2015, my little toe has been slightly tingly ever since, no change. Outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Tingling in my left foot, I said it was the new shoes but I changed back to my old ones and it's still there. Low back tight.",
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'I mentioned my foot was dragging, I mean it literally catches on every kerb now.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Ignore my last post, the numbness is now in both legs and between my legs, and my foot is dragging.',
    top: 'any',
    redFlags: ['cauda-equina', 'nerve-symptoms'],
  },
  {
    text: 'Groin pain every step and limping since my mileage jump. Update: totally gone after the weekend, the cold I had. Still limping.',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Temp was 37.2 this morning but 39.4 tonight and my hip is agony.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'Slipped on ice, my wrist is swollen and 8/10, hip just a bit bruised.',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'Garden thermometer hit 39 today, ran anyway, outer hip sore after.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Had a metatarsal stress fracture in 2022. Knees are fine but deep groin ache when I walk and it hurts to hop.',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Ran the marathon on Sunday. My toes have been numb ever since, no change.',
    top: 'any',
    redFlags: ['nerve-symptoms'],
  },

  {
    text: 'Ignore my last post about my hip, it was a stitch. Sharp pain under my ribs.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Had tingling down my leg last month. UPDATE: totally gone since the physio sorted my back. Stiff lower back first thing.',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'Client has outer hip pain on stairs. She had shingles down that side last year, completely gone now.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Pooed myself on the run with no warning, never had that before, and my back is killing me.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: "Groin lump, I've been trying to push it back for 3 hours and it won't go.",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Numbness for my buttocks and private part since yesterday with back pain.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: "Fell on the descent onto the outside of my hip, it's swollen like an egg and 8/10.",
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'Steroid injection 12 weeks ago, rested, did the loading. Still 6/10 on the outside of my hip on stairs.',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: "Down 14 lb in 6 weeks and I haven't changed a thing. Pinch in the groin when I squat.",
    top: 'hip-joint',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: "Me back's been at me for a fortnight, pain down the leg into the calf, and now the saddle area is numb.",
    top: 'back-referred-pain',
    redFlags: ['cauda-equina'],
  },
  {
    text: "Kneeling in seiza my feet go dead with pins and needles, but it's back to normal within a minute. Outer hip sore lying on it.",
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Took a knee into the middle of my front thigh at football, dead leg, hip and groin fine.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Sharp pain at the front of my hip and down into the middle of my front thigh, hurts to walk.',
    top: 'any',
    redFlags: ['bone-stress'],
  },
  {
    text: 'grown strain 9 weeks ago doing the splits, rested and did the rehab, squeezing my knees still hurts the same.',
    top: 'adductor-strain',
    redFlags: ['not-improving'],
  },
  {
    text: "My daughter has grown pain in her knees at night, she's 9.",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Had a flu with a high temperature last month, all gone now, since I started back the front of my hip hurts lifting my knee.',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
  {
    text: 'All the muscles of my thighs are sore after the ultra, like Muskelkater, stairs are hard.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Muskelkater after the race and I cannot put weight on my left leg, I fell at km 30.',
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  // Thirty-seventh pass (heldout-318 to 325).
  {
    text: 'Since today I cannot feel properly the area around my anus and my low back is very painful.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'My crotch area is asleep since I moved house and my lower back is wrecked.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Strong back pain after the marathon and problems to hold the stool since yesterday.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'Low back agony and it took forever to start peeing this morning.',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'lower back pain new problem controlling bladder',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'wee leak new with back pain and sore legs',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'I leak a bit when I jump on the trampoline with the kids, outer hip sore on stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'A cyclist knocked me flat onto my hip and the pain is severe.',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: "My 15yo came off her bike, landed on her hip and can't stop crying.",
    top: 'any',
    redFlags: ['fall-injury', 'child-hip-pain'],
  },
  {
    text: "no cap there's a lump in my groin since last night and I can't push it back in",
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'Fizzy like popping candy down the back of my leg into my foot, buttock sore too.',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'Had a fizzy drink at the finish, outer hip sore when I lie on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: "Numbness running down the outside of my thigh into my shin, like my foot went to sleep but it doesn't go away.",
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'feel like a wet rag for weeks, no appetite, and my right hip aches',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'Night sweats most nights, GP reckons hormones, no temperature. Outer hip sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Night sweats because the aircon has carked it, outer hip aches on stairs.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Night sweats a couple of nights after Berlin, no temperature. Sit bone aches on hills.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'Night sweats every night for a month and my groin aches.',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: "lowkey can't walk lol (I can, I'm just dramatic). outside of my knee goes sharp at 8k",
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: "can't walk lol (I can't, seriously). groin agony since the long run",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'bone-stress'],
  },
  {
    text: 'Shivering uncontrollably at the finish, the medical tent gave me a foil blanket. Groin pinch putting socks on.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Flu with a 39 fever that went after 3 days. Now my outer hip is sore lying on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Flu with a 39 fever, went after 3 days but came back yesterday and my hip is agony.',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: "I'm 68, so stiff after the drive that I had to hobble for a few minutes, groin stiff most mornings.",
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'it was 15F this morning, outer hip sore lying on it',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: '16f, outer hip sore when I lie on it',
    top: 'hip-bursitis',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Celebrated with a G&T (Fever-Tree tonic). Outer hip sore after, and when I lie on it.',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'Tripped on a root at parkrun and went down on my hip. Honestly no pain at all, just a small bruise.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Slipped on leaves and landed on my bum, no pain at all. Separate thing: my sit bone has been grumbling on hard benches for months.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: "my 8yo won't put his foot down, hopping on the other leg, hip hurts, had a cold last week",
    top: 'hip-joint',
    redFlags: ['cannot-bear-weight', 'child-hip-pain'],
  },
  {
    text: 'my groin hurts when I hop on my left leg',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'Me arse is killin me, like sittin on a golf ball, right on the bone, worse on hill reps.',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: '52 with osteopenia on my last scan, front of hip pain sooner every run and now it hurts walking up the stairs.',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: '72, knees are arthritic, pain in the front of the knee on stairs, hips fine.',
    top: null,
    redFlags: [],
  },
  {
    text: 'Groin pain when I sit in the Indian toilet or squat deep.',
    top: 'hip-joint',
    redFlags: [],
  },
  {
    text: 'Took my 13yo to a sports physio, groin strain from rugby, sore squeezing her knees.',
    top: 'adductor-strain',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "Physio for FAI for 4 months and it's worse if anything, pinch when I squat.",
    top: 'hip-joint',
    redFlags: ['not-improving'],
  },
  {
    text: "It's not my back, I've had back pain before and this is different: a pin in my bum right on the bone when I sit.",
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'hip pain in night i cannot sleep',
    top: 'any',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'The buttock ache from the race has gone too. All good!',
    top: null,
    redFlags: [],
  },
  // Thirty-seventh pass: the safety review's worst probes, kept as guards.
  {
    text: "My 9yo can't walk (he can a bit if I hold him) and his hip hurts, no fall",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'child-hip-pain'],
  },
  {
    text: "can't stand (I could hardly) after the trail fall, hip is bruised and huge",
    top: 'any',
    redFlags: ['cannot-bear-weight', 'fall-injury'],
  },
  {
    text: '15F with hip pain and a limp for a week',
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: "My 6 year old woke up stiff and limped for the first few minutes, and he's been limping on and off all day since",
    top: 'any',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'Night sweats a few nights a week for two months, hip aches at night',
    top: 'any',
    redFlags: ['night-or-rest-pain', 'weight-loss-or-cancer'],
  },
  {
    text: 'night sweats every night, GP says not hormones, wants bloods, groin pain',
    top: 'any',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'numb between my legs since yesterday, it came back after 10 minutes then went numb again',
    top: 'any',
    redFlags: ['cauda-equina', 'nerve-symptoms'],
  },
  {
    text: 'pee leaks since the birth when I run, outer hip pain',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'took ages to start peeing after a night out, hip tight',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'no appetite after long runs, hip sore on the outside',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'foot goes to sleep on the bike, never wears off until I get off',
    top: null,
    redFlags: [],
  },
  {
    text: 'at the finish my hip was sore and today I have a fever of 39 and the hip is hot',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'freezing at the start line, shivering, warmed up fine. groin twinge on turns',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'the fever went away after two days, but my hip swelling is worse and it is hot',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'my ankle swelling is down and it is hot out today, outer hip sore on stairs',
    top: 'hip-bursitis',
    redFlags: [],
  }, // Thirty-eighth pass: readings from the last judge (326 to 329), in our own words.
  {
    text: 'no pain when I hop, no limp either, I hopped round the living room to test it. groin sore after squash',
    top: 'cartilage-tear',
    redFlags: [],
  },
  {
    text: 'had to hop to the bathroom this morning, the hip is agony',
    top: 'stress-fracture',
    redFlags: ['cannot-bear-weight'],
  },
  {
    text: 'came off on the descent and slammed my hip on a boulder, now I’m trembling with the pain',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'numb between my legs since yesterday and my back is sore',
    top: 'back-referred-pain',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'I put a pillow between my legs at night and the outer hip ache is easier',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'the top of my foot feels like touching somebody else’s skin since my long run, back a bit stiff',
    top: 'back-referred-pain',
    redFlags: ['nerve-symptoms'],
  },
  {
    text: 'my feet feel dead like bricks after the long run',
    top: null,
    redFlags: [],
  },
  {
    text: 'after my long run it’s there at night and wakes me, groin ache',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'I run in the evenings and my groin is sore afterwards',
    top: 'stress-fracture',
    redFlags: [],
  },
  {
    text: 'outer hip sore for 4 months, I took rest and did physio for 6 weeks but it is same only',
    top: 'hip-bursitis',
    redFlags: ['not-improving'],
  },
  {
    text: 'physio exercises haven’t touched it, clicking groin for 10 weeks',
    top: 'cartilage-tear',
    redFlags: ['not-improving'],
  },
  {
    text: 'I haven’t touched my physio exercises in ages, my hip is fine now',
    top: null,
    redFlags: [],
  },
  {
    text: 'the groin ache doesn’t go away when I sit down and it’s there when I’m lying in bed too',
    top: 'stress-fracture',
    redFlags: ['bone-stress', 'night-or-rest-pain'],
  },
  {
    text: 'the ache in my hip doesn’t switch off any more',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'I can’t switch off after parkrun, too wired, hip fine',
    top: null,
    redFlags: [],
  },
  {
    text: 'now dot and carrying round the house, groin sore for two weeks',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'my hip hurts just walking up to the car park',
    top: 'stress-fracture',
    redFlags: [],
  },
  {
    text: 'my granny’s 79 and her hip aches at night',
    top: 'hip-joint',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'my daughter, 14ish, has a sore hip after gymnastics',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'my eight and a half year old has been limping since yesterday',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'my wife is 52, lost weight without trying, tired all the time and has a hip ache',
    top: 'hip-joint',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'buttock ache, sits right on the bone, worse on the train seat',
    top: 'hamstring-tendinopathy',
    redFlags: [],
  },
  {
    text: 'the hip hurts at night and all day. outer side mostly',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'reading about lymphoma online made me anxious, but my hip only aches after long runs',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'I had lymphoma 3 years ago and was reading about it again, now hip pain at night',
    top: 'hip-joint',
    redFlags: ['night-or-rest-pain', 'weight-loss-or-cancer'],
  }, // Thirty-ninth pass: readings from the last judge (330 to 333), in our own words.
  {
    text: 'my dad fell on the icy path, he is 82, his leg looks shorter and he is in terrible pain',
    top: 'any',
    redFlags: ['fall-injury'],
  },
  {
    text: 'stiff old hip at 79, I can’t turn my foot outwards like I used to, achy groin after the garden',
    top: 'any',
    redFlags: [],
  },
  {
    text: 'woke up with my hip so painful I can’t move it at all and the front of it feels hot',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'my 9 year old has a temperature, 38.9 on the thermometer, and won’t let me touch her leg',
    top: 'any',
    redFlags: ['infection-signs', 'child-hip-pain'],
  },
  {
    text: 'woke shivering like a drowned rat under the duvet, hip is throbbing',
    top: 'any',
    redFlags: ['infection-signs'],
  },
  {
    text: 'shivering like a wet dog after my cold shower, outer knee gets sharp at 8k',
    top: 'it-band-syndrome',
    redFlags: [],
  },
  {
    text: 'numb across my backside and the inside of both thighs since lifting a sofa, back is sore',
    top: 'any',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'I can’t control the pee, it comes out on its own, and my low back aches',
    top: 'back-referred-pain',
    redFlags: ['cauda-equina'],
  },
  {
    text: 'a bulge in the groin came out at the gym and it won’t go back in, really painful',
    top: 'any',
    redFlags: ['strangulated-hernia'],
  },
  {
    text: 'my outer hip used to hurt only when I lay on it, now it wakes me lying on my back too',
    top: 'hip-bursitis',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'woken by my lower back every night this week, 62',
    top: 'back-referred-pain',
    redFlags: ['night-or-rest-pain'],
  },
  {
    text: 'dropped from 80 to 72 kg over the summer without trying, groin aches on runs',
    top: 'stress-fracture',
    redFlags: ['weight-loss-or-cancer'],
  },
  {
    text: 'standing at the sink on my left leg hurts in the front of the hip since I doubled my long run',
    top: 'stress-fracture',
    redFlags: ['bone-stress'],
  },
  {
    text: 'leg went dead on the toilet, fine a minute later, back is stiff',
    top: 'back-referred-pain',
    redFlags: [],
  },
  {
    text: 'my 14-year-old walks funny, sort of swinging his leg, thigh a bit sore',
    top: 'hip-joint',
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'my daughter, 13, has a bit of pain at the front of her leg just above the kneecap',
    top: null,
    redFlags: ['child-hip-pain'],
  },
  {
    text: 'can’t sleep. my outer hip aches after long runs but it doesn’t wake me, I’m awake because I’m anxious about a scan',
    top: 'hip-bursitis',
    redFlags: [],
  },
  {
    text: 'swinging my leg forward hurts at the front of the hip when I sprint',
    top: 'hip-flexor-tendinitis',
    redFlags: [],
  },
];

describe('lookupSymptoms: who is in pain, and whether it is over', () => {
  it.each(READING_CASES.map((lookupCase) => [lookupCase.text, lookupCase]))('%s', (text, c) => {
    const { top } = c;
    if (top === 'any') {
      const flags = lookupSymptoms(text)
        .redFlags.map((flag) => flag.id)
        .sort();
      expect(flags).toEqual([...c.redFlags].sort());
    } else {
      expect(describeLookup(text)).toBe(describeExpected({ ...c, top }));
    }
  });
});

describe('lookupSymptoms: every reason shown says something', () => {
  // A child's thigh or knee pain weighs for the hip joint through a sign that once had no text
  // of its own: the checker showed an empty bullet among the reasons.
  it.each([
    'My 12 year old daughter says her thigh and knee ache after netball.',
    'My son (10) has pain at the top of his thigh near the hip.',
    'My 14yo is limping and his knee hurts.',
  ])('%s', (text) => {
    const { conditions } = lookupSymptoms(text);
    expect(conditions.length).toBeGreaterThan(0);
    for (const match of conditions) {
      for (const reason of match.why) expect(reason.trim()).not.toBe('');
    }
  });
});

describe('lookupAnswers: the structured checker', () => {
  it('ranks picked answers with the same weights as the free text', () => {
    const picked = lookupAnswers(
      sampleAnswers({ zones: ['outer-hip'], triggers: ['lying-on-side'] }),
    );
    const typed = lookupSymptoms('pain on the outside of the hip, worse lying on that side');
    expect(picked.conditions.map(({ id, score, why }) => ({ id, score, why }))).toEqual(
      typed.conditions,
    );
    expect(picked.conditions[0]?.id).toBe('hip-bursitis');
  });

  it('combines picked answers and free text', () => {
    const groin = sampleAnswers({ zones: ['groin'] });
    expect(lookupAnswers(groin).redFlags).toEqual([]);
    expect(lookupSymptoms('I’ve started limping').redFlags).toEqual([]);
    const both = lookupAnswers({ ...groin, text: 'I’ve started limping' });
    expect(both.redFlags.map((flag) => flag.id)).toEqual(['bone-stress']);
    expect(both.conditions[0]?.id).toBe('stress-fracture');
    expect(both.conditions[0]?.why).toEqual(['Pain in the groin or inner hip', 'A limp']);
  });

  it('lets typed text rule out a picked condition’s signs', () => {
    const groin = sampleAnswers({ zones: ['groin'], feelings: ['sharp'] });
    const before = lookupAnswers(groin).conditions.find((c) => c.id === 'cartilage-tear');
    const after = lookupAnswers({ ...groin, text: 'It never clicks or locks' }).conditions.find(
      (c) => c.id === 'cartilage-tear',
    );
    expect(after?.score).toBeLessThan(before?.score ?? 0);
    expect(after?.whyNot).toEqual(['No clicking, catching or locking']);
  });

  it('says what does not fit', () => {
    const result = lookupAnswers(sampleAnswers({ zones: ['groin'], triggers: ['lying-on-side'] }));
    const bursitis = result.conditions.find((condition) => condition.id === 'hip-bursitis');
    expect(bursitis?.why).toEqual(['Worse lying on that side']);
    expect(bursitis?.whyNot).toEqual(['Not typical here: pain in the groin or inner hip']);
    const fracture = result.conditions.find((condition) => condition.id === 'stress-fracture');
    expect(fracture?.whyNot).toEqual(['Not typical here: worse lying on that side']);
  });

  it('returns picked red flags with title and urgency, most urgent first', () => {
    const result = lookupAnswers(
      sampleAnswers({
        redFlagAnswers: { 'night-or-rest-pain': 'yes', 'cannot-bear-weight': 'yes' },
      }),
    );
    expect(result.redFlags).toEqual(
      (['cannot-bear-weight', 'night-or-rest-pain'] as const).map((id) => {
        const { title, action, advice, urgency } = redFlagById(id);
        return { id, title, action, advice, urgency };
      }),
    );
    expect(result.conditions).toEqual([]);
  });

  it('keeps conditions next to red flags', () => {
    const result = lookupAnswers(
      sampleAnswers({
        zones: ['groin'],
        redFlagAnswers: { 'cannot-bear-weight': 'yes' },
        text: 'it throbs',
      }),
    );
    expect(result.redFlags.map((flag) => flag.id)).toEqual(['cannot-bear-weight']);
    expect(result.conditions[0]?.id).toBe('stress-fracture');
  });

  it('ranks the same answers the same way, whatever the order they were picked in', () => {
    const forward = sampleAnswers({
      zones: ['groin', 'front-hip'],
      feelings: ['sharp', 'clicking'],
      triggers: ['twisting', 'lifting-knee'],
      onset: 'fall-or-twist',
    });
    const reversed = sampleAnswers({
      zones: ['front-hip', 'groin'],
      feelings: ['clicking', 'sharp'],
      triggers: ['lifting-knee', 'twisting'],
      onset: 'fall-or-twist',
    });
    expect(lookupAnswers(reversed)).toEqual(lookupAnswers(forward));
    expect(lookupAnswers(forward)).toEqual(lookupAnswers(forward));
  });

  it('breaks ties in the fixed condition order', () => {
    const { conditions } = lookupAnswers(sampleAnswers({ zones: ['groin'] }));
    expect(conditions.map(({ id, score }) => ({ id, score }))).toEqual([
      { id: 'stress-fracture', score: 3 },
      { id: 'cartilage-tear', score: 3 },
      { id: 'hip-joint', score: 2.5 },
      { id: 'hip-flexor-tendinitis', score: 2 },
      { id: 'adductor-strain', score: 1 },
    ]);
  });

  it('keeps picked answers when the typed text is about another body part', () => {
    const result = lookupAnswers(sampleAnswers({ zones: ['outer-hip'], text: 'my heel is sore' }));
    expect(result.conditions[0]?.id).toBe('hip-bursitis');
    expect(result.redFlags).toEqual([]);
    expect(result.outsideHip).toBeNull();
  });

  it('still raises leg alarms in text about another part of the leg', () => {
    // Issue #12: numbness down the leg is the same-day nerve flag wherever in the leg it is.
    const result = lookupAnswers(sampleAnswers({ zones: ['outer-hip'], text: 'my calf is numb' }));
    expect(result.redFlags.map((flag) => flag.id)).toEqual(['nerve-symptoms']);
  });

  it('counts "not sure" as the flag at its own tier, and says it was not sure', () => {
    const result = lookupAnswers(
      sampleAnswers({ redFlagAnswers: { 'cauda-equina': 'unsure', 'bone-stress': 'no' } }),
    );
    expect(result.redFlags.map(({ id, urgency, unsure }) => ({ id, urgency, unsure }))).toEqual([
      { id: 'cauda-equina', urgency: 'emergency', unsure: true },
    ]);
    const confirmed = lookupAnswers(
      sampleAnswers({ redFlagAnswers: { 'cauda-equina': 'unsure' }, text: 'numb when I wipe' }),
    );
    expect(confirmed.redFlags[0]?.unsure).toBeUndefined();
  });

  it('suggests nothing without answers', () => {
    expect(lookupAnswers(sampleAnswers({}))).toEqual({
      conditions: [],
      redFlags: [],
      outsideHip: null,
    });
  });
});

describe('checker options', () => {
  it('offers every zone, feeling, trigger and onset once, with a label and some weight', () => {
    expect(ZONES.map((option) => option.id)).toEqual([...ZONE_IDS]);
    expect(FEELINGS.map((option) => option.id)).toEqual([...FEELING_IDS]);
    expect(TRIGGERS.map((option) => option.id)).toEqual([...TRIGGER_IDS]);
    expect(ONSETS.map((option) => option.id)).toEqual([...ONSET_IDS]);
    for (const option of [...ZONES, ...FEELINGS, ...TRIGGERS, ...ONSETS]) {
      expect(option.label, option.id).not.toBe('');
      expect(option.why, option.id).not.toBe('');
      expect(option.absent, option.id).not.toBe('');
      const weights = Object.entries(option.weights);
      expect(weights.length, option.id).toBeGreaterThan(0);
      for (const [condition] of weights) expect(CONDITION_IDS).toContain(condition);
    }
  });

  it('labels the zones for the hip map', () => {
    expect(ZONES.map((zone) => zone.label)).toEqual([
      'Outer hip',
      'Groin / inner hip',
      'Front of hip',
      'Outer thigh to knee',
      'Buttock',
      'Inner thigh',
      'Sit bone',
      'Lower back',
    ]);
  });
});
