import js from '@eslint/js';
import globals from 'globals';
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
  // Imports flow one way: logic ← state ← components/charts ← embed. Each layer names what it may
  // not import, with the built-in rule (as excalidraw keeps its packages independent); a relative
  // import is caught by the folder it reaches, however many ../ it takes.
  ...layer('src/logic', [
    { regex: '^(?!\\.{1,2}/)', message: 'src/logic is pure TypeScript: it imports no package (no React, zustand or Recharts).' },
    { regex: '(^|/)(state|components|charts|embed)/', message: 'src/logic imports only from src/logic.' },
  ]),
  ...layer('src/state', [
    { group: ['recharts', 'recharts/*', 'react-dom', 'react-dom/*'], message: 'src/state holds state: rendering belongs to a layer above.' },
    { regex: '(^|/)(components|charts|embed)/', message: 'src/state may import src/logic only: that folder belongs to a layer above.' },
  ]),
  ...layer('src/components', [{ regex: '(^|/)embed/', message: 'src/embed is the layer above the components.' }]),
  ...layer('src/charts', [{ regex: '(^|/)(embed|components)/', message: 'src/charts draws what it is given: it imports src/logic only.' }]),
  {
    files: ['tests/**/*.test.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...testingLibrary.configs['flat/react'],
  },
);
