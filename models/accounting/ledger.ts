/**
 * The ledger: the only place stocks change. Every posting is a balanced batch: for each financial
 * instrument the legs sum to zero (one sector's asset is another's liability), and for each sector
 * its transactions-flow entries equal the change in its financial holdings (what it earned minus
 * what it spent is what it added to its assets). A posting that breaks either is refused.
 */
import { SfcError } from './errors';
import type { AccountSide, Holdings, InstrumentSpec, Posting, PostingInput, SectorSpec } from './types';
import { stock, type Stock } from './units';

export interface LedgerSpec {
  sectors: readonly SectorSpec[];
  instruments: readonly InstrumentSpec[];
  /** Transactions-flow rows, in the order the matrix shows them (the Δ-instrument rows follow). */
  transactionRows: readonly string[];
  /**
   * false: a posting's explanation is its lead alone, without every leg in words. For models whose
   * postings nobody reads (the agent-based economy posts every quarter of long runs): writing the
   * legs out is ~60% of the cost of a posting. Default true.
   */
  explainLegs?: boolean;
}

/** Relative tolerance of every check: 1e-9 of the largest cell (or of 1 when everything is tiny). */
export const RELATIVE_TOLERANCE = 1e-9;

export class Ledger {
  readonly sectors: readonly SectorSpec[];
  readonly instruments: readonly InstrumentSpec[];
  readonly transactionRows: readonly string[];
  /** Running signed holdings, sector-major: holdings[s * nInstruments + i]. */
  readonly holdings: Float64Array;
  /** Net worth kept by its own route (saving + tangible changes), never derived from holdings. */
  readonly netWorth: Float64Array;
  /** Holdings at the start of the open period, from which the validator rebuilds the stocks. */
  readonly opening: Float64Array;
  readonly openingNetWorth: Float64Array;
  private readonly sectorIx = new Map<string, number>();
  private readonly instrumentIx = new Map<string, number>();
  private readonly rowIx = new Map<string, number>();
  private readonly scratchInstrument: Float64Array;
  private readonly scratchSector: Float64Array;
  private readonly explainLegs: boolean;
  private currentPeriod = 0;
  private periodPostings: Posting[] = [];

  constructor(spec: LedgerSpec, initial: Holdings = {}) {
    this.sectors = spec.sectors;
    this.instruments = spec.instruments;
    this.transactionRows = spec.transactionRows;
    this.explainLegs = spec.explainLegs ?? true;
    spec.sectors.forEach((s, i) => this.sectorIx.set(s.id, i));
    spec.instruments.forEach((s, i) => this.instrumentIx.set(s.id, i));
    spec.transactionRows.forEach((r, i) => this.rowIx.set(r, i));
    const n = spec.sectors.length * spec.instruments.length;
    this.holdings = new Float64Array(n);
    this.netWorth = new Float64Array(spec.sectors.length);
    this.scratchInstrument = new Float64Array(spec.instruments.length);
    this.scratchSector = new Float64Array(spec.sectors.length);
    for (const [sector, row] of Object.entries(initial)) {
      for (const [instrument, value] of Object.entries(row)) {
        if (!Number.isFinite(value)) throw new Error(`initial ${sector}.${instrument}: not a finite number`);
        this.holdings[this.cell(sector, instrument)] = value;
      }
    }
    this.checkOpeningBalanced();
    for (let s = 0; s < spec.sectors.length; s++) this.netWorth[s] = this.assetsMinusLiabilities(s);
    this.opening = this.holdings.slice();
    this.openingNetWorth = this.netWorth.slice();
  }

  get period(): number {
    return this.currentPeriod;
  }

  get postings(): readonly Posting[] {
    return this.periodPostings;
  }

  sectorIndex(id: string): number {
    const i = this.sectorIx.get(id);
    if (i === undefined) throw new Error(`ledger: unknown sector "${id}"`);
    return i;
  }

  instrumentIndex(id: string): number {
    const i = this.instrumentIx.get(id);
    if (i === undefined) throw new Error(`ledger: unknown instrument "${id}"`);
    return i;
  }

  rowIndex(row: string): number {
    const i = this.rowIx.get(row);
    if (i === undefined) throw new Error(`ledger: unknown transactions-flow row "${row}"`);
    return i;
  }

  /** A sector's signed holding of an instrument (+ asset, − liability). */
  get(sector: string, instrument: string): Stock {
    return stock(this.holdings[this.cell(sector, instrument)]!);
  }

  assetsMinusLiabilities(s: number): number {
    const n = this.instruments.length;
    let total = 0;
    for (let i = 0; i < n; i++) total += this.holdings[s * n + i]!;
    return total;
  }

  beginPeriod(t: number): void {
    if (t !== this.currentPeriod + 1)
      throw new Error(`ledger: period ${t} after period ${this.currentPeriod}`);
    this.currentPeriod = t;
    this.periodPostings = [];
    this.opening.set(this.holdings);
    this.openingNetWorth.set(this.netWorth);
  }

