/** `money-lab validate` in-process: synthetic runs for exit 0 and 1, main() for bad input (exit 2). */
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { ABM_PRESETS, scenarioStart, type AbmScenario } from '../../../models/abm';
import { planValidation } from '../../../models/abm/validation';
import type { RunResult } from '../../../models/result';
import { parseCommand } from '../../../src-main/cli/args';
import { validateCommand, type RunOne } from '../../../src-main/cli/commands/validate';
import { UsageError } from '../../../src-main/cli/errors';
import { main } from '../../../src-main/cli/main';
import { syntheticResult } from '../abm/validation/synthetic';

const root = fileURLToPath(new URL('../../../', import.meta.url));
vi.setConfig({ testTimeout: 120_000 });

/** An io that keeps what the command writes. */
function captureIO() {
  let stdout = '';
  let stderr = '';
  const io = {
    out: (t: string) => void (stdout += `${t}\n`),
    err: (t: string) => void (stderr += `${t}\n`),
    cwd: root,
  };
  return { io, text: () => stdout, stderr: () => stderr };
}

const cmd = (argv: string[]) =>
  parseCommand(['validate', ...argv]) as Extract<ReturnType<typeof parseCommand>, { name: 'validate' }>;

/** Every run synthetic; `spoil` may change the result of a given scenario. */
function fakeRuns(
  spoil: (s: AbmScenario, r: RunResult) => RunResult | Error = (_s, r) => r,
): RunOne & { seen: AbmScenario[] } {
  const seen: AbmScenario[] = [];
  const run: RunOne = async (s) => {
    seen.push(s);
    return spoil(s, syntheticResult(s));
  };
  return Object.assign(run, { seen });
}

