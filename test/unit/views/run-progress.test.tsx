// @vitest-environment jsdom
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { RunProgress, SHOW_AFTER_MS } from '../../../src-renderer/views/common/RunProgress';

afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('RunProgress: Cancel for runs that take long', () => {
  it(`shows progress and Cancel once a run has taken ${SHOW_AFTER_MS} ms, not before`, () => {
    vi.useFakeTimers();
    const onCancel = vi.fn();
    render(<RunProgress running progress={0.42} cancelled={false} hasResults onCancel={onCancel} />);
    expect(screen.queryByRole('button', { name: 'Cancel' })).toBeNull();
    act(() => vi.advanceTimersByTime(SHOW_AFTER_MS + 1));
    expect(screen.getByText('Running… 42%')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(onCancel).toHaveBeenCalledOnce();
  });

  it('says the run was cancelled, and whether the charts keep the last results', () => {
    const { rerender } = render(
      <RunProgress running={false} progress={0.5} cancelled hasResults onCancel={() => {}} />,
    );
    expect(screen.getByTestId('run-cancelled').textContent).toMatch(
      /^Run cancelled; the charts show the last/,
    );
    expect(screen.queryByRole('button')).toBeNull();
    rerender(<RunProgress running={false} progress={0.5} cancelled hasResults={false} onCancel={() => {}} />);
    expect(screen.getByTestId('run-cancelled').textContent).toBe(
      'Run cancelled. Change a setting to run again.',
    );
  });
});
