import { describe, expect, it } from 'vitest';
import { CONDITION_NAMES } from '../../../knowledge/guide/condition-names';
import { CONDITIONS, conditionById } from '../../../knowledge/guide/conditions';
import { HABITS } from '../../../knowledge/guide/habits';
import { OTHER_CAUSES } from '../../../knowledge/guide/other-causes';
import { RED_FLAGS, redFlagById } from '../../../knowledge/guide/red-flags';
import { GLOSSARY, termById } from '../../../knowledge/terms/glossary';
import {
  compileTerms,
  createTermMatcher,
  normaliseTermText,
} from '../../../knowledge/terms/term-matcher';
import { escapeForRegExp } from '../../../knowledge/text-patterns';
import {
  CONDITION_IDS,
  type GuideEntryId,
  RED_FLAG_IDS,
  type Source,
  type Urgency,
  ZONE_IDS,
} from '../../../knowledge/types';

const ARTICLE_SITE = 'Inside Running tips';
const TRUSTED_HOSTS = ['nhs.uk', 'orthoinfo.aaos.org', 'mayoclinic.org'];
/** Where every cited page lives: NHS, AAOS, Mayo Clinic, NICE, or a peer-reviewed journal. */
const CITABLE_HOSTS = [
  ...TRUSTED_HOSTS,
  'nice.org.uk',
  'bmj.com',
  'pmc.ncbi.nlm.nih.gov',
  'pubmed.ncbi.nlm.nih.gov',
  'doi.org',
];
/** The conditions the source article covers; the others must not cite it. */
const ARTICLE_CONDITIONS = [
  'hip-bursitis',
  'stress-fracture',
  'cartilage-tear',
  'it-band-syndrome',
  'hip-flexor-tendinitis',
];
const URGENCY_ORDER: readonly Urgency[] = ['emergency', 'same-day', 'soon', 'routine'];
const GUIDE_ENTRIES: ReadonlySet<GuideEntryId> = new Set([...CONDITION_IDS, 'habits', 'red-flags']);

