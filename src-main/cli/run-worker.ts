/** One pool worker: runs scenarios on the data it was started with and hands results back by transfer. */
import { parentPort, workerData } from 'node:worker_threads';
import type { DataFiles } from '../../models/model';
import { collectTransferables } from '../../models/result';
import { runScenario } from '../../models/run';
import { ScenarioError } from '../../models/scenario';
import type { TaskMessage, ReplyMessage } from './pool';

const data = workerData as DataFiles;
const port = parentPort;
if (!port) throw new Error('run-worker.ts must run in a worker thread');

port.on('message', ({ id, scenario }: TaskMessage) => {
  let reply: ReplyMessage;
  try {
    const start = performance.now();
    const result = runScenario(scenario, { data });
    reply = { id, ok: true, result, timeMs: performance.now() - start };
  } catch (e) {
    const err = e as Error;
    reply = {
      id,
      ok: false,
      error: {
        name: err.name,
        message: err.message,
        stack: err.stack ?? '',
        problems: e instanceof ScenarioError ? e.problems : null,
      },
    };
  }
  port.postMessage(reply, reply.ok ? collectTransferables(reply.result) : []);
});
