import path from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';
import { root } from './fuse-config';

/**
 * Proves each security ban in eslint.config.js fires: the project's real configuration, through
 * ESLint's Node API, on small snippets "saved" under renderer/ or electron/ (the files need not exist;
 * the path only selects the config blocks that apply).
 */

const SECURITY_RULES = new Set(['no-restricted-syntax', 'no-eval', 'no-implied-eval', 'no-new-func']);

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

async function hits(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: path.join(root, file) });
  const fatal = result.messages.filter((m) => m.fatal);
  expect(
    fatal.map((m) => m.message),
    `snippet does not parse: ${code}`,
  ).toEqual([]);
  return result.messages.filter((m) => m.ruleId !== null && SECURITY_RULES.has(m.ruleId)).map((m) => `${m.ruleId}: ${m.message}`);
}

const RENDERER = 'renderer/__lint_probe__.tsx';
const ELECTRON = 'electron/__lint_probe__.ts';
const EXTERNAL_LINKS = 'electron/external-links.ts';

describe('markup and eval bans (everywhere)', () => {
  it.each([
    [
      'dangerouslySetInnerHTML',
      'export const A = (p: { h: string }) => <div dangerouslySetInnerHTML={{ __html: p.h }} />;',
      /Render text, never markup/,
    ],
    ['innerHTML', 'export function f(el: HTMLElement, s: string) { el.innerHTML = s; }', /Use textContent/],
    ['outerHTML', 'export function f(el: HTMLElement, s: string) { el.outerHTML = s; }', /Use textContent/],
    ['reading innerHTML', 'export const f = (el: HTMLElement) => el.innerHTML;', /Use textContent/],
    [
      'insertAdjacentHTML',
      "export function f(el: HTMLElement, s: string) { el.insertAdjacentHTML('beforeend', s); }",
      /Never write markup/,
    ],
    ['document.write', 'export function f(s: string) { document.write(s); }', /document\.write is banned/],
    ['document.writeln', 'export function f(s: string) { document.writeln(s); }', /document\.write is banned/],
    ['eval', 'export const f = (s: string) => eval(s);', /^no-eval:/],
    ['new Function', "export const f = new Function('a', 'return a');", /^no-new-func:|new Function is eval/],
    ['string setTimeout', "setTimeout('alert(1)', 10);", /^no-implied-eval:/],
    ['<webview>', 'export const W = () => <webview src="app://planner/" />;', /No <webview>/],
    ["createElement('webview')", "export const w = document.createElement('webview');", /No <webview>/],
  ])('reports %s in renderer/', async (_name, code, expected) => {
    const messages = await hits(RENDERER, code);
    expect(
      messages.some((m) => expected.test(m)),
      messages.join('\n'),
    ).toBe(true);
  });

  it('reports innerHTML and eval in electron/ too', async () => {
    expect(await hits(ELECTRON, 'export function f(el: { innerHTML: string }) { el.innerHTML = "x"; }')).not.toEqual([]);
    expect(await hits(ELECTRON, 'export const f = (s: string) => eval(s);')).not.toEqual([]);
  });

  it('leaves text rendering alone', async () => {
    expect(await hits(RENDERER, 'export function f(el: HTMLElement, s: string) { el.textContent = s; }')).toEqual([]);
    expect(await hits(RENDERER, "export const d = document.createElement('div');")).toEqual([]);
  });
});

