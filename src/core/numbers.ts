/**
 * Reading quantities written in words or digits ("13,000", "nearly 2,000", "two dozen", "80th").
 * Used to check that a question's right answer is what its fact says, and later by the builder.
 */
// Maps, not object literals: a word like "constructor" must not find Object.prototype.
const SMALL = new Map<string, number>(
  Object.entries({
    zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
    eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
    eighty: 80, ninety: 90,
  }),
);
const SCALE = new Map<string, number>(Object.entries({ dozen: 12, hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 }));

const DIGITS = /(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:st|nd|rd|th)?\s*(dozen|hundred|thousand|million|billion|trillion)?/i;

interface Found {
  index: number;
  value: number;
}

function fromDigits(text: string): Found | null {
  const m = DIGITS.exec(text);
  if (!m) return null;
  const scale = m[2] ? SCALE.get(m[2].toLowerCase())! : 1;
  return { index: m.index, value: Number(m[1]!.replace(/,/g, '')) * scale };
}

/** The first run of number words: "two dozen" 24, "one hundred and twenty" 120, "a thousand" 1000. */
function fromWords(text: string): Found | null {
  const words = [...text.toLowerCase().matchAll(/[a-z]+/g)];
  for (let i = 0; i < words.length; i++) {
    const first = words[i]![0];
    const article = (first === 'a' || first === 'an') && SCALE.has(words[i + 1]?.[0] ?? '');
    if (!SMALL.has(first) && !article) continue;
    let total = 0;
    let current = 0;
    for (let j = i; j < words.length; j++) {
      const w = words[j]![0];
      if (j === i && article) current = 1;
      else if (SMALL.has(w)) current += SMALL.get(w)!;
      else if (SCALE.has(w)) {
        current = (current || 1) * SCALE.get(w)!;
        if (SCALE.get(w)! >= 1000) {
          total += current;
          current = 0;
        }
      } else if (w === 'and' && SMALL.has(words[j + 1]?.[0] ?? '')) continue;
      else break;
    }
    return { index: words[i]!.index, value: total + current };
  }
  return null;
}

/** The first quantity in `text`, in digits or words, or null. "over two dozen" -> 24; "13,000 troops" -> 13000. */
export function parseQuantity(text: string): number | null {
  const d = fromDigits(text);
  const w = fromWords(text);
  if (d && w) return d.index <= w.index ? d.value : w.value;
  return (d ?? w)?.value ?? null;
}
