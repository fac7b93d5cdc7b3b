// @ts-check
/**
 * ESLint (flat config): typescript-eslint's type-aware recommended rules on the TypeScript of core/,
 * scripts/, src/, tests/ and bench/, and the layering rule: scripts/ and src/ may import core/, never each
 * other; core/ imports neither. (.astro files are checked by `astro check`.)
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

/** `no-restricted-imports` patterns forbidding imports of the given top-level folders. */
const forbid = (folders, why) => ({
  'no-restricted-imports': ['error', { patterns: folders.map((f) => ({ regex: `(^|/)\\.\\./(\\.\\./)*${f}/`, message: why })) }],
});

export default tseslint.config(
  { ignores: ['dist/', 'content/', 'node_modules/', '.astro/', 'src/env.d.ts'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.js', '*.mjs'] }, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-floating-promises': 'error',
    },
  },
  {
    files: ['core/**/*.ts'],
    rules: forbid(['scripts', 'src', 'tests', 'bench'], 'core/ is shared by the build and the site: it imports neither scripts/ nor src/.'),
  },
  { files: ['scripts/**/*.ts'], rules: forbid(['src'], 'scripts/ may import core/, never src/: move what both need to core/.') },
  {
    files: ['src/**/*.ts'],
    rules: forbid(['scripts', 'tests', 'bench'], 'src/ may import core/, never scripts/: move what both need to core/.'),
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
  { files: ['*.js', '*.mjs'], ...tseslint.configs.disableTypeChecked },
  { files: ['*.js', '*.mjs'], languageOptions: { globals: { process: 'readonly' } } },
);