  post(input: PostingInput): Posting {
    const t = this.currentPeriod;
    if (t === 0) throw new Error('ledger: post before beginPeriod');
    // A pure portfolio operation (bills bought with cash) has no transactions-flow row of its own.
    if (input.entries.length) this.rowIndex(input.row);
    this.checkBalanced(input);
    for (const leg of input.legs) {
      const s = this.sectorIndex(leg.sector);
      const i = this.instrumentIndex(leg.instrument);
      this.holdings[s * this.instruments.length + i]! += leg.delta;
      if (this.instruments[i]!.kind === 'tangible') this.netWorth[s]! += leg.delta;
    }
    for (const e of input.entries) this.netWorth[this.sectorIndex(e.sector)]! += e.amount;
    const posting: Posting = {
      row: input.row,
      lead: input.lead,
      // Resolve the account once, so readers (matrices, the UI's T-accounts) never guess it.
      entries: input.entries.map((e) => ({
        sector: e.sector,
        account: this.accountOf(e.sector, e.account),
        amount: e.amount,
      })),
      legs: input.legs,
      period: t,
      explanation: this.explainLegs ? this.explain(input) : input.lead,
    };
    this.periodPostings.push(posting);
    return posting;
  }

  /** Column of an entry in the transactions-flow matrix (split sectors have two). */
  accountOf(sector: string, account: AccountSide | undefined): AccountSide {
    const spec = this.sectors[this.sectorIndex(sector)]!;
    if (!spec.split && account === 'capital') {
      throw new Error(`ledger: ${spec.label} has no separate capital account`);
    }
    return spec.split ? (account ?? 'current') : 'current';
  }

  private cell(sector: string, instrument: string): number {
    return this.sectorIndex(sector) * this.instruments.length + this.instrumentIndex(instrument);
  }

  private checkBalanced(p: PostingInput): void {
    const t = this.currentPeriod;
    // Scratch sums per instrument and per sector; postings are small, so plain loops beat Maps.
    const byInstrument = this.scratchInstrument.fill(0);
    const bySector = this.scratchSector.fill(0);
    let scale = 1;
    for (const e of p.entries) {
      if (!Number.isFinite(e.amount))
        throw new SfcError(t, `posting "${p.row}"`, NaN, 'an amount is not a finite number');
      scale = Math.max(scale, Math.abs(e.amount));
      this.accountOf(e.sector, e.account);
      bySector[this.sectorIndex(e.sector)]! += e.amount;
    }
    for (const l of p.legs) {
      if (!Number.isFinite(l.delta))
        throw new SfcError(t, `posting "${p.row}"`, NaN, 'an amount is not a finite number');
      scale = Math.max(scale, Math.abs(l.delta));
      const i = this.instrumentIndex(l.instrument);
      if (this.instruments[i]!.kind === 'tangible') continue;
      byInstrument[i]! += l.delta;
      bySector[this.sectorIndex(l.sector)]! -= l.delta;
    }
    const tol = RELATIVE_TOLERANCE * scale;
    byInstrument.forEach((sum, i) => {
      if (Math.abs(sum) > tol) {
        throw new SfcError(
          t,
          `posting "${p.row}", instrument ${this.instruments[i]!.id}`,
          sum,
          'its legs do not cancel: money would appear or vanish',
        );
      }
    });
    bySector.forEach((gap, s) => {
      if (Math.abs(gap) > tol) {
        throw new SfcError(
          t,
          `posting "${p.row}", sector ${this.sectors[s]!.id}`,
          gap,
          'its flows do not match the change in its financial holdings',
        );
      }
    });
  }

  private explain(p: PostingInput): string {
    const parts = p.legs
      .filter((l) => l.delta !== 0)
      .map((l) => {
        const sector = this.sectors[this.sectorIndex(l.sector)]!;
        const inst = this.instruments[this.instrumentIndex(l.instrument)]!;
        const owner = possessive(sector.name);
        const amount = formatAmount(Math.abs(l.delta));
        if (inst.issuer === l.sector) {
          return `${owner} ${inst.issuerName ?? `${inst.name} liabilities`} ${l.delta < 0 ? 'rose' : 'fell'} by ${amount}`;
        }
        return `${owner} ${inst.name} ${l.delta > 0 ? 'rose' : 'fell'} by ${amount}`;
      });
    return parts.length ? `${p.lead}: ${parts.join(', ')}` : p.lead;
  }

  private checkOpeningBalanced(): void {
    const n = this.instruments.length;
    this.instruments.forEach((inst, i) => {
      if (inst.kind === 'tangible') return;
      let sum = 0;
      let scale = 1;
      for (let s = 0; s < this.sectors.length; s++) {
        sum += this.holdings[s * n + i]!;
        scale = Math.max(scale, Math.abs(this.holdings[s * n + i]!));
      }
      if (Math.abs(sum) > RELATIVE_TOLERANCE * scale) {
        throw new SfcError(
          0,
          `initial stocks, row ${inst.label}`,
          sum,
          "every asset must be someone's liability",
        );
      }
    });
  }
}

export function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}

/** Amounts in explanations: as many decimals as make sense, no trailing zeros. */
export function formatAmount(x: number): string {
  // The legs of one posting mostly repeat one amount; remembering the last one halves the cost.
  if (x === lastFormatted) return lastText;
  const a = Math.abs(x);
  // Two decimals from 1 up, as the matrix tables show them, so the words and the tables agree.
  const digits = a >= 1 ? 2 : 4;
  // toLocaleString would group thousands but costs ~100x more; this runs for every leg of every period.
  let text = x.toFixed(digits);
  let end = text.length;
  while (text.charCodeAt(end - 1) === 48 /* 0 */) end--;
  if (text.charCodeAt(end - 1) === 46 /* . */) end--;
  text = text.slice(0, end);
  lastFormatted = x;
  lastText = text === '-0' ? '0' : text;
  return lastText;
}
let lastFormatted = NaN;
let lastText = '';
