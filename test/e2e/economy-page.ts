/** What the Economy workspace's browser tests share: reading its status and paths, and a small economy. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const runStatus = (page: Page) => page.getByTestId('econ-run-status').textContent();

/** Every number in an SVG path. */
export const pathNumbers = (d: string | null) =>
  (d ?? '').match(/-?\d+(\.\d+)?(e-?\d+)?|NaN|Infinity/g)?.map(Number) ?? [];

/** A small economy in the scenario being edited (firms first: there may be no more firms than households). */
export async function makeSmall(page: Page, households = '300', periods = '30') {
  await page.locator('#econ-firms').fill('15');
  await page.locator('#econ-banks').fill('2');
  await page.locator('#econ-households').fill(households);
  await page.locator('#econ-periods').fill(periods);
}

/** Both default scenarios made small; `before` runs just before Run is pressed; waits until all runs are done. */
export async function runBothSmall(page: Page, runs: number, before?: () => Promise<void>) {
  const slots = page.getByTestId('scenario-slot');
  await expect.poll(() => slots.count()).toBe(2);
  await makeSmall(page);
  await slots.nth(1).locator('.slot-name').click();
  await makeSmall(page);
  if (before) await before();
  await page.getByRole('button', { name: 'Run', exact: true }).click();
  await expect.poll(() => runStatus(page), { timeout: 60_000 }).toMatch(new RegExp(`^Done: ${runs} runs in`));
}
