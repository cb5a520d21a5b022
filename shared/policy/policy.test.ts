import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, settingsSchema } from '../domain/settings';
import {
  allPolicyKeys,
  checkPolicyValue,
  expandEnvironment,
  POLICY_DEFAULTS,
  policyFromJson,
  pathsDifferingFromPolicy,
  resolvePolicy,
  withPolicyDefaults,
  type PolicyReading,
} from './index';

const reading = (source: PolicyReading['source'], values: PolicyReading['values'], extra: Partial<PolicyReading> = {}): PolicyReading => ({
  source,
  where: source,
  values,
  ...extra,
});

describe('policy keys', () => {
  it('offers every number, text and true/false setting as a default, named by its path', () => {
    expect(POLICY_DEFAULTS.DiscountRate.path).toEqual(['discount', 'rate']);
    expect(POLICY_DEFAULTS.OrganisationTrustName.path).toEqual(['organisation', 'trustName']);
    expect(POLICY_DEFAULTS.LeadTimesMonthsOpenProcedure.path).toEqual(['leadTimesMonths', 'openProcedure']);
    // One key per leaf of the settings, so a new setting is settable with no other change.
    // Tables (arrays, such as the approval limits) are not settable by policy.
    const leaves = (value: unknown): number =>
      Array.isArray(value)
        ? 0
        : value !== null && typeof value === 'object'
          ? Object.values(value).reduce((n: number, v) => n + leaves(v), 0)
          : 1;
    expect(Object.keys(POLICY_DEFAULTS)).toHaveLength(leaves(DEFAULT_SETTINGS));
    expect(allPolicyKeys()).toEqual(expect.arrayContaining(['DataFolder', 'UpdatesUrl', 'Defaults.DiscountRate']));
  });

  it.each([
    ['DataFolder', 'D:\\Planner', true],
    ['DataFolder', '\\\\fileserver\\home$\\Planner', true],
    ['DataFolder', '/srv/planner', true],
    ['DataFolder', 'Planner', false],
    ['UpdatesUrl', 'https://updates.trust.nhs.uk/planner/', true],
    ['UpdatesUrl', 'http://updates.trust.nhs.uk/planner/', false],
    ['UpdatesUrl', 'https://user:secret@updates.trust.nhs.uk/', false],
    ['UpdatesEnabled', 1, true],
    ['UpdatesEnabled', 'yes', false],
    ['Defaults.DiscountRate', '0.035', true],
    ['Defaults.DiscountRate', 1.5, false],
    ['Defaults.AppraisalPeriodYears', 10, true],
    ['Defaults.AppraisalPeriodYears', 10.5, false],
    ['Defaults.NoSuchThing', 1, false],
  ] as const)('%s = %j is %s', (key, value, valid) => {
    expect(checkPolicyValue(key, value).ok).toBe(valid);
  });

  it('says in words what a value must be, never a schema message', () => {
    expect(checkPolicyValue('Defaults.DiscountRate', 1.5)).toEqual({
      ok: false,
      message: '"Defaults.DiscountRate" must be a number from 0 to 1, so it was ignored (it was 1.5)',
    });
    expect(checkPolicyValue('UpdatesUrl', 'http://x.example/')).toMatchObject({
      message: expect.stringContaining('must be an https:// address'),
    });
    expect(checkPolicyValue('SampleDisabled', 'no')).toMatchObject({
      message: expect.stringContaining('must be true or false (1 or 0 in the registry)'),
    });
    expect(checkPolicyValue('Defaults.AppraisalPeriodYears', 0.5)).toMatchObject({
      message: expect.stringContaining('must be a whole number from 1 to 60'),
    });
    expect(checkPolicyValue('Colour', 'blue')).toMatchObject({ message: '"Colour" is not a setting the planner knows, so it was ignored' });
  });
});

