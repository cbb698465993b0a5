import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const restrict = (patterns) => ({
  'no-restricted-imports': ['error', { patterns }],
});
const noMocks = {
  group: ['@mocks/*', '**/mocks/*'],
  message: 'Only the mock-mode start-up and the test setup may import mocks.',
};
const noFeatures = {
  group: ['@/features/*', '@/app/*'],
  message: 'Shared code never imports features or the app.',
};

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-demo',
      'dist-*',
      'node_modules',
      'public/mockServiceWorker.js',
      'screenshots',
      'test-results',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-console': 'error',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
    },
  },
  // One-way flow: shared code, then features, then the app.
  {
    files: ['src/**/*.{ts,tsx}'],
    ignores: [
      'src/app/mockMode.ts',
      // Mock-mode-only UI, loaded by mockMode.ts or a route that exists
      // only in mock mode.
      'src/app/devtools/**',
      'src/testing/**',
      'src/**/*.test.{ts,tsx}',
    ],
    rules: restrict([noMocks]),
  },
  {
    files: ['src/features/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: restrict([
      noMocks,
      {
        group: ['@/features/*', '@/app/*'],
        message:
          'Features never import each other or the app; the router composes them.',
      },
    ]),
  },
  {
    files: [
      'src/api/**/*.{ts,tsx}',
      'src/lib/**/*.{ts,tsx}',
      'src/config/**/*.{ts,tsx}',
      'src/components/**/*.{ts,tsx}',
    ],
    ignores: ['src/**/*.test.{ts,tsx}'],
    rules: restrict([noMocks, noFeatures]),
  },
  {
    files: ['e2e/**/*.{ts,mjs,js}'],
    languageOptions: { globals: globals.node },
    rules: { 'no-console': 'off' },
  },
);
