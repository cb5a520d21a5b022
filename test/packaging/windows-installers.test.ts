import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { APP_USER_MODEL_ID } from '../../electron/app-identity';
import { readBuilderConfig, root } from '../security/fuse-config';

/**
 * The Windows installers (electron-builder.yml; docs/it-deployment.md). The MSI itself is built by
 * WiX on Windows, which electron-builder downloads from GitHub: this machine can do neither. What
 * can be checked here is: the configuration (against electron-builder's own schema), the WiX source
 * electron-builder generates from it (its own MsiTarget and template, over a stand-in packed app),
 * and, where Debian's msitools are installed, an MSI compiled from that source with wixl, whose
 * tables are read back with msiinfo.
 */

/** Fixed for the life of the product: the MSI of every version must carry it. */
const UPGRADE_CODE = 'E115E58F-7A50-4A6B-A808-8EEF6EE6DA7D';
const PRODUCT = 'Trust Procurement Planner';

const fromBuilder = createRequire(path.join(root, 'node_modules', 'electron-builder', 'package.json'));
const appBuilderLib = path.dirname(fromBuilder.resolve('app-builder-lib/package.json'));
const requireLib = createRequire(path.join(appBuilderLib, 'package.json'));
// The package entry first: its modules import each other in an order that requiring one alone breaks.
requireLib('app-builder-lib');

type Config = Record<string, Record<string, unknown> & { target?: unknown }> & { appId: string; productName: string };
const config = readBuilderConfig() as unknown as Config;
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; description: string; author: string };

const has = (tool: string) => spawnSync('which', [tool]).status === 0;
const MSITOOLS = has('wixl') && has('msiinfo');
const MSITOOLS_SKIP =
  'Debian msitools are not installed (apt-get install wixl msitools; .ci/run installs them), so no MSI is compiled from the WiX source here';
if (!MSITOOLS) console.warn(`[packaging] SKIPPED compiling the MSI: ${MSITOOLS_SKIP}`);
console.info(
  '[packaging] The MSI is built by WiX on Windows (electron-builder downloads WiX 4 from GitHub), which this machine cannot run. ' +
    'Checked here: the configuration, the WiX source electron-builder generates' +
    (MSITOOLS ? ', and an MSI compiled from it with wixl, read back with msiinfo.' : '.'),
);

describe('Windows installer configuration', () => {
  it("passes electron-builder's own schema, every target included", async () => {
    const { validateConfiguration } = requireLib('./out/util/config/config.js') as {
      validateConfiguration(config: unknown, logger: unknown): Promise<void>;
    };
    const { DebugLogger } = requireLib('builder-util') as { DebugLogger: new (enabled: boolean) => unknown };
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
    // And the schema has teeth: a misspelt MSI option is refused.
    await expect(validateConfiguration({ ...structuredClone(config), msi: { perMachin: true } }, new DebugLogger(false))).rejects.toThrow(
      /configuration\.msi should be/,
    );
  });

  it('builds an MSI and an NSIS installer for 64-bit Windows', () => {
    expect(config.win.target).toEqual([
      { target: 'msi', arch: ['x64'] },
      { target: 'nsis', arch: ['x64'] },
    ]);
  });

  it('the MSI installs per machine, silently, with a fixed upgrade code, and never starts the app itself', () => {
    expect(config.msi).toMatchObject({
      perMachine: true,
      oneClick: true,
      upgradeCode: UPGRADE_CODE,
      runAfterFinish: false,
      createStartMenuShortcut: true,
      warningsAsErrors: true,
    });
  });

  it('the NSIS installer installs per user by default and offers per machine, elevating', () => {
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, selectPerMachineByDefault: false, allowElevation: true });
    expect(config.nsis.artifactName).not.toBe(config.msi.artifactName);
  });

  it('signing is configured but never required: no certificate is named in the configuration', () => {
    expect(config.win.signtoolOptions).toEqual({
      signingHashAlgorithms: ['sha256'],
      rfc3161TimeStampServer: 'http://timestamp.digicert.com',
    });
    const text = JSON.stringify(config);
    for (const setting of [
      'certificateFile',
      'certificatePassword',
      'certificateSubjectName',
      'certificateSha1',
      'azureSignOptions',
      'cscLink',
    ]) {
      expect(text).not.toContain(setting);
    }
  });
});