describe('precedence', () => {
  it('takes each key from the first source that has a valid value: HKLM, then the file, then HKCU', () => {
    const policy = resolvePolicy([
      reading('user-registry', { DataFolder: 'E:\\User', UpdatesUrl: 'https://user.example/', SampleDisabled: 0 }),
      reading('machine-file', { DataFolder: 'D:\\File', UpdatesUrl: 'https://file.example/' }),
      reading('machine-registry', { DataFolder: 'C:\\Machine' }),
    ]);
    expect(policy.values).toEqual({
      DataFolder: { value: 'C:\\Machine', source: 'machine-registry' },
      UpdatesUrl: { value: 'https://file.example/', source: 'machine-file' },
      SampleDisabled: { value: false, source: 'user-registry' },
    });
    expect(policy.warnings).toEqual([]);
  });

  it('lets a lower source supply a key whose higher value is invalid, and says so', () => {
    const policy = resolvePolicy([
      reading('machine-registry', { UpdatesUrl: 'http://insecure.example/' }),
      reading('user-registry', { UpdatesUrl: 'https://ok.example/' }),
    ]);
    expect(policy.values.UpdatesUrl).toEqual({ value: 'https://ok.example/', source: 'user-registry' });
    expect(policy.warnings).toEqual([
      {
        source: 'machine-registry',
        where: 'machine-registry',
        message: expect.stringContaining('"UpdatesUrl" must be an https:// address'),
      },
    ]);
  });

  it('files default settings under their settings path', () => {
    const policy = resolvePolicy([
      reading('machine-file', { 'Defaults.DiscountRate': 0.04, 'Defaults.OrganisationTrustName': 'Royal Example NHS Trust' }),
    ]);
    expect(policy.defaults).toEqual({
      'discount.rate': { value: 0.04, source: 'machine-file' },
      'organisation.trustName': { value: 'Royal Example NHS Trust', source: 'machine-file' },
    });
  });

  it('ignores a source that could not be read, with a warning naming it, and keeps the others', () => {
    const policy = resolvePolicy([
      reading('machine-file', {}, { where: 'C:\\ProgramData\\Trust Procurement Planner\\policy.json', error: 'it is not valid JSON' }),
      reading('user-registry', { SampleDisabled: 1 }),
    ]);
    expect(policy.values).toEqual({ SampleDisabled: { value: true, source: 'user-registry' } });
    expect(policy.warnings[0].message).toBe(
      'the policy file on this computer (C:\\ProgramData\\Trust Procurement Planner\\policy.json) could not be used: it is not valid JSON',
    );
  });
});

describe('folders and environment variables', () => {
  const env = { USERNAME: 'jsmith', UserProfile: 'C:\\Users\\jsmith' };

  it('expands %VAR% without regard to case', () => {
    expect(expandEnvironment('\\\\files\\home$\\%username%\\Planner', env)).toBe('\\\\files\\home$\\jsmith\\Planner');
    expect(expandEnvironment('%USERPROFILE%\\Planner', env)).toBe('C:\\Users\\jsmith\\Planner');
    expect(expandEnvironment('%NOPE%\\x', env)).toBeNull();
  });

  it('applies the expansion to folder keys, and ignores a folder naming an unknown variable', () => {
    const policy = resolvePolicy(
      [reading('machine-file', { DataFolder: '%USERPROFILE%\\Planner', BackupFolder: '%HOMESHARE%\\Backups' })],
      env,
    );
    expect(policy.values.DataFolder?.value).toBe('C:\\Users\\jsmith\\Planner');
    expect(policy.values.BackupFolder).toBeUndefined();
    expect(policy.warnings[0].message).toContain('"BackupFolder" names an environment variable this computer does not have');
  });
});

