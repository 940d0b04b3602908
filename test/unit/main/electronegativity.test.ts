/** How lint judges Electronegativity's CSV (the tool itself always exits 0). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { judge, parseFindings, validateConfig } from '../../../scripts/electronegativity-judge';

const HEADER = 'issue, severity, confidence, filename, location, sample, description, url';
const row = (check: string, severity: string, file: string, sample: string) =>
  `${check},"${severity}","FIRM","${file}","3:4","${sample.replace(/"/g, '""')}","desc",https://example.org`;

const config = validateConfig({
  electronVersion: '45.5.0',
  justified: [
    {
      check: 'OPEN_EXTERNAL_JS_CHECK',
      file: 'src-main/main/security.ts',
      sample: 'shell.openExternal(parsed.href)',
      reason: 'https only, after parsing the URL',
    },
    { check: 'CSP_GLOBAL_CHECK', file: 'N/A', reason: 'CSP is a response header of the app protocol' },
    { check: 'PRELOAD_JS_CHECK', file: 'src-main/main/old.ts', reason: 'a file that no longer exists here' },
  ],
});

describe('Electronegativity verdict', () => {
  const csv = [
    HEADER,
    row(
      'OPEN_EXTERNAL_JS_CHECK',
      'MEDIUM',
      'src-main/main/security.ts',
      'void shell.openExternal(parsed.href);',
    ),
    row('OPEN_EXTERNAL_JS_CHECK', 'MEDIUM', 'src-main/main/security.ts', 'shell.openExternal(url)'),
    row('CSP_GLOBAL_CHECK', 'MEDIUM', 'N/A', 'N/A'),
    row('NODE_INTEGRATION_JS_CHECK', 'HIGH', 'src-main/main/window.ts', 'nodeIntegration: true'),
    row('HTTP_RESOURCES_JS_CHECK', 'LOW', 'src-main/main/window.ts', "'http://x'"),
  ].join('\n');
  const v = judge(parseFindings(csv), config);

  it('fails medium-or-higher findings no justification covers, including a second call in a justified file', () => {
    expect(v.unjustified.map((f) => `${f.check} ${f.sample}`)).toEqual([
      'OPEN_EXTERNAL_JS_CHECK shell.openExternal(url)',
      'NODE_INTEGRATION_JS_CHECK nodeIntegration: true',
    ]);
  });

  it('passes the justified ones with their reasons, and leaves low findings alone', () => {
    expect(v.justified.map((j) => j.finding.check)).toEqual(['OPEN_EXTERNAL_JS_CHECK', 'CSP_GLOBAL_CHECK']);
    expect(v.below.map((f) => f.check)).toEqual(['HTTP_RESOURCES_JS_CHECK']);
  });

  it('names justifications that match nothing any more', () => {
    expect(v.stale.map((j) => j.file)).toEqual(['src-main/main/old.ts']);
  });

  it('refuses a file that is not its CSV, and a justification without a reason', () => {
    expect(() => parseFindings('a,b\n1,2')).toThrow(/not an Electronegativity CSV/);
    expect(() =>
      validateConfig({ electronVersion: '45.5.0', justified: [{ check: 'X', file: 'N/A', reason: '' }] }),
    ).toThrow(/give a reason/);
  });

  it('the checked-in config is valid, pins the Electron version, and gives every entry a reason', () => {
    const ours = validateConfig(
      JSON.parse(readFileSync(new URL('../../../.electronegativity.json', import.meta.url), 'utf8')),
    );
    const pkg = JSON.parse(readFileSync(new URL('../../../package.json', import.meta.url), 'utf8')) as {
      devDependencies: Record<string, string>;
    };
    expect(ours.electronVersion).toBe(pkg.devDependencies.electron);
    expect(ours.justified.length).toBeGreaterThan(0);
  });
});
