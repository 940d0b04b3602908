/**
 * Branded numbers: a stock (an amount held at a moment), a flow (an amount per period) and a rate
 * (per period, a ratio). At run time they are plain numbers; at compile time a Rate cannot be
 * passed where a Stock or Flow is expected, so the only way to move from rate to money is
 * `interestOn`, and the only way to change a stock is by a flow.
 */
declare const brand: unique symbol;
type Branded<K extends string> = number & { readonly [brand]: K };

export type Stock = Branded<'Stock'>;
export type Flow = Branded<'Flow'>;
export type Rate = Branded<'Rate'>;

export const stock = (x: number): Stock => x as Stock;
export const flow = (x: number): Flow => x as Flow;
export const rate = (x: number): Rate => x as Rate;

/** The interest a stock earns over one period at a rate. */
export function interestOn(r: Rate, base: Stock): Flow {
  return (r * base) as Flow;
}

/** A stock after one flow. */
export function accumulate(s: Stock, f: Flow): Stock {
  return (s + f) as Stock;
}
