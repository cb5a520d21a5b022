import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load } from 'js-yaml';
import { describe, expect, it, vi } from 'vitest';
import { allPolicyKeys } from '@shared/policy';
import { loadPolicy, parseRegQuery, policyFilePath, REGISTRY_KEY, type PolicyOs } from './read';

const HKLM_OUTPUT = [
  '',
  `HKEY_LOCAL_MACHINE\\${REGISTRY_KEY}`,
  '    DataFolder    REG_EXPAND_SZ    %USERPROFILE%\\Planner',
  '    UpdatesEnabled    REG_DWORD    0x1',
  '    UpdatesUrl    REG_SZ    https://updates.trust.nhs.uk/planner/',
  '    (Default)    REG_SZ    ',
  '',
  `HKEY_LOCAL_MACHINE\\${REGISTRY_KEY}\\Defaults`,
  '    DiscountRate    REG_SZ    0.04',
  '    OrganisationTrustName    REG_SZ    Royal Example NHS Trust',
  '    AppraisalPeriodYears    REG_DWORD    0xf',
  '',
  `HKEY_LOCAL_MACHINE\\${REGISTRY_KEY}\\Unrelated`,
  '    Ignored    REG_SZ    x',
  '',
].join('\r\n');

const MISSING = { status: 1, stdout: '', stderr: 'ERROR: The system was unable to find the specified registry key or value.' };

function os(overrides: Partial<PolicyOs> & { files?: Record<string, string>; hklm?: string; hkcu?: string } = {}): PolicyOs {
  const { files = {}, hklm, hkcu, ...rest } = overrides;
  return {
    platform: 'win32',
    env: { ProgramData: 'C:\\ProgramData', USERPROFILE: 'C:\\Users\\jsmith' },
    readFile: vi.fn((filePath: string) => files[filePath] ?? null),
    runReg: vi.fn((args: string[]) => {
      const output = args[1].startsWith('HKLM') ? hklm : hkcu;
      return output === undefined ? MISSING : { status: 0, stdout: output, stderr: '' };
    }),
    ...rest,
  };
}

const FILE = 'C:\\ProgramData\\Trust Procurement Planner\\policy.json';
const UPGRADE_CODE_IN_CONFIG = (load(readFileSync(path.resolve('electron-builder.yml'), 'utf8')) as { msi: { upgradeCode: string } }).msi
  .upgradeCode;

describe('where the policy file lives', () => {
  it('is a folder only administrators can write, on each platform', () => {
    expect(policyFilePath('win32', { ProgramData: 'C:\\ProgramData' })).toBe(FILE);
    expect(policyFilePath('darwin', {})).toBe('/Library/Application Support/Trust Procurement Planner/policy.json');
    expect(policyFilePath('linux', {})).toBe('/etc/trust-procurement-planner/policy.json');
  });
});

describe('reading the registry', () => {
  it('reads values, DWORDs as numbers, and the Defaults subkey, and nothing else', () => {
    expect(parseRegQuery(HKLM_OUTPUT, REGISTRY_KEY)).toEqual({
      DataFolder: '%USERPROFILE%\\Planner',
      UpdatesEnabled: 1,
      UpdatesUrl: 'https://updates.trust.nhs.uk/planner/',
      'Defaults.DiscountRate': '0.04',
      'Defaults.OrganisationTrustName': 'Royal Example NHS Trust',
      'Defaults.AppraisalPeriodYears': 15,
    });
  });

  it('queries the 64-bit view of both hives', () => {
    const system = os();
    loadPolicy(system);
    expect(vi.mocked(system.runReg).mock.calls.map(([args]) => args)).toEqual([
      ['query', `HKLM\\${REGISTRY_KEY}`, '/s', '/reg:64'],
      ['query', `HKCU\\${REGISTRY_KEY}`, '/s', '/reg:64'],
    ]);
  });
});

