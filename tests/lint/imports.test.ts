/**
 * The import graph's rules that ESLint's per-file import rules cannot see (docs/ARCHITECTURE.md,
 * "Layers"): no import loops in src/, nothing in src/ reaching out of it (dynamic imports
 * included), each `import()` kept to the layer table as a static import is, and one import path
 * per name.
 */
import { dirname, join } from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, importsOf, tsFiles, type ImportEdge, type ImportGraph } from './importGraph';

const root = join(import.meta.dirname, '../..');
const src = importGraph(root, tsFiles(root, ['src']));
const everywhere = importGraph(root, tsFiles(root, ['src', 'tests', 'scripts', 'bench']));

const fileEdges = (graph: ImportGraph) => new Map([...graph].map(([file, edges]) => [file, [...new Set(edges.flatMap((e) => (e.to ? [e.to] : [])))]]));

describe('the import graph of src/', () => {
  it('reads the imports it should (type-only, export-from and dynamic ones)', () => {
    const edges = fileEdges(src);
    // A type-only import, an export-from and an import(): each must count, or loops made of them go unseen.
    expect(edges.get('src/game/routes.ts')).toContain('src/game/launch.ts');
    expect(edges.get('src/core/interop/index.ts')).toContain('src/core/interop/gift.ts');
    expect(edges.get('src/ui/questions/index.ts')).toContain('src/ui/questions/where.ts');
    expect(src.size).toBeGreaterThan(100);
  });

  it('tells an import() that loads a module from one that only names its type', () => {
    const dynamic = (file: string) => src.get(file)!.filter((e) => e.dynamic).map((e) => `${e.dynamic} ${e.specifier}`);
    expect(dynamic('src/game/finish.ts')).toEqual(['call ../core/codes/result']);
    expect(dynamic('src/services/i18n.ts')).toEqual(['type ../locales/en.json']);
    expect(dynamic('src/ui/questions/index.ts').sort()).toEqual(['call ../../core/outlines', 'call ./where', 'type ../../core/outlines']);
    // Not one in a comment or a string.
    expect(importsOf(root, 'src/x.ts', "// import('./a')\nconst s = \"import('./b')\";\n")).toEqual([]);
  });

  it('has no import loops', () => {
    const loops = importCycles(fileEdges(src)).map((loop) => loop.join(' → '));
    expect(loops, `import loops:\n${loops.join('\n')}`).toEqual([]);
  });

  it('leaves nothing unresolved and never reaches outside src/ (tests, scripts, bench)', () => {
    const outside = [...src].flatMap(([file, edges]) =>
      edges.filter((e) => e.specifier.startsWith('.') && (e.to === null || !e.to.startsWith('src/'))).map((e) => `${file} imports ${e.specifier}`),
    );
    expect(outside).toEqual([]);
  });
});

/**
 * The layer table (eslint.config.js, `layerRules`) for `import()`: ESLint's import rules read
 * only import and export declarations, so a dynamic import could cross any layer unseen. Each one
 * is put to the same config as the static import it amounts to (`import type` where only a type
 * names it), so the table stays in one place.
 */
