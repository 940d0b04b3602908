/**
 * `npx tsx test/e2e/screenshot.ts [out.png] [tab] [--full] [--width=PX] [--scroll=SELECTOR]`: a screenshot of the
 * built app, to look at; --scroll waits for an element (e.g. '[data-testid=interest-diagrams] svg')
 * and scrolls it to the top of the window first.
 */
import { openApp } from './browser';

const out = process.argv[2] ?? 'assets/screenshot.png';
const tab = process.argv[3];
async function main() {
  const width = Number(process.argv.find((a) => a.startsWith('--width='))?.slice('--width='.length) ?? 1360);
  const s = await openApp({ width, height: 1000 });
  try {
    if (tab) await s.page.getByRole('tab', { name: tab }).click();
    // Wait for a drawn line in the visible workspace (runs finish in a worker, after first paint).
    await s.page
      .locator('svg path.series:visible')
      .first()
      .waitFor({ timeout: 20_000 })
      .catch(() => console.warn('no chart line appeared within 20 s'));
    await s.page.waitForTimeout(tab === 'Economy' ? 3000 : 500);
    const scroll = process.argv.find((a) => a.startsWith('--scroll='))?.slice('--scroll='.length);
    if (scroll) {
      const target = s.page.locator(scroll).first();
      await target.waitFor({ timeout: 120_000 });
      // The app's top bar is sticky: leave room for it above the element.
      await target.evaluate((el) => {
        el.scrollIntoView({ block: 'start' });
        window.scrollBy(0, -80);
        el.closest('main, .main-panel')?.scrollBy(0, -80);
      });
      await s.page.waitForTimeout(300);
    }
    await s.page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
    console.log(`wrote ${out}`);
  } finally {
    await s.close();
  }
}
void main();
