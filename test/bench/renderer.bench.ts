/**
 * The app as a user meets it, in Chromium: cold start (navigation → first chart drawn) and the
 * time from moving the share slider to the redrawn counterfactual line (worker round trip, model,
 * React and D3 included).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { openApp } from '../e2e/browser';

const root = resolve(__dirname, '../..');

function stats(ms: number[]) {
  const s = [...ms].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))]!;
  return `median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)} ms, n = ${s.length}`;
}

export default async function bench() {
  if (!existsSync(resolve(root, 'dist-web/index.html'))) {
    spawnSync(
      'npx',
      ['vite', 'build', '--config', 'vite.web.config.mts', '--configLoader', 'runner', '--logLevel', 'error'],
      {
        cwd: root,
        stdio: 'inherit',
      },
    );
  }
  const cold: number[] = [];
  // Seven samples: on this shared machine three gave medians from 540 to 1,160 ms for one build.
  for (let i = 0; i < 7; i++) {
    const s = await openApp();
    try {
      const t0 = Date.now();
      await s.page.reload();
      await s.page.waitForSelector('[data-testid="debt-chart"] path.series-counterfactual-0');
      cold.push(Date.now() - t0);
    } finally {
      await s.close();
    }
  }
  console.log(`renderer cold start (reload → first chart drawn): ${stats(cold)}`);

  const s = await openApp();
  try {
    const { page } = s;
    await page.waitForSelector('[data-testid="debt-chart"] path.series-counterfactual-0');
    // Passed as source text: tsx's helpers (__name) do not exist inside the page.
    const rerun = (await page.evaluate(`(async () => {
      const slider = document.querySelector('#share');
      const path = () => document.querySelector('[data-testid="debt-chart"] path.series-counterfactual-0')?.getAttribute('d');
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
      const times = [];
      for (let k = 0; k < 40; k++) {
        const before = path();
        const t0 = performance.now();
        setter.call(slider, String(((k * 7) % 100) / 100 + 0.005));
        slider.dispatchEvent(new Event('input', { bubbles: true }));
        while (path() === before) await new Promise((r) => requestAnimationFrame(r));
        times.push(performance.now() - t0);
      }
      return times;
    })()`)) as number[];
    console.log(`slider → redrawn counterfactual line (frames counted, so ≥ one frame): ${stats(rerun)}`);
  } finally {
    await s.close();
  }
}
