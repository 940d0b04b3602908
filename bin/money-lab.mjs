#!/usr/bin/env node
// Runs the TypeScript CLI through tsx's API, so `money-lab` works from a checkout with no build step.
import { tsImport } from 'tsx/esm/api';

await tsImport('../src-main/cli/index.ts', import.meta.url);
