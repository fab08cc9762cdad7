/**
 * src/live is a layer (docs/ARCHITECTURE.md, "Layers"): pure like src/game, it may import the core
 * and the game layer, and the live screens (scenes) may import it. The project's real ESLint
 * config on small snippets.
 */
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

const value = (spec: string) => `import { x } from '${spec}';\nexport const y = x;\n`;

describe('src/live', () => {
  it.each([
    ["import Phaser from 'phaser';\nexport const x = Phaser;\n", '@typescript-eslint/no-restricted-imports'],
    ["import i18next from 'i18next';\nexport const x = i18next;\n", '@typescript-eslint/no-restricted-imports'],
    [value('../services/i18n'), '@typescript-eslint/no-restricted-imports'],
    [value('../ui/layout'), '@typescript-eslint/no-restricted-imports'],
    [value('../scenes/MenuScene'), '@typescript-eslint/no-restricted-imports'],
    [value('../../server/app'), '@typescript-eslint/no-restricted-imports'],
    [value('@colyseus/core'), '@typescript-eslint/no-restricted-imports'],
    [value('node:crypto'), '@typescript-eslint/no-restricted-imports'],
    ['export const x = () => document.title;\n', 'no-restricted-globals'],
    ['export const x = () => localStorage.length;\n', 'no-restricted-globals'],
  ])('refuses %s', async (code, rule) => {
    expect((await problems(code, 'src/live/example.ts')).some((p) => p.startsWith(rule))).toBe(true);
  });

  it('may import the core and the game layer', async () => {
    expect(await problems(value('../core/round'), 'src/live/example.ts')).toEqual([]);
    expect(await problems(value('../game/launch'), 'src/live/example.ts')).toEqual([]);
  });

  it('may be imported by the scenes, not by the core or the game layer', async () => {
    expect(await problems(value('../live/protocol'), 'src/scenes/Example.ts')).toEqual([]);
    expect((await problems(value('../live/protocol'), 'src/core/example.ts')).length).toBeGreaterThan(0);
    expect((await problems(value('../live/protocol'), 'src/game/example.ts')).length).toBeGreaterThan(0);
  });
});
