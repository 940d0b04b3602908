/**
 * The essay's statements about Canada's debt, checked on the shipped data. Every number and
 * verdict is computed here from the data files at start-up, so a corrected file changes them.
 */
import {
  ACCUMULATED_DEFICIT_SOURCES,
  MACRO_SOURCES,
  NET_DEBT_SOURCES,
  loadAccumulatedDeficit,
  loadNetDebt,
} from '../fiscal/data';
import type { DataFiles } from '../model';
import { claimInterestFree } from './bankOfCanada';
import { claimFlatLine, claimOver600 } from './debtLevel';
import { claimLargestItem, claimTrillion } from './interest';
import type { ClaimsReport } from './types';

export * from './types';
export { fy } from './format';

export const CLAIMS_VERSION = '1.0.0';
export const ESSAY =
  'The essay behind Public Money Lab (seed text 000_4fb93e16e36eefbd), section “Money and Investment”';

const SPENDING_SOURCES = [
  'Programme spending: Department of Finance Canada, Fiscal Reference Tables 2016, Table 12 (National Defence); Receiver General, Public Accounts of Canada 2012, 2016 and 2018, Volume II (Old Age Security, GIS and allowances; Canada Health Transfer).',
];
const JST_SOURCES = [
  'Central government revenue, long-term bond yields, general-government debt ratio: Jordà, Schularick & Taylor, Macrohistory Database R6.',
];
const BOC_SOURCES = [
  'Bank of Canada holdings: Bank of Canada, Government of Canada direct securities and loans, distribution of holdings (formerly G4), 2025-08-20.',
];

export function checkClaims(files: DataFiles): ClaimsReport {
  const net = loadNetDebt(files);
  const acc = loadAccumulatedDeficit(files);
  const debtSources = [...NET_DEBT_SOURCES, ...ACCUMULATED_DEFICIT_SOURCES.slice(0, 1), ...MACRO_SOURCES];
  return {
    essay: ESSAY,
    claims: [
      claimFlatLine(net, acc, debtSources),
      claimOver600(net, acc, [...NET_DEBT_SOURCES, ...ACCUMULATED_DEFICIT_SOURCES.slice(0, 1)]),
      claimTrillion(files, [...ACCUMULATED_DEFICIT_SOURCES.slice(0, 1), ...MACRO_SOURCES]),
      claimLargestItem(files, net, [
        ...ACCUMULATED_DEFICIT_SOURCES.slice(0, 1),
        ...SPENDING_SOURCES,
        ...JST_SOURCES,
      ]),
      claimInterestFree(files, net, [...NET_DEBT_SOURCES, ...JST_SOURCES, ...BOC_SOURCES]),
    ],
  };
}
