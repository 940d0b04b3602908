#!/usr/bin/env node
// Starts the compiled CLI in out/cli/ (`npm run build:cli`; `npm run cli` runs the TypeScript source).
import { existsSync } from 'node:fs';
import module from 'node:module';

const entry = new URL('../out/cli/index.mjs', import.meta.url);
if (!existsSync(entry)) {
  console.error('money-lab: the command line is not built yet: run `npm run build:cli` first');
  process.exit(1);
}
// Node ≥ 22.1 keeps the compiled bundle on disk between starts; older Node has no such cache.
module.enableCompileCache?.();
await import(entry.href);
