import { parseQuantity } from '../numbers';
import type { Fact } from './schema';
import type { Asks } from './constants';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** English text of a partial date at its own precision: "2024", "September 2025", "September 3, 2025". */
export function englishDate(value: string): string {
  const [y, m, d] = value.split('-');
  if (!m) return y!;
  const month = MONTHS[Number(m) - 1]!;
  return d ? `${month} ${Number(d)}, ${y}` : `${month} ${y}`;
}

const norm = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * Does `option` say what the fact says, for what the question asks?
 * Null when the question asks for something the fact's kind does not hold.
 */
export function optionStatesFact(fact: Fact, asks: Asks, option: string): boolean | null {
  switch (fact.kind) {
    case 'quote':
      if (asks === 'speaker') return norm(option) === norm(fact.data.speaker);
      if (asks === 'quote') return norm(option).replace(/^"|"$/g, '') === norm(fact.data.quote);
      return null;
    case 'quantity':
      return asks === 'value' ? parseQuantity(option) === fact.data.value : null;
    case 'date':
      if (asks === 'date') return norm(option) === norm(englishDate(fact.data.value));
      if (asks === 'event') return norm(option) === norm(fact.data.event);
      return null;
    case 'place':
      return asks === 'place' ? [fact.data.name, ...fact.data.alsoTrue].some((n) => norm(n) === norm(option)) : null;
  }
}
