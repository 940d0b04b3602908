// Node 20 worker threads ignore tsx's --import hooks, so each worker loads its TypeScript through tsx's API.
import { tsImport } from 'tsx/esm/api';

await tsImport('./run-worker.ts', import.meta.url);
