/**
 * Machines and the capital-goods market. A consumption-goods firm's capacity is its working
 * machines (one good per machine per quarter). Machines bought in quarter τ work in quarters
 * τ+1 … τ+κ (κ = `machineLife`), lose 1/κ of their cost at the end of each of those quarters, and
 * are scrapped at the start of quarter τ+κ+1. Each firm keeps its vintages in a ring of κ+1 slots
 * (slot = τ mod (κ+1)), so ageing costs O(firms) a quarter and allocates nothing.
 *
 * Capital-goods firms make machines with labour alone and sell them from stock. A buyer looks at
 * two capital-goods firms with machines for sale and buys from the cheaper, then tries others if
 * it still needs machines (Caiani et al. 2016 §3: χk = 5 sampled; fewer here, price is the only
 * difference between suppliers).
 */
import { FI, K } from './book';
import type { Economy } from './state';

export interface Machines {
  /** Ring size: machine life + 1. */
  slots: number;
  /** Units and cost of each vintage: [firm × slots + slot]. */
  units: Float64Array;
  cost: Float64Array;
}

export function createMachines(nC: number, life: number): Machines {
  const slots = life + 1;
  return { slots, units: new Float64Array(nC * slots), cost: new Float64Array(nC * slots) };
}

/** Start of quarter t: the vintage bought in t − κ − 1 (fully depreciated) is scrapped. */
export function scrapMachines(E: Economy, t: number): void {
  const { firms, machines } = E;
  const S = machines.slots;
  const s = t % S;
  const life = S - 1;
  for (let f = 0; f < E.nC; f++) {
    const j = f * S + s;
    const u = machines.units[j]!;
    if (u > 0) {
      firms.capacity[f]! -= u;
      firms.deprQ[f]! -= machines.cost[j]! / life;
      machines.units[j] = 0;
      machines.cost[j] = 0;
    }
    if (firms.capacity[f]! < 1e-9) firms.capacity[f] = 0;
    if (firms.deprQ[f]! < 1e-9) firms.deprQ[f] = 0;
  }
}

/** Machines still working next quarter: capacity less the vintage scrapped at its start. */
export function capacityNextQuarter(E: Economy, f: number, t: number): number {
  const S = E.machines.slots;
  return E.firms.capacity[f]! - E.machines.units[f * S + ((t + 1) % S)]!;
}

/**
 * The capital-goods market: each consumption-goods firm with an order buys machines from the
 * cheaper of two sampled capital-goods firms with stock, then from others (up to four tries).
 * Payment moves deposits (and reserves between banks); the sector book shows it as a purchase by
 * firms from firms. Delivered machines are recorded in this quarter's ring slot and start working
 * next quarter (installMachines).
 */
export function capitalMarket(E: Economy, t: number): void {
  const { firms, banks, machines, book } = E;
  const rng = E.rng.capital;
  const nC = E.nC;
  const nK = E.nK;
  const S = machines.slots;
  const slot = t % S;
  let spent = 0;
  let units = 0;
  for (let k = nC; k < nC + nK; k++) firms.asked[k] = 0;
  const start = rng.int(nC);
  for (let i = 0; i < nC; i++) {
    const f = (start + i) % nC;
    let want = firms.order[f]!;
    firms.bought[f] = 0;
    if (!(want > 0)) continue;
    let a = -1;
    let b = -1;
    for (let tries = 0; tries < 4 && want > 0; tries++) {
      a = nC + rng.int(nK);
      b = nC + rng.int(nK);
      let k = firms.stock[a]! > 0 ? a : -1;
      if (firms.stock[b]! > 0 && (k < 0 || firms.price[b]! < firms.price[k]!)) k = b;
      if (k < 0) continue;
      const price = firms.price[k]!;
      // A firm buys what its deposits pay for (its loan for the order was made in the credit step).
      const afford = Math.floor(firms.dep[f]! / price);
      const q = Math.min(want, firms.stock[k]!, afford);
      if (!(q > 0)) break;
      const x = q * price;
      firms.stock[k]! -= q;
      firms.sold[k]! += q;
      firms.revenue[k]! += x;
      firms.dep[k]! += x;
      firms.nw[k]! += x;
      banks.dep[firms.bank[k]!]! += x;
      banks.res[firms.bank[k]!]! += x;
      firms.dep[f]! -= x;
      firms.nw[f]! -= x;
      banks.dep[firms.bank[f]!]! -= x;
      banks.res[firms.bank[f]!]! -= x;
      firms.asked[k]! += q;
      machines.units[f * S + slot]! += q;
      machines.cost[f * S + slot]! += x;
      firms.bought[f]! += q;
      want -= q;
      spent += x;
      units += q;
    }
    // What no one could deliver is counted once, shared by the last two firms asked: each
    // machine ordered is one unit of demand, however many firms the buyer tried.
    if (want > 0 && a >= 0) {
      firms.asked[a]! += want / (a === b ? 1 : 2);
      if (a !== b) firms.asked[b]! += want / 2;
    }
  }
  // Firms buy from firms: the sector's column nets to zero, the row records the flow.
  book.depositorToDepositor(K.inv, FI, FI, spent);
  E.flows.investment += spent;
  E.flows.investmentUnits += units;
}

/**
 * End of quarter: every working vintage loses 1/κ of its cost (book value), then this quarter's
 * deliveries are installed: they add to capacity and start depreciating next quarter.
 */
export function installMachines(E: Economy, t: number): void {
  const { firms, machines } = E;
  const S = machines.slots;
  const slot = t % S;
  const life = S - 1;
  for (let f = 0; f < E.nC; f++) {
    firms.kVal[f] = Math.max(0, firms.kVal[f]! - firms.deprQ[f]!);
    const j = f * S + slot;
    const u = machines.units[j]!;
    if (u > 0) {
      firms.capacity[f]! += u;
      firms.kVal[f]! += machines.cost[j]!;
      firms.deprQ[f]! += machines.cost[j]! / life;
    }
  }
}
