import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessibleDown1024 } from './axe';
import { openApp, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await openApp();
  await s.page.getByRole('tab', { name: 'Textbook models' }).click();
  await s.page.waitForSelector('[data-testid="textbook-chart"] path.series-Y');
});
afterAll(async () => {
  await s?.close();
});

const chart = '[data-testid="textbook-chart"]';
const yPath = () => s.page.locator(`${chart} path.series-Y`).getAttribute('d');
const yLabel = () => s.page.locator(`${chart} .label-Y`).textContent();

/** What a reader sees in a matrix table: the body rows and the Σ row, as numbers (blank = 0). */
async function readMatrix(page: Page, testId: string) {
  return page.getByTestId(testId).evaluate((table) => {
    const num = (td: Element) => {
      const t = (td.textContent ?? '').trim().replace('−', '-').replace('+', '');
      return t === '' ? 0 : Number(t);
    };
    const rows = [...table.querySelectorAll('tbody tr')].map((tr) => ({
      label: tr.querySelector('th')!.textContent!,
      cells: [...tr.querySelectorAll('td')].map(num),
    }));
    const sumRow = [...table.querySelectorAll('tfoot td')].map(num);
    return { rows, sumRow };
  });
}

/** Every row adds up to its Σ cell (zero), every column to zero, within the 2-decimal rounding shown. */
function expectWaterTight(m: Awaited<ReturnType<typeof readMatrix>>, skipRows: string[] = []) {
  const nonzero = m.rows.flatMap((r) => r.cells).filter((v) => v !== 0);
  expect(nonzero.length).toBeGreaterThan(2);
  const nCols = m.sumRow.length;
  for (const r of m.rows) {
    expect(r.cells).toHaveLength(nCols);
    const sectors = r.cells.slice(0, -1);
    const total = sectors.reduce((a, b) => a + b, 0);
    const tolerance = 0.005 * sectors.length + 1e-9;
    expect(Math.abs(total - r.cells.at(-1)!), r.label).toBeLessThanOrEqual(tolerance);
    if (!skipRows.includes(r.label))
      expect(Math.abs(r.cells.at(-1)!), r.label).toBeLessThanOrEqual(tolerance);
  }
  for (let c = 0; c < nCols; c++) {
    const total = m.rows.reduce((a, r) => a + r.cells[c]!, 0);
    expect(Math.abs(total), `column ${c}`).toBeLessThanOrEqual(0.005 * m.rows.length + 1e-9);
    expect(m.sumRow[c]).toBe(0);
  }
}

