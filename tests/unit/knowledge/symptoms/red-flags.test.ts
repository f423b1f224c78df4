/**
 * The red-flag suite (issue #12): every flag at every tier raised from runners' own words, and
 * look-alike texts (idioms, habits, denials, other people, the weather) that must raise nothing.
 */
import { describe, expect, it } from 'vitest';
import { inLocalWords } from '../../../../knowledge/guide/local-care';
import { RED_FLAGS, TIER_ACTIONS, tierAction } from '../../../../knowledge/guide/red-flags';
import { lookupSymptoms } from '../../../../knowledge/lookup';
import { readSymptomText } from '../../../../knowledge/symptoms/lookup';
import { RED_FLAG_IDS, type RedFlagId } from '../../../../knowledge/types';

/** "emergency: cannot-bear-weight, bone-stress" reads like the banner the runner would see. */
function raised(text: string): string {
  const { redFlags } = lookupSymptoms(text);
  return redFlags.map((flag) => flag.id).join(', ') || 'nothing';
}

/** More phrasings per flag, written apart from the ones in the data (no copying the data back). */
const MORE_PHRASINGS: Readonly<Record<RedFlagId, readonly string[]>> = {
  'cannot-bear-weight': [
    'Went to get out of bed and my hip just would not take my weight at all',
    'tried to stand after the race and could not put weight through the leg',
    'Impossible to walk on it since my tempo run, groin agony',
    // Runners' slang (issue #12 round 3): "weight bear", "put my foot down", "went over on it".
    'can’t weight bear on my left leg since the long run, groin agony',
    'can’t put my foot down without screaming, hip went on the run',
    'went over on it on the trail and can’t walk, hip and groin killing',
    'couldn’t put my foot to the floor this morning, front of hip',
  ],
  'fall-injury': [
    'I fell off my bike onto my hip and now the pain is severe',
    'tripped over a dog lead, went down on my side and the leg looks shorter now',
    'took a tumble on the trail and my hip hurts so bad I cannot move my leg',
  ],
  'infection-signs': [
    'fever of 38.5 and my hip is killing me',
    'hip pain and I feel hot and cold and shivery',
    'my kids brought home a bug and now I have a fever and my hip hurts',
    'my hip is red, hot and swollen and I have the chills',
    // No thermometer: feeling rough or flu-ish with a hip that will not move.
    'Hip suddenly locked solid, can’t move it, and I feel awful, like flu',
    'my hip won’t move at all and I’ve felt really unwell since yesterday',
    // A recent injection into the hip, then feeling ill, heat or swelling (NHS Septic arthritis).
    'had a steroid injection in my hip last week and now I feel shivery and unwell',
    'cortisone shot in the hip 4 days ago, now it’s hot and swollen',
    'hip injection on Monday, since then I can’t move it and feel awful',
    // Slang for a temperature and shivers.
    'temp of 39 and my hip is really sore',
    'feel rough and shivery, hip aching badly',
    'having rigors last night and my groin hurts',
    'hip pain and I’m burning up',
    // Round 4: someone else in the text, and the fever still the runner's own.
    'my son and I both have a fever, my hip really hurts',
    'my daughter gave me her cold, now running a temperature, hip really sore',
    'my partner says I’m burning up and my hip is agony',
  ],
  'cauda-equina': [
    'back pain and I have lost control of my bowels',
    'sciatica in both legs and numbness between my legs',
    'since my back went I have trouble emptying my bladder',
    'back pain, sciatica and numb down below',
    'can’t feel when I wipe, lower back pain into my hip',
    'peeing problems since my back went, buttock pain down the leg',
    'numb around my bum and back of my legs, back pain',
    'sciatica and can’t tell when I need a wee',
    'my bladder has been weird since my back went, and my buttock is numb',
  ],
  'strangulated-hernia': [
    'I have a hernia in my groin and it is stuck out and I keep vomiting',
    'groin bulge that cannot be pushed back and it is really painful',
    'my inguinal hernia will not go back and I feel nauseous',
    'lump in my groin won’t pop back in and it’s really sore',
  ],
  'blood-clot': [
    'flew home from Boston and now my calf is swollen and red',
    'my leg is swollen and hot and I am breathless',
    'since my hip surgery my calf has been swollen and sore',
    // Not only the calf: the thigh or the whole leg, and heat without pain (NHS DVT).
    'long drive to the race yesterday and now my thigh is swollen and warm',
    'after my hip surgery my whole leg is swollen and hot and painful',
    'upper leg is puffy, red and sore since the long flight',
    'my thigh swelled up and feels hot, no injury I can think of',
    'sprained my ankle last week and now my calf is swollen and hot',
    // Swelling in runners' words: "gone fat", "blown up".
    'leg’s gone fat and hot after the flight, hip aches too',
    'my calf has blown up and is warm after the long drive',
  ],
  'bone-stress': [
    'groin aches every step when I walk to work',
    'limping with pain at the front of my hip',
    'front of hip pain that keeps me awake at night',
    // Round 4: the then-and-now of a pain coming sooner, with the point either way round
    // ("mile 8") and the halves a few clauses apart.
    'groin pain that used to come on at mile 10, then mile 6, and now it is there after 2 miles',
    'front of hip ache used to start around km 12 on long runs and now it starts at 3k',
    'it used to kick in at mile 7, then mile 4, now it hurts from 1 mile, groin',
    'front of my hip used to hurt at 10 miles, last week at 6, now it is there after 2 miles',
    'the groin pain used to begin at 8 miles, then at 5, and now after about 2 miles',
  ],
  'nerve-symptoms': [
    'numbness on the outside of my thigh',
    'my foot drops and slaps down on the road',
    'electric shock feeling down my leg and weakness in my thigh',
    'pins and needles in my foot after long runs and my buttock aches',
    'foot slaps on the ground when I run, hip and back ache',
    'keep tripping over my toes, back pain into my buttock',
    'weak right leg since yesterday, it buckled on the stairs',
    // Round 4: a foot that slaps AND catches the toes is foot drop even late in a run.
    'towards the end of my runs my foot slaps down and I catch my toes on the kerb',
    'last couple of miles my left foot starts slapping and I keep catching my toe',
    'when I get tired late in the run my foot drops and I clip my toes, buttock aches',
    'end of long runs my right foot flops down and I keep scuffing my toes',
    'in the last few km I catch my toes and my foot slaps on the road, back aches',
  ],
  'child-hip-pain': [
    'My daughter is 11 and has a limp after netball',
    'my 16 year old has groin pain after football',
    'I am 13 and my knee hurts after cross country',
    // A parent describing their child, across clauses and sentences.
    'My son is 13. He has had a sore hip for a week and walks funny.',
    'my daughter (15) has pain at the front of her hip when she sprints',
    'teenage son, groin pain after rugby, limping',
    'my 10yo limps after football and says his thigh aches',
    'my little one is limping and won’t put weight on her leg',
    'I (17f) get a sharp pain in my groin during track',
    // Ages and school years written every way (issue #12 round 3).
    'our lad (16) has a sore hip after football',
    'my daughter, 11, limping after netball with knee pain',
    'teen with groin pain after sprinting',
    'my son is in year 9 and his hip hurts after rugby',
    'year 10 pupil, hip pain after cross country',
    '16M, hip pain when sprinting',
    'my 8th grader says her hip hurts after soccer',
    // Round 4: the sit bone in a parent's words ("the bone he sits on") is a hip-region place.
    'My 13-year-old does hurdles and has pain on the bone she sits on',
    'my son (15) has sit bone pain after sprint sessions',
    'my daughter is 14 and her sitbone hurts in class and when she runs',
    'our 12 year old says the bone he sits on hurts after football',
    'I am 16 and my sit bone hurts after track',
  ],
  'night-or-rest-pain': [
    'my hip hurts at night and it wakes me',
    'even when I am lying still the hip aches',
    'pain in the hip keeps me awake',
    'groin pain at night? yes, every night',
    'my wife says my hip pain keeps me awake',
    'pain every night wakes me at 3am, outer hip',
    // Not only lying on it: night pain in any position is the flag, not bursitis's side-lying.
    'side of my hip wakes me most nights, not just when I lie on it, on my back too',
    'outer hip ache wakes me every night, whichever side I lie on',
    // Rest in runners' words: "just sat on the sofa".
    'front of my hip throbs when I’m just sat on the sofa',
  ],
  'weight-loss-or-cancer': [
    'had prostate cancer and now hip pain',
    'unexplained weight loss and an aching hip',
    'hip ache and I have lost my appetite',
    'lost a stone without trying and my hip aches',
    'had breast cancer 5 years ago and now my hip aches',
    'weight falling off me and my hip aches',
    'hip pain, and I’m dropping weight though I’m eating normally',
  ],
  'not-improving': [
    'my hip still hurts after 6 weeks off',
    'been resting for 2 months and the hip pain is not better',
    'eight weeks of rest and it is still sore',
    'six weeks off and no better, outer hip',
    'outer hip pain for 2 months, 7 weeks off running and it’s exactly the same',
    'had 8 weeks off running and the hip is just as bad',
    'rested it for three months and nothing has changed, groin still aches',
    'hip has hurt for ten weeks despite no running',
  ],
};

