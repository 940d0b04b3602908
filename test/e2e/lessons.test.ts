import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseLessonText } from '../../models/lessons';
import { openApp, type Session } from './browser';

let s: Session;
beforeAll(async () => {
  s = await openApp({ width: 1920, height: 1080 });
  await s.page.getByRole('tab', { name: 'Lessons' }).click();
});
afterAll(async () => {
  await s?.close();
});

/** A T-account as a reader sees it: "+100.00 Bank deposits" per line, assets and liabilities apart. */
async function tAccount(root: Page | Locator, sector: string) {
  return root.getByTestId(`t-account-${sector}`).evaluate((table) => {
    const lines = (td: Element | null | undefined) =>
      [...(td?.querySelectorAll('.t-line') ?? [])].map((l) =>
        [...l.children]
          .map((c) => c.textContent ?? '')
          .join(' ')
          .replace(/\s*\(\d+\)\s*$/, '')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    const [assets, liabilities] = [...table.querySelectorAll('tbody td')];
    return { assets: lines(assets), liabilities: lines(liabilities) };
  });
}

const counter = (page: Page) => page.getByTestId('presenter').getByTestId('step-counter').textContent();

describe('lessons in Chromium', () => {
  it('walks lesson 1 in presenter mode with the keyboard, predicting first', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '1. A bank loan creates a deposit' }).click();
    await page.getByRole('button', { name: 'Present' }).click();
    const presenter = page.getByTestId('presenter');
    await presenter.waitFor();
    expect(await counter(page)).toBe('1 / 7');
    // Large type for the back of the room.
    const size = await presenter
      .locator('.lesson-text')
      .evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
    expect(size).toBeGreaterThanOrEqual(24);

    await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe('2 / 7');
    // The prediction comes first: no T-account until the reveal.
    expect(await presenter.getByTestId('t-account-households').count()).toBe(0);
    await presenter.getByTitle('Predict: Households: Bank deposits goes up').click();
    await page.keyboard.press('Space');
    expect(await counter(page)).toBe('2 / 7');
    expect(await tAccount(presenter, 'households')).toEqual({
      assets: ['+100.00 Bank deposits'],
      liabilities: ['+100.00 Loans'],
    });
    expect(await tAccount(presenter, 'banks')).toEqual({
      assets: ['+100.00 Loans'],
      liabilities: ['+100.00 Bank deposits'],
    });
    expect(await presenter.getByTestId('prediction').textContent()).toContain('✓ your prediction was right');
    expect(await presenter.getByTestId('money-value').getAttribute('data-value')).toBe('100');

    // Spending: predict wrongly this time; the answer says so, and no score is kept anywhere.
    await page.keyboard.press('ArrowRight');
    expect(await counter(page)).toBe('3 / 7');
    await presenter.getByTitle('Predict: Shops: Bank deposits goes down').click();
    await page.keyboard.press('ArrowRight');
    expect(await presenter.getByTestId('prediction').textContent()).toContain('✗ you predicted down');
    expect(await tAccount(presenter, 'shops')).toEqual({
      assets: ['+60.00 Bank deposits'],
      liabilities: ['+60.00 net worth (saving)'],
    });
    expect(await presenter.textContent()).not.toMatch(/score/i);
    expect(await presenter.getByTestId('money-value').getAttribute('data-value')).toBe('100');

    await page.keyboard.press('ArrowLeft');
    expect(await counter(page)).toBe('2 / 7');
    await page.keyboard.press('End');
    expect(await counter(page)).toBe('7 / 7');
    await page.keyboard.press('ArrowRight'); // reveal the last prediction
    expect(await tAccount(presenter, 'households')).toEqual({
      assets: ['−100.00 Bank deposits'],
      liabilities: ['−100.00 Loans'],
    });
    expect(await presenter.getByTestId('money-value').getAttribute('data-value')).toBe('0');
    await page.keyboard.press('ArrowRight'); // nothing after the last step
    expect(await counter(page)).toBe('7 / 7');
    await page.keyboard.press('Home');
    expect(await counter(page)).toBe('1 / 7');
    await page.keyboard.press('Escape');
    await presenter.waitFor({ state: 'detached' });
    expect(await page.getByTestId('step-counter').textContent()).toBe('Step 1 of 7');
  });

  it('shows lesson 4 side by side, and the consolidated public sector the same in both', async () => {
    const { page } = s;
    await page.getByRole('button', { name: /^4\. / }).click();
    // Next, Reveal (step 2 asks for a prediction), Next, Next.
    for (let i = 0; i < 4; i++) await page.getByRole('button', { name: /^(Next|Reveal) →$/ }).click();
    expect(await page.getByTestId('step-counter').textContent()).toBe('Step 4 of 4');
    const publicSector = (world: string) => tAccount(page.getByTestId(`world-${world}`), 'consolidated');
    expect(await publicSector('bond')).toEqual({
      assets: [],
      liabilities: ['+100.00 Reserves', '−100.00 net worth'],
    });
    expect(await publicSector('credit')).toEqual(await publicSector('bond'));
    expect(await page.getByTestId('world-bond').getByTestId('t-account-government').textContent()).toContain(
      'Government bonds',
    );
    expect(
      await page.getByTestId('world-credit').getByTestId('t-account-government').textContent(),
    ).not.toContain('Government bonds');
  });

  it('ends lesson 7 on the fiscal workspace with canada-1974 open', async () => {
    const { page } = s;
    await page.getByRole('button', { name: /^7\. / }).click();
    for (let i = 0; i < 3; i++) await page.getByRole('button', { name: /^(Next|Reveal) →$/ }).click();
    await page.getByRole('button', { name: /Open the fiscal workspace/ }).click();
    expect(await page.getByRole('tab', { name: 'Fiscal history' }).getAttribute('aria-selected')).toBe(
      'true',
    );
    expect(await page.locator('.status-bar').textContent()).toContain(
      'Canada from 1974: half the federal debt held by the Bank of Canada',
    );
    await page.getByRole('tab', { name: 'Lessons' }).click();
  });

  it('opens a shared lesson whose text carries markup as plain text, running nothing', async () => {
    const { page } = s;
    const lesson = JSON.parse(
      readFileSync(join(__dirname, '../../models/lessons/shipped/1-loan-creates-deposit.json'), 'utf8'),
    ) as { title: string; steps: { text: string }[] };
    const hostile = '<script>window.__pwned = 1</script><img src=x onerror="window.__pwned = 2">';
    lesson.title = 'Shared <b>lesson</b>';
    lesson.steps[0]!.text = hostile;
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open lesson…' }).click();
    await (
      await chooser
    ).setFiles({
      name: 'shared.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(lesson)),
    });
    await page.getByTestId('lesson-title').filter({ hasText: 'Shared <b>lesson</b>' }).waitFor();
    const text = page.locator('.lesson-main').getByTestId('lesson-text');
    expect(await text.textContent()).toBe(hostile);
    expect(await text.locator('script, img').count()).toBe(0);
    expect(await page.locator('.lesson-main b, .lesson-main img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('edits a copy: an unbalanced amount is refused naming the step, undo restores it, print shows every step', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '1. A bank loan creates a deposit' }).click();
    await page.getByRole('button', { name: 'Duplicate to edit' }).click();
    await page.getByRole('button', { name: /^Next →$/ }).click();
    const amount = page.getByLabel('Households Bank deposits amount').first();
    await amount.fill('90');
    const problems = page.getByTestId('lesson-problems');
    expect(await problems.textContent()).toContain(
      'steps[1].transactions[0] ("Bank lends 100"): the Bank deposits row sums to −10, not 0',
    );
    // The last balanced version stays on screen meanwhile.
    expect(await page.locator('.lesson-main').getByTestId('money-value').count()).toBe(0); // predict step hides it
    await page.getByRole('button', { name: 'Undo' }).click();
    expect(await problems.count()).toBe(0);
    expect(await amount.inputValue()).toBe('100');

    // Save: the downloaded file is a lesson that opens again, with the teacher's title.
    await page.getByLabel('Lesson title').fill('My loan lesson');
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Save lesson…' }).click();
    const saved = readFileSync((await (await download).path())!, 'utf8');
    const reopened = parseLessonText(saved);
    expect(reopened.lesson.title).toBe('My loan lesson');
    expect(reopened.run.variants[0]!.steps.map((st) => st.moneyAfter)).toEqual([
      0, 100, 100, 100, 95, 100, 0,
    ]);

    // Print: the handout holds every step; window.print is stubbed to read it at print time.
    await page.evaluate(() => {
      window.print = () => {
        (window as { __handoutSteps?: number }).__handoutSteps = document.querySelectorAll(
          '.lesson-handout .handout-step',
        ).length;
      };
    });
    await page.getByRole('button', { name: 'Print handout…' }).click();
    await page.waitForFunction(() => (window as { __handoutSteps?: number }).__handoutSteps !== undefined);
    expect(await page.evaluate(() => (window as { __handoutSteps?: number }).__handoutSteps)).toBe(7);
    expect(await page.locator('.lesson-handout').count()).toBe(0);
  });

  it('animates the change, and not at all for a reader who asked for reduced motion', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '1. A bank loan creates a deposit' }).click();
    await page.getByRole('button', { name: /^Next →$/ }).click();
    await page.getByRole('button', { name: /^Reveal →$/ }).click();
    const animation = () =>
      page
        .locator('.lesson-main .t-line')
        .first()
        .evaluate((e) => getComputedStyle(e).animationName);
    expect(await animation()).toBe('lesson-arrive');
    await page.emulateMedia({ reducedMotion: 'reduce' });
    expect(await animation()).toBe('none');
    await page.emulateMedia({ reducedMotion: 'no-preference' });
  });

  it('exports the step on screen as the same SVG slide the CLI writes', async () => {
    const { page } = s;
    await page.getByRole('button', { name: '1. A bank loan creates a deposit' }).click();
    await page.getByRole('button', { name: /^Next →$/ }).click();
    await page.getByRole('button', { name: /^Reveal →$/ }).click();
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Step as SVG…' }).click();
    const svg = readFileSync((await (await download).path())!, 'utf8');
    const shown = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const role = (r: string) =>
        [...doc.querySelectorAll(`text[data-role="${r}"]`)].map((t) => t.textContent).join(' ');
      return {
        title: role('title'),
        subtitle: role('subtitle'),
        sources: role('sources'),
        amounts: [...doc.querySelectorAll('text[data-amount]')].map((t) =>
          Number(t.getAttribute('data-amount')),
        ),
      };
    }, svg);
    expect(shown).toEqual({
      title: 'A bank loan creates a deposit',
      subtitle: 'Step 2 of 7: The bank makes a loan',
      sources: expect.stringMatching(/^Sources: Bank of England: .*Money creation in the modern economy/),
      amounts: [100, 100, 100, 100],
    });
  });
});
