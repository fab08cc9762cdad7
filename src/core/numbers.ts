/**
 * Reading quantities written in words or digits ("13,000", "nearly 2,000", "two dozen", "80th").
 * Used to check that a question's right answer is what its fact says, and later by the builder.
 */
const SMALL: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, a: 1, an: 1,
};
const SCALE: Record<string, number> = { dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };

/** The first quantity in `text`, or null. "over two dozen" -> 24; "13,000 troops" -> 13000. */
export function parseQuantity(text: string): number | null {
  const digits = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:st|nd|rd|th)?\s*(dozen|hundred|thousand|million|billion|trillion)?/i.exec(text);
  if (digits) {
    const n = Number(digits[1]!.replace(/,/g, ''));
    const scale = digits[2] ? SCALE[digits[2].toLowerCase()]! : 1;
    return n * scale;
  }
  const words = text.toLowerCase().match(/[a-z]+/g) ?? [];
  let total: number | null = null;
  let current = 0;
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    // "a"/"an" is a number only in "a dozen", "a thousand"...
    const small = w === 'a' || w === 'an' ? (words[i + 1]! in SCALE ? 1 : undefined) : SMALL[w];
    if (small !== undefined) {
      current += small;
      total = total ?? 0;
    } else if (w in SCALE && total !== null) {
      current = (current || 1) * SCALE[w]!;
      if (SCALE[w]! >= 1000) {
        total += current;
        current = 0;
      }
    } else if (total !== null) {
      break;
    }
  }
  return total === null ? null : total + current;
}
