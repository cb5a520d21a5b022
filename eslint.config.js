import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'url', 'util', 'stream', 'zlib'];

/** Folder boundaries (STYLE.md): shared/ is pure; renderer/ and electron/ never import each other. */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-syntax': ['error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never markup.' },
        { selector: "MemberExpression[property.name=/^(innerHTML|outerHTML)$/]", message: 'Use textContent; never write markup.' },
        { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never write markup.' },
        { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'document.write is banned.' },
        { selector: "NewExpression[callee.name='Function']", message: 'new Function is eval.' },
        { selector: "CallExpression[callee.object.name='Date'][callee.property.name='parse']", message: 'Parse dates with shared/dates.ts, never Date.parse.' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict([
      { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'shared/ is pure: no Node or Electron.' },
      { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'dexie', 'dexie-react-hooks'], message: 'shared/ is pure: no React or Dexie.' },
      { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports nothing outside shared/.' },
    ]),
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    languageOptions: { globals: { ...globals['shared-node-browser'] } },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Only matters under the React Compiler, which this app does not use.
      'react-hooks/incompatible-library': 'off',
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      ...restrict([
        { group: ['**/electron/**', 'electron', 'electron/*'], message: 'renderer/ never imports electron/: go through the Host.' },
        { group: nodeBuiltins, message: 'No Node in the page.' },
      ]),
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: restrict([{ group: ['**/renderer/**', 'react', 'react-dom', 'dexie'], message: 'electron/ never imports renderer/.' }]),
  },
);
