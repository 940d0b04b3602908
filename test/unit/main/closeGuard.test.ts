import { describe, expect, it, vi } from 'vitest';
import { allowClose, installCloseGuard } from '../../../src-main/main/closeGuard';

function fakeWindow(state: { crashed?: boolean; loading?: boolean } = {}) {
  const handlers = new Map<string, (e: { preventDefault(): void }) => void>();
  const win = {
    webContents: {
      send: vi.fn(),
      isCrashed: () => state.crashed ?? false,
      isLoading: () => state.loading ?? false,
    },
    on: vi.fn((event: string, h: (e: { preventDefault(): void }) => void) => void handlers.set(event, h)),
    close: vi.fn(() => {
      const e = { preventDefault: vi.fn() };
      handlers.get('close')?.(e);
      return e;
    }),
  };
  return { win, tryClose: () => win.close() };
}

describe('close guard', () => {
  it('holds the close and asks the renderer, then closes without asking once it agrees', () => {
    const { win, tryClose } = fakeWindow();
    installCloseGuard(win as never);
    const first = tryClose();
    expect(first.preventDefault).toHaveBeenCalledTimes(1);
    expect(win.webContents.send).toHaveBeenCalledExactlyOnceWith('window:close-requested');
    allowClose(win as never);
    expect(win.close).toHaveBeenCalledTimes(2);
    const second = win.close.mock.results[1]!.value as { preventDefault: ReturnType<typeof vi.fn> };
    expect(second.preventDefault).not.toHaveBeenCalled();
    expect(win.webContents.send).toHaveBeenCalledTimes(1);
  });

  it("lets a crashed or still-loading renderer's window close at once (it cannot answer)", () => {
    for (const state of [{ crashed: true }, { loading: true }]) {
      const { win, tryClose } = fakeWindow(state);
      installCloseGuard(win as never);
      expect(tryClose().preventDefault).not.toHaveBeenCalled();
      expect(win.webContents.send).not.toHaveBeenCalled();
    }
  });
});
