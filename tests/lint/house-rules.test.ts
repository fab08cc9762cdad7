/**
 * The house rule from DESIGN.md, enforced: src/core and src/builder import no engine or service
 * and touch no DOM. These tests run the project's real ESLint config on small snippets.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe.each(['src/core/example.ts', 'src/builder/example.ts'])('in %s', (file) => {
  it.each([
    ["import Phaser from 'phaser';\nexport const x = Phaser;\n", 'no-restricted-imports'],
    ["import { Howl } from 'howler';\nexport const x = Howl;\n", 'no-restricted-imports'],
    ["import i18next from 'i18next';\nexport const x = i18next;\n", 'no-restricted-imports'],
    ["import { createI18n } from '../services/i18n';\nexport const x = createI18n;\n", 'no-restricted-imports'],
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
