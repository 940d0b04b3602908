// @vitest-environment jsdom
/** Typed values are accepted keystroke by keystroke and checked on Enter or blur (issue 9 §3). */
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { YearInput } from '../../../src-renderer/views/common/Slider';
import { ParamField } from '../../../src-renderer/views/economy/ParamField';

afterEach(cleanup);

function Year(props: { onChange?: (v: number) => void }) {
  const [v, setV] = useState(2013);
  return (
    <>
      <YearInput
        id="end"
        label="End year"
        help="Last fiscal year shown."
        value={v}
        min={1975}
        max={2022}
        onChange={(x) => {
          props.onChange?.(x);
          setV(x);
        }}
      />
      <output data-testid="value">{v}</output>
    </>
  );
}

/** Type the way a person does: one keystroke at a time over the selected old value. */
function typeOver(input: HTMLInputElement, text: string) {
  let sofar = '';
  for (const ch of text) {
    sofar += ch;
    fireEvent.change(input, { target: { value: sofar } });
  }
}

describe('YearInput (End year, Counterfactual start, Periods)', () => {
  it('keeps every keystroke and applies 2010 typed over 2013 on Enter', () => {
    const onChange = vi.fn();
    render(<Year onChange={onChange} />);
    const input = screen.getByLabelText('End year') as HTMLInputElement;
    typeOver(input, '2010');
    // "2", "20", "201" are not yet years: they stay in the field and nothing is applied.
    expect(input.value).toBe('2010');
    expect(onChange).not.toHaveBeenCalled();
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onChange).toHaveBeenCalledTimes(1);
    expect(onChange).toHaveBeenCalledWith(2010);
    expect(screen.getByTestId('value').textContent).toBe('2010');
    expect(input.getAttribute('aria-invalid')).toBeNull();
  });

  it('applies on blur too', () => {
    render(<Year />);
    const input = screen.getByLabelText('End year') as HTMLInputElement;
    typeOver(input, '1999');
    fireEvent.blur(input);
    expect(screen.getByTestId('value').textContent).toBe('1999');
  });

  it('shows why a value is refused beside the field, keeps the text, and leaves the value alone', () => {
    render(<Year />);
    const input = screen.getByLabelText('End year') as HTMLInputElement;
    typeOver(input, '201');
    fireEvent.blur(input);
    expect(input.value).toBe('201');
    expect(screen.getByTestId('value').textContent).toBe('2013');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const ids = (input.getAttribute('aria-describedby') ?? '').split(' ');
    const error = document.getElementById('end-error');
    expect(ids).toContain('end-error');
    expect(error?.textContent).toBe('End year: must be a whole number from 1975 to 2022 (got "201")');
    // Fixing the text clears the error.
    typeOver(input, '2011');
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(screen.getByTestId('value').textContent).toBe('2011');
    expect(input.getAttribute('aria-invalid')).toBeNull();
    expect(document.getElementById('end-error')).toBeNull();
  });

  it('Escape gives back the value', () => {
    render(<Year />);
    const input = screen.getByLabelText('End year') as HTMLInputElement;
    typeOver(input, '19');
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.value).toBe('2013');
  });
});

describe('ParamField (economy numbers and formulas) uses the same field', () => {
  it('checks a formula only on Enter and shows the refusal beside it', () => {
    const onTry = vi.fn((v: unknown) => (v === 'import("x")' ? ['policyRate: import is not allowed'] : null));
    render(
      <ParamField
        id="econ-rate"
        label="Policy rate"
        unit="a year"
        help="h"
        kind="formula"
        value={0.02}
        onTry={onTry}
      />,
    );
    const input = screen.getByLabelText(/Policy rate/) as HTMLInputElement;
    typeOver(input, 'import("x")');
    expect(onTry).not.toHaveBeenCalled();
    act(() => {
      fireEvent.keyDown(input, { key: 'Enter' });
    });
    expect(onTry).toHaveBeenCalledTimes(1);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.getElementById('econ-rate-error')?.textContent).toBe('policyRate: import is not allowed');
    typeOver(input, '0.03');
    fireEvent.blur(input);
    expect(onTry).toHaveBeenLastCalledWith(0.03);
  });
});
