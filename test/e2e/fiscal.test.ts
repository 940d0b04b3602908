import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessibleDown1024 } from './axe';
import { openApp, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await openApp();
});
afterAll(async () => {
  await s?.close();
});

const cfPath = () =>
  s.page.locator('[data-testid="debt-chart"] path.series-counterfactual-0').getAttribute('d');

describe('fiscal history in Chromium', () => {
  it('draws actual and counterfactual lines, decomposition bars and the sources', async () => {
    const { page } = s;
    await page.waitForSelector('[data-testid="debt-chart"] path.series-counterfactual-0');
    const actual = await page.locator('[data-testid="debt-chart"] path.series-actual').getAttribute('d');
    // One point per fiscal year 1962–2022: 61 points, so 60 "L" segments.
    expect(actual?.split('L').length).toBe(61);
    expect(await page.locator('[data-testid="decomposition-chart"] g.bar').count()).toBe(5);
    await expect.poll(() => page.locator('footer.sources').textContent()).toMatch(/Fiscal Reference Tables/);
    expect(await page.locator('section.assumptions li').count()).toBeGreaterThanOrEqual(3);
    const marker = await page.locator('[data-testid="debt-chart"] .marker-event text').textContent();
    expect(marker).toBe('Counterfactual from FY1974–75');
  });

  it('moves the counterfactual line when the share slider moves, and back to history at 0%', async () => {
    const { page } = s;
    const before = await cfPath();
    const avoidedBefore = await page.getByTestId('interest-avoided').textContent();
    await page.locator('#share').fill('0.8');
    await expect.poll(cfPath).not.toBe(before);
    await expect.poll(() => page.getByTestId('interest-avoided').textContent()).not.toBe(avoidedBefore);
    // Edits of one control within 600 ms merge into one undo step (a slider drag); pause between them.
    await page.waitForTimeout(700);
    await page.locator('#share').fill('0');
    // Compare with the actual line as redrawn: the axes rescale with the counterfactual, so the
    // path read before the redraw has other x positions.
    const actualPath = () => page.locator('[data-testid="debt-chart"] path.series-actual').getAttribute('d');
    await expect.poll(async () => (await cfPath()) === (await actualPath())).toBe(true);
    await expect
      .poll(() => page.getByTestId('interest-avoided').textContent())
      .toMatch(/^Interest avoided0\.0B$/);
    // Undo brings the 80% line back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => page.locator('#share').inputValue()).toBe('0.8');
  });

  it('takes a year typed key by key: 2010 over 2013 in End year, applied on Enter', async () => {
    const { page } = s;
    const end = page.locator('#end');
    const lastYear = async () => {
      const d = (await cfPath()) ?? '';
      return d.split('L').length;
    };
    await end.fill('2013');
    await end.press('Enter');
    await expect.poll(lastYear).toBe(2013 - 1962 + 1);
    // Select the old value and type over it one key at a time, as a person does.
    await end.click();
    await end.press('ControlOrMeta+a');
    await end.pressSequentially('2010');
    expect(await end.inputValue()).toBe('2010');
    await end.press('Enter');
    await expect.poll(lastYear).toBe(2010 - 1962 + 1);
    expect(await end.getAttribute('aria-invalid')).toBeNull();
    // Not a year in range: the text stays, the reason is beside the field, the chart is unchanged.
    await end.click();
    await end.press('ControlOrMeta+a');
    await end.pressSequentially('1900');
    await end.press('Tab');
    expect(await end.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await end.getAttribute('aria-describedby')) ?? '';
    expect(describedBy.split(' ')).toContain('end-error');
    expect(await page.locator('#end-error').textContent()).toMatch(/^End year: must be a whole number from/);
    expect(await lastYear()).toBe(2010 - 1962 + 1);
    await end.fill('2022');
    await end.press('Enter');
    await expect.poll(lastYear).toBe(2022 - 1962 + 1);
  });

  it('exports an SVG with title, sources, assumptions and the scenario embedded', async () => {
    const { page } = s;
    // Set the share here rather than trust the test before: each test states what it needs.
    await page.locator('#share').fill('0.8');
    await expect.poll(() => page.locator('#share').inputValue()).toBe('0.8');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Export SVG' }).click(),
    ]);
    // The edited scenario is named by its parameters, not by the preset it started from.
    expect(download.suggestedFilename()).toMatch(
      /^public-money-lab_canada-federal-debt-from-fy1974-75-80-held-by-the-bank-of-canada-at-0_\d{4}-\d{2}-\d{2}\.svg$/,
    );
    const svg = readFileSync((await download.path())!, 'utf8');
    expect(svg).toContain('80% held by the Bank of Canada at 0%');
    expect(svg).toMatch(/^<\?xml/);
    expect(svg).toContain("Canada's federal debt: history vs a public-bank counterfactual");
    expect(svg).toMatch(/Sources?:/);
    expect(svg).toContain('No macroeconomic feedback');
    expect(svg).toContain('Public bank holds 80%');
    const meta = /<metadata[^>]*>([\s\S]*?)<\/metadata>/.exec(svg)?.[1] ?? '';
    const embedded = JSON.parse(
      meta.replaceAll('&quot;', '"').replaceAll('&lt;', '<').replaceAll('&gt;', '>').replaceAll('&amp;', '&'),
    );
    expect(embedded.scenario.params.publicShare).toBe(0.8);
    expect(embedded.scenario.model).toBe('fiscal-history');
  });

  it('exports a CSV whose # lines say what it is, above a table a spreadsheet reads', async () => {
    const { page } = s;
    await page.locator('#share').fill('0.8');
    await expect.poll(() => page.locator('#share').inputValue()).toBe('0.8');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'CSV', exact: true }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const lines = readFileSync((await download.path())!, 'utf8')
      .trimEnd()
      .split('\n');
    const comments = lines.filter((l) => l.startsWith('# '));
    expect(comments[0]).toBe(
      "# Canada's federal debt: history vs a public-bank counterfactual from FY1974–75",
    );
    expect(comments.some((l) => /^# Sources: .*Fiscal Reference Tables/.test(l))).toBe(true);
    expect(comments.some((l) => l.includes('No macroeconomic feedback'))).toBe(true);
    const scenario = JSON.parse(comments.find((l) => l.startsWith('# Scenario: '))!.slice(12));
    expect(scenario.params.publicShare).toBe(0.8);
    // Every column's unit, in the values' own unit: CAD millions, not the chart's billions.
    const units = JSON.parse(comments.at(-1)!.replace(/^# units: /, ''));
    expect(units.actual_debt).toBe('CAD millions');
    expect(comments.filter((l) => /billion/i.test(l))).toEqual([]);
    const table = lines.slice(comments.length);
    expect(table[0]!.split(',').slice(0, 5)).toEqual([
      'year',
      'actual_debt',
      'counterfactual_debt',
      'actual_interest',
      'counterfactual_interest',
    ]);
    expect(table).toHaveLength(1 + 61);
  });

  it('refuses a malformed scenario file with the field named, keeping the current scenario', async () => {
    const { page } = s;
    const shareBefore = await page.locator('#share').inputValue();
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open scenario…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'bad.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        JSON.stringify({
          schemaVersion: 1,
          model: 'fiscal-history',
          params: { country: 'canada', publicShare: 2 },
        }),
      ),
    });
    await expect
      .poll(() => page.locator('.problems').textContent())
      .toMatch(/params\.publicShare: .*\(got 2\)/);
    expect(await page.locator('#share').inputValue()).toBe(shareBefore);
  });

  it('names a file that is not JSON, with the line and column where it goes wrong', async () => {
    const { page } = s;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open scenario…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'my scenario.json',
      mimeType: 'application/json',
      buffer: Buffer.from('{\n  "schemaVersion": 1,\n  "model": "fiscal-history"\n  "params": {}\n}\n'),
    });
    await expect
      .poll(() => page.locator('.problems').textContent())
      .toMatch(/my scenario\.json: not valid JSON at line 4, column 3: /);
    expect(await page.locator('.problems').textContent()).not.toMatch(/position/);
  });

  it('has no serious or critical accessibility violations, and no drop-down cut at 1024 px', async () => {
    await expectAccessibleDown1024(s.page);
  });

  it('reads the debt chart by keyboard and shows its numbers as a table', async () => {
    const { page } = s;
    const chart = page.getByTestId('debt-chart');
    await chart.focus();
    await page.keyboard.press('Home');
    const said = page.locator('.fiscal [data-testid="chart-announcement"]').first();
    // FY1961–62, the first year of the accumulated deficit: 14,825 million.
    await expect
      .poll(() => said.textContent())
      .toMatch(/^FY1961–62 \(CAD billions, current dollars\): Actual: 14\.8B; /);
    await page.locator('.fiscal .chart-block').first().getByRole('button', { name: 'Show data' }).click();
    const rows = page.locator('.fiscal [data-testid="data-table"]').first().locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(61);
    expect(await rows.nth(12).locator('th, td').first().textContent()).toBe('FY1973–74');
    expect(await rows.nth(12).locator('td').first().textContent()).toBe('26.2B');
    await page.locator('.fiscal .chart-block').first().getByRole('button', { name: 'Hide data' }).click();
    // The decomposition bars read the same way: the first decade's contributions.
    await page.getByTestId('decomposition-chart').focus();
    await page.keyboard.press('ArrowRight');
    const bars = page.locator('.decomposition [data-testid="chart-announcement"]');
    await expect
      .poll(() => bars.textContent())
      .toBe(
        '1975–1984 (CAD billions): Change in debt: 131.1B; Interest: 96.1B; Primary deficit (+) / surplus (−): 46.8B; Restatements: −11.8B',
      );
  });
});
