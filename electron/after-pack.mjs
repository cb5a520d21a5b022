// electron-builder afterPack hook: flips the release fuses (electron/release-fuses.json) in the packed
// Electron binary with the installed @electron/fuses, which knows every fuse of the Electron in use.
// electron-builder's own `electronFuses` option is not used: it copies only the fuses it knows (not
// WasmTrapHandlers, Electron 45) and has no strictlyRequireAllFuses. Here strictlyRequireAllFuses makes
// the build FAIL when the binary has a fuse the table does not decide (an Electron upgrade), instead of
// leaving it at Electron's default unseen. Runs before signing, as fuses must.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { flipFuses, FuseV1Options, FuseVersion } from '@electron/fuses';

const table = JSON.parse(readFileSync(new URL('./release-fuses.json', import.meta.url), 'utf8'));

/** The @electron/fuses config for the release: every fuse decided, none left to Electron's default. */
export function releaseFuseConfig(platform, arch) {
  const config = {
    version: FuseVersion.V1,
    strictlyRequireAllFuses: true,
    // Unsigned Apple Silicon builds need their ad-hoc signature redone after the binary changes.
    resetAdHocDarwinSignature: platform === 'darwin' && arch === 'arm64',
  };
  for (const [name, value] of Object.entries(table.fuses)) {
    if (!(name in FuseV1Options)) throw new Error(`electron/release-fuses.json decides "${name}", which @electron/fuses does not know`);
    config[FuseV1Options[name]] = value;
  }
  return config;
}

/** Where electron-builder put the Electron executable (as its own addElectronFuses finds it). */
export function packedBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  switch (electronPlatformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
    default:
      return path.join(appOutDir, packager.executableName);
  }
}

const ARCH_NAMES = ['ia32', 'x64', 'armv7l', 'arm64', 'universal'];

export default async function afterPack(context) {
  const arch = typeof context.arch === 'number' ? ARCH_NAMES[context.arch] : context.arch;
  const binary = packedBinary(context);
  await flipFuses(binary, releaseFuseConfig(context.electronPlatformName, arch));
  console.log(`  • release fuses flipped  binary=${path.basename(binary)} fuses=${Object.keys(table.fuses).length} strict=true`);
}
