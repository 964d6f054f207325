// Lint for the whole project: `npm run lint` (zero warnings allowed). Besides the usual TypeScript
// rules it enforces the layering of shared/, renderer/ and electron/ (see eslint-layering.mjs).

import path from 'node:path';
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import cycles from './eslint-cycles.mjs';
import layering from './eslint-layering.mjs';

const root = path.resolve(import.meta.dirname, '..');

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'release/', 'test-output/'] },
  {
    files: ['**/*.{ts,tsx,mjs,js}'],
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    plugins: { oa: layering },
    languageOptions: { ecmaVersion: 2023, sourceType: 'module' },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      'oa/layering': 'error',
      eqeqeq: ['error', 'always'],
      'no-console': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
  {
    // Type-aware rules on the TypeScript sources: no forgotten promises, no floating async errors.
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      '@typescript-eslint/switch-exhaustiveness-check': 'error',
      '@typescript-eslint/await-thenable': 'error',
    },
  },
  {
    // No import cycles, type-only imports included (eslint-cycles.mjs).
    files: ['shared/**/*.ts', 'electron/**/*.{ts,mjs}', 'renderer/**/*.{ts,tsx}'],
    plugins: { cycles },
    rules: { 'cycles/no-import-cycles': 'error' },
  },
  {
    files: ['electron/**/*.{ts,mjs}', 'test/**/*.ts', '.config/**/*.mjs', 'renderer/vite.config.ts'],
    languageOptions: { globals: globals.node },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  {
    // shared/ runs in both processes: no DOM or Node globals either.
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'window',
          'document',
          'navigator',
          'localStorage',
          'process',
          'Buffer',
          '__dirname',
          'require',
        ].map((name) => ({ name, message: `shared/ must not use ${name}: it runs in both processes.` })),
      ],
    },
  },
);