describe('textbook models in Chromium', () => {
  it('draws model SIM with its steady states and the sources', async () => {
    const { page } = s;
    expect(await yLabel()).toBe('Y → 100');
    // 60 periods: 60 points, 59 "L" segments.
    expect((await yPath())?.split('L')).toHaveLength(60);
    expect(await page.locator(`${chart} line.steady`).count()).toBe(4);
    expect(await page.getByTestId('steady-Y').textContent()).toMatch(/^Y, income \(GDP\)100/);
    expect(await page.locator('.textbook footer.sources').textContent()).toMatch(
      /Godley, W\. and Lavoie, M\. \(2007\)/,
    );
  });

  it('reads out the published SIM values under the pointer and steps to the period clicked', async () => {
    const { page } = s;
    const host = page.locator(chart);
    const box = (await host.boundingBox())!;
    // The third point of the Y line is period 3; its x is in the path, relative to the chart.
    const pts = ((await yPath()) ?? '').match(/-?\d+(\.\d+)?/g)!.map(Number);
    await page.mouse.move(box.x + pts[4]!, box.y + 120);
    const readout = page.getByTestId('chart-readout');
    await expect.poll(() => readout.textContent()).toMatch(/^Period 3 /);
    // Godley & Lavoie Table 3.4: Y = 55.939918 in period 3.
    expect(await readout.textContent()).toContain('Y: 55.9399');
    await page.mouse.click(box.x + pts[4]!, box.y + 120);
    const shown = () => page.getByTestId('period-shown').textContent();
    await expect.poll(shown).toBe('Period 3 of 60');
    await page.mouse.move(box.x + box.width / 2, box.y - 30);
    await expect.poll(() => readout.count()).toBe(0);
    // Back to period 1, where the stepping test below starts.
    await page.mouse.click(box.x + pts[0]!, box.y + 120);
    await expect.poll(shown).toBe('Period 1 of 60');
  });

  it('moves the line when a slider moves: G = 30 takes income to 150', async () => {
    const { page } = s;
    const before = await yPath();
    await page.locator('#tb-G').fill('30');
    await expect.poll(yPath).not.toBe(before);
    await expect.poll(yLabel).toBe('Y → 150');
    await expect.poll(() => page.getByTestId('steady-Y').textContent()).toMatch(/^Y, income \(GDP\)150/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(yLabel).toBe('Y → 100');
  });

  it('shocks G from period 10, marking it on the chart', async () => {
    const { page } = s;
    await page.locator('#shock-from').fill('10');
    await page.locator('#shock-param').selectOption('G');
    await page.locator('#shock-value').fill('25');
    await page.getByRole('button', { name: 'Apply shock' }).click();
    await expect.poll(yLabel).toBe('Y → 125');
    expect(await page.locator(`${chart} .marker-event text`).textContent()).toBe('from 10: G = 25');
    expect(await page.locator('.shock-list').textContent()).toMatch(/G: 20 → 25 from period 10/);
    await page.locator('.shock-list').getByRole('button', { name: 'Remove' }).click();
    await expect.poll(yLabel).toBe('Y → 100');
  });

  it('steps a period and shows matrices that sum to zero, with the verdict', async () => {
    const { page } = s;
    await expect.poll(() => page.getByTestId('period-shown').textContent()).toBe('Period 1 of 60');
    await page.getByRole('button', { name: 'Next ▶' }).click();
    await page.getByRole('button', { name: 'Next ▶' }).click();
    await expect.poll(() => page.getByTestId('period-shown').textContent()).toBe('Period 3 of 60');
    await page.getByRole('button', { name: '◀ Back' }).click();
    await expect.poll(() => page.getByTestId('period-shown').textContent()).toBe('Period 2 of 60');
    expect(await page.locator(`${chart} .marker-break text`).textContent()).toBe('period 2');
    const bs = await readMatrix(page, 'balance-sheet');
    expect(bs.rows.map((r) => r.label)).toEqual(['Money (cash)', 'Net worth']);
    expectWaterTight(bs);
    const tfm = await readMatrix(page, 'transactions-flow');
    expect(tfm.rows.map((r) => r.label)).toContain('Δ Money (cash)');
    expectWaterTight(tfm);
    // Government expenditure: the government pays 20, firms receive 20.
    expect(tfm.rows.find((r) => r.label === 'Government expenditure')!.cells).toEqual([0, 20, -20, 0]);
    expect(await page.getByTestId('verdict').textContent()).toMatch(
      /water-tight: every row and column sums to zero, largest error (0|\de-\d+)/,
    );
  });

  it('explains the period in words and T-accounts, and draws who paid whom', async () => {
    const { page } = s;
    const postings = page.getByTestId('postings').locator('li');
    expect(await postings.count()).toBe(4);
    expect(await postings.first().textContent()).toMatch(
      /^Government expenditure\. the government spent 20 on goods/,
    );
    const households = await page.getByTestId('t-account-hh').textContent();
    expect(households).toMatch(/Money \(cash\)/);
    expect(households).toMatch(/net worth \(saving\)/);
    // Households have no liabilities, but their net worth rose: the cell shows that, not "no change".
    expect(await page.getByTestId('t-account-hh').locator('tbody td').nth(1).textContent()).not.toMatch(
      /no change/,
    );
    await expect.poll(() => page.locator('[data-testid="sankey"] path.link').count()).toBe(4);
    await page.getByLabel('include financing').check();
    await expect.poll(() => page.locator('[data-testid="sankey"] path.link').count()).toBe(5);
    // The Sankey reads by keyboard too, one payment per step, and its table has one row per link.
    const block = page.locator('.chart-block:has([data-testid="sankey"])');
    await page.getByTestId('sankey').focus();
    await page.keyboard.press('Home');
    await expect
      .poll(() => block.getByTestId('chart-announcement').textContent())
      .toMatch(/^.+: .+ → .+ \(money units\): Amount: \d+\.\d\d$/);
    await block.getByRole('button', { name: 'Show data' }).click();
    await expect.poll(() => block.locator('[data-testid="data-table"] tbody tr').count()).toBe(5);
    await page.getByLabel('include financing').uncheck();
  });

  it('switches to model PC and its matrices still sum to zero', async () => {
    const { page } = s;
    await page.locator('#tb-model').selectOption('gl-pc');
    await expect.poll(yLabel).toBe('Y → 106.49');
    await page.locator('#tb-period').fill('5');
    await expect.poll(() => page.getByTestId('period-shown').textContent()).toBe('Period 5 of 100');
    expectWaterTight(await readMatrix(page, 'balance-sheet'));
    const tfm = await readMatrix(page, 'transactions-flow');
    expect(tfm.sumRow).toHaveLength(6);
    expectWaterTight(tfm);
  });

  it('exports an SVG of the chart with the scenario embedded', async () => {
    const { page } = s;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.svg$/);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('Model PC: how the economy gets to its steady state');
    expect(svg).toContain('Y → 106.49');
    expect(svg).toMatch(/Godley/);
    const meta = /<metadata[^>]*>([\s\S]*?)<\/metadata>/.exec(svg)?.[1] ?? '';
    const embedded = JSON.parse(
      meta.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'),
    );
    expect(embedded.scenario.model).toBe('gl-pc');
    expect(embedded.scenario.params.r).toBe(0.025);
  });

  it('has no serious or critical accessibility violations, and no drop-down cut at 1024 px', async () => {
    await expectAccessibleDown1024(s.page);
  });
});
