import { describe, expect, it } from 'vitest';
import {
  ABM_MODEL_VERSION,
  ABM_PRESETS,
  abmScenarioSchema,
  runAbm,
  type AbmScenario,
} from '../../../models/abm';
import { migrationNote } from '../../../models/abm/report';

const preset = ABM_PRESETS['abm-private-debt']!;
/** A file as the app wrote it before model versions were recorded (no modelVersion key). */
function unversioned(): Record<string, unknown> {
  const { modelVersion: _drop, ...rest } = JSON.parse(JSON.stringify(preset)) as AbmScenario;
  return { ...rest, households: 200, firms: 12, banks: 2, periods: 4 };
}
const parse = (raw: unknown) => abmScenarioSchema.parse(raw) as AbmScenario;

describe('scenario files written for model 0.2', () => {
  it('presets (and so files the app and CLI write) record the model version', () => {
    for (const s of Object.values(ABM_PRESETS)) expect(s.modelVersion).toBe(ABM_MODEL_VERSION);
    expect(ABM_MODEL_VERSION).toBe('1.1.0');
  });

  it('a file without modelVersion runs with a note saying what changed, first among the assumptions', () => {
    const r = runAbm(parse(unversioned()));
    const note = r.assumptions[0]!;
    expect(note).toMatch(/^Migrated: this scenario file records no model version/);
    expect(note).toContain('run on model 1.1.0');
    for (const change of [
      'machines',
      'inventories',
      'markups revert',
      'Phillips curve',
      'benefit',
      'steady state',
    ])
      expect(note).toContain(change);
    // The note travels with the result (exports print result.assumptions).
    expect(r.assumptions.filter((a) => a.startsWith('Migrated:'))).toHaveLength(1);
  });

  it('a file that says 0.2 gets the note naming 0.2; a 1.0.0 file the note from 1.0; a 1.1.0 file none', () => {
    expect(migrationNote(parse({ ...unversioned(), modelVersion: '0.2.0' }))).toMatch(
      /was written for model 0\.2\.0/,
    );
    const from10 = migrationNote(parse({ ...unversioned(), modelVersion: '1.0.0' }));
    expect(from10).toMatch(
      /^Migrated: this scenario file was written for model 1\.0\.0 and was run on model 1\.1\.0/,
    );
    expect(from10).toContain('precautionarySaving to 0 and vintageReplacement to 1');
    expect(from10).not.toContain('from 0.2');
    const current = parse({ ...unversioned(), modelVersion: '1.1.0' });
    expect(migrationNote(current)).toBeNull();
    expect(runAbm(current).assumptions.some((a) => a.startsWith('Migrated:'))).toBe(false);
  });

  it('the migrated run is the same economy as the current file (the note is the only difference)', () => {
    const a = runAbm(parse(unversioned()));
    const b = runAbm(parse({ ...unversioned(), modelVersion: '1.1.0' }));
    expect(Array.from(a.columns.gdp_nominal!)).toEqual(Array.from(b.columns.gdp_nominal!));
    expect(a.assumptions.slice(1)).toEqual(b.assumptions);
  });

  it('refuses a newer model or a malformed version, naming the field', () => {
    const newer = abmScenarioSchema.safeParse({ ...unversioned(), modelVersion: '2.0.0' });
    expect(newer.success).toBe(false);
    expect(newer.error!.issues[0]!.path).toEqual(['modelVersion']);
    expect(newer.error!.issues[0]!.message).toMatch(/written for model 2\.0\.0; this app runs model 1\.1\.0/);
    const bad = abmScenarioSchema.safeParse({ ...unversioned(), modelVersion: 'one' });
    expect(bad.success).toBe(false);
    expect(bad.error!.issues[0]!.path).toEqual(['modelVersion']);
  });

  it('a 0.2 file setting a key 1.0.0 removed is still refused, naming the key and what changed', () => {
    const raw = unversioned();
    const r = abmScenarioSchema.safeParse({ ...raw, params: { ...(raw.params as object), wageNorm: 0.08 } });
    expect(r.success).toBe(false);
    expect(
      r.error!.issues.some(
        (i) => i.path.join('.') === 'params.wageNorm' && /removed in model 1\.0\.0/.test(i.message),
      ),
    ).toBe(true);
  });
});
