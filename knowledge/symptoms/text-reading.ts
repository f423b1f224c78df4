/**
 * Turns a runner's free text into clean clauses of lowercase tokens, and finds phrases in them
 * with negation taken into account. Pure: strings in, data out.
 *
 * Messy input is the norm ("I CANT lie on my side!!", "buritis?", "doesn’t click"), so the text
 * is normalised first: case, curly apostrophes, contractions, common typos, repeated letters.
 */
import { escapeForRegExp, NUMBER_WORDS } from '../text-patterns';

/** One clause: the words between punctuation or a "but"-like word, and the sentence it is in. */
export interface Clause {
  tokens: string[];
  /** `tokens.join(' ')`, what phrase patterns run on. */
  joined: string;
  /** Where each token starts in `joined`. */
  starts: number[];
  sentence: number;
}

/** A text's clauses, also joined one per line so that a pattern scans the whole text at once. */
export interface ParsedText {
  clauses: Clause[];
  /** The clauses' `joined` forms separated by '\n'. */
  lines: string;
  /** Where each clause starts in `lines`. */
  lineStarts: number[];
  /** The sentences that end with a question mark ("Is it my IT band?"), by index. */
  questions: ReadonlySet<number>;
}

/** Where a phrase was found and whether a negation ("no", "never", "without"…) covers it. */
export interface PhraseHit {
  clause: number;
  negated: boolean;
}

/** Ages written as words, two to nineteen (a child's age is what matters to the flags). */
const AGE_IN_WORDS: readonly string[] = [
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
];
const AGE_WORDS = AGE_IN_WORDS.join('|');
/** From five: "Two, maybe three times a week" opening a post is not a toddler's age. */
const SCHOOL_AGE_WORDS = AGE_IN_WORDS.slice(3).join('|');
const ageInDigits = (word: string): string => String(AGE_IN_WORDS.indexOf(word) + 2);

type Rewrite = string | ((match: string, ...groups: string[]) => string);

// Whole-word replacements applied before tokenising: contractions (with or without apostrophe),
// shorthand, and "cannot" forms folded into one word. "Cannot" is NOT a negation here: "can't lie
// on that side" is evidence that lying on that side hurts.
/** What comes "without" a try that hurts: "couldn't hop without a stab", "…without screaming". */
const HURTS_WHEN_TRIED =
  '(?=(?:a |an |any )?(?:stab|stabbing|pain|twinge|jolt|agony|hurting|it hurting|wincing|screaming|yelping|crying)\\b)';

/** Symptoms a runner lists to rule them out: "no numbness, tingling or weakness". */
const DENIED_ITEM =
  '(?:numbness|tingling|pins and needles|(?:leg )?weakness|foot drop|fever|temperature|temp|' +
  'chills|shivers|swelling|redness|heat|bruising|clicking|catching|locking|night pain|' +
  'night sweats|weight loss|back pain|saddle numbness|limp|limping|(?:bladder|bowel|toilet) ' +
  '(?:problems|issues|changes)|bladder or bowel (?:problems|issues|changes))';

/** A question about a symptom going or settling: "has the numbness gone?", "is it better?". */
const ASKS_IF_GOING =
  /\b(?:gone|go|going|stopped|stop|settled|settle|better|eased|ease|easing|improved|improving|cleared|faded|went|away|over|healed|resolved|fine|ok|okay|normal)\b/;

