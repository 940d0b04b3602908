/** The Economy workspace's same-fiscal-stance switch and the financing-views statement (issue 8 §4–§5). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openApp, type Session } from './browser';
import { runBothSmall, runStatus } from './economy-page';

let s: Session;
beforeAll(async () => {
  s = await openApp();
  await s.page.getByRole('tab', { name: 'Economy' }).click();
});
afterAll(async () => {
  await s?.close();
});

describe('Same fiscal stance in Chromium', () => {
  it('says the two public-bank views are one public sector, and replays the first scenario’s stance when asked', async () => {
    const { page } = s;
    await runBothSmall(page, 2);
    await expect
      .poll(() => page.getByTestId('econ-financing-views').first().textContent())
      .toMatch(/two accounting views of one consolidated public sector/);
    expect(await page.getByTestId('econ-same-stance-note').count()).toBe(0);

    await page.locator('#econ-same-stance').check();
    await expect.poll(() => runStatus(page)).toMatch(/Settings changed since these results/);
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect.poll(() => runStatus(page), { timeout: 60_000 }).toMatch(/^Done: 2 runs in/);
    const note = await page.getByTestId('econ-same-stance-note').textContent();
    expect(note).toMatch(/Same fiscal stance as “Private-debt economy.*programme spending.*tax rates/);
    expect(note).toMatch(/Not held equal/);
    // The tax rates replayed are the first run's in force each quarter (constant here: no surcharge).
    expect(note).toMatch(
      /tax rates in force in each of its quarters, surcharges included \(income 25%.*replayed quarter by quarter/,
    );
    if (process.env.SCREENSHOTS_DIR)
      await page
        .getByTestId('econ-same-stance-note')
        .screenshot({ path: `${process.env.SCREENSHOTS_DIR}/same-stance-note.png` });

    // A third scenario of another size cannot replay the first one's spending: the run says why.
    await page.locator('#econ-add').selectOption('abm-debt-free');
    await page.getByRole('button', { name: 'Run', exact: true }).click();
    await expect
      .poll(() => runStatus(page), { timeout: 60_000 })
      .toMatch(/Run failed: Same fiscal stance: households: 10000 here, 300/);
  });
});