/** Every string inside a value, with its path, so a failure names the field ("doNow[2]"). */
function stringsWithPaths(value: unknown, path = ''): Array<[string, string]> {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => stringsWithPaths(item, `${path}[${i}]`));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      stringsWithPaths(item, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/** Paths of empty strings and empty arrays inside a value, ignoring the paths `skip` accepts. */
function blankPaths(value: unknown, skip: (path: string) => boolean, path = ''): string[] {
  if (skip(path)) return [];
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (Array.isArray(value)) {
    if (value.length === 0) return [path];
    return value.flatMap((item, i) => blankPaths(item, skip, `${path}[${i}]`));
  }
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      blankPaths(item, skip, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

function isOnHost(source: Source, hosts: readonly string[]): boolean {
  if (!source.url) return false;
  const host = new URL(source.url).hostname;
  return hosts.some((trusted) => host === trusted || host.endsWith(`.${trusted}`));
}

function isTrustedSource(source: Source): boolean {
  return isOnHost(source, TRUSTED_HOSTS);
}

/** Sources that are neither the article nor a https page of a citable publisher. */
function uncitable(sources: readonly Source[]): string[] {
  return sources
    .filter((source) => source.site !== ARTICLE_SITE)
    .filter((source) => !source.url.startsWith('https://') || !isOnHost(source, CITABLE_HOSTS))
    .map((source) => `${source.title} <${source.url}>`);
}

/** Normalised variant → ids of the terms that list it. */
function variantOwners(): Map<string, Set<string>> {
  const owners = new Map<string, Set<string>>();
  for (const term of GLOSSARY) {
    for (const variant of [term.name, ...term.variants]) {
      const key = normaliseTermText(variant);
      const ids = owners.get(key) ?? new Set<string>();
      ids.add(term.id);
      owners.set(key, ids);
    }
  }
  return owners;
}

describe('conditions', () => {
  it('has exactly the fixed ids, once each, and conditionById finds each', () => {
    expect(CONDITIONS.map((condition) => condition.id).sort()).toEqual([...CONDITION_IDS].sort());
    for (const id of CONDITION_IDS) expect(conditionById(id).id).toBe(id);
  });

  it('fills every section of every condition (only the article source may lack a url)', () => {
    for (const condition of CONDITIONS) {
      const articleUrl = (path: string) => {
        const match = /^sources\[(\d+)\]\.url$/.exec(path);
        return match ? condition.sources[Number(match[1])]?.site === ARTICLE_SITE : false;
      };
      expect(blankPaths(condition, articleUrl), condition.id).toEqual([]);
    }
  });

  it('uses known zones, without repeats', () => {
    for (const condition of CONDITIONS) {
      for (const zone of condition.zones) expect(ZONE_IDS, condition.id).toContain(zone);
      expect(new Set(condition.zones).size, condition.id).toBe(condition.zones.length);
    }
  });

  it('cites at least one NHS, AAOS OrthoInfo or Mayo Clinic page, and only https links', () => {
    for (const condition of CONDITIONS) {
      expect(condition.sources.some(isTrustedSource), condition.id).toBe(true);
      for (const source of condition.sources) {
        if (source.site === ARTICLE_SITE) continue;
        expect(new URL(source.url).protocol, `${condition.id}: ${source.title}`).toBe('https:');
      }
    }
  });

  it('cites only NHS, AAOS, Mayo Clinic, NICE or peer-reviewed pages besides the article', () => {
    for (const condition of CONDITIONS) {
      expect(uncitable(condition.sources), condition.id).toEqual([]);
    }
  });

  it('cites the source article only on the five conditions it covers', () => {
    for (const condition of CONDITIONS) {
      const citesArticle = condition.sources.some((source) => source.site === ARTICLE_SITE);
      expect(citesArticle, condition.id).toBe(ARTICLE_CONDITIONS.includes(condition.id));
    }
  });

  it('keeps display names short enough for the page card', () => {
    for (const id of CONDITION_IDS) {
      expect(CONDITION_NAMES[id].length, id).toBeLessThanOrEqual(32);
      expect(conditionById(id).name).toBe(CONDITION_NAMES[id]);
    }
  });

  it('gives every condition its own words to meet on the page', () => {
    for (const id of CONDITION_IDS) {
      expect(GLOSSARY.filter((term) => term.entry === id).length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it('keeps the safety points the guide promises', () => {
    const stressFracture = conditionById('stress-fracture');
    expect(stressFracture.zones[0]).toBe('groin');
    expect(stressFracture.doNow.join(' ')).toMatch(/do not test the hip by hopping/i);
    expect(conditionById('hip-bursitis').whenItHurts.join(' ')).toMatch(/lie on the sore side/i);
    expect(conditionById('cartilage-tear').feelsLike.join(' ')).toMatch(/catching|locking/i);
    expect(conditionById('it-band-syndrome').whenItHurts.join(' ')).toMatch(/downhill/i);
    // The article calls the IT band a ligament; the guide must say what it really is.
    expect(conditionById('it-band-syndrome').whatItIs).toMatch(/fascia/i);
    expect(conditionById('hip-flexor-tendinitis').feelsLike.join(' ')).toMatch(/lift your knee/i);
  });

  it('sends a possible stress fracture to a doctor the same day, as the red flag does', () => {
    const stressFracture = conditionById('stress-fracture');
    expect(stressFracture.seeAProfessional.urgency).toBe('same-day');
    expect(stressFracture.seeAProfessional.urgency).toBe(redFlagById('bone-stress').urgency);
    expect(stressFracture.doNow.join(' ')).toMatch(/get seen today/i);
    // The stress fracture page, and whatever else mentions a stress fracture, never lets it wait
    // for days, nor gives the article's 3-4 weeks off.
    const texts = [
      ...stringsWithPaths(stressFracture, 'stress-fracture'),
      ...stringsWithPaths(CONDITIONS, 'CONDITIONS').filter(([, text]) =>
        /stress fracture|femoral neck/i.test(text),
      ),
      ...stringsWithPaths(OTHER_CAUSES, 'OTHER_CAUSES'),
      ...GLOSSARY.filter((term) => /stress fracture|femoral neck/i.test(term.card)).map(
        (term): [string, string] => [`GLOSSARY ${term.id}`, term.card],
      ),
    ];
    const waits = texts
      .filter(([, text]) => /within (?:a few )?days|in the next few days|3.4 weeks/i.test(text))
      .map(([path]) => path);
    expect(waits).toEqual([]);
  });

  it('gives the recovery times the sources give, not the shorter ones', () => {
    // Femoral neck: 6-12 weeks or more, crutches, surgery for some (Robertson and Wood 2017).
    const fracture = conditionById('stress-fracture').recovery;
    expect(fracture).toMatch(/6 to 12 weeks/);
    expect(fracture).toMatch(/crutches/);
    expect(fracture).toMatch(/surgery/);
    // Outer-hip pain: months, education plus exercise (LEAP trial).
    expect(conditionById('hip-bursitis').recovery).toMatch(/months/);
    // IT band syndrome: 2-6 months (Sutker et al.), not "about a week".
    expect(conditionById('it-band-syndrome').recovery).toMatch(/2 to 6 months/);
    expect(conditionById('it-band-syndrome').recovery).not.toMatch(/about a week/);
    // Labral tear: see a doctor if no better in about six weeks (Mayo Clinic).
    expect(conditionById('cartilage-tear').seeAProfessional.advice).toMatch(/six weeks/);
  });

  it('tells outer-hip pain to avoid squeezing the tendons rather than stretch into them', () => {
    const doNow = conditionById('hip-bursitis').doNow.join(' ');
    expect(doNow).toMatch(/uncrossed/);
    expect(doNow).toMatch(/pillow between your knees/);
    expect(doNow).toMatch(/skip stretches that pull the sore leg across your body/i);
    expect(doNow).not.toMatch(/stretch your hamstrings/i);
  });

  it('names the emergencies on the pages where they can happen', () => {
    const back = conditionById('back-referred-pain').seeAProfessional.advice;
    expect(back).toMatch(/genitals or bottom/);
    expect(back).toMatch(/bladder or bowel/);
    expect(back).toMatch(/A&E/);
    // Groin pain that grows as you run can be a stress fracture wherever the reader is.
    for (const id of ['hip-joint', 'adductor-strain', 'hip-flexor-tendinitis'] as const) {
      const advice = conditionById(id).seeAProfessional.advice;
      expect(advice, id).toMatch(/stress fracture/);
      expect(advice, id).toMatch(/same day/);
    }
  });
});

describe('other things it could be', () => {
  it('has the four causes the guide promises, each filled in, with unique ids', () => {
    expect(OTHER_CAUSES.map((cause) => cause.id)).toEqual([
      'pelvic-stress-fracture',
      'sports-hernia',
      'inguinal-hernia',
      'pregnancy-pelvic-girdle-pain',
    ]);
    for (const cause of OTHER_CAUSES) {
      expect(
        blankPaths(cause, () => false),
        cause.id,
      ).toEqual([]);
      expect(URGENCY_ORDER, cause.id).toContain(cause.seeAProfessional.urgency);
    }
  });

  it('shows each one on existing condition pages, once each', () => {
    for (const cause of OTHER_CAUSES) {
      expect(cause.mistakenFor.length, cause.id).toBeGreaterThan(0);
      expect(new Set(cause.mistakenFor).size, cause.id).toBe(cause.mistakenFor.length);
      for (const id of cause.mistakenFor) expect(CONDITION_IDS, cause.id).toContain(id);
    }
  });

  it('sources each one from NHS, AAOS or Mayo Clinic, and cites nothing else uncitable', () => {
    for (const cause of OTHER_CAUSES) {
      expect(cause.sources.some(isTrustedSource), cause.id).toBe(true);
      expect(uncitable(cause.sources), cause.id).toEqual([]);
    }
  });

  it('treats bone stress in the pelvis with the same urgency as the red flag', () => {
    const pelvic = OTHER_CAUSES.find((cause) => cause.id === 'pelvic-stress-fracture');
    expect(pelvic?.seeAProfessional.urgency).toBe(redFlagById('bone-stress').urgency);
    expect(pelvic?.seeAProfessional.advice).toMatch(/do not hop/i);
  });
});

describe('red flags', () => {
  it('has exactly one red flag per id, each with a title, a yes/no question and advice', () => {
    expect(RED_FLAGS.map((flag) => flag.id).sort()).toEqual([...RED_FLAG_IDS].sort());
    for (const id of RED_FLAG_IDS) {
      const flag = redFlagById(id);
      expect(flag.id).toBe(id);
      expect(flag.title.trim(), id).not.toBe('');
      expect(flag.question.trim(), id).toMatch(/\?$/);
      expect(flag.advice.trim().length, id).toBeGreaterThan(40);
      expect(['emergency', 'same-day', 'soon'], id).toContain(flag.urgency);
      if (flag.relatedCondition) expect(CONDITION_IDS, id).toContain(flag.relatedCondition);
    }
  });

  it('lists the most urgent first', () => {
    const ranks = RED_FLAGS.map((flag) => URGENCY_ORDER.indexOf(flag.urgency));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('keeps the tiers and warnings chosen from NHS and Mayo Clinic', () => {
    expect(redFlagById('cannot-bear-weight').urgency).toBe('emergency');
    expect(redFlagById('fall-injury').urgency).toBe('emergency');
    expect(redFlagById('infection-signs').urgency).toBe('emergency');
    expect(redFlagById('nerve-symptoms').urgency).toBe('same-day');
    expect(redFlagById('nerve-symptoms').advice).toMatch(/bladder/i);
    expect(redFlagById('bone-stress').advice).toMatch(/do not hop/i);
    expect(redFlagById('night-or-rest-pain').advice).toMatch(/bursitis/i);
  });
});

describe('habits', () => {
  it('has unique ids and links each habit only to existing conditions', () => {
    expect(new Set(HABITS.map((habit) => habit.id)).size).toBe(HABITS.length);
    for (const habit of HABITS) {
      expect(habit.title.trim(), habit.id).not.toBe('');
      expect(habit.text.trim(), habit.id).not.toBe('');
      expect(habit.helps.length, habit.id).toBeGreaterThan(0);
      expect(new Set(habit.helps).size, habit.id).toBe(habit.helps.length);
      for (const id of habit.helps) expect(CONDITION_IDS, habit.id).toContain(id);
    }
  });

  it("keeps the article's four habits and sources every other one", () => {
    const fromArticle = HABITS.filter((habit) => habit.fromArticle).map((habit) => habit.id);
    expect(fromArticle.sort()).toEqual(
      [
        'well-fitting-shoes',
        'warm-up-and-know-your-limit',
        'stretch-then-rest',
        'check-up-before-a-plan',
      ].sort(),
    );
    for (const habit of HABITS) {
      if (habit.fromArticle) {
        expect(
          habit.sources.map((source) => source.site),
          habit.id,
        ).toContain(ARTICLE_SITE);
      } else {
        expect(habit.sources.some(isTrustedSource), habit.id).toBe(true);
      }
    }
    expect(HABITS.length).toBeGreaterThanOrEqual(8);
  });

  it('cites only citable pages, and never offers stretching for tendons it squeezes', () => {
    for (const habit of HABITS) expect(uncitable(habit.sources), habit.id).toEqual([]);
    const stretch = HABITS.find((habit) => habit.id === 'stretch-then-rest');
    expect(stretch?.helps).not.toContain('hip-bursitis');
    expect(stretch?.helps).not.toContain('hamstring-tendinopathy');
  });

  it('offers at least one habit for every condition', () => {
    for (const id of CONDITION_IDS) {
      expect(
        HABITS.some((habit) => habit.helps.includes(id)),
        id,
      ).toBe(true);
    }
  });
});

describe('glossary', () => {
  it('has at least 45 terms with unique kebab-case ids, found by termById', () => {
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(45);
    expect(new Set(GLOSSARY.map((term) => term.id)).size).toBe(GLOSSARY.length);
    for (const term of GLOSSARY) {
      expect(term.id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(termById(term.id)).toBe(term);
    }
    expect(termById('no-such-term')).toBeUndefined();
  });

  it('points every term at an existing guide entry', () => {
    for (const term of GLOSSARY) expect(GUIDE_ENTRIES.has(term.entry), term.id).toBe(true);
  });

  it('sends groin, joint and back words to the pages that explain them', () => {
    const expected: Record<string, GuideEntryId> = {
      'groin-strain': 'adductor-strain',
      adductors: 'adductor-strain',
      'adductor-tendinopathy': 'adductor-strain',
      osteoarthritis: 'hip-joint',
      fai: 'hip-joint',
      'hip-joint': 'hip-joint',
      'high-hamstring-tendinopathy': 'hamstring-tendinopathy',
      'ischial-tuberosity': 'hamstring-tendinopathy',
      sciatica: 'back-referred-pain',
      'sacroiliac-joint': 'back-referred-pain',
      'slipped-disc': 'back-referred-pain',
      'gluteal-tendinopathy': 'hip-bursitis',
    };
    for (const [id, entry] of Object.entries(expected)) expect(termById(id)?.entry, id).toBe(entry);
  });

  it('names every other cause in a term that opens a page listing it', () => {
    // A runner who meets "sports hernia" on a forum lands on a page that explains it.
    const pages: Record<string, string> = {
      'pelvic-stress-fracture': 'stress-fracture',
      'sports-hernia': 'sports-hernia',
      'inguinal-hernia': 'inguinal-hernia',
      'pregnancy-pelvic-girdle-pain': 'pelvic-girdle-pain',
    };
    for (const cause of OTHER_CAUSES) {
      const term = termById(pages[cause.id] ?? '');
      expect(term, cause.id).toBeDefined();
      expect(cause.mistakenFor as readonly string[], cause.id).toContain(term?.entry);
    }
  });

  it('keeps cards short, plain and non-empty', () => {
    for (const term of GLOSSARY) {
      expect(term.card.trim(), term.id).not.toBe('');
      expect(term.card.length, term.id).toBeLessThanOrEqual(280);
    }
  });

  it('lists variants in lowercase, including the name itself', () => {
    for (const term of GLOSSARY) {
      for (const variant of term.variants) {
        expect(variant, term.id).toBe(variant.toLowerCase().trim());
        expect(variant, term.id).not.toBe('');
      }
      const normalised = term.variants.map(normaliseTermText);
      expect(normalised, term.id).toContain(normaliseTermText(term.name));
    }
  });

  it('gives no variant to two terms', () => {
    const shared = [...variantOwners()]
      .filter(([, ids]) => ids.size > 1)
      .map(([key, ids]) => `${key}: ${[...ids].join(', ')}`);
    expect(shared).toEqual([]);
  });

  it("keeps one term's variants from being another's automatic plural or possessive", () => {
    // "glute" in one term and "glutes" in another would split one word's singular and plural
    // between two cards. "itbs" is the one intended case: it abbreviates IT band syndrome, it
    // is not the plural of ITB.
    const intended = new Set(['itbs']);
    const owners = variantOwners();
    const collisions: string[] = [];
    for (const [key, ids] of owners) {
      for (const suffix of ['s', 'es', "'s"]) {
        const other = owners.get(key + suffix);
        const differs = other && [...other].some((id) => !ids.has(id));
        if (differs && !intended.has(key + suffix)) collisions.push(`${key} / ${key + suffix}`);
      }
    }
    expect(collisions).toEqual([]);
  });

  it('finds every variant, written alone on a page, as its own term', () => {
    // Catches a variant that a longer one swallows, or that never matches as written.
    const matcher = createTermMatcher(compileTerms(GLOSSARY));
    const wrong: string[] = [];
    for (const term of GLOSSARY) {
      for (const variant of term.variants) {
        const hits = matcher.findTerms(variant);
        const whole = hits.length === 1 && hits[0]?.start === 0 && hits[0].end === variant.length;
        if (!whole || hits[0]?.termId !== term.id) wrong.push(`${term.id}: ${variant}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('avoids everyday words that would light up ordinary running articles', () => {
    // Words that fill every running page: marking them would bury the terms that matter.
    const everyday = [
      'band',
      'it',
      'rest',
      'ice',
      'hip',
      'rice',
      'pain',
      'run',
      'running',
      'knee',
      'mileage',
      'warm up',
      'cool down',
      'rest day',
      'recovery day',
      'training volume',
    ];
    const owners = variantOwners();
    for (const word of everyday) expect(owners.has(word), word).toBe(false);
  });

  it('compiles into the page matcher and finds terms in a runner’s sentence', () => {
    const matcher = createTermMatcher(compileTerms(GLOSSARY));
    const text =
      'My physio thinks my IT-band is fine; it may be GTPS, or a femoral neck stress fracture.';
    expect(matcher.findTerms(text).map((hit) => hit.termId)).toEqual([
      'physiotherapy',
      'iliotibial-band',
      'gtps',
      'femoral-neck-stress-fracture',
    ]);
    expect(matcher.findTerms('A rest day, a warm up, some rice and an ice bath.')).toEqual([]);
  });

  it("covers every condition's other names, and sends them to that condition", () => {
    const owners = variantOwners();
    for (const condition of CONDITIONS) {
      for (const otherName of condition.otherNames) {
        const ids = owners.get(normaliseTermText(otherName));
        expect(ids, `${condition.id}: ${otherName}`).toBeDefined();
        for (const id of ids ?? []) {
          expect(termById(id)?.entry, `${condition.id}: ${otherName}`).toBe(condition.id);
        }
      }
    }
  });
});

describe('tone', () => {
  const texts = [
    ...stringsWithPaths(CONDITIONS, 'CONDITIONS'),
    ...stringsWithPaths(RED_FLAGS, 'RED_FLAGS'),
    ...stringsWithPaths(HABITS, 'HABITS'),
    ...stringsWithPaths(OTHER_CAUSES, 'OTHER_CAUSES'),
    ...GLOSSARY.map((term): [string, string] => [`GLOSSARY ${term.id}`, term.card]),
  ];

  it('never tells the reader which condition they have', () => {
    const names = [
      ...CONDITIONS.flatMap((condition) => [condition.name, ...condition.otherNames]),
      ...GLOSSARY.filter((term) => term.category === 'condition').map((term) => term.name),
    ].map((name) => escapeForRegExp(name.toLowerCase()));
    const claim = new RegExp(
      `\\byou(?:'ve| have)(?: got)? (?:a |an )?(?:torn |irritated )?(?:${names.join('|')})\\b`,
      'i',
    );
    const claims = texts.filter(([, text]) => claim.test(text)).map(([path]) => path);
    expect(claims).toEqual([]);
  });

  it('never claims to diagnose', () => {
    const diagnosing = /\b(?:diagnose you|diagnoses you|we diagnose|this is definitely)\b/i;
    const claims = texts.filter(([, text]) => diagnosing.test(text)).map(([path]) => path);
    expect(claims).toEqual([]);
  });
});