describe('the WiX source electron-builder generates for the MSI', () => {
  let work = '';
  let wxs = '';
  let appDir = '';

  beforeAll(async () => {
    work = mkdtempSync(path.join(os.tmpdir(), 'tpp-msi-'));
    // A stand-in for win-unpacked: the executable and the archive, which is all the MSI lists.
    appDir = path.join(work, 'win-unpacked');
    mkdirSync(path.join(appDir, 'resources'), { recursive: true });
    writeFileSync(path.join(appDir, `${PRODUCT}.exe`), 'stand-in for the packed Electron executable');
    writeFileSync(path.join(appDir, 'resources', 'app.asar'), 'stand-in for the packed archive');

    const MsiTarget = (requireLib('./out/targets/MsiTarget.js') as { default: new (...args: unknown[]) => MsiTargetLike }).default;
    const { getEffectiveOptions } = requireLib('./out/options/CommonWindowsInstallerConfiguration.js') as {
      getEffectiveOptions(options: unknown, packager: unknown): unknown;
    };
    const { Arch } = requireLib('builder-util') as { Arch: { x64: number } };
    const packager = {
      config: { ...config, toolsets: undefined },
      platformSpecificBuildOptions: config.win,
      appInfo: {
        id: config.appId,
        productName: PRODUCT,
        productFilename: PRODUCT,
        sanitizedProductName: PRODUCT,
        companyName: pkg.author,
        description: pkg.description,
        getVersionInWeirdWindowsForm: () => `${pkg.version}.0`,
      },
      getIconPath: async () => path.join(root, 'assets', 'icon.png'),
      compression: 'normal',
      fileAssociations: [],
      expandMacro: (text: string) => text,
    };
    const target = new MsiTarget(packager, work);
    target.vm = { toVmFile: (file: string) => file };
    wxs = await target.writeManifest(appDir, Arch.x64, getEffectiveOptions(target.options, packager));
    writeFileSync(path.join(work, 'project.wxs'), wxs);
  }, 60_000);

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('installs for all users into 64-bit Program Files, under the fixed upgrade code', () => {
    expect(wxs).toContain(`UpgradeCode="${UPGRADE_CODE}"`);
    expect(wxs).toMatch(/<Property Id="ALLUSERS" Secure="yes" Value="1"\/>/);
    expect(wxs).toMatch(/<Directory Id="ProgramFiles64Folder">\s*<Directory Id="APPLICATIONFOLDER" Name="Trust Procurement Planner"\/>/);
    expect(wxs).toContain('<MajorUpgrade AllowSameVersionUpgrades="yes"');
    // No wizard, and nothing started after a silent install.
    expect(wxs).not.toContain('UIRef');
    expect(wxs).not.toContain('runAfterFinish');
  });

  it("gives the Start menu shortcut the app's AppUserModelID, so the window and the pin share a taskbar button", () => {
    expect(wxs).toMatch(new RegExp(`<ShortcutProperty Key="System.AppUserModel.ID" Value="${APP_USER_MODEL_ID.replace(/\./g, '\\.')}"/>`));
    expect(wxs).not.toContain('desktopShortcut');
  });

  describe.runIf(MSITOOLS)('compiled with wixl and read back with msiinfo', () => {
    let msi = '';
    const table = (name: string) => execFileSync('msiinfo', ['export', msi, name], { encoding: 'utf8' });
    const rows = (name: string) =>
      table(name)
        .split(/\r?\n/)
        .slice(3)
        .filter(Boolean)
        .map((line) => line.split('\t'));

    beforeAll(() => {
      // wixl reads the WiX 3 schema; electron-builder's template uses the same elements under the v4
      // namespace. wixl has no <Condition> (a launch condition: Windows 7 or later), which nothing
      // below reads, so it is left out.
      const v3 = wxs
        .replace('http://wixtoolset.org/schemas/v4/wxs', 'http://schemas.microsoft.com/wix/2006/wi')
        .replace(/<Condition Message=[^>]*>[\s\S]*?<\/Condition>/, '')
        // wixl takes sources relative to where it runs.
        .replace(/\$\(var\.appDir\)/g, path.relative(work, appDir))
        .replace(path.join(root, 'assets', 'icon.png'), 'icon.png');
      const source = path.join(work, 'project-v3.wxs');
      writeFileSync(source, forWixl(v3));
      copyFileSync(path.join(root, 'assets', 'icon.png'), path.join(work, 'icon.png'));
      msi = path.join(work, `${PRODUCT}-${pkg.version}-x64.msi`);
      const compiled = spawnSync('wixl', ['--arch', 'x64', '-o', msi, source], { encoding: 'utf8', cwd: work });
      expect(compiled.status, `${compiled.stdout}\n${compiled.stderr}`).toBe(0);
    }, 120_000);

    it('has the product, version, manufacturer, upgrade code and per-machine install in its Property table', () => {
      const properties = Object.fromEntries(rows('Property').map(([name, value]) => [name, value]));
      expect(properties).toMatchObject({
        ProductName: PRODUCT,
        ProductVersion: `${pkg.version}.0`,
        Manufacturer: pkg.author,
        UpgradeCode: `{${UPGRADE_CODE}}`,
        ALLUSERS: '1',
      });
    });

    it('upgrades any earlier version with the same upgrade code (Upgrade table)', () => {
      const upgrade = rows('Upgrade');
      expect(upgrade.length).toBeGreaterThan(0);
      expect(upgrade.every(([code]) => code === `{${UPGRADE_CODE}}`)).toBe(true);
    });

    it('installs the executable and the archive under ProgramFiles64Folder (Directory, File tables)', () => {
      const directories = Object.fromEntries(rows('Directory').map(([id, parent, name]) => [id, { parent, name: name.split('|').pop() }]));
      expect(directories.APPLICATIONFOLDER).toEqual({ parent: 'ProgramFiles64Folder', name: PRODUCT });
      expect(directories.ProgramMenuFolder).toBeDefined();
      const files = rows('File').map(([, , name]) => name.split('|').pop());
      expect(files.sort()).toEqual(['app.asar', `${PRODUCT}.exe`].sort());
      // (wixl writes no advertised shortcut, so the Shortcut table is read on Windows only; the
      // WiX source above is checked for the Start menu shortcut and its AppUserModelID.)
    });

    it('summary information says it is a 64-bit installer package', () => {
      const info = execFileSync('msiinfo', ['suminfo', msi], { encoding: 'utf8' });
      expect(info).toMatch(/Template: x64;1033/);
    });
  });
});

