import { getPreset, listPresets } from '../../../models/scenario';

/** One preset a line, aligned: name, model, title. */
export function presetsCommand(): void {
  const presets = listPresets();
  const nameWidth = Math.max(4, ...presets.map((p) => p.name.length));
  const modelWidth = Math.max(5, ...presets.map((p) => p.model.length));
  console.log(`${'NAME'.padEnd(nameWidth)}  ${'MODEL'.padEnd(modelWidth)}  TITLE`);
  for (const p of presets)
    console.log(`${p.name.padEnd(nameWidth)}  ${p.model.padEnd(modelWidth)}  ${p.title}`);
}

/** The preset as a scenario file a user can save, edit and pass back to `run`. */
export function presetCommand(name: string): void {
  console.log(JSON.stringify(getPreset(name), null, 2));
}
