/** A breach of stock-flow consistency: names the period, where (row, column or agent) and the amount. */
export class SfcError extends Error {
  constructor(
    public readonly period: number,
    public readonly where: string,
    public readonly amount: number,
    detail: string,
  ) {
    super(`SFC check failed in period ${period}: ${where} is off by ${amount.toPrecision(6)} — ${detail}`);
    this.name = 'SfcError';
  }
}
