/**
 * The import graph of the TypeScript sources, read from their text: every import, export-from,
 * `import()` and `typeof import()`, type-only ones included (a type import is still a file that
 * must be read first to check this one, and the scene loops were made of them). Only relative
 * paths are followed: packages and Vite's virtual modules are not part of our layering.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import ts from 'typescript';

export interface ImportedName {
  /** The name as the imported module exports it. */
  name: string;
  typeOnly: boolean;
}

export interface ImportEdge {
  /** The file imported, relative to the repository root; null for a package or a path that leads nowhere. */
  to: string | null;
  specifier: string;
  /** `export ... from`: the names are passed on, not used here. */
  reexport: boolean;
  /** The named imports (`{ a, type B }`); empty for a default, namespace, side-effect or dynamic import. */
  names: ImportedName[];
  /**
   * An `import()`: 'call' where code loads the module as it runs, 'type' where a type names it
   * (`typeof import('x')`, `import('x').T`); null for a static import or export-from.
   */
  dynamic: 'call' | 'type' | null;
}

export type ImportGraph = Map<string, ImportEdge[]>;

/** Every .ts file under `dirs` (declaration files aside), relative to `root`, sorted. */
export function tsFiles(root: string, dirs: readonly string[]): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const e of readdirSync(join(root, dir), { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) out.push(p);
    }
  };
  for (const d of dirs) if (existsSync(join(root, d))) walk(d);
  return out.sort();
}

/** Comments out of the way, so a doc comment that shows an import is not read as one. */
function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
}

const STATIC = /^[ \t]*(import|export)\s+(type\s+)?(?:([\w$]+)\s*,?\s*)?(\{[^}]*\}|\*(?:\s+as\s+[\w$]+)?)?\s*from\s*['"]([^'"]+)['"]/gm;
const SIDE_EFFECT = /^[ \t]*import\s+['"]([^'"]+)['"]/gm;

function namesIn(braces: string | undefined, typeOnly: boolean): ImportedName[] {
  if (!braces?.startsWith('{')) return [];
  return braces
    .slice(1, -1)
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean)
    .map((s) => ({ name: s.replace(/^type\s+/, '').split(/\s+as\s+/)[0]!.trim(), typeOnly: typeOnly || s.startsWith('type ') }));
}

/** The file a relative specifier names, as Vite and TypeScript resolve it here (`.ts`, `/index.ts`, or the file itself). */
export function resolveImport(root: string, from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = normalize(join(dirname(from), specifier));
  for (const candidate of [base, `${base}.ts`, join(base, 'index.ts')]) {
    const full = join(root, candidate);
    if (existsSync(full) && statSync(full).isFile()) return relative(root, full);
  }
  return null;
}

/**
 * The `import()`s of one file's text, each a call or a type. Read with TypeScript's own parser:
 * text alone cannot tell `import('./x').then(...)` (a call) from `import('./x').T` (a type), and a
 * layer allowed only types from somewhere may still name them so. Files without `import(` are not
 * parsed, which keeps the whole tree's graph quick.
 */
function dynamicImportsOf(file: string, text: string): { specifier: string; dynamic: 'call' | 'type' }[] {
  if (!/\bimport\s*\(/.test(text)) return [];
  const found: { specifier: string; dynamic: 'call' | 'type' }[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const arg = node.arguments[0];
      if (arg && ts.isStringLiteralLike(arg)) found.push({ specifier: arg.text, dynamic: 'call' });
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument) && ts.isStringLiteral(node.argument.literal)) {
      found.push({ specifier: node.argument.literal.text, dynamic: 'type' });
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(file, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS));
  return found;
}

/** The imports of one file's text. */
export function importsOf(root: string, file: string, text: string): ImportEdge[] {
  const code = withoutComments(text);
  const edges: ImportEdge[] = [];
  const add = (specifier: string, reexport: boolean, names: ImportedName[], dynamic: ImportEdge['dynamic'] = null): void => {
    edges.push({ to: resolveImport(root, file, specifier), specifier, reexport, names, dynamic });
  };
  for (const m of code.matchAll(STATIC)) add(m[5]!, m[1] === 'export', namesIn(m[4], !!m[2]));
  for (const m of code.matchAll(SIDE_EFFECT)) add(m[1]!, false, []);
  for (const d of dynamicImportsOf(file, text)) add(d.specifier, false, [], d.dynamic);
  return edges;
}

export function importGraph(root: string, files: readonly string[]): ImportGraph {
  return new Map(files.map((f) => [f, importsOf(root, f, readFileSync(join(root, f), 'utf8'))]));
}

/**
 * One loop for each set of files that import each other round in a circle, as the files in
 * import order with the first repeated at the end (a → b → a); empty when there is none.
 */
export function importCycles(edges: ReadonlyMap<string, readonly string[]>): string[][] {
  // Tarjan's strongly connected components: every loop lies inside one.
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const components: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of edges.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1 || (edges.get(v) ?? []).includes(v)) components.push(component);
    }
  };
  for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);
  return components.map((c) => loopWithin(edges, new Set(c)));
}

/** A shortest way from the component's first file (by name) back to itself, staying inside it. */
function loopWithin(edges: ReadonlyMap<string, readonly string[]>, component: Set<string>): string[] {
  const start = [...component].sort()[0]!;
  const cameFrom = new Map<string, string>();
  const queue = [start];
  for (let i = 0; i < queue.length; i++) {
    const v = queue[i]!;
    for (const w of edges.get(v) ?? []) {
      if (!component.has(w)) continue;
      if (w === start) {
        const path = [v];
        while (path[0] !== start) path.unshift(cameFrom.get(path[0]!)!);
        return [...path, start];
      }
      if (!cameFrom.has(w)) {
        cameFrom.set(w, v);
        queue.push(w);
      }
    }
  }
  return [start, start];
}
