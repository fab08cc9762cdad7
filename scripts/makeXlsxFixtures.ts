/**
 * Writes the .xlsx fixtures in tests/fixtures/interop/ (their README says which real layout each
 * follows): `npx tsx scripts/makeXlsxFixtures.ts`. The questions and instruction texts are ours.
 *
 * The cells are typed as a teacher's spreadsheet program stores what they type: numbers as
 * numbers (question numbers, seconds, right-answer numbers), TRUE and FALSE as booleans (Excel
 * turns a typed "True" into one), "1,3" as text. This uses write-excel-file directly rather than
 * src/services/xlsx.ts, so the readers are tested on files our own writer did not shape.
 */
import { writeFileSync } from 'node:fs';
import writeXlsxFile, { type Cell } from 'write-excel-file/universal';
import { KAHOOT_TEMPLATE_HEADER, KAHOOT_TEMPLATE_INSTRUCTIONS, KAHOOT_TEMPLATE_TITLE } from './kahootTemplate';

const OUT = new URL('../tests/fixtures/interop/', import.meta.url);

type Plain = string | number | boolean | null;
const cell = (v: Plain): Cell =>
  v === null || v === '' ? null : typeof v === 'number' ? { value: v, type: Number } : typeof v === 'boolean' ? { value: v, type: Boolean } : { value: v, type: String };

async function write(name: string, sheet: string, rows: Plain[][], widths: number[]): Promise<void> {
  const blob = await writeXlsxFile(rows.map((r) => r.map(cell)), { sheet, columns: widths.map((width) => ({ width })) }).toBlob();
  writeFileSync(new URL(name, OUT), new Uint8Array(await blob.arrayBuffer()));
  console.log(`wrote ${name}`);
}

/** Rows 1-8 of Kahoot's template: an empty row, a title and instructions in column B, an empty row, the header. */
const kahootTop = (extra: string[] = []): Plain[][] => [
  [],
  [null, KAHOOT_TEMPLATE_TITLE],
  ...KAHOOT_TEMPLATE_INSTRUCTIONS.map((line) => [null, line]),
  [],
  [...KAHOOT_TEMPLATE_HEADER, ...extra],
];

const KAHOOT_WIDTHS = [5, 50, 24, 24, 24, 24, 16, 16];

await write(
  'kahoot-template.xlsx',
  'Sheet1',
  [
    ...kahootTop(),
    [1, 'Which is the longest river in Africa?', 'Congo', 'Niger', 'Nile', 'Zambezi', 20, 3],
    [2, 'How many sides does a hexagon have?', 5, 6, 7, 8, 10, 2],
    [3, 'Sound travels faster in water than in air.', true, false, null, null, 20, 1],
    [4, 'Which element has the symbol Fe?', 'Fluorine', 'Iron', 'Lead', 'Tin', 30, 2],
    [5, 'Who wrote "Don Quixote"?', 'Cervantes', 'Lope de Vega', 'Góngora', 'Quevedo', 20, 1],
    // The template's numbered rows nobody filled in.
    [6],
    [7],
    [8],
  ],
  KAHOOT_WIDTHS,
);

await write(
  'kahoot-image-multiple.xlsx',
  'Sheet1',
  [
    ...kahootTop(['Image link (optional)']),
    [1, 'Which animal is the largest living bird?', 'Emu', 'Ostrich', 'Condor', 'Albatross', 20, 2, 'https://example.org/ostrich.jpg'],
    [2, 'Which of these numbers are prime?', 4, 7, 9, 11, 30, '2,4', null],
    [3, 'Mount Everest lies on the border of Nepal and China.', true, false, null, null, 20, 1, null],
    [4, 'What colour do you get by mixing blue and yellow?', 'Green', 'Orange', 'Purple', 'Brown', 60, 1, 'https://example.org/paint.png'],
  ],
  [...KAHOOT_WIDTHS, 30],
);

const WAYGROUND_HEADER = ['Question Text', 'Question Type', 'Option 1', 'Option 2', 'Option 3', 'Option 4', 'Option 5', 'Correct Answer', 'Time in seconds', 'Image Link', 'Answer explanation'];
/** Row 2 of Wayground's template: what each column takes, with line breaks as the template has them (our words). */
const WAYGROUND_GUIDE = [
  'The question\n\n(required)',
  'Type of question\n\n(Multiple Choice if empty)',
  'First option\n\n(required except for open-ended and draw questions)',
  'Second option\n\n(required except for open-ended and draw questions)',
  'Third option\n\n(optional)',
  'Fourth option\n\n(optional)',
  'Fifth option\n\n(optional)',
  'Number of the right option (1-5).\n\nEmpty for Open-Ended, Poll, Draw and Fill-in-the-Blank.',
  'Seconds to answer\n\n(optional)',
  'Link to a picture\n\n(optional)',
  'Why the answer is right\n\n(optional)',
];

await write(
  'wayground-template.xlsx',
  'Sheet1',
  [
    WAYGROUND_HEADER,
    WAYGROUND_GUIDE,
    ['What is the capital of Australia?', 'Multiple Choice', 'Sydney', 'Canberra', 'Melbourne', 'Perth', null, 2, 30, null, 'Canberra was chosen as a compromise between Sydney and Melbourne.'],
    ['Which of these are mammals?', 'Checkbox', 'Whale', 'Shark', 'Bat', 'Trout', null, '1,3', 30, null, null],
    ['Which season do you like best?', 'Poll', 'Spring', 'Summer', 'Autumn', 'Winter', null, null, 20, null, null],
    ['Describe the water cycle in your own words.', 'Open-Ended', null, null, null, null, null, null, 120, null, null],
    ['The chemical formula of water is ____.', 'Fill-in-the-Blank', 'H2O', null, null, null, null, null, 45, null, null],
    // Type left empty: Wayground takes it as Multiple Choice.
    ['How many planets are in the Solar System?', null, 7, 8, 9, 10, null, 2, 45, 'https://example.org/planets.png', 'Pluto was reclassified as a dwarf planet in 2006.'],
    ['The Pacific is the largest ocean.', 'Multiple Choice', 'True', 'False', null, null, null, 1, 20, null, null],
  ],
  [50, 18, 20, 20, 20, 20, 20, 16, 12, 24, 50],
);
