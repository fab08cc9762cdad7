/**
 * The second pass over an article's places: towns, suburbs and divisions from the builder's local
 * table (towns.ts says when a name from it counts), after the gazetteer's pass (places.ts).
 */
import { foldPlaceName, type Place } from '../core/geo';
import { countryOf, insideLongerName, key, LOWER_OK, sentenceAt, tokens, within, type Index, type nlpSpans } from './placeIndex';
import { CALENDAR_WORDS, onlyTown, PLACE_CUE, resolveTown, townIndex, type TownRow } from './towns';
import type { Candidate, Sentence } from './types';

export const countryIdOf = (c: Candidate<'place'>, index: Index): string => [...index.countries.values()].find((p) => p.name === c.data.alsoTrue[0])?.id ?? '';

/**
 * "Preston" in an article about Melbourne is the suburb, not the English city the gazetteer
 * holds: a city whose country nothing else in the article names, when a town of that name lies in
 * a country the article does name, is that town.
 */
export function relocateNamesakes(out: Candidate<'place'>[], confirmed: Place[], towns: readonly TownRow[], index: Index): void {
  confirmed.forEach((place, i) => {
    if (place.kind !== 'city') return;
    const others = new Set(confirmed.filter((_, j) => j !== i).map(countryOf).filter((c): c is string => !!c));
    if (others.size === 0 || others.has(place.country ?? '')) return;
    const town = resolveTown(towns, place.name, others);
    if (!town) return;
    const country = index.countries.get(town.country);
    const c = out.find((o) => o.data.name === place.name)!;
    c.data = { name: town.name, alsoTrue: country ? [country.name] : [], lat: town.lat, lon: town.lon };
    c.extractor = 'place:town';
  });
}

/** "the North Darfur State", "Davao de Oro Province": the division's own kind after its name. */
const DIVISION_WORD = /^(?:State|Province|Region|County|District|Oblast|Governorate|Prefecture|Department)$/;

/** Between the words of a local name: a space or a hyphen ("Notter Bridge", "Stoke-on-Trent"). */
const JOIN = /^(?:[ \u00a0]|[-'’])$/;

/** Areas or towns from the large tables, where the article says where they are (see towns.ts). */
export function localNames(kind: 'area' | 'town', text: string, sentences: Sentence[], towns: readonly TownRow[], index: Index, nlpFound: ReturnType<typeof nlpSpans>, hits: { start: number; end: number }[], countries: Set<string>, seen: Set<string>): Candidate<'place'>[] {
  const table = townIndex(towns);
  const toks = tokens(text);
  const surnames = new Set(nlpFound.people.filter((p) => /\s/.test(p.text)).map((p) => foldPlaceName(p.text.split(/\s+/).pop() ?? '')));
  const out: Candidate<'place'>[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (!/^\p{Lu}/u.test(toks[i]!.text) || (i > 0 && /^\p{Lu}/u.test(toks[i - 1]!.text) && JOIN.test(text.slice(toks[i - 1]!.end, toks[i]!.start)))) continue;
    for (let n = 3; n >= 1; n--) {
      const span = toks.slice(i, i + n);
      if (span.length < n || span.some((t, j) => j > 0 && (!JOIN.test(text.slice(span[j - 1]!.end, t.start)) || (!/^\p{Lu}/u.test(t.text) && !LOWER_OK.has(t.fold))))) continue;
      const name = span.map((t) => t.fold).join(' ');
      if (!table.has(name) || CALENDAR_WORDS.has(name)) continue;
      const start = span[0]!.start;
      const end = span[n - 1]!.end;
      // The whole capitalised run: "Bremerton" but not "Bremerton Police" nor "Saltash Town Council".
      const next = toks[i + n];
      if (next && /^\p{Lu}/u.test(next.text) && /^[ \u00a0]$/.test(text.slice(end, next.start)) && !(kind === 'area' && DIVISION_WORD.test(next.text))) break;
      if (hits.some((h) => h.start < end && start < h.end)) break;
      const sentence = sentenceAt(sentences, start);
      if (!sentence) break;
      // A person's name around it ("Devon Smith"), or its word as someone's surname; a name read
      // as a person all on its own ("from Devon") is still a place.
      if (surnames.has(name) || nlpFound.people.some((p) => p.start < end && start < p.end && p.end - p.start > end - start) || nlpFound.orgs.some((o) => within(o, start, end) && o.end - o.start > end - start)) break;
      if (insideLongerName(text, start, end, index)) break;
      const region = /^,\s+(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)/u.exec(text.slice(end, end + 40))?.[1];
      const named = region ? (index.byKey.get(key(region)) ?? []).map((e) => e.place).find((p) => p.kind !== 'city') : undefined;
      // "Willoughby St, Reservoir, in Melbourne's north": a suburb placed by the words after it.
      const placedAfter = /^,\s+(?:in|near|outside)\s+\p{Lu}/u.test(text.slice(end, end + 20));
      // "Lostwithiel, Cornwall": an area named after the place inside it.
      const afterPlace = kind === 'area' && /\p{Lu}\p{L}+,\s+$/u.test(text.slice(sentence.start, start));
      const cue = PLACE_CUE.test(text.slice(sentence.start, start)) || !!named || placedAfter || afterPlace || nlpFound.places.some((p) => p.start <= start && end <= p.end);
      if (!cue) break;
      const written = text.slice(start, end);
      // An article that names no country ("in Bremerton", "near Saltash"): the one town of that
      // name, or one far larger than its namesakes, for a person to confirm.
      const guessed = countries.size === 0 && !named;
      const town = guessed ? onlyTown(towns, written) : resolveTown(towns, written, countries, named ? countryOf(named) : undefined);
      if (!town || seen.has(`town:${town.country}:${town.name}`)) break;
      seen.add(`town:${town.country}:${town.name}`);
      const country = index.countries.get(town.country);
      out.push({
        kind: 'place',
        sentence,
        match: { start, end },
        // Named as the article spells it ("Pasighat", not GeoNames's "Pāsighāt").
        data: { name: written, alsoTrue: country ? [country.name] : [], lat: town.lat, lon: town.lon },
        extractor: `place:${kind}`,
        confidence: guessed ? 0.45 : 0.75,
        reasons: guessed ? ['ambiguous place'] : [],
      });
      break;
    }
  }
  return out;
}

