import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// What the pure rooms may not reach: engines, services and the browser.
const impureModules = ['phaser', 'howler', 'i18next', 'i18next-*'];
const browserGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch', 'performance', 'requestAnimationFrame'];

/**
 * The layers of src/ and what each may import (docs/ARCHITECTURE.md, "Layers"). Imports are
 * matched by the folder they name, so a layer's folder name must not be reused for a folder or
 * file inside another layer. `typesOnly`: the layer may import types from there, never values
 * (a type import leaves nothing in the bundle, so it cannot pull an engine or a service in).
 */
const LAYERS = ['core', 'builder', 'game', 'live', 'services', 'ui', 'scenes', 'teacher', 'cli', 'locales'];
/** Outside src/ altogether: tools and tests import the game, never the other way round. */
const NEVER = ['tests', 'scripts', 'bench', 'server'];

const folder = (name) => [`**/${name}`, `**/${name}/**`];

/** The no-restricted-imports options for a layer that may import `allowed` (and `typesOnly`, as types). */
function layerImports(layer, { allowed, typesOnly = [], modules = [] }) {
  const refused = LAYERS.filter((l) => l !== layer && !allowed.includes(l) && !typesOnly.includes(l));
  const patterns = [
    ...(modules.length > 0 ? [{ group: modules, message: `src/${layer} stays pure: no Phaser, Howler or i18next.` }] : []),
    ...(refused.length > 0 ? [{ group: refused.flatMap(folder), message: `src/${layer} may import only ${[layer, ...allowed].join(', ')}${typesOnly.length ? ` (and types from ${typesOnly.join(', ')})` : ''}.` }] : []),
    ...(typesOnly.length > 0 ? [{ group: typesOnly.flatMap(folder), allowTypeImports: true, message: `src/${layer} may import only types from ${typesOnly.join(', ')}: use \`import type\`.` }] : []),
    { group: NEVER.flatMap(folder), message: 'src/ never imports tests/, scripts/, bench/ or server/: they import the game, not the other way round.' },
  ];
  return { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] };
}

const layerRules = [
  // Pure rules and data.
  { files: ['src/core/**/*.ts'], layer: 'core', allowed: [], modules: impureModules },
  // Article in, bank out: the rules and nothing else.
  { files: ['src/builder/**/*.ts'], layer: 'builder', allowed: ['core'], modules: impureModules },
  // The headless round session, launches, saving, routes: plain TypeScript over the rules.
  { files: ['src/game/**/*.ts'], layer: 'game', allowed: ['core'], modules: impureModules },
  // The live game's rules (one room's state machine, names, the wire contract): plain TypeScript
  // that the server (server/, in Node) and the live screens both run.
  // The network is the server's and the screens' business: no Colyseus or Node modules here.
  { files: ['src/live/**/*.ts'], layer: 'live', allowed: ['core', 'game'], modules: [...impureModules, '@colyseus/*', 'colyseus.js', 'node:*'] },
  // Storage, i18n, audio, banks: the saved-round shape and check live in game/saving; the
  // locales are i18n's English fallback (bundled) and the text tables' key list.
  { files: ['src/services/**/*.ts'], layer: 'services', allowed: ['core', 'game', 'live', 'locales'] },
  // Canvas widgets and the accessible DOM layer: told what to draw, typed against services.
  { files: ['src/ui/**/*.ts'], layer: 'ui', allowed: ['core'], typesOnly: ['game', 'live', 'services'] },
  // Scenes draw and route input: everything the game has, not the teacher page's or the builder.
  { files: ['src/scenes/**/*.ts', 'src/main.ts'], layer: 'scenes', allowed: ['core', 'game', 'live', 'services', 'ui', 'locales'] },
  // The teacher page builds banks and assignments; it never starts the game's scenes.
  { files: ['src/teacher/**/*.ts'], layer: 'teacher', allowed: ['core', 'builder', 'services', 'ui', 'locales'] },
  // Node commands: the pure layers; a service only where it is pure (none is needed today).
  { files: ['src/cli/**/*.ts'], layer: 'cli', allowed: ['core', 'builder', 'services'] },
];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-*/**', 'node_modules/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        // Bank text is text, never markup.
        { selector: "AssignmentExpression[left.property.name='innerHTML']", message: 'Use textContent: bank and player text is never markup.' },
        { selector: "AssignmentExpression[left.property.name='outerHTML']", message: 'Use textContent: bank and player text is never markup.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Use textContent: bank and player text is never markup.' },
      ],
    },
  },
  {
    // The service worker is a classic script: no imports, its own global scope.
    files: ['src/sw/**/*.js'],
    languageOptions: { sourceType: 'script', globals: { ...globals.serviceworker, __PRECACHE__: 'readonly' } },
  },
  ...layerRules.map(({ files, layer, ...allowed }) => ({ files, rules: layerImports(layer, allowed) })),
  {
    // The house rule: src/core, src/builder, src/game and src/live are pure TypeScript that runs in Node and the browser.
    files: ['src/core/**/*.ts', 'src/builder/**/*.ts', 'src/game/**/*.ts', 'src/live/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'src/core, src/builder, src/game and src/live stay pure: no DOM or browser services.' }))],
    },
  },
);
