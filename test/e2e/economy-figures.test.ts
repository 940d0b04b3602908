import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeProblems, describeAxeProblems } from './axe';
import { openApp, type Session } from './browser';
import { pathNumbers, runBothSmall } from './economy-page';

let s: Session;
beforeAll(async () => {
  s = await openApp();
  await s.page.getByRole('tab', { name: 'Economy' }).click();
});
afterAll(async () => {
  await s?.close();
});

/** "1.612%" or "−0.5%" → 1.612 / −0.5 (percentage points). */
const pctOf = (text: string | null) => Number((text ?? '').replace('−', '-').replace(/[%,\s]/g, ''));

/** The summary table's cells of one row, in scenario order. */
async function summaryRow(page: Page, key: string): Promise<string[]> {
  return page.locator(`[data-testid=econ-summary] tr[data-key=${key}] td`).allTextContents();
}

describe('Economy: money by origin and who pays interest to whom', () => {
  it('draws both figures for each compared scenario, with finite, non-empty paths', async () => {
    const { page } = s;
    await runBothSmall(page, 2);

    const panels = page.locator('[data-testid=money-origin-panels] svg.money-origin-panel');
    expect(await panels.count()).toBe(2);
    for (let k = 0; k < 2; k++) {
      const bands = panels.nth(k).locator('path.band');
      expect(await bands.count()).toBeGreaterThanOrEqual(2);
      for (const b of await bands.all()) {
        const pts = pathNumbers(await b.getAttribute('d'));
        expect(pts.length).toBeGreaterThanOrEqual(4 * 30);
        expect(pts.every(Number.isFinite)).toBe(true);
      }
      const money = pathNumbers(await panels.nth(k).locator('path.money-line').getAttribute('d'));
      expect(money).toHaveLength(60);
      expect(money.every(Number.isFinite)).toBe(true);
    }
    // The interest-free scenario's money comes largely from public money spent; the baseline's from bonds.
    expect(await panels.nth(0).locator('path.origin-bank_bonds').count()).toBe(1);
    expect(await panels.nth(1).locator('path.origin-public_spending').count()).toBe(1);

    const diagrams = page.locator('[data-testid=interest-diagrams] svg.interest-diagram');
    expect(await diagrams.count()).toBe(2);
    for (let k = 0; k < 2; k++) {
      const flows = diagrams.nth(k).locator('path.flow');
      expect(await flows.count()).toBeGreaterThanOrEqual(3);
      for (const f of await flows.all()) {
        const pts = pathNumbers(await f.getAttribute('d'));
        expect(pts).toHaveLength(6);
        expect(pts.every(Number.isFinite)).toBe(true);
      }
    }
  });

  it("the diagram's numbers are the model's summary: government and public interest to private", async () => {
    const { page } = s;
    // The text alternative lists every flow (also those too thin to draw), per scenario.
    await page
      .getByTestId('interest-diagrams')
      .locator('xpath=..')
      .getByRole('button', { name: 'Show data' })
      .click();
    const table = page.locator('.interest-flows [data-testid=data-table] table');
    const rows = await table.locator('tbody tr').all();
    const flows: { name: string; values: number[] }[] = [];
    for (const r of rows) {
      flows.push({
        name: (await r.locator('th').textContent()) ?? '',
        values: (await r.locator('td').allTextContents()).map((t) => Number(t.replace(/,/g, ''))),
      });
    }
    expect(flows.length).toBeGreaterThanOrEqual(4);
    const value = (prefix: string, k: number) =>
      flows.filter((f) => f.name.startsWith(prefix)).reduce((a, f) => a + (f.values[k] ?? 0), 0);
    const gov = await summaryRow(page, 'meanGovInterestToPrivateAfterBurnIn');
    const pub = await summaryRow(page, 'meanPublicInterestToPrivateAfterBurnIn');
    for (let k = 0; k < 2; k++) {
      const govFlows =
        value('Government → Households', k) +
        value('Government → Firms', k) +
        value('Government → Private banks', k);
      // Table values to 3 decimals (of %), summary to 3 decimals: a few thousandths apart at most.
      expect(Math.abs(govFlows - pctOf(gov[k]!))).toBeLessThanOrEqual(0.003);
      const pubFlows =
        govFlows + value('Public bank → Private banks', k) - value('Private banks → Public bank', k);
      expect(Math.abs(pubFlows - pctOf(pub[k]!))).toBeLessThanOrEqual(0.003);
    }
    // The baseline pays interest on bonds; the interest-free public bank pays on reserves instead.
    expect(pctOf(gov[0]!)).toBeGreaterThan(pctOf(gov[1]!));
    expect(value('Public bank → Private banks', 1)).toBeGreaterThan(value('Public bank → Private banks', 0));

    // Each drawn arrow's label shows the value its data carries (2 decimals of %).
    const diagram = page.locator('[data-testid=interest-diagrams] svg.interest-diagram').first();
    const arrow = diagram.locator('path.flow[data-from="Government"][data-to="Private banks"]');
    const share = Number(await arrow.getAttribute('data-share'));
    expect(Math.abs(100 * share - value('Government → Private banks', 0))).toBeLessThanOrEqual(0.0005);
    const labels = await diagram.locator('.flow-label text').allTextContents();
    expect(labels).toContain(`${(100 * share).toFixed(2)}%`);
  });

  it('reads flows by keyboard, passes axe, and exports the diagram with title, sources and scenario', async () => {
    const { page } = s;
    const host = page.getByTestId('interest-diagrams');
    await host.focus();
    await page.keyboard.press('Home');
    await expect
      .poll(() => page.locator('.interest-flows [data-testid=chart-announcement]').textContent())
      .toMatch(/→ .*: .*\d/);
    // The money-by-origin panels are reachable and read too.
    const block = page.locator('[data-testid=money-origin-panels] .chart-block').nth(1);
    await block.locator('.chart-host').focus();
    await page.keyboard.press('End');
    await expect
      .poll(() => block.getByTestId('chart-announcement').textContent())
      .toMatch(/Quarter 30 .*Money stock: [\d.]+/);

    const problems = await axeProblems(page, '.econ-figure');
    expect(problems, describeAxeProblems(problems)).toEqual([]);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('toolbar', { name: 'Export the interest diagram' })
        .getByRole('button', { name: 'Save SVG' })
        .click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('Who pays interest to whom');
    expect(svg).toMatch(/Assumptions:/);
    expect(svg).toMatch(/Sources?:/);
    expect(svg.match(/class="interest-diagram /g)).toHaveLength(2);
    const meta = /<metadata[^>]*>([\s\S]*?)<\/metadata>/.exec(svg)?.[1] ?? '';
    expect(meta).toContain('public-bank-interest-free');

    const [csv] = await Promise.all([
      page.waitForEvent('download'),
      page
        .getByRole('toolbar', { name: 'Export the money-by-origin figure' })
        .getByRole('button', { name: 'Save CSV' })
        .click(),
    ]);
    const text = readFileSync((await csv.path())!, 'utf8');
    expect(text).toContain('# units:');
    expect(text).toMatch(/Private-debt economy \(edited\): Firm loans from private banks/);
  });
});
