/**
 * Facts -> questions of every type the game plays, each pointing at its fact. Wrong answers come
 * first from the same article (other speakers, figures, places), then from the gazetteer or a
 * small list of public figures; figures are scaled x0.5, x2, x3 at the same precision; dates
 * shift at the article's precision. Never a duplicate, never the right answer again, never the
 * answer in the prompt. Deterministic: the same facts give the same questions, byte for byte.
 */
import { englishDate } from '../core/bank/answers';
import type { Fact, Question } from '../core/bank/schema';
import { nearestPlaces, type Place } from '../core/geo';

/** Well-known public figures: the last resort for "who said it" when the article names too few people. */
const PUBLIC_FIGURES = ['António Guterres', 'Emmanuel Macron', 'Olaf Scholz', 'Narendra Modi', 'Ursula von der Leyen', 'Luiz Inácio Lula da Silva', 'Recep Tayyip Erdoğan', 'Keir Starmer'];

type F<K extends Fact['kind']> = Extract<Fact, { kind: K }>;

const norm = (s: string) => s.normalize('NFKC').toLowerCase().replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ').trim();

/** First `n` distinct values of `pool` that are not `answer` or any of `forbidden`. */
function pickDistinct(pool: string[], answer: string, n: number, forbidden: string[] = []): string[] {
  const out: string[] = [];
  const taken = new Set([norm(answer), ...forbidden.map(norm)]);
  for (const p of pool) {
    if (out.length >= n) break;
    if (!p || taken.has(norm(p))) continue;
    taken.add(norm(p));
    out.push(p);
  }
  return out;
}

/** Puts the right answer at a place that depends only on the fact id, so banks are stable. */
function placeAnswer(answer: string, wrong: string[], seed: string): { options: string[]; answer: number } {
  let h = 0;
  for (let i = 0; i < seed.length; i++) h = (h * 31 + seed.charCodeAt(i)) >>> 0;
  const at = h % 4;
  const options = [...wrong];
  options.splice(at, 0, answer);
  return { options, answer: at };
}

function roundLike(v: number, like: number): number {
  const digits = Math.max(1, String(Math.round(like)).replace(/0+$/, '').length);
  const p = Math.pow(10, Math.max(0, Math.floor(Math.log10(Math.abs(v) || 1)) + 1 - digits));
  return Math.max(1, Math.round(v / p) * p);
}

const APPROX_WORD = { exact: '', nearly: 'Nearly ', about: 'About ', over: 'Over ', 'up to': 'Up to ' } as const;

function shiftDate(value: string, precision: 'year' | 'month' | 'day', by: number): string {
  const [y, m, d] = value.split('-').map(Number);
  if (precision === 'year') return String(y! + by);
  if (precision === 'month') {
    const t = y! * 12 + (m! - 1) + by;
    return `${Math.floor(t / 12)}-${String((t % 12) + 1).padStart(2, '0')}`;
  }
  const date = new Date(Date.UTC(y!, m! - 1, d! + by));
  return date.toISOString().slice(0, 10);
}

const quoteText = (q: string) => (q.length > 180 ? `${q.slice(0, 177).trimEnd()}…` : q);

/** The sentence with the place blanked, cut to about `max` characters around the blank. */
function blanked(sentence: string, name: string, max = 150): string {
  const at = sentence.indexOf(name);
  const text = at >= 0 ? sentence.slice(0, at) + '___' + sentence.slice(at + name.length) : sentence;
  if (text.length <= max) return text;
  const centre = at >= 0 ? at : 0;
  const from = Math.max(0, Math.min(centre - Math.floor(max / 2), text.length - max));
  return `${from > 0 ? '…' : ''}${text.slice(from, from + max).trim()}${from + max < text.length ? '…' : ''}`;
}

