/** The Sensitivity panel in the textbook workspace: partial results drawn as runs arrive, Cancel, exports, refusals. */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './browser';

let s: Session;
const panel = () => s.page.getByTestId('tb-sensitivity');
const chart = '[data-testid="tb-sens-chart"]';
const count = (sel: string) => s.page.locator(`${chart} ${sel}`).count();

beforeAll(async () => {
  s = await openApp();
  await s.page.getByRole('tab', { name: 'Textbook models' }).click();
  await s.page.waitForSelector('[data-testid="textbook-chart"] path.series-Y');
  await panel().locator('summary').click();
});
afterAll(async () => {
  await s?.close();
});

describe('Sensitivity panel in Chromium', () => {
  it('draws a heat map cell by cell as runs arrive, and Cancel keeps what ran', async () => {
    const { page } = s;
    await page.selectOption('#tb-sens-p1', 'G');
    await page.fill('#tb-sens-p1-steps', '40');
    await page.selectOption('#tb-sens-p2', 'theta');
    await page.fill('#tb-sens-p2-steps', '40');
    expect(await page.getByTestId('tb-sens-size').textContent()).toBe('1600 runs');
    await panel().getByRole('button', { name: 'Run sweep' }).click();
    // Partial: some cells coloured while others still wait.
    await page.waitForSelector(`${chart} rect.cell:not(.pending)`);
    expect(await count('rect.cell')).toBe(1600);
    expect(await count('rect.cell.pending')).toBeGreaterThan(0);
    await expect
      .poll(() => page.getByTestId('tb-sens-status').textContent())
      .toMatch(/^\s*\d+ of 1600 runs…/);
    await panel().getByRole('button', { name: 'Cancel' }).click();
    await expect
      .poll(() => page.getByTestId('tb-sens-status').textContent())
      .toMatch(/Cancelled after (\d+) of 1600 runs/);
    const status = (await page.getByTestId('tb-sens-status').textContent())!;
    const done = Number(/Cancelled after (\d+)/.exec(status)![1]);
    expect(done).toBeGreaterThan(0);
    expect(done).toBeLessThan(1600);
    // The chart keeps the runs that arrived, and nothing more arrives after Cancel.
    await page.waitForTimeout(500);
    expect(await count('rect.cell:not(.pending)')).toBe(done);
    expect(await page.getByTestId('tb-sens-status').textContent()).toBe(status);
    await expect(panel().getByRole('button', { name: 'Run sweep' }).isEnabled()).resolves.toBe(true);
  });

  it('one parameter with a formula metric: a line over G, exported as CSV with units and provenance', async () => {
    const { page } = s;
    await page.selectOption('#tb-sens-p2', '');
    await page.fill('#tb-sens-p1-low', '10');
    await page.fill('#tb-sens-p1-high', '30');
    await page.fill('#tb-sens-p1-steps', '5');
    await page.selectOption('#tb-sens-metric', '__formula__');
    await page.fill('#tb-sens-fname', 'y_end');
    await page.fill('#tb-sens-formula', 'import(1)');
    await panel().getByRole('button', { name: 'Run sweep' }).click();
    await expect(panel().getByRole('alert').textContent()).resolves.toMatch(
      /^metric y_end: .*the function "import"/,
    );
    await page.fill('#tb-sens-formula', 'last(Y)');
    await panel().getByRole('button', { name: 'Run sweep' }).click();
    await expect.poll(() => page.getByTestId('tb-sens-status').textContent()).toMatch(/5 runs in/);
    expect(await count('circle.point')).toBe(5);
    expect(await count('path.series-median')).toBe(1);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      panel().getByRole('button', { name: 'CSV' }).click(),
    ]);
    const text = readFileSync((await download.path())!, 'utf8');
    const lines = text.trimEnd().split('\n');
    expect(lines[0]).toBe('# y_end = last(Y) as G varies');
    expect(lines.some((l) => /^# Public Money Lab .* model gl-sim/.test(l))).toBe(true);
    expect(lines).toContain(
      '# units: {"G":"","seed":"none: the model is deterministic","y_end":"money per period (GDP)"}',
    );
    const table = lines.filter((l) => !l.startsWith('#'));
    expect(table[0]).toBe('G,seed,y_end');
    expect(table.slice(1).map((l) => l.split(',')[0])).toEqual(['10', '15', '20', '25', '30']);
    // SIM's Y approaches G/θ = 5G.
    for (const l of table.slice(1)) {
      const [g, , y] = l.split(',').map(Number);
      expect(Math.abs(y! / (5 * g!) - 1)).toBeLessThan(0.01);
    }
  });
});
