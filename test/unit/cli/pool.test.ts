import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../../', import.meta.url));

describe('RunPool', () => {
  it(
    'runs scenarios on worker threads, in order, with the same numbers as the main thread',
    { timeout: 120_000 },
    () => {
      const out = execFileSync(
        process.execPath,
        ['node_modules/tsx/dist/cli.mjs', 'test/unit/cli/fixtures/pool-probe.ts'],
        {
          cwd: root,
          encoding: 'utf8',
        },
      );
      const probe = JSON.parse(out);
      expect(probe.size).toBe(2);
      expect(probe.typed).toBe(true);
      expect(probe.timesPositive).toBe(true);
      expect(probe.pooled).toEqual(probe.direct);
      // Different public shares really were different runs, returned in the order asked.
      const finals = probe.pooled.map((c: number[]) => c.at(-1));
      expect(finals[0]).toBeGreaterThan(finals[1]);
      expect(finals[1]).toBeGreaterThan(finals[2]);
      expect(finals[2]).toBeGreaterThan(finals[3]);
      expect(probe.bad).toMatch(/^ScenarioError: .*params\./);
    },
  );
});
