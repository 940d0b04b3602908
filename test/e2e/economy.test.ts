import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PANELS } from '../../src-renderer/charts/economy';
import { axeProblems, cutDropDowns, describeAxeProblems } from './axe';
import { openApp, type Session } from './browser';
import { pathNumbers, runBothSmall, runStatus } from './economy-page';

let s: Session;
beforeAll(async () => {
  s = await openApp();
  await s.page.getByRole('tab', { name: 'Economy' }).click();
});
afterAll(async () => {
  await s?.close();
});

describe('Economy workspace in Chromium', () => {
  it('runs two presets side by side, three seeds each, with medians and 10–90% bands', async () => {
    const { page } = s;
    await runBothSmall(page, 6, () => page.locator('#econ-runs').fill('3'));

    const panel = page.getByTestId('econ-panel-debt_private_pct_gdp');
    const lines = panel.locator('path.series');
    expect(await lines.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const pts = pathNumbers(await lines.nth(i).getAttribute('d'));
      expect(pts).toHaveLength(60); // 30 quarters, x and y
      expect(pts.every(Number.isFinite)).toBe(true);
    }
    const bands = panel.locator('path.band');
    expect(await bands.count()).toBe(2);
    for (let i = 0; i < 2; i++) {
      const pts = pathNumbers(await bands.nth(i).getAttribute('d'));
      expect(pts).toHaveLength(120); // upper and lower edges
      expect(pts.every(Number.isFinite)).toBe(true);
    }
    // Direct labels wrap onto two lines (tspans); the full name is the tooltip.
    const label = (i: number) => panel.locator('text.line-label').nth(i).locator('tspan').allTextContents();
    expect((await label(0)).join(' ')).toBe('Private-debt economy (edited)');
    expect((await label(1)).join(' ')).toMatch(/^Public bank, interest-free/);
    expect(await panel.locator('text.line-label title').first().textContent()).toBe(
      'Private-debt economy: deficits financed by bonds sold to private banks (edited)',
    );
    // Every panel is drawn, each with both scenarios.
    expect(await page.locator('[data-testid^="econ-panel-"] path.series').count()).toBe(2 * PANELS.length);
    await expect
      .poll(() => page.getByTestId('econ-summary').locator('caption').textContent())
      .toBe('Medians over 3 runs per scenario');
    // How much of the bond interest saved is paid back on reserves, against the first scenario.
    expect(await page.getByTestId('econ-payback').textContent()).toMatch(
      /Public bank, interest-free.* against .*: bond interest to private holders fell by \d+\.\d\d% of GDP; interest on reserves rose by \d+\.\d\d% of GDP: \d+% of the saving is paid back on reserves\./,
    );
  });

  it('marks the pointed quarter in every panel and reads out each scenario’s value there', async () => {
    const { page } = s;
    const panel = page.getByTestId('econ-panel-debt_private_pct_gdp');
    const box = (await panel.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.45, box.y + box.height / 2);
    const readout = page.getByTestId('econ-readout');
    await expect.poll(() => readout.count()).toBe(1);
    // The rule stands in every panel, the read-out only in the one pointed at.
    expect(await page.locator('[data-testid^="econ-panel-"] .hover-rule').count()).toBe(PANELS.length);
    const quarterOf = async () => Number(/Quarter (\d+)/.exec((await readout.textContent()) ?? '')?.[1]);
    const q = await quarterOf();
    expect(q).toBeGreaterThan(1);
    expect(q).toBeLessThan(30);

    // Each value read out is the one the line is drawn at: pixel → value through the axis ticks.
    const ticks = await panel
      .locator('.y-axis .tick')
      .evaluateAll((els) =>
        els.map((e) => [
          Number((e.textContent ?? '').replace(/,/g, '').replace('−', '-')),
          Number(/translate\(0,([-\d.]+)\)/.exec(e.getAttribute('transform') ?? '')?.[1]),
        ]),
      );
    const [v0, y0] = ticks[0]!;
    const [v1, y1] = ticks.at(-1)!;
    const valueAt = (px: number) => v0! + ((px - y0!) * (v1! - v0!)) / (y1! - y0!);
    const rows = await readout.locator('.readout-row').allTextContents();
    expect(rows).toHaveLength(2);
    for (let i = 0; i < 2; i++) {
      const shown = Number(rows[i]!.split(':').at(-1)!.trim().replace(/,/g, ''));
      const pts = pathNumbers(await panel.locator('path.series').nth(i).getAttribute('d'));
      const drawn = valueAt(pts[2 * (q - 1) + 1]!);
      expect(Math.abs(shown - drawn)).toBeLessThan(0.01 * Math.abs(v1! - v0!));
    }

    await page.mouse.move(box.x + box.width * 0.6, box.y + box.height / 2);
    await expect.poll(quarterOf).toBeGreaterThan(q);
    await page.mouse.move(box.x + box.width / 2, box.y - 40);
    await expect.poll(() => readout.count()).toBe(0);
  });

  it('reads a panel without a mouse: arrow keys announce each quarter, Show data tabulates it', async () => {
    const { page } = s;
    const panel = page.getByTestId('econ-panel-debt_private_pct_gdp');
    const block = panel.locator('xpath=..');
    const announced = block.getByTestId('chart-announcement');
    await panel.focus();
    await page.keyboard.press('Home');
    await expect
      .poll(() => announced.textContent())
      .toMatch(/^Quarter 1 \(government debt, % of annual GDP\): /);
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    // Quarter 12: the rule stands there in every panel, and the announcement names both scenarios.
    await expect.poll(() => announced.textContent()).toMatch(/^Quarter 12 /);
    expect(await page.locator('[data-testid^="econ-panel-"] .hover-rule').count()).toBe(PANELS.length);
    const text = (await announced.textContent())!;
    const values = [...text.matchAll(/: (-?[\d,.]+)(?=;|$)/g)].map((m) => Number(m[1]!.replace(/,/g, '')));
    expect(text).toMatch(/Private-debt economy \(edited\) \(median\): /);
    expect(values).toHaveLength(2);

    // Each announced value is where the line is drawn at quarter 12 (pixel → value through the ticks).
    const ticks = await panel
      .locator('.y-axis .tick')
      .evaluateAll((els) =>
        els.map((e) => [
          Number((e.textContent ?? '').replace(/,/g, '').replace('−', '-')),
          Number(/translate\(0,([-\d.]+)\)/.exec(e.getAttribute('transform') ?? '')?.[1]),
        ]),
      );
    const [v0, y0] = ticks[0]!;
    const [v1, y1] = ticks.at(-1)!;
    const valueAt = (px: number) => v0! + ((px - y0!) * (v1! - v0!)) / (y1! - y0!);
    for (let i = 0; i < 2; i++) {
      const pts = pathNumbers(await panel.locator('path.series').nth(i).getAttribute('d'));
      expect(Math.abs(values[i]! - valueAt(pts[2 * 11 + 1]!))).toBeLessThan(0.01 * Math.abs(v1! - v0!));
    }
    await page.keyboard.press('End');
    await expect.poll(() => announced.textContent()).toMatch(/^Quarter 30 /);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.locator('.hover-rule').count()).toBe(0);

    // Show data: one row per quarter shown, a median and a 10–90% band column per scenario.
    const toggle = block.getByRole('button', { name: 'Show data' });
    await toggle.click();
    const table = block.getByTestId('data-table');
    expect(await table.locator('tbody tr').count()).toBe(30);
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Quarter',
      'Private-debt economy (edited) (median)',
      'Private-debt economy (edited), 10th percentile',
      'Private-debt economy (edited), 90th percentile',
      expect.stringMatching(/^Public bank, interest-free.* \(median\)$/),
      expect.stringMatching(/, 10th percentile$/),
      expect.stringMatching(/, 90th percentile$/),
    ]);
    const row12 = await table.locator('tbody tr').nth(11).locator('td').allTextContents();
    expect([row12[0], row12[3]].map((v) => Number(v!.replace(/,/g, '')))).toEqual(values);
    await block.getByRole('button', { name: 'Hide data' }).click();
    expect(await table.count()).toBe(0);
  });

  it('shows any quarter’s balance sheets with the invariant verdict', async () => {
    const { page } = s;
    await expect.poll(() => page.getByTestId('econ-period-shown').textContent()).toBe('Quarter 30 of 30');
    await page.locator('#econ-period').fill('12');
    await expect.poll(() => page.getByTestId('econ-period-shown').textContent()).toBe('Quarter 12 of 30');
    await expect
      .poll(() => page.getByTestId('econ-verdict').textContent())
      .toMatch(/^✓ Every invariant held in quarter 12/);
    const sums = await page.locator('[data-testid="econ-balance-sheet"] tfoot td').allTextContents();
    expect(sums).toHaveLength(6);
    expect(sums.every((v) => v === '0')).toBe(true);
  });

  it('shows a bad formula’s problem at its field and undoes an edit', async () => {
    const { page } = s;
    await page.locator('summary', { hasText: 'Policy: interest rates' }).click();
    const rate = page.locator('#econ-params-policyRate');
    await rate.fill('import("x")');
    await rate.press('Enter');
    await expect
      .poll(() => rate.locator('xpath=..').locator('.field-error').textContent())
      .toMatch(/^params\.policyRate: /);
    await rate.fill('0.01 + inflation');
    await rate.press('Enter');
    await expect.poll(() => rate.locator('xpath=..').locator('.field-error').count()).toBe(0);
    await expect.poll(() => runStatus(page)).toMatch(/Settings changed since these results/);
    // The rejected text never reached the scenario: one Undo goes back to the scenario that was run.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => rate.inputValue()).toBe('0.025');
    await expect.poll(() => runStatus(page)).not.toMatch(/Settings changed/);
  });

  it('cancels a long run, keeps the last results and runs again afterwards', async () => {
    const { page } = s;
    const before = await page
      .getByTestId('econ-panel-inflation_pct')
      .locator('path.series')
      .first()
      .getAttribute('d');
    await page.locator('#econ-households').fill('300000');
    await page.locator('#econ-periods').fill('200');
    // Above the cost cap (households × quarters × runs), Run asks first, with the estimate.
    let question = '';
    page.once('dialog', (d) => {
      question = d.message();
      void d.accept();
    });
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await page.getByTestId('econ-progress').waitFor();
    expect(question).toMatch(
      /^This is a large run: [\d,]+ household-quarters \(.*300,000 households × 200 quarters.*\): about /,
    );
    await page.getByRole('button', { name: 'Cancel', exact: true }).click();
    await expect.poll(() => runStatus(page)).toMatch(/^Run cancelled/);
    expect(await page.getByTestId('econ-progress').count()).toBe(0);
    expect(
      await page.getByTestId('econ-panel-inflation_pct').locator('path.series').first().getAttribute('d'),
    ).toBe(before);
    // The page still answers at once: the runs were in workers, and they are gone.
    const t0 = Date.now();
    await page.evaluate(() => 1 + 1);
    expect(Date.now() - t0).toBeLessThan(1000);
    await page.locator('#econ-households').fill('300');
    await page.locator('#econ-periods').fill('20');
    await page.locator('#econ-runs').fill('1');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => runStatus(page), { timeout: 60_000 }).toMatch(/^Done: 2 runs in/);
    const pts = pathNumbers(
      await page.getByTestId('econ-panel-inflation_pct').locator('path.series').nth(1).getAttribute('d'),
    );
    expect(pts).toHaveLength(40);
    expect(await page.getByTestId('econ-panel-inflation_pct').locator('path.band').count()).toBe(0);
  });

  it('exports an SVG naming both scenarios, with their assumptions and the scenarios embedded', async () => {
    const { page } = s;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('Public money vs private debt');
    // The subtitle names both scenarios (it may wrap, so read its lines together).
    const text = [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]).join(' ');
    expect(text).toMatch(
      /Scenarios: Private-debt economy \(edited\); Public bank, interest-free\s+\(edited\)\./,
    );
    expect(svg).toMatch(/Assumptions:/);
    // The four key panels and, beside the government's interest, the public sector's.
    expect(svg.match(/class="economy-panel/g)).toHaveLength(5);
    const meta = /<metadata[^>]*>([\s\S]*?)<\/metadata>/.exec(svg)?.[1] ?? '';
    expect(meta).toContain('public-bank-interest-free');
    expect(meta).toContain('private-debt');
  });

  it('has no serious or critical accessibility violations, and no drop-down cut at 1024 px', async () => {
    const { page } = s;
    // A panel's data table open too: it is part of what axe must pass.
    await page
      .getByTestId('econ-panel-inflation_pct')
      .locator('xpath=..')
      .getByRole('button', { name: 'Show data' })
      .click();
    const problems = await axeProblems(page);
    expect(problems, describeAxeProblems(problems)).toEqual([]);
    // Every parameter group open, so the money-regime choice is measured too.
    for (const d of await page.locator('.economy details').all())
      await d.evaluate((e) => ((e as HTMLDetailsElement).open = true));
    await page.setViewportSize({ width: 1024, height: 768 });
    try {
      expect(await page.locator('#econ-params-moneyRegime').isVisible()).toBe(true);
      expect(await page.locator('#econ-matrix-scenario').isVisible()).toBe(true);
      expect(await cutDropDowns(page)).toEqual([]);
    } finally {
      await page.setViewportSize({ width: 1360, height: 900 });
    }
  });
});
