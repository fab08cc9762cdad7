/**
 * The preset dictionary for DEFLATE in format version 1.
 *
 * Codes are short (a few hundred bytes), too short for DEFLATE to learn the JSON keys, enum
 * values and question-id prefixes they repeat. Priming the compressor with them saves 10-40%
 * (most for a bank carried inside an assignment, whose keys would otherwise travel in full).
 *
 * This text is part of the format: every "z" body of a version-1 code was compressed against
 * exactly these bytes. Changing one byte breaks every code already sent, so a better dictionary
 * needs a new version digit (and the old one kept for decoding).
 *
 * DEFLATE reaches back at most 32 KiB and nearer strings cost fewer bits, so the most common
 * strings come last.
 */
const BANK_PART = [
  // Prompts the builder writes, and words news questions share.
  'Who said “',
  '”?',
  'Estimate: how many ',
  ', according to the article?',
  'When did this happen: ',
  'Which place fills the gap? “',
  'How many ',
  ' said that ',
  'the ',
  ' of the ',
  ' in the ',
  // A bank as JSON, with every key and enum value the schema has.
  '{"schemaVersion":1,"id":"","title":"","article":{"title":"","outlet":null,"published":"","eventDate":"","url":"https://www.',
  '","language":"en","licence":"","textFile":"article.txt"},',
  '"translations":{"fr":{"title":"","articleTitle":"","questions":{"q-":{"prompt":"","options":["","","",""],"unit":"","name":""}},"facts":{"f-":{"sentence":""}}}}',
  '"facts":[{"id":"f-quote-","kind":"quote","sentence":"","span":{"start":0,"end":100},"extractor":"hand","confidence":1,"review":"approved","reviewReasons":["pronoun speaker"],',
  '"data":{"speaker":"","quote":"","occasion":""}},',
  '{"id":"f-quantity-","kind":"quantity","data":{"value":0,"counts":"","approx":"nearly"}},',
  '{"id":"f-date-","kind":"date","data":{"value":"2025-09-03","precision":"day","event":""}},',
  '{"id":"f-place-","kind":"place","data":{"name":"","alsoTrue":[""],"lat":0.0,"lon":0.0}}],',
  '"review":"needs_review","review":"edited","review":"auto","review":"rejected","approx":"about","approx":"over","approx":"up to",',
  '"questions":[{"id":"q-","factId":"f-","prompt":"","difficulty":1,"type":"choice","asks":"speaker","options":["","","",""],"answer":0},',
  '{"id":"q-","factId":"f-","prompt":"","difficulty":2,"type":"truefalse","asks":"value","claim":"","answer":false},',
  '{"id":"q-","factId":"f-","prompt":"","difficulty":3,"type":"estimate","answer":{"value":1000,"min":100,"max":10000,"scale":"log","unit":""}},',
  '{"id":"q-","factId":"f-","prompt":"","difficulty":2,"type":"when","answer":{"value":"2025","precision":"year","minYear":2013,"maxYear":2031}},',
  '{"id":"q-","factId":"f-","prompt":"","difficulty":2,"type":"where","answer":{"name":"","lat":0.0,"lon":0.0,"radiusKm":10,"scaleKm":1000,"focus":{"lat":0,"lon":0,"spanDeg":60}}}]',
  '"asks":"quote","asks":"date","asks":"event","asks":"place","precision":"month","scale":"linear",',
];

const CODE_PART = [
  // Results: an ISO time, and answers as [questionId, response, elapsedMs, points, credit].
  'T12:00:00.000Z"]',
  ',1000,1000],["q-',
  ',0,0],["q-',
  // Assignments: modes, and the question-id styles of hand-made and built banks.
  '"classic","accuracy","practice",',
  '-speaker","q-',
  '-tf","q-',
  '-value","q-',
  '-estimate","q-',
  '-date","q-',
  '-when","q-',
  '-place","q-',
  '-where","q-',
  '["q-speaker-","q-quote-","q-value-","q-date-","q-event-","q-place-","q-est-","q-when-","q-where-","q-tf-',
  '",null,',
];

function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}

export const DICTIONARY_V1: Uint8Array = bytes([...BANK_PART, ...CODE_PART].join(''));
