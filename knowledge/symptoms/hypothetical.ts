/**
 * Clauses that only suppose: "should I worry if I get a fever?", "if it started waking me at
 * night I'd go to the GP", "the doctor said if the hip goes hot I need to come straight back",
 * "if my leg went numb or weak I'd stop". What they name is a worry or a plan, not a symptom,
 * so the lookup reads nothing from them (issue #12: read text as a person would).
 *
 * A runner acts on what we say, so a real symptom must never be set aside on a guess. A clause
 * counts only when all of these hold (each guards a way a review found real symptoms lost):
 * - before its "if" comes nothing, or only the supposing itself: a would ("I'd go to A&E"), a
 *   question about worrying or going ("should I worry", "do I need to go"), "what", or advice
 *   reported ("the doctor said"). "Calf is hot, red and swollen, what if it's a DVT" keeps the
 *   calf, and "I'd be grateful if anyone could help, I've got a fever" keeps the fever;
 * - the "if" is not "whether" ("can't tell if I need to pee", "asked me if I'd had numbness");
 * - it comes with a sign of the unreal: a would or a will, a question about worrying, "what if",
 *   "in case", advice reported, or a past tense after the "if" ("if my leg went numb");
 * - nothing after the "if", to the end of the sentence, says the thing is so: "if I've got a fever", "if I can't put weight
 *   on it", "if my calf is hot", "…and it is now hot and swollen", "since this morning",
 *   "last night". ("If I couldn't walk" reads as "cannot" and so counts as so: a false alarm is
 *   the price of never losing that emergency.)
 */
import type { ParsedText } from './text-reading';

/** "If" or "in case", but not the "if" of "can't tell if", "asked me if" (whether). */
const IF_WORD =
  /(?:^| )(?<!(?:tell|know|knows|sure|notice|noticed|feel|check|checked|see|wonder|wondering|wondered|asked|ask|asks|asking|unsure|decide|remember)(?: me| him| her| us| them)? )(?:if|in case|incase)(?= )/;

/** A would or a will: "I'd go", "I'll ring 111" (not "she won't", not "I'd say"). */
const WOULD =
  '(?:(?:i|we|you|he|she) (?:d|would|will|ll)|id|ill|youd|hed|shed)(?! (?:not|never|say|describe|call it|guess|rate|put it|be grateful|appreciate|love|like))';

/** What may come before the "if": nothing but the supposing itself. */
const ONLY_SUPPOSING_BEFORE = new RegExp(
  '^(?:(?:and|but|so|just|honestly|also|ok|okay) )*(?:' +
    [
      `${WOULD}(?: [a-z]+){0,6}`,
      '(?:should|shall|would|do|must|will) (?:i|we|he|she|they)(?: [a-z]+){0,3}',
      'is (?:it|that|this)(?: [a-z]+){0,3}',
      'what',
      '(?:(?:the|my|our|his|her) )?(?:doctor|doc|gp|physio|nurse|consultant|surgeon|coach|midwife|she|he|they)(?: [a-z]+){0,2} (?:said|says|told(?: me| us| him| her)?|advised(?: me)?|warned(?: me)?)(?: that)?',
    ].join('|') +
    ')?$',
);

/** With its "if": a would or a will, a question about worrying, "what if", "in case", advice. */
const UNREAL_WITH_IF = new RegExp(
  [
    `(?:^| )${WOULD}(?= )`,
    '(?:^| )(?:should|shall|would|do|must) (?:i|we|he|she|they)(?: [a-z]+){0,2} (?:worry|worried|concerned|panic|go|see|call|ring|get)(?: |$)',
    '(?:^| )what if(?= )',
    '(?:^| )(?:in case|incase)(?= )',
    '(?:^| )is (?:it|that|this) (?:a )?(?:worry|concern|red flag|bad sign|emergency)(?: |$)',
    '(?:^| )(?:said|says|told|tells|advised|warned)(?: (?:me|us|him|her|them|that))?(?= (?:if|in case)(?: |$))',
  ].join('|'),
);

/** "If my leg went numb", "if it started waking me": a past tense after the "if", unreal. */
const UNREAL_AFTER_IF =
  /(?:^| )if (?:i|it|he|she|they|my [a-z]+|his [a-z]+|her [a-z]+|the [a-z]+)(?: ever)? (?:started|went|got|became|were|was ever|ever)(?![a-z])/;

