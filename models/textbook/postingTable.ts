/**
 * Every period's postings in flat arrays. A run of model PC posts about 900 times in 100 periods,
 * each posting a handful of small objects; cloning those to the UI thread took 4 ms of a 12 ms
 * slider round trip, while typed arrays cross the worker boundary by transfer. The UI asks for one
 * period's postings at a time (`postingsOf`), so only those are ever rebuilt as objects.
 */
import type { Posting } from '../accounting';
import type { TextbookEntry, TextbookLeg, TextbookPosting } from './types';

export interface PostingTable {
  /** Every row, sector and instrument name and every explanation, once. */
  strings: string[];
  /** Postings of period t (1-based) are those from periodStart[t − 1] up to periodStart[t]. */
  periodStart: Int32Array;
  /** Per posting: its row and explanation (indices into strings). */
  row: Int32Array;
  explanation: Int32Array;
  /** Per posting p: its entries are entryStart[p] up to entryStart[p + 1]; legs likewise. */
  entryStart: Int32Array;
  legStart: Int32Array;
  entrySector: Int32Array;
  /** 1 = capital account, 0 = current. */
  entryCapital: Uint8Array;
  entryAmount: Float64Array;
  legSector: Int32Array;
  legInstrument: Int32Array;
  legDelta: Float64Array;
}

/** Collects the ledger's postings period by period, then packs them once at the end of the run. */
export class PostingTableBuilder {
  private readonly strings: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly periodStart = [0];
  private readonly row: number[] = [];
  private readonly explanation: number[] = [];
  private readonly entryStart = [0];
  private readonly legStart = [0];
  private readonly entrySector: number[] = [];
  private readonly entryCapital: number[] = [];
  private readonly entryAmount: number[] = [];
  private readonly legSector: number[] = [];
  private readonly legInstrument: number[] = [];
  private readonly legDelta: number[] = [];

  private id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.strings.push(s) - 1;
      this.ids.set(s, i);
    }
    return i;
  }

  /** Add the postings of the next period (periods come in order, from 1). */
  addPeriod(postings: readonly Posting[]): void {
    for (const p of postings) {
      this.row.push(this.id(p.row));
      this.explanation.push(this.id(p.explanation));
      for (const e of p.entries) {
        this.entrySector.push(this.id(e.sector));
        this.entryCapital.push(e.account === 'capital' ? 1 : 0);
        this.entryAmount.push(Number(e.amount));
      }
      for (const l of p.legs) {
        this.legSector.push(this.id(l.sector));
        this.legInstrument.push(this.id(l.instrument));
        this.legDelta.push(Number(l.delta));
      }
      this.entryStart.push(this.entrySector.length);
      this.legStart.push(this.legSector.length);
    }
    this.periodStart.push(this.row.length);
  }

  build(): PostingTable {
    return {
      strings: this.strings,
      periodStart: Int32Array.from(this.periodStart),
      row: Int32Array.from(this.row),
      explanation: Int32Array.from(this.explanation),
      entryStart: Int32Array.from(this.entryStart),
      legStart: Int32Array.from(this.legStart),
      entrySector: Int32Array.from(this.entrySector),
      entryCapital: Uint8Array.from(this.entryCapital),
      entryAmount: Float64Array.from(this.entryAmount),
      legSector: Int32Array.from(this.legSector),
      legInstrument: Int32Array.from(this.legInstrument),
      legDelta: Float64Array.from(this.legDelta),
    };
  }
}

/** The postings of one period (1-based), in the order they were made; [] outside the run. */
export function postingsOf(table: PostingTable, period: number): TextbookPosting[] {
  if (!Number.isInteger(period) || period < 1 || period >= table.periodStart.length) return [];
  const s = table.strings;
  const out: TextbookPosting[] = [];
  for (let p = table.periodStart[period - 1]!; p < table.periodStart[period]!; p++) {
    const entries: TextbookEntry[] = [];
    for (let e = table.entryStart[p]!; e < table.entryStart[p + 1]!; e++) {
      entries.push({
        sector: s[table.entrySector[e]!]!,
        account: table.entryCapital[e] ? 'capital' : 'current',
        amount: table.entryAmount[e]!,
      });
    }
    const legs: TextbookLeg[] = [];
    for (let l = table.legStart[p]!; l < table.legStart[p + 1]!; l++) {
      legs.push({
        sector: s[table.legSector[l]!]!,
        instrument: s[table.legInstrument[l]!]!,
        delta: table.legDelta[l]!,
      });
    }
    out.push({ row: s[table.row[p]!]!, explanation: s[table.explanation[p]!]!, entries, legs });
  }
  return out;
}
