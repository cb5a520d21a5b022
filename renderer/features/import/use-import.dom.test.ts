import { act, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useImport } from './use-import';

const posted: Array<{ message: unknown; transfer: Transferable[] }> = [];
class FakeWorker {
  onmessage: unknown = null;
  onerror: unknown = null;
  postMessage(message: unknown, transfer: Transferable[] = []) {
    posted.push({ message, transfer });
  }
  terminate() {}
}

afterEach(() => {
  posted.length = 0;
  vi.unstubAllGlobals();
});

describe('starting an import', () => {
  it('sends a file not yet read to the worker as it is, for the worker to read (issue 16)', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const file = new File(['Reference\r\nC-1\r\n'], 'register.csv');
    const read = vi.spyOn(file, 'arrayBuffer');
    const { result, unmount } = renderHook(() => useImport());

    act(() => result.current.start('register.csv', file));

    expect(posted).toEqual([{ message: { type: 'analyse', fileName: 'register.csv', bytes: file }, transfer: [] }]);
    expect(read).not.toHaveBeenCalled();
    unmount();
  });

  it('moves bytes to the worker rather than copying them', () => {
    vi.stubGlobal('Worker', FakeWorker);
    const bytes = new TextEncoder().encode('Reference\r\nC-1\r\n');
    const { result, unmount } = renderHook(() => useImport());

    act(() => result.current.start('register.csv', bytes));

    expect(posted).toHaveLength(1);
    expect(posted[0].transfer).toEqual([bytes.buffer]);
    unmount();
  });
});
