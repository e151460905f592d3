import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import globals from 'globals';
import { readdirSync } from 'node:fs';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

/** The feature folders; each may use shared UI, state, domain and i18n, never another feature's insides. */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name);

export default tseslint.config(
  { ignores: ['dist', 'dist-*', 'node_modules', 'test-results', 'playwright-report', 'bench-results'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  { files: ['src/**/*.tsx'], ...jsxA11y.flatConfigs.recommended },
  {
    // The shape of the app: domain ← state ← shared UI ← features ← app, and no import cycles.
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': ['.ts', '.tsx', '.js'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.json'] })],
    },
    rules: {
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            {
              target: './src/domain',
              from: [
                './src/state',
                './src/ui',
                './src/features',
                './src/app',
                './src/i18n',
                './src/routes.ts',
              ],
              message: 'src/domain is plain TypeScript: nothing else in the app may be imported into it.',
            },
            {
              target: './src/state',
              from: ['./src/ui', './src/features', './src/app', './src/routes.ts'],
              message: 'The store must not depend on the UI.',
            },
            {
              target: './src/routes.ts',
              from: ['./src/state', './src/ui', './src/features', './src/app'],
              message: 'The route table depends on nothing but the domain.',
            },
            {
              target: './src/ui',
              from: ['./src/features', './src/app'],
              message: 'Shared UI must not depend on a feature; move what several features need into src/ui.',
            },
            {
              target: './src/features',
              from: './src/app',
              message: 'Features must not depend on the app shell.',
            },
            ...features.map((name) => ({
              target: `./src/features/${name}`,
              from: './src/features',
              except: [`./${name}`],
              message: 'A feature must not import another feature; move what both need into src/ui.',
            })),
          ],
        },
      ],
    },
  },
  {
    // The domain is plain TypeScript: UI and state depend on it, never the other way round.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['react', 'react-dom', 'react/*', 'react-dom/*'],
              message: 'src/domain must not depend on React.',
            },
            { group: ['zustand', 'zustand/*'], message: 'src/domain must not depend on the store.' },
            { group: ['i18next', 'react-i18next'], message: 'src/domain must not depend on i18n.' },
            {
              group: ['**/ui/**', '**/state/**', '**/i18n/**'],
              message: 'src/domain must not import UI, state or i18n.',
            },
          ],
        },
      ],
    },
  },
  {
    // The domain runs anywhere (Node, tests, the build): no page, no storage.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...['window', 'document', 'localStorage', 'sessionStorage', 'navigator', 'location', 'history'].map(
          (name) => ({ name, message: 'src/domain must not touch the page or storage; pass values in.' }),
        ),
      ],
    },
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'bench/**/*.{js,mjs}', 'tests/**/*.{ts,tsx}', '*.config.{js,ts}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    // Run by the browser as it is; the build fills in the two placeholders (scripts/service-worker-plugin.ts).
    files: ['src/service-worker.js'],
    languageOptions: {
      globals: { ...globals.serviceworker, __VERSION__: 'readonly', __PRECACHE__: 'readonly' },
    },
  },
);
