import path from 'node:path';
import { policyFromJson, resolvePolicy, type EffectivePolicy, type PolicyReading, type RawPolicy } from '@shared/policy';

/**
 * Reads the IT policy (docs/it-deployment.md) from where an IT team puts it: a JSON file in a
 * machine-wide folder, and on Windows the registry keys Group Policy writes. The OS calls are
 * passed in, so tests drive every source and failure; reading never throws, it warns.
 */

export const REGISTRY_KEY = 'SOFTWARE\\Policies\\TrustProcurementPlanner';
export const POLICY_FILE_NAME = 'policy.json';

export interface PolicyOs {
  platform: NodeJS.Platform;
  env: Record<string, string | undefined>;
  /** The file's text, or null when there is no such file. Other failures throw. */
  readFile(filePath: string): string | null;
  /** Runs reg.exe with `args` (Windows only). */
  runReg(args: string[]): { status: number | null; stdout: string; stderr: string; error?: Error };
}

/** The machine-wide policy file: only administrators can write these folders. */
export function policyFilePath(platform: NodeJS.Platform, env: Record<string, string | undefined>): string {
  switch (platform) {
    case 'win32':
      return path.win32.join(env.ProgramData ?? env.PROGRAMDATA ?? 'C:\\ProgramData', 'Trust Procurement Planner', POLICY_FILE_NAME);
    case 'darwin':
      return path.posix.join('/Library/Application Support/Trust Procurement Planner', POLICY_FILE_NAME);
    default:
      return path.posix.join('/etc/trust-procurement-planner', POLICY_FILE_NAME);
  }
}

export function readPolicyFile(os: Pick<PolicyOs, 'platform' | 'env' | 'readFile'>): PolicyReading | null {
  const where = policyFilePath(os.platform, os.env);
  let text: string | null;
  try {
    text = os.readFile(where);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { source: 'machine-file', where, values: {}, error: `it could not be read (${code ?? String(error)})` };
  }
  if (text === null) return null;
  const { values, error, problems } = policyFromJson(text);
  return { source: 'machine-file', where, values, error, problems };
}

const REG_LINE = /^ {4}(\S(?:.*?\S)?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;

/**
 * `reg query <key> /s` output: a line naming each key, then its values indented by four spaces as
 * "Name    REG_TYPE    data". Values of the Defaults subkey are returned as `Defaults.<Name>`.
 * DWORDs become numbers; strings stay strings (the keys' own checks convert and validate them).
 */
export function parseRegQuery(stdout: string, root: string): RawPolicy {
  const values: RawPolicy = {};
  let prefix: string | null = null;
  for (const line of stdout.split(/\r?\n/)) {
    if (/^HKEY_/.test(line)) {
      const sub = line
        .trim()
        .slice(line.trim().toUpperCase().indexOf(root.toUpperCase()) + root.length)
        .replace(/^\\/, '');
      prefix = sub === '' ? '' : sub.toLowerCase() === 'defaults' ? 'Defaults.' : null;
      continue;
    }
    const match = REG_LINE.exec(line);
    if (!match || prefix === null) continue;
    const [, name, type, data = ''] = match;
    if (name === '(Default)') continue;
    values[`${prefix}${name}`] = type === 'REG_DWORD' || type === 'REG_QWORD' ? Number.parseInt(data, 16) : data;
  }
  return values;
}

export function readRegistryPolicy(hive: 'HKLM' | 'HKCU', os: Pick<PolicyOs, 'runReg'>): PolicyReading | null {
  const where = `${hive}\\${REGISTRY_KEY}`;
  const source = hive === 'HKLM' ? 'machine-registry' : 'user-registry';
  // /reg:64: the 64-bit view, where Group Policy writes, whatever this process's bitness.
  const run = os.runReg(['query', where, '/s', '/reg:64']);
  if (run.error) return { source, where, values: {}, error: `reg.exe could not be run (${run.error.message})` };
  // Exit code 1 with nothing on stdout: the key does not exist, which is the usual case.
  if (run.status !== 0)
    return run.stdout.trim() === '' ? null : { source, where, values: {}, error: run.stderr.trim() || `reg.exe exited with ${run.status}` };
  return { source, where, values: parseRegQuery(run.stdout, REGISTRY_KEY) };
}

/** Every source this platform has, merged by precedence (HKLM, then the file, then HKCU). */
export function loadPolicy(os: PolicyOs): EffectivePolicy {
  const readings = [
    os.platform === 'win32' ? readRegistryPolicy('HKLM', os) : null,
    readPolicyFile(os),
    os.platform === 'win32' ? readRegistryPolicy('HKCU', os) : null,
  ].filter((reading): reading is PolicyReading => reading !== null);
  return resolvePolicy(readings, os.env);
}