describe('money-lab validate, in-process', () => {
  it('parses its flags with defaults: baseline preset, 8 seeds, 200 draws', () => {
    expect(cmd([])).toEqual({ name: 'validate', ref: 'abm-private-debt', seeds: 8, draws: 200, json: false });
    expect(cmd(['preset:abm-public-bank', '--seeds', '3', '--draws', '0', '--json'])).toEqual({
      name: 'validate',
      ref: 'preset:abm-public-bank',
      seeds: 3,
      draws: 0,
      json: true,
    });
    expect(() => cmd(['--seeds', '0'])).toThrow(UsageError);
    expect(() => cmd(['--out', 'x'])).toThrow(/--out does not apply/);
  });

  it('exits 0 and prints a passing table when every fact is in range', async () => {
    const out = captureIO();
    const runs = fakeRuns();
    expect(await validateCommand(cmd(['--seeds', '8', '--draws', '20']), out.io, runs)).toBe(0);
    // 8 seeds + their 8 hiked twins + 20 draws, every one extended to 400 quarters.
    expect(runs.seen).toHaveLength(36);
    expect(runs.seen.every((s) => s.periods === 400)).toBe(true);
    const burnIn = ABM_PRESETS['abm-private-debt']!.params.burnIn;
    expect(runs.seen.filter((s) => String(s.params.policyRate).includes(`t >= ${burnIn} ?`))).toHaveLength(8);
    const text = out.text();
    expect(text).toMatch(/fact\s+target\s+measured median \(p10–p90\)\s+pass/);
    expect(text).toMatch(/Okun's law\s+< −0\.3\s+−1\.00 \(−1\.00 to −1\.00\)\s+pass/);
    expect(text).toMatch(/22 of 22 facts pass/);
    expect(text).toMatch(/Rule: .*7 of every 8 seeds/);
    expect(text).not.toMatch(/FAIL/);
  });

  it('exits 1 when a fact fails, e.g. two seeds that diverge', async () => {
    const out = captureIO();
    const runs = fakeRuns((s, r) =>
      s.seed >= 7 && s.name?.startsWith('robustness') !== true
        ? new Error(`The economy diverged in period 9 (seed ${s.seed})`)
        : r,
    );
    expect(await validateCommand(cmd(['--draws', '0']), out.io, runs)).toBe(1);
    expect(out.text()).toMatch(/Okun's law\s+< −0\.3\s+\S+ \(\S+ to \S+\)\s+FAIL/);
    expect(out.text()).toMatch(/Robust to its parameters.*not measurable\s+FAIL/);
    expect(out.text()).toMatch(
      /^Seed 7 did not complete \(counts as outside every range\): The economy diverged in period 9/m,
    );
    // Named once, not under every fact.
    expect(out.text().match(/diverged in period 9 \(seed 7\)/g)).toHaveLength(1);
  });

  it('--json prints the card as JSON with every fact, its numbers and the rule', async () => {
    const out = captureIO();
    expect(await validateCommand(cmd(['--seeds', '2', '--draws', '4', '--json']), out.io, fakeRuns())).toBe(
      0,
    );
    const card = JSON.parse(out.text()) as {
      facts: { id: string; pass: boolean; median: number }[];
      rule: string;
      scenario: { periods: number };
    };
    expect(card.facts).toHaveLength(22);
    expect(card.facts.find((f) => f.id === 'unemployment-mean')!.median).toBeCloseTo(6, 0);
    expect(card.scenario.periods).toBe(400);
    expect(card.rule).toMatch(/median/);
  });

  it('puts one note with the excess demand above the table for a scenario without a steady state', async () => {
    const start = scenarioStart(planValidation(ABM_PRESETS['abm-ubi-bonds']!, 2).scenario);
    expect(start.clears).toBe(false);
    const by = `by ${(100 * start.excessDemand).toFixed(1)}%`;
    const out = captureIO();
    await validateCommand(cmd(['preset:abm-ubi-bonds', '--seeds', '2', '--draws', '0']), out.io, fakeRuns());
    const lines = out.text().split('\n');
    const note = lines.findIndex((l) =>
      l.startsWith('Note on this scenario: These parameters have no steady state'),
    );
    expect(note).toBeGreaterThan(0);
    expect(lines[note]).toContain(`can make ${by} (`);
    expect(lines[note]).toMatch(/the failures below are this scenario's result, not a fault of the model\.$/);
    expect(note).toBeLessThan(lines.findIndex((l) => /^fact\s+target/.test(l)));
    expect(out.text().match(/no steady state/g)).toHaveLength(1);

    const json = captureIO();
    await validateCommand(
      cmd(['preset:abm-ubi-bonds', '--seeds', '2', '--draws', '0', '--json']),
      json.io,
      fakeRuns(),
    );
    const card = JSON.parse(json.text()) as { start: unknown; scenarioNote: string };
    expect(card.start).toEqual({ clears: false, excessDemand: start.excessDemand });
    expect(card.scenarioNote).toBe(lines[note]!.replace('Note on this scenario: ', ''));
  });

  it('says nothing of a steady state, in text or JSON, for a scenario that has one', async () => {
    const out = captureIO();
    await validateCommand(cmd(['--seeds', '2', '--draws', '0']), out.io, fakeRuns());
    expect(out.text()).not.toMatch(/steady state|Note on this scenario/);
    // Header, blank line, then the table, as before the note existed.
    expect(out.text().split('\n')[2]).toBe('');
    expect(out.text().split('\n')[3]).toMatch(/^fact\s+target/);
    const json = captureIO();
    await validateCommand(cmd(['--seeds', '2', '--draws', '0', '--json']), json.io, fakeRuns());
    const card = JSON.parse(json.text()) as Record<string, unknown>;
    expect(card).not.toHaveProperty('start');
    expect(card).not.toHaveProperty('scenarioNote');
  });

  it('refuses a scenario of another model as bad input', async () => {
    await expect(validateCommand(cmd(['canada-1974']), captureIO().io, fakeRuns())).rejects.toThrow(
      /model abm.*canada-1974 is model/,
    );
  });
});

describe('money-lab validate: bad input exits 2 with one line naming the problem', () => {
  it.each([
    [['validate', '--seeds', 'x'], /--seeds: must be an integer ≥ 1/],
    [['validate', 'canada-1974'], /report card is for the agent-based economy/],
    [['validate', 'no-such-file.json'], /cannot read scenario file/],
    [['validate', '--out', 'x'], /--out does not apply/],
  ])('%j', async (args, pattern) => {
    const c = captureIO();
    expect(await main(args, c.io)).toBe(2);
    expect(c.text()).toBe('');
    expect(c.stderr().trimEnd().split('\n')).toHaveLength(1);
    expect(c.stderr()).toMatch(pattern);
  });
});
