// @vitest-environment jsdom
import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

// A pool whose runs never finish by themselves: only Cancel (the abort signal) ends them.
vi.mock('../../../src-renderer/worker/pool', () => {
  class CancelledError extends Error {}
  return {
    CancelledError,
    modelPool: () => ({
      run: (_s: unknown, o: { signal: AbortSignal }) =>
        new Promise((_resolve, reject) =>
          o.signal.addEventListener('abort', () => reject(new CancelledError())),
        ),
    }),
  };
});

import { useLatestRun } from '../../../src-renderer/views/common/useLatestRun';

afterEach(cleanup);

describe('useLatestRun: Cancel', () => {
  it('stops the run and says so, instead of showing "running" forever', async () => {
    const { result } = renderHook(() => useLatestRun([{ model: 'gl-sim' }]));
    expect(result.current.running).toBe(true);
    await act(async () => result.current.cancel());
    expect(result.current.running).toBe(false);
    expect(result.current.cancelled).toBe(true);
    expect(result.current.error).toBeNull();
  });
});
