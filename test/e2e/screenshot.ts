/** `npx tsx test/e2e/screenshot.ts [out.png] [tab]`: a screenshot of the built app, to look at. */
import { openApp } from './browser';

const out = process.argv[2] ?? 'assets/screenshot.png';
const tab = process.argv[3];
async function main() {
  const s = await openApp({ width: 1360, height: 1000 });
  try {
    if (tab) await s.page.getByRole('tab', { name: tab }).click();
    // Wait for a drawn line in the visible workspace (runs finish in a worker, after first paint).
    await s.page
      .locator('svg path.series:visible')
      .first()
      .waitFor({ timeout: 20_000 })
      .catch(() => console.warn('no chart line appeared within 20 s'));
    await s.page.waitForTimeout(tab === 'Economy' ? 3000 : 500);
    await s.page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
    console.log(`wrote ${out}`);
  } finally {
    await s.close();
  }
}
void main();
