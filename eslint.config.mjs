// @ts-check
/**
 * One lint configuration for every workspace (`npm run lint` at the root). The rules are the
 * recommended sets of ESLint, typescript-eslint and, for the admin UI, react-hooks; Prettier owns
 * the formatting (eslint-config-prettier turns off the rules that would argue with it). The import
 * boundaries are checked by dependency-cruiser (.dependency-cruiser.cjs), not here.
 */
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/dist-jest/**',
      '**/node_modules/**',
      'data/**',
      'bench/.data/**',
      'bench/.deps/**',
      'e2e/test-results/**',
      'e2e/playwright-report/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      // `_name` is how the code says "deliberately unused" (a field left out of a spread, say).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none', ignoreRestSiblings: true },
      ],
      eqeqeq: ['error', 'always', { null: 'ignore' }],
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  {
    files: ['server/**/*.ts', 'shared/**/*.ts', 'e2e/**/*.ts', 'scripts/**', '**/*.cjs', '**/*.js', '**/*.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    files: [
      '**/*.cjs',
      'server/test/run-api-tests.js',
      'e2e/run-e2e.js',
      'scripts/check-compose.js',
      'server/jest.config.js',
      'shared/jest.config.js',
    ],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // Command-line programs talk to their user on stdout.
    files: ['scripts/**', 'bench/**', 'server/test/run-api-tests.js', 'e2e/run-e2e.js'],
    rules: { 'no-console': 'off' },
  },
  {
    files: ['admin-ui/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { ...reactHooks.configs['recommended-latest'].rules },
  },
  {
    files: ['**/*.{spec,test}.{ts,tsx}', 'server/test/**', 'admin-ui/src/test/**'],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },
  prettier,
);