/**
 * The few rewrites wixl needs to compile WiX source written for WiX itself, none of which changes
 * what the tests read: each component (and file) is placed in its directory with an id and a generated GUID
 * and listed in the feature (wixl reads no ComponentGroup), WiX 4's inline directory names
 * ("APPLICATIONFOLDER:\\resources\\") become nested directories, and the shortcut's AppUserModelID
 * property, which wixl cannot write, is left out (the WiX source itself is checked for it above).
 */
function forWixl(source: string): string {
  const group = /<ComponentGroup Id="ProductComponents" Directory="([^"]+)">([\s\S]*?)<\/ComponentGroup>/.exec(source);
  if (!group) throw new Error('no ProductComponents in the WiX source');
  const components = [...group[2].matchAll(/<Component(?: Directory="([^"]+)")?>([\s\S]*?)<\/Component>/g)].map((m, i) => ({
    id: `component${i}`,
    directory: m[1] ?? group[1],
    // wixl needs every file to have an id, which WiX would generate.
    body: m[2].replace(/\s*<ShortcutProperty [^>]*\/>/g, '').replace(/<File (?![^>]*\bId=)/g, `<File Id="file${i}" `),
  }));
  let n = 0;
  return source
    .replace(
      group[0],
      components
        .map((c) => `<DirectoryRef Id="${c.directory}"><Component Id="${c.id}" Guid="*">${c.body}</Component></DirectoryRef>`)
        .join('\n'),
    )
    .replace('<ComponentGroupRef Id="ProductComponents"/>', components.map((c) => `<ComponentRef Id="${c.id}"/>`).join(''))
    .replace(/<Directory Id="([^"]+)" Name="([A-Z_]+):\\([^"]+)\\"\/>/g, (_match, id: string, parent: string, inline: string) => {
      const names = inline.split('\\');
      const open = names.map(
        (name, i) => `<Directory Id="${i === names.length - 1 ? id : `wixlDir${++n}`}" Name="${name}"${i === names.length - 1 ? '/' : ''}>`,
      );
      return `<DirectoryRef Id="${parent}">${open.join('')}${'</Directory>'.repeat(names.length - 1)}</DirectoryRef>`;
    });
}

interface MsiTargetLike {
  options: unknown;
  vm: { toVmFile(file: string): string };
  writeManifest(appOutDir: string, arch: number, options: unknown): Promise<string>;
}
