/**
 * Time and dates have one door each (docs/ARCHITECTURE.md, "Layers"): scenes take the time from
 * the game or a service's clock (src/services/clock.ts), never from the device's clocks directly;
 * and dates become words only through the i18n service (src/services/i18n.ts, `date`), so each
 * page writes them in its language the same way.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsFiles } from './importGraph';

const root = join(import.meta.dirname, '../..');

/** The file's code without its comments, so a comment that names a clock is not read as one. */
const codeOf = (file: string) =>
  readFileSync(join(root, file), 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** Each line of `files` that matches `pattern`, as "file:line: text". */
function linesMatching(files: readonly string[], pattern: RegExp): string[] {
  return files.flatMap((file) =>
    codeOf(file)
      .split('\n')
      .flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim()}`] : [])),
  );
}

describe('time and dates', () => {
  it('scenes read no clock of the device themselves', () => {
    const scenes = tsFiles(root, ['src/scenes']);
    expect(scenes.length).toBeGreaterThan(10);
    expect(linesMatching(scenes, /\bDate\.now\s*\(|\bperformance\.now\s*\(|\bnew Date\s*\(\s*\)/)).toEqual([]);
  });

  it('only the i18n service turns dates into words', () => {
    const files = tsFiles(root, ['src']).filter((f) => f !== 'src/services/i18n.ts');
    expect(linesMatching(files, /\bIntl\.DateTimeFormat\b|\.toLocale(Date|Time)String\s*\(/)).toEqual([]);
  });
});
