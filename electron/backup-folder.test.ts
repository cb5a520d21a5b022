import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { BACKUP_FOLDER_FILE, createBackupFolderSetting, parseBackupFolder, serializeBackupFolder } from './backup-folder';

const data = path.resolve('/profile/Trust Procurement Planner');

describe('the backup folder main remembers', () => {
  it('reads back what it wrote', () => {
    const folder = path.resolve('/mnt/share/backups');
    expect(parseBackupFolder(serializeBackupFolder(folder))).toBe(folder);
  });

  it.each([
    ['no file', null],
    ['not JSON', '{folder'],
    ['a relative path', JSON.stringify({ folder: 'backups' })],
    ['an empty path', JSON.stringify({ folder: '' })],
    ['another shape', JSON.stringify({ folder: '/x', extra: 1 })],
    ['not an object', '"/x"'],
  ])('ignores %s (the default folder is used)', (_what, text) => {
    expect(parseBackupFolder(text)).toBeNull();
    const setting = createBackupFolderSetting({
      policyFolder: () => undefined,
      dataFolder: data,
      readSaved: () => text,
      writeFileAtomic: vi.fn(),
    });
    expect(setting.autoBackupFolder()).toEqual({ folder: path.join(data, 'backups'), setByPolicy: false });
  });

  it('puts the IT policy before the user’s choice, and the choice before the default', async () => {
    let policy: string | undefined = '/srv/trust';
    const writeFileAtomic = vi.fn(async () => undefined);
    const setting = createBackupFolderSetting({ policyFolder: () => policy, dataFolder: data, readSaved: () => null, writeFileAtomic });
    const mine = path.resolve('/home/me/backups');
    await setting.rememberFolder(mine);
    expect(writeFileAtomic).toHaveBeenCalledWith(path.join(data, BACKUP_FOLDER_FILE), serializeBackupFolder(mine));
    expect(setting.autoBackupFolder()).toEqual({ folder: '/srv/trust', setByPolicy: true });
    policy = undefined;
    expect(setting.autoBackupFolder()).toEqual({ folder: mine, setByPolicy: false });
  });

  it('never remembers a relative path, and keeps the old choice when writing fails', async () => {
    const writeFileAtomic = vi.fn(() => Promise.reject(new Error('disk full')));
    const setting = createBackupFolderSetting({ policyFolder: () => undefined, dataFolder: data, readSaved: () => null, writeFileAtomic });
    await expect(setting.rememberFolder('backups')).rejects.toThrow('Not an absolute folder');
    await expect(setting.rememberFolder(path.resolve('/x'))).rejects.toThrow('disk full');
    expect(setting.autoBackupFolder().folder).toBe(path.join(data, 'backups'));
  });
});
