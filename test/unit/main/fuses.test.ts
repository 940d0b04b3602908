/** The Electron fuses electron-builder flips when it packages the app (electron-builder.yml). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const config = readFileSync(new URL('../../../electron-builder.yml', import.meta.url), 'utf8');

/** The `electronFuses:` block: flat `name: true|false` lines, indented under the key. */
function fuses(yaml: string): Record<string, unknown> {
  const lines = yaml.split('\n');
  const starts = lines.flatMap((l, i) => (/^electronFuses:\s*(#.*)?$/.test(l) ? [i] : []));
  expect(starts, 'exactly one top-level electronFuses key').toHaveLength(1);
  const out: Record<string, unknown> = {};
  for (const line of lines.slice(starts[0]! + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (!/^\s/.test(line)) break; // the next top-level key
    const m = /^\s+([A-Za-z]+):\s*([^#\s]+)\s*(#.*)?$/.exec(line);
    expect(m, `a plain "name: value" line: ${line}`).not.toBeNull();
    out[m![1]!] = m![2] === 'true' ? true : m![2] === 'false' ? false : m![2];
  }
  return out;
}

describe('electron-builder fuses', () => {
  const f = fuses(config);
  it.each([
    ['runAsNode', false],
    ['enableNodeOptionsEnvironmentVariable', false],
    ['enableNodeCliInspectArguments', false],
    ['enableEmbeddedAsarIntegrityValidation', true],
    ['onlyLoadAppFromAsar', true],
    ['enableCookieEncryption', true],
    ['grantFileProtocolExtraPrivileges', false],
  ])('%s is %s', (name, value) => {
    expect(f[name]).toBe(value);
  });

  it('sets only fuses electron-builder knows (a misspelt one would be silently ignored)', () => {
    const known = new Set(
      Object.keys(
        (
          JSON.parse(
            readFileSync(
              new URL('../../../node_modules/app-builder-lib/scheme.json', import.meta.url),
              'utf8',
            ),
          ) as { definitions: { FuseOptionsV1: { properties: Record<string, unknown> } } }
        ).definitions.FuseOptionsV1.properties,
      ),
    );
    expect(Object.keys(f).filter((k) => !known.has(k))).toEqual([]);
    expect(Object.keys(f)).toHaveLength(7);
  });

  it('packs the app into an asar, which the asar fuses need', () => {
    expect(config).toMatch(/^asar: true$/m);
  });
});