describe('loadPolicy', () => {
  it('has no policy and no warning when nothing is set', () => {
    expect(loadPolicy(os())).toEqual({ values: {}, defaults: {}, warnings: [] });
  });

  it('merges HKLM over the file over HKCU, expanding folders', () => {
    const policy = loadPolicy(
      os({
        hklm: HKLM_OUTPUT,
        files: {
          [FILE]: JSON.stringify({
            updates: { url: 'https://file.example/', publisher: 'Royal Example NHS Trust' },
            backupFolder: 'D:\\Backups',
          }),
        },
        hkcu: `HKEY_CURRENT_USER\\${REGISTRY_KEY}\r\n    BackupFolder    REG_SZ    E:\\Mine\r\n    SampleDisabled    REG_DWORD    0x1\r\n`,
      }),
    );
    expect(policy.values).toEqual({
      DataFolder: { value: 'C:\\Users\\jsmith\\Planner', source: 'machine-registry' },
      UpdatesEnabled: { value: true, source: 'machine-registry' },
      UpdatesUrl: { value: 'https://updates.trust.nhs.uk/planner/', source: 'machine-registry' },
      UpdatesPublisher: { value: 'Royal Example NHS Trust', source: 'machine-file' },
      BackupFolder: { value: 'D:\\Backups', source: 'machine-file' },
      SampleDisabled: { value: true, source: 'user-registry' },
    });
    expect(policy.defaults).toMatchObject({ 'discount.rate': { value: 0.04 }, appraisalPeriodYears: { value: 15 } });
    expect(policy.warnings).toEqual([]);
  });

  it('ignores a malformed policy file with a warning, and still reads the registry', () => {
    const policy = loadPolicy(
      os({
        files: { [FILE]: '{ "dataFolder": "D:\\Planner", }' },
        hkcu: `HKEY_CURRENT_USER\\${REGISTRY_KEY}\r\n    SampleDisabled    REG_DWORD    0x1\r\n`,
      }),
    );
    expect(policy.values).toEqual({ SampleDisabled: { value: true, source: 'user-registry' } });
    expect(policy.warnings).toEqual([
      { source: 'machine-file', where: FILE, message: expect.stringContaining('could not be used: it is not valid JSON') },
    ]);
  });

  it('warns, and goes on, when the file cannot be read or reg.exe fails', () => {
    const policy = loadPolicy(
      os({
        readFile: () => {
          throw Object.assign(new Error('denied'), { code: 'EACCES' });
        },
        runReg: () => ({ status: null, stdout: '', stderr: '', error: new Error('spawn reg ENOENT') }),
      }),
    );
    expect(policy.values).toEqual({});
    expect(policy.warnings.map((w) => w.message)).toEqual([
      expect.stringContaining('could not be used: reg.exe could not be run (spawn reg ENOENT)'),
      expect.stringContaining('could not be used: it could not be read (EACCES)'),
      expect.stringContaining('could not be used: reg.exe could not be run'),
    ]);
  });

  it('reports a registry key reg.exe could not read (not merely absent)', () => {
    const policy = loadPolicy(os({ runReg: () => ({ status: 1, stdout: 'partial', stderr: 'ERROR: Access is denied.' }) }));
    expect(policy.warnings[0].message).toContain('ERROR: Access is denied.');
  });

  it('reads only the file elsewhere than Windows', () => {
    const system = os({ platform: 'linux', files: { '/etc/trust-procurement-planner/policy.json': '{"sampleDisabled": true}' } });
    expect(loadPolicy(system).values).toEqual({ SampleDisabled: { value: true, source: 'machine-file' } });
    expect(system.runReg).not.toHaveBeenCalled();
  });
});

describe('the documented samples and keys (docs/it-deployment.md, docs/it-policy/)', () => {
  const docs = path.resolve('docs');

  /** A .reg file as Group Policy Preferences or regedit would write it, read as reg.exe would report it. */
  function regFileToQueryOutput(text: string): string {
    return text
      .split(/\r?\n/)
      .map((line) => {
        const key = /^\[(HKEY_[^\]]+)\]$/.exec(line);
        if (key) return `\r\n${key[1]}`;
        const value = /^"([^"]+)"=(?:"((?:[^"\\]|\\.)*)"|dword:([0-9a-f]{8}))$/i.exec(line);
        if (!value) return null;
        const [, name, text, dword] = value;
        return dword !== undefined ? `    ${name}    REG_DWORD    0x${dword}` : `    ${name}    REG_SZ    ${text.replace(/\\\\/g, '\\')}`;
      })
      .filter((line): line is string => line !== null)
      .join('\r\n');
  }

  it('the sample policy file and .reg file are read without a warning', () => {
    const json = readFileSync(path.join(docs, 'it-policy', 'policy.sample.json'), 'utf8');
    const reg = regFileToQueryOutput(readFileSync(path.join(docs, 'it-policy', 'TrustProcurementPlanner.sample.reg'), 'utf8'));
    const policy = loadPolicy(
      os({
        files: { [FILE]: json },
        hklm: reg,
        env: { ProgramData: 'C:\\ProgramData', LOCALAPPDATA: 'C:\\Users\\jsmith\\AppData\\Local', USERNAME: 'jsmith' },
      }),
    );
    expect(policy.warnings).toEqual([]);
    expect(policy.values.DataFolder).toEqual({ value: 'C:\\PlannerData', source: 'machine-registry' });
    expect(policy.values.BackupFolder).toEqual({ value: '\\\\fileserver.trust.nhs.uk\\planner-backups', source: 'machine-registry' });
    expect(policy.defaults['thresholds.goodsServices']).toEqual({ value: 135018, source: 'machine-registry' });
    expect(policy.defaults['thresholds.works']).toEqual({ value: 5193000, source: 'machine-file' });
  });

  it('the IT deployment page documents every policy key', () => {
    const page = readFileSync(path.join(docs, 'it-deployment.md'), 'utf8');
    const missing = allPolicyKeys()
      .map((key) => key.replace(/^Defaults\./, ''))
      .filter((name) => !page.includes(`\`${name}\``));
    expect(missing).toEqual([]);
    expect(page).toContain(`{${UPGRADE_CODE_IN_CONFIG}}`);
  });
});
