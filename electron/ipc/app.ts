import type { AppInfo } from '@shared/ipc';
import type { Handler } from './handle';

export interface AppInfoDeps {
  getName(): string;
  getVersion(): string;
  platform: string;
  electronVersion: string;
}

export function createGetAppInfo(deps: AppInfoDeps): Handler<'app:getInfo'> {
  return async (): Promise<AppInfo> => ({
    name: deps.getName(),
    version: deps.getVersion(),
    platform: deps.platform,
    electron: deps.electronVersion,
  });
}
