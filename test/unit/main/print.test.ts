import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { printPageToPdf } from '../../../src-main/main/print';

describe('printPageToPdf', () => {
  it('prints A4 with backgrounds and hands the bytes to the save dialog', async () => {
    const pdf = new Uint8Array([37, 80, 68, 70]);
    const printToPDF = vi.fn(async () => Buffer.from(pdf));
    const save = vi.fn(async (_pdf: Uint8Array) => ({ saved: true as const, fileName: 'h.pdf' }));
    await expect(printPageToPdf({ printToPDF } as never, 'h.pdf', save)).resolves.toEqual({
      saved: true,
      fileName: 'h.pdf',
    });
    expect(printToPDF).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ pageSize: 'A4', printBackground: true }),
    );
    expect([...save.mock.calls[0]![0]]).toEqual([37, 80, 68, 70]);
  });

  it('turns a failed print into an error outcome and opens no dialog', async () => {
    const printToPDF = vi.fn(async () => {
      throw new Error('renderer gone');
    });
    const save = vi.fn();
    await expect(printPageToPdf({ printToPDF } as never, 'h.pdf', save)).resolves.toEqual({
      saved: false,
      reason: 'error',
      message: 'Could not print h.pdf: renderer gone',
    });
    expect(save).not.toHaveBeenCalled();
  });
});
