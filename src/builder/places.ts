/**
 * Places named in the article, confirmed against the gazetteer: countries, capitals and regions,
 * by their names and alt names, whole words only, the longest name winning ("South Korea" over
 * "Korea", "Papua New Guinea" over "Guinea"). One candidate per place, at its first mention.
 *
 * The gazetteer is passed in, not imported: the builder stays pure and the caller decides where
 * the data comes from (a file in Node, a fetched asset in the browser). compromise adds what a word
 * list cannot know: that "Jordan" in "Michael Jordan" is a person, and which spans it also reads
 * as places.
 */
import { searchPlaces, type Place } from '../core/geo';
import { countryIdOf, localNames, relocateNamesakes } from './localPlaces';
import { AMBIGUOUS, choose, countryOf, indexFor, insideLongerName, key, nlpSpans, PREFIXES, scan, sentenceAt, within } from './placeIndex';
import type { LocalPlaces } from './towns';
import type { Candidate, Sentence } from './types';

export function extractPlaces(text: string, sentences: Sentence[], gazetteer: Place[], local?: LocalPlaces): Candidate<'place'>[] {
  const index = indexFor(gazetteer);
  const nlpFound = nlpSpans(text);
  const hits = scan(text, index);

  // compromise's own places, where the gazetteer knows them under a longer name ("Kharkiv" for
  // "Kharkiv Oblast"): the scan cannot find these, because it matches whole names only.
  for (const p of nlpFound.places) {
    if (hits.some((h) => h.start < p.end && p.start < h.end)) continue;
    const q = key(p.text.replace(/^the\s+/i, ''));
    const match = searchPlaces(gazetteer, q, 1)[0];
    const names = match ? [match.name, ...(match.alt ?? [])].map(key) : [];
    if (match && q && names.some((n) => n.startsWith(`${q} `) && /^(?:oblast|region|province|strip|peninsula|heights)$/.test(n.slice(q.length + 1)))) {
      hits.push({ start: p.start, end: p.end, entries: [{ place: match, form: p.text, primary: false }], viaNlp: true });
    }
  }
  hits.sort((a, b) => a.start - b.start);

  const seen = new Set<string>();
  const out: Candidate<'place'>[] = [];
  const confirmed: Place[] = [];
  const hints = new Set<string>();
  for (const hit of hits) {
    const sentence = sentenceAt(sentences, hit.start);
    if (!sentence) continue;
    const written = text.slice(hit.start, hit.end);
    const reasons: string[] = [];
    let confidence = 0.85;
    // "Michael Jordan", "Victoria Beckham": a place name inside a longer person's name is the person.
    if (nlpFound.people.some((p) => within(p, hit.start, hit.end) && p.end - p.start > hit.end - hit.start && !/['’]s\b/.test(p.text.slice(hit.end - p.start)))) continue;
    // "The Seattle Times" names no place to ask about, but says the article is set in the US. A
    // country in a name says less ("Agence France-Presse" reports from everywhere).
    const hinted = choose(hit.entries);
    if (!hinted.ambiguous && hinted.place.kind === 'city' && !AMBIGUOUS.has(key(written))) hints.add(hinted.place.country ?? '');
    if (insideLongerName(text, hit.start, hit.end, index)) continue;
    const prefixes = /((?:\p{Lu}\p{L}*[ \u00a0])+)$/u.exec(text.slice(Math.max(0, hit.start - 40), hit.start))?.[1]?.trim().split(/\s+/) ?? [];
    const tail: string[] = [];
    for (let i = prefixes.length - 1; i >= 0 && PREFIXES.has(prefixes[i]!); i--) tail.push(prefixes[i]!);
    if (tail.includes('New')) continue; // "New Mexico", "New Jersey", "New South Wales"
    if (tail.length > 0) {
      reasons.push('part of a longer name');
      confidence = 0.55;
    }
    const { place, ambiguous } = choose(hit.entries);
    // "Paris, Texas": a town named with its state or country that is not the gazetteer's namesake.
    const state = /^,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u.exec(text.slice(hit.end, hit.end + 40))?.[1];
    const named = state && place.kind === 'city' ? (index.byKey.get(key(state)) ?? []).map((e) => e.place).find((p) => p.kind !== 'city') : undefined;
    if (named && (named.kind === 'country' ? named.id : named.country) !== place.country) continue;
    const asPerson = nlpFound.people.some((p) => within(p, hit.start, hit.end));
    if (ambiguous || asPerson || AMBIGUOUS.has(key(written))) {
      reasons.push('ambiguous place');
      confidence = Math.min(confidence, 0.45);
    }
    if (nlpFound.orgs.some((o) => within(o, hit.start, hit.end) && o.end - o.start > hit.end - hit.start)) {
      reasons.push('inside an organisation name'); // "University of California": the place may be right, or not the point
      confidence = Math.min(confidence, 0.55);
    }
    if (hit.viaNlp) {
      reasons.push('larger area than named');
      confidence = Math.min(confidence, 0.6);
    } else if (reasons.length === 0 && nlpFound.places.some((p) => p.start < hit.end && hit.start < p.end)) {
      confidence = 0.9; // two readers agree
    }
    if (seen.has(place.id)) continue;
    seen.add(place.id);
    confirmed.push(place);
    const country = place.kind === 'country' ? undefined : index.countries.get(place.country ?? '');
    out.push({
      kind: 'place',
      sentence,
      match: { start: hit.start, end: hit.end },
      data: { name: place.name, alsoTrue: country ? [country.name] : [], lat: place.lat, lon: place.lon },
      extractor: hit.viaNlp ? 'place:nlp' : 'place:gazetteer',
      confidence,
      reasons,
    });
  }
  if (!local) return out;
  const countries = new Set([...confirmed.map(countryOf), ...hints].filter((c): c is string => !!c));
  relocateNamesakes(out, confirmed, local.towns, index);
  // Areas first: "Lostwithiel, Cornwall" puts the article in Britain for the towns after it.
  // A gazetteer place read inside a longer name ("Darfur" of "North Darfur") gives way to the
  // division that bears the whole name.
  const taken = () => out.filter((o) => !o.reasons.includes('part of a longer name')).map((o) => o.match);
  const areas = localNames('area', text, sentences, local.areas, index, nlpFound, taken(), countries, seen);
  const kept = out.filter((o) => !areas.some((a) => a.match.start < o.match.end && o.match.start < a.match.end));
  for (const a of areas) if (a.reasons.length === 0 || countries.size === 0) countries.add(countryIdOf(a, index));
  const towns = localNames('town', text, sentences, local.towns, index, nlpFound, [...taken(), ...areas.map((a) => a.match)], countries, seen);
  return [...kept, ...areas, ...towns].sort((a, b) => a.match.start - b.match.start);
}

