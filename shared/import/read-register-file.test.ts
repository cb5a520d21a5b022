import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readRegisterFile } from './read-register-file';

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/registers/${name}`, import.meta.url)));

describe('readRegisterFile', () => {
  it('reads workbooks by their bytes, whatever the name', async () => {
    const file = await readRegisterFile('register (1).csv', fixture('trust-foi-register-1904.xlsx'), { sheet: 'Register' });
    expect(file).toMatchObject({ kind: 'xlsx', sheetNames: ['Register', 'Notes'], sheetName: 'Register', date1904: true });
  });

  it('reads anything else as CSV and passes on the encoding notice', async () => {
    const file = await readRegisterFile('finance.csv', fixture('finance-register-1252.csv'));
    expect(file.kind).toBe('csv');
    expect(file.notices[0]).toContain('Windows-1252');
  });

  it('refuses a text file named .xlsx with a typed error', async () => {
    await expect(readRegisterFile('register.xlsx', new TextEncoder().encode('a,b'))).rejects.toMatchObject({ code: 'XLSX_UNREADABLE' });
  });
});
