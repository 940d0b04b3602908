// @ts-check
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';

// models/ must run unchanged in a worker, the CLI and tests: no UI, Electron, Node or app code.
const nodeBuiltins = [
  'fs',
  'path',
  'os',
  'child_process',
  'worker_threads',
  'crypto',
  'url',
  'util',
  'stream',
  'http',
  'https',
  'process',
  'module',
  'events',
  'buffer',
];

export default tseslint.config(
  {
    ignores: ['out/**', 'dist/**', 'dist-web/**', 'node_modules/**', 'release/**', 'coverage/**', '.tmp/**'],
  },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
    },
  },
  {
    files: ['src-renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  {
    files: ['models/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'react', message: 'models/ is pure TypeScript: no React.' },
            { name: 'react-dom', message: 'models/ is pure TypeScript: no React.' },
            { name: 'electron', message: 'models/ is pure TypeScript: no Electron.' },
            { name: 'd3-selection', message: 'models/ has no DOM: draw in src-renderer/charts.' },
            {
              name: 'd3',
              message: 'models/ has no DOM: import the pure d3-* module you need (d3-array, d3-dsv).',
            },
            ...nodeBuiltins.map((name) => ({ name, message: 'models/ has no Node APIs.' })),
          ],
          patterns: [
            { group: ['node:*'], message: 'models/ has no Node APIs.' },
            {
              group: ['**/src-main/**', '**/src-renderer/**', '../src-*', '../../src-*', '../../../src-*'],
              message: 'models/ must not import app code (arrows point down only).',
            },
          ],
        },
      ],
      'no-restricted-globals': ['error', 'window', 'document', 'process', 'require', 'Buffer'],
    },
  },
);
