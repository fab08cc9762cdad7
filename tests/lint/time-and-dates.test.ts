/**
 * Time and dates have one door each (docs/ARCHITECTURE.md, "Layers"): scenes take the time from
 * the game or a service's clock (src/services/clock.ts), never from the device's clocks directly;
 * and dates become words only through the i18n service (src/services/i18n.ts, `date`), so each
 * page writes them in its language the same way.
 */
import { describe, expect, it } from 'vitest';
import { tsFiles } from './importGraph';
import { linesMatching, root } from './sourceLines';

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
