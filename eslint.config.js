import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// What the pure rooms may not reach: engines, services and the browser.
const impureModules = ['phaser', 'howler', 'i18next', 'i18next-*'];
const browserGlobals = ['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'fetch', 'performance', 'requestAnimationFrame'];

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
  {
    // The house rule: src/core and src/builder are pure TypeScript that runs in Node and the browser.
    files: ['src/core/**/*.ts', 'src/builder/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: impureModules, message: 'src/core and src/builder stay pure: no Phaser, Howler or i18next.' },
            { group: ['**/services/**', '**/scenes/**', '**/ui/**', '**/teacher/**'], message: 'src/core and src/builder may not import services, scenes or UI.' },
          ],
        },
      ],
      'no-restricted-globals': ['error', ...browserGlobals.map((name) => ({ name, message: 'src/core and src/builder stay pure: no DOM or browser services.' }))],
    },
  },
);
