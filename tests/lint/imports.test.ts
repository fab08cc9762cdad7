/**
 * The import graph's rules that ESLint's per-file import rules cannot see (docs/ARCHITECTURE.md,
 * "Layers"): no import loops in src/, nothing in src/ reaching out of it (dynamic imports
 * included), and one import path per name.
 */
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph, tsFiles, type ImportGraph } from './importGraph';

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