/** Words after the "if" that say the thing is so: "I've got", "is", "can't", "now", "since". */
const SAID_TO_BE_SO =
  /(?:^| )(?:i ve|ive|i have|i do have|i am|i m|im|is|are|has|have|been|cannot|can not|will not|wont|now|since|already|still|keeps|keep|last night|yesterday|this morning|today|tonight|currently|exactly)(?= |$)/;

/**
 * Later in the sentence, after a comma or a "but", only what plainly says it has happened:
 * "…which is exactly what's happened", "and now it is", "since this morning" ("…I'd stop, but
 * it's just tight hammies" is the runner's real, lesser complaint, not the supposing come true).
 */
const CONFIRMED_LATER =
  /(?:^| )(?:now|exactly|happened|happening|i ve|ive|i have|i do have|since|already|last night|yesterday|this morning|today|tonight|and yes|yes)(?= |$)/;

/** "…but right now it's just a tight low back": the lesser complaint that is, not the worry. */
const LESSER_NOW = /(?:^| )(?:just|only|simply)(?= )/;

/**
 * "I keep reading about limping, pain at night and pain when you hop, but I don't have any of
 * those": signs read or heard about, then denied together in the same sentence. Both halves
 * must be said, the denial in just these words ("never had that" is as often "this is new"),
 * and only clauses that name no one are set aside: "reading about stress fractures, I've got
 * groin pain at night, but I don't have any of those risk factors" keeps the writer's pain
 * (safety review, twenty-ninth pass).
 */
const SIGNS_HEARD_OF =
  /(?:^| )(?:reading|read|reads|heard|hear|hearing|seen|seeing|googled|googling|looked up|warn|warns|warned|warning|talk|talks|talked|talking) (?:about|of|up on)(?= )|(?:^| )(?:warning )?(?:signs|symptoms) (?:like|such as|are|include)(?= )/;
const NONE_OF_THOSE =
  /(?:^| )(?:(?:but|and|though) )?(?:i )?(?:do not|dont) have any of (?:those|these|them)$|(?:^| )(?:but |and )?(?:i have |ive got |i ve got )?none of (?:those|these|them)$/;
/** Words that put someone in a clause: the writer, or another person. */
const SOMEONE =
  /(?:^| )(?:i|im|ive|me|my|mine|we|our|us|he|she|his|her|him|they|their|them|son|daughter|mum|mom|dad|wife|husband|partner|child|kid|boy|girl)(?= |$)/;

function deniedAfterHearingOf(parsed: ParsedText, unreal: Set<number>): void {
  parsed.clauses.forEach((clause, index) => {
    if (!NONE_OF_THOSE.test(clause.joined)) return;
    for (let at = index - 1; at >= 0; at -= 1) {
      const earlier = parsed.clauses[at];
      if (!earlier || earlier.sentence !== clause.sentence) return;
      const heardOf = SIGNS_HEARD_OF.exec(earlier.joined);
      if (heardOf) {
        const heard = parsed.clauses.slice(at, index);
        // The opening's own "I keep reading about" names the writer only as the reader, and
        // nothing else may come before it ("my groin hurts and I keep reading about…").
        const openingAt = heardOf.index;
        if (earlier.joined.slice(0, openingAt).split(' ').filter(Boolean).length > 4) return;
        const opening = earlier.joined.slice(openingAt);
        const named = [opening, ...heard.slice(1).map((later) => later.joined)];
        if (named.some((words) => SOMEONE.test(words))) return;
        for (let set = at; set < index; set += 1) unreal.add(set);
        return;
      }
    }
  });
}

export function hypotheticalClauses(parsed: ParsedText): Set<number> {
  const unreal = new Set<number>();
  deniedAfterHearingOf(parsed, unreal);
  parsed.clauses.forEach((clause, index) => {
    const words = clause.joined;
    const found = IF_WORD.exec(words);
    if (!found) return;
    const before = words.slice(0, found.index).trim();
    // (To the end of the sentence: "…said if the pain went into my groin and I couldn't weight
    // bear then go to A&E, which is exactly what's happened".)
    const rest = parsed.clauses
      .slice(index + 1)
      .filter((later) => later.sentence === clause.sentence)
      .map((later) => later.joined);
    if (!ONLY_SUPPOSING_BEFORE.test(before)) return;
    if (SAID_TO_BE_SO.test(words.slice(found.index))) return;
    if (rest.some((later) => CONFIRMED_LATER.test(later) && !LESSER_NOW.test(later))) return;
    if (UNREAL_WITH_IF.test(words) || UNREAL_AFTER_IF.test(words)) unreal.add(index);
  });
  return unreal;
}