const ordinal = (n: number) => `${n}${n % 100 >= 11 && n % 100 <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;

export function questionsFor(facts: Fact[], gazetteer: Place[]): Question[] {
  const out: Question[] = [];
  const speakers = facts.flatMap((f) => (f.kind === 'quote' ? [f.data.speaker] : []));
  const articlePlaces = facts.filter((f): f is F<'place'> => f.kind === 'place');
  const add = (q: Question, giveaway: string) => {
    // Never the answer in the prompt.
    if (!norm(q.prompt).includes(norm(giveaway))) out.push(q);
  };

  facts.forEach((f, i) => {
    switch (f.kind) {
      case 'quote': {
        const wrong = pickDistinct([...speakers, ...PUBLIC_FIGURES], f.data.speaker, 3);
        const { options, answer } = placeAnswer(f.data.speaker, wrong, f.id);
        add({ id: `q-${f.id}-speaker`, type: 'choice', factId: f.id, asks: 'speaker', prompt: `Who said “${quoteText(f.data.quote)}”?`, options, answer, difficulty: 2 }, f.data.speaker);
        // Alternate true and false statements across the article's quotes.
        const claim = i % 2 === 0 ? f.data.speaker : wrong[0]!;
        add({ id: `q-${f.id}-tf`, type: 'truefalse', factId: f.id, asks: 'speaker', prompt: `${claim} said “${quoteText(f.data.quote)}”.`, claim, answer: claim === f.data.speaker, difficulty: 1 }, '\u0000');
        break;
      }
      case 'quantity': {
        const v = f.data.value;
        const word = APPROX_WORD[f.data.approx];
        // "80th anniversary" asks which anniversary, in ordinals.
        const anniversary = /^anniversar/i.test(f.data.counts);
        const fmt = (n: number) => (anniversary ? ordinal(n) : `${word}${n.toLocaleString('en-US')}`);
        const scaled = [0.5, 2, 3, 4, 5, 10].map((k) => roundLike(v * k, v));
        const wrong = pickDistinct(scaled.map(fmt), fmt(v), 3);
        if (wrong.length === 3) {
          const { options, answer } = placeAnswer(fmt(v), wrong, f.id);
          const prompt = anniversary ? `According to the article, which ${f.data.counts} was it?` : `According to the article, how many ${f.data.counts}?`;
          add({ id: `q-${f.id}-value`, type: 'choice', factId: f.id, asks: 'value', prompt, options, answer, difficulty: 2 }, v.toLocaleString('en-US'));
        }
        if (v >= 2 && !anniversary) {
          // The answer sits at about 43% of a log slider from v/20 to v*50: never its middle or an end.
          const min = Math.max(1, roundLike(v / 20, 1));
          const max = roundLike(v * 50, 1);
          add({ id: `q-${f.id}-estimate`, type: 'estimate', factId: f.id, prompt: `Estimate: how many ${f.data.counts}, according to the article?`, answer: { value: v, min, max, scale: 'log', unit: f.data.counts }, difficulty: 2 }, v.toLocaleString('en-US'));
        }
        break;
      }
      case 'date': {
        const { value, precision } = f.data;
        const shifts = precision === 'year' ? [-2, 1, 3, -1] : precision === 'month' ? [-1, 2, 1, -3] : [-7, 1, 14, -1];
        const wrong = pickDistinct(shifts.map((s) => englishDate(shiftDate(value, precision, s))), englishDate(value), 3);
        const { options, answer } = placeAnswer(englishDate(value), wrong, f.id);
        add({ id: `q-${f.id}-date`, type: 'choice', factId: f.id, asks: 'date', prompt: `When did this happen: ${f.data.event}?`, options, answer, difficulty: 2 }, value.slice(0, 4));
        const year = Number(value.slice(0, 4));
        add({ id: `q-${f.id}-when`, type: 'when', factId: f.id, prompt: `When did this happen: ${f.data.event}?`, answer: { value, precision, minYear: year - 12, maxYear: year + 6 }, difficulty: 3 }, value.slice(0, 4));
        break;
      }
      case 'place': {
        // Asked as a gap in its sentence: a place named otherwise there ("DPRK") has no gap to fill.
        if (!f.sentence.includes(f.data.name)) break;
        const here = gazetteer.find((p) => p.name === f.data.name);
        const sameKind = (p: Place) => !here || p.kind === here.kind;
        const fromArticle = articlePlaces.map((p) => gazetteer.find((g) => g.name === p.data.name)).filter((p): p is Place => !!p && sameKind(p));
        const near = here ? nearestPlaces(gazetteer.filter(sameKind), here, 12).map((n) => n.place) : [];
        // A country that contains the answer would also be true: never offered as wrong.
        const wrong = pickDistinct([...fromArticle, ...near].map((p) => p.name), f.data.name, 3, f.data.alsoTrue);
        if (wrong.length === 3) {
          const { options, answer } = placeAnswer(f.data.name, wrong, f.id);
          add({ id: `q-${f.id}-place`, type: 'choice', factId: f.id, asks: 'place', prompt: `Which place fills the gap? “${blanked(f.sentence, f.data.name)}”`, options, answer, difficulty: 2 }, f.data.name);
        }
        if (f.data.lat !== undefined && f.data.lon !== undefined) {
          const kind = here?.kind ?? 'city';
          add(
            {
              id: `q-${f.id}-where`,
              type: 'where',
              factId: f.id,
              prompt: `Find the missing place on the map: “${blanked(f.sentence, f.data.name)}”`,
              answer: { name: f.data.name, lat: f.data.lat, lon: f.data.lon, radiusKm: kind === 'country' ? 400 : kind === 'region' ? 300 : 30, scaleKm: 2000, ...(kind === 'city' ? { focus: { lat: f.data.lat, lon: f.data.lon, spanDeg: 60 } } : {}) },
              difficulty: 3,
            },
            f.data.name,
          );
        }
        break;
      }
    }
  });
  return out;
}
