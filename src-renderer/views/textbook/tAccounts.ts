/**
 * The T-accounts of one period: for each sector, what its assets and liabilities did, posting by
 * posting, and the change in its net worth (from the postings' income and spending, plus real
 * assets), which is what makes each T-account balance.
 */
import type { InstrumentSpec, SectorSpec } from '../../../models/accounting';
import { postingsOf } from '../../../models/textbook/postingTable';
import type { TextbookExtras, TextbookPeriod } from '../../../models/textbook/types';

export interface TLine {
  /** 1-based number of the posting in the period, matching the list of explanations. */
  posting: number;
  row: string;
  instrument: string;
  /** + the item rose, − it fell (a liability rising is +). */
  amount: number;
}

export interface TAccount {
  sector: SectorSpec;
  assets: TLine[];
  liabilities: TLine[];
  /** Change in net worth: the sector's sources minus uses of funds, plus real assets acquired. */
  netWorthChange: number;
  assetsChange: number;
  liabilitiesChange: number;
}

export function buildTAccounts(
  extras: Pick<TextbookExtras, 'sectors' | 'instruments' | 'postings'>,
  period: Pick<TextbookPeriod, 'period'>,
): TAccount[] {
  const postings = postingsOf(extras.postings, period.period);
  const instruments = new Map<string, InstrumentSpec>(extras.instruments.map((i) => [i.id, i]));
  return extras.sectors.map((sector) => {
    const acc: TAccount = {
      sector,
      assets: [],
      liabilities: [],
      netWorthChange: 0,
      assetsChange: 0,
      liabilitiesChange: 0,
    };
    postings.forEach((p, k) => {
      for (const e of p.entries) if (e.sector === sector.id) acc.netWorthChange += e.amount;
      for (const leg of p.legs) {
        if (leg.sector !== sector.id || leg.delta === 0) continue;
        const inst = instruments.get(leg.instrument);
        const label = inst?.label ?? leg.instrument;
        if (inst?.issuer === sector.id) {
          // Holdings are signed (liabilities negative): a leg of −20 means the liability rose by 20.
          acc.liabilities.push({ posting: k + 1, row: p.row, instrument: label, amount: -leg.delta });
          acc.liabilitiesChange -= leg.delta;
        } else {
          acc.assets.push({ posting: k + 1, row: p.row, instrument: label, amount: leg.delta });
          acc.assetsChange += leg.delta;
          if (inst?.kind === 'tangible') acc.netWorthChange += leg.delta;
        }
      }
    });
    return acc;
  });
}
