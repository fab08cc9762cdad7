/**
 * The layers (docs/ARCHITECTURE.md, "Layers"), enforced: each folder of src/ imports only the
 * layers below it, and src/core, src/builder and src/game import no engine or service and touch
 * no DOM. These tests run the project's real ESLint config on small snippets.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe.each(['src/core/example.ts', 'src/builder/example.ts', 'src/game/example.ts'])('in %s', (file) => {
  it.each([
    ["import Phaser from 'phaser';\nexport const x = Phaser;\n", '@typescript-eslint/no-restricted-imports'],
    ["import { Howl } from 'howler';\nexport const x = Howl;\n", '@typescript-eslint/no-restricted-imports'],
    ["import i18next from 'i18next';\nexport const x = i18next;\n", '@typescript-eslint/no-restricted-imports'],
    ["import { createI18n } from '../services/i18n';\nexport const x = createI18n;\n", '@typescript-eslint/no-restricted-imports'],
    ['export const x = () => document.title;\n', 'no-restricted-globals'],
    ["export const x = () => window.localStorage.getItem('a');\n", 'no-restricted-globals'],
    ['export const x = () => localStorage.length;\n', 'no-restricted-globals'],
  ])('refuses %s', async (code, rule) => {
    expect((await problems(code, file)).some((p) => p.startsWith(rule))).toBe(true);
  });

  it('accepts plain TypeScript', async () => {
    expect(await problems('export const double = (n: number): number => n * 2;\n', file)).toEqual([]);
  });
});

it('lets scenes use Phaser and the DOM', async () => {
  expect(await problems("import Phaser from 'phaser';\nexport const x = (): unknown => [Phaser, document.title];\n", 'src/scenes/Example.ts')).toEqual([]);
});

it('refuses innerHTML anywhere: bank text is never markup', async () => {
  expect((await problems('export const put = (el: HTMLElement, s: string): void => { el.innerHTML = s; };\n', 'src/ui/example.ts')).some((p) => p.startsWith('no-restricted-syntax'))).toBe(true);
});

const value = (spec: string) => `import { x } from '${spec}';\nexport const y = x;\n`;
const typeOnly = (spec: string) => `import type { X } from '${spec}';\nexport type Y = X;\n`;

/** Each layer's imports: [the importing file, the import, whether the layer table allows it]. */
const LAYER_CASES: [string, string, boolean][] = [
  ['src/core/codes/example.ts', value('../bank/schema'), true],
  ['src/core/example.ts', value('../game/session'), false],
  ['src/core/example.ts', typeOnly('../services/i18n'), false],
  ['src/core/example.ts', value('../locales/en.json'), false],
  ['src/builder/example.ts', value('../core/round'), true],
  ['src/builder/example.ts', value('../game/launch'), false],
  ['src/game/example.ts', value('../core/round'), true],
  ['src/game/example.ts', value('../services/storage'), false],
  ['src/game/example.ts', typeOnly('../scenes/context'), false],
  ['src/services/example.ts', value('../game/saving'), true],
  ['src/services/texts/example.ts', value('../../core/round'), true],
  ['src/services/example.ts', value('../ui/layout'), false],
  ['src/services/example.ts', value('../scenes/context'), false],
  ['src/services/example.ts', value('../builder/draft'), false],
  ['src/services/example.ts', value('../teacher/dom'), false],
  ['src/ui/example.ts', typeOnly('../services/i18n'), true],
  ['src/ui/example.ts', value('../services/i18n'), false],
  ['src/ui/example.ts', typeOnly('../game/launch'), true],
  ['src/ui/example.ts', value('../game/launch'), false],
  ['src/ui/questions/example.ts', value('../../scenes/context'), false],
  ['src/ui/questions/example.ts', value('../../teacher/dom'), false],
  ['src/scenes/example.ts', value('../game/session'), true],
  ['src/scenes/example.ts', value('../ui/layout'), true],
  ['src/scenes/example.ts', value('../teacher/dom'), false],
  ['src/scenes/example.ts', value('../builder/draft'), false],
  ['src/scenes/example.ts', value('../cli/bank'), false],
  ['src/main.ts', value('./scenes/BootScene'), true],
  ['src/main.ts', value('./teacher/dom'), false],
  ['src/teacher/example.ts', value('../builder/draft'), true],
  ['src/teacher/example.ts', value('../ui/layout'), true],
  ['src/teacher/assign/example.ts', value('../../scenes/context'), false],
  ['src/teacher/example.ts', value('../cli/bank'), false],
  ['src/cli/example.ts', value('../builder/draft'), true],
  ['src/cli/example.ts', value('../ui/layout'), false],
  ['src/cli/example.ts', value('../../bench/pages'), false],
  ['src/core/example.ts', value('../../tests/harness/RoundHarness'), false],
  ['src/services/example.ts', typeOnly('../../scripts/banksPlugin'), false],
];

describe('the layers', () => {
  it.each(LAYER_CASES)('%s: %s allowed: %s', async (file, code, allowed) => {
    const refused = (await problems(code, file)).some((p) => p.startsWith('@typescript-eslint/no-restricted-imports'));
    expect(refused).toBe(!allowed);
  });
});
