// @vitest-environment jsdom
import { describe, expect, it, vi } from 'vitest';
import { reportSave } from '../../../src-renderer/views/common/exportFigure';

describe('reportSave: every export tells the user how it went', () => {
  it('a saved file goes to the status line by name', async () => {
    const onSaved = vi.fn();
    const onError = vi.fn();
    await reportSave(async () => ({ saved: true, fileName: 'gdp-2026-11-30.svg' }), onSaved, onError);
    expect(onSaved).toHaveBeenCalledWith('Saved gdp-2026-11-30.svg');
    expect(onError).not.toHaveBeenCalled();
  });

  it('a cancelled dialog says nothing', async () => {
    const onSaved = vi.fn();
    const onError = vi.fn();
    await reportSave(async () => ({ saved: false, reason: 'cancelled' }), onSaved, onError);
    expect(onSaved).not.toHaveBeenCalled();
    expect(onError).not.toHaveBeenCalled();
  });

  it("the dialog's failure and a failure while drawing both reach onError", async () => {
    const onError = vi.fn();
    await reportSave(async () => ({ saved: false, reason: 'error', message: 'Disk full' }), vi.fn(), onError);
    await reportSave(
      async () => {
        throw new Error('This browser cannot draw to a canvas');
      },
      vi.fn(),
      onError,
    );
    expect(onError.mock.calls).toEqual([['Disk full'], ['This browser cannot draw to a canvas']]);
  });
});
