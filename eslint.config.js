// @ts-check
/**
 * ESLint (flat config): typescript-eslint's type-aware recommended rules on the TypeScript of core/,
 * scripts/, src/, tests/ and bench/; eslint-plugin-astro's rules on .astro templates (their frontmatter and
 * client scripts); and the layering rule on both: scripts/ and src/ may import core/, never each other;
 * core/ imports neither. (Types inside .astro files are checked by `astro check`.)
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { layering } from './tests/support/eslint-layering.js';

export default tseslint.config(
  { ignores: ['dist/', 'content/', 'node_modules/', '.astro/', 'src/env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      // The one tsconfig, which includes every linted TypeScript file: one program for all of them (the project
      // service took 38 CPU-s for the tree, this 29). Plain .js files are linted without types (below).
      parserOptions: { project: ['./tsconfig.json'], tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  ...astro.configs['flat/recommended'],
  // Type information is not available to ESLint inside .astro files (`astro check` type-checks them).
  { files: ['**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'], ...tseslint.configs.disableTypeChecked },
  {
    files: ['**/*.ts', '**/*.astro', '**/*.astro/*.ts', '**/*.astro/*.js'],
    plugins: { layering },
    rules: { 'layering/import-boundary': 'error' },
  },
  {
    // Tests and benchmarks read JSON files and page globals, untyped by nature; product code may not.
    files: ['tests/**/*.ts', 'bench/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
  { files: ['*.js', '*.mjs', 'tests/support/*.js'], ...tseslint.configs.disableTypeChecked },
  { files: ['*.js', '*.mjs'], languageOptions: { globals: { process: 'readonly' } } },
);
