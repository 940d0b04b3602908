/**
 * The lessons that ship with the app, in the order they are taught. They are lesson files like any
 * a teacher shares (models/lessons/shipped/*.json), so they pass the same checks when opened.
 */
import loanCreatesDeposit from './shipped/1-loan-creates-deposit.json';
import reservesSettlePayments from './shipped/2-reserves-settle-payments.json';
import deficitBondsBanks from './shipped/3-deficit-bonds-banks.json';
import deficitPublicBank from './shipped/4-deficit-public-bank.json';
import tieredRates from './shipped/5-tiered-rates.json';
import citizensIncome from './shipped/6-citizens-income.json';
import canada1974 from './shipped/7-canada-1974.json';

/** Raw file contents (parse them with parseLesson); `id` and `title` for menus and `lesson:NAME`. */
export const SHIPPED_LESSONS: ReadonlyArray<{ id: string; title: string } & Record<string, unknown>> = [
  loanCreatesDeposit,
  reservesSettlePayments,
  deficitBondsBanks,
  deficitPublicBank,
  tieredRates,
  citizensIncome,
  canada1974,
];