describe('the policy file format', () => {
  it('reads nested JSON into keys', () => {
    const { values, error, problems } = policyFromJson(
      '\uFEFF' +
        JSON.stringify({
          dataFolder: 'D:\\Planner',
          updates: { enabled: true, url: 'https://u.example/', publisher: 'Royal Example NHS Trust' },
          sampleDisabled: true,
          defaults: { discount: { rate: 0.035 }, organisation: { trustName: 'Royal Example NHS Trust' } },
        }),
    );
    expect(error).toBeUndefined();
    expect(problems).toEqual([]);
    expect(values).toEqual({
      DataFolder: 'D:\\Planner',
      UpdatesEnabled: true,
      UpdatesUrl: 'https://u.example/',
      UpdatesPublisher: 'Royal Example NHS Trust',
      SampleDisabled: true,
      'Defaults.DiscountRate': 0.035,
      'Defaults.OrganisationTrustName': 'Royal Example NHS Trust',
    });
  });

  it('refuses a file that is not JSON or not an object, and reports a list where a value belongs', () => {
    expect(policyFromJson('{ dataFolder: D:\\ }').error).toMatch(/^it is not valid JSON/);
    expect(policyFromJson('[1, 2]').error).toBe('it must hold one JSON object of settings');
    expect(policyFromJson('{"updates": {"url": ["a", "b"]}}').problems).toEqual([
      '"updates.url" must be a single value, so it was ignored',
    ]);
  });
});

describe("the organisation's default settings win over the user's", () => {
  const policy = resolvePolicy([
    reading('machine-registry', {
      'Defaults.DiscountRate': '0.04',
      'Defaults.OrganisationTrustName': 'Royal Example NHS Trust',
      'Defaults.LawLeadTimesMonthsModification': 2,
    }),
  ]);
  const user = { ...DEFAULT_SETTINGS, organisation: { ...DEFAULT_SETTINGS.organisation, author: 'J Smith', trustName: 'My trust' } };

  it('puts every value the policy set into the settings, at its path, and leaves the rest as the user had them', () => {
    expect(pathsDifferingFromPolicy(user, policy.defaults).sort()).toEqual([
      'discount.rate',
      'law.leadTimesMonths.modification',
      'organisation.trustName',
    ]);
    const applied = withPolicyDefaults(user, policy.defaults);
    expect(applied.discount).toEqual({ ...DEFAULT_SETTINGS.discount, rate: 0.04 });
    expect(applied.organisation).toEqual({ trustName: 'Royal Example NHS Trust', author: 'J Smith' });
    expect(applied.law.leadTimesMonths.modification).toBe(2);
    expect(applied.thresholds).toBe(user.thresholds);
    expect(settingsSchema.parse(applied)).toEqual(applied);
    // The user's own object is not changed.
    expect(user.discount.rate).toBe(DEFAULT_SETTINGS.discount.rate);
  });

  it('changes nothing (the same object) once the settings hold the policy values, so nothing is written twice', () => {
    const applied = withPolicyDefaults(user, policy.defaults);
    expect(pathsDifferingFromPolicy(applied, policy.defaults)).toEqual([]);
    expect(withPolicyDefaults(applied, policy.defaults)).toBe(applied);
    expect(withPolicyDefaults(user, {})).toBe(user);
  });

  it('can set every default a policy may name, and the result is valid settings', () => {
    const everything = resolvePolicy([
      reading(
        'machine-file',
        Object.fromEntries(
          Object.entries(POLICY_DEFAULTS).map(([name, leaf]) => {
            const current = leaf.path.reduce<unknown>((node, key) => (node as Record<string, unknown>)[key], DEFAULT_SETTINGS);
            // A different valid value for each: text gains a word, numbers move within their range.
            const moved = (n: number) => (!Number.isInteger(n) ? n / 2 : n >= 2 ? n - 1 : n + 1);
            const value = typeof current === 'string' ? `${current} (policy)` : typeof current === 'number' ? moved(current) : !current;
            return [`Defaults.${name}`, value as string | number | boolean];
          }),
        ),
      ),
    ]);
    expect(everything.warnings).toEqual([]);
    expect(Object.keys(everything.defaults)).toHaveLength(Object.keys(POLICY_DEFAULTS).length);
    const applied = withPolicyDefaults(DEFAULT_SETTINGS, everything.defaults);
    expect(settingsSchema.safeParse(applied).success).toBe(true);
    expect(pathsDifferingFromPolicy(applied, everything.defaults)).toEqual([]);
  });
});
