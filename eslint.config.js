// Lint rules, including the layer boundaries of DESIGN.md: dexie only in src/db, papaparse
// only in src/csv, and src/domain importing nothing but itself.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import svelteConfig from './svelte.config.js';

const dexieOutsideDb = { name: 'dexie', message: 'Only src/db may import dexie.' };
const papaOutsideCsv = { name: 'papaparse', message: 'Only src/csv may import papaparse.' };

export default ts.config(
  { ignores: ['dist/', 'dev-dist/', 'node_modules/', 'coverage/', 'bench/dist/'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.name='parseFloat']",
          message: 'Use parseLocaleNumber: parseFloat reads "12,5" as 12.',
        },
        {
          selector: "CallExpression[callee.name='eval']",
          message: 'eval is forbidden by the CSP.',
        },
        {
          selector: "NewExpression[callee.name='Function']",
          message: 'new Function is forbidden by the CSP.',
        },
      ],
      'svelte/no-at-html-tags': 'error',
      // Large data is kept non-reactive on purpose behind version counters (DESIGN.md floors:
      // deep $state of a 200 × 60 matrix is 100× slower); private Maps and Sets stay plain.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    files: ['src/**/*'],
    ignores: ['src/db/**', 'src/csv/**', 'src/domain/**'],
    rules: {
      'no-restricted-imports': ['error', { paths: [dexieOutsideDb, papaOutsideCsv] }],
    },
  },
  {
    files: ['src/db/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [papaOutsideCsv],
          patterns: [
            {
              group: [
                '**/state',
                '**/state/**',
                '**/ui',
                '**/ui/**',
                '**/views',
                '**/views/**',
                '**/csv',
                '**/csv/**',
                'svelte',
                'svelte/*',
              ],
              message: 'src/db depends on src/domain only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/csv/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [dexieOutsideDb],
          patterns: [
            {
              group: [
                '**/state',
                '**/state/**',
                '**/ui',
                '**/ui/**',
                '**/views',
                '**/views/**',
                '**/db',
                '**/db/**',
                'svelte',
                'svelte/*',
              ],
              message: 'src/csv depends on src/domain only.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/domain/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(?!\\.{1,2}/)',
              message: 'src/domain is pure: it imports nothing but src/domain.',
            },
            {
              group: [
                '**/csv',
                '**/csv/**',
                '**/db',
                '**/db/**',
                '**/state',
                '**/state/**',
                '**/ui',
                '**/ui/**',
                '**/views',
                '**/views/**',
                '**/i18n',
                '**/i18n/**',
              ],
              message: 'src/domain is pure: it imports nothing but src/domain.',
            },
          ],
        },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'document', message: 'No DOM in src/domain.' },
        { name: 'window', message: 'No DOM in src/domain.' },
        { name: 'localStorage', message: 'No DOM in src/domain.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass time in: no Date.now() in src/domain.' },
      ],
    },
  },
  {
    files: ['src/views/**', 'src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [dexieOutsideDb, papaOutsideCsv],
          patterns: [
            {
              group: ['**/db', '**/db/**'],
              message: 'Components do not open the database: go through src/state.',
            },
          ],
        },
      ],
    },
  },
);
