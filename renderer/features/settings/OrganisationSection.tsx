import { POLICY_KEYS, POLICY_SOURCE_LABELS, type PolicyKey, type PolicyValue } from '@shared/policy';
import { formatDecimal, formatMoney, formatRate } from '@shared/format';
import { assertNever } from '@shared/result';
import { useOrganisationPolicy } from './organisation-policy';

/** `leadTimesMonths.directAward` → "Lead times months: direct award". */
function settingLabel(path: string): string {
  const words = (segment: string) => segment.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  const [first, ...rest] = path.split('.').map(words);
  const head = first.charAt(0).toUpperCase() + first.slice(1);
  return rest.length === 0 ? head : `${head}: ${rest.join(', ')}`;
}

function settingValue(path: string, value: PolicyValue['value']): string {
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return value;
  // Rates are stored as fractions (0.035); thresholds in pounds.
  if (/(^|\.)[a-z]*Rate$|(^|\.)rate$/i.test(path)) return formatRate(value);
  if (path.startsWith('thresholds.')) return formatMoney(value);
  return formatDecimal(value);
}

function keyValue(key: PolicyKey, value: PolicyValue['value']): string {
  switch (key) {
    case 'UpdatesEnabled':
      return value === true ? 'On' : 'Off';
    case 'SampleDisabled':
      return value === true ? 'Hidden' : 'Shown';
    case 'DataFolder':
    case 'BackupFolder':
    case 'UpdatesUrl':
    case 'UpdatesPublisher':
      return String(value);
    default:
      return assertNever(key, 'policy key');
  }
}

/**
 * What the organisation's IT policy sets on this computer, each value marked "set by your
 * organisation" with where it came from, and any policy that could not be used, so the user can
 * tell IT. Nothing here can be changed in the app. Shown only when there is a policy.
 */
export function OrganisationSection() {
  const policy = useOrganisationPolicy();
  const keys = Object.entries(policy.values) as Array<[PolicyKey, PolicyValue]>;
  const defaults = Object.entries(policy.defaults);
  if (keys.length === 0 && defaults.length === 0 && policy.warnings.length === 0) return null;
  const row = (label: string, shown: string, source: PolicyValue['source']) => (
    <div className="policy-row" key={label}>
      <dt>{label}</dt>
      <dd>
        {shown} <span className="set-by-organisation">Set by your organisation ({POLICY_SOURCE_LABELS[source]})</span>
      </dd>
    </div>
  );
  return (
    <section className="settings" aria-labelledby="organisation-title">
      <fieldset>
        <legend id="organisation-title">Set by your organisation</legend>
        {policy.warnings.length > 0 && (
          <div role="alert" className="notice notice-warning">
            <p>
              Some of your organisation&apos;s settings could not be used, so the planner uses its own for those. Your data is not affected;
              please tell your IT team:
            </p>
            <ul>
              {policy.warnings.map((warning, i) => (
                <li key={i}>{warning.message}</li>
              ))}
            </ul>
          </div>
        )}
        {(keys.length > 0 || defaults.length > 0) && (
          <>
            <p className="source">Your IT team set these for everyone on this computer, so they cannot be changed here.</p>
            <dl className="policy-values">
              {keys.map(([key, { value, source }]) => row(POLICY_KEYS[key].label, keyValue(key, value), source))}
              {defaults.map(([path, { value, source }]) => row(settingLabel(path), settingValue(path, value), source))}
            </dl>
          </>
        )}
        {policy.updates.reason && <p className="source">{policy.updates.reason}</p>}
      </fieldset>
    </section>
  );
}
