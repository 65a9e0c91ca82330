import js from '@eslint/js';
import globals from 'globals';
import checkFile from 'eslint-plugin-check-file';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import tseslint from 'typescript-eslint';

/** The import restrictions of one layer of src/. */
function layer(folder, patterns) {
  return [{ files: [`${folder}/**/*.{ts,tsx}`], rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] } }];
}

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', '.lighthouse'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: globals.browser,
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Node's globals only where Node runs: configs, scripts, tests. The product (src/) gets the browser's.
    files: ['*.{js,ts,mjs}', 'scripts/**', 'tests/**', 'bench/**'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // No module imports itself through others: a cycle makes the order modules run in an accident.
    // The resolver follows the explicit `.ts` paths we write; packages are left out of the walk.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js'] })],
    },
    rules: { 'import-x/no-cycle': ['error', { ignoreExternal: true }] },
  },
  {
    // One way to name a file: kebab-case, as `wizard-root.tsx` and `recommend-exhaustive.test.ts`.
    files: ['src/**/*', 'tests/**/*', 'scripts/**/*', 'bench/**/*'],
    plugins: { 'check-file': checkFile },
    rules: {
      'check-file/filename-naming-convention': ['error', { '**/*': 'KEBAB_CASE' }, { ignoreMiddleExtensions: true }],
      'check-file/folder-naming-convention': ['error', { '**/': 'KEBAB_CASE' }],
    },
  },
  // Imports flow one way: logic ← locale ← state ← components/charts ← embed. Each layer names what
  // it may not import, with the built-in rule (as excalidraw keeps its packages independent); a
  // relative import is caught by the folder it reaches, however many ../ it takes.
  ...layer('src/logic', [
    { regex: '^(?!\\.{1,2}/)', message: 'src/logic is pure TypeScript: it imports no package (no React, zustand or Recharts).' },
    {
      regex: '(^|/)(locale|state|components|charts|embed)/',
      message: 'src/logic imports only from src/logic: it returns ids and data, and takes the words it needs as a parameter.',
    },
  ]),
  ...layer('src/locale', [
    { regex: '^(?!\\.{1,2}/)', message: 'src/locale holds words: it imports no package.' },
    { regex: '(^|/)(state|components|charts|embed)/', message: 'src/locale may import src/logic only (for the shapes of its words).' },
  ]),
  ...layer('src/state', [
    { group: ['recharts', 'recharts/*', 'react-dom', 'react-dom/*'], message: 'src/state holds state: rendering belongs to a layer above.' },
    { regex: '(^|/)(components|charts|embed)/', message: 'src/state may import src/logic and src/locale only: that folder belongs to a layer above.' },
  ]),
  ...layer('src/components', [{ regex: '(^|/)embed/', message: 'src/embed is the layer above the components.' }]),
  ...layer('src/charts', [
    { regex: '(^|/)(embed|components|locale|state)/', message: 'src/charts draws what it is given: it imports src/logic only, and its words come as props.' },
  ]),
  {
    // The embed builder (src/configure/) is a page of its own, above every layer: nothing imports it,
    // so none of its code reaches the wizard or the embeds. (Its own rule, beside each layer's.)
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/configure/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ regex: '(^|/)configure/', message: 'src/configure is the embed builder’s page: no layer imports it.' }] },
      ],
    },
  },
  {
    files: ['tests/**/*.test.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...testingLibrary.configs['flat/react'],
  },
);
