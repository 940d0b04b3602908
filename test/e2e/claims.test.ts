import { readFileSync } from 'node:fs';
import type { Download } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkClaims } from '../../models/claims';
import { shippedData } from '../unit/helpers/data';
import { expectAccessibleDown1024 } from './axe';
import { openApp, type Session } from './browser';

let s: Session;
const report = checkClaims(shippedData());

beforeAll(async () => {
  s = await openApp();
  await s.page.getByRole('tab', { name: 'Claims' }).click();
  await s.page.waitForSelector('[data-testid="claim-chart"] path.series');
});
afterAll(async () => {
  await s?.close();
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('Claims in Chromium', () => {
  it('shows every claim with the verdict the model computes', async () => {
    const { page } = s;
    for (const c of report.claims) {
      await expect.poll(() => page.getByTestId(`claim-${c.id}`).textContent()).toContain(c.verdict);
    }
    await page.getByTestId('claim-4').click();
    const detail = page.getByTestId('claim-detail');
    await expect
      .poll(() => detail.locator('h2').textContent())
      .toBe('Claim 4: Interest the largest item does not hold');
    expect(await page.getByTestId('claim-rule').textContent()).toBe(report.claims[3]!.rule);
    // The measurement table lists every figure with its value as computed.
    const rows = page.locator('[data-testid="claim-figures"] tbody tr');
    expect(await rows.count()).toBe(report.claims[3]!.figures.length);
    expect(await page.locator('tr[data-figure="seniors-2018"] td.num').textContent()).toBe('$50.6B');
  });

  it('announces a value when the chart is read with the arrow keys', async () => {
    const { page } = s;
    await page.getByTestId('claim-1').click();
    const chart = page.getByTestId('claim-chart');
    await chart.focus();
    await page.keyboard.press('End');
    const said = page.locator('.claim [data-testid="chart-announcement"]');
    // Claim 1's chart ends in FY2012–13; its one line is net debt in 2023 dollars.
    await expect
      .poll(() => said.textContent())
      .toMatch(/^FY2012–13 \(CAD billions of 2023 \(deflated by CPI\)\): Net debt: \$[\d,]+B$/);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => said.textContent()).toMatch(/^FY1867–68 .*: Net debt: \$\d+\.\dB$/);
    // The visible read-out follows the keyboard too.
    await expect.poll(() => chart.getByTestId('chart-readout').textContent()).toMatch(/^FY1867–68/);
  });

  it('opens a data table whose rows match the chart’s series', async () => {
    const { page } = s;
    await page.getByTestId('claim-3').click();
    await page.locator('.claim').getByRole('button', { name: 'Show data' }).click();
    const table = page.locator('.claim [data-testid="data-table"]');
    const c = report.claims[2]!;
    const rows = table.locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(c.chart.x.length);
    const first = await rows.first().locator('th, td').allTextContents();
    const v = c.chart.series[0]!.values[0]!;
    expect(first[0]).toBe('FY1974–75');
    expect(first[1]).toBe(`$${v.toFixed(1)}B`);
    const last = await rows.last().locator('th, td').allTextContents();
    expect(last[0]).toBe('FY2024–25');
    // The running total in current dollars ends at the claim's figure.
    expect(last[1]).toBe(`$${Math.round(c.chart.series[0]!.values.at(-1)!).toLocaleString('en-CA')}B`);
    await page.locator('.claim').getByRole('button', { name: 'Hide data' }).click();
  });

  it('downloads a headline card at each size with its alt text beside it', async () => {
    const { page } = s;
    await page.getByTestId('claim-3').click();
    const expected = { landscape: [1200, 675], square: [1080, 1080], portrait: [1080, 1350] } as const;
    const got: Download[] = [];
    page.on('download', (d) => got.push(d));
    for (const [size, [w, h]] of Object.entries(expected)) {
      got.length = 0;
      await page.locator('.claims .card-export select').selectOption(size);
      await page.locator('.claims').getByRole('button', { name: 'Headline card' }).click();
      // The PNG, then its alt text as a .txt beside it.
      await expect.poll(() => got.length).toBe(2);
      const [card, alt] = got as [Download, Download];
      expect(card.suggestedFilename()).toMatch(new RegExp(`card-${w}x${h}_\\d{4}-\\d{2}-\\d{2}\\.png$`));
      expect(pngSize(readFileSync((await card.path())!))).toEqual({ width: w, height: h });
      expect(alt.suggestedFilename()).toBe(card.suggestedFilename().replace(/\.png$/, '.alt.txt'));
      const text = readFileSync((await alt.path())!, 'utf8');
      expect(text).toMatch(/^Headline card\. \$1,500B of federal debt charges/);
      expect(text).toContain('Verdict on the essay’s claim');
    }
    page.removeAllListeners('download');
  });

  it('exports a claim as SVG with its verdict rule and limits on the face and alt text in <desc>', async () => {
    const { page } = s;
    await page.getByTestId('claim-5').click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('.claim').getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    const svg = readFileSync((await download.path())!, 'utf8');
    const face = [...svg.matchAll(/<text[^>]*data-role="assumptions"[^>]*>([^<]*)<\/text>/g)]
      .map((m) => m[1])
      .join(' ');
    expect(face).toContain('Verdict rule: Checkable only with');
    expect(face).toContain('No historical series of the Bank of Canada');
    expect(svg).toMatch(/<desc>Claim 5, verdict: cannot be checked with these data\. Line chart:/);
  });

  it('has no serious or critical accessibility violations, and no drop-down cut at 1024 px', async () => {
    await expectAccessibleDown1024(s.page);
  });
});
