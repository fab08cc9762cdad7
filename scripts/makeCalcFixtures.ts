/**
 * Writes the .xlsx fixtures a real spreadsheet program saved: `npx tsx scripts/makeCalcFixtures.ts`
 * (needs LibreOffice: `apt-get install libreoffice-calc-nogui`). makeXlsxFixtures.ts writes its
 * files with a library; these are typed as a flat OpenDocument sheet (our questions, in Kahoot's
 * template layout) and saved as .xlsx by LibreOffice Calc, whose Excel writer stores what Excel
 * does and the library does not: text with bold words as rich-text runs, a line break inside a
 * cell, merged title cells, a formula with its cached result, decimals, booleans in their own
 * number format (how Calc keeps a typed TRUE), a second sheet.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { KAHOOT_TEMPLATE_HEADER, KAHOOT_TEMPLATE_INSTRUCTIONS, KAHOOT_TEMPLATE_TITLE } from './kahootTemplate';

const OUT = fileURLToPath(new URL('../tests/fixtures/interop/', import.meta.url));

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** One cell. Text may hold **bold** runs and line breaks (one paragraph per line, as Calc stores Alt+Enter). */
type Cell =
  | null
  | string
  | number
  | boolean
  | { formula: string; value: number }
  | { merged: string; span: number };

function textParagraphs(s: string): string {
  return s
    .split('\n')
    .map((line) => `<text:p>${line.split(/\*\*(.+?)\*\*/).map((part, i) => (i % 2 ? `<text:span text:style-name="Bold">${esc(part)}</text:span>` : esc(part))).join('')}</text:p>`)
    .join('');
}

function cell(c: Cell): string {
  if (c === null) return '<table:table-cell/>';
  if (typeof c === 'number') return `<table:table-cell office:value-type="float" office:value="${c}"><text:p>${c}</text:p></table:table-cell>`;
  if (typeof c === 'boolean') return `<table:table-cell table:style-name="Boolean" office:value-type="boolean" office:boolean-value="${c}"><text:p>${c ? 'TRUE' : 'FALSE'}</text:p></table:table-cell>`;
  if (typeof c === 'string') return `<table:table-cell office:value-type="string">${textParagraphs(c)}</table:table-cell>`;
  if ('formula' in c) return `<table:table-cell table:formula="of:${esc(c.formula)}" office:value-type="float" office:value="${c.value}"><text:p>${c.value}</text:p></table:table-cell>`;
  return `<table:table-cell office:value-type="string" table:number-columns-spanned="${c.span}" table:number-rows-spanned="1">${textParagraphs(c.merged)}</table:table-cell><table:covered-table-cell table:number-columns-repeated="${c.span - 1}"/>`;
}

const table = (name: string, rows: Cell[][]) =>
  `<table:table table:name="${esc(name)}">${rows.map((r) => `<table:table-row>${r.length ? r.map(cell).join('') : '<table:table-cell/>'}</table:table-row>`).join('')}</table:table>`;

function fods(sheets: [string, Cell[][]][]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:of="urn:oasis:names:tc:opendocument:xmlns:of:1.2" xmlns:number="urn:oasis:names:tc:opendocument:xmlns:datastyle:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.spreadsheet">
<office:automatic-styles>
<style:style style:name="Bold" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>
<number:boolean-style style:name="BooleanFormat"><number:boolean/></number:boolean-style>
<style:style style:name="Boolean" style:family="table-cell" style:data-style-name="BooleanFormat"/>
</office:automatic-styles>
<office:body><office:spreadsheet>${sheets.map(([n, rows]) => table(n, rows)).join('')}</office:spreadsheet></office:body>
</office:document>
`;
}

/** Saves the sheets as `name` through LibreOffice's Excel 2007-365 writer. */
function save(name: string, sheets: [string, Cell[][]][]): void {
  const dir = mkdtempSync(join(tmpdir(), 'factsprint-calc-'));
  try {
    const source = join(dir, name.replace(/\.xlsx$/, '.fods'));
    writeFileSync(source, fods(sheets));
    execFileSync('soffice', ['--headless', `-env:UserInstallation=file://${dir}/profile`, '--convert-to', 'xlsx:Calc MS Excel 2007 XML', '--outdir', dir, source], { stdio: 'pipe' });
    copyFileSync(join(dir, name), join(OUT, name));
    console.log(`wrote ${name}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

save('kahoot-template-calc.xlsx', [
  [
    'Sheet1',
    [
      [],
      [null, { merged: KAHOOT_TEMPLATE_TITLE, span: 5 }],
      ...KAHOOT_TEMPLATE_INSTRUCTIONS.map((line): Cell[] => [null, line]),
      [],
      KAHOOT_TEMPLATE_HEADER.map((h) => h || null),
      [1, 'Which **gas** do plants take in from the air?', 'Carbon dioxide', 'Oxygen', 'Nitrogen', 'Helium', 20, 1],
      [2, 'Look at the numbers:\n2, 4, 8, 16\nWhich comes next?', 24, 30, 32, 64, 30, 3],
      [3, 'What is the capital of **Italy**?', 'Milan', 'Rome', 'Naples', 'Turin', { formula: '=10*2', value: 20 }, 2],
      [4, 'What is half of 7?', 3.5, 3, 4, 14, 20, 1],
      [5, 'The Moon has no atmosphere to speak of.', true, false, null, null, 10, 1],
      [6, 'Which of these animals is a mammal?', 'Shark', 'Whale', 'Trout', null, 20, 2],
      [7],
    ],
  ],
  ['Notes', [['Questions checked by the science department.'], ['Ask before changing the time limits.']]],
]);
