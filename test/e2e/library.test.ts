/** The scenario library and country import in Chromium: autosave restore, the diff view, a user's table. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getPreset } from '../../models/scenario';
import { openApp, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await openApp();
  // Leaving with unsaved changes asks (beforeunload); these tests mean to leave.
  s.page.on('dialog', (d) => void d.accept());
});
afterAll(async () => {
  await s?.close();
});

const SHOTS = process.env.SCREENSHOTS_DIR;
const shot = async (name: string) => {
  if (SHOTS) await s.page.screenshot({ path: resolve(SHOTS, name) });
};
const EXAMPLE = resolve(__dirname, '../../models/data/template/SYNTHETIC_example_country_table.csv');

async function chooseFile(buttonName: string, name: string, text: string, nth = 0) {
  const chooser = s.page.waitForEvent('filechooser');
  await s.page.getByRole('button', { name: buttonName }).nth(nth).click();
  await (await chooser).setFiles({ name, mimeType: 'text/plain', buffer: Buffer.from(text) });
}

describe('scenario library in Chromium', () => {
  it('restores the working scenario after a reload, says so, and Discard brings back the default', async () => {
    const { page } = s;
    await page.waitForSelector('[data-testid="debt-chart"] path.series-counterfactual-0');
    await page.locator('#share').fill('0.8');
    await expect.poll(() => page.locator('#share').inputValue()).toBe('0.8');
    // The autosave is written on the change; give React its effect.
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('public-money-lab:autosave:fiscal')))
      .toContain('"publicShare":0.8');
    await page.reload();
    await page.waitForSelector('[data-testid="debt-chart"] path.series-counterfactual-0');
    await expect.poll(() => page.locator('#share').inputValue()).toBe('0.8');
    const note = page.getByTestId('restore-note');
    await expect.poll(() => note.textContent()).toMatch(/Restored your unsaved Fiscal history scenario from/);
    await shot('restore-note.png');
    await note.getByRole('button', { name: 'Discard' }).click();
    await expect.poll(() => page.locator('#share').inputValue()).toBe('0.5');
    expect(await note.count()).toBe(0);
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('public-money-lab:autosave:fiscal')))
      .toBeNull();
  });

  it('lists what differs between two scenario files, in words', async () => {
    const { page } = s;
    await page.getByRole('button', { name: 'Differences…' }).click();
    const a = getPreset('canada-1974');
    const b = structuredClone(a);
    Object.assign(b.params as object, { publicShare: 0.8, method: 'proportional' });
    await chooseFile('Choose a file…', 'a.scenario.json', JSON.stringify(a), 0);
    await expect.poll(() => page.getByTestId('diff-a').textContent()).toBe('a.scenario.json');
    await chooseFile('Choose a file…', 'b.scenario.json', JSON.stringify(b), 1);
    const result = page.getByTestId('diff-result');
    await expect
      .poll(() => result.locator('li').allTextContents())
      .toEqual([
        'publicShare: 0.5 → 0.8 (share of debt held by the public bank)',
        'method: "average-rate" → "proportional" (interest on the rest of the debt)',
      ]);
    await shot('diff-view.png');
    await page.getByRole('button', { name: 'Close' }).click();
  });

  it('imports the synthetic country table: chart and sources say whose data it is', async () => {
    const { page } = s;
    await chooseFile(
      'Import a country table…',
      'SYNTHETIC_example_country_table.csv',
      readFileSync(EXAMPLE, 'utf8'),
    );
    await expect
      .poll(() => page.locator('#country').inputValue())
      .toBe('file:SYNTHETIC_example_country_table.csv');
    await expect
      .poll(() => page.locator('footer.sources').textContent())
      .toMatch(/data supplied by the user: synthetic example/);
    await expect.poll(() => page.locator('.main-panel h2').textContent()).toMatch(/^Syntheticland/);
    await shot('country-import.png');
    // A broken table is refused with file, line and column; the scenario stays as it was.
    await chooseFile(
      'Import a country table…',
      'broken.csv',
      readFileSync(EXAMPLE, 'utf8').replace('1971,102848.8', '1971,10x'),
    );
    await expect
      .poll(() => page.locator('.fiscal .error').first().textContent())
      .toMatch(/broken\.csv, line 9, column debt: not a number: "10x"/);
    expect(await page.locator('#country').inputValue()).toBe('file:SYNTHETIC_example_country_table.csv');
  });

  it('restores the Economy comparison after a reload too', async () => {
    const { page } = s;
    await page.getByRole('tab', { name: 'Economy' }).click();
    await page.locator('#econ-runs').fill('3');
    await page.locator('#econ-runs').press('Enter');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('public-money-lab:autosave:economy')))
      .toContain('"runs":3');
    await page.reload();
    await page.getByRole('tab', { name: 'Economy' }).click();
    await expect.poll(() => page.locator('#econ-runs').inputValue()).toBe('3');
    await expect
      .poll(() => page.getByTestId('restore-note').allTextContents())
      .toContainEqual(expect.stringMatching(/Restored your unsaved Economy scenario/));
  });
});