describe('shell.openExternal: only electron/external-links.ts, only fixed https:// literals', () => {
  it.each([
    ['shell.openExternal', "import { shell } from 'electron';\nshell.openExternal('https://www.gov.uk/');"],
    ['electron.shell.openExternal', "import * as electron from 'electron';\nelectron.shell.openExternal('https://www.gov.uk/');"],
    ["shell['openExternal']", "import { shell } from 'electron';\nshell['openExternal']('https://www.gov.uk/');"],
    [
      'destructured openExternal',
      "import { shell } from 'electron';\nconst { openExternal } = shell;\nopenExternal('https://www.gov.uk/');",
    ],
    ['passing it on', "import { shell } from 'electron';\nexport const open = shell.openExternal;"],
  ])('reports %s in electron/', async (_name, code) => {
    const messages = await hits(ELECTRON, code);
    expect(
      messages.some((m) => /openExternal only in electron\/external-links\.ts/.test(m)),
      messages.join('\n'),
    ).toBe(true);
  });

  it('reports it in renderer/ and in tests as well', async () => {
    expect(
      await hits(RENDERER, 'export const f = (s: { openExternal(u: string): void }) => s.openExternal("https://x.org/");'),
    ).not.toEqual([]);
    expect(
      await hits(
        'test/security/__lint_probe__.test.ts',
        'export const f = (s: { openExternal(u: string): void }) => s.openExternal("https://x.org/");',
      ),
    ).not.toEqual([]);
  });

  const opener = 'type Opener = { openExternal(url: string): Promise<void> };\n';
  it('allows one https:// literal in electron/external-links.ts', async () => {
    expect(await hits(EXTERNAL_LINKS, `${opener}export const f = (o: Opener) => o.openExternal('https://www.gov.uk/guidance');`)).toEqual(
      [],
    );
  });

  it.each([
    ['a variable', `${opener}export const f = (o: Opener, url: string) => o.openExternal(url);`],
    ['an http:// literal', `${opener}export const f = (o: Opener) => o.openExternal('http://www.gov.uk/');`],
    ['a file:// literal', `${opener}export const f = (o: Opener) => o.openExternal('file:///etc/passwd');`],
    ['a template literal', `${opener}export const f = (o: Opener, p: string) => o.openExternal(\`https://www.gov.uk/\${p}\`);`],
    ['a concatenation', `${opener}export const f = (o: Opener, p: string) => o.openExternal('https://www.gov.uk/' + p);`],
    [
      'a second argument',
      "export const f = (o: { openExternal(u: string, x?: object): Promise<void> }) => o.openExternal('https://www.gov.uk/', {});",
    ],
  ])('refuses %s even in electron/external-links.ts', async (_name, code) => {
    const messages = await hits(EXTERNAL_LINKS, code);
    expect(
      messages.some((m) => /exactly one https:\/\/ string literal/.test(m)),
      messages.join('\n'),
    ).toBe(true);
  });

  it('the real electron/ sources pass (external-links.ts included)', async () => {
    const results = await eslint.lintFiles([path.join(root, 'electron')]);
    const security = results.flatMap((r) =>
      r.messages
        .filter((m) => m.ruleId !== null && SECURITY_RULES.has(m.ruleId))
        .map((m) => `${path.relative(root, r.filePath)}:${m.line} ${m.message}`),
    );
    expect(security).toEqual([]);
  });
});

describe('insecure Electron settings are banned in electron/', () => {
  it.each([
    ['nodeIntegration', 'nodeIntegration: true'],
    ['nodeIntegrationInWorker', 'nodeIntegrationInWorker: true'],
    ['nodeIntegrationInSubFrames', 'nodeIntegrationInSubFrames: true'],
    ['contextIsolation', 'contextIsolation: false'],
    ['sandbox', 'sandbox: false'],
    ['webSecurity', 'webSecurity: false'],
    ['allowRunningInsecureContent', 'allowRunningInsecureContent: true'],
    ['webviewTag', 'webviewTag: true'],
    ['experimentalFeatures', 'experimentalFeatures: true'],
    ['enableBlinkFeatures', "enableBlinkFeatures: 'CSSPseudoHas'"],
    ['a quoted key', "'contextIsolation': false"],
    ['a value from a variable', 'sandbox: flag'],
    ['a shorthand property', 'sandbox'],
  ])('reports %s', async (_name, property) => {
    const code = `declare const flag: boolean;\ndeclare const sandbox: boolean;\nexport const options = { webPreferences: { ${property} } };`;
    const messages = await hits(ELECTRON, code);
    expect(
      messages.filter((m) => m.startsWith('no-restricted-syntax:')),
      code,
    ).toHaveLength(1);
  });

  it('reports bypassCSP on a privileged scheme', async () => {
    const code =
      "import { protocol } from 'electron';\nprotocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, bypassCSP: true } }]);";
    expect((await hits(ELECTRON, code)).some((m) => /bypassCSP must be false/.test(m))).toBe(true);
  });

  it('accepts the locked-down values', async () => {
    const code = `export const webPreferences = {
      sandbox: true, contextIsolation: true, nodeIntegration: false, nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false, webSecurity: true, allowRunningInsecureContent: false,
      webviewTag: false, experimentalFeatures: false,
    };`;
    expect(await hits(ELECTRON, code)).toEqual([]);
  });

  it('does not trip on reading a setting back, or on types', async () => {
    const code = `export function f(p: { sandbox: boolean; webSecurity: boolean }) { const { sandbox } = p; return sandbox && p.webSecurity; }`;
    expect(await hits(ELECTRON, code)).toEqual([]);
  });
});
