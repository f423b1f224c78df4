/**
 * Clauses that say what has not happened: "If it started waking me at night I'd go to the GP",
 * "should I worry if I get a fever?", "I'd go to A&E if I couldn't walk", "the doctor said if
 * the hip goes hot I need to come straight back". What they name is a plan or a worry, not a
 * symptom, so the lookup reads nothing from them (issue #12: read text as a person would).
 *
 * "If" alone is not enough: "it hurts if I sit for long" is a real pattern. A clause counts when
 * its "if" comes with a sign of the unreal: a would or a will ("I'd", "I'll"), a question about
 * worrying, an instruction reported ("said… if"), "what if" or "in case", or a past tense after
 * the "if" ("if my leg went numb").
 */
import type { ParsedText } from './text-reading';

/** "If", or "in case", but not the "if" of "can't tell if", "asked if" (whether). */
const IF_WORD =
  /(?:^| )(?<!(?:tell|know|knows|sure|notice|noticed|feel|check|checked|see|wonder|wondering|wondered|asked|ask|asks|asking|unsure|decide|remember) )(?:if|in case|incase)(?= )/;

/** A would or a will: "I'd go to the GP", "I'll ring 111" (not "she won't put her leg down"). */
const WOULD =
  '(?:(?:i|we|you|he|she) (?:d|would|will|ll)|id|ill|youd|hed|shed)(?! (?:not|never|say|describe|call it|guess|rate|put it))';

/** With its "if": a would or a will, a question about worrying, "what if", "in case". */
const UNREAL_WITH_IF = new RegExp(
  [
    `(?:^| )${WOULD}(?= )`,
    // "Should I worry if…", "do I need to worry if…", "when should I be concerned if…".
    '(?:^| )(?:should|shall|would|do|must) (?:i|we|he|she|they)(?: [a-z]+){0,2} (?:worry|worried|concerned|panic|go|see|call|ring|get)(?: |$)',
    '(?:^| )what if(?= )',
    '(?:^| )(?:in case|incase)(?= )',
    // "Is it a worry if…", "is that a red flag if…".
    '(?:^| )is (?:it|that|this) (?:a )?(?:worry|concern|red flag|bad sign|emergency)(?: |$)',
    // "The doctor said if I get a fever…", "physio told me if it goes hot…": advice, reported.
    '(?:^| )(?:said|says|told|tells|advised|warned|explained)(?: (?:me|us|him|her|them|that))?(?= (?:if|in case)(?: |$))',
  ].join('|'),
);

/** "If my leg went numb", "if it started waking me", "if I couldn't walk": the past, unreal. */
const UNREAL_AFTER_IF =
  /(?:^| )if (?:i|it|he|she|they|my [a-z]+|his [a-z]+|her [a-z]+|the [a-z]+)(?: ever)? (?:started|went|got|became|could not|were|was ever|ever)(?![a-z])/;

/** Words before an "if" that may still be the unreal's own: "I'd go to A&E", "doctor said". */
const MAX_WORDS_BEFORE_IF = 8;

export function hypotheticalClauses(parsed: ParsedText): Set<number> {
  const unreal = new Set<number>();
  parsed.clauses.forEach((clause, index) => {
    const words = clause.joined;
    const found = IF_WORD.exec(words);
    if (!found) return;
    // The clause must be the supposing alone: an "if" near its start, so that a real complaint
    // before it ("I was limping and a colleague asked…") is never set aside.
    const before = words.slice(0, found.index).trim();
    if (before.split(' ').filter(Boolean).length > MAX_WORDS_BEFORE_IF) return;
    if (UNREAL_WITH_IF.test(words) || UNREAL_AFTER_IF.test(words)) unreal.add(index);
  });
  return unreal;
}
