import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src-main/cli/args';
import { parseVary } from '../../../src-main/cli/commands/sweep';

describe('sweep and merge arguments', () => {
  it('reads repeated --vary and --metric, --tornado, --shard and --workers', () => {
    expect(
      parseCommand([
        'sweep',
        'preset:gl-sim',
        '--vary',
        'G=10:30:5',
        '--vary=theta=0.1:0.3:3',
        '--metric',
        'steady_state_Y',
        '--metric',
        'y=last(Y)',
        '--runs',
        '1',
        '--shard',
        '2/4',
        '--workers',
        '1',
        '--out',
        'o',
      ]),
    ).toEqual({
      name: 'sweep',
      ref: 'preset:gl-sim',
      out: 'o',
      vary: ['G=10:30:5', 'theta=0.1:0.3:3'],
      runs: 1,
      seed: null,
      metrics: ['steady_state_Y', 'y=last(Y)'],
      tornado: false,
      shard: '2/4',
      workers: 1,
    });
    expect(parseCommand(['merge', 'a', 'b', 'c', '--out', 'm'])).toEqual({
      name: 'merge',
      dirs: ['a', 'b', 'c'],
      out: 'm',
    });
    expect(parseCommand(['chart', 'dir', '--metric', 'u', '--out', 'f.svg'])).toMatchObject({
      name: 'chart',
      metric: 'u',
    });
  });

  it('parses NAME=LOW:HIGH:STEPS; a tornado needs no STEPS', () => {
    expect(parseVary('policyRate=0:0.05:11', false)).toEqual({
      name: 'policyRate',
      low: 0,
      high: 0.05,
      steps: 11,
    });
    expect(parseVary('citizensIncome#1=-0.1:0.3', true)).toEqual({
      name: 'citizensIncome#1',
      low: -0.1,
      high: 0.3,
      steps: 2,
    });
    expect(() => parseVary('G=1:2', false)).toThrow(/^--vary G: must be NAME=LOW:HIGH:STEPS/);
    expect(() => parseVary('G=1:x:3', false)).toThrow(/^--vary G: HIGH must be a number \(got "x"\)$/);
    expect(() => parseCommand(['merge', 'a', '--vary', 'G=1:2:3', '--out', 'm'])).toThrow(
      /^merge: --vary does not apply$/,
    );
    expect(() => parseCommand(['run', 'x', '--tornado', '--out', 'm'])).toThrow(
      /^run: --tornado does not apply$/,
    );
  });
});
