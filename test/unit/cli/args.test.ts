import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src-main/cli/args';
import { UsageError } from '../../../src-main/cli/errors';

function usageError(argv: string[]): string {
  try {
    parseCommand(argv);
  } catch (e) {
    expect(e).toBeInstanceOf(UsageError);
    return (e as Error).message;
  }
  throw new Error(`no error for ${argv.join(' ')}`);
}

describe('parseCommand', () => {
  it('reads each command with its defaults', () => {
    expect(parseCommand([])).toEqual({ name: 'help' });
    expect(parseCommand(['run', 'x', '--help'])).toEqual({ name: 'help' });
    expect(parseCommand(['presets'])).toEqual({ name: 'presets' });
    expect(parseCommand(['preset', 'canada-1974'])).toEqual({ name: 'preset', preset: 'canada-1974' });
    expect(parseCommand(['run', 'preset:a', '--out', 'o'])).toEqual({
      name: 'run',
      ref: 'preset:a',
      out: 'o',
      runs: 1,
      seed: null,
    });
    expect(parseCommand(['run', 's.json', '-o', 'o', '--runs', '20', '--seed', '7'])).toEqual({
      name: 'run',
      ref: 's.json',
      out: 'o',
      runs: 20,
      seed: 7,
    });
    expect(parseCommand(['chart', 'preset:a', '--out=f.png', '--size', 'card'])).toEqual({
      name: 'chart',
      ref: 'preset:a',
      out: 'f.png',
      size: 'card',
      seed: null,
    });
  });

  it('names what is wrong in one line', () => {
    expect(usageError(['frob'])).toMatch(/^unknown command "frob"/);
    expect(usageError(['run', 'x', '--out', 'o', '--bogus'])).toBe(
      "Unknown option '--bogus' (see money-lab --help)",
    );
    expect(usageError(['run', 'x'])).toBe('run: missing --out DIR');
    expect(usageError(['chart', 'x'])).toBe('chart: missing --out FILE.svg|FILE.png');
    expect(usageError(['run', '--out', 'o'])).toBe('run: missing a scenario file or preset:NAME');
    expect(usageError(['preset'])).toBe('preset: missing NAME');
    expect(usageError(['presets', 'extra'])).toBe('presets: unexpected argument "extra"');
    expect(usageError(['run', 'x', 'y', '--out', 'o'])).toBe('run: unexpected argument "y"');
    expect(usageError(['run', 'x', '--out', 'o', '--runs', '0'])).toBe(
      '--runs: must be an integer ≥ 1 (got "0")',
    );
    expect(usageError(['run', 'x', '--out', 'o', '--runs', '2.5'])).toBe(
      '--runs: must be an integer ≥ 1 (got "2.5")',
    );
    expect(usageError(['run', 'x', '--out', 'o', '--seed', 'abc'])).toBe(
      '--seed: must be an integer ≥ 0 (got "abc")',
    );
    expect(usageError(['chart', 'x', '--out', 'f.svg', '--size', 'huge'])).toBe(
      '--size: must be screen or card (got "huge")',
    );
    expect(usageError(['run', 'x', '--out', 'o', '--size', 'card'])).toBe('run: --size does not apply');
    expect(usageError(['presets', '--out', 'o'])).toBe('presets: --out does not apply');
  });
});
