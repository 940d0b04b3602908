import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadScenario } from '../../../src-main/cli/scenario';

describe('loadScenario', () => {
  it('takes preset:NAME and a bare preset name alike', () => {
    const a = loadScenario('preset:abm-public-bank', null);
    const b = loadScenario('abm-public-bank', 5);
    expect(a.preset).toBe('abm-public-bank');
    expect(b.preset).toBe('abm-public-bank');
    expect(b.scenario.seed).toBe(5);
    expect(b.scenario.model).toBe(a.scenario.model);
  });

  it('reads a file of the same name as a preset rather than the preset', () => {
    // The file "exists" in the working directory, so it is read (and here fails to be read)
    // instead of the preset being taken.
    expect(() => loadScenario('canada-1974', null, () => true)).toThrow(
      'cannot read scenario file "canada-1974": no such file',
    );
    const dir = mkdtempSync(join(tmpdir(), 'pml-cli-'));
    const path = join(dir, 'canada-1974');
    writeFileSync(
      path,
      JSON.stringify({
        schemaVersion: 1,
        model: 'fiscal-history',
        name: 'mine',
        params: { country: 'canada', publicShare: 0.25 },
      }),
    );
    const loaded = loadScenario(path, null);
    expect(loaded.preset).toBeNull();
    expect(loaded.scenario.name).toBe('mine');
  });

  it('names the missing file when the name is neither a file nor a preset', () => {
    expect(() => loadScenario('no-such-thing.json', null)).toThrow(
      'cannot read scenario file "no-such-thing.json": no such file',
    );
  });
});
