/** Pieces of regular expressions shared by the term matcher and the symptom reading. */

/** `text` with every character that means something in a RegExp escaped. */
export function escapeForRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Numbers as runners write them in words: "two", "a couple of", "half". */
export const NUMBER_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|half|a few|a couple of|a couple';
