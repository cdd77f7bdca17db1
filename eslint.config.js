// Lint: TypeScript's recommended rules plus Lit's template checks.
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      '.tsbuild/',
      'node_modules/',
      'storybook-static/',
      'test/screenshots/',
      'bench/results/',
      '.shots/',
      'snapshots/',
      'src/internal/i18n/locales/',
    ],
  },
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // chai's `expect(x).to.be.true` is an expression by design.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly' } },
  },
);
