/** `npx tsx test/e2e/screenshot.ts [out.png] [tab]`: a screenshot of the built app, to look at. */
import { openApp } from './browser';

const out = process.argv[2] ?? 'docs/screenshot.png';
const tab = process.argv[3];
async function main() {
  const s = await openApp({ width: 1360, height: 1000 });
  try {
    if (tab) await s.page.getByRole('tab', { name: tab }).click();
    await s.page
      .waitForSelector('[data-testid="debt-chart"] svg path.series', { timeout: 20_000 })
      .catch(() => {});
    await s.page.waitForTimeout(500);
    await s.page.screenshot({ path: out, fullPage: process.argv.includes('--full') });
    console.log(`wrote ${out}`);
  } finally {
    await s.close();
  }
}
void main();
