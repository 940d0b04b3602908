/**
 * `npm run bench`: runs every test/bench/*.bench.ts in turn, each printing its own figures.
 * Speed targets are measured here, never by timed unit tests.
 */
import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const only = process.argv[2];
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => !only || f.includes(only))
  .sort();
async function main() {
  for (const file of files) {
    console.log(`\n== ${file}`);
    const mod = (await import(pathToFileURL(join(here, file)).href)) as {
      default?: () => Promise<void> | void;
    };
    if (typeof mod.default !== 'function') throw new Error(`${file} must export a default function`);
    await mod.default();
  }
}
void main();
