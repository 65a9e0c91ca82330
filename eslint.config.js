import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import testingLibrary from 'eslint-plugin-testing-library';
import tseslint from 'typescript-eslint';
import importBoundaries from './eslint/import-boundaries.js';

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', '.lighthouse'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js,mjs}'],
    languageOptions: {
      ecmaVersion: 2023,
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { local: importBoundaries },
    rules: {
      'local/import-boundaries': [
        'error',
        {
          layers: [
            { from: 'src/logic', allowPackages: false, allowDirs: ['src/logic'] },
            { from: 'src/state', denyPackages: ['recharts'], denyDirs: ['src/components', 'src/charts', 'src/embed'] },
            { from: 'src/components', denyDirs: ['src/embed'] },
            { from: 'src/charts', denyDirs: ['src/embed'] },
          ],
        },
      ],
    },
  },
  {
    files: ['tests/**/*.test.{ts,tsx}'],
    ignores: ['tests/e2e/**'],
    ...testingLibrary.configs['flat/react'],
  },
);
