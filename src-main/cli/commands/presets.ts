import { getPreset, listPresets } from '../../../models/scenario';
import type { CliIO } from '../io';

/** One preset a line, aligned: name, model, title. */
export function presetsCommand(io: CliIO): void {
  const presets = listPresets();
  const nameWidth = Math.max(4, ...presets.map((p) => p.name.length));
  const modelWidth = Math.max(5, ...presets.map((p) => p.model.length));
  io.out(`${'NAME'.padEnd(nameWidth)}  ${'MODEL'.padEnd(modelWidth)}  TITLE`);
  for (const p of presets) io.out(`${p.name.padEnd(nameWidth)}  ${p.model.padEnd(modelWidth)}  ${p.title}`);
}

/** The preset as a scenario file a user can save, edit and pass back to `run`. */
export function presetCommand(name: string, io: CliIO): void {
  io.out(JSON.stringify(getPreset(name), null, 2));
}