describe('import() and the layers', () => {
  const eslint = new ESLint({ cwd: root });

  /** The layer rule's objections to the file's import()s, as "file: import('x'): why". */
  async function refused(file: string, edges: readonly ImportEdge[]): Promise<string[]> {
    const out: string[] = [];
    for (const e of edges.filter((x) => x.dynamic)) {
      const code = e.dynamic === 'type' ? `import type { X } from '${e.specifier}';\nexport type Y = X;\n` : `import { x } from '${e.specifier}';\nexport const y = x;\n`;
      const [result] = await eslint.lintText(code, { filePath: join(root, file) });
      for (const m of result!.messages) if (m.ruleId === '@typescript-eslint/no-restricted-imports') out.push(`${file}: import('${e.specifier}'): ${m.message}`);
    }
    return out;
  }
  const refusedIn = (file: string, text: string) => refused(file, importsOf(root, file, text));

  it('src/ keeps every import() to the layer table', async () => {
    const all = await Promise.all([...src].map(([file, edges]) => refused(file, edges)));
    expect(all.flat()).toEqual([]);
    expect([...src.values()].flat().filter((e) => e.dynamic).length).toBeGreaterThan(10);
  });

  it.each([
    ['src/core/example.ts', "export const load = () => import('../services/i18n');\n"],
    ['src/game/example.ts', "export const load = async () => (await import('../scenes/context')).SERVICES_KEY;\n"],
    ['src/game/example.ts', "export const load = () => import('phaser');\n"],
    ['src/services/example.ts', "export const load = () => import('../ui/layout');\n"],
    ['src/ui/example.ts', "export const load = () => import('../services/i18n');\n"],
    ['src/scenes/example.ts', "export const load = () => import('../teacher/dom');\n"],
    ['src/cli/example.ts', "export const load = () => import('../../bench/pages');\n"],
    ['src/live/example.ts', "export type Scenes = typeof import('../scenes/context');\n"],
  ])('refuses in %s: %s', async (file, code) => {
    expect(await refusedIn(file, code)).toHaveLength(1);
  });

  it.each([
    ['src/game/example.ts', "export const load = () => import('../core/codes/result');\n"],
    ['src/services/example.ts', "export const load = () => import('../live/client');\n"],
    ['src/ui/example.ts', "export type I18n = typeof import('../services/i18n');\n"],
    ['src/scenes/example.ts', "export const load = () => import('./liveScenes');\n"],
  ])('allows in %s: %s', async (file, code) => {
    expect(await refusedIn(file, code)).toEqual([]);
  });
});

describe('the loop finder', () => {
  it('names the files of a loop in import order', () => {
    const graph = new Map([
      ['a', ['b']],
      ['b', ['c']],
      ['c', ['a', 'd']],
      ['d', []],
      ['e', ['e']],
    ]);
    expect(importCycles(graph)).toEqual(expect.arrayContaining([['a', 'b', 'c', 'a'], ['e', 'e']]));
    expect(importCycles(graph)).toHaveLength(2);
  });

  it('finds none in a graph without one', () => {
    expect(importCycles(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([]);
  });
});

/**
 * One import path per name. A module passes names on (`export { x } from './y'`) only as the
 * public face of its folder, an index.ts (src/core/interop/index.ts, what the teacher page and
 * the CLI import): every file outside the folder takes the barrel's names from the barrel,
 * every file inside takes them from their own file.
 */
describe('one import path per name', () => {
  const reexports = [...everywhere].flatMap(([file, edges]) => edges.filter((e) => e.reexport && e.to).map((e) => ({ file, from: e.to!, names: e.names })));

  it('passes names on only from a folder index', () => {
    expect(reexports.filter((r) => !r.file.endsWith('/index.ts') && r.file.startsWith('src/')).map((r) => `${r.file} re-exports from ${r.from}`)).toEqual([]);
  });

  it('imports each name a barrel passes on through the barrel outside its folder, and directly inside it', () => {
    const wrong: string[] = [];
    for (const barrel of reexports.filter((r) => r.file.endsWith('/index.ts'))) {
      const folder = `${dirname(barrel.file)}/`;
      const passed = new Set(barrel.names.map((n) => n.name));
      for (const [file, edges] of everywhere) {
        if (file === barrel.file) continue;
        const inside = file.startsWith(folder);
        for (const e of edges) {
          if (inside && e.to === barrel.file) wrong.push(`${file} (inside ${folder}) imports the barrel ${barrel.file}`);
          if (!inside && e.to === barrel.from) {
            for (const n of e.names) if (passed.has(n.name)) wrong.push(`${file} imports ${n.name} from ${barrel.from}, not ${barrel.file}`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
  });
});
