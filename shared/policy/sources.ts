import { codesOf } from '../domain/enums';

/**
 * Where a policy value came from, in order of precedence (this table's order): the first source with
 * a valid value wins. Its own module, without the keys' schemas, so the preload can check the policy
 * main answers with (shared/ipc.ts) without building the settings schema.
 */
export const POLICY_SOURCE_LABELS = {
  'machine-registry': 'Group Policy for this computer (HKLM)',
  'machine-file': 'the policy file on this computer',
  'user-registry': 'Group Policy for this user (HKCU)',
};
export type PolicySource = keyof typeof POLICY_SOURCE_LABELS;
export const POLICY_SOURCES = codesOf(POLICY_SOURCE_LABELS);
