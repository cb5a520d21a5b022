import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Contract } from '../domain/contract';
import { openCsvStream, parseCsvBytes } from './csv';
import { analyseRegister, startRegisterAnalysis, WiderThanHead, type AnalyseRegisterOptions } from './register';

/*
 * The streaming import (issue 16) reads a CSV a slice at a time and checks each slice before the
 * next is parsed. Whatever the slices, the preview and the contracts handed on to be written must
 * be those of reading the whole file first.
 */

const fixture = (name: string): Uint8Array =>
  new Uint8Array(readFileSync(new URL(`../../test/fixtures/registers/${name}`, import.meta.url)));

function streamed(bytes: Uint8Array, options: Omit<AnalyseRegisterOptions, 'onAccepted'>, sliceChars: number) {
  const accepted: Contract[] = [];
  const stream = openCsvStream(bytes, { fileName: options.fileName, sliceChars });
  const analysis = startRegisterAnalysis(stream.head, { ...options, onAccepted: (c) => accepted.push(c) }, true);
  const notices = stream.readRows((rows, first) => analysis.addRows(rows, first));
  return { preview: analysis.finish(), accepted, notices };
}

function whole(bytes: Uint8Array, options: Omit<AnalyseRegisterOptions, 'onAccepted'>) {
  const accepted: Contract[] = [];
  const csv = parseCsvBytes(bytes, { fileName: options.fileName });
  const preview = analyseRegister(csv.grid, { ...options, onAccepted: (c) => accepted.push(c) });
  return { preview, accepted, notices: csv.notices };
}

/** A generated register longer than the head the header is looked for in, with a few bad rows. */
function longRegister(rows: number, wideAt?: number): Uint8Array {
  const lines = ['Contract Reference,Contract Title,Supplier Name,Category,Contract End Date,Notes'];
  for (let i = 0; i < rows; i += 1) {
    const end = i % 37 === 0 ? '31/02/2027' : `${1 + (i % 28)}/0${1 + (i % 9)}/2028`;
    const extra = i === wideAt ? ',an extra column' : '';
    lines.push(`R-${i % 450},"Contract ${i}, with a comma",Supplier ${i % 7},EPR,${end},"line one\nline two"${extra}`);
  }
  return new TextEncoder().encode(`${lines.join('\r\n')}\r\n`);
}

describe('the streamed register analysis', () => {
  const files: [string, Uint8Array][] = [
    ['real-trust-register.csv', fixture('real-trust-register.csv')],
    ['bad-rows.csv', fixture('bad-rows.csv')],
    ['finance-register-1252.csv', fixture('finance-register-1252.csv')],
    ['term-months-register.csv', fixture('term-months-register.csv')],
    ['a generated 600-row register (repeated references, impossible dates)', longRegister(600)],
  ];
  for (const [name, bytes] of files) {
    it(`gives the whole-file preview and writes the same contracts: ${name}`, () => {
      const options = { fileName: 'register.csv', existing: new Map<string, Contract>() };
      const expected = whole(bytes, options);
      for (const sliceChars of [997, 8_192]) {
        const got = streamed(bytes, options, sliceChars);
        expect(got.preview).toEqual(expected.preview);
        expect(got.accepted).toEqual(expected.accepted);
        expect(got.notices).toEqual(expected.notices);
      }
    });
  }

  it('stops with WiderThanHead when a row past the head has data further right than the header saw', () => {
    const bytes = longRegister(600, 450);
    const options = { fileName: 'register.csv', existing: new Map<string, Contract>() };
    expect(() => streamed(bytes, options, 4_096)).toThrow(WiderThanHead);
    // Read whole, the extra column is named after the one before it (header-detect.ts) and ignored.
    expect(whole(bytes, options).preview.headers).toContain('Notes (2)');
  });
});