describe('red flags: the data', () => {
  it('has exactly the issue #12 ids, most urgent tier first', () => {
    expect(RED_FLAGS.map((flag) => flag.id)).toEqual([...RED_FLAG_IDS]);
    const tiers = RED_FLAGS.map((flag) => flag.urgency);
    expect(tiers).toEqual([
      ...Array(6).fill('emergency'),
      ...Array(3).fill('same-day'),
      ...Array(3).fill('soon'),
    ]);
  });

  it.each(RED_FLAGS.map((flag) => [flag.id, flag] as const))(
    '%s has a question, an action for its tier, advice, five phrasings and sources',
    (_id, flag) => {
      expect(flag.title).not.toBe('');
      expect(flag.question).toMatch(/\?$/);
      expect(flag.advice.length).toBeGreaterThan(40);
      expect(flag.action).toBe(TIER_ACTIONS[flag.urgency]);
      expect(flag.phrasings.length).toBeGreaterThanOrEqual(5);
      expect(flag.sources.length).toBeGreaterThan(0);
      for (const source of flag.sources) expect(source.url).toMatch(/^https:\/\//);
    },
  );

  it('names the emergency number and place by locale and tells the runner to act at once', () => {
    expect(tierAction('emergency', 'en-GB')).toBe('Call 999 or go to A&E now');
    expect(tierAction('emergency', 'de-DE')).toBe('Call 112 or go to the emergency department now');
    expect(tierAction('same-day', 'en-US')).toBe('Get seen today');
    expect(tierAction('soon', 'en-GB')).toBe('See a GP in the next few days');
    expect(tierAction('soon', 'en-US')).toBe('See a doctor in the next few days');
  });

  it('tells a reader outside the UK where to go in their own words, never "A&E" or "111"', () => {
    for (const flag of RED_FLAGS) {
      for (const locale of ['en-US', 'en-AU', 'fr-FR']) {
        const words = `${tierAction(flag.urgency, locale)} ${inLocalWords(flag.advice, locale)}`;
        expect(words, `${flag.id} in ${locale}`).not.toMatch(/A&E|\b111\b|\bGP\b|\{/);
      }
      expect(inLocalWords(flag.advice, 'en-GB'), flag.id).not.toMatch(/\{/);
    }
    const bone = RED_FLAGS.find((flag) => flag.id === 'bone-stress');
    expect(inLocalWords(bone?.advice ?? '', 'en-US')).toMatch(/urgent care clinic/);
    expect(inLocalWords(bone?.advice ?? '', 'en-GB')).toMatch(/NHS 111/);
  });

  it('never suggests hopping to test a possible stress fracture, and says to stop running', () => {
    for (const flag of RED_FLAGS) {
      expect(flag.question.toLowerCase()).not.toMatch(/\bhop/);
    }
    const bone = RED_FLAGS.find((flag) => flag.id === 'bone-stress');
    expect(bone?.advice).toMatch(/Stop running/);
    expect(bone?.advice).toMatch(/do not hop/);
  });
});

describe('red flags: raised from runners’ words at their tier', () => {
  const cases = RED_FLAGS.flatMap((flag) =>
    [...flag.phrasings, ...MORE_PHRASINGS[flag.id]].map((text) => [flag.id, text] as const),
  );
  it('has at least five phrasings for every flag', () => {
    for (const id of RED_FLAG_IDS) {
      expect(cases.filter(([flag]) => flag === id).length).toBeGreaterThanOrEqual(5);
    }
  });
  it.each(cases)('%s: %s', (id, text) => {
    const { redFlags } = lookupSymptoms(text);
    expect(raised(text)).toContain(id);
    const tier = RED_FLAGS.find((flag) => flag.id === id)?.urgency;
    // The most urgent flag leads, so the banner's first words are at least this tier's.
    const order = ['soon', 'same-day', 'emergency'];
    expect(order.indexOf(redFlags[0]?.urgency ?? '')).toBeGreaterThanOrEqual(
      order.indexOf(tier ?? ''),
    );
  });
});

describe('red flags: the rules that issue #12 fixed', () => {
  it('files cauda equina as an emergency of its own, not the same-day nerve flag', () => {
    const { redFlags } = lookupSymptoms('sciatica and numbness around my bottom and genitals');
    expect(redFlags[0]).toMatchObject({ id: 'cauda-equina', urgency: 'emergency' });
  });

  it('raises bone stress for groin pain with walking, a limp or rest pain in a runner', () => {
    expect(raised('groin pain when I walk')).toBe('bone-stress');
    expect(raised('my groin hurts and I am limping')).toBe('bone-stress');
    expect(raised('groin pain even at rest')).toBe('bone-stress, night-or-rest-pain');
  });

  it('keeps "stop running" beside an emergency: bone stress is never hidden', () => {
    expect(raised('Deep groin pain and now I cannot put weight on the leg')).toBe(
      'cannot-bear-weight, bone-stress',
    );
  });

  it('treats fever or shivers with hip pain as enough, with no redness needed', () => {
    expect(raised('I have a fever and my hip hurts')).toBe('infection-signs');
    expect(raised('shivering all afternoon and my hip aches deep inside')).toBe('infection-signs');
  });

  it('reads the age: under 18 with hip, thigh or knee pain or a limp is a child flag', () => {
    expect(raised('my 14-year-old has knee pain and a limp')).toBe('child-hip-pain');
    expect(raised('I’m 15 and my thigh hurts after running')).toBe('child-hip-pain');
    expect(raised('I’m 35 and my thigh hurts after running')).toBe('nothing');
  });

  it('keeps a fever with the person who has it, and the runner’s words together', () => {
    expect(raised('my daughter had a fever all week so I barely ran, outer hip tender')).toBe(
      'nothing',
    );
    // Someone else in between does not split the runner's own fever from their hip.
    expect(raised('my hip is agony and my wife says I have a fever')).toContain('infection-signs');
  });

  it('raises the child flag only for the child who is in pain', () => {
    expect(raised('the pain wakes me up? nah, my toddler does. front of my hip aches')).toBe(
      'nothing',
    );
    expect(raised('my 12 year old has had a limp and a sore thigh')).toBe('child-hip-pain');
    expect(raised('My son is 14. Limping since his race on Saturday')).toBe('child-hip-pain');
  });

  it('reads a clot in the thigh or the whole leg, not only the calf', () => {
    expect(raised('drove 6 hours home, now my thigh is swollen, painful and warm')).toBe(
      'blood-clot',
    );
    expect(raised('my left leg is swollen and warm to the touch')).toBe('blood-clot');
  });

  it('counts older age as evidence for the hip joint, never as a symptom on its own', () => {
    expect(readSymptomText('I’m 58')['older-age']).toBe('present');
    expect(lookupSymptoms('I’m 58').conditions).toEqual([]);
    const withAge = lookupSymptoms('groin ache and stiff in the morning, I am 58');
    expect(withAge.conditions[0]?.id).toBe('hip-joint');
    expect(withAge.conditions[0]?.why).toContain('Aged 45 or over');
  });
});

/** Look-alikes: texts that sound alarming to a keyword matcher and describe no red flag. */
const LOOK_ALIKES: readonly string[] = [
  'The crowd was at fever pitch at the finish, hip felt fine',
  'I keep checking the numbers on my watch mid-run, my outer hip aches after',
  'foam rolling every night for my IT band, outer thigh is tight',
  'I’d kill for a pain-free long run, the side of my hip aches',
  'fell behind my training plan because of work, hip is a bit sore on the outside',
  'broke my PB at the weekend! hip flexor a bit tight since',
  'absolutely killing it on the track lately but my outer hip niggles',
  'up at 5am for my run, groin feels a bit tight when I start',
  'No numbness, no tingling, no fever. Outer hip aches after long runs',
  'hip’s fine, it’s my heel that hurts in the morning',
  'not the outside, the front of my hip is tight after hill sprints',
  'my left leg is slightly shorter than my right, physio gave me an insole. outer hip sore',
  'my feet point out when I run, does that matter for my IT band?',
  'I ran with my kid at parkrun and my outer hip ached after',
  'my son runs cross country, how do I stop him getting hip injuries?',
  'shivering at the start line in the cold, then my hip flexor felt tight',
  'it was 30 degrees and so hot on the run, the side of my hip burned',
  'legs were wobbly at the end of the marathon, outer hip sore next day',
  'my legs felt weak in the last 5k of the race, tired hips',
  'quads are trashed after the marathon lol can barely walk down stairs',
  'I have a sports hernia diagnosis, groin aches when I sprint',
  'ran the Cancer Research 10k, outer hip sore afterwards',
  'training for a marathon in 6 weeks, hip flexor still a bit tight',
  'dropped 3kg on purpose for race season, side of my hip tender',
  'my alarm wakes me at 5, hip flexors tight for the first mile',
  'sitting at my desk all day, hip flexors feel tight by evening',
  'I stretch my hips at night before bed, they feel good',
  'my calf is tight after hills, no swelling',
  'slept badly before race day, nerves, my outer hip is fine',
  'crashed at mile 20 and walked it in, hips ached after',
  'tripped the timing mat late, result is wrong! also my IT band is tight',
  'had a fever two weeks ago, better now, outer hip aches after runs',
  'the hip click happens every stride but it never hurts',
  'I catch up with my running club on Sundays and my outer hip aches after',
  'my knee is clicking a bit on stairs',
  'chafing on my inner thighs after the half, skin is raw',
  'stitch in my side every time I run fast',
  'black toenail after the marathon',
  'shin splints again after upping my mileage',
  'plantar fasciitis flare in my arch',
  'my Achilles is creaky in the mornings',
  'hamstring tweak halfway down the back of my thigh',
  'I’m 58 and training for my first marathon, any tips?',
  'my 14-year-old wants to start running, what shoes?',
  'long haul flight next week for the race, should I wear compression socks?',
  'lock in your pace early and catch the pack on the hills',
  // Denials in lists and answers to the runner's own questions (issue #12 held-out categories).
  'no limp, no night pain, nothing when resting. front of hip tight on hills',
  'Night pain? none. Limp? nah. groin twinges on sprints',
  'walking is fine and it never wakes me, just a pinch at the front of my hip when I sprint',
  'hurts at night? not really. outer hip sore after long runs',
  'does it wake me up? no. groin aches at the front after speedwork',
  'walking’s fine, standing’s fine, only the front of my hip hurts on hill sprints',
  'keeps me up at night? lol no, that’s the newborn. outer hip sore after runs',
  'does it hurt at night? only when the dog wakes me haha. front of hip tight on hills',
  'my toddler kept me up all night, hip flexor tight on my run this morning',
  // Other people: a child or an adult mentioned who is not the one in pain.
  'my daughter is 9 and I push her in the running buggy, my outer hip aches after',
  'pushing my 2 year old in the jogging stroller, side of my hip is sore',
  'my son plays football and I coach his under 12s, my groin aches after sprints',
  'my kid’s coach says my hip drops when I run, outer hip aches after long runs',
  'my wife has had a fever all week and now my outer hip aches after runs',
  'hip hurts and my little boy has a temperature, I’m exhausted',
  'we have a 3 year old so I never sleep, outer hip aches on runs',
  // Feelings and idioms that borrow flag words.
  'on pins and needles waiting for my London ballot email, outer hip aches after long runs',
  'I was numb with shock when I saw my time, hip flexor tight since',
  'the wait for race results has me on pins and needles, groin a bit tight',
  'dead legs after the marathon, outer hip sore next day',
  'I’m dying on the hills lately, front of my hip tight',
  'my hip is killing me after long runs, on the outer side',
  'mind-numbing treadmill runs all winter, now my outer hip aches',
  // Morning stiffness that eases and a leg that will not cross are the joint, not bone stress.
  '66, groin stiff when I get up, loosens in ten minutes, hard to cross my legs',
  'it was so hot on the long run that my legs swelled a bit, outer hip sore after',
  'rolled my ankle on the trail, it’s swollen and warm',
  // Round 3 look-alikes: the new readings (feeling ill with a stuck hip, a hip injection, night
  // pain in any position, no change, school years, weight, slang for swelling) must stay quiet.
  'had my flu jab yesterday and feel a bit rough, outer hip aches after runs',
  'hip seized up after the long run, stretched it out and it loosened',
  'had a cortisone injection in my hip last month and it has really helped',
  'feel rough after a night out, hip flexors tight on my run',
  'my dad had a hip injection and felt unwell, my hip is fine',
  'outer hip aches when I lie on it at night, fine on my back',
  'same spot on my outer hip hurts every run, exactly the same place',
  'I’m in year 2 of running, outer hip sore after long runs',
  'my 16 year old sister runs with me, my outer hip aches',
  'losing weight for my race on purpose, outer hip aches',
  'I’m eating loads during marathon training, hip flexor tight',
  'my legs blew up at mile 20, outer hip sore after',
  'put my foot down on the last mile and my hip flexor tightened',
  'burning up the hills on my tempo run, front of hip tight',
  'outer hip ache on runs for two months, getting better slowly',
  // Round 4: someone else's fever, with the runner's own hip in the next clause.
  'my son had a fever all weekend so I only ran once, outer hip a bit sore after',
  'the baby has had a temperature since Friday so I have not slept, hip flexor tight on my run',
  'my wife was running a fever so I did the school run, outer hip aches on the stairs',
  'kids both had fevers last week so I missed my long run, my hip feels stiff now',
  'my partner has been shivery with flu so I have been sleeping on the sofa and my outer hip aches',
  'my daughter had a high temperature so we stayed home, groin is a bit tight from yesterday',
  'our toddler had a fever all night so I was up, side of my hip sore when I lie on it',
  'my husband had chills and a fever so I looked after him, my IT band is tight on runs',
  'my little boy had a temperature of 39 so I skipped parkrun, hip flexor a bit sore',
  'my son has had a fever and I’ve got a sore outer hip from my long run',
  // Round 4: swelling denied in the clause after the calf ("calf feels tight, not swollen").
  'long flight home from the race, calf feels tight, not swollen, not warm',
  'drove 5 hours yesterday, calves stiff. no swelling, no heat, both the same',
  'after the flight my leg felt heavy, but not swollen and not hot at all',
  'long drive back, my thigh is tight, definitely not swollen',
  'calf a bit sore after the long haul flight, never swollen, not red',
  'flew back from Berlin, legs achy, not puffy, no redness',
  'long car ride to the race, left calf tight, nothing swollen',
  'my calf is tight after the flight, no swelling and no warmth',
  'drove 8 hours to the trail race, calves tired, not swollen or warm',
  'after the plane my calf felt tight, not swollen though',
  // Round 4: a pet's fever, an idiom, and a clot long over.
  'my dog had a fever and my outer hip aches on runs',
  'fever of excitement before the race, outer hip a bit sore',
  'my calf was swollen after the flight years ago, now my outer hip aches on runs',
];

describe('red flags: look-alikes raise nothing', () => {
  it('has at least 40 look-alikes', () => {
    expect(LOOK_ALIKES.length).toBeGreaterThanOrEqual(40);
  });
  it.each(LOOK_ALIKES)('%s', (text) => {
    expect(raised(text)).toBe('nothing');
  });
});

describe('outside the hip: ranks nothing and says where to look', () => {
  const parts: [string, string][] = [
    ['my heel hurts first thing in the morning', 'heel'],
    ['my Achilles is creaky and thick', 'Achilles'],
    ['pain in the arch of my foot', 'foot'],
    ['shin splints after upping my mileage', 'shin'],
    ['tight calf after hills', 'calf'],
    ['pain around my kneecap on stairs', 'knee'],
    ['stitch in my side when I run fast', 'side stitch or ribs'],
    ['chafing on my inner thighs after the half', 'skin'],
    ['black toenail after the marathon', 'toenail'],
    ['tweaked the middle of the back of my thigh doing 200s', 'back of the thigh'],
  ];
  it.each(parts)('%s → %s', (text, part) => {
    const result = lookupSymptoms(text);
    expect(result.conditions).toEqual([]);
    expect(result.outsideHip?.part).toBe(part);
    expect(result.outsideHip?.suggestion).toMatch(/\w/);
  });

  it('stays in the hip when the hip hurts too', () => {
    const result = lookupSymptoms('my heel hurts and so does the outside of my hip');
    expect(result.outsideHip).toBeNull();
    expect(result.conditions[0]?.id).toBe('hip-bursitis');
  });
});
