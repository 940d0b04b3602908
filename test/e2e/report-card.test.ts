/** The Economy workspace's report card in Chromium: compute in the workers, Cancel, the table, the CSV export. */
import { readFileSync } from 'node:fs';
import { csvParseRows } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ABM_PRESETS, scenarioStart } from '../../models/abm';
import { FACTS } from '../../models/abm/validation';
import { axeProblems, describeAxeProblems } from './axe';
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
    // The baseline has a steady state: no note on it.
    expect(await page.getByTestId('card-scenario-note').count()).toBe(0);
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
    expect(text).not.toMatch(/steady state/);
  });

  it('says above the facts, and in the CSV, that a citizen’s income by bonds has no steady state', async () => {
    const { page } = s;
    await page.locator('#econ-reset').selectOption('abm-ubi-bonds');
    await page.locator('#econ-firms').fill('15');
    await page.locator('#econ-banks').fill('2');
    await page.locator('#econ-households').fill('300');
    // The figure the runs of this very scenario start from (16.2% at the default scale).
    const start = scenarioStart({ ...ABM_PRESETS['abm-ubi-bonds']!, households: 300, firms: 15, banks: 2 });
    expect(start.clears).toBe(false);
    const by = `by ${(100 * start.excessDemand).toFixed(1)}%`;
    await page.locator('#card-seeds').fill('2');
    await page.locator('#card-draws').fill('0');
    await page.getByRole('button', { name: 'Compute report card' }).click();
    await expect
      .poll(() => page.getByTestId('card-verdict').textContent(), { timeout: 180_000 })
      .toMatch(/Citizen's income financed by bonds/);
    const note = page.getByTestId('card-scenario-note');
    expect(await note.isVisible()).toBe(true);
    const said = (await note.textContent())!;
    expect(said).toMatch(
      /^Note on this scenario\. These parameters have no steady state: at full employment/,
    );
    expect(said).toContain(`can make ${by} (`);
    expect(said).toMatch(/not a fault of the model\.$/);
    // Above the verdict and the table, once.
    const order = await page
      .getByTestId('report-card')
      .evaluate((el) => [...el.querySelectorAll('[data-testid]')].map((e) => e.getAttribute('data-testid')));
    expect(order.indexOf('card-scenario-note')).toBeLessThan(order.indexOf('card-verdict'));
    expect(order.filter((t) => t === 'card-scenario-note')).toHaveLength(1);
    const problems = await axeProblems(page, '[data-testid="card-scenario-note"]');
    expect(problems, describeAxeProblems(problems)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export card CSV' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text.split('\n').filter((l) => l.startsWith('# Note on this scenario: '));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain(
      `no steady state: at full employment, demand would exceed what the economy can make ${by} (`,
    );
  });
});
