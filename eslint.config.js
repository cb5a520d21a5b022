import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'url', 'util', 'stream', 'zlib'];

/**
 * Security bans (no-restricted-syntax). ESLint does not merge a rule's options across config blocks,
 * so each block that sets no-restricted-syntax lists every group that applies to it.
 * test/security/lint-bans.test.ts proves each ban fires.
 */
const bannedEverywhere = [
  { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Render text, never markup.' },
  { selector: 'MemberExpression[property.name=/^(innerHTML|outerHTML)$/]', message: 'Use textContent; never write markup.' },
  { selector: "CallExpression[callee.property.name='insertAdjacentHTML']", message: 'Never write markup.' },
  { selector: "CallExpression[callee.object.name='document'][callee.property.name=/^write(ln)?$/]", message: 'document.write is banned.' },
  { selector: "NewExpression[callee.name='Function']", message: 'new Function is eval.' },
  {
    selector: "CallExpression[callee.object.name='Date'][callee.property.name='parse']",
    message: 'Parse dates with shared/dates.ts, never Date.parse.',
  },
  {
    selector: "JSXOpeningElement[name.name='webview']",
    message: 'No <webview>: it is disabled (webviewTag: false) and blocked (will-attach-webview).',
  },
  {
    selector: "CallExpression[callee.property.name='createElement'][arguments.0.value=/^webview$/i]",
    message: 'No <webview>: it is disabled and blocked.',
  },
];

/** shell.openExternal hands a URL to the OS: only electron/external-links.ts may, with fixed https URLs. */
const OPEN_EXTERNAL_MESSAGE = 'shell.openExternal only in electron/external-links.ts, for its fixed https:// links.';
const openExternalBan = [
  { selector: "MemberExpression[property.name='openExternal']", message: OPEN_EXTERNAL_MESSAGE },
  { selector: "MemberExpression[computed=true][property.value='openExternal']", message: OPEN_EXTERNAL_MESSAGE },
  { selector: "ObjectPattern > Property[key.name='openExternal']", message: OPEN_EXTERNAL_MESSAGE },
];
/** Inside electron/external-links.ts: openExternal with one https:// string literal, nothing else. */
const openExternalLiteralOnly = [
  {
    selector:
      "CallExpression[callee.property.name='openExternal']:not([arguments.length=1][arguments.0.type='Literal'][arguments.0.value=/^https:\\/\\//])",
    message: 'openExternal takes exactly one https:// string literal: add the link to the allow-list.',
  },
  { selector: "ObjectPattern > Property[key.name='openExternal']", message: 'Call opener.openExternal(...) directly, with a literal.' },
];

/** A property `name` whose value is anything but the literal `raw` (so a variable is refused too). */
const mustBe = (name, raw, why) => ({
  selector: `ObjectExpression > Property:matches([key.name='${name}'], [key.value='${name}']):not([value.raw='${raw}'])`,
  message: `${name} must be ${raw}: ${why}`,
});
/** Window and session settings that would undo the sandbox, in electron/. */
const insecureElectronSettings = [
  mustBe('nodeIntegration', 'false', 'no Node in any page.'),
  mustBe('nodeIntegrationInWorker', 'false', 'no Node in workers.'),
  mustBe('nodeIntegrationInSubFrames', 'false', 'no Node in frames.'),
  mustBe('contextIsolation', 'true', 'the preload and the page never share a world.'),
  mustBe('sandbox', 'true', 'every renderer is sandboxed.'),
  mustBe('webSecurity', 'true', 'same-origin policy stays on.'),
  mustBe('allowRunningInsecureContent', 'false', 'no http content in an app:// page.'),
  mustBe('webviewTag', 'false', 'no <webview>.'),
  mustBe('experimentalFeatures', 'false', 'no experimental Chromium features.'),
  mustBe('bypassCSP', 'false', 'the app:// CSP header must apply.'),
  {
    selector: "ObjectExpression > Property:matches([key.name='enableBlinkFeatures'], [key.value='enableBlinkFeatures'])",
    message: 'Do not enable extra Blink features.',
  },
];

/** Folder boundaries (docs/architecture.md): shared/ is pure; renderer/ and electron/ never import each other. */
const restrict = (patterns) => ({ 'no-restricted-imports': ['error', { patterns }] });

const rendererBans = [
  { group: ['**/electron/**', 'electron', 'electron/*'], message: 'renderer/ never imports electron/: go through the Host.' },
  { group: nodeBuiltins, message: 'No Node in the page.' },
];
/** Only renderer/data/ (and the import worker, which writes in its own connection) touches the database. */
const outsideDataLayer = [
  { group: ['dexie', 'dexie/*', 'dexie-react-hooks'], message: 'Only renderer/data/ touches Dexie: use its hooks and commands.' },
  {
    // db-early is the page's first script (renderer/main.tsx): it starts opening the database before the data layer loads,
    // and the entry asks for persistent storage as it paints the first rows (renderer/first-paint.ts), which it paints
    // from the first-screen snapshot when there is one (both import nothing).
    group: ['**/data/*', '!**/data/index', '!**/data/db-early', '!**/data/persistent-storage', '!**/data/first-screen-snapshot'],
    message: 'Components never import the database: import the hooks and commands from renderer/data (its index).',
  },
];

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
      'no-restricted-syntax': ['error', ...bannedEverywhere, ...openExternalBan],
    },
  },
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict([
      { group: ['electron', 'electron/*', ...nodeBuiltins], message: 'shared/ is pure: no Node or Electron.' },
      {
        group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'dexie', 'dexie-react-hooks'],
        message: 'shared/ is pure: no React or Dexie.',
      },
      { group: ['**/renderer/**', '**/electron/**'], message: 'shared/ imports nothing outside shared/.' },
    ]),
  },
  { files: ['shared/**/*.ts'], ignores: ['shared/**/*.test.ts'], languageOptions: { globals: { ...globals['shared-node-browser'] } } },
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
  { files: ['renderer/**/*.{ts,tsx}'], ignores: ['renderer/**/*.test.{ts,tsx}'], rules: restrict(rendererBans) },
  {
    // Screens and components read through the data layer's hooks and write through its commands.
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}', 'renderer/data/**', 'renderer/features/import/import.worker.ts'],
    rules: restrict([...rendererBans, ...outsideDataLayer]),
  },
  {
    // The data layer sits under the screens: it never reaches up into them.
    files: ['renderer/data/**/*.{ts,tsx}'],
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: restrict([
      ...rendererBans,
      {
        group: ['**/features/**', '**/ui/**', '**/report/**', '**/host/**'],
        message: 'renderer/data/ is below the screens: it imports only shared/.',
      },
    ]),
  },
  {
    files: ['electron/**'],
    rules: { 'no-restricted-syntax': ['error', ...bannedEverywhere, ...openExternalBan, ...insecureElectronSettings] },
  },
  {
    files: ['electron/external-links.ts'],
    rules: { 'no-restricted-syntax': ['error', ...bannedEverywhere, ...openExternalLiteralOnly, ...insecureElectronSettings] },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/**/*.test.ts'],
    rules: restrict([{ group: ['**/renderer/**', 'react', 'react-dom', 'dexie'], message: 'electron/ never imports renderer/.' }]),
  },
);