const REWRITES: readonly [RegExp, Rewrite][] = [
  // French elision, in a post half in French: "l'aine" is "the groin", "j'ai vomi" "I have
  // vomited" (English has no single letter but "i" and "o" before an apostrophe and a vowel).
  [/\b(l|d|j|m|n|s|c|qu)'(?=[aeiouyh])/g, '$1 '],
  // "She had a cold last week and now her temperature is 38.8": "and now" starts a new time, so
  // what was over last week does not reach what is happening now.
  [/\b(last (?:week|month|year|night)|ago|before)\s+and now\b/g, '$1 , now'],
  // "16yo boy here", "15f here": the writer saying who they are, as "I'm 16" does.
  [
    /(^\s*|[.!?\n]\s*)(\d{1,2}) ?(?:yo|y\/o|yr old|year old|years old|f|m)?(?: (?:boy|girl|guy|lad|lass|bloke|woman|man|male|female))? here\b/g,
    '$1 i am $2 . ',
  ],
  // "16 f groin pain squeezing knees": an age and a sex opening a symptom box, spaced (not "10 m
  // sprints", a distance; "16F skier… she" is read with the one it introduces).
  [
    /^(\s*)(1\d|[2-9]\d) (?:f|m(?= (?:hip|hips|groin|knee|thigh|pain|here|runner|with)\b))(?= (?!(?:sprint|sprints|run|runs|race|races|dash|hurdles|repeats|reps|relay|shuttles?)\b))/,
    '$1 i am $2 , ',
  ],
  // A box's question and its answer: "Fall? no / can't weight bear", "Fever: no". The "no"
  // denies the word asked about (in its clause, as "fever no"), not what comes after it.
  [
    /(^\s*|[.!?\n,;/]\s*)([a-z]+)\s*[?:]+\s*(?:no|nope|nah|none)(?=\s*(?:[/|,.;!]|$))/g,
    '$1 $2 no , ',
  ],
  // Dictation's and texting's spellings of two names: "add doctor strain", "pins an needles".
  [/\badd doctors? (?=(?:strain|strains|pain|tear|injury|muscle|muscles|pull)\b)/g, 'adductor '],
  [/\bpins (?:an|n|&) needles\b/g, 'pins and needles'],
  // "My hip - sorry I mean HEEL, autocorrect": the place put right (not "my hip, sorry I mean
  // my left one").
  [
    /\b(?:hip|hips|groin|buttock|bum)\b[\s,.\-\u2013\u2014]*(?:sorry|oops|soz)?[\s,]*i (?:mean|meant) (?:my |the )?(heel|heels|knee|knees|ankle|ankles|shin|shins|calf|calves|foot|feet|achilles|toe|toes|shoulder|ribs|back)\b/g,
    '$1',
  ],
  // Fever-Tree, the tonic, is not a fever: "a G&T (Fever-Tree tonic naturally)".
  [/\bfever[- ]?tree\b/g, 'tonic'],
  // Slang for "no lie", not a denial: "no cap there's a lump in my groin", "no cap, fr".
  [/\bno cap\b(?! (?:on|for|in|of|to|at|with)\b)/g, 'honestly'],
  // A joke taken back in brackets: "lowkey can't walk lol (I can, I'm just dramatic)".
  [
    /\b(?:cannot|can ?not|can['\u2019]?t) (walk|stand|weight bear)\b((?: [a-z]+){0,2})\s*\(\s*(?:jk |jokes |kidding )?i can(?=\s*\)|[,.]?\s*(?:i['\u2019]?m|i am|im) (?:just )?(?:being )?(?:dramatic|exaggerating|joking|kidding)\b|[,.]?\s*(?:lol|jk|haha)\b)/g,
    '$1 fine$2 (',
  ],
  // The dictation's ear again: "grown strain 9 weeks ago doing the splits" (a groin strain; not
  // "a grown man", "fully grown", nor "grown pain", a child's growing pains).
  [/\bgrown (?=(?:strain|strains|strained|pull|pulled)\b)/g, 'groin '],
  // Voice dictation: "since Saturday comma and my buttock has been aching full stop no injury"
  // says its punctuation aloud.
  [/\b(?:full stop|new line|new paragraph|question mark|exclamation mark)\b/g, ' . '],
  // American dictation says "period": "I am 62 years old period getting out of the car is
  // stiff". Only between a word that cannot own a period and one that opens a sentence: "my
  // period stopped", "bad period cramps", "the recovery period the physio set" stay a period.
  [
    /\b(?<!\b(?:my|her|your|their|a|the|no|missed|first|last|heavy|light|bad|painful|irregular|monthly|since|of|on|and|or|postnatal|postpartum|recovery|rest|time|grace|taper|training|build|short|long|this|that|same|every|each|one|next|whole)\s)period(?=\s+(?:now|i|im|it|its|my|no|not|and|but|so|then|also|she|he|they|we|getting|when|what|is this|siri)\b)/g,
    ' . ',
  ],
  [/\bcomma\b/g, ' , '],
  // Tagalog "noon" after a person is "back then": "super taas ng lagnat ko noon" (my fever was
  // very high then), not midday.
  [/\b(ko|mo|niya|siya|ako|namin|nila) noon\b/g, '$1 back then'],
  // Tagalog: "bumaba ang timbang niya" (her weight has dropped), "nagda-diet" (dieting).
  [/\bbumaba (?:ang |yung )?timbang\b/g, ' lost weight '],
  [/\bnagda-?diet\b/g, ' dieting '],
  // Portuguese and Spanish "nada de febre": none of it.
  [/\bnada de\b/g, ' no '],
  // The dictation's ear: "pins and noodles".
  [/\bpins (and|n|&) noodles\b/g, 'pins and needles'],
  // The same words the other way round: "now I have needles and pins in my foot" (not the
  // song, a sewing kit or acupuncture's needles: "bought needles and pins for my race bib").
  [
    /\b(?<!\b(?:bought|buy|buying|sewing|song|ramones|acupuncture|needling|dry)(?: [a-z]+){0,3} )needles (and|n|&) pins\b/g,
    'pins and needles',
  ],
  // …and corrects itself: "pins and noodles sorry needles". Only a word put right by one that
  // looks like it (same first letter, about as long), not "my hip sorry for the long post".
  [
    /\b([a-z]{3,}) sorry ([a-z]{3,})\b/g,
    (match: string, wrong: string, right: string) =>
      wrong[0] === right[0] && Math.abs(wrong.length - right.length) <= 2 ? right : match,
  ],
  // "PT here… quick screen: any night pain, fever, numbness?" asks someone else; it says nothing
  // of anyone, unless the answer is yes. A question of the writer's own keeps its words: "any
  // idea why my hip clicks?"
  [
    /(^|[.!?\n>:]|\s-\s)\s*(?:(?:do|did|does|have|has|got) (?:you|u|he|she|they|ya) (?:got |had |have |get )?)?any (?![^.?!\n]{0,80}\b(?:my|i|me|mine|im|i'm|i've|ive|we|our)\b)[^.?!\n]{1,80}\?(?!\s*(?:op:?\s*|me:?\s*)?(?:yes|yep|yeah|yup|yh|definitely|a bit|a little|some|sometimes|occasionally|actually|unfortunately|sadly|now that)\b)/g,
    '$1 . ',
  ],
  // "The doctor asked me about toilet and numbness between the legs: nothing like that": the
  // things asked about, then denied together, are not there. (Before the bare answers below.)
  [
    /\b(?:asked|checked|screened) (?:me |him |her |us )?(?:about|for) [^.:;!?\n]{1,80}[:,-]\s*(?:nothing like that|none of (?:that|those|them|it)|no to all|all normal|all fine|all clear|all negative|negative)\b/g,
    ' . ',
  ],
  // "Fever? No." and "wakes me up? nah, my toddler does" answer the question before them: the
  // answer closes that sentence, so what follows it is a new thought.
  [
    /[?:]\s*(?:(?:lol|haha|ha|lmao|um|erm|well|honestly)\b[\s,]*)?(?:not really|no way)\b/g,
    ' no . ',
  ],
  // "Numbness between my legs? no.", "tingling in the leg - no,": a short question answered
  // no denies all of it, however far into the question the thing asked about comes (the answer
  // also stays at the end). The question runs back only to the last comma or stop, so "hip
  // sore, numbness? no" keeps the sore hip. The "no" must end the sentence or lead straight
  // into the next item asked about ("numb between my legs - no, it's worse" is not an answer),
  // and a question about the symptom going ("has the numbness gone? no") keeps it (safety
  // reviews, twenty-ninth pass).
  [
    /(^|[.!?\n;>,]|\s-\s)\s*((?:[a-z0-9']+ +){0,7}[a-z0-9']+)\s*(?:\?|\s[-\u2013\u2014])\s*(none|nope|nil|nah|no)(?=\s*(?:[.;!\n]|$|,\s*(?:[a-z0-9']+ +){0,7}[a-z0-9']+\s*(?:\?|\s[-\u2013\u2014])))/g,
    (match: string, before: string, question: string, answer: string) =>
      ASKS_IF_GOING.test(question) ? match : `${before} no ${question} ${answer} . `,
  ],
  [
    // "Sciatica? No tingling though" is not an answer: a bare "no" answers only when nothing
    // follows it in the sentence.
    /[?:]\s*(?:(?:lol|haha|ha|lmao|um|erm|well|honestly)\b[\s,]*)?(none|nope|nil|nah|never|no(?=\s*(?:[.,;!\n]|$)))\b/g,
    ' $1 . ',
  ],
  // "Coach asked me if I have any night pain or numbness — no and no": asked and answered no.
  [
    /\basked (?:me )?(?:if|whether) [^.?!\n]{1,80}?(?:\s[-\u2013\u2014]+\s|[:?,])\s*(?:no|nope|none|nah|neither)\b(?: and no| to both| to all)?/g,
    ' . ',
  ],
  // "Hurts at night? Only when the dog wakes me": the answer stays with its question.
  [/\?\s*(only|just)\b/g, ' , $1 '],
  // "Hips, back and legs otherwise fine": a list of body parts is one thought, so what is said
  // of the list is said of each part in it.
  [
    /\b(hips?|back|legs?|knees?|groin|glutes?|bum|butt|thighs?|quads?|hamstrings?)\s*,\s*(?=(?:hips?|back|legs?|knees?|groin|glutes?|bum|butt|thighs?|quads?|hamstrings?)\b)/g,
    '$1 and ',
  ],
  // "A stiff, sore lower back": two words for one place, not two thoughts.
  [
    /\b(a|an|my|the|his|her|this) (stiff|sore|tight|achy|aching|dull|sharp|deep|constant|nagging|throbbing|painful|tender), (?=[a-z]+ (?:[a-z]+ )?(?:back|hip|hips|ache|pain|groin|leg|knee|buttock|thigh|bum)\b)/g,
    '$1 $2 and ',
  ],
  [/\bw\/o\b/g, ' without '],
  // "My hip and waist are fine o": the Nigerian "o" closes the sentence, it adds nothing.
  [/\b(fine|ok|okay|well|good|better|normal|sha) o\b(?=\s*(?:[.!,;]|$))/g, '$1'],
  // "Buttock and sit bone no pain": said after the places, as a list of what is fine.
  [
    /\b((?:the |my )?(?:buttocks?|bum|glutes?|sit ?bones?|hips?|groin|back|lower back|knees?)(?:,? (?:and|or|n|&) (?:the |my )?(?:buttocks?|bum|glutes?|sit ?bones?|hips?|groin|back|lower back|knees?))*) (?:have |has |got |is |are )?(no|nil|zero) (pain|ache)\b/g,
    // ("Or", not "and", which would end the denial's reach after the first place.)
    (_: string, places: string, denial: string, what: string) =>
      ` ${denial} ${what} in ${places.replace(/,? (?:and|n|&) /g, ' or ')} `,
  ],
  // "no period 6 mths groin pain walking", "not eating much upped training groin pain": in a
  // symptom box's fragments the denial is of the eating or the periods, not of what follows.
  [
    /\b(not eating (?:much|enough|properly|well|a lot)|no (?:appetite|periods?)(?: for)?(?: \d{1,2} ?(?:months?|mths?|mnths|weeks?|wks?))?)(?=\s+[a-z])/g,
    '$1 , ',
  ],
  // "Walking, hopping, standing on that leg are all fine", "I can hop fine no pain": each is
  // denied, not a place it hurts.
  [
    /\b((?:walking|hopping|standing|sitting|sleeping|squatting|lying)(?:(?:,\s*|,?\s+(?:and|or)\s+)(?:walking|hopping|standing|sitting|sleeping|squatting|lying))+)((?: on (?:that|the|my) (?:leg|side)| on it)?) (?:are|is) (?:all |both )?(?:fine|ok|okay|good|pain free|painless)\b/g,
    (_: string, list: string, where: string) =>
      ` no pain ${list.split(/,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+/).join(' or ')}${where} `,
  ],
  // (Not "can't hop on that leg without pain".)
  [
    /(?<!\b(?:cannot|can't|can\u2019t|cant|not|never|couldn't|unable to) )\b(?:i )?(?:can )?(hop|hopping)(?: on (?:it|that leg|the leg|my leg))? (?:fine|ok|okay|no problem|without pain|pain free)\b/g,
    ' no pain $1 ',
  ],
  // "Otherwise flying, can hop, skip, whatever": hopping listed among things done with ease.
  [
    /(?<!\b(?:cannot|can't|can\u2019t|cant|not|never|couldn't|unable to) )\bcan (hop|jump)(?=,? (?:skip|jump|run|sprint|squat|bound|whatever|the lot|everything)\b)/g,
    ' no pain $1 ',
  ],
  // "Everyone keeps saying sciatica but I've never been numb": others' guess, which the writer
  // then answers, names no condition.
  [
    /\b(everyone|everybody|people|they|friends|mates|my mates|my friends|the club) (?:keeps?|kept) (?:saying|telling me|insisting)(?: (?:it is|its|it's|it was))?(?: (?:a|an|my))? [a-z]+(?: [a-z]+)?(?=\s*,?\s*but\b)/g,
    ' $1 keeps guessing ',
  ],
  // "Before anyone says sciatica: no back pain…": others' guess, answered before it is made.
  [
    /\bbefore (?:anyone|anybody|someone|somebody|you all|people|everyone|y'?all) (?:says|suggests|asks|mentions|shouts)(?: (?:it is|its|it's|it was))?(?: (?:a|an|my))? [a-z]+(?: [a-z]+)?(?=\s*[:,.-]|\s+(?:no|not|i|it)\b)/g,
    ' before anyone guesses ',
  ],
  // Irish, Australian and Northern English "me" for "my", where a sentence starts with the
  // part: "Me back's been crook since the drive" (not "text me back").
  [
    /(^\s*|[.!?,;]\s*|\b(?:and|but|now) )me (?=(?:left |right |bad |dodgy )?(?:back|hip|hips|knee|knees|leg|legs|groin|bum|foot|feet|thigh|thighs|buttock)\b)/g,
    '$1my ',
  ],
  // Scots "ma" for "my": "ma laddie's 13", "ma knee's sair".
  [
    /\bma (?=(?:wee |auld |young )?(?:laddie|lassie|lad|lass|wean|weans|bairn|bairns|boy|girl|son|daughter|knee|knees|hip|hips|leg|legs|back|groin|heid|foot|feet|arse|bum)\b)/g,
    'my ',
  ],
  // "I keep an eye out for limps in my two": watching for one, not having one.
  [
    /\b(keep an eye out|keeping an eye out|keeps an eye out|look out|looking out|watch|watching|watch out|check|checking) for (?:any )?(?:limps|a limp|limping)\b/g,
    '$1 for it',
  ],
  // "Night pain being a red flag": the writer's word for a warning, not red skin.
  [/\bred[ -]flags?\b/g, ' warning sign '],
  // "I've read loads about night pain being a warning sign": what they read, not what they feel.
  [
    /\b(read|reading|heard|hearing|seen|seeing)\b([^.?!\n]{0,30}?) about (?:night|nighttime|night time) pains? (?=being|is|as|can|could)/g,
    '$1$2 about it ',
  ],
  // Clinicians' and call handlers' shorthand: "c/o R groin pain ++, NWB, denies fever, x3/52".
  [/\bc\/o\b/g, ' complains of '],
  [/\blbp\b/g, ' low back pain '],
  [/\bnwb\b/g, ' non weight bearing '],
  [/\bfwb\b/g, ' walking normally '],
  [/\bttp\b/g, ' tender to touch '],
  [/\bdenies\b/g, ' no '],
  [/\bx ?(\d+) ?\/ ?52\b/g, ' for $1 weeks '],
  [/\bx ?(\d+) ?\/ ?12\b/g, ' for $1 months '],
  [/\bx ?(\d+) ?\/ ?7\b/g, ' for $1 days '],
  [/\b(pain|ache|aching|tender|tenderness|swelling|swollen)\s*\+\+/g, '$1 severe '],
  // "Lat hip pain 4/12", "8/52 rest", "ant hip pain on WB", "L leg shortened & ext rot",
  // "?periprosthetic #", "SOB on stairs", "TTP lat femoral epicondyle, Ober +".
  [/\b(\d{1,2}) ?\/ ?52\b/g, ' $1 weeks '],
  // "7wks rehab", "3mths": the number and its unit run together.
  [/\b(\d{1,2})(wks?|mths?|mnths)\b/g, ' $1 $2 '],
  [/(?<=\b(?:pain|ache|symptoms|for|over|rest|hx|history)\s)(\d{1,2}) ?\/ ?12\b/g, ' $1 months '],
  [/\b(\d{1,2}) ?\/ ?12(?= (?:rest|ago|post|hx|history|duration|of|no)\b)/g, ' $1 months '],
  [/\blat\.? (?=(?:hip|hips|thigh|side|knee|femoral|aspect|glute)\b)/g, ' outer '],
  [/\bant\.? (?=(?:hip|hips|thigh|groin)\b)/g, ' front of '],
  [/\blat(?:eral)? femoral epicondyle\b/g, ' outside of the knee '],
  [/\bober'?s?(?: test)?\s*(?:\+|positive|pos\b)/g, ' tight it band '],
  [/\bwb\b/g, ' weight bearing '],
  // Dictation's homophone: "the whole leg feels week".
  [/\b(feels?|feeling|felt|gone|going|goes|so|really|very|bit|quite) week\b(?! ?\d)/g, '$1 weak'],
  [
    /\bsob(?= (?:on|at|when|walking|climbing|with|today|since|and)\b|\s*[,.;]|$)/g,
    ' short of breath ',
  ],
  [/\b(?:thr|hip arthroplasty)\b/g, ' hip replacement '],
  [/\bext(?:ernally|\.)? ?rot(?:ated|ation|\.)?(?![a-z])/g, ' turned outwards '],
  [/\bhx\b/g, ' history '],
  [/\bnad\b/g, ' normal '],
  // "28°F at the start line": the weather's degrees (below a body's, 35°C or 95°F), read as
  // such; "38.5°C" is left to the fever's own patterns.
  [/(?<![\d.])(-?(?:[0-2]?\d|3[0-4])(?:\.\d+)?) ?\u00b0 ?c\b/g, ' $1 degrees c '],
  [/(?<![\d.])(-?(?:[1-8]?\d|9[0-4])(?:\.\d+)?) ?\u00b0 ?f\b/g, ' $1 degrees f '],
  [/\u2191/g, ' increased '],
  [/\u2193/g, ' decreased '],
  // A fracture written as "#": "NOF #", "?#" (not "baby #2", "#1 fan").
  [/#(?![\da-z])/g, ' fracture '],
  [
    /\br\s+(?=(?:leg|legs|hip|side|groin|buttock|bum|knee|thigh|calf|foot|ankle|lateral|medial)\b)/g,
    ' right ',
  ],
  [
    /\bl\s+(?=(?:leg|legs|hip|side|groin|buttock|bum|knee|thigh|calf|foot|ankle|lateral|medial)\b)/g,
    ' left ',
  ],
  // Voice-to-text: "sigh attica down back of leg" is sciatica.
  [/\b(?:sigh|psy|sci) ?(?:attica|addicta|atica)\b/g, ' sciatica '],
  // "Temp of thirty nine": a temperature said in words.
  [
    /\b(temp|temperature|fever)( of| is| was| at| about| around| over)? (?:thirty[ -]eight|thirty[ -]nine|forty)\b/g,
    (phrase: string) =>
      phrase
        .replace(/thirty[ -]eight/, '38')
        .replace(/thirty[ -]nine/, '39')
        .replace(/forty/, '40'),
  ],
  // Hindi and Urdu "mera hip", "meri kamar": my.
  [/\b(?:mera|meri|mere)\b/g, 'my'],
  // "Pain in the hip of the side external" (a Romance speaker's "lado externo"): the outer hip.
  [/\b(?:the )?hip of the (?:side|part) external\b/g, ' the outside of the hip '],
  [/\b(side|part) external\b/g, ' outer $1 '],
  // "Pain in the inguinal region": the clinic's word for the groin, in second-language posts.
  [/\binguinal (?:region|area|zone|part|side|fold)\b/g, ' groin '],
  // "A lump in my groan": the groin, misspelt (a groan is a sound, never a place on the body).
  [/\b(my|the|in|left|right|inner|lower|upper|his|her) groan\b/g, '$1 groin'],
  [/\bgroan (pain|area|strain|injury|ache|lump)\b/g, 'groin $1'],
  // Dictation's "pain in my grown" (not "my grown-up son", "has grown").
  [
    /\b(pain|ache|aching|hurts|hurting|sore|strain|pull|lump|swelling) in (my|the|his|her) grown\b/g,
    '$1 in $2 groin',
  ],
  // "My hip back side", "the back side of the hip" (not the British "backside", the buttock,
  // which stays as written): the back of the hip.
  [/\bhip(?:'s)? back ?side\b/g, 'back of the hip'],
  [/\bback side of (?:(my|the|his|her) )?(hip|leg|thigh|knee)\b/g, 'back of $1 $2'],
  // "My hip outside is sore" (word for word from Turkish and Polish).
  [
    /\bhip (outside|front|inside)(?= (?:is|was|hurts?|aches?|pains?|paining|sore|painful)\b)/g,
    '$1 of the hip',
  ],
  // "A lump in my lies (groin in Dutch)": the writer's own gloss names the place. So it does
  // the symptom: "no brnění (tingling)" keeps its "no" (as a clause of its own the gloss would
  // read as tingling felt), "hernie (hernia)", "láz (fever) last month".
  [
    /\b[a-z]+ \(\s*(?:= ?)?(?:the |my )?(groin|hip|buttock|thigh|sit bone|lower back|back|bottom|tingling|numbness|fever|hernia|swelling)(?: in [a-z]+)?\s*\)/g,
    '$1',
  ],
  // "My bhai (younger brother) is 12": the writer's gloss names who it is.
  [
    /\b[a-z]+ \(\s*(?:my )?(?:younger |older |little |big |elder )?(brother|sister|son|daughter|mother|father|grandmother|grandfather|husband|wife|cousin)\s*\)/g,
    '$1',
  ],
  // "Like ants in my leg": tingling.
  [
    /\b(?:like|as if) (?:ants|insects|bugs)(?: (?:crawling|walking|running|marching))?\b/g,
    ' tingling ',
  ],
  // "The hip hurts when I run, in the front part": the part is the hip's.
  // (Not "the hip on the inner side", which the places read as it is.)
  [
    /\bhip\b([^.!?\n]{0,60}?)\b(?:in|on|at) the (?:(front|back|outer|inner) part|(front|back) side)\b/g,
    (_: string, between: string, part?: string, side?: string) =>
      `hip${between} at the ${part ?? side} of the hip`,
  ],
  // "The lump is hard and does not enter any more" (Italian "non entra"): will not go back in.
  [/\b(?:does not|did not|will not|cannot) (?:enter|go inside|go in)\b/g, ' will not go back in '],
  // "My calf is big, red and painful": swollen, in a second language (a leg's size, not "a big
  // run"; one leg or calf, not "my legs are big", which is about a body).
  [
    /\b(calf|leg|ankle|lower leg)((?: [a-z]+){0,4}?) (is|was|got|went|looks|became) (?:very |so |really |all |much )?(?:big|bigger|fat|fatter|thick|thicker)\b(?! (?:toe|deal|day|run|week|mileage|miles))/g,
    '$1$2 $3 swollen',
  ],
  // "Doesn't hurt walking, standing or at night": the denial covers the whole list, so each
  // item keeps it once the commas split the clause.
  [
    /((?:n't|\bnot|\bnever) (?:hurt|hurts|ache|aches|bother|bothers)) ([a-z ]{2,30}?), ([a-z ]{2,30}?),? (?:or|nor|and) ([a-z ]{2,30}?)(?=[,.!?\n]|$)/g,
    '$1 $2, not $3, not $4',
  ],
  // "Something's not right, the hip…": a worry, not a denial of what follows.
  [/\bsomething(?:'s| is|s)? (?:just |really |definitely )?not right\b/g, ' something is wrong '],
  // "No numb feeling": no numbness (not "no feeling", which is numbness itself).
  [/\b(no|not any|without) (numb|tingly|tingling) (feeling|feelings|sensation)s?\b/g, '$1 $2'],
  // "Our lab (11) has hip dysplasia, the vet says": the dog, not a laboratory or a child.
  [
    /\b(my|our|his|her) lab\b(?=\s*\(|\s+(?:is|has|was|keeps|limps|dog|pup|puppy)\b)/g,
    '$1 labrador',
  ],
  // "Labrador tear??": the phone's word for a labral tear, not a dog.
  [/\blabrador (tear|tears|torn)\b/g, 'labral $1'],
  // "I'm mum to Isla who's 13", "mum of Leo (12)": the child the parent writes about, named.
  // (Not "mum of two", "dad to twins".)
  [
    /\b(mum|mom|mam|mummy|mommy|mother|dad|daddy|father|parent) (to|of) (?!(?:a|an|the|my|our|his|her|one|two|three|four|five|six|seven|\d+|twins|triplets|boys|girls|kids|children|teens|teenagers)\b)([a-z]+)(?=\s*(?:who|\(|,|aged?\b|is\b|and\b))/g,
    '$1 $2 , my child $3',
  ],
  // "Back→buttock": an arrow between two words says where the pain goes.
  [/([a-z])\s*(?:\u2192|-+>|=>|\u21d2)\s*(?=[a-z])/g, '$1 spreading into '],
  // "I've actually put weight on lol": gained weight, not stood on the leg (not "I have put
  // weight on it", "…on the leg", "whenever I have put weight on, my groin hurts", "had put
  // weight on and felt a pop").
  [
    /(?<!\b(?:when|whenever|if|once|time|soon as) )\b(i|we|she|he|they)( have|'ve| ve| has|'s)( actually| also| just| recently| finally| even)? put (?:some |a bit of |a little )?weight on\b(?= ?(?:lol|haha|this year|over|since|recently|again|too|as well|[.!,?]|$))/g,
    '$1$2$3 gained weight',
  ],
  // "Trying to be hip with the new carbon shoes": in fashion, not the joint.
  [/\b(be|being|so|too|pretty|very|still) hip (?=with|and|enough|to|these|for)/g, ' $1 trendy '],
  // Idioms, not a hip or a buttock: "hip hip hooray", "a right pain in the bum, this committee".
  [/\bhip,? hip,? (?:hooray|hurray|hurrah)\b/g, ' hooray '],
  // "My hips don't lie, I was dancing round the kitchen": the song, not a hip.
  [/\b(?:my |her |his |the )?hips (?:don'?t|do not|dont) lie\b/g, ' dancing '],
  [
    /\b(?:an? (?:real |right |proper |total |absolute |royal )?)pain in the (?:bum|butt|arse|ass|backside|neck)\b/g,
    ' a nuisance ',
  ],
  [
    /\bpain in the (?:bum|butt|arse|ass|backside|neck)(?= (?:this|that|these|those)\b)/g,
    ' a nuisance ',
  ],
  // Australian and northern English "me" for "my": "side of me hip's sore as".
  [
    // ("Me granddaughter is 4 and she's limping", "me nan's hip": Irish and northern English.)
    /\bme (?=(?:left |right |bad |dodgy |good )?(?:hip|hips|leg|legs|back|groin|knee|knees|bum|butt|arse|thigh|thighs|foot|glute|glutes|side|hamstring|hamstrings|son|daughter|granddaughter|grandson|lad|young lad|young one|little one|youngest|eldest|nephew|niece|brother|sister|nan|nana|nanna|gran|granny|grandad|granda|mam|mum|ma|da|dad|husband|fella|missus|wife|partner)\b)/g,
    'my ',
  ],
  [/\bw\//g, ' with '],
  [/\bb\/c\b/g, ' because '],
  [/&/g, ' and '],
  [/\bi\.\s?t\.?\s?b\b\.?/g, ' itb '],
  [/\bi\.\s?t\.?(?=\s?band)/g, ' it '],
  [/\bred[\s-]s\b/g, ' reds '],
  [/\bweightbear/g, ' weight bear'], // "can't weightbear", "non-weightbearing"
  [
    // ("Cnt put any weight on it": the phone's short form.)
    /\b(?:can'?t|cnt|can not|could ?n'?t|could not|unable to|not able to|(?:(?:have|has|had)(?:n'?t| not) |not |never )managed to|(?:(?:have|has|had)(?:n'?t| not) |not )been able to|impossible to|cannae|canna)\b/g,
    ' cannot ',
  ],
  // Nigerian Pidgin: "I no fit waka" (walk).
  [/\bwaka\b/g, 'walk'],
  // "Went arse over tit on the trail": a fall, head first, not the buttock.
  [/\b(?:arse|ass|bum|butt) over (?:tea ?kettle|kettle|tit|tip|elbow)\b/g, 'head over heels'],
  // "Just pride hurt": feelings, not a body part.
  [/\b(?:just |only |my )?pride (?:is |was )?(?:hurt|dented|bruised|wounded)\b/g, ' pride dented '],
  // "The wee hours": the small hours of the night, not a trip to the loo.
  [/\bwee (?=hours\b)/g, 'small '],
  // "Couldn't do a single hop without a stab in the groin", "can't move his leg at the hip
  // without screaming": it hurts when they try, not a denial of the stab. A hop or a squat that
  // can be tried and hurts loses the "cannot", which would deny the stab; a leg that "cannot
  // move" keeps it. (Not walking or standing: "can't walk without a limp" stays walking, with
  // a limp.)
  [
    new RegExp(
      `\\bcannot\\s+(?:even\\s+)?(?:do\\s+(?:a\\s+|one\\s+|a\\s+single\\s+)?)?((?:hop|hops|squat|climb|cough|sneeze|jog|sprint|stand\\s+on)\\b[^.,!?\\n]{0,50}?) without ${HURTS_WHEN_TRIED}`,
      'g',
    ),
    '$1 with ',
  ],
  [
    new RegExp(
      `(\\bcannot\\s+(?:even\\s+)?(?:move|lift|bend|sit|lie|roll|turn)\\b[^.,!?\\n]{0,40}?) without ${HURTS_WHEN_TRIED}`,
      'g',
    ),
    '$1 with ',
  ],
  // Filipino English: "I'm 17 po", "hip okay naman", "ask lang": politeness and softening
  // particles, no meaning of their own here.
  [/\b(?:po|naman|lang|talaga)\b/g, ''],
  // Nigerian Pidgin and Scots: "I no fit stand on the leg", "I'm no fit tae walk": unable to.
  [
    /\bno (?:go )?fit (?:to |tae )?(?=(?:stand|walk|bend|move|put|sit|lie|sleep|run|climb|lift|raise|bear|carry|press|step|get|hold|control|feel)\b)/g,
    ' cannot ',
  ],
  // "She'll be 18 next month": the future, not a shell.
  [/\b(i|you|he|she|we|they|it|that)['\u2019]ll\b/g, '$1 will'],
  // The saddle in other words: "in my private zone", German "Reithose" (riding breeches, the
  // area a saddle touches), "when I use the tissue" (wiping).
  [
    /\b(?:private (?:zone|zones)|intimate (?:zone|zones|area|areas|parts|region))\b/g,
    'private area',
  ],
  [/\b(?:reithosen?|riding (?:pants|breeches|trousers)) (?:area|zone|region)\b/g, 'saddle area'],
  [/\breithosen?\b/g, 'saddle area'],
  [/\buse (?:the |a |toilet )?(?:tissue|tissues|toilet paper)\b/g, 'wipe'],
  // "Since one month and half": a month and a half, as the duration's phrases say it.
  [/\b(?:one|a) month and half\b/g, 'a month and a half'],
  // "Me and DD both have a fever", "my daughter and I both had flu": the writer has it too, so
  // the writer's own hip is read with it.
  [/\b(?:me|i) and (?:my |our )?[a-z]+ both (have|had|got|caught|are|were)\b/g, 'i $1'],
  [/\b(?:my|our) [a-z]+ and (?:i|me) both (have|had|got|caught|are|were)\b/g, 'i $1'],
  // Parents' forum shorthand, "DD is six": dear daughter, dear son. ("DS4 limping": the number
  // joined on is read as an age, by the under-18 sign.)
  [/\bdd\b/g, 'daughter'],
  [/\bds\b/g, 'son'],
  // Hindi and Urdu "mera beta", "meri beti" in English posts: my son, my daughter (not "beta
  // blockers", which no "my" comes before).
  [/\b(my|mi|mera|meri|our) beta\b/g, '$1 son'],
  [/\b(my|mi|mera|meri|our) beti\b/g, '$1 daughter'],
  // Australian parents' "Miss 9", "Master 7": a child of that age.
  [/\b(?:miss|master) ([2-9]|1[0-7])\b/g, 'my $1 year old'],
  // A thought trailing off mid-phrase, "numb in the... between the legs": no sentence ends on
  // "the", so the dots are a pause.
  [/\b(the|a|an|my|in|on|of|to|and|his|her|at)\s*(?:\.{2,}|\u2026)\s*/g, '$1 '],
  // Scots "it'll no go back", "I can no walk": not (before a verb only; "no doubt" stays).
  [
    /\b(will|would|could|can|did|does|do) no (?=(?:go|come|stay|push|pop|move|bend|stand|walk|settle|ease|shift|get)\b)/g,
    '$1 not ',
  ],
  // Jamaican "nuh numbness" and Scots "nae better": no.
  [/\b(?:nuh|nae)\b/g, 'no'],
  // Scots: "numb roon ma bum", "nothin's comin": round, my, and the dropped g.
  [/\broon\b/g, 'round'],
  // Scots vowels: "ootside o ma knee", "comin doon", "noo", "aboot 12k", "intae baith hips",
  // and a "jobbie" is a poo.
  [
    /\b(oot|ootside|doon|noo|aboot|intae|baith|ither)\b/g,
    (word: string) => SCOTS_WORDS[word] ?? word,
  ],
  [/\bo (?=ma |my |the )/g, 'of '],
  [/\bjobbie\b/g, 'poo'],
  // Nigerian Pidgin "I dey feel hot", "body dey shake me": "dey" is only the verb's tense.
  [/\bdey\b/g, ''],
  // Nigerian Pidgin "yansh" and Jamaican "bumsie": the buttocks.
  [/\b(?:yansh|bumsie|bumsy)\b/g, 'buttock'],
  // Jamaican patois: "mi a 17" (I am), "mi hip a hurt mi" (my hip hurts me), "mi sleep pon dat
  // side" (I sleep on that side), "inna di" (in the), "it deh deh" (it is there).
  // (Never after a number: "8 mi" is miles.)
  [/(?<!\d\s*)\bmi (?:a |is )?(?=\d{1,2}\b)/g, 'i am '],
  [/\b(?:cyaan|cyan|kyaan|caan)\b/g, ' cannot '],
  [
    /(?<!\d\s*)\bmi (?=(?:left |right |bad )?(?:hip|hips|leg|legs|back|groin|knee|knees|bum|thigh|thighs|foot|feet|side|belly|son|daughter|pickney|yute|bwoy|gyal|granmadda|granmada|granny|granma|grandma|madda|mada|mumma|puppa|pupa|fada|bredda|sista|fren|wife|husband|man|woman|baby|bwoyfren|gyalfren)\b)/g,
    'my ',
  ],
  [
    /\b(hip|hips|leg|back|knee|groin|pain|side|foot|it) a (?=(?:hurt|hurting|pain|paining|wake|waking|swell|swelling|bother|bothering|kill|killing|burn|burning|throb|throbbing)\b)/g,
    '$1 is ',
  ],
  [
    /\b(wake|wakes|waking|woke|hurt|hurts|hurting|pain|paining|tell|tells|told|give|gives|make|makes|let|lets|keep|keeps|kill|killing|bother|bothers|bothering) mi\b/g,
    '$1 me',
  ],
  // (Not Spanish "mi hija": the second-language patterns read that.)
  [
    /(?<!\d\s*)\bmi (?!(?:hija|hijo|hijas|hijos|esposa|esposo|marido|mujer|madre|padre|hermano|hermana|abuela|abuelo|novio|novia|familia|amigo|amiga|perro|cadera|rodilla)\b)(?=[a-z])/g,
    'i ',
  ],
  [/\b(back|front|side|top|outside|inside) a (?=(?:mi|my|di|the) )/g, '$1 of '],
  [/\bpon\b/g, 'on'],
  [/\b(?:odda|adda)\b/g, 'other'],
  // (Only before an English noun: Tagalog "di na makatayo" is "cannot stand any more".)
  [
    /\bdi (?=(?:outside|inside|side|hip|hips|leg|legs|back|front|pain|doctor|night|bed|floor|ground|same|morning|evening|run|race|track|road|top|bottom|bumsie|buttock|groin|knee|thigh|foot|heat|cold|sun|weather|rain|hill|hills|bench|gym|park|way|time|while|other)\b)/g,
    'the ',
  ],
  [/\bdat\b/g, 'that'],
  [/\binna\b/g, 'in'],
  [/\bdeh deh\b/g, 'is there'],
  [
    /\bma (?=(?:left|right|back|leg|legs|hip|hips|bum|backside|bottom|bladder|bowels|privates|calf|knee|knees|groin|foot|feet|work|wife|pal)\b)/g,
    'my ',
  ],
  // The dropped g of speech and phone texts: "walkin", "slappin", "lyin", "mornins".
  [
    /\b([a-z]{2,}[b-df-hj-np-tv-z]in|[a-z]*[oey]in)(s?)\b/g,
    (word: string, stem: string, plural: string) =>
      NOT_DROPPED_G.has(stem) || stem.endsWith('groin') ? word : `${stem}g${plural}`,
  ],
  // Scots: "the back o' my leg" (not the "o" of "12 y/o").
  [/\bo'(?=\s)/g, ' of '],
  // Scots: "didnae", "isnae", "wouldnae".
  [/\b(do|does|did|is|was|were|would|should|could|has|have|had)nae\b/g, ' $1 not '],
  [/\bwo ?n'?t\b/g, ' will not '],
  // A dropped apostrophe: "backs been grim since decorating", "backs killing me".
  [/\bbacks (?=been\b)/g, 'back has '],
  [
    /\bbacks (?=(?:killing|playing|acting|sore|stiff|grim|bad|agony|wrecked|stuffed|gone)\b)/g,
    'back is ',
  ],
  // "Proper 9 outta 10".
  [/\boutta\b/g, ' out of '],
  // "A horse-riding fall": the sport, not a horse in pain.
  [/\bhorse[- ]?(?:back[- ]?)?(riding|rider|ride)\b/g, '$1'],
  // "What worries my daughter more is that I've lost…": the writer's own news, told as
  // someone else's worry.
  [
    /\bwhat (?:worries|bothers|concerns|scares|upsets) (?:my|our) [a-z]+(?: [a-z]+)? (?:more |most )?is (?:that )?/g,
    ' ',
  ],
  // "Since baby no.2 (now 3yo) I leak a bit": the child's age now, beside the writer's story.
  [/(?<=\bsince\b[^()!?\n]{0,30})\(\s*now \d{1,2} ?(?:yo|y\/o|yrs?|years?(?: old)?)?\s*\)/g, ' '],
  // "Swollen + warm", "lost 7kg without trying + hip ache": a plus is an "and".
  [/\s\+\s/g, ' and '],
  // Clinic shorthand: "P&N both feet" (read after "&" became "and"), "wt loss 10kg".
  [/\bp and n\b/g, ' pins and needles '],
  // Texting's "n" (after "P&N" is read): "hurts when i hop n walk".
  [/(?<=[a-z]) n (?=[a-z])/g, ' and '],
  [/\bwt (?=loss|stable|down|dropping|dropped|gain|bear|bearing)/g, 'weight '],
  // Walking football or netball is a sport, not walking on the leg.
  [/\bwalking (football|netball|rugby|basketball|hockey)\b/g, 'slow $1'],
  // A phone's autocorrect: "my grin area", "side of my hop", "outside of my knew".
  // ("My grain area", a second-language spelling, said as it sounds.)
  [/\b(?:grin|grain) (area|region|crease|strain|pull|pain|ache|lump|swelling)\b/g, ' groin $1 '],
  [/\b(left|right) (?:grin|grain)\b/g, ' $1 groin '],
  // Scots "wee" is small: "the wee service", "a wee bit tender" (never "do a wee properly").
  [
    /\bwee (bit|bitty|while|one|ones|lad|lass|laddie|lassie|man|boy|girl|bairn|service|kirk|church|hill|hills|run|runs|jog|loop|village|town|dog|thing|niggle|twinge|ache|pain|sore|tender|stiff|tight|bump|lump|club|race|parkrun)\b/g,
    ' small $1 ',
  ],
  [/\b(side|front|outside|outer|back|top|point) of (my|the|his|her) hop\b/g, ' $1 of $2 hip '],
  [/\bhop (flexor|flexors|bone|joint|bursitis|area|region)\b/g, ' hip $1 '],
  [/\b(my|the|left|right|his|her) knew\b/g, ' $1 knee '],
  // "Sore nee": the knee, in a hurried text (not "Jane Smith, nee Brown").
  [/\b(my|the|left|right|his|her|sore|achy|bad|swollen) nee\b/g, ' $1 knee '],
  // "Feels as though I'm sitting on a saddle" is a likeness, not a "though" that starts a contrast.
  [/\bas though\b/g, ' as if '],
  [/\b(do|does|did|is|are|was|were|has|have|had|would|should|ai)n'?t\b/g, ' $1 not '],
  [/\bi'?m\b/g, ' i am '],
  // Scots "Ahm 16", "A'm 35": I am.
  [/(?:\bahm\b|(?<![a-z'])a'm\b)/g, ' i am '],
  [/\b(it|that|what|there|here|he|she)'s\b/g, ' $1 is '],
  [/'(re|ve|ll|d)\b/g, ' $1 '],
  // A height, "5'6", is not an age of 56.
  [/\b([4-7])' ?(\d{1,2})\b"?/g, ' $1ft$2 '],
  // "14 y.o. hurdler": the dots would otherwise end two sentences inside the age.
  [/\b(\d{1,2}) ?y\.o\b\.?/g, ' $1yo '],
  [/\b(\d{1,2}) ?y\/o\b/g, ' $1yo '],
  // "My 4 and a half year old": the half does not change who the child is.
  [
    new RegExp(
      `\\b(\\d{1,2}|${AGE_WORDS}) and an? half(?=[ -]?(?:years?|yrs?|yr)[ -]old\\b|[ -]?yo\\b)`,
      'g',
    ),
    '$1',
  ],
  // An age in words, read as digits where it can only be an age: "Seventeen, cross-country and
  // track", "my fifteen-year-old", "aged nine". Not "seventeen miles" nor "pain is five".
  [
    new RegExp(
      `(?<![^\\n])\\s*(${SCHOOL_AGE_WORDS})(?=\\s*[,:]|\\s+(?:and|years?|yrs?|yo)\\b)`,
      'g',
    ),
    (_: string, word: string) => ` ${ageInDigits(word)} `,
  ],
  [
    new RegExp(`\\b(${AGE_WORDS})(?=[ -]?(?:years?|yrs?|yr)[ -]old\\b|[ -]?yo\\b)`, 'g'),
    (_: string, word: string) => ageInDigits(word),
  ],
  [
    new RegExp(
      `\\b(aged?|i am|turned|turns|just turned) (${AGE_WORDS})\\b(?!\\s*(?:-|mile|miles|km|k\\b|minute|minutes|min|mins|week|weeks|month|months|day|days|hour|hours|out of|of\\b))`,
      'g',
    ),
    (_: string, before: string, word: string) => `${before} ${ageInDigits(word)}`,
  ],
  // "My granddaughter is seven": a child's age in words after the child. ("Ma wee lassie's
  // nine": Scots, with the "is" shortened.)
  [
    new RegExp(
      `\\b(son|daughter|boy|girl|kid|child|grandson|granddaughter|nephew|niece|stepson|stepdaughter|youngest|eldest|oldest|lass|lassie|lad|laddie|bairn|wean)(?:(?: is| ?'s) +| +(?=(?:${AGE_WORDS})(?: and\\b| an\\b|\\s*[,.;!?]|\\s*$)))(${AGE_WORDS})\\b(?!\\s*(?:-|times|mile|miles|km|k\\b|minute|minutes|min|mins|week|weeks|month|months|day|days|hour|hours|out of|of\\b))`,
      'g',
    ),
    (_: string, before: string, word: string) => `${before} is ${ageInDigits(word)}`,
  ],
  // "Son's shot up 10cm since Christmas (thirteen now)": an age in words, in brackets, said to
  // be now (not "hip injections (three)", a count).
  [
    new RegExp(`\\(\\s*(${AGE_WORDS}) now\\s*\\)`, 'g'),
    (_: string, word: string) => ` aged ${ageInDigits(word)} `,
  ],
  // Years of age in the writer's first language, beside English: "17 tuổi" (Vietnamese), "14
  // tahun" (Malay), "tiene 9 años" (Spanish), "10 lat" (Polish), "15 ans" (French), "12 anni"
  // (Italian), "16 yaşında" (Turkish), as the accents leave them (`rewrite` takes them off
  // first: "tuoi", "anos", "yasında"). Nigerian Pidgin "my pikin na 14 years": my child is.
  // Polish "mam 61 lat": I am 61 ("mam" is "I have"), not "me mam".
  [/\bmam (?=\d{1,2} lat\b)/g, 'i am '],
  [
    /\b(\d{1,2}) (?:tuoi|tahun|anos|anys|lat|ans|anni|jaar|yas(?:\u0131nda|inda)?)(?![a-z])/g,
    ' $1 years old ',
  ],
  [/\b(?:pikin|pickin)\b/g, 'child'],
  // "No numbness, tingling or leg weakness": a denied list of symptoms, its commas read as "or"
  // so that the denial reaches every item (a comma ends a clause). Only symptoms a runner
  // lists to rule out: "no fever, pain when walking or standing" denies the fever alone.
  [
    new RegExp(
      `\\b(no|never|never had|without|nil|not any|denies)( ${DENIED_ITEM})((?:, ${DENIED_ITEM})+),? (or|nor) (?=${DENIED_ITEM}\\b(?![^,.;!?\\n]*\\b(?:until|till|til)\\b))`,
      'g',
    ),
    (_all: string, cue: string, first: string, rest: string, or: string) =>
      `${cue}${first}${rest.replaceAll(',', ' or')} ${or} `,
  ],
  // "Came off my horse onto my hip", "thrown from the pony": the rider's fall, not the animal's
  // (a clause naming an animal is read as the animal's).
  [/\b(off|from|by) (my|the|a|her|his|our) (?:horse|pony)\b/g, '$1 $2 mount'],
  // "Knee's puffed up like a balloon": swollen, in everyday words.
  [/\bpuffed (?:right )?up\b/g, 'swollen'],
  // "Had a fever last yr w covid": a year, in phone shorthand (not "yr hip", your).
  [/\b(last|this|next|a|per|one|1|every|that) yr\b/g, '$1 year'],
  // Geordie "nee limp", "nee bother": no. (Not before "pain" or "swelling", where "nee" is as
  // likely a misspelt knee: "nee swelling and a temperature" must stay a swollen knee.)
  [/\bnee (?=limp|limping|bother|problem|problems)\b/g, 'no '],
  // "Walks like a teenager now", "moving like a 20 year old": a simile, not an age.
  [
    /\blike an? (?:teenager|teen|kid|child|youngster|spring chicken|(?:\d{1,2}|twenty|thirty) ?(?:yo|year old|yr old))\b/g,
    'like new',
  ],
  // "My ward is 16" (Nigerian and Indian English): the child in the writer's care.
  [/\b(my|our) ward\b/g, '$1 child'],
  [/\b(child|son|daughter|brother|sister) na (?=\d{1,2} (?:years|yrs)\b)/g, '$1 is '],
  // "My mattress is 15 years old": the age of a thing, not of a person.
  [
    /\b(mattress|bed|car|house|flat|trainers|shoes|watch|bike|sofa|couch|pillow|boiler|phone|laptop|treadmill|chair)( is| was| are| were|) (?:\d{1,2}|about \d{1,2}|over \d{1,2}) ?(?:years?|yrs?|yr) old\b/g,
    '$1$2 old',
  ],
  // "Josh (13)", "one of my girls (14)": an age in brackets after a name or a person.
  // ("Shot up 10cm since Christmas (13 now)": the same, said to be now.)
  [/\(\s*([5-9]|1[0-7])(?: now)?\s*\)/g, ' aged $1 '],
  // "Class 10 (15 yrs)". (Not "prednisolone for polymyalgia (5 years)": how long, after an
  // illness or a medicine.)
  [
    /(?<!(?:[a-z](?:algia|itis|osis|isone|olone|asone|ism|emia|aemia)|diabetes|asthma|arthritis|cancer|disease|condition|medication|meds|tablets|pills|injections|treatment|therapy|hrt|steroids|for|since|ago|over|about) )\(\s*([2-9]|1[0-7]) ?(?:yrs?|years?|yo|y\/o)\s*\)/g,
    ' aged $1 ',
  ],
  // "Lil one (4)", "our boy (3)": a young child's age in brackets, after the child.
  [
    /\b(one|boy|girl|son|daughter|toddler|kid|child|lad|lass|grandson|granddaughter) \(\s*([2-4])\s*\)/g,
    '$1 aged $2 ',
  ],
  // "Toddler (2 and a half)": the age in brackets, with its half.
  [/\(\s*([2-9]|1[0-7]) and a half\s*\)/g, ' aged $1 '],
  // "My sister had breast cancer and so did I": the writer's own cancer, said by the way.
  [
    /\b((?:had|has|have|got) ((?:[a-z]+ ){0,2}?(?:cancer|lymphoma|leukaemia|leukemia|melanoma|myeloma|sarcoma))),? and so (?:did|have|do) i\b/g,
    '$1 and i had $2 too',
  ],
  // A French speaker's "mon fils a 12 ans": my son is 12 years old.
  [/\bmon fils\b/g, ' my son '],
  [/\bma fille\b/g, ' my daughter '],
  [/\b(?:a )?([2-9]|1[0-7]) ans\b/g, ' is $1 years old '],
  // "My 16yo's old shoes": whose things they are is kept, so they are not read as the child's pain.
  // (Not "my 15yo's got pain": has got.)
  [
    /\b((?:[1-9]|1[0-7]) ?(?:yo|year old|years old|yr old))'s\b(?! (?:got|been|had|just|gone|started|not|always|now|still|complaining|limping|off)\b)/g,
    ' $1 whose ',
  ],
  [/'s?\b/g, ''],
  [/(\d)\.(\d)/g, '$1p$2'], // "2.5 miles" stays one token: "2p5"
];

/**
 * Words that end in "in" and are not "-ing" with the g dropped: "within", "vitamin", "cousin",
 * drug names a runner may list ("warfarin", "metformin"), "hodgkin" and the Pidgin "pikin".
 * ("Groin" is kept by the rule itself, "skin" and "shin" are too short for it.)
 */
const NOT_DROPPED_G = new Set(
  (
    'within begin cabin margin basin cousin napkin muffin robin admin vitamin insulin javelin ' +
    'violin dolphin pumpkin satin latin toxin aspirin bulletin goblin gremlin origin virgin ' +
    'raisin kevin martin justin colin austin berlin dublin darwin login plugin checkin coffin ' +
    'puffin griffin boffin bobbin dustbin vermin penicillin melatonin serotonin heparin warfarin ' +
    'metformin statin gabapentin pregabalin haemoglobin hemoglobin ferritin motrin hodgkin pikin ' +
    'hirplin lupin cumin resin rosin gherkin catkin franklin mandolin zeppelin paraffin lanolin ' +
    'keratin gelatin bilirubin pippin muslin poplin tarpaulin moccasin assassin protein heroin ' +
    'codein caffein rein vein coin join loin yin garmin kein'
  ).split(' '),
);

/** Scots words with an English twin, for the rewrite above. */
const SCOTS_WORDS: Readonly<Record<string, string>> = {
  oot: 'out',
  ootside: 'outside',
  doon: 'down',
  noo: 'now',
  aboot: 'about',
  intae: 'into',
  baith: 'both',
  ither: 'other',
};

// Sentence and clause punctuation become marker tokens; everything else that is not a letter or
// a digit becomes a space ("IT-band" -> "it band", "left/right" -> "left or right").
const SENTENCE_END = /[.!?\n\u2026]+/g;
/** "Limped over the line (calf cramp!) but it was gone": an aside's "!" does not end the sentence. */
const ASIDE_EXCLAIMED = /\(([^()\n.]{1,60}?)[!?]+\s*\)/g;
// An emoji ends a thought in a chat message: "Not gonna make Sunday 😞 hip's swollen" does not
// deny the swelling.
const CLAUSE_END =
  /[,;:()[\]"\u201c\u201d]+|\s[-\u2013\u2014]+\s|\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\uFE0F|\u200D)*/gu;

/** A spaced slash or bar between a symptom box's answers (not "9 / 10"). */
const ANSWER_BREAK = /(?<![0-9])\s[/|]+\s(?![0-9])/g;
const YES_OR_NO = '(?:yes|yeah|yep|no|nope|y|n)(?![a-z])';
/** A yes or a no touching a spaced slash, or opening a text that has one. */
const ANSWER_LIST = new RegExp(
  `^\\s*${YES_OR_NO}[^/|]*\\s[/|]+\\s|\\s(?:yes|yeah|yep|no|nope)\\s[/|]+\\s|\\s[/|]+\\s${YES_OR_NO}`,
);

/** Words that end a clause: negation and "worse when…" never reach across them. */
const CLAUSE_WORDS = new Set(['but', 'however', 'although', 'though', 'except', 'yet', 'whereas']);

/** Typos and variants seen in runners' posts, mapped to the word the patterns use. */
const TYPOS: Readonly<Record<string, string>> = {
  buritis: 'bursitis',
  bersitis: 'bursitis',
  burisitis: 'bursitis',
  bursits: 'bursitis',
  grion: 'groin',
  groyne: 'groin',
  groine: 'groin',
  cartlidge: 'cartilage',
  cartlage: 'cartilage',
  cartliage: 'cartilage',
  tendonitis: 'tendinitis',
  tendonosis: 'tendinitis',
  tendinopathy: 'tendinitis',
  tendonopathy: 'tendinitis',
  tempreture: 'temperature',
  wieght: 'weight',
  feaver: 'fever',
  fevre: 'fever',
  hipp: 'hip',
  // Arabic speakers' p and b, one letter for both: "bain in the front of my hib".
  hib: 'hip',
  hibs: 'hips',
  bain: 'pain',
  broblem: 'problem',
  // Romance false friends: "the hip molests me" (Spanish molestar, to bother), "more a
  // molestia" (a discomfort), "the ischio" (Italian, the sit bone), "the salita" (uphill),
  // "the inguine" (Italian, the groin).
  molest: 'bother',
  molests: 'bothers',
  molesta: 'bothers',
  molestia: 'discomfort',
  ischio: 'ischium',
  salita: 'uphill',
  inguine: 'groin',
  // Spanish "hormigueo", a tingling ("like ants").
  hormigueo: 'tingling',
  // "A clack in the front of the hip".
  clack: 'click',
  clacks: 'clicks',
  hpi: 'hip',
  nite: 'night',
  // Phone and slang spellings: "leg all swole", "frnt of hip", "pins and needels", "since yday".
  swole: 'swollen',
  frnt: 'front',
  needels: 'needles',
  neddles: 'needles',
  yday: 'yesterday',
  dauter: 'daughter',
  daughta: 'daughter',
  dawter: 'daughter',
  // ("Layin" and "lyin" get their g from the dropped-g rule first.)
  laying: 'lying',
  tho: 'though',
  yrs: 'years',
  wks: 'weeks',
  wk: 'week',
  mths: 'months',
  mnths: 'months',
  hrs: 'hours',
  n: 'and', // "pins n needles"
  // Scots and northern English: "sair when I squeeze", "doon the back o' my leg".
  sair: 'sore',
  doon: 'down',
  fae: 'from',
  frae: 'from',
  // "It winnae go back in", "since last nicht".
  winnae: 'will not',
  wullnae: 'will not',
  willnae: 'will not',
  nicht: 'night',
  bum: 'buttock',
  butt: 'buttock',
  arse: 'buttock',
  ass: 'buttock',
  booty: 'buttock',
};

// Long, distinctive words worth correcting when one letter is off ("illiotibial", "clickng").
// Only words whose one-letter neighbours are not common English: "burning" is left out
// ("turning"), so are "locking" ("looking") and "catching" ("watching").
const FUZZY_TARGETS: readonly string[] = [
  'bursitis',
  'iliotibial',
  'tendinitis',
  'tendonitis',
  'stress',
  'groin',
  'fracture',
  'numbness',
  'tingling',
  'swelling',
  'swollen',
  'clicking',
  'throbbing',
  'stiffness',
  'trochanter',
  'trochanteric',
  'cartilage',
  'labral',
  'labrum',
  'buttock',
  'flexor',
  'flexors',
  'impingement',
  'downhill',
  'temperature',
  'weakness',
  'asphalt',
  'concrete',
  'mileage',
  'outside',
  'tenderness',
  'pivoting',
  'twisting',
  'excruciating',
  'unbearable',
  'hamstring',
  // Red-flag and condition words with no common one-letter neighbour ("sciatia", "vomitting",
  // "cruches", "limpng", "shivvering", "adducter").
  'sciatica',
  'arthritis',
  'osteoarthritis',
  'adductor',
  'vomiting',
  'crutches',
  'limping',
  'shivering',
  'piriformis',
  'sacroiliac',
  'incontinence',
  'bladder',
];

function isWithinOneEdit(word: string, target: string): boolean {
  if (word === target || Math.abs(word.length - target.length) > 1) return false;
  let i = 0;
  while (i < word.length && i < target.length && word[i] === target[i]) i += 1;
  const restWord = word.slice(i);
  const restTarget = target.slice(i);
  return (
    restWord.slice(1) === restTarget.slice(1) || // one letter replaced
    restWord.slice(1) === restTarget || // one letter added
    restWord === restTarget.slice(1) || // one letter missing
    (restWord.length >= 2 && // two letters swapped
      restWord[0] === restTarget[1] &&
      restWord[1] === restTarget[0] &&
      restWord.slice(2) === restTarget.slice(2))
  );
}

/**
 * Body and symptom words a runner may keep from their first language in an English post
 * ("tengo fiebre and my cadera hurts", "Schmerzen in der Leiste", "drętwienie in my leg"), as
 * `rewrite` leaves them (lowercase, accents off). Only words that are not also English ("pie",
 * "been", "lies", "dos" and "rug" are left out), each mapped to the one English word the
 * phrases read. Spanish, French, Portuguese, Italian, German, Dutch, Polish and Turkish, then
 * (below) Indonesian and Malay, Tagalog, Swahili, Hindi in Latin letters, Czech and the Nordic
 * languages; a few words of German, and the languages' "no" and "without". Letters that keep no
 * accent to take off (German "ß", Polish "ł", Turkish "ı") are spelt out first (`rewrite`).
 */
const FIRST_LANGUAGE_WORDS: Readonly<Record<string, string>> = {
  // The hip, the groin, the thigh, the knee, the back, the buttock, the leg.
  cadera: 'hip',
  hanche: 'hip',
  quadril: 'hip',
  anca: 'hip',
  hufte: 'hip',
  heup: 'hip',
  biodro: 'hip',
  kalca: 'hip',
  ingle: 'groin',
  aine: 'groin',
  virilha: 'groin',
  leiste: 'groin',
  pachwina: 'groin',
  muslo: 'thigh',
  cuisse: 'thigh',
  coxa: 'thigh',
  coscia: 'thigh',
  oberschenkel: 'thigh',
  rodilla: 'knee',
  genou: 'knee',
  joelho: 'knee',
  ginocchio: 'knee',
  kolano: 'knee',
  espalda: 'back',
  schiena: 'back',
  rucken: 'back',
  plecy: 'back',
  nalga: 'buttock',
  nalgas: 'buttock',
  gluteo: 'glute',
  fesse: 'buttock',
  fesses: 'buttock',
  nadega: 'buttock',
  natica: 'buttock',
  posladek: 'buttock',
  pierna: 'leg',
  jambe: 'leg',
  perna: 'leg',
  gamba: 'leg',
  noga: 'leg',
  // Pain, numbness and tingling, fever, a limp, swelling, vomiting.
  dolor: 'pain',
  douleur: 'pain',
  dolore: 'pain',
  schmerz: 'pain',
  schmerzen: 'pain',
  entumecimiento: 'numbness',
  entumecido: 'numb',
  entumecida: 'numb',
  engourdi: 'numb',
  engourdie: 'numb',
  engourdissement: 'numbness',
  fourmillements: 'tingling',
  dormencia: 'numbness',
  formigamento: 'tingling',
  formicolio: 'tingling',
  intorpidimento: 'numbness',
  taubheit: 'numbness',
  kribbeln: 'tingling',
  dretwienie: 'numbness',
  mrowienie: 'tingling',
  fiebre: 'fever',
  fievre: 'fever',
  febre: 'fever',
  febbre: 'fever',
  fieber: 'fever',
  koorts: 'fever',
  goraczka: 'fever',
  ates: 'fever',
  cojera: 'limp',
  cojeando: 'limping',
  mancando: 'limping',
  zoppica: 'limps',
  zoppicando: 'limping',
  humpelt: 'limps',
  humpeln: 'limping',
  hinchado: 'swollen',
  hinchada: 'swollen',
  gonfle: 'swollen',
  gonflee: 'swollen',
  inchado: 'swollen',
  inchada: 'swollen',
  gonfio: 'swollen',
  gonfia: 'swollen',
  geschwollen: 'swollen',
  spuchniety: 'swollen',
  vomitos: 'vomiting',
  vomissements: 'vomiting',
  erbrechen: 'vomiting',
  // The same words in Indonesian and Malay, Tagalog, Swahili, Hindi (in Latin letters), Czech
  // and the Nordic languages (twenty-second pass; none of them an English word, nor a common
  // word of another language on the list: Hindi "bol" is "say", Swahili "binti" a daughter).
  pinggul: 'hip',
  balakang: 'hip',
  nyonga: 'hip',
  kulha: 'hip',
  kulhe: 'hip',
  kycel: 'hip',
  hoft: 'hip',
  hofte: 'hip',
  lonkka: 'hip',
  selangkangan: 'groin',
  singit: 'groin',
  kinena: 'groin',
  trisla: 'groin',
  ljumske: 'groin',
  ljumsken: 'groin',
  nivus: 'groin',
  paha: 'thigh',
  hita: 'thigh',
  jangh: 'thigh',
  jaangh: 'thigh',
  udo: 'thigh',
  uda: 'thigh',
  dij: 'thigh',
  stehno: 'thigh',
  lutut: 'knee',
  tuhod: 'knee',
  goti: 'knee',
  ghutna: 'knee',
  knie: 'knee',
  koleno: 'knee',
  punggung: 'back',
  likod: 'back',
  mgongo: 'back',
  kamar: 'back',
  kammar: 'back',
  pinggang: 'lower back',
  zada: 'back',
  selka: 'back',
  bokong: 'buttock',
  pantat: 'buttock',
  bontot: 'buttock',
  puwit: 'buttock',
  makalio: 'buttock',
  kaki: 'leg',
  mguu: 'leg',
  bein: 'leg',
  bacak: 'leg',
  // The calf, for the clot's swollen calf after a journey.
  pantorrilla: 'calf',
  panturrilha: 'calf',
  mollet: 'calf',
  mollets: 'calf',
  polpaccio: 'calf',
  kuit: 'calf',
  lydka: 'calf',
  baldir: 'calf',
  betis: 'calf',
  sakit: 'pain',
  nyeri: 'pain',
  maumivu: 'pain',
  inauma: 'hurts',
  dard: 'pain',
  dor: 'pain',
  dores: 'pain',
  pijn: 'pain',
  taub: 'numb',
  gevoelloos: 'numb',
  kebas: 'numb',
  kesemutan: 'tingling',
  manhid: 'numb',
  demam: 'fever',
  lagnat: 'fever',
  homa: 'fever',
  bukhar: 'fever',
  horecka: 'fever',
  kuume: 'fever',
  // Shivers, heat and redness: an infection's signs.
  escalofrios: 'chills',
  frissons: 'shivers',
  calafrios: 'chills',
  brividi: 'shivers',
  schuttelfrost: 'chills',
  dreszcze: 'shivers',
  menggigil: 'shivering',
  caliente: 'hot',
  chaud: 'hot',
  chaude: 'hot',
  quente: 'hot',
  panas: 'hot',
  rojo: 'red',
  roja: 'red',
  vermelho: 'red',
  vermelha: 'red',
  rosso: 'red',
  rossa: 'red',
  czerwony: 'red',
  czerwona: 'red',
  merah: 'red',
  bengkak: 'swollen',
  uvimbe: 'swelling',
  sujan: 'swelling',
  opuchniety: 'swollen',
  opuchnieta: 'swollen',
  // A lump, and vomiting: a hernia that is stuck ("hernie", "ernia", "inghinal").
  hernie: 'hernia',
  ernia: 'hernia',
  inghinal: 'inguinal',
  bulto: 'lump',
  boule: 'lump',
  caroco: 'lump',
  nodulo: 'lump',
  beule: 'lump',
  benjolan: 'lump',
  bukol: 'lump',
  vomi: 'vomited',
  vomito: 'vomiting',
  vomitei: 'vomited',
  vomitou: 'vomited',
  erbrochen: 'vomited',
  wymioty: 'vomiting',
  muntah: 'vomiting',
  kutapika: 'vomiting',
  // Night, rest and tiredness: the "soon" flags' words.
  noche: 'night',
  nuit: 'night',
  noite: 'night',
  notte: 'night',
  noc: 'night',
  gece: 'night',
  malam: 'night',
  usiku: 'night',
  raat: 'night',
  reposo: 'rest',
  repouso: 'rest',
  riposo: 'rest',
  odpoczynek: 'rest',
  istirahat: 'rest',
  cansado: 'tired',
  cansada: 'tired',
  stanco: 'tired',
  stanca: 'tired',
  zmeczony: 'tired',
  zmeczona: 'tired',
  yorgun: 'tired',
  lelah: 'tired',
  pagod: 'tired',
  // Walking and limping.
  caminar: 'walking',
  caminando: 'walking',
  andando: 'walking',
  camminare: 'walking',
  gehen: 'walking',
  berjalan: 'walking',
  nikitembea: 'walking',
  kutembea: 'walking',
  pincang: 'limping',
  pilay: 'limping',
  ninachechemea: 'limping',
  anachechemea: 'limping',
  kuchechemea: 'limping',
  topal: 'limping',
  matamlay: 'listless',
  utyka: 'limps',
  utykam: 'limping',
  // More German: a post written half in it ("Seit 9 Wochen Schmerzen aussen an der Hüfte…
  // keine Besserung").
  aussen: 'outside',
  gesass: 'buttock',
  besserung: 'improvement',
  seite: 'side',
  liegen: 'lying',
  treppen: 'stairs',
  schmerzt: 'hurts',
  weh: 'hurts',
  hupfen: 'hopping',
  periode: 'period',
  verdoppelt: 'doubled',
  kurzatmig: 'breathless',
  nachts: 'at night',
  // Weeks and months, for how long it has gone on ("seit 10 Wochen", "depuis 3 mois").
  seit: 'since',
  wochen: 'weeks',
  monate: 'months',
  monaten: 'months',
  semanas: 'weeks',
  semaines: 'weeks',
  mois: 'months',
  settimane: 'weeks',
  mesi: 'months',
  tygodni: 'weeks',
  miesiecy: 'months',
  minggu: 'weeks',
  bulan: 'months',
  buwan: 'months',
  miezi: 'months',
  // "No" and "without": "keine Taubheit", "nutten numb" (patois; its "nuh" is a rewrite above),
  // "sem febre".
  kein: 'no',
  keine: 'no',
  keinen: 'no',
  geen: 'no',
  nutten: 'nothing',
  hakuna: 'no',
  tidak: 'not',
  nao: 'not',
  nie: 'not',
  sem: 'without',
  senza: 'without',
  ohne: 'without',
  tanpa: 'without',
};

/** The intended word for a token: a known typo, a one-edit slip of a distinctive word, or as is. */
export function correctTypo(token: string): string {
  const known = TYPOS[token] ?? FIRST_LANGUAGE_WORDS[token];
  if (known !== undefined) return known;
  if (token.length < 6) return token;
  for (const target of FUZZY_TARGETS) {
    // Typos rarely touch the first two letters; requiring them keeps real words apart.
    // A plural is not a slip: "adductors" stays, for the phrases that name the muscle group.
    if (token === `${target}s`) continue;
    if (token[0] === target[0] && token[1] === target[1] && isWithinOneEdit(token, target)) {
      return TYPOS[target] ?? target;
    }
  }
  return token;
}

/** Letters that Unicode does not split into a letter and an accent, as English spells them. */
const LETTERS_SPELT_OUT: Readonly<Record<string, string>> = {
  ß: 'ss',
  ł: 'l',
  ı: 'i',
  đ: 'd',
  ø: 'o',
  æ: 'ae',
};

/** An emoji, then a capital: "Had flu last month, all fine now 👍 Hip has been clicking". */
const EMOJI_BEFORE_CAPITAL =
  /(\p{Extended_Pictographic}(?:\p{Extended_Pictographic}|\uFE0F|\u200D)*)\s+(?=\p{Lu})/gu;

function rewrite(text: string): string {
  // A chat message's emoji ends a thought (see CLAUSE_END); before a capital, a sentence, so
  // that an ending said before it ("all fine now 👍") is not read into what comes after.
  let result = ` ${text.replace(EMOJI_BEFORE_CAPITAL, '$1. ').toLowerCase()} `
    // "Fiancée", "café": accents off, so the word stays one word.
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    // Letters that keep no accent to take off: German "ß", Polish "ł", Turkish "ı", Vietnamese
    // "đ", Nordic "ø" and "æ" ("Gesäß", "ból", "baldır"), in one pass.
    .replace(/[ßłıđøæ]/g, (letter) => LETTERS_SPELT_OUT[letter] ?? letter)
    .replace(/[\u2018\u2019\u02bc\u0060\u00b4]/g, "'")
    .replace(/([a-z])\1\1+/g, '$1$1'); // "sooo", "kneeee"
  for (const [pattern, replacement] of REWRITES) {
    // (Two calls: TypeScript's overloads of `replace` do not take the union.)
    result =
      typeof replacement === 'string'
        ? result.replace(pattern, replacement)
        : result.replace(pattern, replacement);
  }
  // Once one answer opens with a yes or a no, every spaced slash or bar separates a symptom
  // box's answers: "yes hurts to hop / no clicking / groin" does not deny the groin (not "SI
  // joint / bum pain", one place).
  if (ANSWER_LIST.test(result)) result = result.replace(ANSWER_BREAK, ' , ');
  // (A question keeps its mark: what is only asked, "Is it my IT band?", is a guess.)
  return result
    .replace(ASIDE_EXCLAIMED, '($1)')
    .replace(SENTENCE_END, (end) => (end.includes('?') ? ' ? ' : ' . '))
    .replace(CLAUSE_END, ' , ')
    .replace(/[^a-z0-9.,?]+/g, ' ');
}

function makeClause(tokens: string[], sentence: number): Clause {
  const starts: number[] = [];
  let offset = 0;
  for (const token of tokens) {
    starts.push(offset);
    offset += token.length + 1;
  }
  return { tokens, joined: tokens.join(' '), starts, sentence };
}

/**
 * "And my little boy has a temperature": another person becomes the subject, so a new clause
 * starts there (who each clause is about: `readPeople`).
 */
function startsSomeoneElse(raws: readonly string[], index: number): boolean {
  // "My daughter had a fever all week so I've barely got out": "so I" starts the runner's own
  // clause, and the fever stays with the daughter.
  // "My son's had a fever and I've got hip pain" likewise.
  if (SUBJECT_JOINS.has(raws[index] ?? '')) {
    // "…and now I have a fever": one linking word may come before the subject.
    const skip = LINKING_WORDS.has(raws[index + 1] ?? '') ? 1 : 0;
    if (SUBJECT_PRONOUNS.has(raws[index + 1 + skip] ?? '')) return true;
  }
  if (raws[index] !== 'and' && raws[index] !== 'while') return false;
  // "My auntie had bone cancer and now my daughter is scared": one linking word may come first.
  const linked = LINKING_WORDS.has(raws[index + 1] ?? '') ? 1 : 0;
  const owner = raws[index + 1 + linked];
  if (owner !== 'my' && owner !== 'our') return false;
  const person = index + 2 + linked;
  if (PEOPLE.has(raws[person] ?? '') || PEOPLE.has(raws[person + 1] ?? '')) return true;
  // "Me and my 10yo are doing parkrun": the child starts a clause of their own.
  if (childAgeWordsAt(raws, person) > 0) return true;
  if (linked) return false;
  // "My dog had a fever and my outer hip aches": back from someone else to the runner.
  return owner === 'my' && aboutSomeoneElseSoFar(raws, index);
}

/** The tokens `rewrite` leaves between sentences and clauses. */
const SENTENCE_OR_CLAUSE_ENDS = new Set(['.', '?', ',']);

/** Whether the clause before `index` opened with someone else ("my son", "she"). */
function aboutSomeoneElseSoFar(raws: readonly string[], index: number): boolean {
  let start = index;
  while (start > 0 && !SENTENCE_OR_CLAUSE_ENDS.has(raws[start - 1] ?? '')) start -= 1;
  const first = raws[start] ?? '';
  if (OTHER_PRONOUNS.has(first)) return true;
  return (first === 'my' || first === 'our') && PEOPLE.has(raws[start + 1] ?? '');
}

/**
 * Whether a clause only says again the words that ended the one before: the writer's own gloss
 * of a first-language word, "No drętwienie (numbness)", which would otherwise stand alone and
 * undenied.
 */
function repeatsTheLastWords(
  before: Clause | undefined,
  tokens: readonly string[],
  sentence: number,
): boolean {
  if (!before || before.sentence !== sentence || before.tokens.length <= tokens.length)
    return false;
  const tail = before.tokens.slice(-tokens.length);
  return tail.every((token, index) => token === tokens[index]);
}

/** Splits free text into normalised clauses (typos fixed, contractions expanded, lowercase). */
export function parseText(text: string): ParsedText {
  const clauses: Clause[] = [];
  let sentence = 0;
  const questions = new Set<number>();
  let current: string[] = [];
  const close = (): void => {
    if (current.length > 0 && !repeatsTheLastWords(clauses.at(-1), current, sentence)) {
      clauses.push(makeClause(current, sentence));
    }
    current = [];
  };
  const raws = rewrite(text)
    .split(' ')
    .filter((raw) => raw !== '');
  raws.forEach((raw, index) => {
    if (raw === '.' || raw === '?') {
      close();
      if (raw === '?') questions.add(sentence);
      sentence += 1;
    } else if (raw === ',' || CLAUSE_WORDS.has(raw) || startsSomeoneElse(raws, index)) {
      close();
    } else {
      for (const word of correctTypo(raw).split(' ')) current.push(word);
    }
  });
  close();
  const lineStarts: number[] = [];
  let offset = 0;
  for (const clause of clauses) {
    lineStarts.push(offset);
    offset += clause.joined.length + 1;
  }
  return {
    clauses,
    lines: clauses.map((clause) => clause.joined).join('\n'),
    lineStarts,
    questions,
  };
}

// ---------------------------------------------------------------------------------------------
// Phrase patterns. A small notation keeps the phrase lists readable:
//   'outside|outer [of] [my|the] hip'
//   words separated by spaces; `a|b` alternatives (`go_away` for several words in one
//   alternative); [..] optional; ~N up to N other words; # a number; `word*` any ending;
//   `word=` exactly. A plain word also matches its simple inflections ("click" -> clicks,
//   clicked, clicking; "throb" -> throbbing; "ache" -> aching, achy), never "-er" forms, which
//   are mostly other words ("numbers", "locker", "slippers"). A phrase starting with '/'
//   is a raw RegExp source.
// ---------------------------------------------------------------------------------------------

/** Words of three letters or more that are never inflected ("the" must not match "they"). */
const UNINFLECTED = new Set(
  (
    'the your his her its our their are was that this and not for from with out off one all has ' +
    'had have get got too any each when than then into onto down over after even more very red'
  ).split(' '),
);

/** One word, for raw patterns: words are separated by spaces, clauses by line breaks. */
export const ANY_WORD = '[^ \\n]+';

const NUMBER = `(?:\\d+(?:p\\d+)?(?:k|km|mi|m)?|${NUMBER_WORDS})`;

const CONSONANT = /[bcdfghjklmnpqrstvwxz]/;
const VOWEL = /[aeiou]/;

/** A word and its simple inflections, as a RegExp source. */
function inflect(word: string): string {
  if (word.endsWith('=')) return escapeForRegExp(word.slice(0, -1));
  if (word.endsWith('*')) return `${escapeForRegExp(word.slice(0, -1))}[a-z0-9]*`;
  if (word === '#') return NUMBER;
  const alreadyInflected = word.length >= 6 && /(?:ing|ed|en|ly)$/.test(word); // not "bring"
  if (word.length < 3 || UNINFLECTED.has(word) || alreadyInflected) return escapeForRegExp(word);
  // No "-er": "numb" must not match "numbers", "lock" not "locker", "slip" not "slippers".
  const forms = [`${word}(?:s|es|d|ed|ing|ness|y|ly)?`];
  const last = word.charAt(word.length - 1);
  const beforeLast = word.charAt(word.length - 2);
  const third = word.charAt(word.length - 3);
  if (last === 'e') forms.push(`${word.slice(0, -1)}(?:ing|y|ed)`);
  if (last === 'y' && CONSONANT.test(beforeLast)) {
    forms.push(`${word.slice(0, -1)}i(?:es|ed|ness|ly)`);
  }
  // "throb" -> "throbbing", "hop" -> "hopping": a short vowel before a final consonant doubles.
  const shortVowelEnding =
    word.length <= 5 && CONSONANT.test(last) && VOWEL.test(beforeLast) && !VOWEL.test(third);
  if (shortVowelEnding && !/[wxy]/.test(last)) {
    forms.push(`${word}${last}(?:ing|ed|y)`);
  }
  return forms.length === 1 ? (forms[0] ?? word) : `(?:${forms.join('|')})`;
}

function alternatives(element: string): string {
  const words = element.split('|').map((words) => words.split('_').map(inflect).join(' '));
  return words.length === 1 ? (words[0] ?? '') : `(?:${words.join('|')})`;
}

/** "/(?:^|\\n)…", "/\\n…", "/[ \\n]…", "/ …": a regular-expression phrase that starts on a break. */
const CONSUMES_A_BREAK_FIRST = /^\/(?:\(\?:\^\|\\n|\\n|\[ \\n\]| )/;

/** Compiles one phrase in the notation above into a RegExp source over space-joined tokens. */
function phraseSource(phrase: string): string {
  if (phrase.startsWith('/')) {
    // A match must start on a word (see `compilePhrases`): one that begins by consuming a line
    // break or a space could only ever match at the very start of a text. Look behind instead.
    if (CONSUMES_A_BREAK_FIRST.test(phrase)) {
      throw new Error(`Phrase "${phrase.slice(0, 40)}…" starts on a break: use (?<![^\\n])`);
    }
    return phrase.slice(1);
  }
  let source = '';
  phrase.split(' ').forEach((element, index) => {
    const gap = /^~(\d)$/.exec(element);
    // "~10" would otherwise be read as a word to match, and the phrase would silently never hit.
    if (element.startsWith('~') && !gap) {
      throw new Error(`Phrase "${phrase}": a gap is ~1 to ~9 words`);
    }
    if (index === 0 && (gap || element.startsWith('['))) {
      throw new Error(`Phrase "${phrase}" must start with a word`);
    }
    if (gap) source += `(?: ${ANY_WORD}){0,${gap[1]}}`;
    else if (element.startsWith('[')) source += `(?: ${alternatives(element.slice(1, -1))})?`;
    else source += `${index === 0 ? '' : ' '}${alternatives(element)}`;
  });
  return source;
}

/** One RegExp for a list of phrases; matches start and end on whole tokens. */
export function compilePhrases(phrases: readonly string[]): RegExp {
  const body = phrases.map(phraseSource).join('|');
  return new RegExp(`(?<![^ \\n])(?:${body})(?![^ \\n])`, 'g');
}

// ---------------------------------------------------------------------------------------------
// Negation. A cue ("no", "not", "never", "without"…) covers the next few words of its clause,
// up to a word like "and" or "so" that starts a new thought. "Doesn't stop clicking" and "never
// goes away at night" are not negations of what follows: a negated relief word ends the scope.
// ---------------------------------------------------------------------------------------------

// "Nothing at night" rules night pain out as "not at night" does; "nothing helps at night" does
// not, because a relief word ends the scope.
// "Nowhere near my butt" rules the buttock out.
const NEGATION_CUES = new Set(
  // "Nil night pain, nil paraesthesia": the clinic's no.
  // ("Walang fever", "hindi pumapayat": Tagalog's no and not, in a Taglish post.)
  'no not never without nor none neither zero nothing nowhere nobody nil walang wala hindi'.split(
    ' ',
  ),
);
/** Words right after a cue that make it no negation at all ("not only", "no idea why"). */
const NOT_NEGATING_NEXT = new Set(
  // "Nobody knows why it hurts", "nobody seems to listen": not a denial of what follows.
  (
    'only just matter doubt idea know understand sure clue wonder ' +
    'knows seems understands believes listens cares tells told ' +
    // A box's answer, then its own denial: "no / can't get up or stand", "no not better".
    'cannot not'
  ).split(' '),
);
/** Words that start a new thought, so a negation before them does not reach past them. */
const SCOPE_ENDS = new Set(
  // "No running for six weeks": what follows "for" is not denied; nor what follows "still".
  // "No limp, just outer knee pain": what comes after "just" or "only" is not denied.
  'and so because then since which until till now instead rather for still just only'.split(' '),
);
/** "Does not stop / go away / get better": the negation is spent on the relief word. */
const RELIEF_WORDS = new Set(
  (
    'stop stops stopped ease eases eased easing away better improve improves improved ' +
    'improving settle settles settled subside subsides quit quits let lets calm calms fade ' +
    'fades help helps helped change changes'
  ).split(' '),
);
/** Words that open a place named after "not" or "it's": "not my hip, it's the knee". */
const PLACE_OPENERS = new Set(['my', 'the', 'his', 'her', 'their']);
const NEGATION_WINDOW = 6;
/** Answers after the thing asked about: "fever? no", "swelling - none". */
const TRAILING_DENIALS = new Set(['no', 'none', 'nope', 'negative', 'nil', 'nah', 'never']);
/** How far after a phrase its trailing answer may be: "wakes me up? nah". */
const TRAILING_WINDOW = 3;

function isDenial(token: string): boolean {
  return token === 'cannot' || token === 'never' || token === 'not';
}

function isNegated(tokens: readonly string[], start: number, end: number): boolean {
  // "Three months no running still hurts": "still" starts a new assertion of its own (unless it
  // is "not still").
  // So does a phrase that carries its own denial: "six weeks of physio plus no running made no
  // difference" says "no difference", whatever "no running" denied before it.
  const ownAssertion =
    (tokens[start] === 'still' || NEGATION_CUES.has(tokens[start] ?? '')) &&
    !NEGATION_CUES.has(tokens[start - 1] ?? '');
  // "Nothing up at the bum or the hip": a denial reaches every item of its "or" list.
  let reach = NEGATION_WINDOW;
  // "Not my hip it's my knee": a place denied, then the place meant (the comma left out).
  let placeMeant = false;
  for (let i = start - 1; !ownAssertion && i >= 0 && i >= start - reach; i -= 1) {
    const token = tokens[i] ?? '';
    if (
      (token === 'its' || (token === 'is' && tokens[i - 1] === 'it')) &&
      PLACE_OPENERS.has(tokens[i + 1] ?? '')
    ) {
      placeMeant = true;
    }
    if (token === 'or' || token === 'nor') reach += 3;
    // "Never had pins and needles or numbness": the "and" of a fixed expression starts nothing.
    if (token === 'and' && tokens[i - 1] === 'pins' && tokens[i + 1] === 'needles') continue;
    if (SCOPE_ENDS.has(token) || RELIEF_WORDS.has(token)) return false;
    // "Out of nowhere my right hip is so painful": a sudden start, no denial.
    if (token === 'nowhere' && tokens[i - 1] === 'of') continue;
    if (NEGATION_CUES.has(token)) {
      // "I can't walk far without my hip aching": two negatives, so the hip does ache.
      // ("Can't hop on her right leg without pain": six words back.)
      if (token === 'without' && tokens.slice(Math.max(0, i - 7), i).some(isDenial)) return false;
      if (placeMeant && PLACE_OPENERS.has(tokens[i + 1] ?? '')) return false;
      return !NOT_NEGATING_NEXT.has(tokens[i + 1] ?? '');
    }
  }
  // An answer ending the clause just after the phrase: "fever no", "wakes me up nah".
  const last = tokens.length - 1;
  return last >= end && last - end < TRAILING_WINDOW && TRAILING_DENIALS.has(tokens[last] ?? '');
}

/**
 * A match that runs on into a later clause ("calf feels tight, not swollen") is about the word
 * it ends on, so a negation in that last clause ("not swollen") rules it out too.
 */
function isLastWordNegated(text: ParsedText, match: RegExpExecArray): boolean {
  const lastBreak = match[0].lastIndexOf('\n');
  if (lastBreak === -1) return false;
  const endAt = match.index + match[0].length;
  let index = text.lineStarts.length - 1;
  while (index > 0 && (text.lineStarts[index] ?? 0) > endAt) index -= 1;
  const clause = text.clauses[index];
  if (!clause) return false;
  const lastWord = Math.max(lastBreak, match[0].lastIndexOf(' ')) + 1;
  const last = clause.starts.indexOf(match.index + lastWord - (text.lineStarts[index] ?? 0));
  return last > 0 && isNegated(clause.tokens, last, last + 1);
}

/** The clause a place in `text.lines` falls in, searching on from clause `from`. */
export function clauseAtOffset(text: ParsedText, offset: number, from = 0): number {
  let clause = from;
  while ((text.lineStarts[clause + 1] ?? Number.POSITIVE_INFINITY) <= offset) clause += 1;
  return clause;
}

/** Every place `pattern` matches in the text, each marked negated or not. */
export function findPhrase(text: ParsedText, pattern: RegExp): PhraseHit[] {
  const hits: PhraseHit[] = [];
  let clauseIndex = 0;
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text.lines); match; match = pattern.exec(text.lines)) {
    clauseIndex = clauseAtOffset(text, match.index, clauseIndex);
    const clause = text.clauses[clauseIndex];
    if (!clause) break;
    const offset = match.index - (text.lineStarts[clauseIndex] ?? 0);
    const start = clause.starts.indexOf(offset);
    const next = clause.starts.indexOf(offset + match[0].length + 1);
    const end = next === -1 ? clause.tokens.length : next;
    hits.push({
      clause: clauseIndex,
      negated: isNegated(clause.tokens, start, end) || isLastWordNegated(text, match),
    });
    if (match[0].length === 0) pattern.lastIndex += 1;
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// Who each clause is about. "The pain wakes me up? nah, my toddler does. my hip aches": the
// toddler is not the one in pain. A clause whose first person word is "I", "me" or "my hip" is
// about the runner; "my son", "my 12 yr old", "he", "she" start clauses about someone else.
// Clauses with no such word ("14 year old son, cross-country, limping") carry on with whoever
// came before; text that opens with none is about the runner.
// ---------------------------------------------------------------------------------------------

const SELF_WORDS = new Set(['i', 'me', 'myself', 'im']);
/**
 * Words after "my" and a number that make it no one's age: "my 45yo hip" is the writer's own
 * body, "my 5 a side days" and "my 3 mile loop" are the writer's things.
 */
const NOT_AN_AGE_AFTER = new Set(
  'hip hips knee knees legs leg body bones joints back groin a mile miles km k x'.split(' '),
);
/** Words after which "I", "he", "she"… start a clause with its own subject. */
const SUBJECT_JOINS = new Set(['so', 'and']);
/** "And now I…", "so then I…". */
const LINKING_WORDS = new Set(['now', 'then', 'also', 'since', 'today', 'yesterday', 'suddenly']);
/** Words that start a clause with its own subject after one of SUBJECT_JOINS. */
const SUBJECT_PRONOUNS = new Set(['i', 'he', 'she', 'they', 'we']);
const OTHER_PRONOUNS = new Set([
  'he',
  'she',
  'his',
  'him',
  'her',
  'they',
  'their',
  'them',
  // "Shes burning up": the apostrophe left out.
  'shes',
  'hes',
  'theyre',
]);
/** What unnamed clinicians do to a runner: "they said arthritis", "they found a tear". */
const CLINICIANS_SAID = new Set(
  'said say says told reckon reckoned reckons think thought diagnosed found called suspected'.split(
    ' ',
  ),
);
/** Animals a runner writes about: "our spaniel is limping" is never the patient. */
const ANIMALS = new Set(
  (
    'dog dogs puppy pup cat spaniel springer labrador collie terrier retriever whippet greyhound lurcher ' +
    // ("Our lab got a hot swollen paw": a paw is always an animal's; "lab" alone may be a test's.)
    'poodle beagle husky cockapoo horse pony paw paws'
  ).split(' '),
);
/** Words before animals in the scenery: "loads of dogs", "many horses", "other dogs". */
const SCENERY_BEFORE = new Set(['of', 'many', 'other', 'some', 'few', 'several']);
/**
 * Whether the word at `i` is a likeness, not someone in the story: "eating like a horse",
 * "shaking like a wet dog" (one word may come between).
 */
function isLikenessAt(tokens: readonly string[], i: number): boolean {
  const article = (at: number) => tokens[at] === 'a' || tokens[at] === 'an';
  return (
    (article(i - 1) && tokens[i - 2] === 'like') || (article(i - 2) && tokens[i - 3] === 'like')
  );
}
/** Whether a clause names an animal itself: "my dog can't bear weight on his back leg". */
export function namesAnAnimal(clause: Clause): boolean {
  return clause.tokens.some((token, i) => ANIMALS.has(token) && !isLikenessAt(clause.tokens, i));
}
/**
 * People (and pets) a runner writes about: "my son", "our daughter", "my wife" ("pikin" is a
 * child in Nigerian Pidgin, "da" a dad in Irish English).
 */
const PEOPLE = new Set([
  ...(
    'son sons daughter daughters kid kids child children toddler toddlers baby boy boys girl ' +
    'pikin pikins fella da stepson stepdaughter stepkid ' +
    'girls lad lass eldest youngest oldest teen teenager youngster grandson granddaughter ' +
    'nephew niece mum mom mother dad father sister brother wife husband partner friend coach ' +
    'mam mammy mummy mommy mama daddy ' +
    'missus hubby wifey ' +
    'ds dd laaitie laaitjie bairn wean kiddo laddie lassie twin twins anak ' +
    'fiancee fiance girlfriend boyfriend gf bf hubby ' +
    'aunt auntie aunty uncle cousin gran granny grandma grandmother grandad granddad grandpa ' +
    'grandfather nan nana nanna ' +
    // "Mummy had cancer long back", "ammi", "papa" (not "bhai": also "bro", said to a reader).
    'mummy mommy mammy mumma mama papa daddy ammi amma abba ' +
    // Grandparents, aunts and uncles in other languages' words: "my abuela".
    'abuela abuelo abuelita tia tio nonna nonno oma opa babcia dadi nani lola lolo tita tito'
  ).split(' '),
  ...ANIMALS,
]);

/** Words after "girls" or "boys" that make it a team's name: "the girls academy". */
const TEAM_WORDS = new Set('academy team squad side club league section group class'.split(' '));

/** What a carer lends, after "with my": "with my help", "with my arm". */
const HELPING_WORDS = new Set('help arm arms hand hands support assistance'.split(' '));
/**
 * Things a writer owns that others use: "hurts when she drives her knee up, and getting into
 * my car" is the daughter getting into the writer's car, not the writer in pain.
 */
const SHARED_THINGS = new Set(
  'car cars van truck ute lorry house flat kitchen garden office driveway'.split(' '),
);

/** Company named only after "my" or "our": "my running buddy", not "sore as, mate". */
const COMPANIONS = new Set('buddy buddies mate mates pal pals bestie'.split(' '));

/** People a coach or teacher writes about, only after "my" or "our" ("one of my sprinters"). */
const ATHLETES = new Set(
  (
    'athlete athletes runner runners sprinter sprinters player players pupil pupils student ' +
    'parkrunner parkrunners ' +
    'students swimmer swimmers footballer footballers squad team girls boys juniors client clients ' +
    'hurdler hurdlers jumper jumpers gymnast gymnasts dancer dancers ' +
    'sophomore sophomores freshman freshmen seniors senior patient patients'
  ).split(' '),
);

/** Words after which "my son", "the dog" is someone the runner did something with. */
const PERSON_AS_OBJECT_AFTER = new Set(
  // "Of greater concern to my wife is that I have lost a stone": the wife is not the subject.
  (
    'helping helped carrying carried lifting lifted chasing chased pushing pushed pulling with to ' +
    // ("Stopped running and just walks the dog".)
    'walking walked walk walks ' +
    // "Tripped over the dog", "side-stepping a dog on the towpath", "dodging a toddler".
    'over past around round avoiding dodging dodged stepping sidestepping dodge avoid swerve swerving ' +
    // "Kicking a ball about at my son's training": the son is where, not who hurts.
    'at'
  ).split(' '),
);

/** Watching or cheering someone on: "watching her" is the writer looking on. */
const WATCHING_WORDS = new Set(['watching', 'watched', 'watch', 'cheering', 'supporting']);

/** "Since baby", "after baby #2": the birth, told about the mother's own body. */
const BIRTH_WORDS = new Set(['since', 'after', 'having', 'had']);
/**
 * "Baby is 5 months now. SI joint pain since pregnancy": a clause that names no one but speaks
 * of a pregnancy or a birth is about the one who was pregnant, the writer, not the baby.
 */
const PREGNANCY_WORDS = new Set([
  'pregnancy',
  'pregnant',
  'postpartum',
  'postnatal',
  'antenatal',
  'trimester',
  'pp',
]);

/** Whether the possessive or person at `index` is company: "with my son", "with the dog". */
function isCompanyAt(tokens: readonly string[], index: number): boolean {
  const token = tokens[index] ?? '';
  const before = tokens[index - 1] ?? '';
  if (token === 'my' || token === 'our' || token === 'the' || token === 'a') {
    return PERSON_AS_OBJECT_AFTER.has(before) && PEOPLE.has(tokens[index + 1] ?? '');
  }
  return false;
}

/** Things that belong to an animal and are not it: "the dog lead", "his dog bowl". */
const ANIMAL_THINGS = new Set(
  // ("A low horse stance", "cat pose", "horse riding": a stance or a sport named after one.)
  'lead leads leash bowl bed toy toys ball walker walkers poo food stance pose poses riding'.split(
    ' ',
  ),
);
/** "Downward dog", "upward-facing dog": yoga's poses, not a dog. */
const POSE_BEFORE_ANIMAL = new Set(['downward', 'upward', 'facing']);

/** Whether the animal at `index` names only its thing or a pose: "someone's dog lead". */
function isAnimalThingAt(tokens: readonly string[], index: number): boolean {
  return (
    ANIMALS.has(tokens[index] ?? '') &&
    (ANIMAL_THINGS.has(tokens[index + 1] ?? '') || POSE_BEFORE_ANIMAL.has(tokens[index - 1] ?? ''))
  );
}

/** Whether the person or animal at `index` did something to the subject: "…by a dog". */
function isAgentAt(tokens: readonly string[], index: number): boolean {
  const before = tokens[index - 1] ?? '';
  if (before === 'by') return true;
  return ['a', 'an', 'the', 'my', 'our', 'some'].includes(before) && tokens[index - 2] === 'by';
}

/** The runner, someone else, or an animal (never the one the guide is for). */
type Person = 'self' | 'other' | 'animal';

/** Words opening a clause that dates the rest: "since my wife's op, I…". */
const TIME_OPENERS = new Set(['since', 'after', 'before', 'when', 'while']);

/** "My wife says I have a fever", "the doctor said I…": someone reporting on the runner. */
const REPORTING_WORDS = new Set(
  // ("Now I can see him limping": the writer watching someone else.)
  'say says said think thinks reckon reckons told tells noticed notices notice spotted spots saw sees see asked asks pointed'.split(
    ' ',
  ),
);

/** What a teller says of the one told about: "…that he's been", "…she has", "…he keeps". */
const TOLD_STATE = new Set(
  'is was has had keeps kept limps limped complains complained hurt hurts cannot'.split(' '),
);

/** Telling by message: "texted me that he…", "messaged me she…". */
const TOLD_BY_MESSAGE = new Set('texted messaged emailed rang phoned called mentioned'.split(' '));

/** Words a young writer uses of themself after their age: "17 yo lad", "15 yo girl here". */
const SELF_DESCRIBING = new Set('lad girl boy guy lass bloke dude chap'.split(' '));

/**
 * "They let me train with the adults": others letting or making the runner do something. Only
 * after "they": "she won't let me move her hip" is the child's clause.
 */
const ACTS_ON_RUNNER = new Set('let lets made makes'.split(' '));

/** Who a clause is about, and whether it names them only by a pronoun ("she", "his"). */
interface Subject {
  person: Person;
  /** "She had a temperature": refers back to the last person named, not someone new. */
  byPronoun: boolean;
  /** Who, when a relation is named after "my": "my auntie", "my daughter". */
  who?: string;
}

/** Words after which "her" is the object, not "her leg": "the dog yanked her right off". */
const AFTER_OBJECT_HER = new Set(
  'off over down up into onto right flying along out to across and'.split(' '),
);

/**
 * "Since my collie yanked me… my sit bone's hurt": an animal is never the patient, so a clause
 * that names an animal and also the runner ("me", "I") is the runner's.
 */
function animalOrRunner(tokens: readonly string[], from: number): Subject {
  const rest = tokens.slice(from);
  const runnerToo = rest.some((word) => word === 'me' || word === 'i');
  if (runnerToo) return { person: 'self', byPronoun: false };
  // "The dog yanked her right off her feet": the animal did something to a person, who is the
  // one the story goes on about ("she's sat on the bench, can't stand").
  const someoneElse = rest.some(
    (word, i) =>
      word === 'him' ||
      (word === 'her' && (i === rest.length - 1 || AFTER_OBJECT_HER.has(rest[i + 1] ?? ''))),
  );
  return { person: someoneElse ? 'other' : 'animal', byPronoun: false };
}

/**
 * Third-person verbs that open a clause with no subject of its own: "(he) has a temperature and
 * cries if I try to move his leg" goes on about the one before, whoever "I" is later in it.
 */
const THIRD_PERSON_OPENERS = new Set(
  'is has cries keeps refuses says complains seems looks gets hates wakes limps screams winces walks runs hobbles'.split(
    ' ',
  ),
);
/** …but "is it normal that I limp?", "has anyone had this?" are the writer's own questions. */
const QUESTION_AFTER_OPENER = new Set(
  'it this that there anyone anybody someone somebody any the my your'.split(' '),
);

function opensWithThirdPersonVerb(tokens: readonly string[]): boolean {
  // "…won't put any weight on her leg, and screams if I try to move her hip".
  const at = tokens[0] === 'and' ? 1 : 0;
  return (
    THIRD_PERSON_OPENERS.has(tokens[at] ?? '') && !QUESTION_AFTER_OPENER.has(tokens[at + 1] ?? '')
  );
}

/** "A 9yo", "an 11 year old", "a U13 swimmer": a child's age as the next words. */
const CHILD_AGE_WORDS =
  /^(?:an? )?(?:(?:[1-9]|1[0-7]) ?(?:yo|y o|year old|years old|yr old)|u ?1[0-7]s?)(?= |$)/;

/** How many words a child's age takes at `index` ("a 9yo" two, "u15" one), or 0. */
function childAgeWordsAt(tokens: readonly string[], index: number): number {
  const age = CHILD_AGE_WORDS.exec(tokens.slice(index, index + 4).join(' '));
  return age ? age[0].split(' ').length : 0;
}

/** A clause that is only a young age, perhaps with "lad" or "girl": "16 year old", "13yo lad". */
function isYoungAgeAlone(tokens: readonly string[]): boolean {
  const age = childAgeWordsAt(tokens, 0);
  if (age === 0) return false;
  const rest = tokens.slice(age);
  return rest.length === 0 || (rest.length === 1 && SELF_DESCRIBING.has(rest[0] ?? ''));
}

/**
 * "Anyone else get sore hips since upping their running?", "anyone had numbness down their leg
 * with sciatica?": the writer asking about themself.
 */
const ASKS_ANYONE_ELSE =
  /^(?:(?:does|has|did|do|is|can) )?(?:anyone|anybody|any one) (?:else|ever|had|have|get|got|experienced|dealt|suffered) /;

/**
 * "PT here asking about a client", "I've got a client, 58" (not "I have a client meeting"), "I
 * want to ask about my son, 15 years": the one asked about is the one the post goes on about.
 */
const ASKS_ABOUT_SOMEONE =
  /(?:^| )(?:(?:asking|ask|question|advice) (?:about|for|re|regarding) (?:a|an|my|one of my) (?:client|patient|athlete)|(?:asking|ask|question|advice|writing|posting) (?:about|for|re|regarding|on behalf of) (?:my|our) (?<relation>son|daughter|boy|girl|kid|child|lad|lass|teen|teenager|wife|husband|partner|mum|mom|mother|dad|father)(?: |$)|(?:i have|i have got|i got|got|have) (?:a|an) (?:client|patient))(?: (?!(?:meeting|meetings|call|calls|presentation|dinner|lunch|event|visit|deadline|pitch)\b)|$)/;

function subjectOf(tokens: readonly string[]): Subject | null {
  if (ASKS_ANYONE_ELSE.test(tokens.slice(0, 4).join(' ')))
    return { person: 'self', byPronoun: false };
  // "PT here asking about a client", "I've got a client, 58": a professional writing about the
  // person they look after, who is the one the post goes on about.
  // The relation asked about is a person of its own: "my mum had breast cancer… asking about my
  // dad though, his hip" is two people, and the cancer is not the dad's.
  const asked = ASKS_ABOUT_SOMEONE.exec(tokens.join(' '));
  if (asked) return { person: 'other', byPronoun: false, who: asked.groups?.relation };
  // "U15 sprinter in my group felt a pop at the front of her hip": a young athlete opens the
  // clause, and "her" says it is not the writer ("17 yo sprinter, a pop in my hip" is).
  const opening = childAgeWordsAt(tokens, 0);
  const after = tokens[opening] ?? '';
  if (
    opening > 0 &&
    (ATHLETES.has(after) || PEOPLE.has(after)) &&
    tokens.some((token) => OTHER_PRONOUNS.has(token))
  ) {
    return { person: 'other', byPronoun: false };
  }
  // "14yo hurdler at our athletics club – pain at the top of his thigh": the athlete opens the
  // post and who is in pain is left to what follows ("his thigh" is the athlete's, a later "my
  // hip" the writer's own), not settled by the club being "ours".
  const youngAthleteOpens =
    opening > 0 &&
    (ATHLETES.has(after) || PEOPLE.has(after)) &&
    !tokens.some((token) => SELF_WORDS.has(token) || token === 'my');
  // "My wife noticed my left foot slapping": the runner's foot, seen by someone else.
  const reportsOnRunner = tokens.some(
    (token, i) =>
      // ("Yes they let me train with the adults": they act on the runner, who is the subject.)
      (REPORTING_WORDS.has(token) || (ACTS_ON_RUNNER.has(token) && tokens[i - 1] === 'they')) &&
      (SELF_WORDS.has(tokens[i + 1] ?? '') ||
        (tokens[i + 1] === 'my' &&
          !PEOPLE.has(tokens[i + 2] ?? '') &&
          !ATHLETES.has(tokens[i + 2] ?? '') &&
          // ("I can see my 10yo limping": the child, named by age.)
          childAgeWordsAt(tokens, i + 2) === 0)),
  );
  // "Coach texted me that he's been running funny": the one told about, not the writer told.
  // Only with the teller named ("he tells me he's dropped 8kg" is left to the clauses around
  // it); "Physio told me she thinks my hip…" is the physio's view of the writer's own hip.
  const toldAboutOther = tokens.some((token, i) => {
    if (
      !(REPORTING_WORDS.has(token) || TOLD_BY_MESSAGE.has(token)) ||
      tokens[i + 1] !== 'me' ||
      !PEOPLE.has(tokens[i - 1] ?? '')
    ) {
      return false;
    }
    const at = tokens[i + 2] === 'that' ? i + 3 : i + 2;
    // ("Mum told me she can see the limp" is Mum watching the writer.)
    return (
      OTHER_PRONOUNS.has(tokens[at] ?? '') &&
      tokens[at] !== 'they' &&
      TOLD_STATE.has(tokens[at + 1] ?? '') &&
      !tokens.slice(at + 1).some((later) => SELF_WORDS.has(later) || later === 'my')
    );
  });
  if (toldAboutOther) return { person: 'other', byPronoun: true };
  if (reportsOnRunner) return { person: 'self', byPronoun: false };
  // "I've noticed she holds her hip walking to school": the writer watching someone else.
  // ("My wife says she can hear me coming": she is the one reporting, on "me".)
  const reportsOnOther = tokens.some(
    (token, i) =>
      REPORTING_WORDS.has(token) &&
      OTHER_PRONOUNS.has(tokens[i + 1] ?? '') &&
      !(PEOPLE.has(tokens[i - 1] ?? '') && tokens.includes('me', i + 2)),
  );
  if (reportsOnOther) return { person: 'other', byPronoun: true };
  // "Won't let me move her leg": "me" is only the object there; the leg is hers. An object
  // "me" decides the clause only when no one else is in it.
  let objectMe = false;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] ?? '';
    if (token === 'me' && i > 0) {
      objectMe = true;
      continue;
    }
    if (SELF_WORDS.has(token) || PREGNANCY_WORDS.has(token)) {
      return { person: 'self', byPronoun: false };
    }
    // "Mine's different" is the runner; a coach's "one of mine" is someone else.
    if (token === 'mine') {
      return { person: tokens[i - 1] === 'of' ? 'other' : 'self', byPronoun: false };
    }
    // "New shoes (love them)": "them" after a verb is a thing, never the one in pain.
    if (token === 'them' && i > 0) continue;
    // "Sit bone pain from the hard bleachers watching her": the one watched, last in the
    // clause, is not whose pain it is.
    if (i === tokens.length - 1 && WATCHING_WORDS.has(tokens[i - 1] ?? '')) continue;
    // "I'm 67 and they said arthritis": the unnamed clinicians telling the runner, not a
    // person in the story ("they said she has arthritis" is hers, by the "she" after).
    if (token === 'they' && CLINICIANS_SAID.has(tokens[i + 1] ?? '')) {
      i += 1;
      continue;
    }
    // "Had melanoma removed in 2016 and they've been happy with me since": "they" acting on the
    // runner, and no one else in the clause, are the unnamed clinicians, not a person in pain.
    if (
      token === 'they' &&
      tokens.indexOf('me', i + 1) > i &&
      !tokens.slice(i + 1).some((later) => OTHER_PRONOUNS.has(later) && later !== 'they')
    ) {
      continue;
    }
    if (OTHER_PRONOUNS.has(token)) return { person: 'other', byPronoun: true };
    // "17 yo lad, I lift and run": an age and a "lad" opening the post may be the writer
    // describing himself; who is in pain is left to what follows (not "16yo son", a relation).
    if (youngAthleteOpens && i === opening && SELF_DESCRIBING.has(token)) continue;
    // "Mum of two, 48": the runner describing themself; "parent of a 9yo" brings in the child,
    // whom "she's been limping" then is about.
    if (PEOPLE.has(token) && tokens[i + 1] === 'of') {
      // "Sister of a very smug 16yo": the age may come a few words on.
      for (let at = i + 2; at < i + 6; at += 1) {
        if (childAgeWordsAt(tokens, at) > 0) return { person: 'other', byPronoun: false };
      }
      continue;
    }
    // "Sunny and loads of dogs": animals in the scenery, no one's, are no one the story goes on
    // about (a "she" after them is the child named before). "Both dogs limping" still is.
    if (ANIMALS.has(token) && token.endsWith('s') && SCENERY_BEFORE.has(tokens[i - 1] ?? '')) {
      continue;
    }
    // "Got taken out by a dog", "knocked over by a cyclist", "tripped by my son": who did it
    // to the runner, not who the clause is about.
    if (PEOPLE.has(token) && isAgentAt(tokens, i)) continue;
    // "Tripped over someone's dog lead": a thing of the animal's, not the animal.
    if (isAnimalThingAt(tokens, i)) continue;
    if (PEOPLE.has(token)) {
      // "Eating like a horse", "shaking like a wet dog": a likeness, not someone in the story.
      if (isLikenessAt(tokens, i)) continue;
      // "Had a sarcoma as a teenager", "as a coach I…": the writer then, or in a role.
      if (tokens[i - 2] === 'as' && (tokens[i - 1] === 'a' || tokens[i - 1] === 'an')) continue;
      // "I play for the girls academy", "the boys team": a team's name, not a person.
      if (TEAM_WORDS.has(tokens[i + 1] ?? '')) continue;
      // "Since baby #2", "after baby": a birth, not the baby's pain.
      if (!ANIMALS.has(token) && BIRTH_WORDS.has(tokens[i - 1] ?? '')) continue;
      if (ANIMALS.has(token)) return animalOrRunner(tokens, i + 1);
      // "New coach doubled my volume", "my physio says my hip is fine": someone acting on the
      // runner's own things is a clause about the runner.
      return { person: ownsSomething(tokens, i + 1) ? 'self' : 'other', byPronoun: false };
    }
    // "Buttock pain since helping my brother move a sofa", "jog with the dog": the person or
    // animal after such a word is company, not who the clause is about.
    if (isCompanyAt(tokens, i)) {
      i += 1;
      continue;
    }
    if (token === 'my' || token === 'our') {
      // "My 12 yr old", "my son", "my little boy": someone else; "my hip": the runner, and so
      // are "my 30s" and "my 10k PB".
      const next = tokens[i + 1] ?? '';
      // "Sprinter in my group had some hamstring tightness": the group is the writer's, the
      // clause is about whoever else it names (or is left to the clauses around it).
      // ("My club mate has had outer hip pain": a companion from the club is someone else, and
      // so is "one of my club runners".)
      const afterTeam = tokens[i + 2] ?? '';
      if (TEAM_WORDS.has(next) && (COMPANIONS.has(afterTeam) || ATHLETES.has(afterTeam))) {
        return { person: 'other', byPronoun: false };
      }
      if (TEAM_WORDS.has(next)) {
        i += 1;
        continue;
      }
      // "16-year-old in my sprint group": a named group of the writer's, as above (not "my
      // running club mate", a companion).
      if (TEAM_WORDS.has(tokens[i + 2] ?? '') && !COMPANIONS.has(tokens[i + 3] ?? '')) {
        i += 2;
        continue;
      }
      // "Managed to hobble to the chair with my help": the help is the writer's, the hobble
      // is whoever the clauses around it are about.
      if (tokens[i - 1] === 'with' && HELPING_WORDS.has(next)) {
        i += 1;
        continue;
      }
      if (SHARED_THINGS.has(next)) {
        i += 1;
        continue;
      }
      // ("Tripped by my son", "over my dog's lead": as above, for "my".)
      if ((PEOPLE.has(next) && isAgentAt(tokens, i + 1)) || isAnimalThingAt(tokens, i + 1)) {
        i += 1;
        continue;
      }
      if (ANIMALS.has(next)) return animalOrRunner(tokens, i + 2);
      // "My 12 year old labrador": an age, then the animal.
      const animalAt = i + 1 + childAgeWordsAt(tokens, i + 1);
      if (animalAt > i + 1 && ANIMALS.has(tokens[animalAt] ?? '')) {
        return animalOrRunner(tokens, animalAt + 1);
      }
      const other =
        PEOPLE.has(next) ||
        // "My little one is nearly six", "my 7th grader".
        // …"my young one is 17".
        ((next === 'little' || next === 'young' || next === 'youngest' || next === 'small') &&
          (tokens[i + 2] === 'one' || tokens[i + 2] === 'ones')) ||
        (/^\d{1,2}(?:st|nd|rd|th)$/.test(next) && /^grader?s?$/.test(tokens[i + 2] ?? '')) ||
        ATHLETES.has(next) ||
        COMPANIONS.has(next) ||
        COMPANIONS.has(tokens[i + 2] ?? '') ||
        // "My running club mate (40)".
        (TEAM_WORDS.has(tokens[i + 2] ?? '') && COMPANIONS.has(tokens[i + 3] ?? '')) ||
        // "My 12yo", not "my 45yo hip" (the writer's own body, with its age).
        (/^(?:\d{1,2}(?:yo|y|yr|yrs|f|m)?|u1\ds?)$/.test(next) &&
          !NOT_AN_AGE_AFTER.has(tokens[i + 2] ?? '')) ||
        PEOPLE.has(tokens[i + 2] ?? '') ||
        ATHLETES.has(tokens[i + 2] ?? '');
      if (!other && youngAthleteOpens) return null;
      // "My wife says she can hear me coming because my right foot slaps": someone telling
      // what they see of the runner, whom "me" or "I" after it names. So does "since my wife's
      // hip op I've been doing all the gardening": the other person sets the time, the runner
      // is the subject.
      if (
        PEOPLE.has(next) &&
        (REPORTING_WORDS.has(tokens[i + 2] ?? '') || (i === 1 && TIME_OPENERS.has(tokens[0] ?? '')))
      ) {
        const rest = tokens.slice(i + 3);
        if (rest.includes('me') || rest.includes('i')) return { person: 'self', byPronoun: false };
      }
      return PEOPLE.has(next)
        ? { person: 'other', byPronoun: false, who: next }
        : { person: other ? 'other' : 'self', byPronoun: false };
    }
  }
  return objectMe ? { person: 'self', byPronoun: false } : null;
}

/**
 * "Teen (15F) here!!", "Coach here.": a sentence that opens by introducing its writer, read
 * across the clauses the brackets made.
 */
function introducesWriter(text: ParsedText, index: number): boolean {
  const clause = text.clauses[index];
  if (!clause) return false;
  if (isRoleAndAge(text, clause.sentence)) return true;
  if (!PEOPLE.has(clause.tokens[0] ?? '')) return false;
  const opening = text.clauses
    .filter((other) => other.sentence === clause.sentence)
    .flatMap((other) => other.tokens)
    .slice(0, 4);
  return opening[0] === clause.tokens[0] && opening.includes('here');
}

/** Roles a writer gives themself in a sentence of its own: "Head coach, 58.", "PE teacher, 49F". */
const WRITER_ROLES = new Set('coach teacher trainer runner athlete nurse'.split(' '));

/**
 * A sentence that is only a role and an adult age ("Head coach, 58.", "Coach (58M).") is the
 * writer introducing themself. "Mum (68)." is not: a family word introduces someone else.
 */
function isRoleAndAge(text: ParsedText, sentence: number): boolean {
  const tokens = text.clauses
    .filter((clause) => clause.sentence === sentence)
    .flatMap((clause) => clause.tokens);
  if (!/^(?:1[89]|[2-9]\d)[mf]?$/.test(tokens.at(-1) ?? '')) return false;
  const named = tokens.slice(0, -1);
  const asRole = tokens.length <= 4 && named.some((token) => WRITER_ROLES.has(token));
  // "Walker and Pilates girl, 52.": the post's first sentence, a writer describing herself
  // (not "my girl, 12", nor "our lad, 19").
  const asSelf =
    sentence === 0 &&
    tokens.length <= 6 &&
    named.some((token) => SELF_DESCRIPTIONS.has(token)) &&
    !tokens.some((token) => OWNING_WORDS.has(token));
  return asRole || asSelf;
}

/** How a writer names themself in a short opening ("Pilates girl, 52", "old bloke, 61"). */
const SELF_DESCRIPTIONS = new Set(
  'girl gal guy lad lass bloke woman man chap fella dude'.split(' '),
);
const OWNING_WORDS = new Set('my our his her their your'.split(' '));

/** Whether "my" or "our" comes later in the clause before a thing rather than a person. */
function ownsSomething(tokens: readonly string[], from: number): boolean {
  for (let i = from; i < tokens.length; i += 1) {
    // "Mum's going through chemo so running's been my outlet": after "so" comes the writer's
    // side of it, not something of theirs the other person acts on.
    // "…cancer treatment, which is the main thing on my mind": the writer's side again.
    if (tokens[i] === 'so' || tokens[i] === 'which') return false;
    // "Mum broke her hip and it's got me worried about my own bones": the same.
    if (tokens[i] === 'and' && ['it', 'that', 'this'].includes(tokens[i + 1] ?? '')) return false;
    if (tokens[i] !== 'my') continue;
    const next = tokens[i + 1] ?? '';
    // "16yo lad in my academy squad": a group the other person is in is not the writer's thing.
    if (TEAM_WORDS.has(next) || TEAM_WORDS.has(tokens[i + 2] ?? '')) continue;
    if (next && !PEOPLE.has(next) && !ATHLETES.has(next) && !/^\d/.test(next)) return true;
  }
  return false;
}

/** Who a text's clauses are about, read once per text. */
export interface People {
  /** The clauses grouped by the person they are about, in order (animals left out). */
  byPerson: number[][];
  /** The clauses about animals: "our spaniel is limping after the trail run". */
  animals: number[];
  /** The clauses about the runner, or null when the text talks about no one else. */
  runner: number[] | null;
}

/** Who each clause of `text` is about. */
export function readPeople(text: ParsedText): People {
  const groups = peopleIn(text);
  return {
    byPerson: groups.filter((group) => group.person !== 'animal').map((group) => group.clauses),
    animals: groups.filter((group) => group.person === 'animal').flatMap((group) => group.clauses),
    runner:
      groups.length < 2
        ? null
        : (groups.find((group) => (group.person ?? 'self') === 'self')?.clauses ?? []),
  };
}

interface PersonGroup {
  person: Person | null;
  clauses: number[];
  /** The relation named, when one is: "my auntie… and now my daughter" are two people. */
  who?: string;
}

/** Words for one relation, so that "my mother… asking about my mum" stays one person. */
const SAME_RELATION: readonly (readonly string[])[] = [
  ['mum', 'mom', 'mother', 'mam', 'mummy', 'mommy', 'ma', 'mama', 'mamma'],
  ['dad', 'father', 'daddy', 'da', 'papa', 'pa'],
  ['son', 'boy', 'lad'],
  ['daughter', 'girl', 'lass'],
];
/** Words that may name any of those ("my kid", "my partner"): never a new person on their own. */
const ANY_RELATION = new Set([
  'kid',
  'kids',
  'child',
  'teen',
  'teenager',
  'partner',
  'other',
  'oh',
  'spouse',
  'youngest',
  'eldest',
  'oldest',
  'little',
  'one',
  'baby',
]);

/** Whether two relations named after "my" may be the same person. */
function maybeSamePerson(a: string, b: string): boolean {
  if (a === b || ANY_RELATION.has(a) || ANY_RELATION.has(b)) return true;
  return SAME_RELATION.some((words) => words.includes(a) && words.includes(b));
}

function peopleIn(text: ParsedText): PersonGroup[] {
  const groups: PersonGroup[] = [];
  let current: PersonGroup | null = null;
  // Everything about the runner is one group, however often someone else comes in between:
  // "my hip is agony and my wife says I have a fever".
  let runner: PersonGroup | null = null;
  // "My 7 year old is limping… won't let me move her leg. She had a temperature": a pronoun
  // goes back to the last person named, however the clauses between were read.
  let lastOther: PersonGroup | null = null;
  // Whether all said so far is the writer saying who they are ("Coach here.").
  let onlyIntroduced = true;
  text.clauses.forEach((clause, index) => {
    const introduction = introducesWriter(text, index);
    const wasOnlyIntroduced = onlyIntroduced;
    onlyIntroduced &&= introduction;
    // "My 13yo daughter (does parkrun with me) has started getting pain": the verb's subject
    // is the last other person named, not the "me" of the aside.
    if (lastOther && opensWithThirdPersonVerb(clause.tokens)) {
      current = lastOther;
      current.clauses.push(index);
      return;
    }
    const subject: Subject | null = introduction
      ? { person: 'self', byPronoun: false }
      : subjectOf(clause.tokens);
    const person = subject?.person ?? null;
    const someoneNew = Boolean(
      subject?.who && current?.who && !maybeSamePerson(subject.who, current.who),
    );
    // "Coach here. 16 year old, pain deep in the groin when he pivots": a young age on its own,
    // just after the writer has said who they are, brings in someone new, whom "he" is then
    // about ("Sore at the front of my hip… 15 years old" is the writer's own age).
    if (current && current === runner && wasOnlyIntroduced && isYoungAgeAlone(clause.tokens)) {
      current = { person: null, clauses: [index] };
      groups.push(current);
      return;
    }
    // ("Runner here. 16 year old, pain in my hip": the age was the writer's after all.)
    if (current && runner && current !== runner && current.person === null && person === 'self') {
      groups.splice(groups.indexOf(current), 1);
      runner.clauses.push(...current.clauses, index);
      runner.clauses.sort((a, b) => a - b);
      current = runner;
      return;
    }
    if (current && !someoneNew && (person === null || person === (current.person ?? 'self'))) {
      current.clauses.push(index);
      current.person ??= person;
    } else if (person === 'self' && runner) {
      current = runner;
      current.clauses.push(index);
    } else if (subject?.byPronoun && lastOther) {
      current = lastOther;
      current.clauses.push(index);
    } else if (subject?.byPronoun && current && current.person === null) {
      // "6yo, had a cold last week, woke up limping and says his hip is sore": the opening
      // named no one, but it introduced the one the pronoun is about.
      current.person = person;
      current.clauses.push(index);
      if (runner === current) runner = null;
    } else {
      current = { person, clauses: [index], who: subject?.who };
      groups.push(current);
    }
    if ((current.person ?? 'self') === 'self') runner ??= current;
    else lastOther = current;
  });
  return groups;
}
