import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuilderConfig, root } from '../security/fuse-config';

/**
 * Linux packaging: the .deb is the supported package because it installs an AppArmor profile that
 * lets Chromium's sandbox start where Ubuntu 23.10+ restricts unprivileged user namespaces. The
 * AppImage cannot carry one (it runs from a temporary mount), so it is not built. The sandbox is
 * never switched off to make a package start.
 */

const templates = path.join(root, 'node_modules', 'app-builder-lib', 'templates', 'linux');
const config = readBuilderConfig() as {
  productName: string;
  linux: { target: unknown[]; executableArgs?: string[] };
  deb?: { afterInstall?: string; appArmorProfile?: string };
};

describe('Linux packages', () => {
  it('builds only the .deb', () => {
    expect(config.linux.target).toEqual(['deb']);
  });

  it("keeps electron-builder's AppArmor profile and post-install script, which grant the sandbox its user namespaces", () => {
    // Our own scripts would replace electron-builder's; none are set.
    expect(config.deb?.afterInstall).toBeUndefined();
    expect(config.deb?.appArmorProfile).toBeUndefined();
    const profile = readFileSync(path.join(templates, 'apparmor-profile.tpl'), 'utf8');
    expect(profile).toMatch(/profile "\$\{executable\}" "\/opt\/\$\{sanitizedProductName\}\/\$\{executable\}" flags=\(unconfined\)/);
    expect(profile).toMatch(/^\s*userns,$/m);
    const afterInstall = readFileSync(path.join(templates, 'after-install.tpl'), 'utf8');
    expect(afterInstall).toContain("APPARMOR_PROFILE_TARGET='/etc/apparmor.d/${executable}'");
    expect(afterInstall).toContain('apparmor_parser --replace');
    // Where namespaces are off entirely, the setuid helper is used instead: still a sandbox.
    expect(afterInstall).toContain("chmod 4755 '/opt/${sanitizedProductName}/chrome-sandbox'");
  });

  it('never starts without the sandbox: no --no-sandbox in what ships or how it starts', () => {
    expect(config.linux.executableArgs ?? []).not.toContain('--no-sandbox');
    const shipped = [
      JSON.stringify(config), // the configuration as electron-builder reads it (comments aside)
      readFileSync(path.join(root, 'package.json'), 'utf8'),
      readFileSync(path.join(templates, 'desktop.tpl'), 'utf8'),
    ];
    for (const text of shipped) expect(text).not.toMatch(/--no-sandbox|no-sandbox['"]\s*\)/);
  });
});
