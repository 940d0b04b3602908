/** The Economy workspace's report card in Chromium: compute in the workers, Cancel, the table, the CSV export. */
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FACTS } from '../../models/abm/validation';
import { openApp, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await openApp();
  await s.page.getByRole('tab', { name: 'Economy' }).click();
  // A small economy, so the card's runs take seconds: 300 households, 15 firms.
  const { page } = s;
  await page.locator('#econ-firms').fill('15');
  await page.locator('#econ-banks').fill('2');
  await page.locator('#econ-households').fill('300');
});
afterAll(async () => {
  await s?.close();
});

describe('report card panel', () => {
  it('cancels a computation and keeps working', async () => {
    const { page } = s;
    await page.locator('#card-seeds').fill('2');
    await page.locator('#card-draws').fill('4');
    await page.getByRole('button', { name: 'Compute report card' }).click();
    await expect.poll(() => page.getByTestId('card-progress').count()).toBe(1);
    await page.getByRole('button', { name: 'Cancel the report card' }).click();
    await expect.poll(() => page.getByTestId('card-status').textContent()).toMatch(/Cancelled/);
    expect(await page.getByTestId('card-table').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Export card CSV' }).isDisabled()).toBe(true);
  });

  it('refuses a seed count that is not a whole number from 1 to 50', async () => {
    const { page } = s;
    await page.locator('#card-seeds').fill('0');
    expect(await page.getByRole('button', { name: 'Compute report card' }).isDisabled()).toBe(true);
    expect(await page.getByTestId('card-status').textContent()).toMatch(/Seeds: a whole number from 1 to 50/);
    await page.locator('#card-seeds').fill('2');
  });

  it('shows every fact with its meaning, target, measured median, seeds in range and verdict', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Compute report card' }).click();
    await expect.poll(() => page.getByTestId('card-table').count(), { timeout: 180_000 }).toBe(1);
    const rows = page.getByTestId('card-table').locator('tbody tr');
    expect(await rows.count()).toBe(FACTS.length);
    expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-fact')))).toEqual(
      FACTS.map((f) => f.id),
    );
    const okun = page.locator('tr[data-fact="okun"]');
    expect(await okun.locator('.fact-name').textContent()).toBe("Okun's law");
    expect(await okun.locator('.fact-meaning').textContent()).toMatch(/unemployment falls/);
    expect(await okun.locator('td').nth(0).textContent()).toBe('< −0.3');
    // Measured as a median with its 10–90% range, or said to be not measurable.
    expect(await okun.locator('td').nth(1).textContent()).toMatch(
      /^(−?\d[\d.]* \(−?\d[\d.]* to −?\d[\d.]*\)|not measurable)$/,
    );
    expect(await okun.locator('td').nth(2).textContent()).toMatch(/^[0-2] of 2$/);
    const robust = page.locator('tr[data-fact="robustness"]');
    expect(await robust.locator('td').nth(2).textContent()).toMatch(/^[0-4] of 4$/);
    // The headline count agrees with the verdicts in the table.
    const passes = await page.locator('tr.pass').count();
    expect(await page.locator('.verdict-cell').allTextContents()).toHaveLength(FACTS.length);
    expect(await page.getByTestId('card-verdict').textContent()).toMatch(
      new RegExp(`^${passes} of ${FACTS.length} facts pass for .*quarters \\d+–400 .*seeds 1–2\\.$`),
    );
    expect(await page.getByTestId('report-card').textContent()).toMatch(/at least 7 of every 8 seeds/);
  });

  it('exports the card as CSV with # lines and one row per fact', async () => {
    const { page } = s;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export card CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/report-card-private-debt-economy.*\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    const comments = text.split('\n').filter((l) => l.startsWith('# '));
    expect(comments[0]).toMatch(/^# Report card: Private-debt economy/);
    expect(comments.some((l) => l.startsWith('# Sources: '))).toBe(true);
    expect(comments.some((l) => /^# Assumption: .*seeds 1, 2/.test(l))).toBe(true);
    expect(comments.at(-1)).toMatch(/^# Scenario: \{.*"households":300/);
    const rows = csvParseRows(
      text
        .split('\n')
        .filter((l) => !l.startsWith('#'))
        .join('\n'),
    );
    expect(rows.map((r) => r[0])).toEqual(['fact', ...FACTS.map((f) => f.id)]);
  });
});
