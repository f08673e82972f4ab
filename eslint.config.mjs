// ESLint (flat config): the field's three rule sets for an Office add-in in TypeScript and React.
//   - typescript-eslint's recommended rules, on every TypeScript file;
//   - React's hooks rules (rules-of-hooks, exhaustive-deps) on the pane and the preview;
//   - the Office add-in rules of eslint-plugin-office-addins (load before read, sync after load,
//     isNullObject…) on the files that talk to office.js.
// Formatting is Prettier's job (.prettierrc.json), not ESLint's: no stylistic rules here.
// Run: `npm run lint`. It is part of `npm test` (scripts/test-all.sh).
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import officeAddins from 'eslint-plugin-office-addins';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: ['dist/**', 'lib/**', 'out/**', 'coverage/**', 'test-results/**', 'node_modules/**', 'bench/out/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2022,
      sourceType: 'module',
      // Node's globals everywhere; the browser's only where a file runs in a page (TypeScript files
      // are checked by the compiler, not by no-undef, so this concerns the JavaScript ones).
      globals: { ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // `_name` marks a parameter or binding kept on purpose (a callback's position, a rest sibling).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
    },
  },
  {
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/preview/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    // The Office adapter and the pane's entry: the only code that calls office.js.
    files: ['src/workbook/office*.ts', 'src/taskpane/**/*.{ts,tsx}'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-after-load': 'error',
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
    },
  },
  {
    // The browser test hands functions to the page (document, window inside page.evaluate).
    files: ['scripts/test-browser.mjs', 'bench/pane-long-tasks.mjs'],
    languageOptions: { globals: { ...globals.browser } },
  },
  {
    // Scripts and configs written in CommonJS.
    files: ['**/*.cjs', 'bin/*.js', 'webpack.config.js', 'jest.config.js'],
    languageOptions: { sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
