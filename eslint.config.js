import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import i18next from 'eslint-plugin-i18next';

const noElectron = {
  name: 'electron',
  message: 'Only electron/main and electron/preload may import electron: keep the core testable in Node.',
};
const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'crypto', 'http', 'https', 'net', 'child_process', 'ws'];

export default tseslint.config(
  { ignores: ['dist/**', 'dist-electron/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**', 'e2e/artifacts/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [noElectron] }],
    },
  },
  {
    files: ['electron/main/**', 'electron/preload/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron, { name: 'react', message: 'shared/ runs in every process.' }],
          patterns: [{ group: nodeBuiltins, message: 'shared/ runs in every process: no Node modules.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [noElectron],
          patterns: [
            { group: nodeBuiltins, message: 'The renderer has no Node.' },
            { group: ['**/electron/**'], message: 'The renderer talks to main only through the contract.' },
          ],
        },
      ],
    },
  },
  {
    // Every UI string comes from renderer/i18n catalogues: no literal text in JSX, nor in the
    // attributes people read or hear (labels, titles, placeholders, alt text).
    files: ['renderer/**/*.tsx'],
    ignores: ['renderer/**/*.test.tsx', 'renderer/**/testing/**'],
    plugins: { i18next },
    rules: {
      'i18next/no-literal-string': [
        'error',
        {
          mode: 'jsx-only',
          'should-validate-template': true,
          'jsx-attributes': {
            include: ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt', 'label'],
            exclude: ['.*'],
          },
          callees: { exclude: ['t', 'i18n(ext)?', 'classNames', 'clsx'] },
          // Text with no letters (glyphs, symbols, numbers) needs no translation.
          words: { exclude: ['[0-9!-/:-@[-`{-~]+', '[A-Z_-]+', /^\P{L}+$/u] },
        },
      ],
    },
  },
);
