/**
 * Names of conditions, terms and warning signs as they read inside a sentence. "Read about IT band
 * syndrome", never "it band syndrome": a plain `toLowerCase()` loses acronyms and initialisms.
 */

/**
 * `name` for the middle of a sentence: only a capital that starts an ordinary word ("Stress
 * fracture" → "stress fracture") is lowered; acronyms ("IT band", "RED-S", "MRI", "X-ray") and
 * every later word keep their case.
 */
export function nameInSentence(name: string): string {
  const [first = ''] = name.split(/\s/, 1);
  const ordinaryWord = /^[A-Z][a-z']/.test(first);
  return ordinaryWord ? name.charAt(0).toLowerCase() + name.slice(1) : name;
}
