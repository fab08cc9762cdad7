/**
 * People of the same field, the last resort for the third wrong answer to "who said it" when the
 * article names only two other people. A sprinter's quote with world leaders as the other options
 * is a give-away, so the field is read from the article's own words and the option comes from that
 * field. Politics has no list: its speakers are local as often as national, and a head of state
 * beside a town councillor gives the answer away, so a politics article needs three of its own.
 * Each list is of people known well beyond their country.
 */
export type Field = 'sport' | 'science' | 'business' | 'culture' | 'health';

export const FIGURES_BY_FIELD: Record<Field, readonly string[]> = {
  sport: ['Serena Williams', 'Usain Bolt', 'Roger Federer', 'Simone Biles', 'Lionel Messi', 'Eliud Kipchoge', 'Rafael Nadal', 'Naomi Osaka', 'Cristiano Ronaldo', 'Shelly-Ann Fraser-Pryce'],
  science: ['Jennifer Doudna', 'Neil deGrasse Tyson', 'Brian Cox', 'Katalin Karikó', 'Jane Goodall', 'Michio Kaku', 'Donna Strickland', 'Kip Thorne', 'Frances Arnold', 'Andrea Ghez'],
  business: ['Warren Buffett', 'Tim Cook', 'Satya Nadella', 'Mary Barra', 'Jamie Dimon', 'Sundar Pichai', 'Indra Nooyi', 'Christine Lagarde', 'Jeff Bezos', 'Abigail Johnson'],
  culture: ['Margaret Atwood', 'Salman Rushdie', 'Yayoi Kusama', 'Ai Weiwei', 'Chimamanda Ngozi Adichie', 'Kazuo Ishiguro', 'Hilary Mantel', 'David Hockney', 'Zadie Smith', 'Marina Abramović'],
  health: ['Tedros Adhanom Ghebreyesus', 'Anthony Fauci', 'Paul Offit', 'Devi Sridhar', 'Eric Topol', 'Ashish Jha', 'Soumya Swaminathan', 'Peter Hotez', 'Sarah Gilbert', 'Katalin Karikó'],
};

/** Words that mark an article's field; the field with most hits wins, none (politics, local news) when no field stands out. */
const FIELD_WORDS: Record<Field, RegExp> = {
  sport: /\b(?:match|tournament|championships?|champion|final|league|coach|season|goal|medal\w*|olympic\w*|tennis|football|cricket|rugby|athlet\w*|cup|wimbledon|premiership|shot put)\b/gi,
  science: /\b(?:scientists?|research(?:ers)?|space|rocket|orbit|satellites?|comet|probe|nasa|esa|laboratory|physics|astronom\w+|spacecraft)\b/gi,
  business: /\b(?:company|companies|shares?|profit|revenue|investors?|deal|chief executive|ceo|customers?|stores?|earnings|firm|stock|bourse)\b/gi,
  culture: /\b(?:book|novel|author|prize|award|painting|artist|auction|museum|film|music|exhibition|gallery|writer|literary|poet\w*)\b/gi,
  health: /\b(?:hospital|patients?|vaccines?|virus|covid\w*|doctors?|nurses?|medical|infections?|disease|outbreak)\b/gi,
};

export function fieldOf(text: string): Field | null {
  let best: Field | null = null;
  let most = 3; // fewer hits than this is no signal
  for (const [field, re] of Object.entries(FIELD_WORDS) as [Field, RegExp][]) {
    const hits = text.match(re)?.length ?? 0;
    if (hits > most) [best, most] = [field, hits];
  }
  return best;
}
